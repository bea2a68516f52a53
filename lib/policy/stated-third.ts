/**
 * Someone else as the subject of a sentence in the stated-contact recogniser, the way providers are written about:
 * "Ranken instructor called 2/2", "Three Rivers CDL instructor e-mailed", "AEL instructor Ms. Kline e-mailed", and
 * whether their written message came to us ("Instructor e-mailed the monthly attendance report", "… e-mailed 3/3:")
 * rather than to someone else ("Instructor e-mailed cust", "… the class"). Such a statement is only ever 'someone':
 * it can stand beside the reader's provider or alternate contact (Missouri, with substantive progress), never beside a
 * contact with the participant.
 */
import { gapHas } from '../text/gaps';
import type { Token } from '../text/tokenize';
import { acronym, at, DETERMINER, type Reader } from './stated-read';
import * as W from './stated-words';

/** Those who teach or run a training program: the provider a school's or program's name goes with. */
const TEACHER = new Set(['instructor', 'instr', 'teacher', 'trainer', 'coordinator', 'professor', 'tutor', 'preceptor', 'counselor', 'advisor', 'adviser', 'dean', 'principal', 'registrar']);
/** Someone who teaches or runs a training program among `tokens[s..k)` ("Ranken instructor", "School counselor"). */
export const teaches = (tokens: Token[], s: number, k: number): boolean => tokens.slice(s, k).some((t) => TEACHER.has(t.text));

/** What a provider sends us: a report, a sheet, grades ("e-mailed the monthly attendance report"). */
const DOCUMENT = new Set(['report', 'reports', 'sheet', 'sheets', 'timesheet', 'timesheets', 'attendance', 'grades', 'evaluation', 'eval', 'roster', 'progress', 'transcript', 'update', 'summary', 'log', 'record', 'records', 'scores', 'results', 'stub', 'stubs']);

/**
 * At `s`, up to three capitalised names or acronyms (a school's, a program's) before a word for someone else:
 * the token after that word, or 0. ("Crowder instructor", "OTC HVAC instructor", "Three Rivers CDL instructor".)
 */
export function namedSomeone(r: Reader, s: number, c: number): number {
  const { tokens } = r;
  let k = s;
  while (k < s + 3 && tokens[k]?.clause === c && ((tokens[k] as Token).capitalised || acronym(r, k)) && !(tokens[k] as Token).possessive && !(tokens[k] as Token).numeric && !at(tokens, k, W.SOMEONE, c) && !at(tokens, k, W.PARTICIPANT, c)) k++;
  if (k === s) return 0;
  const o = at(tokens, k, W.SOMEONE, c);
  if (!o || (tokens[k] as Token).possessive || !TEACHER.has((tokens[k] as Token).text)) return 0;
  k += o;
  // ("AEL instructor Ms. Kline e-mailed": past a titled name.)
  const t = tokens[k];
  if (t && W.TITLE.has(t.text) && t.clause === c && tokens[k + 1]?.clause === c && (tokens[k + 1] as Token).capitalised && !gapHas(r.text, (tokens[k - 1] as Token).end, t.start, 40)) k += 2;
  return k;
}

/** The written message someone else sent went to us: no object, us, or a document of theirs. */
export function wroteToUs(tokens: Token[], j: number, c: number, sameSeg: (x: number) => boolean, toUs: boolean): boolean {
  if (toUs || !sameSeg(j)) return true;
  const o = tokens[j] as Token;
  if (['re', 'about', 'regarding', 'that', 'saying', 'stating', 'with', 'on', 'to'].includes(o.text)) return o.text !== 'to' || at(tokens, j + 1, W.WRITER, c) > 0;
  if (!DETERMINER.has(o.text) && !['her', 'his', 'their', 'its'].includes(o.text)) return at(tokens, j, W.WRITER, c) > 0;
  for (let k = j + 1; k <= j + 4 && sameSeg(k); k++) if (DOCUMENT.has((tokens[k] as Token).text)) return true;
  return false;
}
