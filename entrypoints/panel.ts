/**
 * The coach's panel (findings, the verdict and its reason, the participant's status, templates, a kept
 * draft, the save guard, the question "Did you reach the participant?") and what the coach writes into
 * the note (a template, the sentence stating a contact: components/coach/edits.ts), loaded on demand into a note frame whose coach opens the panel or
 * uses a template for the first time (components/coach/surface.tsx, coach.tsx): most keys typed never
 * need them, and the note frame is the script with a size budget. It carries no Preact of its own: the
 * build (wxt.config.ts) has it use the Preact the coach left under PREACT_KEY, so the panel renders inside
 * the coach's own tree.
 */
import { defineUnlistedScript } from '#imports';
import { Sidebar } from '../components/Sidebar';
import { NoteEdits } from '../components/coach/edits';
import { ContactQuestionState } from '../lib/coach/stated-contact';
import { PANEL_KEY, type PanelParts } from './content/hand-off';

export default defineUnlistedScript(() => {
  const scope = globalThis as { [PANEL_KEY]?: PanelParts };
  scope[PANEL_KEY] ??= { View: Sidebar, NoteEdits, ContactQuestionState };
});
