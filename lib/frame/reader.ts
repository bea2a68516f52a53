/**
 * The reader: runs in a frame whose stub (lib/frame/watch.ts) saw something worth reading there,
 * loaded by the background (entrypoints/reader.ts, entrypoints/note-frame.ts). It reads the page
 * through the system's adapter and tells the background what it saw (so due dates stay current),
 * and only when it finds a usable note editor does it have the coach loaded into this frame and
 * mount it there. A frame that never shows a participant, a caseload or a note field so carries
 * neither the readers nor the coach (ARCHITECTURE.md, "What each frame loads"). No extension
 * APIs: the shell (entrypoints/content/reader.ts) passes in how to reach the background.
 */
import { readPageLean } from '../systems';
import { findNoteEditor, watchForEditor } from '../adapters';
import type { NoteEditorElements, PageRead } from '../adapters';
import type { UnseenReaders } from '../adapters/generic-history';
import type { Settings } from '../settings';
import { createPageReporter } from '../page-reporter';

/** What the reader keeps of a mounted coach: whether its note box is still there, and a way to tell it about the page read. */
export interface CoachHandle {
  isConnected(): boolean;
  /** Why what this page shows is not recorded, in words (shown in the panel), or null. */
  readProblem(message: string | null): void;
}

/**
 * Binds a coach to the note editor found, until `signal` aborts. `settled`: the page read once the reader of an
 * unknown system's past notes and looser participant shapes is here (history.js), or `read` itself where none is
 * coming; the coach checks the note at once and waits for it only for what needs it (whom, the notes already saved).
 */
export type MountCoach = (read: PageRead, found: NoteEditorElements, signal: AbortSignal, readProblem: string | null, settled: Promise<PageRead>) => CoachHandle;

/** How the reader reaches the background and the browser (entrypoints/content/reader.ts). */
interface ReaderPorts {
  /** The page settings, when the stub brought none (the background answers from its published copy, instantly). */
  pageSettings(): Promise<Pick<Settings, 'customSites'>>;
  /** Sends a page read; rejects with a Refusal when the background will never take it (lib/page-reporter.ts). */
  report(read: PageRead): Promise<unknown>;
  /** The build's own sites (the demo host only in a test build): with the user's, where http: links are kept. */
  sites(): readonly string[];
  /** The coach, loaded into this frame once; rejects when it did not load (the next note field found tries again). */
  loadCoach(): Promise<MountCoach>;
  /** New settings the background pushes, until `signal` aborts. */
  onSettingsChanged(listener: (settings: Pick<Settings, 'customSites'>) => void, signal: AbortSignal): void;
  /**
   * What reads the notes a page of a system we have never seen lists (tables, cards) and whom it is about in looser
   * shapes: carried along (the reader), or loaded once a page of such a system shows a note form (the note frame,
   * whose size is the budget; with nobody named, a history is not kept).
   */
  unseen: UnseenReaders | { load(): Promise<UnseenReaders> };
}

/** Reads this frame until `signal` aborts; the stub has checked it is a page (not a frameset, not an editing area) and started it once. */
export async function startReader(signal: AbortSignal, given: Pick<Settings, 'customSites'> | undefined, p: ReaderPorts): Promise<void> {
  let settings = given ?? (await p.pageSettings());
  type Binding = { editable: HTMLElement; controller: AbortController; coach?: CoachHandle };
  let binding: Binding | null = null;
  /** Why what this page shows is not recorded, in words (shown in the panel), or null. */
  let readProblem: string | null = null;
  const sendRead = createPageReporter<PageRead>({
    send: p.report,
    onProblem: (message) => {
      readProblem = message;
      binding?.coach?.readProblem(message);
    },
    signal,
  });

  let unseen = 'load' in p.unseen ? undefined : p.unseen;
  /**
   * Those readers on their way. The coach does not wait for them: it checks the note at once, and learns whom the
   * note is about and the notes already saved (for its drafts) when they are here, or the read as it is if they fail.
   */
  let historyLoad: Promise<void> | null = null;
  let lastRead: PageRead;

  const refresh = () => {
    // The build's own sites (the demo host only in a test build) and the user's: where http: links are kept.
    const read = (lastRead = readPageLean(document, location.href, { customSites: settings.customSites, sites: p.sites(), ...unseen }));
    // Every frame reports its first read, even an empty one: the background then knows this
    // frame shows no participant (and forgets whoever an earlier page in it showed).
    sendRead(read);
    if (!unseen && !historyLoad && read.editor && (read.system === 'generic' || !read.participant) && 'load' in p.unseen) {
      historyLoad = p.unseen.load().then(
        (loaded) => {
          unseen = loaded;
          if (!signal.aborted) refresh();
        },
        (e: unknown) => {
          // The next read tries again.
          historyLoad = null;
          console.warn('[Case Note Coach] history reader not loaded', e);
        },
      );
    }
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
      const settled = (historyLoad ?? Promise.resolve()).then(() => lastRead);
      p.loadCoach()
        .then((mount) => {
          if (!controller.signal.aborted) bound.coach = mount(lastRead, found, controller.signal, readProblem, settled);
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
  p.onSettingsChanged((next) => {
    if (JSON.stringify(next) === JSON.stringify(settings)) return;
    settings = next;
    binding?.controller.abort();
    binding = null;
    refresh();
  }, signal);
}

/** A note box the case manager can type in: the only kind worth loading the coach for. */
function isUsable(found: NoteEditorElements): boolean {
  const el = found.editable;
  if (found.kind === 'textarea') return !(el as HTMLTextAreaElement).readOnly && !(el as HTMLTextAreaElement).disabled;
  // An editing frame in design mode (RadEditor's shape): Firefox ESR 140.12 reports its body as not contentEditable.
  return el.isContentEditable || (found.kind === 'iframe' && el.ownerDocument.designMode === 'on');
}
