/**
 * The coach's panel (findings, the verdict and its reason, the participant's status, templates, a kept
 * draft, the save guard), loaded on demand into a note frame whose coach opens it for the first time
 * (components/coach/surface.tsx): most keys typed never need it, and the note frame is the script with a
 * size budget. It carries no Preact of its own: the build (wxt.config.ts) has it use the Preact the coach
 * left under PREACT_KEY, so the panel renders inside the coach's own tree.
 */
import { defineUnlistedScript } from '#imports';
import { Sidebar } from '../components/Sidebar';
import { PANEL_KEY, type PanelView } from './content/hand-off';

export default defineUnlistedScript(() => {
  const scope = globalThis as { [PANEL_KEY]?: PanelView };
  scope[PANEL_KEY] ??= Sidebar;
});
