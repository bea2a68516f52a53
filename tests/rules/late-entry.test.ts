import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { extendPack } from '../../lib/policy/schema';
import { RULE_IDS } from '../../lib/rules';
import { ruleTester } from './rule-tester';
import { verdictFor } from './table';

const strict = extendPack(PACKS['mo-dwd-toolbox'], { rules: { 'late-entry': 'warning' }, lateEntryDays: 10 }, RULE_IDS);
const text = 'TC w/ cust, attending, cont ITA.';

ruleTester('late-entry', {
  valid: [
    { text: 'TC w/ cust, attending, cont ITA.', note: { contactDate: '2025-03-01', enteredDate: '2025-03-11' }, pack: strict },
    { text: 'TC w/ cust, attending, cont ITA.', pack: strict },
    { text: 'TC w/ cust, attending, cont ITA.', note: { contactDate: '2025-01-01', enteredDate: '2025-03-20' } },
  ],
  invalid: [
    {
      text: 'TC w/ cust, attending, cont ITA.',
      note: { contactDate: '2025-03-01', enteredDate: '2025-03-20' },
      pack: strict,
      errors: [{ message: 'Entered 19 days after the contact; notes are timely within 10 days.', severity: 'warning', span: null, fix: null }],
    },
    {
      text: 'TC w/ cust, attending, cont ITA.',
      note: { contactDate: '2025-03-01' },
      pack: strict,
      errors: [{ message: 'Entered 92 days after the contact; notes are timely within 10 days.', severity: 'warning', span: null, fix: null }],
    },
  ],
});

describe('late-entry message', () => {
  it('says how many days late the note was', () => {
    const v = verdictFor({ text, pack: strict, note: { contactDate: '2025-03-01', enteredDate: '2025-03-20' } }, 'mo-dwd-toolbox');
    expect(v.findings.find((f) => f.rule === 'late-entry')?.message).toContain('19 days');
  });
});
