/**
 * The content script: reads the page through the system's adapter, tells the
 * background what it saw (so due dates stay current), and binds the sidebar
 * to the note editor when there is one. Runs in every frame; a frameset page
 * itself is skipped because its frames get their own copy.
 */
import { browser, defineContentScript } from '#imports';
import type { ContentScriptContext } from '#imports';
import { formatUsDate, localIsoDate, readUsDate } from '../../lib/dates';
import { BUILT_IN_MATCHES, readPage, systemOf } from '../../lib/systems';
import { editorContainer, findNoteEditor, isEditorFrameDocument, watchForEditor } from '../../lib/adapters';
import { contactTypeOrNull } from '../../lib/text/contact-type';
import type { NoteEditorElements, PageRead } from '../../lib/adapters';
import { richField, textareaField } from './note-field';
import type { NoteField } from './note-field';
import type { Settings } from '../../lib/settings';
import { onPush, send } from './channel';
import { NoteCoach } from './coach';
import { createPageReporter } from '../../lib/page-reporter';
import { keepAliveAgainstForgedRestarts } from './keep-alive';
import type { EditorElements } from './coach';
import { createOverlay } from './overlay';
import { usDateTime } from '../../lib/words';

/** Sites whose own state sets the pack (a test build's demo VOS stands in for MoJobs). */
const SHORTCUT = { label: 'Alt+Shift+N', matches: (e: KeyboardEvent) => e.altKey && e.shiftKey && e.code === 'KeyN' };

export default defineContentScript({
  matches: BUILT_IN_MATCHES,
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    try {
      // Registered after our own context announced itself, so only a later announcement meets it.
      keepAliveAgainstForgedRestarts(ctx.signal);
      await start(ctx);
    } catch (error) {
      // Never break the host page: a failure means "no warnings", nothing more.
      console.warn('[Case Note Coach] not started:', error);
    }
  },
});

const todayIso = () => localIsoDate(new Date());
const todayUs = () => formatUsDate(todayIso());

/** "Whitfield, Dana" → "Dana Whitfield", the way a note names someone. */
function displayName(name: string): string {
  const m = /^\s*([^,]+),\s*(.+?)\s*$/.exec(name);
  return m ? `${m[2]} ${m[1]}` : name.trim();
}

/**
 * The background answers from its published copy of the effective settings
 * (instant), never waiting on the browser's first read of agency policy.
 * Content scripts read no extension storage themselves: the page they run
 * in is not trusted with it.
 */
async function pageSettings(): Promise<Pick<Settings, 'customSites'>> {
  try {
    return await send({ kind: 'page-settings' });
  } catch {
    // No custom sites known: the built-in systems are still read.
    return { customSites: [] };
  }
}

const PAGE_LABEL = { participant: 'participant page', 'case-notes': 'case notes', 'note-editor': 'note editor', caseload: 'caseload', unknown: 'page' } as const;

function describeRead(read: PageRead, participantId: string | null): string {
  return [systemOf(read.system).label, PAGE_LABEL[read.page], participantId ? `participant ${participantId}` : 'participant not identified'].join(' · ');
}

/** A custom-site registration can overlap the manifest's: one copy per frame is enough. */
const STARTED = Symbol.for('case-note-coach.started');

async function start(ctx: ContentScriptContext): Promise<void> {
  if (!document.body || document.body.tagName === 'FRAMESET') return;
  // An editor's own editing frame (TinyMCE, CKEditor 4, RadEditor): the page around it binds to it.
  if (isEditorFrameDocument(document)) return;
  const scope = globalThis as { [STARTED]?: boolean };
  if (scope[STARTED]) return;
  scope[STARTED] = true;
  ctx.onInvalidated(() => {
    scope[STARTED] = false;
  });
  let settings = await pageSettings();
  type Binding = { editable: HTMLElement; field: NoteField; controller: AbortController; coach?: NoteCoach | null };
  let binding: Binding | null = null;
  /** Why what this page shows is not recorded, in words (shown in the sidebar), or null. */
  let readProblem: string | null = null;
  const sendRead = createPageReporter<PageRead>({
    send: (read) => send({ kind: 'page-read', read }),
    onProblem: (message) => {
      readProblem = message;
      binding?.coach?.notice('page-read', message);
    },
    signal: ctx.signal,
  });

  // Every frame reports its first read, even an empty one: the background then knows this
  // frame shows no participant (and forgets whoever an earlier page in it showed).
  const report = (read: PageRead) => {
    sendRead(read);
  };

  const refresh = () => {
    // The build's own sites (the demo host only in a test build) and the user's: where http: links are kept.
    const read = readPage(document, location.href, { customSites: settings.customSites, sites: browser.runtime.getManifest().host_permissions ?? [] });
    report(read);
    const found = findNoteEditor(document, read);
    if (binding && (!found || found.editable !== binding.editable || !binding.field.isConnected())) {
      binding.controller.abort();
      binding = null;
    }
    if (found && !binding && isUsable(found)) {
      const controller = new AbortController();
      ctx.signal.addEventListener('abort', () => controller.abort(), { once: true });
      const field = noteField(found);
      const bound: Binding = { editable: found.editable, field, controller };
      binding = bound;
      const editor: EditorElements = { note: field, contactType: found.contactType, date: found.date, form: field.form, submit: found.submit };
      void bind(read, editor, controller.signal)
        .then((coach) => {
          bound.coach = coach;
          coach?.notice('page-read', readProblem);
        })
        .catch((e: unknown) => console.warn('[Case Note Coach] sidebar not mounted', e));
    }
  };

  // Rich-text editors build their editing area after the page loads: look again a few times while none is bound.
  const retries = [300, 1_000, 2_500, 5_000].map((ms) => setTimeout(() => !binding && refresh(), ms));
  ctx.signal.addEventListener('abort', () => retries.forEach(clearTimeout), { once: true });
  refresh();
  watchForEditor(document, refresh, ctx.signal);

  // New settings (pack, templates, sites) take effect at once: rebind; the text stays in the host's field.
  onPush((push) => {
    if (push.kind !== 'settings-changed' || JSON.stringify(push.settings) === JSON.stringify(settings)) return;
    settings = push.settings;
    binding?.controller.abort();
    binding = null;
    refresh();
  }, ctx.signal);
}

function isUsable(found: NoteEditorElements): boolean {
  const el = found.editable;
  if (found.kind === 'textarea') return !(el as HTMLTextAreaElement).readOnly && !(el as HTMLTextAreaElement).disabled;
  return el.isContentEditable;
}

/** The coach's one way into the note box, whatever kind it is; a rich editor is placed by its whole widget. */
function noteField(found: NoteEditorElements): NoteField {
  if (found.kind === 'textarea') return textareaField(found.editable as HTMLTextAreaElement);
  return richField(found.editable, editorContainer(found.anchor) as HTMLElement, found.anchor.closest('form'), found.kind);
}

async function bind(read: PageRead, editor: EditorElements, signal: AbortSignal): Promise<NoteCoach | null> {
  const participantId = read.participant?.id ?? read.editor?.participantId ?? null;
  const pageKind = read.page;
  // The templates and the checks come from the background: the rules run there, not in every frame (ARCHITECTURE.md).
  const templates = await send({ kind: 'page-templates', system: read.system }).catch(() => []);
  if (signal.aborted) return null;
  let activity: string | null = read.participant?.activities[0]?.name ?? null;
  // The page's own name for the participant; failing that, the one the local caseload knows.
  let participantName: string | null = read.participant?.name || null;

  // Styles are inlined in the overlay, not a web-accessible file: custom sites get them without exposing extension files to pages.
  const overlay = createOverlay(document, signal);
  const coach = new NoteCoach({
    editor,
    overlay,
    signal,
    check: (note) => send({ kind: 'page-check', system: read.system, note: { contactType: null, contactDate: null, hasDateField: false, enteredDate: null, serviceCode: null, ...note } }),
    contactTypeOf: contactTypeOrNull,
    parseDate: readUsDate,
    templates,
    templateValues: () => ({
      participantName: participantName ? displayName(participantName) : null,
      activity,
      date: editor.date?.value.trim() || todayUs(),
    }),
    problems: read.problems,
    shortcut: SHORTCUT,
    pageInfo: describeRead(read, participantId),
    drafts: {
      // The background files drafts under the participant this frame's page read showed.
      load: () =>
        send({ kind: 'page-draft-load', pageKind }).then((d) =>
          d ? { text: d.text, contactType: d.contactType ?? null, date: d.date ?? null, savedAt: usDateTime(new Date(d.updatedAt)) } : null,
        ),
      save: (draft) => send({ kind: 'page-draft-save', pageKind, ...draft }).then(() => undefined),
      discard: (submitted) => send({ kind: 'page-draft-discard', pageKind, ...(submitted !== undefined ? { submitted } : {}) }).then(() => undefined),
    },
    history: read.contacts.map((c) => c.text),
  });

  if (!participantId) return coach;
  const loadStatus = () =>
    send({ kind: 'page-status' })
      .then((status) => {
        if (!status || signal.aborted) return;
        activity ??= status.activities[0] ?? null;
        participantName ??= status.name || null;
        coach.setStatus(status);
      })
      .catch(() => undefined);
  void loadStatus();
  // The status follows the caseload: what another frame or tab just read shows up here too.
  onPush((push) => {
    if (push.kind === 'caseload-changed') void loadStatus();
  }, signal);
  return coach;
}
