/**
 * A label that lists contacts already made ("Contact history:", "History of contact —", "Past contacts:") tells what
 * earlier notes documented, not this note's contact: its line and the dated lines under it are history, up to a blank
 * line or the line that starts this entry ("Today: …"). This note's own contact after that still counts. Both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a list of past contacts under its label', () => {
  doesNotCount([
    'Contact history: 1/5 TC w/ client; 2/4 OV; 3/2 TC - client reports working.',
    'History of contact — 1/3 office visit with customer; 2/3 phone call with customer. Case reviewed 3/3.',
    'Contact History:\n1/12 OV w/ client - resume\n2/10 TC w/ client - applied at Target\nToday: file reviewed for quarterly.',
    'Past contacts:\n1/8 met with youth at school, passed algebra\n2/9 TC w/ youth, working at Culver\'s\n\nNo contact yet this month; letter mailed 3/2.',
    '** Contact history ** 12/1 spoke w/ ppt by phone (started at Amazon). 1/4 ppt came in, 36 hrs/wk.',
    'Contact history: 12/1 TC w/ ppt.\n1/4 ppt came in, 36 hrs/wk, started at Amazon.',
    'Contact history: 12/1 TC w/ ppt.\n- 1/4 OV w/ ppt, 36 hrs/wk at Amazon.',
  ]);
});

describe("this entry's own contact after the list still counts", () => {
  counts([
    ['Contact history:\n1/12 OV w/ client - resume\n2/10 TC w/ client - applied at Target\nToday: TC w/ client 3/4, she was hired at Target 3/1, 30 hrs.', 'telephone'],
    ['Past contacts: 1/8 OV, 2/9 TC.\n\nTC w/ youth 3/4: passed his driver\'s test, starts at Culver\'s 3/10.', 'telephone'],
    // A list written on the label's own line ends there: the next line that is not another dated or bulleted item is this entry.
    ['Contact history: 3/1 LM, 3/5 no answer.\nTC w/ client 3/10: she is attending CNA class 3x/week, passed quiz 2. Next contact 4/10.', 'telephone'],
  ]);
});
