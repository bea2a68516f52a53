/**
 * The panel's content (Sidebar.tsx and what it shows), drawn into the popover the coach keeps
 * (coach-view.tsx). Its own Preact root: loaded as its own script (entrypoints/panel.ts), it carries
 * its own Preact, and a tree of one copy cannot hold components of the other.
 */
import { h, render } from 'preact';
import { Sidebar } from '../Sidebar';
import type { PanelModule } from './panel-hand-off';

export const panelModule: PanelModule = {
  draw: (props, into) => render(props ? h(Sidebar, props) : null, into),
};
