/**
 * Entries carried forward: text copied from an earlier note ("*** Carried forward from 2/10 note ***",
 * "Copied from 4/7 OV:", "Prior: TC w/ cust 7/1 …", "[carried forward] 10/1 called cust NA") tells a
 * contact that an earlier note already counted. Its lines are history, up to the line that starts the
 * new entry ("*** New 3/12 ***", "Entry 6/3:", "5/12: letter mailed", "[5/6] E-mailed client"). A note
 * that points to an earlier entry "(see below)" makes the lines under that entry's date history too.
 */
import type { Span } from './event-types';
import { voidNote } from './void-notes';

/** A line that opens copied text (after any "***", "---", "[" decoration). "Prior to the call" is not one. */
// (Also "Copy of prior note (12/1):", "Pasted from the 2/2 note:", "Same as last month's note:": an earlier note's words
// brought into this one, not "Pasted from Outlook".)
const CARRIED =
  /^[\s*\-–—[(#>]*(?:carried forward|carry forward|copied (?:forward|from)|copied|prior (?:entry|note|contact)|previous (?:entry|note|contact)|prior(?! to)|previous|(?:copy of|pasted from|same as) (?:the |my |a )?(?:prior|previous|last|earlier|old|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|last (?:month|quarter)(?:'s)?) ?(?:note|entry|case note|cmc)?)\b/i;
/**
 * A label listing contacts already made ("Contact history: 1/5 TC w/ client; 2/4 OV", "History of contact — …", "Past
 * contacts:"): its line, and the dated lines under it, are history, up to a blank line or a line that starts this
 * entry ("Today: …", "New …"; tests/policy/history-labels.test.ts). A list written on the label's own line ends at
 * the first line under it that is not another dated or bulleted item.
 */
const HISTORY_LABEL = /^[\s*\-–—[(#>]*(?:contact history|history of (?:contacts?|services)|(?:past|earlier) contacts)\b/i;
const THIS_ENTRY = /^[\s*\-–—[(#>]*(?:new\b|entry\b|update\b|today\b|current\b|this (?:month|contact|note)\b)/i;
/** After a list written on its label's own line, a line that is another item of it: a date or a bullet first. */
const LIST_ITEM = /^\s*(?:[*\-–—•]|\d{1,2}\/\d{1,2}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b)/i;
/** A line that starts a new entry: a date first, or "New", "Entry", "Update", "Today". */
const NEW_ENTRY = /^[\s*\-–—[(#>]*(?:new\b|entry\b|update\b|today\b|current\b|\d{1,2}\/\d{1,2}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b)/i;
/** "No change from 5/6 note (see below)", "see 5/6 entry below": the entry under that date is the earlier one. */
const SEE_BELOW = /\b(?:from|see|per) (?:the )?(\d{1,2}\/\d{1,2})(?:\/\d{2,4})? (?:note|entry)\b[^\n]*\bbelow\b/i;

/**
 * A reviewer's words inside a note ("QA 4/12: provider contact lacks progress", "** QA comment 3/25: response not
 * documented **", "Supervisor comment: …", "Monitor finding: …"): someone else judging the note, not its contact.
 * Only that line is theirs.
 */
const REVIEW = /^[\s*\-–—[(#>]*(?:(?:state|program|regional|federal|dol|local|fiscal|compliance) )?(?:qa|q\.a\.|quality assurance|supervisor|supv|supervisory|monitor|monitoring|reviewer|auditor|audit)(?:'s)?(?: (?:review|comment|comments|note|finding|findings|feedback|visit|file review))?(?: \d{1,2}\/\d{1,2}(?:\/\d{2,4})?)?\s*(?:\([^)\n]{0,40}\))?\s*:/i;

/**
 * A note that is itself a review of the case by someone else ("CASE REVIEW 3/31 - J. Carlson (Supervisor) w/ CM",
 * "QA review 4/2 (monitor)"): the contacts it recounts were documented, and counted, in their own notes.
 */
const REVIEW_NOTE = /^[\s*\-–—[(#>]*(?:case|file|supervisory|supervisor|qa|quality|monitoring) review\b[^\n]*\b(?:supervisor|supv|qa|monitor|reviewer|auditor|manager)\b/i;

/**
 * A note that is not a record of this participant at all: an example or a sample for staff ("Example note for new staff:
 * TC w/ client …", "Sample case note:"), or a test entry to ignore ("TEST NOTE - ignore. Met with client …").
 */
const NOT_A_RECORD = /^[\s*\-–—[(#>]*(?:(?:example|sample|practice|mock|training|model) (?:case )?(?:note|entry|cmc)\b|test (?:note|entry)\b|test\b[^\n]{0,20}\b(?:ignore|disregard|delete)\b)/i;

export function carriedForward(text: string): Span[] {
  if (REVIEW_NOTE.test(text) || NOT_A_RECORD.test(text) || voidNote(text)) return [{ start: 0, end: text.length }];
  const reviews = REVIEW_HINT.test(text) ? reviewLines(text) : [];
  if (!/carr|cop|prior|previous|below|histor|past contacts|earlier contacts|pasted|same as/i.test(text)) return reviews;
  const out: Span[] = [];
  const below = SEE_BELOW.exec(text)?.[1];
  let inHistory = false;
  let listing = false;
  let inline = false;
  let at = 0;
  while (at <= text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    if (HISTORY_LABEL.test(line)) {
      inHistory = listing = true;
      inline = /\d{1,2}\/\d{1,2}/.test(line);
    } else if (listing && (line.trim() === '' || THIS_ENTRY.test(line) || (inline && !LIST_ITEM.test(line)))) inHistory = listing = false;
    else if (listing) {
      // (The dated lines of the list stay history.)
    } else if (CARRIED.test(line) || (below !== undefined && startsWithDate(line, below))) inHistory = true;
    else if (inHistory && NEW_ENTRY.test(line)) inHistory = false;
    if (inHistory && line.trim() !== '') {
      const last = out[out.length - 1];
      if (last && /^\s*$/.test(text.slice(last.end, at))) last.end = end;
      else out.push({ start: at, end });
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  return reviews.length ? [...out, ...reviews].sort((x, y) => x.start - y.start).filter((x, i, all) => i === 0 || x.start >= (all[i - 1] as Span).end) : out;
}

const REVIEW_HINT = /qa|q\.a\.|quality|superv|supv|monitor|review|audit/i;
function reviewLines(text: string): Span[] {
  const out: Span[] = [];
  let at = 0;
  while (at <= text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    if (REVIEW.test(text.slice(at, end))) out.push({ start: at, end });
    if (nl < 0) break;
    at = nl + 1;
  }
  return out;
}

function startsWithDate(line: string, date: string): boolean {
  const m = /^[\s*\-–—[(#>]*(\d{1,2}\/\d{1,2})/.exec(line);
  return m !== null && m[1] === date;
}

/** "[carried forward]", "[copied from 4/8]": a marker, not a template blank. */
export const CARRY_MARK = /^(?:carried forward|carry forward|copied)/i;
