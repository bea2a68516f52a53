/**
 * Two near-misses of someone "coming to us" that are no exchange with the participant:
 * - a relative named, with who they are in brackets, dropping by: "Ana (cust's sister-in-law) dropped by 4/4, said cust
 *   started at Tyson" is the sister-in-law's visit (a hyphen inside "sister-in-law" is no label's dash);
 * - a picture sent with no words: "Youth texted a screenshot of his schedule 8/3. No message." carries no reply.
 * Our sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a relative, named with who they are, drops by', () => {
  doesNotCount([
    'Rosa (client\'s aunt, lives with her) stopped by 2/9 to say client is in the hospital.',
    'Deshawn (participant\'s step-brother) came in 3/3 to drop off his pay stubs; client is working nights.',
    "Ana (cust's sister-in-law) dropped by 4/4, said cust started at Tyson.",
    "Jim (youth's foster dad) walked in 5/5 with the signed permission slip.",
  ]);
});

describe('a picture with no message', () => {
  doesNotCount([
    'Participant texted a picture of her pay stub 6/2. No message.',
    'Cust sent a photo of his CDL permit by text 7/1 ($0 fee paid, passed). No message.',
    'Youth texted a screenshot of his schedule 8/3 (30 hrs). No message.',
    'Client texted a photo of her acceptance letter 9/12 (Mayo, unit clerk, $19/hr). No message.',
  ]);
});

describe('still contacts', () => {
  counts([
    ['Rosa (client) stopped by 2/9 and we talked: she passed her GED math test and starts the HiSET prep.', 'in-person'],
    ['Client texted a photo of her pay stub 6/2 with "first check!! 32 hrs".', 'email'],
  ]);
});

describe('"no message" about something else, in a real contact', () => {
  counts([
    ['Met w/ client 3/4 in office: attending CNA class 3x/week. No message for her PO. Next appt 4/4.', 'in-person'],
    ['Client texted 3/4: "passed the CNA skills test, starting at Mercy 3/10". No message since.', 'email'],
  ]);
});
