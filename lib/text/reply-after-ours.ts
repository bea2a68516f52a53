/**
 * A written reply with no sender named, right after our own message to the participant: "Texted her 3/4 asking about
 * class. Replied she passed her CNA skills test.", "E-mailed re: FAFSA; wrote back the same day that it's submitted".
 * A sentence with no subject is otherwise the writer's own act (events.ts: "Returned call 5/6, LM"); here our message
 * went out to her and nothing came back yet, so the one replying is her, and what follows is her news told in the
 * third person ("she passed", "that it's submitted"). Not when the message before was someone else's or went to
 * someone else ("Texted her mom …"), nor a reply to someone else ("Replied to her instructor …"), nor words that are
 * the writer's ("Replied that I would call Monday") (tests/policy/replies-after-ours.test.ts).
 */
import type { Match } from './matcher';
import type { Token } from './tokenize';
import { isWrittenChannel, type ContactEvent } from './event-types';

const REPLY = new Set(['replied', 'responded', 'wrote back', 'emailed back', 'e mailed back', 'texted back', 'replied back']);
/** Words of when between the reply and her news ("Replied 3/5", "wrote back the same day", "responded later that day"). */
const WHEN = new Set(['the', 'same', 'day', 'on', 'later', 'today', 'tonight', 'this', 'morning', 'afternoon', 'evening', 'within', 'an', 'hour', 'right', 'away', 'quickly']);
/** Her news opens with her in the third person, or with "that" and anyone but the writer. */
const HER = new Set(['she', 'he', 'they', 'that']);
const WRITER = new Set(['i', 'we', 'cm', 'writer', 'me']);
const NOT_HERS = new Set(['party:provider', 'party:alternate', 'party:other']);
/** What she is told to do or may do ("Replied 3/5 that she needs to bring her pay stubs", "that she is welcome to come
 * in", "that she can start Monday if …"): the writer's answer to her, not her news. */
const TOLD = new Set(['need', 'needs', 'must', 'should', 'has', 'have', 'can', 'could', 'may', 'might', 'will', 'would', 'shall', 'welcome', 'ought', 'required', 'expected', 'allowed', 'please']);

/** The reply `m` opening its sentence is the participant's answer to our message `cur`. */
export function replyAfterOurs(tokens: Token[], matches: Match[], m: Match, cur: ContactEvent | null): boolean {
  if (!REPLY.has(m.phrase) || cur === null || !isWrittenChannel(cur.channel) || m.clause - cur.clause > 1 || m.clause === cur.clause) return false;
  if ((cur.target !== null && cur.target !== 'participant') || cur.fromThem || cur.incoming || cur.response || cur.success || cur.attempts.length > 0) return false;
  // (Ours: nobody its subject, "Client texted 3/4 …" is hers. And it went to her: nobody else named in its sentence,
  // "Texted her mom", "E-mailed her instructor".)
  const before = (q: Match) => q.tokEnd <= cur.tokStart && q.tags.some((t) => t.startsWith('party:') || t === 'pronoun');
  if (matches.some((q) => q.clause === cur.clause && (before(q) || q.tags.some((t) => NOT_HERS.has(t))))) return false;
  let k = m.tokEnd;
  while (tokens[k]?.clause === m.clause && ((tokens[k] as Token).numeric || WHEN.has((tokens[k] as Token).text))) k++;
  const w = tokens[k];
  if (!w || w.clause !== m.clause || !HER.has(w.text)) return false;
  if (w.text === 'that' && WRITER.has(tokens[k + 1]?.text ?? '')) return false;
  if (tokens.slice(k + 1, k + 4).some((t) => t.clause === m.clause && TOLD.has(t.text))) return false;
  return tokens[k + 1]?.clause === m.clause;
}
