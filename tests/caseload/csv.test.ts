import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { escapeCsvCell, exportDueCsv, parseCaseloadCsv, type DueCsvItem } from '../../lib/caseload/csv';

const csv = (...lines: string[]) => lines.join('\r\n');

describe('reading a caseload export', () => {
  it('reads rows under the usual headers', () => {
    const { rows, errors } = parseCaseloadCsv(
      csv('Participant ID,Participant Name,Last Contact Date,Activity,Activity Start Date', '1001,Ana Garcia,01/15/2025,OST,9/3/24'),
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { line: 2, participantId: '1001', name: 'Ana Garcia', lastContactDate: '2025-01-15', activity: 'OST', activityStartDate: '2024-09-03' },
    ]);
  });

  it.each([['State ID'], ['  id  '], ['PARTICIPANT_ID'], ['participant-id']])('finds the ID column headed %j', (h) => {
    const { rows } = parseCaseloadCsv(csv(`${h},name`, 'A1,Bo'));
    expect(rows[0]).toMatchObject({ participantId: 'A1', name: 'Bo' });
  });

  it('accepts a byte-order mark, blank lines and extra columns', () => {
    const { rows, errors } = parseCaseloadCsv(`\uFEFFID,Name,Office\n\n7,"Lee, Kim",North\n\n`);
    expect(errors).toEqual([]);
    expect(rows).toMatchObject([{ participantId: '7', name: 'Lee, Kim', line: 3 }]);
  });

  it('explains a bad date on the row it is on and leaves the row out', () => {
    const { rows, errors } = parseCaseloadCsv(csv('ID,Last contact date', '1,02/30/2025', '2,03/01/2025'));
    expect(rows.map((r) => r.participantId)).toEqual(['2']);
    expect(errors).toEqual([{ line: 2, message: 'Last contact date for 1: "02/30/2025" is not a real date: month 2 of 2025 has 28 days.' }]);
  });

  it('in a file that writes dates day first, refuses a date that reads both ways rather than take 5 April for 4 May', () => {
    const { rows, errors } = parseCaseloadCsv(csv('Participant ID,Name,Last Contact Date', '1001,Ana Garcia,20/03/2026', '1002,Bo Lee,05/04/2026', '1003,Cy Ng,2026-04-05', '1004,Di Wu,04/04/2026'));
    // 05/04/2026 read month first would be a last contact a month later than 5 April: the due date too.
    expect(rows.map((r) => [r.participantId, r.lastContactDate])).toEqual([
      ['1003', '2026-04-05'],
      ['1004', '2026-04-04'],
    ]);
    expect(errors).toEqual([
      { line: 2, message: 'Last contact date for 1001: "20/03/2026" has month 20; months run 1 to 12.' },
      {
        line: 3,
        message: 'Last contact date for 1002: "05/04/2026" could be May 4 or April 5, and this file writes dates day first ("20/03/2026" on line 2). Save the file with dates as MM/DD/YYYY or YYYY-MM-DD and import it again.',
      },
    ]);
  });

  it('reads month-first dates as ever when nothing in the file is day first', () => {
    const { rows, errors } = parseCaseloadCsv(csv('Participant ID,Last Contact Date,Activity Start Date', '1001,05/04/2026,12/31/2025'));
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ lastContactDate: '2026-05-04', activityStartDate: '2025-12-31' });
  });

  it('reports a row without an ID and a repeated ID', () => {
    const { rows, errors } = parseCaseloadCsv(csv('ID,Name', ',No id', '5,First', '5,Again'));
    expect(rows.map((r) => r.name)).toEqual(['First']);
    expect(errors).toEqual([
      { line: 2, message: 'This row has no participant ID.' },
      { line: 4, message: 'Participant ID 5 appears again (first on line 3); this row was skipped.' },
    ]);
  });

  it('says when there is no ID column', () => {
    expect(parseCaseloadCsv(csv('Name,Office', 'Bo,North')).errors).toEqual([
      { line: 1, message: 'No participant ID column. Name one column "Participant ID", "ID" or "State ID". The header row has: "Name", "Office".' },
    ]);
  });

  it('names the columns it found when there is no ID column, so a wrong separator or header shows', () => {
    expect(parseCaseloadCsv(csv('Name,Office', 'Bo,North')).errors[0]?.message).toContain('The header row has: "Name", "Office".');
  });

  it('finds the header under a report title and its blank line, as many system exports begin', () => {
    const { rows, errors } = parseCaseloadCsv(csv('Caseload report,,', 'Generated 12/01/2026,,', '', 'Participant ID,Name,Last contact date', '1,Ann,11/01/2026', '2,Bo,yesterday'));
    expect(rows).toEqual([{ line: 5, participantId: '1', name: 'Ann', lastContactDate: '2026-11-01', activity: null, activityStartDate: null }]);
    expect(errors).toEqual([{ line: 6, message: 'Last contact date for 2: "yesterday" is not a date in MM/DD/YYYY, M/D/YY or YYYY-MM-DD form.' }]);
  });

  it('honours the "sep=;" line Excel writes and reads, and counts lines as the file has them', () => {
    const { rows, errors } = parseCaseloadCsv(csv('sep=;', 'Participant ID;Name;Last contact date', '1;Núñez, José;11/01/2026', '2;Bo;11/31/2026'));
    expect(rows).toEqual([{ line: 3, participantId: '1', name: 'Núñez, José', lastContactDate: '2026-11-01', activity: null, activityStartDate: null }]);
    expect(errors).toEqual([{ line: 4, message: 'Last contact date for 2: "11/31/2026" is not a real date: month 11 of 2026 has 30 days.' }]);
  });

  it('says when a date-like column is not read, rather than import everyone with no contact on file', () => {
    const { rows, errors } = parseCaseloadCsv(csv('Participant ID,Name,Last Contacted', '1,Ann,11/01/2026'));
    expect(rows).toHaveLength(1);
    expect(errors).toEqual([
      {
        line: 1,
        message:
          'No last contact date column, so these participants are imported with no contact on file. The column "Last Contacted" was not read: name it "Last contact date" to import its dates.',
      },
    ]);
    expect(parseCaseloadCsv(csv('Participant ID,Name,Office', '1,Ann,North')).errors).toEqual([]);
  });

  it('says when the file is empty or has only a header', () => {
    expect(parseCaseloadCsv('  \n ').errors[0]?.message).toMatch(/^The file is empty/);
    expect(parseCaseloadCsv('ID,Name\n').errors[0]?.message).toBe('The file has a header row but no participants.');
  });

  it('refuses binary files such as a spreadsheet saved as .xlsx', () => {
    const zip = 'PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000\u0000\u0000!\u0000';
    expect(parseCaseloadCsv(zip)).toEqual({ rows: [], errors: [{ line: 0, message: expect.stringMatching(/not a CSV text file/) }] });
  });

  it('refuses a file that is too large before parsing it', () => {
    const { rows, errors } = parseCaseloadCsv('ID\n' + '1\n'.repeat(100), { maxChars: 50 });
    expect(rows).toEqual([]);
    expect(errors[0]?.message).toMatch(/too large/);
  });

  it('stops at the row limit and says so', () => {
    const body = ['ID', ...Array.from({ length: 30 }, (_, i) => String(i))].join('\n');
    const { rows, errors } = parseCaseloadCsv(body, { maxRows: 10 });
    expect(rows).toHaveLength(10);
    expect(errors).toEqual([{ line: 12, message: 'Only the first 10 rows were read; split the file to import the rest.' }]);
  });

  it('lists at most the error limit and then a summary', () => {
    const body = ['ID,Last contact', ...Array.from({ length: 50 }, (_, i) => `${i},bad`)].join('\n');
    const { errors } = parseCaseloadCsv(body, { maxErrors: 5 });
    expect(errors).toHaveLength(6);
    expect(errors[5]).toEqual({ line: 0, message: '…and 45 more problems not listed.' });
  });

  it('a name or activity typed over two lines in a cell (Alt+Enter in Excel) is read on one line', () => {
    const { rows, errors } = parseCaseloadCsv('ID,Name,Activity\n7,"Lee,\nKim","Occupational\r\n  Skills Training"\n8,"Ann\rBo",OST\n');
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.name, r.activity])).toEqual([
      ['Lee, Kim', 'Occupational Skills Training'],
      ['Ann Bo', 'OST'],
    ]);
  });

  it("takes Excel's date serial numbers in a date column, as a file saved from Excel holds them", () => {
    // 45992 is 12/1/2025 in Excel's 1900 date system; 45628 is 12/2/2024.
    const { rows, errors } = parseCaseloadCsv(csv('ID,Last contact date,Activity start date', '7,45992,45628', '8,11/02/2025,'));
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.participantId, r.lastContactDate, r.activityStartDate])).toEqual([
      ['7', '2025-12-01', '2024-12-02'],
      ['8', '2025-11-02', null],
    ]);
  });

  it('a number that is no plausible date (an ID pasted in the column, a decimal) is still refused, saying why', () => {
    const { rows, errors } = parseCaseloadCsv(csv('ID,Last contact date', '7,1234567', '8,45992.5', '9,12'));
    expect(rows).toEqual([]);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(errors[0]?.message).toBe('Last contact date for 7: "1234567" is not a date in MM/DD/YYYY, M/D/YY or YYYY-MM-DD form.');
  });

  it('never throws, whatever the file holds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(fc.array(fc.string(), { maxLength: 6 }), { maxLength: 8 }).map((rows) => Papa.unparse(rows))), (s) => {
        const r = parseCaseloadCsv(`ID,Name,Last contact date\n${s}`);
        expect(Array.isArray(r.rows) && Array.isArray(r.errors)).toBe(true);
        parseCaseloadCsv(s);
      }),
      { numRuns: 500 },
    );
  });
});

describe('exporting the overdue list', () => {
  const systemName = (id: string) => (id === 'toolbox' ? 'Toolbox' : id);
  const item = (over: Partial<DueCsvItem>): DueCsvItem => ({
    name: 'Ana Garcia',
    participantId: '1001',
    system: 'toolbox',
    nextDueDate: '2025-01-03',
    daysRemaining: -7,
    state: 'overdue',
    softExitDate: '2025-02-02',
    lastContactDate: '2024-10-05',
    lastContactType: 'in-person',
    ...over,
  });

  it('writes one row per participant: US dates, days overdue or days until due, never a negative count', () => {
    expect(exportDueCsv([item({}), item({ name: 'Bo', daysRemaining: 3, state: 'due-soon', lastContactType: 'telephone' })], systemName).split('\r\n')).toEqual([
      'Name,Participant ID,System,Due date,Days overdue,Due in (days),Status,Soft exit date,Last contact date,Last contact type',
      'Ana Garcia,1001,Toolbox,1/3/2025,7,,Overdue,2/2/2025,10/5/2024,in person',
      'Bo,1001,Toolbox,1/3/2025,,3,Due soon,2/2/2025,10/5/2024,phone',
    ]);
  });

  it("words the status and contact type as the popup's rows do, not as the code names them", () => {
    const rows = exportDueCsv([item({ state: 'soft-exited', daysRemaining: -40 }), item({ state: 'ok', daysRemaining: 50, lastContactType: 'email' })], systemName).split('\r\n');
    expect(rows[1]).toContain(',Soft-exited,');
    expect(rows[2]).toContain(',On track,');
    expect(rows[2]?.endsWith(',e-mail')).toBe(true);
  });

  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd'])('defuses a name that a spreadsheet would run as a formula: %j', (name) => {
    const out = Papa.parse<string[]>(exportDueCsv([item({ name })], systemName)).data[1]?.[0];
    expect(out).toBe(`'${name}`);
  });

  it('leaves ordinary names alone', () => {
    expect(escapeCsvCell("O'Brien-Smith")).toBe("O'Brien-Smith");
  });
});
