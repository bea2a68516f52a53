import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { format } from 'date-fns';
import { daysBetween, findDatesInText, formatUsDate, localIsoDate, parseUsDate } from '../../lib/dates';

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
    expect(localIsoDate(new Date(2025, 11, 31, 23, 30))).toBe('2025-12-31');
    expect(localIsoDate(new Date(2026, 0, 1, 0, 5))).toBe('2026-01-01');
    expect(formatUsDate(localIsoDate(new Date(2024, 1, 29, 12)))).toBe('02/29/2024');
  });

  it('agrees with date-fns for any instant', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1900, 0, 1), max: new Date(2199, 11, 31), noInvalidDate: true }), (d) => {
        expect(localIsoDate(d)).toBe(format(d, 'yyyy-MM-dd'));
      }),
    );
  });
});
