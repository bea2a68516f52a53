/**
 * How the coach reaches its panel (panel.ts) once the background has loaded it into the same frame
 * (entrypoints/panel.ts): a global under a symbol in the extension's isolated world, which the host page
 * does not share. The panel comes only when it is first opened, so a frame that never opens it never
 * carries it (ARCHITECTURE.md, "What each frame loads"). Types only, besides the key.
 */
import type { SidebarProps } from '../Sidebar';

export const PANEL_KEY = Symbol.for('case-note-coach.panel');

export interface PanelModule {
  /** Draws the panel's content into its popover (nothing: empties it). */
  draw(props: SidebarProps | null, into: HTMLElement): void;
}
