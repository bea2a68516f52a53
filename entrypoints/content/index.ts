/**
 * The content script every matched frame loads: a stub of a few KB. It looks for the signs of a
 * page worth reading (every system's page markers, joined at build time from the registry:
 * lib/page-markers.ts, wxt.config.ts) now, a few times while the page builds itself, and whenever
 * the page changes. A frame that shows one gets the reader, which the background loads into
 * exactly this frame: with the coach in the same script where a note form's signs show
 * (entrypoints/note-frame.ts), alone elsewhere (entrypoints/reader.ts). A frame that shows none (a banner, a menu) says it
 * shows nobody, as the reader's first read would, so the background forgets whoever an earlier
 * page in it showed (ARCHITECTURE.md, "What each frame loads"). A frameset page and an editor's
 * own editing frame are skipped: their frames and the page around them speak for them.
 */
import { defineContentScript } from '#imports';
import type { ContentScriptContext } from '#imports';
import { emptyRead } from '../../lib/adapters/types';
import type { Settings } from '../../lib/settings';
import { isEditingDocument, markerTest, type PageMarkers } from '../../lib/page-markers';
import { send } from './channel';
import { READER_KEY, type ReaderModule } from './hand-off';
import { keepAliveAgainstForgedRestarts } from './keep-alive';

/** Put in by the build (wxt.config.ts): the real systems' match patterns and every system's page markers. */
declare const __CNC_MATCHES__: string[];
declare const __CNC_PAGE_MARKERS__: PageMarkers;

export default defineContentScript({
  matches: __CNC_MATCHES__,
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_end',
  cssInjectionMode: 'manual',
  main(ctx) {
    try {
      // Registered after our own context announced itself, so only a later announcement meets it.
      keepAliveAgainstForgedRestarts(ctx.signal);
      start(ctx);
    } catch (error) {
      // Never break the host page: a failure means "no warnings", nothing more.
      console.warn('[Case Note Coach] not started:', error);
    }
  },
});

/** A custom-site registration can overlap the manifest's: one copy per frame is enough. */
const STARTED = Symbol.for('case-note-coach.started');
const scope = globalThis as { [STARTED]?: boolean; [READER_KEY]?: ReaderModule };

const showsNote = markerTest(__CNC_PAGE_MARKERS__.note);
const showsPage = markerTest(__CNC_PAGE_MARKERS__.page);
/** Rich-text editors and script-drawn pages build themselves after the page loads: look again then. */
const LOOK_AGAIN_MS = [300, 1_000, 2_500, 5_000];
/** A burst of page changes is looked at once, this long after its first. */
const SETTLE_MS = 100;
/** Waits before saying "nobody" again when the background did not take it (it may be starting up). */
const RETRY_MS = [1_000, 3_000, 10_000, 30_000];

function start(ctx: ContentScriptContext): void {
  if (!document.body || document.body.tagName === 'FRAMESET') return;
  if (isEditingDocument(document)) return;
  if (scope[STARTED]) return;
  scope[STARTED] = true;
  ctx.onInvalidated(() => {
    scope[STARTED] = false;
  });
  const { signal } = ctx;

  let loading = false;
  let reported = false;
  // The same message as the reader's first read of an empty page, so the background treats both alike.
  const tellNobody = (tries = 0): void =>
    void send({ kind: 'page-read', read: emptyRead('generic') }).catch(() => {
      const wait = RETRY_MS[tries];
      if (wait !== undefined && !loading && !signal.aborted) timers.push(setTimeout(() => !loading && tellNobody(tries + 1), wait));
    });
  const timers = LOOK_AGAIN_MS.map((ms) => setTimeout(() => look(), ms));
  let settling: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    settling ??= setTimeout(() => {
      settling = undefined;
      look();
    }, SETTLE_MS);
  });
  const stop = () => {
    observer.disconnect();
    timers.forEach(clearTimeout);
    clearTimeout(settling);
  };
  signal.addEventListener('abort', stop, { once: true });

  function look(): void {
    if (loading || signal.aborted) return;
    const note = showsNote(document);
    if (!note && !showsPage(document)) {
      // Said once, as the reader's first read would: this frame shows nobody (now).
      if (!reported) tellNobody();
      reported = true;
      return;
    }
    loading = true;
    stop();
    loadReader(note)
      .then(({ reader, settings }) => reader.start(signal, settings))
      .catch((error: unknown) => {
        // Not loaded (the frame went, the extension was updated): the next change on the page tries again.
        console.warn('[Case Note Coach] reader not loaded', error);
        loading = false;
        if (!signal.aborted) observer.observe(document.documentElement, { childList: true, subtree: true });
      });
  }

  look();
  if (!loading) observer.observe(document.documentElement, { childList: true, subtree: true });
}

/** The reader (with the coach for a note form), loaded into this frame by the background once (it checks that we ask for our own frame only). */
async function loadReader(coach: boolean): Promise<{ reader: ReaderModule; settings?: Settings }> {
  const settings = scope[READER_KEY] ? undefined : (await send({ kind: 'page-reader', coach })).settings;
  const reader = scope[READER_KEY];
  if (!reader) throw new Error('The reader did not load into this frame.');
  return { reader, settings };
}
