/**
 * Both keys must agree before a note may say "qualifies": the event reader's connected contact (lib/text) and the
 * stated-contact recogniser's sentence (lib/policy/stated-contact.ts) must rest on the same sentences and be with
 * the same kind of counterpart. One reader's mistake alone, a contact read into words that state none or a
 * statement the reader placed elsewhere, is then not enough.
 */
import type { CaseNote, Party } from '../model';
import type { ContactEvent, NoteAnalysis } from '../text/analyze';
import type { Token } from '../text/tokenize';
import { statedContacts, type StatedContact } from './stated-contact';

/** The sentences an event covers: from its opener to the evidence of its outcome. */
function clauses(tokens: Token[], e: ContactEvent): [number, number] {
  const ev = e.evidence ?? e;
  let hi = e.clause;
  for (let t = e.tokStart; t < tokens.length; t++) {
    const tok = tokens[t] as Token;
    if (tok.start >= ev.end) break;
    hi = tok.clause;
  }
  return [Math.min(e.clause, hi), Math.max(e.clause, hi)];
}

export function statedAgrees(note: CaseNote, a: NoteAnalysis, party: Party | null, claimed: boolean): boolean {
  // A typed form (the page's drop-down or a "Contact Type:" line) says how the contact was made; its body then
  // only has to show that the participant took part ("Client reports …", "Contact With: Client").
  const formTyped = note.contactType !== null || a.events.some((e) => e.declared);
  const want = (s: StatedContact) => (party === 'participant' ? s.counterpart === 'participant' : true);
  // A claim with results ("Monthly contact – phone. Results: …") or a form's label has no sentence of its own to share.
  let anywhere = claimed;
  // The sentences each connected event covers, or (the event a form's label) any sentence at all.
  const spans: [number, number][] = [];
  if (!claimed) {
    for (const e of a.events) {
      if (!e.successful) continue;
      if (party === 'participant' && (e.party ?? 'participant') !== 'participant') continue;
      if (e.declared) anywhere = true;
      spans.push(clauses(a.tokens, e));
    }
    if (!anywhere && spans.length === 0) return false;
  }
  // (Or a statement ending in the sentence right before the event's, which the reader's event goes on from: "Telephone
  // contact was made with the customer. The customer advised …".)
  const agrees = (s: StatedContact) => want(s) && (anywhere || spans.some(([lo, hi]) => s.clauseFrom <= hi && s.clauseTo >= lo - 1));
  // One statement that agrees is enough: the reader stops there, and never reads past the last sentence an event covers.
  const lastClause = anywhere ? Infinity : Math.max(...spans.map(([, hi]) => hi));
  return statedContacts(note.text, a.tokens, formTyped, agrees, lastClause).some(agrees);
}
