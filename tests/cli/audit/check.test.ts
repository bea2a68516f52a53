// @vitest-environment node
/** Checking a batch (lib/cli/audit/check.ts): what it tallies for the summary and the timelines, and what it reports. */
import { describe, expect, it } from 'vitest';
import { COMPLIANT, makeChecker, QUALIFIES, TYPE_SHIFT } from '../../../lib/cli/audit/check';
import { contactTypeSchema } from '../../../lib/model';
import { toDayNumber } from '../../../lib/schedule/calendar';
import { NONE } from '../../../lib/schedule/digest';

const info = { kind: 'jsonl' as const, index: {}, found: ['id', 'text', 'date', 'participant_id', 'staff', 'contact_type'], has: { id: true, text: true, date: true, participant_id: true, staff: true, contact_type: true } };
const check = makeChecker({ policy: 'mo-dwd-toolbox', today: '2025-06-01', format: 'json', showPii: false, info });
const row = (o: Record<string, unknown>) => JSON.stringify(o);
const GOOD = 'TC w/ cust, reports attending CNA classes M-F, grades B avg, cont ITA thru 6/30. Next TC 30 days.';

const r = await check([
  { line: 2, problem: 'a problem the reader found' },
  {
    line: 3,
    lines: [
      row({ id: 'n1', text: GOOD, date: '05/01/2025', participant_id: ' P1 ', staff: 'A. Rivera', contact_type: 'Telephone' }),
      row({ id: 'n2', text: 'Called cust, no answer. LM.', participant_id: 'P1', staff: 'A. Rivera', contact_type: 'Fax' }),
      '',
      row({ id: 'n3', text: 5 }),
      row({ id: 'n4', text: GOOD, date: 'soon' }),
    ].join('\n'),
  },
]);

describe('makeChecker', () => {
  it('counts notes, compliant and qualifying notes, and each rule by severity', () => {
    expect(r.notes).toBe(3);
    expect(r.qualifying).toBeGreaterThanOrEqual(1);
    expect(r.compliant).toBeLessThan(3);
    expect(r.rules['unsuccessful-attempt']?.[0]).toBe(1);
    expect(r.staff).toEqual({ 'A. Rivera': [2, expect.any(Number)] });
    // (JSON lines come out as UTF-8 bytes, written as they are checked.)
    const out = typeof r.out === 'string' ? r.out : new TextDecoder().decode(r.out);
    expect(out.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['n1', 'n2', 'n4']);
  });

  it("keeps each participant's contacts for the timelines: trimmed id, day, flags", () => {
    expect(r.participant).toEqual(['P1', 'P1']);
    expect(r.participantStaff).toEqual(['A. Rivera', 'A. Rivera']);
    expect([...r.day]).toEqual([toDayNumber('2025-05-01'), NONE]);
    const n1 = r.flags[0] ?? 0;
    expect(n1 & QUALIFIES).toBe(QUALIFIES);
    expect(n1 & COMPLIANT).toBe(COMPLIANT);
    expect(n1 >> TYPE_SHIFT).toBe(contactTypeSchema.options.indexOf('telephone') + 1);
    expect((r.flags[1] ?? 0) & QUALIFIES).toBe(0);
  });

  it('says that a date which can only be day first means the file may have dates read a month late', async () => {
    const checkDays = makeChecker({ policy: 'mo-dwd-toolbox', today: '2026-06-01', format: 'json', showPii: false, info });
    const day = await checkDays([{ line: 2, lines: [row({ id: 'd1', text: GOOD, date: '20/03/2026', participant_id: 'P1' }), row({ id: 'd2', text: GOOD, date: '05/04/2026', participant_id: 'P1' })].join('\n') }]);
    expect(day.problems).toBe(
      'audit: line 2: "20/03/2026" has month 20; months run 1 to 12 (it reads day first: if the file writes all its dates so, those that read both ways, such as 05/04/2026, were read month first and may put a contact a month late; save the file with dates as MM/DD/YYYY or YYYY-MM-DD); note checked without a contact date\n',
    );
  });

  it("reports problems on the file's lines, in order, and still checks what it can", () => {
    const lines = r.problems.split('\n').filter(Boolean);
    expect(lines[0]).toBe('audit: line 2: a problem the reader found');
    expect(lines[1]).toMatch(/^audit: line 4: contact type "fax" is not one of .*; note checked from its text alone$/);
    expect(lines[2]).toMatch(/^audit: line 6: .*text must be the note in words \(found a number\).*; row skipped$/);
    expect(lines[3]).toMatch(/^audit: line 7: .*; note checked without a contact date$/);
    expect(lines).toHaveLength(4);
  });
});
