/**
 * Review near-misses: a call answered by a stranger who says it is a wrong number is no contact with the participant,
 * also when an adjuster-style log tells it after 'Outcome:', in either pack.
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('a wrong number, told after an outcome label', () => {
  doesNotCount(['CONTACT ATTEMPT #3 — 03/02/26 — TC cust at # from 2/6 e-mail. Outcome: male answered, stated wrong number. # removed from file. Diary 3.']);
});
