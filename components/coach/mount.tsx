/**
 * Binds the note coach to the note editor the reader found, with what it asks the background
 * (templates, checks, drafts, the participant's status) going through the channel its shell
 * passes in (entrypoints/content/coach-shell.ts). Loaded only into a frame whose reader found a note
 * field (entrypoints/coach.ts, entrypoints/note-frame.ts), so a frame without one carries none of
 * Preact, the views, the overlay or the coach.
 */
import { formatUsDate, readUsDate, today } from '../../lib/dates';
import { editorContainer } from '../../lib/adapters';
import { contactTypeOrNull } from '../../lib/text/contact-type';
import type { NoteEditorElements, PageRead } from '../../lib/adapters';
import type { CoachHandle } from '../../lib/frame/reader';
import type { ContentRequest, Push, Response } from '../../lib/messages';
import { richField, textareaField } from '../../lib/overlay/note-field';
import type { NoteField } from '../../lib/overlay/note-field';
import type { NoteTemplate } from '../../lib/templates/templates';
import { NoteCoach } from './coach';
import type { EditorElements, PanelSource } from './options';
import type { SystemWordsOf } from '../ParticipantStatus';
import { createOverlay } from './overlay';
import { usDateTime } from '../../lib/words';

/** The content script's side of the messages (entrypoints/content/channel.ts). */
interface CoachChannel {
  send<K extends ContentRequest['kind']>(request: Extract<ContentRequest, { kind: K }>): Promise<Response<K>>;
  onPush(listener: (push: Push) => void, signal: AbortSignal): void;
  /** The panel's views, loaded into this frame the first time the panel opens (entrypoints/content/coach-shell.ts). */
  panel: PanelSource;
}

/** Opens the panel, or moves into the card open on the caret's phrase. */
const SHORTCUT = { label: 'Alt+Shift+N', matches: (e: KeyboardEvent) => e.altKey && e.shiftKey && e.code === 'KeyN' };

const todayIso = () => today(new Date());
const todayUs = () => formatUsDate(todayIso());

/** "Whitfield, Dana" → "Dana Whitfield", the way a note names someone. */
function displayName(name: string): string {
  const m = /^\s*([^,]+),\s*(.+?)\s*$/.exec(name);
  return m ? `${m[2]} ${m[1]}` : name.trim();
}

const PAGE_LABEL = { participant: 'participant page', 'case-notes': 'case notes', 'note-editor': 'note editor', caseload: 'caseload', unknown: 'page' } as const;

function describeRead(read: PageRead, systemLabel: string, participantId: string | null): string {
  return [systemLabel, PAGE_LABEL[read.page], participantId ? `participant ${participantId}` : 'participant not identified'].join(' · ');
}

/** The coach's one way into the note box, whatever kind it is; a rich editor is placed by its whole widget. */
function noteField(found: NoteEditorElements): NoteField {
  if (found.kind === 'textarea') return textareaField(found.editable as HTMLTextAreaElement);
  return richField(found.editable, editorContainer(found.anchor) as HTMLElement, found.anchor.closest('form'), found.kind);
}

/** Binds a coach to the note editor the reader found, until `signal` aborts. */
export function mountCoach(
  channel: CoachChannel,
  read: PageRead,
  systemOf: SystemWordsOf,
  found: NoteEditorElements,
  signal: AbortSignal,
  readProblem: string | null,
  settled: Promise<PageRead> = Promise.resolve(read),
): CoachHandle {
  const field = noteField(found);
  const editor: EditorElements = { note: field, contactType: found.contactType, date: found.date, form: field.form, submit: found.submit };
  let problem = readProblem;
  let coach: NoteCoach | null = null;
  try {
    coach = bind(channel, read, systemOf, editor, signal, settled);
    coach.notice('page-read', problem);
  } catch (e) {
    console.warn('[Case Note Coach] sidebar not mounted', e);
  }
  return {
    isConnected: () => field.isConnected(),
    readProblem: (message) => {
      problem = message;
      coach?.notice('page-read', message);
    },
  };
}

const participantOf = (read: PageRead) => read.participant?.id ?? read.editor?.participantId ?? null;

/**
 * The coach checks the note from the first read; `settled`, the read once an unknown system's history reader is here
 * (lib/frame/reader.ts), brings whom the note is about and the notes already saved: the drafts wait for it (the
 * background files them under whom the frame's read showed, and a draft of a saved note is never offered back).
 * Nothing waits for the page's templates: the coach is up, and the participant's status asked for, at once.
 */
function bind(
  { send, onPush, panel }: CoachChannel,
  read: PageRead,
  systemOf: SystemWordsOf,
  editor: EditorElements,
  signal: AbortSignal,
  settled: Promise<PageRead>,
): NoteCoach {
  const pageKind = read.page;
  // The templates and the checks come from the background: the rules run there, not in every frame (ARCHITECTURE.md).
  // The templates are asked for beside the status and filled in when they come (setTemplates).
  const templates: NoteTemplate[] = [];
  const templatesSent = send({ kind: 'page-templates', system: read.system });
  let activity: string | null = read.participant?.activities[0]?.name ?? null;
  // The page's own name for the participant; failing that, the one the local caseload knows.
  let participantName: string | null = read.participant?.name || null;
  // The notes the page lists as saved: the drafts read them only once the page is settled, and they are filled in then.
  const history = read.contacts.map((c) => c.text);
  const applied = settled.then((later) => {
    if (later === read) return later;
    history.splice(0, history.length, ...later.contacts.map((c) => c.text));
    activity ??= later.participant?.activities[0]?.name ?? null;
    participantName ??= later.participant?.name || null;
    return later;
  });
  const whenSettled = <T,>(ask: () => Promise<T>) => applied.then(ask);

  // Styles are inlined in the overlay, not a web-accessible file: custom sites get them without exposing extension files to pages.
  const overlay = createOverlay(document, signal);
  const coach = new NoteCoach({
    editor,
    overlay,
    signal,
    check: (note) => send({ kind: 'page-check', system: read.system, note: { contactType: null, contactDate: null, contactDateText: null, hasDateField: false, enteredDate: null, serviceCode: null, ...note } }),
    contactTypeOf: contactTypeOrNull,
    parseDate: readUsDate,
    templates,
    statedContact: (request) => send({ kind: 'page-stated-contact', ...request }),
    templateValues: () => ({
      participantName: participantName ? displayName(participantName) : null,
      activity,
      date: editor.date?.value.trim() || todayUs(),
    }),
    problems: read.problems,
    shortcut: SHORTCUT,
    pageInfo: describeRead(read, systemOf(read.system).label, participantOf(read)),
    systemOf,
    drafts: {
      // The background files drafts under the participant this frame's page read showed.
      load: () =>
        whenSettled(() => send({ kind: 'page-draft-load', pageKind })).then((list) =>
          list.map((d) => ({ ...d, savedAt: usDateTime(new Date(d.updatedAt)) })),
        ),
      save: (visit, draft, replaces) => whenSettled(() => send({ kind: 'page-draft-save', pageKind, visit, ...draft, replaces })).then(() => undefined),
      discard: (visit, submitted) =>
        whenSettled(() => send({ kind: 'page-draft-discard', pageKind, visit, ...(submitted !== undefined ? { submitted } : {}) })).then(() => undefined),
    },
    history,
    panel,
  });

  let watching = false;
  const loadStatus = () =>
    send({ kind: 'page-status' })
      .then((status) => {
        if (!status || signal.aborted) return;
        activity ??= status.activities[0] ?? null;
        participantName ??= status.name || null;
        coach.setStatus(status);
      })
      .catch(() => undefined);
  /** The participant's status once a read names them, and again as the caseload changes (another frame or tab read more). */
  const watchStatus = (participantId: string | null) => {
    if (!participantId || watching) return;
    watching = true;
    void loadStatus();
    onPush((push) => {
      if (push.kind === 'caseload-changed') void loadStatus();
    }, signal);
  };
  watchStatus(participantOf(read));
  templatesSent.then((list) => !signal.aborted && coach.setTemplates(list)).catch(() => undefined);
  void applied.then((later) => {
    if (later === read || signal.aborted) return;
    coach.pageRead(describeRead(later, systemOf(later.system).label, participantOf(later)), later.problems);
    watchStatus(participantOf(later));
  });
  return coach;
}
