/**
 * The coach's shell: binds the coach (components/coach/mount.tsx) to the background through this frame's channel,
 * and has the panel's views (panel.js) loaded into this frame the first time a coach opens its panel. The coach
 * leaves its Preact where panel.js finds it (PREACT_KEY), so the panel brings no Preact of its own.
 */
import { Component, Fragment, h } from 'preact';
import { jsx, jsxs } from 'preact/jsx-runtime';
import { mountCoach } from '../../components/coach/mount';
import type { PanelSource } from '../../components/coach/options';
import { onPush, send } from './channel';
import { PANEL_KEY, PREACT_KEY, type CoachModule, type PanelParts } from './hand-off';

const scope = globalThis as { [PANEL_KEY]?: PanelParts; [PREACT_KEY]?: object };
scope[PREACT_KEY] ??= { Component, Fragment, h, jsx, jsxs };

let panelLoading: Promise<PanelParts> | null = null;

/** The panel, loaded into this frame by the background once (it checks that we ask for our own frame only). */
const panel: PanelSource = {
  now: () => scope[PANEL_KEY] ?? null,
  load: () =>
    (panelLoading ??= (async () => {
      if (!scope[PANEL_KEY]) await send({ kind: 'page-panel' });
      const loaded = scope[PANEL_KEY];
      if (!loaded) throw new Error('The panel did not load into this frame.');
      return loaded;
    })().catch((error: unknown) => {
      // The next opening tries again.
      panelLoading = null;
      throw error;
    })),
};

export const mount: CoachModule['mount'] = (read, systemOf, found, signal, readProblem, settled) =>
  mountCoach({ send, onPush, panel }, read, systemOf, found, signal, readProblem, settled);
