// @vitest-environment node
// (In the isolated project, not tests/cli: counting zod's loads needs a module registry of its own — tests/vitest.config.ts.)
/**
 * `cli audit` with a built-in pack loads no zod (a sixth of what a small audit used to compile):
 * the packs, the checker, the timelines and the row reader's fast path are zod-free, and zod is
 * loaded only for a row the fast path leaves alone, which it words as before.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { run as audit } from '../../lib/cli/audit';

const zod = vi.hoisted(() => ({ loads: 0 }));
vi.mock('zod', async (importOriginal) => {
  zod.loads++;
  return importOriginal();
});

const dir = mkdtempSync(join(tmpdir(), 'cnc-no-zod-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function auditOut(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out += typeof s === 'string' ? s : new TextDecoder().decode(s);
    return true;
  });
  const errWrite = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    err += typeof s === 'string' ? s : new TextDecoder().decode(s);
    return true;
  });
  try {
    return { code: await audit(args), out, err };
  } finally {
    write.mockRestore();
    errWrite.mockRestore();
  }
}

describe('cli audit of a file with a built-in pack', () => {
  it('checks the notes and builds the timelines without loading zod', async () => {
    const file = join(dir, 'notes.csv');
    writeFileSync(
      file,
      'id,participant_id,date,contact_type,text\n' +
        'n1,P1,2026-01-05,Telephone,"TC w/ cust, attending CNA classes, grades B avg, continue ITA. Next TC 30 days."\n' +
        'n2,P1,2026-05-20,Telephone,"Called cust, no answer. LM."\n',
    );
    for (const policy of ['mo-dwd-toolbox', 'mn-wf1']) {
      const { code, out } = await auditOut([file, '--policy', policy, '--as-of', '2026-06-01']);
      expect(code).toBe(0);
      const rows = out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(rows.map((r) => r.id ?? r.participant)).toEqual(['n1', 'n2', 'P1']);
      expect(rows[1]).toMatchObject({ qualifies: false });
    }
    expect(zod.loads).toBe(0);
  });

  it('loads zod for a row only zod words, and says what is wrong with it', async () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'n1', text: 5 })}\n${JSON.stringify({ id: 'n2', text: 'Called cust, no answer. LM.' })}\n`);
    const { code, out, err } = await auditOut([file, '--policy', 'mo-dwd-toolbox', '--as-of', '2026-06-01']);
    expect(code).toBe(0);
    expect(err).toBe('audit: line 1: text: text must be the note in words (found a number); row skipped\n');
    expect(out.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['n2']);
    expect(zod.loads).toBe(1);
  });
});
