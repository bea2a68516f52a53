/**
 * The reader: loaded by the background into a frame whose stub (index.ts) saw something worth
 * reading there (entrypoints/reader.ts). It reads the page through the system's adapter and tells
 * the background what it saw (so due dates stay current), and only when it finds a usable note
 * editor does it ask the background to load the coach into this frame (entrypoints/coach.ts) and
 * mount it there. A frame that never shows a participant, a caseload or a note field so carries
 * neither the readers nor the coach (ARCHITECTURE.md, "What each frame loads").
 */
import { browser } from '#imports';
import { readPage, systemOf } from '../../lib/systems';
import { findNoteEditor, watchForEditor } from '../../lib/adapters';
import type { NoteEditorElements, PageRead } from '../../lib/adapters';
import type { Settings } from '../../lib/settings';
import { createPageReporter } from '../../lib/page-reporter';
import { onPush, send } from './channel';
import { COACH_KEY, type CoachModule } from './hand-off';
import type { CoachHandle } from './mount';

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

type Scope = { [COACH_KEY]?: CoachModule };
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

/** Reads this frame until `signal` aborts; the stub has checked it is a page (not a frameset, not an editing area) and started it once. */
export async function startReader(signal: AbortSignal, given?: Pick<Settings, 'customSites'>): Promise<void> {
  let settings = given ?? (await pageSettings());
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
    signal,
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
      signal.addEventListener('abort', () => controller.abort(), { once: true });
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
  signal.addEventListener('abort', () => retries.forEach(clearTimeout), { once: true });
  refresh();
  watchForEditor(document, refresh, signal);

  // New settings (pack, templates, sites) take effect at once: rebind; the text stays in the host's field.
  onPush((push) => {
    if (push.kind !== 'settings-changed' || JSON.stringify(push.settings) === JSON.stringify(settings)) return;
    settings = push.settings;
    binding?.controller.abort();
    binding = null;
    refresh();
  }, signal);
}

/** A note box the case manager can type in: the only kind worth loading the coach for. */
function isUsable(found: NoteEditorElements): boolean {
  const el = found.editable;
  if (found.kind === 'textarea') return !(el as HTMLTextAreaElement).readOnly && !(el as HTMLTextAreaElement).disabled;
  return el.isContentEditable;
}
