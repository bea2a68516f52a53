import { describe, expect, it } from 'vitest';
import { getPack, PACKS } from '../../lib/packs';
import { PackError, extendPack, parsePack } from '../../lib/policy/schema';
import { RULE_IDS, checkNote } from '../../lib/rules';

const mo = PACKS['mo-dwd-toolbox'];

describe('policy packs', () => {
  it('ships Missouri at 90 days with soft exit and Minnesota monthly', () => {
    expect(mo.interval).toEqual({ kind: 'days', days: 90, onMiss: 'soft-exit' });
    expect(PACKS['mn-wf1'].interval.kind).toBe('calendar-month');
    expect(getPack('nope')).toBeUndefined();
    expect(getPack('toString')).toBeUndefined();
  });

  it('extends a pack: stricter interval, rule re-graded and switched off, extra phrases', () => {
    const local = extendPack(
      mo,
      {
        id: 'mo-kc-local',
        interval: { kind: 'days', days: 30, onMiss: 'overdue' },
        rules: { 'next-step-missing': 'warning', 'justification-missing': 'off' },
        // "made": the phrase itself says a contact took place (a bare channel word does not).
        phrases: { 'mode:in-person': ['lobby check-in'], made: ['lobby check-in'] },
      },
      RULE_IDS,
    );
    expect(local.base).toBe('mo-dwd-toolbox');
    expect(local.phrases['justification']).toEqual(mo.phrases['justification']);
    const v = checkNote({ text: 'Lobby check-in w/ cust, attending classes, passed quiz.' }, { pack: local, today: '2025-06-01' });
    expect(v.contactType).toBe('in-person');
    expect(v.qualifies).toBe(true);
    expect(v.findings.find((f) => f.rule === 'next-step-missing')?.severity).toBe('warning');
    expect(v.findings.some((f) => f.rule === 'justification-missing')).toBe(false);
  });

  it('explains bad overrides clearly', () => {
    expect(() => extendPack(mo, { rules: { 'progres-missing': 'off' } }, RULE_IDS)).toThrow(/unknown rule id\(s\) progres-missing/);
    expect(() => extendPack(mo, { rules: { 'progress-missing': 'loud' } })).toThrow(PackError);
    expect(() => extendPack(mo, { interval: { kind: 'days', days: 120, onMiss: 'soft-exit' } })).toThrow(/looser/);
    expect(() => extendPack(mo, { colour: 'red' })).toThrow(/colour/);
    expect(() => extendPack(PACKS['mn-wf1'], { interval: { kind: 'days', days: 45, onMiss: 'overdue' } })).toThrow(/looser/);
    expect(extendPack(PACKS['mn-wf1'], { interval: { kind: 'days', days: 30, onMiss: 'overdue' } }).interval).toEqual({ kind: 'days', days: 30, onMiss: 'overdue' });
    expect(() => extendPack(mo, { phrases: { 'mode:fax': ['fax'] } })).toThrow(PackError);
    expect(() => parsePack({ id: 'x' })).toThrow(/invalid policy pack/);
  });
});
