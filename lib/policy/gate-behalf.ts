/**
 * Whom a talk was with, by the words right around it (for the participant gate, lib/policy/contact-gate.ts):
 *   - a call made on the participant's behalf ("Called Spire on her behalf; spoke with a representative", "Called on
 *     behalf of client to Ameren") was with whoever took it at that office, not with her;
 *   - "spoke with a representative", "spoke with an agent": someone, not the one participant the note is about (the
 *     participant is "the client", "cust", her name; "a client" is another, lib/text/participant-words.ts), and
 *     "spoke with dispatch", "talked to billing": whoever is on that desk;
 *   - a form's "Contact With:" line that names an organisation ("Contact With: Job Corps", "Contact With: Hy-Vee").
 */
import type { PartyMention } from '../text/analyze';
import type { Token } from '../text/tokenize';
import { organisationAt } from './gate-told';

type Span = { start: number; end: number };
const OWNERS = new Set(['her', 'his', 'their', 'him', 'them']);
/** Words that bind a talk to whom it was with ("spoke with", "TC w/", "talked to"). */
const WITH = new Set(['with', 'w', 'to']);
/** A desk or a line taken by whoever is on it ("spoke with dispatch", "talked to billing"). */
const DESKS = new Set(['dispatch', 'billing', 'reception', 'scheduling']);
/** "a few", "a while": an amount, not someone. */
const AMOUNT = new Set(['few', 'bit', 'while', 'little', 'lot', 'couple']);

/** "on her behalf", "on client's behalf", "on behalf of (the) client": its span in clauses lo..hi, or null. */
export function onTheirBehalf(tokens: Token[], parties: PartyMention[], lo: number, hi: number): Span | null {
  const theirs = (t: number) => OWNERS.has(tokens[t]?.text ?? '') || parties.some((q) => q.party === 'participant' && q.tokStart <= t && t < q.tokEnd);
  for (let t = 1; t < tokens.length; t++) {
    const w = tokens[t] as Token;
    if (w.text !== 'behalf' || w.clause < lo || w.clause > hi) continue;
    // "on her behalf", "on the client's behalf" (not "on her own behalf": she acted herself).
    const on = tokens[t - 2]?.text === 'on' ? t - 2 : tokens[t - 3]?.text === 'on' ? t - 3 : -1;
    if (on >= 0 && theirs(t - 1)) return { start: (tokens[on] as Token).start, end: w.end };
    // "on behalf of client", "on behalf of the participant", "on behalf of her".
    if (tokens[t - 1]?.text !== 'on' || tokens[t + 1]?.text !== 'of') continue;
    const owner = tokens[t + 2]?.text === 'the' ? t + 3 : t + 2;
    if (theirs(owner)) return { start: (tokens[t - 1] as Token).start, end: (tokens[owner] as Token).end };
  }
  return null;
}

/** "with a representative", "to an agent" right after a talk ending at token `end` ("spoke with", "TC"): its span, or null. */
export function someoneIndefinite(tokens: Token[], end: number): Span | null {
  // (The talk's own words may end in "with": "spoke with" a representative, "TC" w/ a rep.)
  const at = WITH.has(tokens[end]?.text ?? '') ? end + 1 : end;
  const link = tokens[at - 1];
  const article = tokens[at];
  const whom = tokens[at + 1];
  if (link && article && WITH.has(link.text) && article.clause === link.clause && DESKS.has(article.text)) return { start: article.start, end: article.end };
  if (!link || !article || !whom || !WITH.has(link.text) || (article.text !== 'a' && article.text !== 'an')) return null;
  if (whom.clause !== link.clause || article.clause !== link.clause || whom.numeric || AMOUNT.has(whom.text)) return null;
  return { start: article.start, end: whom.end };
}

/** A form's "Contact With:" value that is an organisation, not a person ("Contact With: Job Corps"): its span, or null. */
export function contactWithOrganisation(text: string, tokens: Token[]): Span | null {
  for (let t = 2; t < tokens.length; t++) {
    const w = tokens[t - 1] as Token;
    if (w.text !== 'with' || (tokens[t - 2] as Token).text !== 'contact' || !/^\s*:/.test(text.slice(w.end, (tokens[t] as Token).start))) continue;
    return organisationAt(text, tokens, t);
  }
  return null;
}
