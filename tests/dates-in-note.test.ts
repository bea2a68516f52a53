import { describe, expect, it } from 'vitest';
import { typedDateOn } from '../lib/dates';

describe('the day a date typed in a note names', () => {
  it('reads a date with its year as written', () => {
    expect(typedDateOn('02/11/2026', '2026-03-20')).toBe('2026-02-11');
    expect(typedDateOn('2/11/26', '2026-03-20')).toBe('2026-02-11');
    expect(typedDateOn('2026-02-11', '2026-03-20')).toBe('2026-02-11');
    expect(typedDateOn('2-11-2026', '2026-03-20')).toBe('2026-02-11');
  });

  it("gives a date without a year the note's year, or last year's in a log that runs over New Year", () => {
    expect(typedDateOn('2/11', '2026-03-20')).toBe('2026-02-11');
    expect(typedDateOn('3/20', '2026-03-20')).toBe('2026-03-20');
    expect(typedDateOn('12/28', '2026-01-05')).toBe('2025-12-28');
    expect(typedDateOn('10/15', '2026-01-05')).toBe('2025-10-15');
  });

  it('takes a date without a year further ahead for one to come, not for last year', () => {
    // "cont ITA thru 6/30" in a note of 1/2; a contact typed a day after the note's date.
    expect(typedDateOn('6/30', '2025-01-02')).toBeNull();
    expect(typedDateOn('3/21', '2026-03-20')).toBeNull();
    expect(typedDateOn('Sept 3', '2026-03-20')).toBeNull();
  });

  it('reads month names as lib/dates finds them in a note', () => {
    expect(typedDateOn('March 4', '2026-03-20')).toBe('2026-03-04');
    expect(typedDateOn('Feb. 11th', '2026-03-20')).toBe('2026-02-11');
    expect(typedDateOn('Sept 3', '2026-10-20')).toBe('2026-09-03');
    expect(typedDateOn('DEC 28', '2026-01-05')).toBe('2025-12-28');
  });

  it('finds a 29 February only in a leap year, and no day where there is none', () => {
    expect(typedDateOn('2/29', '2028-03-05')).toBe('2028-02-29');
    expect(typedDateOn('2/29', '2027-03-05')).toBeNull();
    expect(typedDateOn('2/30', '2026-03-20')).toBeNull();
    expect(typedDateOn('13/1', '2026-03-20')).toBeNull();
    expect(typedDateOn('soon', '2026-03-20')).toBeNull();
  });
});
