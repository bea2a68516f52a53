/**
 * The content script every matched frame loads: the reader. It reads the page through the
 * system's adapter and tells the background what it saw (so due dates stay current), and only
 * when it finds a usable note editor does it ask the background to load the coach into this frame
 * (entrypoints/coach.ts) and mount it there. A frame without a note field (a menu, a banner, a
 * caseload list) so never carries Preact, the views or the coach (ARCHITECTURE.md, "Why a frame
 * loads only the reader"). Runs in every frame; a frameset page itself is skipped because its
 * frames get their own copy.
 */
import { browser, defineContentScript } from '#imports';
import type { ContentScriptContext } from '#imports';
import { BUILT_IN_MATCHES, readPage, systemOf } from '../../lib/systems';
import { findNoteEditor, isEditorFrameDocument, watchForEditor } from '../../lib/adapters';
import type { NoteEditorElements, PageRead } from '../../lib/adapters';
import type { Settings } from '../../lib/settings';
import { createPageReporter } from '../../lib/page-reporter';
import { keepAliveAgainstForgedRestarts } from './keep-alive';
import { onPush, send } from './channel';
import { COACH_KEY, type CoachModule } from './hand-off';
import type { CoachHandle } from './mount';

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

/** A custom-site registration can overlap the manifest's: one copy per frame is enough. */
const STARTED = Symbol.for('case-note-coach.started');

type Scope = { [STARTED]?: boolean; [COACH_KEY]?: CoachModule };
const scope = globalThis as Scope;

let coachLoading: Promise<CoachModule> | null = null;

/** The coach, loaded into this frame by the background once (it checks that we ask for our own frame only). */
function loadCoach(): Promise<CoachModule> {
  coachLoading ??= (async () => {
    if (!scope[COACH_KEY]) await send({ kind: 'page-coach' });
    const coach = scope[COACH_KEY];
    if (!coach) throw new Error('The coach did not load into this frame.');
    return coach;
  })().catch((error: unknown) => {
    // The next note field found tries again.
    coachLoading = null;
    throw error;
  });
  return coachLoading;
}

async function start(ctx: ContentScriptContext): Promise<void> {
  if (!document.body || document.body.tagName === 'FRAMESET') return;
  // An editor's own editing frame (TinyMCE, CKEditor 4, RadEditor): the page around it binds to it.
  if (isEditorFrameDocument(document)) return;
  if (scope[STARTED]) return;
  scope[STARTED] = true;
  ctx.onInvalidated(() => {
    scope[STARTED] = false;
  });
  let settings = await pageSettings();
  type Binding = { editable: HTMLElement; controller: AbortController; coach?: CoachHandle };
  let binding: Binding | null = null;
  /** Why what this page shows is not recorded, in words (shown in the panel), or null. */
  let readProblem: string | null = null;
  const sendRead = createPageReporter<PageRead>({
    send: (read) => send({ kind: 'page-read', read }),
    onProblem: (message) => {
      readProblem = message;
      binding?.coach?.readProblem(message);
    },
    signal: ctx.signal,
  });

  const refresh = () => {
    // The build's own sites (the demo host only in a test build) and the user's: where http: links are kept.
    const read = readPage(document, location.href, { customSites: settings.customSites, sites: browser.runtime.getManifest().host_permissions ?? [] });
    // Every frame reports its first read, even an empty one: the background then knows this
    // frame shows no participant (and forgets whoever an earlier page in it showed).
    sendRead(read);
    const found = findNoteEditor(document, read);
    const gone = binding && !(binding.coach ? binding.coach.isConnected() : binding.editable.isConnected);
    if (binding && (!found || found.editable !== binding.editable || gone)) {
      binding.controller.abort();
      binding = null;
    }
    if (found && !binding && isUsable(found)) {
      const controller = new AbortController();
      ctx.signal.addEventListener('abort', () => controller.abort(), { once: true });
      const bound: Binding = { editable: found.editable, controller };
      binding = bound;
      loadCoach()
        .then((coach) => {
          if (!controller.signal.aborted) bound.coach = coach.mount(read, systemOf, found, controller.signal, readProblem);
        })
        .catch((e: unknown) => console.warn('[Case Note Coach] coach not loaded', e));
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

/** A note box the case manager can type in: the only kind worth loading the coach for. */
function isUsable(found: NoteEditorElements): boolean {
  const el = found.editable;
  if (found.kind === 'textarea') return !(el as HTMLTextAreaElement).readOnly && !(el as HTMLTextAreaElement).disabled;
  return el.isContentEditable;
}
