/**
 * The reader of the notes a page of a system we have never seen lists (tables, cards:
 * lib/adapters/generic-history.ts), loaded on demand into a note frame (entrypoints/note-frame.ts)
 * whose reader found such a page naming a participant: the note frame is the script with a size
 * budget, and most note frames are of the known systems, which never need it. The reader alone
 * (entrypoints/reader.ts) carries it.
 */
import { defineUnlistedScript } from '#imports';
import { readHistory, type UnseenReaders } from '../lib/adapters/generic-history';
import { readWhom } from '../lib/adapters/generic-whom';
import { HISTORY_KEY } from './content/hand-off';

export default defineUnlistedScript(() => {
  const scope = globalThis as { [HISTORY_KEY]?: UnseenReaders };
  scope[HISTORY_KEY] ??= { history: readHistory, whom: readWhom };
});
