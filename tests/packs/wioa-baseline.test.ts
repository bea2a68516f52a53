import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { extendPack } from '../../lib/policy/schema';
import { packFor } from '../../lib/pack-for';
import { checkNote, RULE_IDS } from '../../lib/rules';
import { scheduleRulesFor } from '../../lib/caseload/schedule-rules';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const baseline = PACKS['wioa-baseline'];
const check = (text: string, contactType: 'telephone' | 'in-person' | null = null) =>
  checkNote({ text, contactType, hasDateField: true }, { pack: baseline, today: '2026-11-25' });
const rules = (text: string, contactType: 'telephone' | 'in-person' | null = null) => check(text, contactType).findings.map((f) => f.rule);

describe('the WIOA baseline pack', () => {
  it('checks contact type, attempts, replies, progress, next step and PII, citing itself as a starting point', () => {
    expect(rules('Called customer, no answer, LM.')).toContain('unsuccessful-attempt');
    expect(rules('Spoke with customer about her training.')).toContain('contact-type-missing');
    expect(rules('Emailed customer the class schedule.')).toContain('response-pending');
    expect(rules('Office visit with customer; discussed her goals.', 'in-person')).toContain('progress-missing');
    expect(rules('Office visit with customer; she attends CNA class daily, grade B.', 'in-person')).toContain('next-step-missing');
    const pii = check('TC with customer, SSN 123-45-6789, attending class daily. Next contact in 30 days.', 'telephone');
    expect(pii.findings.find((f) => f.rule === 'pii-in-note')).toMatchObject({ severity: 'error', cite: expect.stringContaining('not a state policy') });
  });

  it("leaves one state's own clauses out: no justification, record review or late-entry findings", () => {
    const found = rules('TC with customer. Attending CNA classes, grade B. Next contact 12/15/2026.', 'telephone');
    expect(found).not.toContain('justification-missing');
    expect(found).not.toContain('mn-record-review');
    expect(found).not.toContain('mn-supporting-docs');
    expect(check('TC with customer. Attending CNA classes, grade B. Next contact 12/15/2026.', 'telephone').qualifies).toBe(true);
  });

  it('never lets a provider or an alternate contact stand in for the participant', () => {
    expect(check('TC with instructor at the college: customer attends daily, grade B, 120 of 400 hours. Next contact in 30 days.', 'telephone').qualifies).toBe(false);
  });

  it('is due every 90 days without a soft exit; the agency may set a stricter interval and switch checks', () => {
    expect(scheduleRulesFor(baseline, DEFAULT_SETTINGS)).toMatchObject({ kind: 'days', days: 90, softExit: false });
    expect(scheduleRulesFor(baseline, { ...DEFAULT_SETTINGS, intervalDays: 30 })).toMatchObject({ days: 90, localDays: 30 });
    expect(() => extendPack(baseline, { interval: { kind: 'days', days: 120, onMiss: 'overdue' } }, RULE_IDS)).toThrow(/looser/);
    const agency = packFor('vos', { ...DEFAULT_SETTINGS, pack: 'wioa-baseline', ruleOverrides: { 'next-step-missing': 'off', 'not-substantive': 'warning' } });
    expect(agency.rules['next-step-missing']).toBe('off');
    expect(agency.rules['not-substantive']).toBe('warning');
  });
});
