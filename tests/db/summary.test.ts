import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Activity, Contact, PlannedGap } from '../../lib/model';
import { CaseloadSummary, scheduleAll, scheduleInput, summaryEntry } from '../../lib/db/summary';
import type { ParticipantRow } from '../../lib/db/schema';
import { fromDayNumber, toDayNumber } from '../../lib/schedule/calendar';
import { addDays } from '../../lib/dates';
import { NONE, typeOf } from '../../lib/schedule/digest';
import { MINNESOTA_RULES, MISSOURI_RULES, scheduleRulesSchema, type ScheduleRules } from '../../lib/schedule/rules';
import { computeStatus } from '../../lib/schedule/status';

// Histories with impossible dates, unanswered letters, gaps and activities that start and end.
const day = fc.integer({ min: 0, max: 800 }).map((n) => addDays('2024-01-01', n));
const date = fc.oneof(day, day, day, day, fc.constantFrom('2025-02-30', 'soon'));
const contactArb: fc.Arbitrary<Contact> = fc.record({
  date,
  contactType: fc.constantFrom('in-person', 'telephone', 'letter', 'email', null),
  party: fc.constant('participant' as const),
  qualifies: fc.boolean(),
  responseDate: fc.option(date, { nil: null }),
});
const gapArb: fc.Arbitrary<PlannedGap> = fc.record({ start: date, end: date, reason: fc.constant('') });
const activityArb: fc.Arbitrary<Activity> = fc.record({ name: fc.constant('Training'), code: fc.constant(null), startDate: fc.option(date, { nil: null }), endDate: fc.option(date, { nil: null }) });
const rowArb = (key: string, system: ParticipantRow['system']) =>
  fc.record({
    row: fc.record({
      enrolledDate: fc.option(date, { nil: null }),
      activities: fc.array(activityArb, { maxLength: 2 }),
      plannedGaps: fc.array(gapArb, { maxLength: 3 }),
      historyRead: fc.option(fc.constant({ from: 'participant-page' as const, at: '2025-01-01T00:00:00.000Z' }), { nil: null }),
    }),
    contacts: fc.array(contactArb, { maxLength: 12 }),
  }).map(({ row, contacts }) => ({ row: { ...row, key, system, participantId: key, name: key, url: null, lastSeen: '2025-01-01' } as ParticipantRow, contacts }));
const caseloadArb = fc.array(fc.constantFrom('toolbox', 'workforce-one', 'generic' as const), { minLength: 1, maxLength: 8 }).chain((systems) => fc.tuple(...systems.map((s, i) => rowArb(`${s}:${i}`, s))));
const rulesArb: fc.Arbitrary<ScheduleRules> = fc.oneof(
  fc.constant(MISSOURI_RULES),
  fc.constant(MINNESOTA_RULES),
  fc.integer({ min: 1, max: 90 }).map((localDays) => scheduleRulesSchema.parse({ kind: 'days', days: 90, localDays })),
  fc.integer({ min: 1, max: 90 }).map((days) => scheduleRulesSchema.parse({ kind: 'days', days, softExit: false })),
  fc.integer({ min: 1, max: 60 }).map((days) => scheduleRulesSchema.parse({ kind: 'rolling-days', days })),
);
const todayArb = fc.integer({ min: 0, max: 900 }).map((n) => addDays('2024-01-01', n));
const iso = (n: number) => (n === NONE ? null : fromDayNumber(n));

describe('the caseload summary', () => {
  it('gives every participant the dates their own status gives, under each system\'s rules, on any day', () => {
    fc.assert(
      fc.property(caseloadArb, rulesArb, rulesArb, todayArb, (people, mo, mn, today) => {
        const summary = CaseloadSummary.empty().apply(people.map((p) => summaryEntry(p.row, p.contacts)));
        const rulesFor = (system: string) => (system === 'workforce-one' ? mn : mo);
        const s = scheduleAll(summary, rulesFor, toDayNumber(today));
        people.forEach(({ row, contacts }, i) => {
          const status = computeStatus(scheduleInput(row, contacts), rulesFor(row.system), today);
          expect({
            due: iso(s.due[i]!),
            exit: iso(s.softExit[i]!),
            last: iso(s.lastContact[i]!),
            type: s.lastContact[i] === NONE ? null : typeOf(s.lastType[i]!),
          }).toEqual({
            due: status.nextDueDate,
            exit: status.softExitDate,
            last: status.lastQualifyingContact?.date ?? null,
            type: status.lastQualifyingContact?.contactType ?? null,
          });
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back exactly what it stored', () => {
    fc.assert(
      fc.property(caseloadArb, (people) => {
        const summary = CaseloadSummary.empty().apply(people.map((p) => summaryEntry(p.row, p.contacts)));
        const back = CaseloadSummary.decode(structuredClone(summary.encode()));
        expect(back?.encode()).toEqual(summary.encode());
      }),
      { numRuns: 300 },
    );
  });

  it('gives no due date to someone whose contacts were never read, and one from the activity start once an empty history was read', () => {
    const row = { key: 'w', system: 'workforce-one' as const, participantId: 'w', name: 'W', url: null, enrolledDate: null, plannedGaps: [], lastSeen: '2025-01-01' };
    const activities = [{ name: 'GED', code: null, startDate: '2025-01-01', endDate: null }];
    const unread = scheduleAll(CaseloadSummary.empty().apply([summaryEntry({ ...row, activities }, [])]), () => MINNESOTA_RULES, toDayNumber('2025-06-01'));
    expect(unread.due[0]).toBe(NONE);
    const read = { ...row, activities, historyRead: { from: 'notes-page' as const, at: '2025-06-01T00:00:00Z' } };
    const known = scheduleAll(CaseloadSummary.empty().apply([summaryEntry(read, [])]), () => MINNESOTA_RULES, toDayNumber('2025-06-01'));
    expect(known.due[0]).not.toBe(NONE);
  });

  it('replaces a participant in place, adds new ones at the end and drops removed ones', () => {
    const entry = (key: string, name: string) => summaryEntry({ key, system: 'toolbox', participantId: key, name, url: null, enrolledDate: '2025-01-01', activities: [], plannedGaps: [], lastSeen: '2025-01-01' }, []);
    const s = CaseloadSummary.empty().apply([entry('a', 'A'), entry('b', 'B'), entry('c', 'C')]);
    const next = s.apply([entry('b', 'B2'), entry('d', 'D')], ['a']);
    expect(next.keys).toEqual(['b', 'c', 'd']);
    expect(next.names).toEqual(['B2', 'C', 'D']);
    expect(s.keys).toEqual(['a', 'b', 'c']);
  });

  it('refuses a damaged record rather than reading garbage', () => {
    const s = CaseloadSummary.empty().apply([summaryEntry({ key: 'a', system: 'toolbox', participantId: 'a', name: 'A', url: null, enrolledDate: '2025-01-01', activities: [], plannedGaps: [], lastSeen: '2025-01-01' }, [])]);
    const good = s.encode();
    expect(CaseloadSummary.decode(good)).not.toBeNull();
    // A record of the earlier format (dates from the activity start for unread histories) is rebuilt.
    expect(CaseloadSummary.decode({ ...good, format: 1 })).toBeNull();
    expect(CaseloadSummary.decode({ ...good, names: [] })).toBeNull();
    expect(CaseloadSummary.decode({ ...good, data: good.data.subarray(1) })).toBeNull();
    // Which system ids exist is the registry's (lib/systems, above the database): here a system id must only look like one.
    expect(CaseloadSummary.decode({ ...good, systems: ['No such system!'] })).toBeNull();
    expect(CaseloadSummary.decode({ ...good, systems: [''] })).toBeNull();
    // Systems by position (format 2) are the upgrade's to translate (db.ts), never read as they are.
    expect(CaseloadSummary.decode({ ...good, format: 2, systems: Uint8Array.of(0) })).toBeNull();
    expect(CaseloadSummary.decode({ ...good, data: Int32Array.from(good.data, (v, i) => (i === 2 ? 5 : v)) })).toBeNull();
    expect(CaseloadSummary.decode(undefined)).toBeNull();
  });
});
