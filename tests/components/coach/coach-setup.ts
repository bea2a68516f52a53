/** A coach bound to a plain textarea form, with a stand-in checker and draft store (a shared helper of the coach's tests). */
import { NoteCoach } from '../../../components/coach/coach';
import type { CoachOptions, PanelParts } from '../../../components/coach/options';
import { NoteEdits } from '../../../components/coach/edits';
import { ContactQuestionState } from '../../../lib/coach/stated-contact';
import { textareaField } from '../../../lib/overlay/note-field';
import { createOverlay } from '../../../components/coach/overlay';
import type { CaseNoteInput, NoteVerdict } from '../../../lib/model';
import { systemOf } from '../../../lib/systems';
import { Sidebar } from '../../../components/Sidebar';

/** What panel.js brings into a frame: the panel's views, its question's state and the note's edits. */
export const PANEL: PanelParts = { View: Sidebar, NoteEdits, ContactQuestionState };

/** A stand-in checker: flags "LM" so the test can see which text each check read. */
export function setup(overrides: Partial<CoachOptions> = {}) {
  document.body.innerHTML = '<form id="f"><textarea id="n"></textarea><button>Save</button></form>';
  const note = document.querySelector<HTMLTextAreaElement>('#n')!;
  const checked: string[] = [];
  const saved: string[] = [];
  const discarded: (string | null)[] = [];
  const controller = new AbortController();
  const overlay = createOverlay(document, controller.signal);
  const options: CoachOptions = {
    editor: { note: textareaField(note), contactType: null, date: null, form: document.querySelector('form') },
    overlay,
    signal: controller.signal,
    check: (input: CaseNoteInput): NoteVerdict => {
      checked.push(input.text);
      const at = input.text.indexOf('LM');
      return {
        contactType: null,
        party: null,
        qualifies: false,
        findings: at < 0 ? [] : [{ rule: 'unsuccessful-attempt', severity: 'error', message: 'A message is not a contact.', start: at, end: at + 2 }],
      };
    },
    contactTypeOf: () => null,
    systemOf,
    parseDate: () => null,
    templates: [],
    templateValues: () => ({ participantName: null, activity: null, date: null }),
    statedContact: async () => ({ sentence: 'Contact: spoke with the participant by phone on 12/01/2026.', disagreement: null }),
    problems: [],
    drafts: {
      load: async () => [],
      save: async (_visit, d) => void saved.push(d.text),
      discard: async (_visit, submittedText) => void discarded.push(submittedText ?? null),
    },
    shortcut: { label: 'Alt+Shift+N', matches: (e: KeyboardEvent) => e.altKey && e.shiftKey && e.code === 'KeyN' },
    pageInfo: 'test',
    // The panel's views already loaded into the frame (the note frame has them loaded on first opening: surface.test.ts).
    panel: { now: () => PANEL, load: async () => PANEL },
    ...overrides,
  };
  const coach = new NoteCoach(options);
  const type = (text: string) => {
    note.value += text;
    note.dispatchEvent(new Event('input', { bubbles: true }));
  };
  // The badge's count: the finding is shown once its error is counted there.
  const shown = () => overlay.ui.querySelector('.cnc-badge [data-severity="error"]:not([hidden])') !== null;
  const panelOpen = () => overlay.ui.querySelector('.cnc-sidebar') !== null;
  return { note, coach, checked, saved, discarded, type, shown, panelOpen, overlay, controller };
}
