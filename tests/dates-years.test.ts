/**
 * A four-digit year before 1900 is a slip of the keyboard ("0026" for 2026),
 * never a case-management date: read as written it put a participant
 * 730,725 days overdue. It is refused with a reason naming the year, in the
 * one parser every import, page and the command line go through.
 */
import { describe, expect, it } from 'vitest';
import { parseUsDate } from '../lib/dates';
import { parseCaseloadCsv } from '../lib/caseload/csv';

describe('years before 1900', () => {
  it.each(['01/05/0026', '0026-01-05', '1/5/0202', '12/31/1899'])('are refused with the year named: %s', (text) => {
    const r = parseUsDate(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/year \d{4}; check the year/);
  });

  it('leave 1900 on, and two-digit years, as they were', () => {
    expect(parseUsDate('1/1/1900')).toEqual({ ok: true, date: '1900-01-01' });
    expect(parseUsDate('1/5/26')).toEqual({ ok: true, date: '2026-01-05' });
  });

  it('are a problem on their line in a caseload import, and the row is left out', () => {
    const preview = parseCaseloadCsv('participant id,name,last contact date\n400001,"Ok, One",11/01/2026\n400004,"Year, Typo",01/05/0026\n');
    expect(preview.rows.map((r) => r.participantId)).toEqual(['400001']);
    expect(preview.errors).toEqual([{ line: 3, message: expect.stringContaining('"01/05/0026" has year 0026') }]);
  });
});
