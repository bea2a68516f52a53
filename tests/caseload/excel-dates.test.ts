import { describe, expect, it } from 'vitest';
import { parseCaseloadCsv } from '../../lib/caseload/csv';

const csv = (...lines: string[]) => lines.join('\r\n');

describe('a caseload file with dates as Excel writes them into a CSV', () => {
  it('reads 14-Mar-25, March 14, 2025 and 2025/03/14 as the dates they show', () => {
    const { rows, errors } = parseCaseloadCsv(
      csv('ID,Last contact date,Activity start date', '7,14-Mar-25,"Sept. 4, 2024"', '8,"March 14, 2025",2024/09/04', '9,2025/03/14,4 September 2024'),
    );
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.participantId, r.lastContactDate, r.activityStartDate])).toEqual([
      ['7', '2025-03-14', '2024-09-04'],
      ['8', '2025-03-14', '2024-09-04'],
      ['9', '2025-03-14', '2024-09-04'],
    ]);
  });

  it('still refuses, on its line, a date that is not a day and a written date after today', () => {
    const { rows, errors } = parseCaseloadCsv(csv('ID,Last contact date', '7,31-Feb-25', '8,"June 3, 2026"', '9,14-Mar-25'), { today: '2026-01-10' });
    expect(rows.map((r) => r.participantId)).toEqual(['9']);
    expect(errors.map((e) => e.line)).toEqual([2, 3]);
    expect(errors[0]!.message).toContain('Last contact date for 7');
    expect(errors[1]!.message).toContain('after today');
  });

  it('reads a month in words in a file that writes its numeric dates day first, and still refuses the ambiguous ones', () => {
    const { rows, errors } = parseCaseloadCsv(csv('ID,Last contact date', '7,20/03/2025', '8,05/04/2025', '9,14-Mar-25'));
    expect(rows.map((r) => [r.participantId, r.lastContactDate])).toEqual([['9', '2025-03-14']]);
    expect(errors.map((e) => e.line)).toEqual([2, 3]);
    expect(errors[1]!.message).toContain('could be May 4 or April 5');
  });
});
