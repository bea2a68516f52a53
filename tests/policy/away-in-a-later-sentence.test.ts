/**
 * The participant came in, and a later sentence of the same entry says our side was not there to meet them ("I was out
 * sick", "CM was in a training all afternoon"): nobody of ours talked with them, so it is no contact in either pack.
 * When we met them after all ("then we met for 30 min"), it still counts. Our own sentences, before the reader's change.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('came in; a later sentence says we were not there', () => {
  doesNotCount([
    'Youth came in 5/2 to use the computer lab. I was out sick; the lab aide helped him.',
    'Client walked in 6/6 for the food pantry list. CM was in a training all afternoon.',
    'Downtown drop-in 3/3: Jo came in for the clothing closet - picked out a coat. The closet volunteer helped; I was in a meeting.',
    'Participant came by 3/3 and picked out work boots from the donation room. The volunteer helped her. I was in a meeting.',
  ]);
});

describe('we met after all', () => {
  counts([
    ['Client came in 4/4. I was in a meeting until 2, then we met for 30 min: she passed her GED math test. Continue services; next OV 5/4.', 'in-person'],
  ]);
});
