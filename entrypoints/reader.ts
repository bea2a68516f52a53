/**
 * The reader, loaded on demand: the background injects this script into a frame whose stub (the
 * content script, entrypoints/content/index.ts) saw the signs of a page worth reading, and the stub
 * then starts it through the hand-off below, in the extension's isolated world of that frame,
 * which the page cannot see. A frame without such signs never loads this.
 */
import { defineUnlistedScript } from '#imports';
import { READER_KEY, type ReaderModule } from './content/hand-off';
import { startReader } from './content/reader';

export default defineUnlistedScript(() => {
  const scope = globalThis as { [READER_KEY]?: ReaderModule };
  scope[READER_KEY] ??= { start: startReader };
});
