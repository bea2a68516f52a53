/** What a coach is bound with: the note editor the reader found, and what it asks the background (mount.tsx passes them). */
import type { CaseNoteInput, ContactType, NoteVerdict } from '../../lib/model';
import type { NoteTemplate } from '../../lib/templates/templates';
import type { TemplateValues } from '../../lib/templates/fill';
import type { NoteField } from '../../lib/overlay/note-field';
import type { NoteEditorElements } from '../../lib/adapters';
import type { ContactQuestionState, StatedContactAnswer, StatedContactRequest } from '../../lib/coach/stated-contact';
import type { DraftStore } from '../../lib/drafts/keeper';
import type { SystemWordsOf } from '../ParticipantStatus';
import type { Overlay } from './overlay';
import type { ComponentType } from 'preact';
import type { SidebarProps } from '../Sidebar';
import type { NoteEdits } from './edits';

/** The panel's views (components/Sidebar.tsx), which a note frame has loaded only when a coach first opens the panel. */
export type PanelView = ComponentType<SidebarProps>;

/**
 * What panel.js brings: the panel's views, its question's state ("Did you reach the participant?"), and what the
 * coach writes into the note (templates, a stated contact: edits.ts), which no key typed needs, so a card's "Use
 * template" has them loaded the first time it is pressed.
 */
export interface PanelParts {
  View: PanelView;
  NoteEdits: typeof NoteEdits;
  ContactQuestionState: typeof ContactQuestionState;
}

/** Where the panel comes from: here already, or loaded on demand (the shell asks the background for it, once). */
export interface PanelSource {
  now(): PanelParts | null;
  load(): Promise<PanelParts>;
}

/**
 * The note editor the reader found (lib/adapters), its note box wrapped as a NoteField. The adapter's Save
 * control (`submit`, optional here) lets the guard hold back only the submits that save the note (lib/coach/save-guard.ts).
 */
export interface EditorElements extends Pick<NoteEditorElements, 'contactType' | 'date'>, Partial<Pick<NoteEditorElements, 'submit'>> {
  /** The note box, whatever its kind (textarea, contenteditable, iframe editor): read and changed only through NoteField. */
  note: NoteField;
  form: HTMLFormElement | null;
}

export interface CoachOptions {
  editor: EditorElements;
  overlay: Overlay;
  signal: AbortSignal;
  /** The rules' verdict on the note: at once, or (from the background) as a promise. */
  check(note: CaseNoteInput): NoteVerdict | Promise<NoteVerdict>;
  contactTypeOf(text: string): ContactType | null;
  parseDate(text: string): string | null;
  templates: NoteTemplate[];
  templateValues(): TemplateValues;
  /** The sentence stating a confirmed contact (built in the background: lib/coach/stated-contact.ts). */
  statedContact(request: StatedContactRequest): Promise<StatedContactAnswer>;
  problems: string[];
  drafts: DraftStore;
  /** The note texts this page's own history shows (already saved: never offered back as a draft). */
  history?: readonly string[];
  shortcut: { label: string; matches(e: KeyboardEvent): boolean };
  pageInfo: string;
  /** The systems' words for their pages, from the reader's registry (the coach carries no readers). */
  systemOf: SystemWordsOf;
  /** The panel's views: the coach draws the badge, the underlines and cards without them, and has them loaded on first opening the panel. */
  panel: PanelSource;
}
