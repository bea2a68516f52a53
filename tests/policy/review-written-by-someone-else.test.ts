/**
 * Review near-misses, written before reading the reader's change: a written message that is not the participant's
 * reply to us. Someone whose first name is not the participant's, in a note that names the participant, writes back;
 * the participant replies to someone else's text. None may count in either pack.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe("a reply from a first name that is not the participant's", () => {
  doesNotCount([
    'Client Deshawn. Jasmine texted back 11/30: got the job at Target.',
    'Cust Maria. Sky replied 2/6 to my text: started at Tyson.',
    'Participant: Kenji Sato. Jasmine texted back 11/30: got the job at Target, starts Mon.',
  ]);
});

describe("a reply to someone else's message", () => {
  doesNotCount(["Client replied 2/6 to her mom's text: started at Tyson.", "Sky replied 2/6 to her mom's text: started at Tyson."]);
});

describe('still counts: the participant by her own name, or replying to our message', () => {
  counts([
    ['Client Deshawn. Deshawn texted back 11/30: got the job at Target.', 'email'],
    ['Participant: Kenji Sato. Kenji texted back 11/30: got the job at Target, starts Mon.', 'email'],
    ['Client replied 2/6 to my text: started at Tyson, 40 hrs.', 'email'],
    ["Cust replied 2/6 to CM's e-mail: started at Tyson, 40 hrs.", 'email'],
  ]);
});
