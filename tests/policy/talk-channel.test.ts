/**
 * The channel named in words the event reader has no channel for (contact-type-missing's false errors):
 * "told me at the staff meeting", "on-site", "did not come to the intake", "on pt's machine", "VRS", "by e-mail",
 * "check-in sheet came back". Telling a case manager who wrote one of these to "say how the contact was made" is
 * wrong. The words only name the type of a note that does not count; they never make one count. A plan, a maybe
 * ("if he cannot come, by phone") or being somewhere with someone nobody met names nothing: the rule still asks.
 */
import { describe } from 'vitest';
import { refusedTyped, refusedUntyped } from './both-packs';

describe('where the writer was with someone', () => {
  refusedTyped([
    ['Waited in the shop 5/4 - cust did not come to the training room at his lunch break. Asked his lead to remind him.', 'in-person'],
    ['Client did not come to the 5/4 intake at the Duluth WFC.', 'in-person'],
    ['On-site 5/4: the line supervisor says cust moved to second shift.', 'in-person'],
    ['The job developer mentioned at the staff meeting 5/4 that cust got the Gerdau job. Need to confirm with cust.', 'in-person'],
    ['A neighbor at the 5/4 community supper said cust moved to Rochester.', 'in-person'],
  ]);
});

describe('the line it was on', () => {
  refusedTyped([
    ["Left a 3rd message on pt's machine 5/4 about the job fair.", 'telephone'],
    ['Teams 5/4: cust joined with camera off, froze and dropped after a few seconds. Never came back.', 'telephone'],
    ['Remote session 5/4 - cust accepted the screen share and left the room. Ended it after 10 min.', 'telephone'],
  ]);
});

describe('written: an e-mail, a note, a form that came back', () => {
  refusedTyped([
    ['Monthly check-in questions sent by e-mail 5/4: how is class going? Any grades? No reply.', 'email'],
    ["Check-in sheet came back 5/4, filled in by cust's mother: he is doing fine.", 'letter'],
    ['Left a note for cust with the HR window 5/4 asking her to stop by the training room.', 'letter'],
    ['Cust was typing for a minute 5/4, then nothing. Still no answer about her hours.', 'email'],
    ['Housing navigator forwarded 5/4: cust has a new cell number.', 'email'],
    ['Timesheets received in the mail 5/4 from the WEX site: 60 hrs in April.', 'letter'],
  ]);
});

describe('a plan, a maybe, or a visit nobody met: the rule still asks', () => {
  refusedUntyped([
    'Need to call cust about the exam result before 5/8.',
    'Site visit with cust planned 6/3 at the WEX site.',
    'Agenda for the 6/18 review at the job center. If he cannot keep it, we will talk by phone.',
  ]);
});
