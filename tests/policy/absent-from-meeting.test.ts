/**
 * A meeting with someone else at which the participant's state is told and then that they did not attend ("…;
 * participant was at work and did not attend") is no answer of theirs: the meeting went on without them. Their own
 * news of missing something else ("did not attend class Monday") still is their side of a contact. Written before the
 * fix; the first refused row counted on the old code. Both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('the participant did not attend', () => {
  doesNotCount([
    'Transition meeting at Job Corps 3/4 with CTS staff; participant was at work and did not attend.',
    'IEP meeting 3/4 with school staff; youth was at practice and did not show up.',
  ]);
});

describe('still counts: their news of something else they missed', () => {
  counts([['TC w/ cust 3/4; she was sick and did not attend class Monday, back Wed.', 'telephone']]);
});
