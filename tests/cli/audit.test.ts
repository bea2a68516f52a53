// @vitest-environment node
/** `npm run cli -- audit …` end to end: a real child process on the fixture files. */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
/** Spawns the real command; tests run concurrently because each start of tsx costs seconds. */
function audit(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'lib/cli/main.ts', 'audit', ...args], { cwd: root });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}
const lines = (s: string) => s.split('\n').filter(Boolean);

describe.concurrent('cli audit', { timeout: 120_000 }, () => {
  it('prints one stable JSON object per note and reports bad rows with their line numbers', async () => {
    const r = await audit('tests/fixtures/audit/notes.csv', '--policy', 'mo-dwd-toolbox', '--as-of', '2025-06-01');
    expect(r.code).toBe(0);
    const rows = lines(r.out).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((o) => o.id)).toEqual(['n1', 'n2', 'n3', 'n5', 'n6', 'n7']);
    for (const o of rows) expect(Object.keys(o)).toEqual(['id', 'contactType', 'party', 'qualifies', 'findings']);
    expect(rows[0]).toEqual({ id: 'n1', contactType: 'telephone', party: 'participant', qualifies: true, findings: [] });
    const n2 = rows[1] as { qualifies: boolean; findings: Array<Record<string, unknown>> };
    expect(n2.qualifies).toBe(true);
    expect(n2.findings[0]).toMatchObject({ rule: 'unsuccessful-attempt', severity: 'info', start: 0, end: 2 });
    expect(Object.keys(n2.findings[0] ?? {})).toEqual(['rule', 'severity', 'message', 'start', 'end']);
    const n3 = rows[2] as { qualifies: boolean; findings: Array<{ rule: string; severity: string }> };
    expect(n3.qualifies).toBe(false);
    expect(n3.findings.some((f) => f.rule === 'unsuccessful-attempt' && f.severity === 'error')).toBe(true);
    expect(r.err).toMatch(/line 5: id: id is blank; row skipped/);
    expect(r.err).toMatch(/line 6: "13\/45\/2025" has month 13; months run 1 to 12; note checked without a contact date/);
    expect(r.err).toMatch(/line 8: contact type "carrier pigeon"/);
  });

  it('reads JSON Lines and skips malformed lines', async () => {
    const r = await audit('tests/fixtures/audit/notes.jsonl', '--policy', 'mn-wf1', '--as-of', '2025-06-01');
    expect(r.code).toBe(0);
    expect(lines(r.out).map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['j1', 'j2', '5']);
    expect(r.err).toMatch(/line 3: not valid JSON/);
    expect(r.err).toMatch(/line 4: text: text is missing/);
  });

  it('counts lines correctly after a quoted multi-line note', async () => {
    const r = await audit('tests/fixtures/audit/multiline.csv', '--policy', 'mo-dwd-toolbox', '--as-of', '2025-06-01');
    expect(lines(r.out)).toHaveLength(2);
    expect((JSON.parse(lines(r.out)[0] ?? '{}') as { contactType: string }).contactType).toBe('telephone');
  });

  it('writes CSV with one row per note and defuses spreadsheet formulas', async () => {
    const r = await audit('tests/fixtures/audit/hostile.csv', '--policy', 'mo-dwd-toolbox', '--format', 'csv', '--as-of', '2025-06-01');
    expect(r.code).toBe(0);
    const out = lines(r.out);
    expect(out[0]).toBe('id,participant_id,contact_type,party,qualifies,errors,warnings,infos,rules,messages');
    expect(out).toHaveLength(3);
    expect(r.out).toContain("'=cmd");
  });

  it('writes a standalone HTML report with every note text escaped', async () => {
    const r = await audit('tests/fixtures/audit/hostile.csv', '--policy', 'mo-dwd-toolbox', '--format', 'html', '--as-of', '2025-06-01');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^<!doctype html>/);
    expect(r.out).not.toContain('<img src=x');
    expect(r.out).not.toContain('<script>');
    expect(r.out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(r.out).toContain('role="status"');
    expect(r.out).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
  });

  it.each([
    [['tests/fixtures/audit/missing.csv', '--policy', 'mo-dwd-toolbox'], /file not found/],
    [['tests/fixtures/audit/notes.csv', '--policy', 'tx-twist'], /unknown policy pack "tx-twist"/],
    [['tests/fixtures/audit/notes.csv', '--policy', 'mo-dwd-toolbox', '--as-of', '2025-13-01'], /--as-of: "2025-13-01" has month 13/],
    [['tests/fixtures/audit/notes.csv', '--policy', 'mo-dwd-toolbox', '--format', 'xml'], /unknown format/],
    [['tests/fixtures/audit/notes.csv'], /--policy is required/],
    [[], /no input file/],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const r = await audit(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });
});
