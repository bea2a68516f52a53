import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contactDateOf } from '../../lib/schedule/contact-date';
import type { VerdictReason } from '../../lib/model';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';

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

/**
 * The reason's date as the rules give it (lib/policy owns it): where it names an earlier day than the note's latest
 * contact, the contact is counted early, which hides no one but calls a participant overdue too soon.
 */
describe("a note's latest contact, as the verdict's reason dates it", () => {
  const dayOf = (noteDate: string, text: string) =>
    contactDateOf(noteDate, checkNote({ text, contactType: 'telephone', contactDate: noteDate, hasDateField: true }, { pack: PACKS['mo-dwd-toolbox'], today: '2026-03-25' }));

  it('a log over New Year is dated at its latest contact (1/5), not at last year\'s (12/28)', () => {
    expect(dayOf('2026-01-10', '12/28 TC w/ client – attending CNA class, B avg.\n1/5 TC w/ client – still attending, grades B.\n1/9 TC – NA, LM')).toBe('2026-01-05');
  });

  it('"spoke with client by phone 2/11 and again 3/18" is dated 3/18', () => {
    expect(dayOf('2026-03-20', 'Spoke with client by phone 2/11 and again 3/18 (she asked about bus pass). Attending, B avg; cont ITA.')).toBe('2026-03-18');
  });

  it('a call about "her 3/16 interview" is dated at the call (the note\'s date), not at the interview', () => {
    expect(dayOf('2026-03-20', 'TC w/ client re: her 3/16 interview at Mercy – went well, 2nd interview set. Cont. job search per IEP.')).toBe('2026-03-20');
  });

  // Near-misses: the earlier or the note's own date must stay where it is.
  it('a log within one year still takes its latest connected entry, never a later failed try', () => {
    expect(dayOf('2026-03-20', '2/2 TC w/ cust – working FT at Hy-Vee.\n3/3 TC w/ cust – same job, 32 hrs/wk.\n3/19 TC – NA, LM')).toBe('2026-03-03');
  });

  it('a log entry dated after the note (a date to come) is no one\'s contact day', () => {
    expect(dayOf('2026-01-10', '12/28 TC w/ client – attending CNA class, B avg.\n6/30 TC w/ client – cont ITA thru end of term.')).toBe('2025-12-28');
  });

  it('"spoke by phone 2/11 and 3/18 hearing" is not a second contact: no "again", the first date stands', () => {
    expect(dayOf('2026-03-20', 'Spoke with client by phone 2/11 re: 3/18 hearing. Attending, B avg; cont ITA.')).toBe('2026-02-11');
  });

  it('"called client 3/2, again 3/9" takes the repeat', () => {
    expect(dayOf('2026-03-20', 'Called client 3/2, again 3/9 – she is attending, B avg; cont ITA.')).toBe('2026-03-09');
  });

  it('"the 3/11 exam" is the exam\'s day; "on 3/12 at her appt" and "at his 3/12 appt" are the contact\'s', () => {
    expect(dayOf('2026-03-20', 'TC w/ client about the 3/11 exam – passed, cert pending. Cont ITA.')).toBe('2026-03-20');
    expect(dayOf('2026-03-20', 'Met w/ client on 3/12 at her appt – attending, B avg; cont ITA.')).toBe('2026-03-12');
    expect(dayOf('2026-03-20', 'Met w/ client at his 3/12 appt – attending, B avg; cont ITA.')).toBe('2026-03-12');
  });
});
