/**
 * Near-misses written before reading the reader: a capitalised name bound to a call that is not the participant. An
 * employer, a school or an office that called back or was called ("Goodwill called back 3/4, she is on the schedule",
 * "Phone with Walmart 12 min. She starts 3/9."), or a first name other than the one the note gives the participant
 * ("Client Kayla. Jenny called back, …"), is someone else telling of her: no contact with the participant (MO DWD 01-02
 * Change 1: a provider contact needs substantive progress, and none of these brings it; MN Letter 110 asks for the
 * participant's own contact). None may count in either pack; the participant's own call back still counts.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('another first name than the participant\'s calls back', () => {
  doesNotCount([
    'Client Kayla. Jenny called back, said she starts Monday.',
    'Cust: Marcus Hill. Tina called back 3/5, said he got the forklift job.',
    'Participant Rosa. Miguel returned my call 3/6 - she is at clinicals all week.',
    'Client Dana. Lisa called 4/2 and said Dana passed her exam.',
    'Customer Luis. Maria called back 3/9 and said he is sick.',
    'Client Tanya. Marcus called 3/4 - she got the job at Aldi.',
  ]);
});

describe('an employer, a school or an office calls back', () => {
  doesNotCount([
    'Goodwill called back 3/4, she is on the schedule.',
    'Amazon called back 3/4 - she got the job',
    'Probation called 3/4, he is in compliance.',
    'Walmart called back 3/4, he starts Monday on nights.',
    'Target returned my call 3/5: she is hired for seasonal.',
    'Hy-Vee called 3/6 - she completed orientation.',
    'Goodwill returned call 3/4, he finished the forklift class.',
    'Parole called back 3/7, he is reporting as required.',
    'Menards called me back 3/4. He starts Monday.',
    'Job Corps called back 3/4 - he is on track to graduate in May.',
  ]);
});

describe('a call with an employer or a school, not the participant', () => {
  doesNotCount([
    'Phone with Walmart 12 min. She starts 3/9.',
    'TC w/ Target 3/4 - discussed job search',
    'Call with Amazon 3/4, he starts Monday.',
    'Phone w/ Menards 3/5 10 min. He is on second shift.',
    'TC with Cargill 3/6: she passed her 30-day review.',
    'Spoke w/ Tyson 3/4 - she is working 40 hrs.',
    'Phone call with Goodwill 3/4 re: her placement.',
    'Zoom with Boeing 3/4 - discussed his start date.',
    'Phone 3/4 w/ Walgreens: she starts Friday.',
    'TC w/ Ranken 3/4 - he is attending.',
    'Phone with Express Employment 3/4, she got the assignment.',
    'Talked w/ Menards 3/4 - he is doing well.',
    'Phone with Walmart 3/4 12 min - discussed her hours.',
  ]);
});

describe('contacts beside them still count', () => {
  counts([
    ['Client Kayla. Kayla called back 3/4, said she starts Monday.', 'telephone'],
    ['Cust returned call 3/4, she got the job at Amazon.', 'telephone'],
    ['Called client 3/4, she said Walmart called her back and she starts Monday.', 'telephone'],
    ['TC w/ cust 3/4 - Goodwill called her back, she is on the schedule.', 'telephone'],
    ['Phone with client 12 min. She starts at Walmart 3/9.', 'telephone'],
    ['Met with Maria 3/4 about her hours at Hy-Vee.', 'in-person'],
    ['Phone with Jean-Robert 12 min. He is back in class.', 'telephone'],
    ['TC w/ Jose 3/4 - he started at Target, 32 hrs/wk.', 'telephone'],
    ['Participant Rosa. Rosa returned my call 3/6 - she is at clinicals all week.', 'telephone'],
    ['Customer Luis. Luis called back 3/9 and said he passed the forklift test.', 'telephone'],
    ['Tina called back 3/5, said she got the forklift job.', 'telephone'],
    ['Called client 12/1, she answered and said she started at Walmart 11/20.', 'telephone'],
  ]);
});
