/**
 * The contact type of two voices the policies do not name. The packs know four types (in person, telephone, letter,
 * e-mail): a video meeting with the participant on camera or on the line is a real-time conversation at a distance,
 * recorded as telephone; a portal or secure message is written, like an e-mail, and counts only once the participant
 * writes back (lib/rules/README.md, "Contact types"). Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a video meeting is a telephone contact', () => {
  counts([
    ['Zoom video with cust 11/17; she passed her CNA skills check 11/15. Continue ITA.', 'telephone'],
    ['Monthly contact - Teams video 11/18. Client on camera from home, reports she is still attending LPN classes. Continue ITA.', 'telephone'],
    ['vid chat w/ client 11/19 (teams), cam off. still job searching, 4 apps this wk, 1 interview at Sanford.', 'telephone'],
  ]);
  doesNotCount([
    'Sent Zoom link to cust for an 11/17 video appt. Cust did not join.',
    'Teams meeting scheduled with client for 11/24.',
    'vid chat w/ client 11/19 dropped after a few seconds, could not reconnect. Will try tmrw.',
  ]);
});

describe('a portal or secure message is written, like an e-mail', () => {
  counts([
    ['Secure msg from client 11/20: "I got the job at Menards, start Monday, 32 hrs". Continue follow-up.', 'email'],
    ['Portal chat 11/21 w/ cust. Cust says she passed her forklift certification.', 'email'],
    ['msg exchange 11/22 via the portal, client says she started at Target 11/18, 25 hrs/wk.', 'email'],
  ]);
  doesNotCount([
    'Secure message sent to client 11/20 asking for her timesheet. No reply yet.',
    'Secure msg sent 11/9, resent 11/16. Both show Unread. Will try phone next wk.',
    'Portal message to cust 11/21 re: 90-day review.',
    'Client portal message 11/22: "can you call me?"',
  ]);
});
