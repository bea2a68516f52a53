/**
 * What the stub every matched frame loads does (entrypoints/content/index.ts): it looks for the
 * signs of a page worth reading (every system's page markers, lib/page-markers.ts) now, a few
 * times while the page builds itself, and whenever the page changes. A frame that shows one has
 * the reader loaded, with the coach where a note form's signs show. A frame that shows none (a
 * banner, a menu) says it shows nobody, as the reader's first read would, so the background
 * forgets whoever an earlier page in it showed (ARCHITECTURE.md, "What each frame loads"). A
 * frameset page and an editor's own editing frame are skipped: their frames and the page around
 * them speak for them. No extension APIs: the shell passes in how to reach the background.
 */
import { isEditingDocument, markerTest, type PageMarkers } from '../page-markers';

interface FrameWatch {
  /** Every system's page markers (the build joins them: wxt.config.ts). */
  markers: PageMarkers;
  /** Tells the background this frame shows nobody (the reader's first read of an empty page); rejects when not taken. */
  tellNobody(): Promise<unknown>;
  /** Loads the reader (with the coach for a note form) and starts it; rejects when it did not load. */
  load(note: boolean): Promise<void>;
  /** The page is being left before the reader it asked for has started: its HTML, for the background to read instead. */
  leftUnread(html: string): void;
}

/** A custom-site registration can overlap the manifest's: one copy per frame is enough. */
const STARTED = Symbol.for('case-note-coach.started');
const scope = globalThis as { [STARTED]?: boolean };

/** Rich-text editors and script-drawn pages build themselves after the page loads: look again then. */
const LOOK_AGAIN_MS = [300, 1_000, 2_500, 5_000];
/** A burst of page changes is looked at once, this long after its first. */
const SETTLE_MS = 100;
/** Waits before saying "nobody" again when the background did not take it (it may be starting up). */
const RETRY_MS = [1_000, 3_000, 10_000, 30_000];

/** Watches `document` until `signal` aborts (the stub's content-script context ends). */
export function watchFrame(document: Document, signal: AbortSignal, w: FrameWatch): void {
  if (!document.body || document.body.tagName === 'FRAMESET') return;
  if (isEditingDocument(document)) return;
  if (scope[STARTED]) return;
  scope[STARTED] = true;
  signal.addEventListener('abort', () => {
    scope[STARTED] = false;
  });
  const showsNote = markerTest(w.markers.note);
  const showsPage = markerTest(w.markers.page);

  let loading = false;
  let reported = false;
  // The same message as the reader's first read of an empty page, so the background treats both alike.
  const tellNobody = (tries = 0): void =>
    void w.tellNobody().catch(() => {
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
    // The reader comes a round trip after we ask: a page left before it has started is sent as it is, on its way out.
    const view = document.defaultView;
    const sendIfUnread = () => w.leftUnread(document.documentElement.outerHTML);
    view?.addEventListener('pagehide', sendIfUnread, { signal });
    w.load(note)
      .then(() => view?.removeEventListener('pagehide', sendIfUnread))
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
