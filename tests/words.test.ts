/** The one voice (lib/words.ts): what every view and the CLI's text say about counts, due days, dates, severities and names. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { format } from 'date-fns';
import { daysInWords, keptName, monthInWords, noun, plural, SEVERITY_LABEL, usDate, usDateTime } from '../lib/words';

describe('words', () => {
  it('counts with the right plural', () => {
    expect(plural(1, 'participant')).toBe('1 participant');
    expect(plural(0, 'participant')).toBe('0 participants');
    expect(plural(1200, 'participant')).toBe('1,200 participants');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
    expect(`1 ${noun(1, 'participant')} ${noun(1, 'needs', 'need')} a contact`).toBe('1 participant needs a contact');
    expect(`3 ${noun(3, 'participant')} ${noun(3, 'needs', 'need')} a contact`).toBe('3 participants need a contact');
  });

  it('says due days in words, never as a negative count', () => {
    expect(daysInWords(-12)).toBe('12 days overdue');
    expect(daysInWords(-1)).toBe('1 day overdue');
    expect(daysInWords(0)).toBe('due today');
    expect(daysInWords(1)).toBe('due in 1 day');
    expect(daysInWords(10)).toBe('due in 10 days');
  });

  it('writes dates as US readers do, M/D/YYYY without leading zeros, and leaves text that is not a date alone', () => {
    expect(usDate('2026-08-14')).toBe('8/14/2026');
    expect(usDate('2026-11-05')).toBe('11/5/2026');
    expect(usDate('2026-01-01')).toBe('1/1/2026');
    expect(usDate('2026-12-31')).toBe('12/31/2026');
    // An impossible date being reported reads the same way; the text it came from is the message's business.
    expect(usDate('2026-02-30')).toBe('2/30/2026');
    expect(usDate('not read')).toBe('not read');
    expect(monthInWords('2026-03')).toBe('March 2026');
  });

  it('names the lowest severity Reminder', () => {
    expect(Object.values(SEVERITY_LABEL)).toEqual(['Error', 'Warning', 'Reminder']);
  });

  it('keeps a name as the system shows it, and its "Last, First" once seen, never re-ordering it', () => {
    // Workforce One: the caseload list's "Lindqvist, Tomas" stays when the Summary shows "Tomas Lindqvist".
    expect(keptName('Lindqvist, Tomas', 'Tomas Lindqvist', 'MN-1')).toBe('Lindqvist, Tomas');
    expect(keptName('Tomas Lindqvist', 'Lindqvist, Tomas', 'MN-1')).toBe('Lindqvist, Tomas');
    // Only one page seen: as that page shows it.
    expect(keptName(null, 'Shauna Beaulieu', 'MN-2')).toBe('Shauna Beaulieu');
    // A different person's name (a name change) replaces the old one; a blank read keeps it.
    expect(keptName('Lindqvist, Tomas', 'Tomas Lindqvist-Berg', 'MN-1')).toBe('Tomas Lindqvist-Berg');
    expect(keptName('Lindqvist, Tomas', '  ', 'MN-1')).toBe('Lindqvist, Tomas');
    expect(keptName(undefined, '', 'MN-1')).toBe('MN-1');
  });
});

describe('usDateTime', () => {
  it('writes an instant month first with a 12-hour time, whatever the browser locale', () => {
    expect(usDateTime(new Date(2026, 10, 20, 15, 4))).toBe('11/20/2026 at 3:04 PM');
    expect(usDateTime(new Date(2026, 0, 5, 0, 30))).toBe('1/5/2026 at 12:30 AM');
    expect(usDateTime(new Date('nonsense'))).toBe('');
  });

  it('agrees with date-fns for any instant, noon and midnight included', () => {
    expect(usDateTime(new Date(2026, 5, 1, 12, 0))).toBe('6/1/2026 at 12:00 PM');
    expect(usDateTime(new Date(2026, 11, 31, 23, 59))).toBe('12/31/2026 at 11:59 PM');
    fc.assert(
      fc.property(fc.date({ min: new Date(1900, 0, 1), max: new Date(2199, 11, 31), noInvalidDate: true }), (d) => {
        expect(usDateTime(d)).toBe(format(d, "M/d/yyyy 'at' h:mm a"));
      }),
    );
  });
});
