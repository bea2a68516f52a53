/**
 * How the reader turns classes of language into contact events, and what the
 * verdict then says. Each table is one class of wording any agency's note may
 * use; the examples were written for these tests, not taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/policy';
import { checkNote } from '../../lib/rules';
import { analyzeText } from '../../lib/text';

const MO = PACKS['mo-dwd-toolbox'];
const verdict = (text: string, pack = MO) => checkNote({ text }, { pack, today: '2025-06-01' });

describe('trips and drop-ins', () => {
  it.each([
    'Call to participant 5/14 went to a recording: "this number is not accepting calls at this time."',
    'Customer went to the job fair at the civic center on 4/4.',
    'Participant drove to the testing center 3/3 for her CNA skills test.',
    'Customer stopped by the front desk to drop off her timesheet; I was in a meeting and did not see her.',
  ])('does not count a trip somewhere else, or a drop-in nobody met: %s', (text) => {
    expect(verdict(text).qualifies).toBe(false);
  });

  it('still counts a drop-in the writer met', () => {
    const v = verdict('Customer stopped by 4/4 and we went over her grades: B in Anatomy, A in Medical Terminology. Continue ITA.');
    expect(v.qualifies).toBe(true);
    expect(v.contactType).toBe('in-person');
  });

  it("reads a supervisor's meeting as the supervisor's, not the writer's absence", () => {
    const v = verdict('Met with customer at the WEX site 3/18. The site supervisor was in a meeting. She reports 60 hours in February and passed CPR. Continue WEX.');
    expect(v.qualifies).toBe(true);
  });
});

describe('phone tag, recordings and shorthand for calls', () => {
  it.each([
    ['ph cust, lvm. ph again 3/5 no ans.', 'telephone'],
    ['Customer was scheduled for an office appointment on 7/1 and did not show. No call.', 'in-person'],
    ['Tried client twice today, rang and rang, no voicemail box.', 'telephone'],
  ])('%s → an attempt by %s', (text, type) => {
    const v = verdict(text);
    expect(v.qualifies).toBe(false);
    expect(v.contactType).toBe(type);
    expect(v.reason?.outcome).toBe('attempt');
  });

  it.each([
    'We finally connected by phone on 3/8 after a week of missed calls. He has applied to six jobs and has an interview on 3/12. Continue services.',
    'Customer answered and we talked about his job search: five applications, one interview on 3/20. Continue job search services.',
    'cb from clt 5/5, rtn call, she is wrkng 30 hrs @ Cub, $16/hr. cont follow-up.',
  ])('counts a call that connected: %s', (text) => {
    const v = verdict(text);
    expect(v.qualifies).toBe(true);
    expect(v.contactType).toBe('telephone');
    expect(v.party).toBe('participant');
  });

  it('reads "$16/hr" as a wage, not as human resources', () => {
    expect(analyzeText('She is working 30 hrs at $16/hr.').parties).toEqual([]);
  });

  it.each([
    'Left message with the front desk at the shelter asking client to call me.',
    'Drove to the address on file 10/12. Neighbor said the family moved out last month.',
  ])('an attempt through someone else is still an attempt to reach the participant: %s', (text) => {
    const v = verdict(text);
    expect(v.qualifies).toBe(false);
    expect(v.party).toBe('participant');
  });
});

describe("someone else's tries, told in their speech", () => {
  it.each([
    "Cust's mother called CM 4/2. She said she tried calling the school but no one answered. She did not know how cust is doing.",
    'TC with youth\'s grandmother 5/17: she says youth tried calling the recruiter, no answer.',
  ])('are not the writer\'s unsuccessful attempt: %s', (text) => {
    const v = verdict(text);
    expect(v.findings.some((f) => f.rule === 'unsuccessful-attempt')).toBe(false);
    expect(v.reason?.outcome).toBe('connected');
  });
});

describe('plans', () => {
  it.each(['Plan: TC with customer 9/1 re: clinicals.', 'Plan - OV 8/14 to review ISS.'])('a labelled plan is not a contact: %s', (text) => {
    const v = verdict(text);
    expect(v.qualifies).toBe(false);
    expect(v.reason?.outcome).toBe('planned');
  });

  it('"the plan" as a topic does not make a contact a plan', () => {
    expect(verdict('TC w/ cust 3/3 to review the plan; she is attending daily and passed module 2. Continue ITA.').qualifies).toBe(true);
  });
});
