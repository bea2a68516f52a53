import { describe, expect, it } from 'vitest';
import { ruleTable, verdictFor } from './table';

ruleTable('third-party-insufficient', {
  flags: [
    { text: 'Spoke with instructor by phone, cust doing fine.', span: 'instructor', severity: 'error' },
    "Cust's mother called, said cust is sick.",
    'TC with school. Cust still enrolled.',
    "Spoke with cust's probation officer by phone, who said cust is compliant.",
    {
      text: "Called youth's school counselor 3/8. Counselor reports youth has 4 absences this month and is failing English.",
      pack: 'mn-wf1',
      severity: 'info',
    },
  ],
  doesNotFlag: [
    // The participant was there with the supervisor: a participant contact, not a provider-only one.
    {
      text: 'Worksite visit: met with participant and her supervisor at Goodwill. Participant working 20 hrs/wk, supervisor says she is doing well. WEX continues.',
      pack: 'mn-wf1',
    },
    'TC w/ instructor who reports cust is attending daily, has 96% attendance and passed module 2 with a B. Continue ITA.',
    "TC w/ cust's spouse. Spouse reports cust is attending all classes, just passed his welding certification test and has 2 weeks left.",
    'TC w/ cust, attending classes.',
    'Called WEX supervisor, no answer, LM.',
  ],
});

describe('third-party contacts and qualifies', () => {
  it('a detailed provider contact qualifies in Missouri but not in Minnesota', () => {
    const text = 'TC w/ instructor who reports cust is attending daily, has 96% attendance and passed module 2 with a B. Continue ITA.';
    expect(verdictFor({ text }, 'mo-dwd-toolbox')).toMatchObject({ party: 'provider', qualifies: true });
    expect(verdictFor({ text }, 'mn-wf1')).toMatchObject({ party: 'provider', qualifies: false });
  });
});
