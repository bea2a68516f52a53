/**
 * The coach's panel, loaded on demand: the background injects this script into a frame whose coach
 * opens its panel for the first time (components/coach/surface.tsx), and the coach then draws it
 * through the hand-off below, in the extension's isolated world of that frame. A frame whose panel
 * is never opened never loads this.
 */
import { defineUnlistedScript } from '#imports';
import { PANEL_KEY, type PanelModule } from '../components/coach/panel-hand-off';
import { panelModule } from '../components/coach/panel';

export default defineUnlistedScript(() => {
  const scope = globalThis as { [PANEL_KEY]?: PanelModule };
  scope[PANEL_KEY] ??= panelModule;
});
