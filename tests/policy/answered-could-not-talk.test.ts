/**
 * The participant answered and could not talk: too sick or too busy to talk, asked to be called next week, answered
 * from a class and hung up, said "call after" and the writer only said ok; a video visit that "could not be done"; a
 * contact only tentatively set. Nothing passed between them, so none counts in either pack. When they told news
 * before putting the rest off, it still counts. Our own sentences, written before the reader's change.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('answered, could not talk', () => {
  doesNotCount([
    '3/9 called Tanya - she picked up at the clinic, said she was too sick to talk, call next week.',
    'Phoned cust 4/2; she answered but was too busy to talk, said call me next wk.',
    '5/6 I call Hodan, she answer but say she is in the bus and hang up.',
    '6/1 I call Pao, he answer, he is at the hospital with his dad, he say call after. I say ok.',
    'Called client 7/7 at his cousin\'s; cousin put him on and he said "call me in a few days".',
  ]);
});

describe('a visit that could not be done, a tentative contact', () => {
  doesNotCount([
    'County jail 2/3 - video visit w/ Mr. Vang could not be done, he was at medical.',
    'Home visit w/ cust 3/3 could not be completed; the road was closed.',
    'Tentative OV 4/4 with participant.',
    'Tentatively set a TC w/ client for 5/5.',
  ]);
});

describe('news told before the talk was put off: still a contact', () => {
  counts([
    ['Called cust 4/2; she answered and said she passed the CNA exam 3/30 and starts at Mercy 4/15, call me next week about the schedule. Continue retention services.', 'telephone'],
  ]);
});
