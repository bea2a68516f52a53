// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../lib/cli/inspect';
import { cliPath } from './run-cli';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real command line, as a case manager's IT person would. */
function cli(...args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cliPath(), 'inspect', ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
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
    const r = await cli('tests/fixtures/toolbox/participant.html', '--url', 'https://demo.toolbox.mo.gov/toolbox/participant?id=100234');
    expect(r.code).toBe(0);
    const out: unknown = JSON.parse(r.stdout);
    expect(Object.keys(out as object)).toEqual(['system', 'page', 'participant', 'contacts', 'editor', 'caseload', 'problems']);
    expect(out).toMatchObject({
      system: 'toolbox',
      page: 'participant',
      participant: { id: '100234', planType: 'IEP', url: 'https://demo.toolbox.mo.gov/toolbox/participant?id=100234' },
      contacts: [{ date: '2026-08-22' }, { date: '2026-08-16' }],
      problems: [],
    });
  });

  it("names the platform (Virtual OneStop, America's JobLink) and the kind of note box", async () => {
    const vos = JSON.parse((await inProcess('tests/fixtures/vos/add-case-note.html', '--url', 'https://app-jobs.mo.gov/vosnet/case/Individual.aspx')).stdout) as {
      system: string;
      editor: { kind: string };
    };
    expect(vos.system).toBe('vos');
    expect(vos.editor.kind).toBe('textarea');
    const ajl = await inProcess('tests/fixtures/ajl/add-notes.html', '--format', 'text');
    expect(ajl.stdout).toContain('System: ajl   Page: note-editor');
    expect(ajl.stdout).toMatch(/note box: +#note_notes \(textarea\)/);
    const dir = mkdtempSync(join(tmpdir(), 'cnc-inspect-'));
    const page = join(dir, 'rich.html');
    writeFileSync(page, '<h1>Renee Castellanos (7731904)</h1><form><label id="l">Case note</label><div id="nb" contenteditable="true" aria-labelledby="l"></div><button>Save</button></form>');
    const rich = JSON.parse((await inProcess(page)).stdout) as { editor: { kind: string; noteField: string } };
    expect(rich.editor).toMatchObject({ kind: 'contenteditable', noteField: '#nb' });
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints a readable summary with --format text, problems included', async () => {
    const r = await inProcess('tests/fixtures/workforce-one/broken-progress-notes-bad-dates.html', '--format', 'text');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('System: workforce-one   Page: case-notes');
    expect(r.stdout).toContain('Participant: Tomas Lindqvist (MN-448120)');
    // Dates as people read them, not the read's ISO (the JSON keeps that).
    expect(r.stdout).toContain('  10/11/2026  In Person');
    expect(r.stdout).not.toContain('2026-10-11');
    expect(r.stdout).toContain('Problems (2):');
    expect(r.stdout).toContain('Couldn\'t read the contact date "13/45/2026" on case note 2');
  });

  it('says clearly when the page file does not exist, with exit code 2', async () => {
    const r = await cli('tests/fixtures/no-such-page.html');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("inspect: can't open tests/fixtures/no-such-page.html: no such file\n");
  });

  it('says what to do with a page saved as one file (MHTML) or a file that is not a page, instead of reading nothing from it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cnc-inspect-kind-'));
    try {
      const mhtml = join(dir, 'participant.mhtml');
      writeFileSync(mhtml, 'From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.toolbox.mo.gov/x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\r\n------MultipartBoundary--\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<html><body>=3D</body></html>\r\n');
      const pdf = join(dir, 'participant.pdf');
      writeFileSync(pdf, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0x01, 0x02, 0xff]));
      const archive = await inProcess(mhtml);
      expect(archive.code).toBe(2);
      expect(archive.stdout).toBe('');
      expect(archive.stderr).toMatch(/single-file web archive \(MHTML\).*save the page as "Web Page, HTML only"/);
      const binary = await inProcess(pdf);
      expect(binary.code).toBe(2);
      expect(binary.stdout).toBe('');
      expect(binary.stderr).toMatch(/is not a web page/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
