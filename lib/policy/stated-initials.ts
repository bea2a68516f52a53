/**
 * Staff initials as the writer, for the stated-contact recogniser (lib/policy/stated-contact.ts). A team that signs
 * its notes with initials ("… ISS updated. -JT", "/RB", "— MR", "(I was there too - HT)") writes those initials as the
 * subject of its own contacts: "JT met P 4/2", "RB + KL met with cust". Initials are the writer only when the note is
 * signed with them, or joined by "+", "&" or "and" to initials it is signed with; any others ("PO", "HR", another
 * agency's worker) are not known to be us.
 */
import type { Token } from '../text/tokenize';
import { at, type Reader } from './stated-read';
import * as W from './stated-words';

/** A sign-off: a dash, slash or tilde, then two or three capitals, at the end of a line (or of a bracket closing it). */
const SIGN_OFF = /(?:^|[\s(])[-/\u2013\u2014~]\s?([A-Z]{2,3})\)?[ \t]*$/gm;
const INITIALS = /^[A-Z]{2,3}$/;

/** The initials the note is signed with. */
export function signedInitials(text: string): ReadonlySet<string> {
  if (!text.includes('-') && !text.includes('/') && !text.includes('\u2013') && !text.includes('\u2014') && !text.includes('~')) return NONE;
  let out: Set<string> | null = null;
  for (const m of text.matchAll(SIGN_OFF)) (out ??= new Set()).add(m[1] as string);
  return out ?? NONE;
}
const NONE: ReadonlySet<string> = new Set();

/**
 * How many tokens from `i` name the writer by initials ("JT", "RB + KL", "AW and MR"), 0 when none: a run of initials
 * joined by "+", "&" or "and", one of them the note's signature. A word the recogniser knows (a person, a contact, a
 * failure) is never initials.
 */
export function initialsWriter(r: Reader, i: number, c: number): number {
  const signers = r.signers;
  if (!signers || signers.size === 0 || r.shouting) return 0;
  const { tokens, text } = r;
  let k = i;
  let signed = false;
  for (;;) {
    const t = tokens[k];
    if (!t || t.clause !== c || t.numeric) break;
    const raw = text.slice(t.start, t.end);
    if (!INITIALS.test(raw) || [W.PARTICIPANT, W.SOMEONE, W.STRONG_NOUN, W.WEAK_NOUN, W.ATTEMPT, W.CHANNEL_NOUN].some((set) => at(tokens, k, set, c))) break;
    signed ||= signers.has(raw);
    k++;
    const next = tokens[k] as Token | undefined;
    if (!next || next.clause !== c) break;
    const gap = text.slice(t.end, next.start);
    if (gap.includes('+') || gap.includes('&')) continue;
    if (next.text === 'and' && INITIALS.test(text.slice(tokens[k + 1]?.start ?? 0, tokens[k + 1]?.end ?? 0))) {
      k++;
      continue;
    }
    break;
  }
  return signed ? k - i : 0;
}
