import { describe, expect, it } from 'vitest';
import { ruleTester } from './rule-tester';
import { verdictFor } from './table';

ruleTester('unsuccessful-attempt', {
  valid: [
    // A message whose only failure is that no reply has come yet: response-pending's reminder, not a failed try.
    'Sent msg on the jail tablet 5/4: monthly check-in, asked how class is going. Shows "Delivered" 5/6, no reply.',
    'Canvas inbox msg sent to cust 5/4 about the missing lab reports. Shows read 5/5, no reply.',
    'The customer was advised via e-mail on 05/04/2026 to contact the registrar. No response has been received from the customer at this time.',
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
  invalid: [
    {
      text: 'Home visit 3/4, no one home. Left card on door.',
      errors: [{ severity: 'error', span: 'no one home', also: ['Left card'], fix: { kind: 'use-template', templateId: 'attempt' } }],
    },
    {
      text: 'Called cust, a man answered and said I had the wrong number.',
      errors: [{ severity: 'error', span: 'wrong number', fix: { kind: 'use-template', templateId: 'attempt' } }],
    },
    {
      text: 'Called participant, recording says not accepting calls at this time.',
      errors: [{ severity: 'error', span: 'recording', also: ['not accepting calls'], fix: { kind: 'use-template', templateId: 'attempt' } }],
    },
    {
      text: 'Called cust, no answer. LM.',
      errors: [{ severity: 'error', span: 'no answer', also: ['LM'], fix: { kind: 'use-template', templateId: 'attempt' } }],
    },
    {
      text: 'TC to cust - LM',
      errors: [{ severity: 'error', span: 'LM', fix: { kind: 'use-template', templateId: 'attempt' } }],
    },
    {
      text: 'Left voicemial for cust',
      errors: [{ severity: 'error', span: 'Left voicemial', fix: { kind: 'use-template', templateId: 'attempt' } }],
    },
    {
      text: 'TC - lft msg for cust',
      errors: [{ severity: 'error', span: 'lft msg', fix: { kind: 'use-template', templateId: 'attempt' } }],
    },
    {
      text: 'Number disconnected.',
      errors: [{ severity: 'error', span: 'Number disconnected', fix: { kind: 'use-template', templateId: 'attempt' } }],
    },
    {
      text: 'Cust was a no-show for OV 3/12.',
      errors: [{ severity: 'error', span: 'no-show', fix: { kind: 'use-template', templateId: 'attempt' } }],
    },
    {
      text: 'customer was not reached',
      errors: [{ severity: 'error', span: 'was not reached', fix: { kind: 'use-template', templateId: 'attempt' } }],
    },
    {
      text: 'Letter returned undeliverable.',
      errors: [{ severity: 'error', span: 'Letter returned', also: ['undeliverable'], fix: { kind: 'use-template', templateId: 'attempt' } }],
    },
    {
      text: 'LMOM',
      errors: [{ severity: 'error', span: 'LMOM', fix: { kind: 'use-template', templateId: 'attempt' } }],
    },
    {
      text: 'Cust did not come in for scheduled appt.',
      errors: [{ severity: 'error', span: 'did not come in', fix: { kind: 'use-template', templateId: 'attempt' } }],
    },
    {
      text: 'LM on 3/2; customer called back 3/3, discussed progress, attending classes. Cont ITA.',
      errors: [{ message: 'This note also records an attempt that did not connect; that is fine because a contact that did connect is documented too.', severity: 'info', span: 'LM', fix: null }],
    },
    {
      text: 'Called client, no answer.',
      pack: 'mn-wf1',
      errors: [{ severity: 'error', span: 'no answer', fix: { kind: 'use-template', templateId: 'attempt' } }],
    },
    {
      text: 'Attempted telephone contact: no answer, left a voicemail. This attempt is not a case management contact.',
      errors: [{ message: 'Recorded as an attempt: it does not count as a case management contact and does not reset the contact clock.', severity: 'info', span: 'no answer', also: ['left a voicemail'], fix: null }],
    },
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
