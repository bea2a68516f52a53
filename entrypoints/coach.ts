/**
 * The coach, loaded on demand: the background injects this script into a frame whose reader
 * (lib/frame/reader.ts) found a note field, and the reader then mounts the
 * coach through the hand-off below. Both run in the extension's isolated world of that frame, so
 * the page cannot see or call the hand-off. A frame without a note field never loads this.
 */
import { defineUnlistedScript } from '#imports';
import { COACH_KEY, type CoachModule } from './content/hand-off';
import { mount } from './content/coach-shell';

export default defineUnlistedScript(() => {
  const scope = globalThis as { [COACH_KEY]?: CoachModule };
  scope[COACH_KEY] ??= { mount };
});
