// @vitest-environment node
import { execFile } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../lib/cli/inspect';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real command line, as a case manager's IT person would. */
function cli(...args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['dist/cli.js', 'inspect', ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? 1 : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs the command in this process: the same code, without a Node start-up per case. */
async function inProcess(...args: string[]): Promise<Result> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  const code = await run(args);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

afterEach(() => {
  vi.restoreAllMocks();
});

// Two real runs of the compiled CLI prove the wiring; the rest run in-process.
describe('cli inspect', { timeout: 60_000 }, () => {
  it('prints what it read from a saved Toolbox page as JSON', async () => {
    const r = await cli('tests/fixtures/toolbox/participant.html', '--url', 'http://127.0.0.1:4817/toolbox/participant?id=100234');
    expect(r.code).toBe(0);
    const out: unknown = JSON.parse(r.stdout);
    expect(Object.keys(out as object)).toEqual(['system', 'page', 'participant', 'contacts', 'editor', 'caseload', 'problems']);
    expect(out).toMatchObject({
      system: 'toolbox',
      page: 'participant',
      participant: { id: '100234', planType: 'IEP', url: 'http://127.0.0.1:4817/toolbox/participant?id=100234' },
      contacts: [{ date: '2026-08-22' }, { date: '2026-08-16' }],
      problems: [],
    });
  });

  it('prints a readable summary with --format text, problems included', async () => {
    const r = await inProcess('tests/fixtures/workforce-one/broken-progress-notes-bad-dates.html', '--format', 'text');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('System: workforce-one   Page: case-notes');
    expect(r.stdout).toContain('Participant: Tomas Lindqvist (MN-448120)');
    expect(r.stdout).toContain('Problems (2):');
    expect(r.stdout).toContain('Couldn\'t read the contact date "13/45/2026" on case note 2');
  });

  it('says clearly when the page file does not exist, with exit code 2', async () => {
    const r = await cli('tests/fixtures/no-such-page.html');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("inspect: can't open tests/fixtures/no-such-page.html: no such file\n");
  });

  it('refuses an unknown format and a folder with exit code 2', async () => {
    const format = await inProcess('tests/fixtures/toolbox/caseload.html', '--format', 'xml');
    const folder = await inProcess('tests/fixtures');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format must be json or text, not "xml".');
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('that is a folder, not a page');
  });
});
