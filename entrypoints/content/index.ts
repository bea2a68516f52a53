/**
 * The content script every matched frame loads: a stub of a few KB that looks for the signs of a
 * page worth reading (lib/frame/watch.ts) and, where one shows, has the background load the
 * reader into exactly this frame: with the coach in the same script where a note form's signs
 * show (entrypoints/note-frame.ts), alone elsewhere (entrypoints/reader.ts). ARCHITECTURE.md,
 * "What each frame loads".
 */
import { defineContentScript } from '#imports';
import { emptyRead, MAX_LEFT_PAGE_CHARS } from '../../lib/adapters/types';
import { watchFrame } from '../../lib/frame/watch';
import type { PageMarkers } from '../../lib/page-markers';
import type { Settings } from '../../lib/settings';
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
      watchFrame(document, ctx.signal, {
        markers: __CNC_PAGE_MARKERS__,
        tellNobody: () => send({ kind: 'page-read', read: emptyRead('generic') }),
        load: (note) => loadReader(note).then(({ reader, settings }) => reader.start(ctx.signal, settings)),
        // Read by the background instead (lib/gate: 'page-left'); a page too big to send is read the next time it is open.
        leftUnread: (html) => void (html.length <= MAX_LEFT_PAGE_CHARS && send({ kind: 'page-left', html }).catch(() => undefined)),
      });
    } catch (error) {
      // Never break the host page: a failure means "no warnings", nothing more.
      console.warn('[Case Note Coach] not started:', error);
    }
  },
});

const scope = globalThis as { [READER_KEY]?: ReaderModule };

/** The reader (with the coach for a note form), loaded into this frame by the background once (it checks that we ask for our own frame only). */
async function loadReader(coach: boolean): Promise<{ reader: ReaderModule; settings?: Settings }> {
  const settings = scope[READER_KEY] ? undefined : (await send({ kind: 'page-reader', coach })).settings;
  const reader = scope[READER_KEY];
  if (!reader) throw new Error('The reader did not load into this frame.');
  return { reader, settings };
}
