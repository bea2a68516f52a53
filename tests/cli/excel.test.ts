// @vitest-environment node
/**
 * Notes exports as a monitor gets them out of Excel: a `sep=;` first line, a byte-order mark,
 * CRLF, Windows-1252 ("CSV" on US Windows), UTF-16 ("Unicode Text"), blank rows and a summary
 * row under the data. Each is read as what it is, with the file's own line numbers.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, noteLines, participantLines } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'cnc-excel-'));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const audit = (path: string, ...more: string[]) => cli('audit', path, '--policy', 'mo-dwd-toolbox', '--as-of', '2025-12-01', ...more);

const MET = 'Met with customer in office; attending welding class, 32 hours logged, grades B. Continue ITA; next contact 7/1/2025.';

describe.concurrent('cli audit: exports saved from Excel', { timeout: 60_000 }, () => {
  it("honours Excel's sep=; line (after a BOM, with CRLF) and keeps the file's line numbers", async () => {
    const csv = `\ufeffsep=;\r\nNote ID;Participant ID;Contact Date;Case Note\r\nn1;100234;3/14/2025;"${MET}\r\nSecond line of the note."\r\nn2;100234;06/20/2025;"Called cust; no answer; LM."\r\nn3;100234;not a date;"${MET}"\r\n`;
    const r = await audit(file('sep.csv', csv));
    expect(r.code).toBe(0);
    expect(noteLines(r.out).map((o) => [o.id, o.qualifies])).toEqual([
      ['n1', true],
      ['n2', false],
      ['n3', true],
    ]);
    // sep= is line 1, the header line 2, n1 spans lines 3-4: n3 is on line 6.
    expect(r.err).toMatch(/^audit: line 6: "not a date"/m);
    expect(participantLines(r.out)).toHaveLength(1);
  });

  it('reads Windows-1252 (Excel\'s "CSV" on US Windows) and says so, instead of refusing the file', async () => {
    // The note's id, which the output repeats, holds ’ (0x92) and é (0xE9) as Windows-1252 writes them.
    const head = Buffer.from(`id,text\nn1,"${MET}"\nO`);
    const rest = Buffer.concat([Buffer.from([0x92]), Buffer.from('Brien caf'), Buffer.from([0xe9]), Buffer.from(',"Called cust, no answer, LM."\n')]);
    const r = await audit(file('cp1252.csv', Buffer.concat([head, rest])));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/not UTF-8.*read as Windows-1252/);
    expect(noteLines(r.out).map((o) => [o.id, o.qualifies])).toEqual([
      ['n1', true],
      ['O’Brien café', false],
    ]);
  });

  it('reads UTF-16 with tabs (Excel\'s "Unicode Text")', async () => {
    const text = `ID\tParticipant ID\tContact Date\tNote\r\nn1\t100234\t3/14/2025\t"${MET}"\r\nn2\t100234\t4/14/2025\tCalled cust, no answer, LM.\r\n`;
    const r = await audit(file('unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])));
    expect(r.code).toBe(0);
    expect(noteLines(r.out).map((o) => [o.id, o.qualifies])).toEqual([
      ['n1', true],
      ['n2', false],
    ]);
  });

  it('skips blank rows and a summary row under the data, without a note or a participant for them', async () => {
    const csv = `Participant ID,Contact Date,Note,Staff\n100234,3/14/2025,"${MET}",J. Smith\n,,,\n100235,3/15/2025,"${MET}",K. Lee\n,,,\nTotal: 2 notes,,,\n`;
    const r = await audit(file('summary.csv', csv));
    expect(r.code).toBe(0);
    expect(noteLines(r.out).map((o) => o.id)).toEqual(['2', '4']);
    expect(participantLines(r.out).map((p) => p.participant)).toEqual(['100234', '100235']);
    expect(r.err).toMatch(/^audit: line 6: no note text; row skipped$/m);
    expect(r.err).not.toMatch(/line [35]:/);
  });

  it('finds the note in a column named "Case Notes" or "Notes", and the participant in "Client ID"', async () => {
    const r = await audit(file('plural.csv', `Client ID,Contact Date,Case Notes,Staff Name\n100234,3/14/2025,"${MET}",J. Smith\n`));
    expect(r.code).toBe(0);
    expect(noteLines(r.out)).toHaveLength(1);
    expect(participantLines(r.out).map((p) => [p.participant, p.staff])).toEqual([['100234', 'J. Smith']]);
  });

  it('reads the dates Excel writes into a CSV (14-Mar-25, March 14, 2025, 2025/03/14, day numbers) for the timeline', async () => {
    const dates = ['1/10/2025', '14-Mar-25', 'June 20, 2025', '2025/08/01', '45900', '31-Feb-25'];
    const csv = `Participant ID,Contact Date,Note\n${dates.map((d) => `100234,"${d}","${MET}"`).join('\n')}\n`;
    const r = await audit(file('excel-dates.csv', csv));
    expect(r.code).toBe(0);
    // 45900 is 8/31/2025; only the impossible date is reported.
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/^audit: line 7: .*not a real date.*note checked without a contact date$/)]);
    const [p] = participantLines(r.out);
    expect(p).toMatchObject({ firstContact: '2025-01-10', lastContact: '2025-08-31' });
    expect((p!.gaps as Array<{ from: string; to: string | null }>).map((g) => [g.from, g.to])).toEqual([
      ['2025-03-14', '2025-06-20'],
      ['2025-08-31', null],
    ]);
  });
});
