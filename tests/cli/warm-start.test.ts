/** The CLI's start-up set-up: Node's compile cache where this Node has one, quietly nothing where it has none. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCompileCache } from '../../lib/cli/warm-start';
import { cli } from './run-cli';

describe('useCompileCache', () => {
  it('turns the cache on where Node has one (22.1 and later)', () => {
    let calls = 0;
    expect(useCompileCache({ enableCompileCache: () => calls++ })).toBe(true);
    expect(calls).toBe(1);
  });

  it('does nothing on a Node without one (20), and says nothing', () => {
    expect(useCompileCache({})).toBe(false);
  });

  it('a cache that cannot be opened does not stop the CLI', () => {
    const failing = () => {
      throw new Error('EROFS: read-only file system');
    };
    expect(useCompileCache({ enableCompileCache: failing })).toBe(false);
  });

  it('the compiled CLI on this Node starts with nothing on stderr', { timeout: 60_000 }, async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cnc-warm-')), 'notes.csv');
    writeFileSync(file, 'id,date,contact_type,text\nn1,05/01/2025,Telephone,"TC w/ cust, attending CNA classes, grades B avg, cont ITA."\n');
    const r = await cli('audit', file, '--policy', 'mo-dwd-toolbox', '--as-of', '2025-06-01');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ id: 'n1', contactType: 'telephone' });
  });
});
