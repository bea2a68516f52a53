/**
 * A note that claims a contact with its results and no event of its own ("Monthly contact – phone. Results: …"):
 * the writer records a contact that took place, when nothing in the note tries, plans or names anyone else.
 */
import type { NoteAnalysis } from '../text/analyze';
import type { Match } from '../text/matcher';

const WANTED = new Set(['needed', 'need', 'needs', 'due', 'overdue', 'required', 'pending']);
const CLAIMS = new Set(['monthly contact', 'contact made', 'contact completed', 'case management contact', 'cm contact', 'made contact']);
export function claimedWithResults(a: NoteAnalysis): Match | undefined {
  if (a.progressEvidence === 0 || a.resultsOnlyPlan || a.attempts.length > 0 || a.pendingWritten !== null || a.placeholders.length > 0) return undefined;
  if (a.events.some((e) => e.outcome !== 'unclear') || a.mentioned.length > 0 || a.byTag('pointer').length > 0) return undefined;
  // (Nor with anyone else named in the note, whose contact the results could be: "Client's probation agent called …
  // Monthly contact with client still needed".)
  if (a.parties.some((p) => p.party !== 'participant' && !p.possessive)) return undefined;
  const claim = a.byTag('made').find((m) => CLAIMS.has(m.phrase));
  // "Monthly contact … still needed", "monthly contact due": a contact wanted, not one made.
  if (claim && a.tokens.some((t) => t.clause === claim.clause && t.start > claim.start && WANTED.has(t.text))) return undefined;
  return claim;
}
