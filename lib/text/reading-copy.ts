/**
 * The text the rules read, and the way back to the note's own offsets.
 *
 * A note pasted from a word processor or a PDF can carry soft hyphens (U+00AD) inside words ("an\u00adswer"), which
 * the note box does not show; a note exported from a web system can carry HTML character references ("no&nbsp;answer",
 * "she &amp; I", "didn&#39;t"). Either hides the words from the reader, so it reads a copy without them, and every
 * offset it reports (a finding's place, the verdict's words) is mapped back to the note as the case manager gave it.
 * The references are decoded by the `entities` package (the HTML standard's table, a reference only with its ";"), not a hand list.
 */
import { decodeHTMLStrict } from 'entities/decode';

/** A soft hyphen, or something shaped like a character reference. */
const HIDDEN = /\u00ad|&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/g;

interface ReadingCopy {
  text: string;
  /** The note's offset for an offset in `text`. */
  original(offset: number): number;
}

/** The copy to read, or null when the note has nothing hidden in it (most notes: no copy, no mapping). */
export function readingCopy(note: string): ReadingCopy | null {
  if (note.indexOf('\u00ad') < 0 && note.indexOf('&') < 0) return null;
  let text = '';
  let from = 0;
  // Where each replaced piece starts in the copy and in the note, and where it ends in each.
  const copyAt: number[] = [];
  const noteAt: number[] = [];
  for (const m of note.matchAll(HIDDEN)) {
    const at = m.index;
    const piece = m[0] === '\u00ad' ? '' : decodeHTMLStrict(m[0]);
    if (piece === m[0]) continue;
    text += note.slice(from, at);
    copyAt.push(text.length);
    noteAt.push(at);
    text += piece;
    from = at + m[0].length;
    copyAt.push(text.length);
    noteAt.push(from);
  }
  if (copyAt.length === 0) return null;
  text += note.slice(from);
  const original = (offset: number): number => {
    // The last anchor at or before the offset; past a replaced piece, offsets move with the note's text.
    let lo = 0;
    let hi = copyAt.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((copyAt[mid] as number) <= offset) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k < 0) return offset;
    // Inside a decoded reference (k even: its start), the whole reference is the place.
    return (noteAt[k] as number) + (k % 2 === 0 ? 0 : offset - (copyAt[k] as number));
  };
  return { text, original };
}
