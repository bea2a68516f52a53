// @vitest-environment node
/**
 * Reports never spread what the notes hold: SSNs and dates of birth masked in
 * every output format unless --show-pii, and control characters from input
 * never reach a terminal or spreadsheet raw.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, noteLines, participantLines } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'cnc-privacy-'));
const ESC = '\u001b';
const CSI = '\u009b';
const notes = join(dir, 'pii.csv');
writeFileSync(
  notes,
  [
    'id,participant_id,date,contact_type,text',
    `123-45-6789,SSN 987654321,03/03/2025,Telephone,"TC w/ cust ${ESC}[31mred${ESC}[0m, DOB 01/02/1980, SSN 123-45-6789, attending classes, grades B, cont ITA."`,
    `n2${ESC}[2J${ESC}]0;owned${CSI}31m,P2,03/04/2025,DOB 04/05/1981,"OV w/ cust ${ESC}[31mred${ESC}[0m, attending, passed module 2, cont ITA."`,
  ].join('\n'),
);
const audit = (...more: string[]) => cli('audit', notes, '--policy', 'mo-dwd-toolbox', '--as-of', '2025-06-01', ...more);
/** The plain JSON run, read by two tests (its stdout, its stderr): one Node start-up instead of two. */
let jsonRun: ReturnType<typeof cli> | undefined;
const auditJson = () => (jsonRun ??= audit());
const RAW = /123-45-6789|987654321|01\/02\/1980|04\/05\/1981/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe.concurrent('cli audit: PII and control characters', { timeout: 60_000 }, () => {
  it('JSON: ids and participants masked, controls escaped', async () => {
    const r = await auditJson();
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(RAW);
    expect(r.out).not.toMatch(CONTROL);
    expect(noteLines(r.out).map((o) => o.id)).toEqual(['***-**-6789', `n2${ESC}[2J${ESC}]0;owned${CSI}31m`]);
    expect(r.out).toContain('\\u009b31m');
    expect(participantLines(r.out).map((p) => p.participant)).toEqual(['SSN *****4321', 'P2']);
  });

  it('CSV: masked and every control shown as an escape', async () => {
    const r = await audit('--format', 'csv');
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(RAW);
    expect(r.out).not.toMatch(CONTROL);
    expect(r.out).toContain('***-**-6789,SSN *****4321,');
    expect(r.out).toContain('n2\\x1b[2J\\x1b]0;owned\\x9b31m,P2,');
  });

  it('HTML: note text masked, controls escaped', async () => {
    const r = await audit('--format', 'html');
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(RAW);
    expect(r.out).not.toMatch(CONTROL);
    expect(r.out).toContain('DOB **/**/****');
    expect(r.out).toContain('TC w/ cust \\x1b[31mred\\x1b[0m');
  });

  it('stderr: what a problem quotes from the file is masked and escaped too', async () => {
    const r = await auditJson();
    expect(r.err).toMatch(/line 3: contact type .*\*\*\/\*\*\/\*\*\*\*/);
    expect(r.err).not.toMatch(RAW);
    expect(r.err).not.toMatch(CONTROL);
  });

  it('--show-pii prints identifiers as they are (controls still escaped)', async () => {
    const r = await audit('--show-pii', '--format', 'csv');
    expect(r.out).toContain('123-45-6789,SSN 987654321,');
    expect(r.out).not.toMatch(CONTROL);
    const html = await audit('--show-pii', '--format', 'html');
    expect(html.out).toContain('DOB 01/02/1980');
  });
});

describe.concurrent("cli audit: a verdict's reason quotes the note, masked like the rest", { timeout: 60_000 }, () => {
  // The reason quotes the words its verdict rests on: here a template blank holding an SSN.
  const quoting = join(dir, 'quoting.csv');
  writeFileSync(quoting, ['id,text', 'q1,"Met [[SSN 123-45-6789]] at office"'].join('\n'));
  const run = (...more: string[]) => cli('audit', quoting, '--policy', 'mo-dwd-toolbox', '--as-of', '2025-06-01', ...more);
  const QUOTED = /123-45-6789/;

  for (const format of ['json', 'csv', 'html']) {
    it(`${format}: no SSN in the reason; --show-pii shows them`, async () => {
      const r = await run('--format', format);
      expect(r.code).toBe(0);
      expect(r.out).toContain('***-**-6789');
      expect(r.out).not.toMatch(QUOTED);
      expect((await run('--format', format, '--show-pii')).out).toContain('[SSN 123-45-6789]');
    });
  }
});

describe.concurrent('cli inspect: PII and control characters', { timeout: 60_000 }, () => {
  const page = join(dir, 'participant.html');
  writeFileSync(
    page,
    readFileSync('tests/fixtures/toolbox/participant.html', 'utf8').replace(
      'Called customer, no answer. LM asking her to call back.',
      `Called customer, SSN 123-45-6789, no answer.${ESC}[2J LM asking her to call back.`,
    ),
  );
  const url = 'http://127.0.0.1:4817/toolbox/participant?id=100234';

  it('text: masked, controls escaped', async () => {
    const r = await cli('inspect', page, '--url', url, '--format', 'text');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Called customer, SSN ***-**-6789, no answer.\\x1b[2J LM');
    expect(r.out).not.toMatch(CONTROL);
  });

  it('JSON: masked; --show-pii unmasks', async () => {
    const r = await cli('inspect', page, '--url', url);
    expect(JSON.stringify(JSON.parse(r.out))).toContain('Called customer, SSN ***-**-6789, no answer.\\u001b[2J LM');
    expect(r.out).not.toContain('123-45-6789');
    const shown = await cli('inspect', page, '--url', url, '--show-pii');
    expect(shown.out).toContain('123-45-6789');
  });
});
