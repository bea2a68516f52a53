/**
 * Near-misses from review, written before reading the reader's change: each note says in its own words that no
 * two-way contact with us took place (the meeting did not happen or was moved, the call went dead, the participant
 * came for someone else's appointment or an event, or only ran an errand). None may count in either pack: a wrong
 * "qualifies" resets a due date for a contact that never was.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('the meeting did not take place', () => {
  doesNotCount([
    'The 3/4 meeting with client did not take place.',
    'Client came in on 3/4 but our meeting was moved to 3/6.',
    'Client came in 3/4, the office had lost power so we moved the meeting to 3/6.',
    'Client came in 3/4 at 10; the appointment was postponed because our system was down.',
    'Client arrived at the office 3/4 after hours; building locked.',
  ]);
});

describe('a call that went dead', () => {
  doesNotCount(['Client called 3/4 but the line went dead.']);
});

describe('someone else\'s appointment, an event, an errand', () => {
  doesNotCount([
    'Client came in 3/4 to bring her husband to his appointment with me.',
    'Client came in 3/4 to meet with the Adult Ed teacher about GED testing.',
    'Client came in 3/4 to see the Vets rep.',
    'Client came in 3/4 for orientation with Job Corps.',
    'Client came to the office 3/4 to meet with Wagner-Peyser staff.',
    'Client came in 3/4 to attend the resume workshop.',
    'Client came in 3/4 and used the computer lab.',
  ]);
});

describe('still counts: the participant came to see us, or moved on with her life', () => {
  counts([
    ['Client came in 3/4 to see me about her ITA; she starts CNA class 3/9.', 'in-person'],
    ['Client came in 3/4, she moved to a new apartment and starts at Boeing 3/9.', 'in-person'],
  ]);
});
