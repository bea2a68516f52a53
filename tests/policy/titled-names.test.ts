/**
 * A person named by a title and a surname ("Mr. Ortiz", "Ms. Alvarez", "Bro. Kowalski", "Sis. Lee" as union members
 * call each other): the title's period does not end the sentence, and "Bro."/"Sis." before a capitalised surname is a
 * title, not a brother or sister. So a contact with them reads as a contact with a named person, the participant
 * unless shown to be someone else, on both keys. Someone else's titled name (their role, a possessive), attempts,
 * plans, denials and reported speech still do not count. Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a titled name as the participant', () => {
  counts([
    ['TC w/ Bro. Kowalski 4/20 - passed the CDL road test 4/17, interview w/ Prime Inc. 4/23.', 'telephone'],
    ['Bro. Nelson e-mailed back 3/20: working 60 hr weeks through 4/30, still wants the welding diploma in fall.', 'email'],
    ['Spoke with Mr. Ortiz by phone 3/14. He starts the CDL course 3/30.', 'telephone'],
    ['Sis. Lee replied to my e-mail 3/25: "Range going good, road test 4/17."', 'email'],
    ['Sis. Halvorson called me 4/14 and we talked: CNA class starts 5/4, registration done.', 'telephone'],
    ['Talked w/ Sis. Moore by phone 3/31 about her welding class: 2 of 4 plate tests passed.', 'telephone'],
  ]);
});

describe('near-misses: someone else, attempts, plans, denials, reported speech', () => {
  doesNotCount([
    "TC w/ Bro. Kowalski's wife 4/20 - he is on the road until Friday.",
    'Called Mr. Ortiz 3/14, no answer, LM.',
    'Will meet with Ms. Alvarez 5/2 to review her hours.',
    'Bro. Kowalski did not call back.',
    'Mr. Ortiz said he spoke with his instructor by phone about the test.',
    'Dr. Patel (her physician) called 3/3 to say she cannot work until May.',
    'Sis. Lee texted 3/25.',
    'Ms. Dunn (HR at Boeing) returned my call 3/4 about the opening.',
    'Phone w/ Mr. Ortiz scheduled for 3/14.',
    'OV w/ Ms. Lee next week.',
    'Monthly hall meeting 3/5, members signed in (incl. Sis. Halvorson, Bro. Lindquist). Went over the TAA petition and benefits.',
    'Instructor Ms. Kline e-mailed 2/28: she attended 14 of 16 sessions.',
  ]);
});
