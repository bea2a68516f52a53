/**
 * Who said it, when someone or something else is named first. A record named after a comma is the subject of the
 * speech that follows ("Sky (she/they, Toolbox says legal name) came in …": Toolbox says it, nobody talked), and a call
 * to someone else to set up a call with the participant is with them ("Called the facility to set up a call with
 * client - told inmates can only call out": the facility told). Both were read as the participant speaking to us.
 * The participant's own words after them still count. Both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a record or someone else told it', () => {
  doesNotCount([
    'St. Paul drop-in 2/2/26: Sky (she/they, Toolbox says legal name) came in for the clothing closet - picked out interview clothes. The closet volunteer helped; I was in a meeting.',
    'Drop-in 3/3: Jay (he/him, WF1 says legal name) came in for the food shelf. The volunteer helped him; I was in a meeting.',
    'Called the facility 3/25 to set up a call with client - told inmates can only call out. Left msg w/ unit officer for client to call the WFC.',
    'Called the facility 4/2 to arrange a meeting with cust - told she checked out last week.',
    'Phoned the school 5/5 to set up a visit with youth - informed he is suspended until 5/12.',
  ]);
});

describe('still counts: the participant speaking', () => {
  counts([
    ['Sky (she/they, Toolbox says legal name) and I met 2/3, 30 min: week 2 of pharmacy tech, quiz 88. Next OV 3/3.', 'in-person'],
    ['Called the facility 3/25 to set up a call with client. Client called me 3/27: passed GED math 3/26, release 4/10. F/u 4/15.', 'telephone'],
    ['TC w/ client 3/4 - told me she passed her CNA exam and starts at Mercy 3/20. F/u 4/4.', 'telephone'],
  ]);
});
