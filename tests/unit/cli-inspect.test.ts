// @vitest-environment node
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real command line, as a case manager's IT person would. */
function cli(...args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'lib/cli/main.ts', 'inspect', ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? 1 : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

// Concurrent: each run starts a fresh Node process, which is most of the time taken.
describe.concurrent('cli inspect', { timeout: 60_000 }, () => {
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
    const r = await cli('tests/fixtures/workforce-one/broken-progress-notes-bad-dates.html', '--format', 'text');
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
    const [format, folder] = await Promise.all([
      cli('tests/fixtures/toolbox/caseload.html', '--format', 'xml'),
      cli('tests/fixtures'),
    ]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format must be json or text, not "xml".');
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('that is a folder, not a page');
  });
});
