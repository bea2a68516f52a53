// @vitest-environment node
/** `cli audit -`: an export piped in (a monitor's job: `export-notes | cli audit - --policy …`), CSV or JSON Lines alike. */
import { describe, expect, it } from 'vitest';
import { cli, cliWithInput, lines, noteLines } from './run-cli';

const GOOD = 'TC w/ cust 3/3/2025, attending CNA classes, grades B avg, cont ITA thru 6/30. Next TC 30 days.';
const BAD = 'called cust, no answer, LM';
const audit = (input: string | Buffer, ...more: string[]) => cliWithInput(input, 'audit', '-', '--policy', 'mo-dwd-toolbox', '--as-of', '2025-06-01', ...more);

describe.concurrent('cli audit - (standard input)', { timeout: 60_000 }, () => {
  it('reads JSON Lines piped in, told by their first character, and checks each note', async () => {
    const r = await audit(`\n${JSON.stringify({ id: 'a', text: GOOD })}\n${JSON.stringify({ id: 'b', text: BAD })}\n`);
    expect(r.code).toBe(0);
    const notes = noteLines(r.out);
    expect(notes.map((n) => [n.id, n.qualifies])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });

  it('reads a CSV piped in, with its real line numbers in what it skips', async () => {
    const r = await audit(`id,text\nn1,"${GOOD}"\n,"${GOOD}"\nn3,"${BAD}"\n`);
    expect(r.code).toBe(0);
    expect(noteLines(r.out).map((n) => n.id)).toEqual(['n1', 'n3']);
    expect(lines(r.err)).toEqual([expect.stringMatching(/^audit: line 3: id: id is blank; row skipped$/)]);
  });

  it('a note exported with HTML character references is read as the words they stand for, its places in the note as exported', async () => {
    const text = 'TC 3/4&nbsp;-&nbsp;no&nbsp;answer.';
    const r = await audit(`id,text\nn1,"${text}"\n`);
    expect(r.code).toBe(0);
    const [note] = noteLines(r.out);
    expect(note?.qualifies).toBe(false);
    const failed = (note?.findings as { rule: string; start?: number; end?: number }[]).find((f) => f.rule === 'unsuccessful-attempt');
    expect(text.slice(failed?.start, failed?.end)).toMatch(/^no&nbsp;answer/);
  });

  it('an empty pipe says so, naming standard input, and exits non-zero', async () => {
    const r = await audit('');
    expect(r.code).toBe(1);
    expect(lines(r.err)).toEqual([expect.stringMatching(/^audit: standard input: the file is empty/)]);
    expect(r.out).toBe('');
  });

  it('binary bytes piped in are refused as from a file', async () => {
    const r = await audit(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/standard input: .*(binary|not UTF-8)/);
  });

  it('audit --help tells how to pipe an export in', async () => {
    const r = await cli('audit', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ {2}-\s+.*standard input/m);
  });
});
