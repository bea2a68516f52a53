/**
 * The participant sending something back by mail or e-mail ("Client returned the signed agreement by mail 4/8 with
 * her hours log", "She mailed the form back") is their written reply, not a letter of ours going out. Mail returned
 * undeliverable, a form still to come back, or someone else's return is not. Our own sentences, both packs.
 */
import { describe, expect, it } from 'vitest';
import { counts, doesNotCount, verdict } from './both-packs';

describe("the participant's form or letter, sent back", () => {
  counts([
    ['Client returned the signed agreement by mail 4/8 with her hours log: 18 hrs, passed ServSafe 4/5.', 'letter'],
    ['Mailed the monthly form 4/1. Customer mailed the form back 4/9: attending every day, B average in welding.', 'letter'],
    ['Participant returned the progress questionnaire by e-mail 5/2: finished module 3, 91% average, externship starts 6/1.', 'email'],
  ]);
});

describe('near-misses: undeliverable, still to come, or not theirs', () => {
  doesNotCount([
    'Letter to client returned 4/8, undeliverable. Address not verified.',
    'Mailed the form to client 4/8; she will send it back by mail.',
    'Sent cust the questionnaire by mail 4/1. Returned to sender 4/20.',
    'Asked client to return the signed agreement by mail by 4/15.',
    'Client said she returned the enrollment form by mail to the college last week.',
  ]);
});

describe("the contact's day", () => {
  it('is the day it came back, not the day ours went out', () => {
    const r = verdict('Mailed the monthly form 4/1. Customer mailed the form back 4/9: attending every day, B average in welding.', 'mn-wf1').reason;
    expect(r?.date).toBe('4/9');
  });
});
