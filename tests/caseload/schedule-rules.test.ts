import { describe, expect, it } from 'vitest';
import { rulesFor, scheduleRulesFor } from '../../lib/caseload/schedule-rules';
import { packFor } from '../../lib/pack-for';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

describe('due-date rules per system', () => {
  it('holds Toolbox to 90 days with a soft exit, and a stricter local interval wins the due date', () => {
    const s: Settings = { ...DEFAULT_SETTINGS, intervalDays: 60 };
    expect(scheduleRulesFor(packFor('toolbox', s), s)).toMatchObject({ kind: 'days', days: 90, localDays: 60, softExit: true });
  });

  it('keeps the pack\'s interval when the local one is longer: a local setting never loosens policy', () => {
    const s: Settings = { ...DEFAULT_SETTINGS, intervalDays: 120 };
    expect(scheduleRulesFor(packFor('toolbox', s), s)).not.toHaveProperty('localDays');
  });

  it('holds Workforce One to a contact every calendar month', () => {
    expect(scheduleRulesFor(packFor('workforce-one', DEFAULT_SETTINGS), DEFAULT_SETTINGS)).toMatchObject({ kind: 'calendar-month' });
  });

  it('turns the monthly rule into a rolling window when the local area sets one of four weeks or less', () => {
    const s: Settings = { ...DEFAULT_SETTINGS, intervalDays: 21 };
    expect(scheduleRulesFor(packFor('workforce-one', s), s)).toMatchObject({ kind: 'rolling-days', days: 21 });
  });

  it('carries the "due soon" window from the settings', () => {
    const s: Settings = { ...DEFAULT_SETTINGS, dueSoonDays: 5 };
    expect(scheduleRulesFor(packFor('toolbox', s), s).dueSoonDays).toBe(5);
  });

  it('ignores an override for a rule that does not exist instead of turning checking off', () => {
    const s: Settings = { ...DEFAULT_SETTINGS, ruleOverrides: { 'no-such-rule': 'off', 'progress-missing': 'off' } };
    expect(packFor('toolbox', s).rules['progress-missing']).toBe('off');
  });

  it("gives each system its own pack's rules, MoJobs Missouri's by its origin whatever Options names", () => {
    const rules = rulesFor({ ...DEFAULT_SETTINGS, pack: 'mn-wf1' });
    expect(rules('toolbox')).toMatchObject({ kind: 'days', days: 90, softExit: true });
    expect(rules('vos', 'https://app-jobs.mo.gov/vosnet/case/Individual.aspx?id=1')).toMatchObject({ kind: 'days', days: 90, softExit: true });
    expect(rules('vos', 'https://www.workintexas.com/vosnet/case/Individual.aspx?id=1')).toMatchObject({ kind: 'calendar-month' });
  });
});
