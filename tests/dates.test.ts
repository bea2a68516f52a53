import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { format } from 'date-fns';
import {
  addDays,
  addMonths,
  daysBetween,
  endOfFollowingMonth,
  endOfMonth,
  findDatesInText,
  formatUsDate,
  isValidIsoDate,
  parseUsDate,
  readUsDate,
  today,
} from '../lib/dates';

describe('parseUsDate', () => {
  it.each([
    ['03/14/2025', '2025-03-14'],
    ['3/4/25', '2025-03-04'],
    ['3/4/99', '1999-03-04'],
    ['2025-03-14', '2025-03-14'],
    ['2025-3-4', '2025-03-04'],
    ['2025-03-14T23:30:00-06:00', '2025-03-14'],
    ['2025-03-14T23:30:00Z', '2025-03-14'],
    ['03-14-2025', '2025-03-14'],
    [' 2/29/2024 ', '2024-02-29'],
  ])('reads %s as %s, with no time-zone shift', (input, out) => {
    expect(parseUsDate(input)).toEqual({ ok: true, date: out });
  });

  it.each(['', '13/45/2025', '2/29/2025', '2025-02-30', 'March 3', 'yesterday', '3/4', '12345'])('explains why %j is not a date', (input) => {
    const r = parseUsDate(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.length).toBeGreaterThan(5);
  });

  it('round-trips every real calendar date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2069, 11, 31)), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split('-');
        expect(parseUsDate(`${m}/${day}/${y}`)).toEqual({ ok: true, date: iso });
        expect(parseUsDate(iso)).toEqual({ ok: true, date: iso });
      }),
    );
  });
});

describe('dates in text', () => {
  it('finds US, ISO and month-name dates', () => {
    const t = 'TC 3/2, OV 03/04/2025, EM 2025-03-05, met March 6th';
    expect(findDatesInText(t).map((s) => t.slice(s.start, s.end))).toEqual(['3/2', '03/04/2025', '2025-03-05', 'March 6th']);
  });
  it('counts calendar days across DST and leap years', () => {
    expect(daysBetween('2025-03-01', '2025-03-20')).toBe(19);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-11-01', '2025-11-03')).toBe(2);
  });
});

describe("today's date", () => {
  it('is the calendar date on the computer, late at night and early in the morning alike', () => {
    // 11:30 pm on Dec 31 and 12:05 am on Jan 1, local time: no shift to UTC's day.
    expect(today(new Date(2025, 11, 31, 23, 30))).toBe('2025-12-31');
    expect(today(new Date(2026, 0, 1, 0, 5))).toBe('2026-01-01');
    expect(formatUsDate(today(new Date(2024, 1, 29, 12)))).toBe('02/29/2024');
  });

  it('agrees with date-fns for any instant', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1900, 0, 1), max: new Date(2199, 11, 31), noInvalidDate: true }), (d) => {
        expect(today(d)).toBe(format(d, 'yyyy-MM-dd'));
      }),
    );
  });
});

describe('odd calendar days', () => {
  it('knows 29 February', () => {
    expect(parseUsDate('2/29/2024')).toEqual({ ok: true, date: '2024-02-29' });
    expect(parseUsDate('2/29/2025')).toEqual({ ok: false, reason: '"2/29/2025" is not a real date: month 2 of 2025 has 28 days.' });
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('1900-02-29')).toBe(false);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(endOfMonth('2100-02-10')).toBe('2100-02-28');
    expect(endOfFollowingMonth('2024-01-31')).toBe('2024-02-29');
  });

  it('rolls over at 31 December', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
    expect(addMonths('2026-01-31', -2)).toBe('2025-11-30');
    expect(endOfFollowingMonth('2025-12-31')).toBe('2026-01-31');
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it.each([
    ['1/1/00', '2000-01-01'],
    ['12/31/79', '2079-12-31'],
    ['1/1/80', '1980-01-01'],
    ['12/31/99', '1999-12-31'],
  ])('reads the two-digit year in %s as %s', (text, iso) => {
    expect(parseUsDate(text)).toEqual({ ok: true, date: iso });
  });

  it('writes dates the way the systems want them typed', () => {
    expect(formatUsDate('2025-03-04')).toBe('03/04/2025');
    expect(readUsDate('3/4/25')).toBe('2025-03-04');
    expect(readUsDate('N/A')).toBeNull();
  });
});

describe('today and DST days in America/Chicago', () => {
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'America/Chicago';
  });
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('runs in Chicago time (or the checks below would prove nothing)', () => {
    expect(new Date(2025, 0, 15, 12).getTimezoneOffset()).toBe(360);
    expect(new Date(2025, 6, 15, 12).getTimezoneOffset()).toBe(300);
  });

  it.each([
    ['2025-03-09T05:30:00Z', '2025-03-08'], // 11:30 p.m. CST, the night the clocks go forward
    ['2025-03-09T07:59:00Z', '2025-03-09'], // 1:59 a.m. CST
    ['2025-03-09T08:00:00Z', '2025-03-09'], // 3:00 a.m. CDT
    ['2025-11-02T04:59:00Z', '2025-11-01'], // 11:59 p.m. CDT, the night the clocks go back
    ['2025-11-02T06:30:00Z', '2025-11-02'], // 1:30 a.m. CDT
    ['2025-11-02T07:30:00Z', '2025-11-02'], // 1:30 a.m. CST, the hour that happens twice
    ['2025-12-31T23:30:00Z', '2025-12-31'], // 5:30 p.m. on New Year's Eve is 2026 in UTC
  ])('at %s it is %s in Chicago', (instant, date) => {
    expect(today(new Date(instant), 'America/Chicago')).toBe(date);
    expect(today(new Date(instant))).toBe(date);
  });

  it('reads "today" in another zone than the computer\'s', () => {
    expect(today(new Date('2025-03-09T05:30:00Z'), 'UTC')).toBe('2025-03-09');
    expect(today(new Date('2025-03-09T05:30:00Z'), 'America/Los_Angeles')).toBe('2025-03-08');
    expect(() => today(new Date(), 'Not/A_Zone')).toThrow(RangeError);
  });

  it('counts and moves whole days across the DST changes', () => {
    expect(addDays('2025-03-08', 1)).toBe('2025-03-09');
    expect(addDays('2025-03-09', 1)).toBe('2025-03-10');
    expect(addDays('2025-11-02', -1)).toBe('2025-11-01');
    expect(daysBetween('2025-03-08', '2025-03-10')).toBe(2);
    expect(daysBetween('2025-11-01', '2025-11-03')).toBe(2);
    expect(addMonths('2025-02-09', 1)).toBe('2025-03-09');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * 366 }), (n) => {
        const day = addDays('2024-01-01', n);
        expect(daysBetween(day, addDays(day, 1))).toBe(1);
        expect(addDays(addDays(day, 1), -1)).toBe(day);
      }),
    );
  });
});
