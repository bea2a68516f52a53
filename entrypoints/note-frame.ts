/**
 * The reader and the coach in one script, for a frame whose stub (entrypoints/content/index.ts)
 * saw a note field's signs: one load instead of two in a row, and the code both use (the DOM
 * helpers, dates, contact types, the message channel) carried once. The reader still mounts the
 * coach only on a note box it finds usable; a frame that gains a note field later gets coach.js. The
 * reader of an unknown system's past notes comes on demand (history.js), to keep this script small.
 */
import { defineUnlistedScript } from '#imports';
import { COACH_KEY, READER_KEY, type CoachModule, type ReaderModule } from './content/hand-off';
import { mount } from './content/coach-shell';
import { startNoteFrameReader } from './content/reader';

export default defineUnlistedScript(() => {
  const scope = globalThis as { [READER_KEY]?: ReaderModule; [COACH_KEY]?: CoachModule };
  scope[COACH_KEY] ??= { mount };
  scope[READER_KEY] ??= { start: startNoteFrameReader };
});
