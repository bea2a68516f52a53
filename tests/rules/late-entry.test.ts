import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { extendPack } from '../../lib/policy/schema';
import { RULE_IDS } from '../../lib/rules';
import { ruleTable, verdictFor } from './table';

const strict = extendPack(PACKS['mo-dwd-toolbox'], { rules: { 'late-entry': 'warning' }, lateEntryDays: 10 }, RULE_IDS);
const text = 'TC w/ cust, attending, cont ITA.';

ruleTable('late-entry', {
  flags: [
    { text, pack: strict, note: { contactDate: '2025-03-01', enteredDate: '2025-03-20' }, severity: 'warning' },
    { text, pack: strict, note: { contactDate: '2025-03-01' } },
  ],
  doesNotFlag: [
    { text, pack: strict, note: { contactDate: '2025-03-01', enteredDate: '2025-03-11' } },
    { text, pack: strict },
    { text, note: { contactDate: '2025-01-01', enteredDate: '2025-03-20' } },
  ],
});

describe('late-entry message', () => {
  it('says how many days late the note was', () => {
    const v = verdictFor({ text, pack: strict, note: { contactDate: '2025-03-01', enteredDate: '2025-03-20' } }, 'mo-dwd-toolbox');
    expect(v.findings.find((f) => f.rule === 'late-entry')?.message).toContain('19 days');
  });
});
