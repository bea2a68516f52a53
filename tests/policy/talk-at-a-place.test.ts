/**
 * A conversation told with where it happened ("Talked w/ client at the hall", "we talked 15 min in the café",
 * "Spoke with client in the lobby") was face to face: the talk names no channel, the place says in person. A
 * channel named in the sentence ("by phone") still wins, and someone else's talk, a plan, a denial, a try, a
 * question or a talk with someone else do not count. Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a talk at a place is in person', () => {
  counts([
    ['Talked w/ client at the hall 4/7. He passed the CDL permit test and starts driving 4/20.', 'in-person'],
    ['Spoke w/ cust at the Leidos table 5/6, 10 min. He interviewed on the spot, 2nd interview 5/12.', 'in-person'],
    ['Caught cust at the sale barn 3/9; we talked 15 min in the café. FAFSA approved, starts diesel tech 8/24.', 'in-person'],
    ['Spoke with client in the lobby 3/4: she passed her CNA skills test.', 'in-person'],
    ['Talked with participant on the church steps 3/25: laid off 3/20, wants the CDL class.', 'in-person'],
    ['Talked with client at 3:15 by phone: she passed the permit test.', 'telephone'],
  ]);
});

describe('near-misses: someone else, planned, denied, tried, asked', () => {
  doesNotCount([
    'Client says she talked with her instructor at the college about her grades.',
    'Will talk with client at the job fair 5/2.',
    'Did not talk with client at the hall; she left early.',
    'Tried to talk with client at the hall 4/7 but she left before the meeting ended.',
    'Talked with the group at the orientation 4/7 about WIOA services.',
    'Talked with client at the hall?',
    'Talked with her supervisor at the plant 4/7 about the schedule.',
    "May have talked to cust at the job fair 3/20; there were a lot of people and I'm not certain it was him.",
    'May have talked to client by phone 3/20, he passed the CDL test.',
  ]);
});
