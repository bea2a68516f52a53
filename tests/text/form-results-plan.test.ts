/**
 * Wrong "qualifies" found in review (notes written for the review, not from any corpus split): a form headed
 * "Monthly contact - phone." whose Results line holds only a plan ("customer will call back next week",
 * "scheduled appointment for 6/20"). The heading is the form's type label; a plan is not what a contact brought.
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';
import type { ContactType } from '../../lib/model';

const verdict = (text: string, contactType?: ContactType, pack: keyof typeof PACKS = 'mn-wf1') =>
  checkNote({ text, contactType }, { pack: PACKS[pack], today: '2026-11-25' });

describe('a contact form whose results are only a plan', () => {
  it.each([
    ['Monthly contact - phone. Results: customer will call back next week.', undefined],
    ['Monthly contact - phone. Results: customer will call back next week.', 'telephone'],
    ['Monthly contact: in person. Results: scheduled appointment for 6/20.', undefined],
    ['Monthly contact - in person. Results: customer will bring timesheet next visit.', undefined],
    ['Monthly contact: email\nResults: appointment set for 12/3.', 'email'],
    ['Contact made - phone. Results: will follow up next month.', undefined],
    ['Monthly contact - phone. Called customer 11/3, no answer, left VM.', undefined],
  ] as const)('%s (%s) does not count', (text, type) => {
    expect(verdict(text, type).qualifies).toBe(false);
  });
});

describe('a contact form whose results tell what it brought still counts', () => {
  it.each([
    ['Monthly contact - phone. Results: customer reports she is working 32 hrs/wk at Target. Next contact 12/5.', undefined],
    ['Monthly contact: in person. Results: participant came in, reviewed IEP, she completed 2 applications.', undefined],
    ['Monthly contact - phone. Results: customer passed her CNA exam; will call back next week with her start date.', 'telephone'],
    ['Monthly contact: in person\nResults: she is attending 4 days a week, 95%. Scheduled next appointment for 12/20.', undefined],
    ['Contact Type: Phone\nContact With: Client\nResults: No change.', undefined],
    ['Monthly Contact – Phone – 4/8: TC w/ client. Client reports 3 applications this week, interview at Target 4/12.', undefined],
  ] as const)('%s (%s) counts', (text, type) => {
    expect(verdict(text, type).qualifies).toBe(true);
  });
});
