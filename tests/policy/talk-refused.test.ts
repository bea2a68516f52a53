/**
 * A contact named, then taken back in its own sentence: the phrase says a contact took place ("TC w/ client", "OV",
 * "Talked w/ client at the library") and the rest of the sentence says it did not happen, failed, was only a message
 * left with someone, or that the participant did not talk or put the talk off ("her sister did the talking, client
 * would not speak", "picked up, said she was driving, call back Friday"). The event reader itself now reads these as
 * no exchange (lib/text/event-checks.ts: madeTakenBack, talkRefusedAfter), not only the second key. Real contacts
 * whose talk comes after the put-off, or whose colon says what was talked about, still count. Our sentences, both packs.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../lib/text/analyze';
import { counts, doesNotCount } from './both-packs';

const NOT_TALKED = [
  'Talked w/ client at the library 5/12 (her sister did the talking, client would not speak).',
  'Talked w/ client at Walmart 5/12 where she works; she waved, no time to talk.',
  'Spoke with participant outside the courthouse 6/2; he refused to talk about work.',
  'Called client 3/4, she picked up, said she was driving, call back Friday.',
  'Called cust 3/4, picked up, said wrong time, call tomorrow.',
  'Called youth 5/5. He picked up and said "can\'t talk now", call later. Did not call back.',
  'Reached client by phone 4/9; he hung up when I said who I was.',
  'Caught participant in the hallway at the Job Center 2/14, she was rushing to her bus and did not want to talk.',
  'Called cust 7/7, she answered but said it was a bad time; will try Monday.',
];
const TAKEN_BACK = [
  'TC w/ client – message left with his wife.',
  'TC w/ client - msg left w/ roommate 3/4.',
  'OV w/ cust 3/4 – postponed, she had a court date.',
  'TC w/ client (unsuccessful).',
  'TC w/ Jose 4/20 - postponed.',
  'Office visit 3/4 - no conversation took place.',
  'Home visit 3/4, no conversation.',
  'Met w/ client 3/4 at the library - rescheduled to 3/11.',
  'TC w/ participant 9/9 – phone off.',
  'Zoom w/ youth 5/2 cancelled, no internet at home.',
  'TC w/ client to be scheduled.',
  'TC w/ client pending.',
  'Cust came in 3/4 but left before CM was available.',
  'OV w/ youth 3/4 – he came but left before I was free.',
  'OV w/ cust 6/6 – requested, no date yet.',
];

describe('the talk named, then refused or put off', () => {
  doesNotCount(NOT_TALKED);
});

describe('a contact named, then taken back in its own sentence', () => {
  doesNotCount(TAKEN_BACK);
});

describe('the reader itself finds no exchange in them', () => {
  it.each([...NOT_TALKED, ...TAKEN_BACK])('%s', (text) => {
    expect(analyzeText(text).events.filter((e) => e.successful).map((e) => text.slice(e.start, e.end))).toEqual([]);
  });
});

describe('still contacts: the talk after the put-off, what was said after a colon', () => {
  counts([
    ['Called client 3/4, she was driving and could not talk. She called me back at 5:30 and we talked: she passed the CNA exam.', 'telephone'],
    ['TC w/ client 3/4: her class was cancelled for snow, she is studying at home and tests 3/20.', 'telephone'],
    ['Talked w/ client at the library 5/12. She finished her resume and applied at Target.', 'in-person'],
    ['Spoke with cust by phone 6/1; his class was postponed to 6/15, he is working 30 hrs at Casey\'s meanwhile.', 'telephone'],
    ['OV w/ client 3/4. She reported her interview at Mercy was rescheduled to 3/9; we practiced questions.', 'in-person'],
    ['Client came in 3/4 and we met 20 min: she starts at Mercy 3/9. She left before I could print her resume.', 'in-person'],
  ]);
});
