/**
 * A call answered, or a door opened, and the talk put off to another time: "she answered, said she is at the store and
 * asked me to call Thurs", "he came to the door, said not today". Someone picked up, but nothing passed between them:
 * no contact (lib/text/event-checks.ts: putOffAfter). A contact still when they talked in earnest or told news before
 * putting the rest off. Our sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('answered, then put off', () => {
  doesNotCount([
    'Called youth 8/2 – he answered from the lake, "can you call later".',
    'Ppt picked up 4/3, in line at the DMV, asked for a call after lunch.',
    'Phone 2/10 - client answered in the pharmacy line, asked me to call Friday.',
    'Called cust 3/5, he answered, said he is driving a route and will call back tonight.',
    'Home visit 3/16: he opened the door, said not today, asked me to come back another day.',
    'TC 4/2: ppt picked up, said she is in class, asked me to try after 3.',
    'Called cust 4/4; he answered and asked if I could call back Monday.',
    'Called client 5/5 - she picked up but was at the doctor, said to call later this week.',
    'Called ppt 5/6, answered, said he would call me back after his shift. No call back.',
    'Called youth 7/7. Picked up, said "busy, text me". Texted 7/7, no reply.',
    'Client answered 8/8 but asked to reschedule the call to Friday.',
    "Called participant 9/9; she picked up and said she'd call me back in 10 minutes. Never did.",
  ]);
});

describe('talk or news first, then the rest put off: still a contact', () => {
  counts([
    ['Called client 3/5, she answered: she passed the CNA exam 3/1 and will call back tonight with her start date.', 'telephone'],
    ['Called cust 4/4; he answered and we talked 10 min: working 40 hrs at Tyson. He asked me to call back Monday about the CDL class.', 'telephone'],
    ['TC w/ ppt 4/2: she is in week 3 of phlebotomy, 95% attendance. Asked me to call after 3 next time.', 'telephone'],
    ['Called youth 6/30 - answered; he is working 20 hrs at the pool and saving for a car. Asked me to call tomorrow about the fall job.', 'telephone'],
    ['Home visit 3/16 - client talked with me 30 min: lost her job 3/13, wants to try pet care. Asked me to come back next week with listings.', 'in-person'],
    ['Called client 5/5 - she picked up, said she started at Hy-Vee 5/1, 32 hrs, and said to call later this week about childcare.', 'telephone'],
  ]);
});
