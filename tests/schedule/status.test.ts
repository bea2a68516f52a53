import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Activity, Contact, PlannedGap } from '../../lib/model';
import { addDays, isValidIsoDate } from '../../lib/dates';
import { MINNESOTA_RULES, MISSOURI_RULES, scheduleRulesSchema, type ScheduleRules } from '../../lib/schedule/rules';
import { computeStatus, type ScheduleInput } from '../../lib/schedule/status';

const training: Activity = { name: 'Occupational skills training', code: '300', startDate: '2022-09-01', endDate: null };
const visit = (date: string): Contact => ({ date, contactType: 'in-person', party: 'participant', qualifies: true, responseDate: null });
const call = (date: string): Contact => ({ ...visit(date), contactType: 'telephone' });
const letter = (date: string, responseDate: string | null = null): Contact => ({ ...visit(date), contactType: 'letter', responseDate });
const input = (contacts: Contact[], extra: Partial<ScheduleInput> = {}): ScheduleInput => ({ contacts, activities: [training], plannedGaps: [], ...extra });
const codes = (s: ReturnType<typeof computeStatus>) => s.problems.map((p) => p.code);

describe('Missouri: an entry every 90 days or the participant soft-exits', () => {
  it('is due 90 days after the last qualifying contact and soft-exits the day after', () => {
    const s = computeStatus(input([visit('2025-01-10')]), MISSOURI_RULES, '2025-02-01');
    expect(s.nextDueDate).toBe('2025-04-10');
    expect(s.softExitDate).toBe('2025-04-11');
    expect(s.daysRemaining).toBe(68);
    expect(s.state).toBe('ok');
    expect(s.lastQualifyingContact).toEqual({ date: '2025-01-10', contactType: 'in-person', sentDate: null });
  });

  it('counts across the leap day 2024-02-29', () => {
    expect(computeStatus(input([visit('2024-01-01')]), MISSOURI_RULES, '2024-01-02').nextDueDate).toBe('2024-03-31');
    expect(computeStatus(input([visit('2023-01-01')]), MISSOURI_RULES, '2023-01-02').nextDueDate).toBe('2023-04-01');
  });

  it('counts across a year boundary', () => {
    expect(computeStatus(input([visit('2024-11-15')]), MISSOURI_RULES, '2024-12-01').nextDueDate).toBe('2025-02-13');
  });

  it('shows due soon inside the threshold, overdue after the due date, soft-exited from the soft-exit date', () => {
    const c = [visit('2025-01-10')];
    expect(computeStatus(input(c), MISSOURI_RULES, '2025-03-27').state).toBe('due-soon'); // 14 days left
    expect(computeStatus(input(c), MISSOURI_RULES, '2025-03-26').state).toBe('ok');
    expect(computeStatus(input(c), MISSOURI_RULES, '2025-04-10')).toMatchObject({ state: 'due-soon', daysRemaining: 0 });
    expect(computeStatus(input(c), MISSOURI_RULES, '2025-04-11')).toMatchObject({ state: 'soft-exited', daysRemaining: -1 });
  });

  it('uses the stricter local interval for the due date but keeps the state soft exit at 90 days', () => {
    const rules = scheduleRulesSchema.parse({ kind: 'days', days: 90, localDays: 60, softExit: true });
    const s = computeStatus(input([visit('2025-01-10')]), rules, '2025-03-15');
    expect(s.nextDueDate).toBe('2025-03-11');
    expect(s.softExitDate).toBe('2025-04-11');
    expect(s).toMatchObject({ state: 'overdue', daysRemaining: -4 });
  });

  it('ignores contacts that do not qualify (no answer, message left)', () => {
    const attempt: Contact = { ...call('2025-03-01'), qualifies: false };
    expect(computeStatus(input([visit('2025-01-10'), attempt]), MISSOURI_RULES, '2025-03-02').nextDueDate).toBe('2025-04-10');
  });
});

describe('letters and e-mails count from the documented response', () => {
  it('does not count a letter until the participant responds', () => {
    const s = computeStatus(input([visit('2025-01-10'), letter('2025-03-01')]), MISSOURI_RULES, '2025-03-05');
    expect(s.nextDueDate).toBe('2025-04-10');
    expect(codes(s)).toContain('awaiting-response');
    expect(s.problems.find((p) => p.code === 'awaiting-response')?.message).toBe("The letter of 3/1/2025 counts only once the participant's response is documented, before the soft exit on 4/11/2025.");
  });

  it('counts from the response date, not the day the letter was sent', () => {
    const s = computeStatus(input([visit('2025-01-10'), letter('2025-03-01', '2025-03-20')]), MISSOURI_RULES, '2025-03-21');
    expect(s.lastQualifyingContact).toEqual({ date: '2025-03-20', contactType: 'letter', sentDate: '2025-03-01' });
    expect(s.nextDueDate).toBe('2025-06-18');
  });

  it('does not count a response that came after the soft exit', () => {
    const s = computeStatus(input([visit('2025-01-10'), letter('2025-04-01', '2025-04-11')]), MISSOURI_RULES, '2025-04-12');
    expect(s.nextDueDate).toBe('2025-04-10');
    expect(s.state).toBe('soft-exited');
    expect(codes(s)).toContain('response-after-soft-exit');
  });

  it('counts a response on the last day before the soft exit', () => {
    const s = computeStatus(input([visit('2025-01-10'), letter('2025-04-01', '2025-04-10')]), MISSOURI_RULES, '2025-04-12');
    expect(s.nextDueDate).toBe('2025-07-09');
    expect(s.state).toBe('ok');
  });
});

describe('when there is no qualifying contact yet', () => {
  it('counts from the enrolment date', () => {
    const s = computeStatus(input([], { enrolledDate: '2025-01-02' }), MISSOURI_RULES, '2025-01-03');
    expect(s.countedFrom).toEqual({ date: '2025-01-02', because: 'enrolment' });
    expect(s.nextDueDate).toBe('2025-04-02');
  });
  it('counts from the first activity start when the enrolment date is unknown', () => {
    const s = computeStatus(input([]), MISSOURI_RULES, '2022-09-03');
    expect(s.countedFrom).toEqual({ date: '2022-09-01', because: 'activity-start' });
    expect(s.nextDueDate).toBe('2022-11-30');
  });
  it('says it cannot work out a due date when nothing is known', () => {
    const s = computeStatus({ contacts: [], activities: [], plannedGaps: [] }, MISSOURI_RULES, '2025-01-03');
    expect(s).toMatchObject({ state: 'no-activity', nextDueDate: null, daysRemaining: null });
    expect(codes(s)).toEqual(['no-current-activity', 'nothing-to-count-from']);
  });
});

describe('warnings a case manager sees', () => {
  it("says services can't continue without an enrolled activity", () => {
    const ended: Activity = { ...training, endDate: '2025-01-31' };
    const s = computeStatus({ contacts: [visit('2025-01-10')], activities: [ended], plannedGaps: [] }, MISSOURI_RULES, '2025-02-10');
    expect(s.problems.find((p) => p.code === 'no-current-activity')?.message).toMatch(/^Services can't continue without an enrolled activity/);
  });
  it('ignores and reports a contact dated in the future', () => {
    const s = computeStatus(input([visit('2025-01-10'), visit('2026-01-10')]), MISSOURI_RULES, '2025-02-01');
    expect(s.nextDueDate).toBe('2025-04-10');
    expect(codes(s)).toContain('future-contact');
  });
  it('reports a lapse in the history that may already have soft-exited the participant', () => {
    const s = computeStatus(input([visit('2024-01-10'), visit('2024-06-01')]), MISSOURI_RULES, '2024-06-02');
    expect(s.nextDueDate).toBe('2024-08-30');
    expect(s.problems.find((p) => p.code === 'lapse-in-history')?.message).toContain('soft-exited on 4/10/2024');
  });
  it('tells one story when an earlier lapse and the current soft exit give two dates: the lapse is called earlier', () => {
    // A gap of 99 days, then none since 8/23: the status is soft-exited on 11/22, and a case manager must not
    // read two soft-exit dates for one person as if both were now.
    const s = computeStatus(input([visit('2026-05-16'), visit('2026-08-23')]), MISSOURI_RULES, '2026-12-02');
    expect(s).toMatchObject({ state: 'soft-exited', softExitDate: '2026-11-22' });
    expect(s.problems.find((p) => p.code === 'lapse-in-history')?.message).toBe(
      'Earlier, 5/16/2026 to 8/23/2026 went more than 90 days without a qualifying contact: they may have soft-exited on 8/15/2026 and been re-enrolled since.',
    );
    // Not called a "gap": the panel lists planned gaps just above, and this is not one.
    expect(s.problems.find((p) => p.code === 'lapse-in-history')?.message).not.toMatch(/gap/i);
  });
  it('ignores and reports a planned gap that ends before it starts', () => {
    const s = computeStatus(input([visit('2025-01-10')], { plannedGaps: [{ start: '2025-02-10', end: '2025-02-01', reason: '' }] }), MISSOURI_RULES, '2025-01-11');
    expect(s.nextDueDate).toBe('2025-04-10');
    expect(codes(s)).toContain('invalid-gap');
  });
});

describe('planned gaps pause the clock', () => {
  const gap = (start: string, end: string): PlannedGap => ({ start, end, reason: 'between semesters' });
  const withGaps = (...g: PlannedGap[]) => input([visit('2025-01-10')], { plannedGaps: g });

  it('moves the due date and the soft exit later by the days inside the gap', () => {
    const s = computeStatus(withGaps(gap('2025-02-01', '2025-02-10')), MISSOURI_RULES, '2025-01-11');
    expect(s.nextDueDate).toBe('2025-04-20');
    expect(s.softExitDate).toBe('2025-04-21');
  });
  it('counts overlapping gaps once', () => {
    const s = computeStatus(withGaps(gap('2025-02-01', '2025-02-10'), gap('2025-02-05', '2025-02-12')), MISSOURI_RULES, '2025-01-11');
    expect(s.nextDueDate).toBe('2025-04-22');
  });
  it('pauses a gap that starts on the due date, and not one that starts the day after', () => {
    expect(computeStatus(withGaps(gap('2025-04-10', '2025-04-15')), MISSOURI_RULES, '2025-01-11').nextDueDate).toBe('2025-04-16');
    expect(computeStatus(withGaps(gap('2025-04-11', '2025-04-15')), MISSOURI_RULES, '2025-01-11').nextDueDate).toBe('2025-04-10');
  });
  it('ignores a gap that ended before the last contact', () => {
    expect(computeStatus(withGaps(gap('2024-12-01', '2025-01-09')), MISSOURI_RULES, '2025-01-11').nextDueDate).toBe('2025-04-10');
  });
  it('only counts the part of a gap after the last contact', () => {
    expect(computeStatus(withGaps(gap('2025-01-01', '2025-01-15')), MISSOURI_RULES, '2025-01-11').nextDueDate).toBe('2025-04-15');
  });
  it('says the participant is in a planned gap today', () => {
    expect(codes(computeStatus(withGaps(gap('2025-02-01', '2025-02-10')), MISSOURI_RULES, '2025-02-05'))).toContain('in-planned-gap');
  });
});

describe('Minnesota: a contact in every calendar month', () => {
  it('is due by the end of the following month', () => {
    expect(computeStatus(input([visit('2024-01-31')]), MINNESOTA_RULES, '2024-02-01').nextDueDate).toBe('2024-02-29');
    expect(computeStatus(input([visit('2025-01-31')]), MINNESOTA_RULES, '2025-02-01').nextDueDate).toBe('2025-02-28');
    expect(computeStatus(input([visit('2024-02-01')]), MINNESOTA_RULES, '2024-02-02').nextDueDate).toBe('2024-03-31');
    expect(computeStatus(input([visit('2024-12-02')]), MINNESOTA_RULES, '2024-12-03').nextDueDate).toBe('2025-01-31');
  });
  it('has no soft exit', () => {
    const s = computeStatus(input([visit('2024-01-31')]), MINNESOTA_RULES, '2024-06-01');
    expect(s).toMatchObject({ state: 'overdue', softExitDate: null });
  });
  it('excuses a month that is mostly a planned gap', () => {
    const s = computeStatus(input([visit('2024-01-15')], { plannedGaps: [{ start: '2024-02-01', end: '2024-02-15', reason: '' }] }), MINNESOTA_RULES, '2024-01-16');
    expect(s.nextDueDate).toBe('2024-03-31');
    const short = computeStatus(input([visit('2024-01-15')], { plannedGaps: [{ start: '2024-02-01', end: '2024-02-14', reason: '' }] }), MINNESOTA_RULES, '2024-01-16');
    expect(short.nextDueDate).toBe('2024-02-29');
  });
  it('offers a rolling 30-day window instead', () => {
    const rules = scheduleRulesSchema.parse({ kind: 'rolling-days', days: 30 });
    expect(computeStatus(input([visit('2024-01-31')]), rules, '2024-02-01').nextDueDate).toBe('2024-03-01');
  });
});

// Property tests over arbitrary histories.
const day = fc.integer({ min: 0, max: 800 }).map((n) => addDays('2024-01-01', n));
const contactArb: fc.Arbitrary<Contact> = fc.record({
  date: day,
  contactType: fc.constantFrom('in-person', 'telephone', 'letter', 'email', null),
  party: fc.constant('participant' as const),
  qualifies: fc.boolean(),
  responseDate: fc.option(day, { nil: null }),
});
const gapArb: fc.Arbitrary<PlannedGap> = fc.tuple(day, fc.integer({ min: 0, max: 120 })).map(([start, len]) => ({ start, end: addDays(start, len), reason: '' }));
const rulesArb: fc.Arbitrary<ScheduleRules> = fc.oneof(
  fc.constant(MISSOURI_RULES),
  fc.constant(MINNESOTA_RULES),
  fc.integer({ min: 1, max: 90 }).map((localDays) => scheduleRulesSchema.parse({ kind: 'days', days: 90, localDays })),
  fc.integer({ min: 1, max: 60 }).map((days) => scheduleRulesSchema.parse({ kind: 'rolling-days', days })),
);
const today = fc.integer({ min: 0, max: 900 }).map((n) => addDays('2024-01-01', n));
const history = fc.record({
  contacts: fc.array(contactArb, { maxLength: 12 }),
  plannedGaps: fc.array(gapArb, { maxLength: 3 }),
  enrolledDate: fc.option(day, { nil: undefined }),
});

describe('due dates behave sensibly for any history', () => {
  it('never puts the due date before the last qualifying contact', () => {
    fc.assert(
      fc.property(history, rulesArb, today, (h, rules, t) => {
        const s = computeStatus({ ...h, activities: [training] }, rules, t);
        if (s.lastQualifyingContact && s.nextDueDate) expect(s.nextDueDate > s.lastQualifyingContact.date).toBe(true);
      }),
    );
  });

  it('never makes a participant more overdue when a qualifying contact is added', () => {
    fc.assert(
      fc.property(history, contactArb, rulesArb, today, (h, extra, rules, t) => {
        const before = computeStatus({ ...h, activities: [training] }, rules, t);
        const after = computeStatus({ ...h, contacts: [...h.contacts, { ...extra, qualifies: true }], activities: [training] }, rules, t);
        if (before.daysRemaining !== null) expect(after.daysRemaining ?? -Infinity).toBeGreaterThanOrEqual(before.daysRemaining);
      }),
      { numRuns: 500 },
    );
  });

  it('never makes the due date earlier when a planned gap is added', () => {
    fc.assert(
      fc.property(history, gapArb, rulesArb, today, (h, g, rules, t) => {
        const before = computeStatus({ ...h, activities: [training] }, rules, t);
        const after = computeStatus({ ...h, plannedGaps: [...h.plannedGaps, g], activities: [training] }, rules, t);
        if (before.nextDueDate !== null) expect(after.nextDueDate! >= before.nextDueDate).toBe(true);
        if (before.softExitDate !== null) expect(after.softExitDate! >= before.softExitDate).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('bad data never breaks the schedule', () => {
  const junk = fc.oneof(fc.string({ maxLength: 12 }), day, fc.constantFrom('2025-02-30', '2025-13-01', '0000-00-00', '9999-99-99'));
  it('never throws on impossible dates anywhere and only returns real due dates', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ date: junk, contactType: fc.constantFrom('letter', 'in-person', null), party: fc.constant(null), qualifies: fc.constant(true), responseDate: fc.option(junk, { nil: null }) }), { maxLength: 5 }),
        fc.array(fc.record({ start: junk, end: junk, reason: fc.constant('') }), { maxLength: 2 }),
        fc.option(junk, { nil: undefined }),
        fc.record({ name: fc.constant('x'), code: fc.constant(null), startDate: fc.option(junk, { nil: null }), endDate: fc.option(junk, { nil: null }) }),
        rulesArb,
        (contacts, plannedGaps, enrolledDate, activity, rules) => {
          const s = computeStatus({ contacts, plannedGaps, enrolledDate, activities: [activity] }, rules, '2025-06-30');
          if (s.nextDueDate !== null) expect(isValidIsoDate(s.nextDueDate)).toBe(true);
        },
      ),
    );
  });

  it('reports an impossible contact date instead of counting it', () => {
    const s = computeStatus(input([visit('2025-01-10'), visit('2025-02-30')]), MISSOURI_RULES, '2025-03-05');
    expect(s.nextDueDate).toBe('2025-04-10');
    expect(codes(s)).toContain('invalid-date');
  });

  it('stops asking for a response to a letter once a later contact has been made', () => {
    const s = computeStatus(input([letter('2025-01-05'), visit('2025-01-10')]), MISSOURI_RULES, '2025-01-11');
    expect(codes(s)).not.toContain('awaiting-response');
  });
});

describe('programming errors', () => {
  it('refuses an impossible "today" rather than computing nonsense', () => {
    expect(() => computeStatus(input([]), MISSOURI_RULES, '2025-02-30')).toThrow(RangeError);
  });
  it('reports a lapse before 1970 too', () => {
    const s = computeStatus(input([visit('1969-01-01'), visit('1969-12-01')], { enrolledDate: '1968-12-31' }), MISSOURI_RULES, '1969-12-02');
    expect(codes(s)).toContain('lapse-in-history');
  });
});
