import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contactDateOf } from '../../lib/schedule/contact-date';
import type { VerdictReason } from '../../lib/model';

const counts = (date?: string) => ({ qualifies: true, reason: { message: 'Counts', outcome: 'connected', channel: 'phone', ...(date ? { date } : {}) } as VerdictReason });

describe("the day a note's contact counts from", () => {
  it('is the day a log records reaching the participant, not the later day it was saved', () => {
    expect(contactDateOf('2026-03-20', counts('2/11'))).toBe('2026-02-11');
    expect(contactDateOf('2026-01-05', counts('12/28'))).toBe('2025-12-28');
  });

  it("is the note's date when the date with the contact is one to come ('cont ITA thru 6/30')", () => {
    expect(contactDateOf('2025-01-02', counts('6/30'))).toBe('2025-01-02');
  });

  it("is the note's date when the note gives no date, no real one, or one after the note's", () => {
    expect(contactDateOf('2026-03-20', counts())).toBe('2026-03-20');
    expect(contactDateOf('2026-03-20', counts('2/30'))).toBe('2026-03-20');
    expect(contactDateOf('2026-03-20', counts('3/21/2026'))).toBe('2026-03-20');
    expect(contactDateOf('2026-03-20', counts('2027-01-01'))).toBe('2026-03-20');
  });

  it("is the note's date for a note that does not count, whatever it mentions", () => {
    expect(contactDateOf('2026-03-20', { ...counts('2/11'), qualifies: false })).toBe('2026-03-20');
  });

  it("is never later than the note's date", () => {
    const day = fc.date({ min: new Date(1990, 0, 1), max: new Date(2080, 11, 31), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const typed = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 })).map(([m, d]) => `${m}/${d}`),
      fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1980, max: 2090 })).map(([m, d, y]) => `${m}/${d}/${y}`),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(fc.property(day, typed, (note, t) => contactDateOf(note, counts(t)) <= note));
  });
});
