import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays as fnsAddDays, differenceInCalendarDays, format, lastDayOfMonth, addMonths } from 'date-fns';
import { fromDayNumber, toDayNumber } from '../../lib/schedule/calendar';
import { addDays, daysBetween, endOfFollowingMonth, isValidIsoDate, parseUsDate, TWO_DIGIT_YEAR_PIVOT } from '../../lib/dates';

// Local-noon Dates for the date-fns oracle so DST never moves a day.
const local = (iso: string) => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), 12);
const isoDay = fc.date({ min: new Date(1900, 0, 1), max: new Date(2199, 11, 31), noInvalidDate: true }).map((d) => format(d, 'yyyy-MM-dd'));

describe('calendar arithmetic agrees with date-fns', () => {
  it('counts the same days between any two dates', () => {
    fc.assert(
      fc.property(isoDay, isoDay, (a, b) => {
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(local(b), local(a)));
      }),
    );
  });
  it('lands on the same date after adding days', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -2000, max: 2000 }), (a, n) => {
        expect(addDays(a, n)).toBe(format(fnsAddDays(local(a), n), 'yyyy-MM-dd'));
      }),
    );
  });
  it('round-trips every day number', () => {
    fc.assert(
      fc.property(isoDay, (a) => {
        expect(fromDayNumber(toDayNumber(a))).toBe(a);
      }),
    );
  });
  it('finds the end of the following month like date-fns', () => {
    fc.assert(
      fc.property(isoDay, (a) => {
        const first = new Date(Number(a.slice(0, 4)), Number(a.slice(5, 7)) - 1, 1, 12);
        expect(endOfFollowingMonth(a)).toBe(format(lastDayOfMonth(addMonths(first, 1)), 'yyyy-MM-dd'));
      }),
    );
  });
  it('knows leap days and month ends', () => {
    expect(endOfFollowingMonth('2024-01-31')).toBe('2024-02-29');
    expect(endOfFollowingMonth('2025-01-31')).toBe('2025-02-28');
    expect(endOfFollowingMonth('2024-12-15')).toBe('2025-01-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2025-02-29')).toBe(false);
    expect(isValidIsoDate('1900-02-29')).toBe(false);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
  });
});

describe('reading US dates', () => {
  it.each([
    ['03/05/2025', '2025-03-05'],
    ['3/5/25', '2025-03-05'],
    ['12/31/1999', '1999-12-31'],
    ['2/29/2024', '2024-02-29'],
    ['2024-02-29', '2024-02-29'],
    ['  01/02/2026 ', '2026-01-02'],
    ['1-2-2026', '2026-01-02'],
    ['1/1/79', '2079-01-01'],
    ['1/1/80', '1980-01-01'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseUsDate(text)).toEqual({ ok: true, date: iso });
  });

  it.each(['02/30/2025', '2/29/2025', '13/01/2025', '00/10/2025', '04/31/2025', '2025-02-30', 'March 5', '', '5/3', '1/1/202', '2025/01/01'])(
    'rejects %j with a reason instead of guessing',
    (text) => {
      const r = parseUsDate(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason.length).toBeGreaterThan(5);
    },
  );

  it('explains an impossible day', () => {
    expect(parseUsDate('02/30/2025')).toEqual({ ok: false, reason: '"02/30/2025" is not a real date: month 2 of 2025 has 28 days.' });
  });

  it('documents its two-digit-year pivot', () => {
    expect(TWO_DIGIT_YEAR_PIVOT).toBe(80);
  });

  it('never throws and only returns real dates', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseUsDate(s);
        if (r.ok) expect(isValidIsoDate(r.date)).toBe(true);
      }),
    );
  });
});
