/**
 * Wrong "counts" found in new voices of note writing (call-centre dispositions, SOAP/DAP headings, adult education,
 * disability navigators), each written here in our own words: someone other than the participant answered, a
 * no-show worded as not reporting for the visit, a state that says they were away.
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';

const verdict = (text: string) => checkNote({ text }, { pack: PACKS['mn-wf1'], today: '2026-11-25' });

describe('does not count', () => {
  it.each([
    // Someone else answered the participant's phone.
    'Called client 10/5 for the monthly contact; a classmate answered her phone and said she was in an exam. Asked for a call back.',
    'Called client 10/6; his job coach answered and said client is doing great at the warehouse. Will call client tonight.',
    'Call result: WN - person who answered does not know the client. Flag the number for an update.',
    // A no-show worded as not reporting for the visit.
    'D: Client did not report for the 2:00 OV on 10/7 and did not call.\nP: Mail contact letter.',
    // A state that says the participant was not there answers nothing.
    'Went to the high school 10/8 for the monthly meeting with the youth; he was absent from school today. Left a note at the office.',
    'Went to the ALC 10/8 for the scheduled monthly meeting with the youth; he was absent today. Left a note with the front office.',
  ])('%s', (text) => {
    expect(verdict(text).qualifies).toBe(false);
  });
});

describe('still counts', () => {
  it.each([
    'Called client 10/5. She is working 32 hrs at Digi-Key and passed her forklift test. ISS reviewed.',
  ])('%s', (text) => {
    expect(verdict(text).qualifies).toBe(true);
  });
});
