/**
 * A note that is a log of several dated entries documents its latest contact that connected with the participant:
 * it counts, dated at that entry (reason.date, the span on its words), whatever attempts come after it; a log of
 * attempts only documents none. Our own logs, oldest first and newest first.
 */
import { describe, expect, it } from 'vitest';
import { inEachPack, verdict } from './both-packs';

describe('a multi-entry log', () => {
  it.each([
    ['Follow-up log:\n9/8 TC w/ cust - working at Polaris, 40 hrs\n10/6 TC w/ cust - still at Polaris, asked about a raise\n11/3 TC - NA, LM', '10/6', 'TC w/ cust - still'],
    ['11/17 Called cust, no answer.\n11/10 TC w/ cust - passed her CNA exam 11/7, starts at Mercy 12/8. Continue follow-up.\n11/3 Called cust, LM.', '11/10', 'TC w/ cust - passed'],
    ['Contact log\n10/2 Met with participant at the job center: 3 applications, interview at Menards 10/9.\n10/30 E-mailed participant re: interview, no reply.\n11/20 Called participant, VM full.', '10/2', 'Met with participant'],
  ] as const)('whose latest entry is an attempt still documents its contact, dated at that entry: %s', (text, date, words) => {
    inEachPack(text, (v, pack) => {
      expect(v.qualifies, `${pack}: ${v.reason?.message}`).toBe(true);
      expect(v.reason?.date).toBe(date);
      expect(text.slice(v.reason?.start ?? 0)).toMatch(new RegExp(`^${words.split(' ')[0]}`));
    });
  });

  it('dates the contact at the latest entry that connected, not at an earlier one', () => {
    const v = verdict('F/U log:\n9/8 TC w/ client - working, 40 hrs\n10/6 TC w/ client - same, 40 hrs\n11/3 TC w/ client - promoted to lead, $19/hr', 'mn-wf1');
    expect(v.qualifies).toBe(true);
    expect(v.reason?.date).toBe('11/3');
  });

  it.each([
    'Contact log\n11/3: called cust, NA\n11/10: called cust, LM\n11/17: called cust, no answer, VM full',
    'Outreach log:\n10/6 texted client re: monthly contact, no reply\n10/20 letter mailed\n11/3 home visit, no one home, left card',
    '11/17 TC - NA, LM\n11/10 TC w/ cust - NA\n11/3 TC w/ cust - disconnected',
  ])('of attempts only documents no contact: %s', (text) => {
    inEachPack(text, (v, pack) => expect(v.qualifies, pack).toBe(false));
  });
});
