/**
 * A call to the participant that someone else answered ("TC to cust, phone answered by her sister, cust at clinical.
 * Left msg w/ sister.", "Called cust, answered by her mom. Left msg.") reached someone else, not her: no contact, in
 * either pack. Words "answered by" about something else ("her questions were answered by her instructor") leave a real
 * contact alone.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a call someone else answered', () => {
  doesNotCount([
    '6/23/26 TC to cust, phone answered by her sister, cust at clinical. Left msg w/ sister.',
    'TC to cust 6/23, answered by her mom.',
    'TC to cust 6/23, answered by her mom, cust at work. Left msg.',
    'Called cust 6/23, answered by her mom. Left msg.',
    'TC cust 6/23; picked up by her boyfriend, said she is at work.',
    "Called client 6/23, answered by client's brother.",
    'Phone call to participant 6/23 - answered by his grandmother; he was asleep.',
    'TC 6/23: call answered by the roommate. Will try again.',
  ]);
});

describe('real contacts with "answered by" in them', () => {
  counts([
    ['Spoke with client by phone 6/23; her questions were answered by her instructor. Attending daily, 95%.', 'telephone'],
    ['Met with client in person 6/23: her FAFSA questions were answered by the aid office; she starts CNA 7/1.', 'in-person'],
  ]);
});
