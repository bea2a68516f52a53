/**
 * Tests on the note's characters around a match, not its words: quotation marks, a label's colon
 * or dash, the end of a label's line, a value in a list, "/hr", a question mark. Each looks at a
 * few characters, so reading stays linear in the note's length.
 */
import type { Match } from './matcher';
import type { Token } from './tokenize';

/** "childcare - NA", "ITA: NA": a value in a list (not applicable), not "no answer". */
export function listValue(text: string, m: Match): boolean {
  for (let i = m.start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    return c === 45 || c === 58 || c === 61 || c === 8211;
  }
  return false;
}

/** Character ranges inside straight or curly double quotes. */
export function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open = i;
    else if (c === 0x201d && open >= 0) {
      out.push([open, i]);
      open = -1;
    } else if (c === 34) {
      if (open >= 0) {
        out.push([open, i]);
        open = -1;
      } else open = i;
    } else if (c === 10) open = -1;
  }
  return out;
}

/** Matches arrive in order, so one cursor over the quoted ranges keeps this linear. */
export function quoteCursor(quotes: Array<[number, number]>): (at: number) => boolean {
  let q = 0;
  return (at) => {
    while (q < quotes.length && (quotes[q] as [number, number])[1] <= at) q++;
    const r = quotes[q];
    return r !== undefined && at > r[0] && at < r[1];
  };
}

/** "Plan: TC 9/1", "Plan - OV 4/4": a label opening what follows, not "the plan" as a topic. */
export function labelled(text: string, m: Match): boolean {
  for (let i = m.end; i < text.length && i < m.end + 3; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 45 || c === 8211) return true;
    if (c !== 32) return false;
  }
  return false;
}

/** "$16/hr", "30 hr", "per hr": "hr" is an hour there, not human resources. */
export function perHour(text: string, tokens: Token[], m: Match): boolean {
  if (text.charCodeAt(m.start - 1) === 47) return true;
  const prev = tokens[m.tokStart - 1];
  return prev !== undefined && prev.clause === m.clause && (prev.numeric || prev.text === 'per' || prev.text === 'an' || prev.text === 'a');
}

/** Field labels whose value is the future: "Next Steps: try again Thurs; mail letter if no contact". */
export const FUTURE_LABELS = new Set(['next step', 'next steps', 'plan', 'next contact', 'follow up', 'to do', 'fu', 'f u', 'followup', 'next appointment', 'next appt']);
/** The end of the line a label opens (its value may hold several sentences). */
export function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

const ASKING = new Set(['asking', 'asked', 'asks', 'please', 'pls', 'wants', 'wanted', 'requesting', 'requested', 'can', 'could']);
/** A message that came in only asks ("Text from client: call me.", "E-mail from cust asking about bus pass"). */
export function asksSomething(text: string, tokens: Token[], m: Match): boolean {
  for (let t = m.tokEnd; t < tokens.length && t <= m.tokEnd + 12; t++) {
    const tok = tokens[t] as Token;
    if (tok.clause !== m.clause) break;
    if (ASKING.has(tok.text) || (tok.text === 'call' && tokens[t + 1]?.text === 'me')) return true;
    if (text.charCodeAt(tok.end) === 63) return true;
  }
  return false;
}
