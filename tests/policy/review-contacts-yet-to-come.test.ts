/**
 * Review near-misses: a meeting, call or visit that the note places later than its writing ('tomorrow', 'tonight',
 * 'later today', 'in an hour', 'next Tuesday', 'in two weeks', 'I'm meeting … this afternoon') has not happened yet.
 * It is a plan, not a contact, in either pack.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a contact placed later than the note', () => {
  doesNotCount([
    'Am meeting with client in person at 2 pm today to review CNA progress.',
    "I'm meeting with client in person this afternoon about her CNA class.",
    'In-person appt with client tomorrow at 10.',
    'Spoke with client by phone next Tuesday about her class.',
    'Office visit w/ client on Monday 3/9 (next week) re: CNA.',
    'Phone call with client in an hour re: CNA.',
    'Home visit with client tonight at 6.',
    'Phone call w/ client later today re: CNA.',
    'Face to face with client in two weeks.',
  ]);
});

describe('more contacts placed later than the note', () => {
  doesNotCount([
    "We're meeting with client later this week about her clinicals.",
    'Office visit with client this evening at 5.',
    'Zoom meeting with client tomorrow morning re: CNA.',
    'Phone appt w/ client in 2 days.',
    'Am calling client at 3 pm today to check on her class.',
    'TC w/ client in a couple of weeks re: her clinicals.',
    'Video call w/ cust next Thursday to go over the ISS.',
    'Meeting with participant at the job center tomorrow at 9 am re: resume.',
    "I'm seeing client at 4 pm today at the office re: CNA.",
    'Home visit w/ youth later today.',
    'Will meet with client in person 3/9 to review her CNA progress.',
    'I am calling client this afternoon about her FAFSA.',
  ]);
});

describe('still counts: a contact told with news, a next contact or a time of its own', () => {
  counts([
    ['Met with client in person 3/4; she will meet with her advisor tomorrow.', 'in-person'],
    ['TC w/ client 3/4; she is coming in Thursday to sign her ISS. Class 95%.', 'telephone'],
    ['Met with client this morning in person; she passed her CNA test.', 'in-person'],
    ['TC w/ client today at 2 pm; class going well, 95%.', 'telephone'],
    ['Met with client 3/4, appt in two weeks. Class 95%.', 'in-person'],
    ['Spoke with client by phone 3/4 for the first time in two weeks; she passed her CNA test.', 'telephone'],
    ['Met with client tonight at 6 at the library; she passed her CNA test.', 'in-person'],
    ['TC w/ client 3/4: her interview at Mercy is tomorrow at 10; class 95%.', 'telephone'],
    ['Met w/ client 3/4 re: her class next week; attendance 95%.', 'in-person'],
    ['Spoke with client by phone this afternoon; she starts at Hy-Vee next Monday, 30 hrs.', 'telephone'],
    ['Met with client in person today. Next meeting in two weeks. She passed her CNA test.', 'in-person'],
    ['I am meeting with client weekly; today she reported 95% attendance in CNA class.', 'in-person'],
  ]);
});
