import { describe, expect, it } from 'vitest';
import { ruleTester } from './rule-tester';
import { verdictFor } from './table';

ruleTester('third-party-insufficient', {
  valid: [
    // The participant was there with the supervisor: a participant contact, not a provider-only one.
    { text: 'Worksite visit: met with participant and her supervisor at Goodwill. Participant working 20 hrs/wk, supervisor says she is doing well. WEX continues.', pack: 'mn-wf1' },
    'TC w/ instructor who reports cust is attending daily, has 96% attendance and passed module 2 with a B. Continue ITA.',
    "TC w/ cust's spouse. Spouse reports cust is attending all classes, just passed his welding certification test and has 2 weeks left.",
    'TC w/ cust, attending classes.',
    'Called WEX supervisor, no answer, LM.',
  ],
  invalid: [
    {
      text: 'Spoke with instructor by phone, cust doing fine.',
      errors: [{ severity: 'error', span: 'instructor', fix: { kind: 'use-template', templateId: 'provider' } }],
    },
    // MO §2.2: a provider contact must also justify continuing; progress alone is not enough.
    {
      text: 'Site visit 6/3 to Ozark Auto: owner reports cust worked 38 hrs last week and passed the forklift test.',
      errors: [{ severity: 'error', span: 'owner', fix: { kind: 'use-template', templateId: 'provider' } }],
    },
    {
      text: "Cust's mother called, said cust is sick.",
      errors: [{ severity: 'error', span: 'mother', fix: { kind: 'use-template', templateId: 'alternate' } }],
    },
    {
      text: 'TC with school. Cust still enrolled.',
      errors: [{ severity: 'error', span: 'school', fix: { kind: 'use-template', templateId: 'provider' } }],
    },
    {
      text: "Spoke with cust's probation officer by phone, who said cust is compliant.",
      errors: [{ message: 'This contact was with someone other than the participant or a provider; it does not count as a case management contact with the customer.', severity: 'error', span: 'probation officer', fix: null }],
    },
    {
      text: "Called youth's school counselor 3/8. Counselor reports youth has 4 absences this month and is failing English.",
      pack: 'mn-wf1',
      errors: [{ message: 'Good to record this contact with the training or activity provider, but it does not replace the monthly contact with the participant.', severity: 'info', span: 'school counselor', fix: null }],
    },
  ],
});

describe('third-party contacts and qualifies', () => {
  it('a detailed provider contact qualifies in Missouri but not in Minnesota', () => {
    const text = 'TC w/ instructor who reports cust is attending daily, has 96% attendance and passed module 2 with a B. Continue ITA.';
    expect(verdictFor({ text }, 'mo-dwd-toolbox')).toMatchObject({ party: 'provider', qualifies: true });
    expect(verdictFor({ text }, 'mn-wf1')).toMatchObject({ party: 'provider', qualifies: false });
  });

  it('a provider contact with progress but no reason to continue does not qualify in Missouri (§2.2)', () => {
    const text = 'Site visit 6/3 to Ozark Auto: owner reports cust worked 38 hrs last week and passed the forklift test.';
    expect(verdictFor({ text }, 'mo-dwd-toolbox')).toMatchObject({ party: 'provider', qualifies: false });
    expect(verdictFor({ text: `${text} OJT continues through 8/1.` }, 'mo-dwd-toolbox')).toMatchObject({ party: 'provider', qualifies: true });
  });
});
