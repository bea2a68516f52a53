import { describe, expect, it } from 'vitest';
import { ruleTable, verdictFor } from './table';

ruleTable('unsuccessful-attempt', {
  flags: [
    { text: 'Home visit 3/4, no one home. Left card on door.', span: 'no one home', severity: 'error' },
    { text: 'Called cust, a man answered and said I had the wrong number.', span: 'wrong number', severity: 'error' },
    { text: 'Called participant, recording says not accepting calls at this time.', severity: 'error' },
    { text: 'Called cust, no answer. LM.', span: 'no answer', severity: 'error' },
    { text: 'TC to cust - LM', span: 'LM', severity: 'error' },
    { text: 'Left voicemial for cust', span: 'Left voicemial', severity: 'error' },
    { text: 'TC - lft msg for cust', span: 'lft msg' },
    { text: 'Number disconnected.', span: 'Number disconnected' },
    { text: 'Cust was a no-show for OV 3/12.', span: 'no-show' },
    { text: 'customer was not reached', span: 'was not reached' },
    { text: 'Letter returned undeliverable.', span: 'Letter returned' },
    { text: 'LMOM', span: 'LMOM' },
    { text: 'Cust did not come in for scheduled appt.', severity: 'error' },
    { text: 'LM on 3/2; customer called back 3/3, discussed progress, attending classes. Cont ITA.', span: 'LM', severity: 'info' },
    { text: 'Called client, no answer.', pack: 'mn-wf1', severity: 'error' },
    { text: 'Attempted telephone contact: no answer, left a voicemail. This attempt is not a case management contact.', span: 'no answer', severity: 'info' },
  ],
  doesNotFlag: [
    // The participant's own unanswered calls to some office are their story, not our attempt.
    'TC w/ cust. Cust reports she called the school 3 times, no answer. Attending, grade B. Continue ITA.',
    'Spoke with cust by phone: "I keep calling financial aid and nobody picks up." Attending, grade B. Continue ITA.',
    // "NA" in a list of services means not applicable.
    'Services: ITA - NA, support svcs - NA. OV w/ cust, attending classes, grade B. Continue ITA.',
    // "not a no-show" is no no-show.
    'Cust was not a no-show; she came in 3/5 and reported she passed her CNA exam. Continue ITA.',
    'TC w/ cust, reports attending CNA classes M-F, grades B avg, cont ITA thru 6/30. Next TC 30 days.',
    'OV w/ cust, reviewed grades.',
    'Sent email to cust re: FAFSA. No response yet.',
    'Cust did not attend class 3/4 due to flu; TC w/ cust, will continue.',
    'Called cust at her new phone number, she is attending.',
  ],
});

describe('unsuccessful-attempt written up as an attempt', () => {
  it('stays an error when the note does not say it is only an attempt', () => {
    const v = verdictFor({ text: 'TC to cust, no answer. LM asking her to call back.' }, 'mo-dwd-toolbox');
    expect(v.findings.filter((f) => f.rule === 'unsuccessful-attempt').map((f) => f.severity)).toEqual(['error']);
  });

  it('is a reminder when the note says the attempt does not count, and still never qualifies', () => {
    const v = verdictFor({ text: 'TC to cust, no answer. LM asking her to call back. Does not count as a contact.' }, 'mo-dwd-toolbox');
    expect(v.qualifies).toBe(false);
    expect(v.findings.filter((f) => f.rule === 'unsuccessful-attempt').map((f) => f.severity)).toEqual(['info']);
  });
});

describe('unsuccessful-attempt with a later contact', () => {
  it('is never an error when a call-back is documented', () => {
    const v = verdictFor({ text: 'LM on 3/2; customer called back 3/3, discussed progress' }, 'mo-dwd-toolbox');
    expect(v.qualifies).toBe(true);
    expect(v.contactType).toBe('telephone');
    expect(v.findings.filter((f) => f.rule === 'unsuccessful-attempt').map((f) => f.severity)).toEqual(['info']);
  });
});

describe('unsuccessful-attempt points at every attempt in the note', () => {
  const phrases = (text: string) => {
    const f = verdictFor({ text }, 'mo-dwd-toolbox').findings.find((x) => x.rule === 'unsuccessful-attempt');
    if (!f || f.start === undefined || f.end === undefined) throw new Error('no finding with a span');
    return [{ start: f.start, end: f.end }, ...(f.also ?? [])].map((s) => text.slice(s.start, s.end));
  };

  it('underlines "no answer" and "LM" alike, first one first', () => {
    expect(phrases('Called customer about her CNA clinicals, no answer. LM asking her to call back.')).toEqual(['no answer', 'LM']);
  });

  it('adds nothing when there is one attempt', () => {
    const f = verdictFor({ text: 'TC to cust - LM' }, 'mo-dwd-toolbox').findings.find((x) => x.rule === 'unsuccessful-attempt');
    expect(f?.also).toBeUndefined();
  });
});
