/**
 * A call or visit whose own part of the note says that nobody talked ("Did not get to talk", "we never got to
 * speak"), that the participant did not come ("youth did not report."), or that is only the verdict "Negative
 * contact." had no meeting with us. Talk that was only short, or a language not spoken, is still talk. Written before
 * the fix; each refused row counted on the old code. Both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('nobody talked, or the participant did not come', () => {
  doesNotCount([
    'Called cust 3/4 - the line picked up, I heard music, said hello twice, then it went quiet. Did not get to talk.',
    'Called client 3/4, she picked up but it was a bad connection; we never got to speak.',
    'OV 3/4 0900 - youth did not report. Negative contact.',
  ]);
});

describe('still counts: short talk, or talk through an interpreter', () => {
  counts([
    ['Called client 3/4; she did not speak much but said she passed her CNA skills test.', 'telephone'],
    ['Met with client 3/4 with an interpreter since she does not speak English; she passed ESL level 3.', 'in-person'],
  ]);
});
