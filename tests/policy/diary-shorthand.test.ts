/**
 * Shorthand from claims-adjuster-style diaries (real contacts the reader used to miss): "s/w cust" is "spoke with
 * cust", "r/c" is "returned call" ("Cust r/c 0930, s/w cust."), "t/c" a telephone call as "TC" is. Written from the policies (MO §2, MN Letter 110: a
 * two-way telephone contact with the participant) before changing the reader. Spoken with someone else, a return call
 * still awaited, planned or denied does not count. Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('s/w, r/c and t/c', () => {
  counts([
    ['03/13/26 — s/w cust via t/c 0810. Cust reports 2F plate test passed, instructor moving him to pipe 4/1.', 'telephone'],
    ['Outcome: cust r/c 0930, s/w cust. Completed modules 4-6 of the online medical coding cert, quiz avg 91%.', 'telephone'],
    ['04/08/26 — Cust r/c from card left 4/6. Passed CNA state skills exam 4/2, written exam sched 4/18.', 'telephone'],
    ['t/c to participant. Outcome: s/w participant 10 min. Missed 4 days, instructors gave extensions, on track to finish sem.', 'telephone'],
  ]);
  doesNotCount([
    's/w her mother 3/4; cust at work. Mother says she passed the CNA test.',
    't/c to OTC welding instructor re: cust. Outcome: s/w instructor.',
    'Left VM 3/4, awaiting r/c.',
    'No r/c from cust as of 3/6.',
    'Will s/w cust next week re: FAFSA.',
    'Did not s/w cust; VM full.',
    'Cust has not r/c.',
    'r/c requested 3/4.',
    't/c to cust cell 3/4, NA, LM.',
    't/c w/ cust scheduled 3/6.',
    'CONTACT ATTEMPT #2 — t/c to cust. Outcome: no answer, VM full.',
  ]);
});
