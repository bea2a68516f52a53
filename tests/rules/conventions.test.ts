/**
 * Fails the build when the rule set drifts: every rule file is registered,
 * its id is its file name, it has a table test, a README anchor, and a
 * citation for each pack that leaves it on.
 */
// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACK_IDS, PACKS } from '../../lib/packs';
import { RULES } from '../../lib/rules';

// Vitest runs from the repository root (tests/vitest.config.ts sets root).
const root = process.cwd();
const ruleFiles = readdirSync(`${root}/lib/rules`)
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'define.ts', 'run.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''));
const readme = readFileSync(`${root}/lib/rules/README.md`, 'utf8');

describe('rule conventions', () => {
  it('registers every rule file, and nothing else', () => {
    expect([...RULES.map((r) => r.id)].sort()).toEqual([...ruleFiles].sort());
  });

  it.each(ruleFiles)('%s: its id is its file name', async (file) => {
    const mod = (await import(`../../lib/rules/${file}.ts`)) as Record<string, { id?: string }>;
    const ids = Object.values(mod).map((v) => v.id);
    expect(ids).toContain(file);
  });

  it.each(ruleFiles)('%s: has a valid/invalid table run by the rule tester', (file) => {
    const test = `${root}/tests/rules/${file}.test.ts`;
    expect(existsSync(test)).toBe(true);
    expect(readFileSync(test, 'utf8')).toContain(`ruleTester('${file}'`);
  });

  it.each(ruleFiles)('%s: has a docs anchor in lib/rules/README.md', (file) => {
    expect(readme).toMatch(new RegExp(`^### ${file}$`, 'm'));
  });

  it('cites the policy clause for every rule a built-in pack leaves on', () => {
    const missing = Object.values(PACKS).flatMap((pack) =>
      RULES.filter((r) => (pack.rules[r.id] ?? (r.optIn ? 'off' : r.severity)) !== 'off' && !pack.citations[r.id]).map((r) => `${pack.id}: ${r.id}`),
    );
    expect(missing).toEqual([]);
  });

  it('keys every citation and every rule setting of a built-in pack by a rule id', () => {
    const ids = RULES.map((r) => r.id);
    const strays = Object.values(PACKS).flatMap((pack) =>
      [...Object.keys(pack.citations), ...Object.keys(pack.rules)].filter((id) => !ids.includes(id)).map((id) => `${pack.id}: ${id}`),
    );
    expect(strays).toEqual([]);
  });

  it('never names a pack in a rule: what differs between states is the pack\'s data', () => {
    const naming = ruleFiles.concat('index', 'define').flatMap((file) => {
      const source = readFileSync(`${root}/lib/rules/${file}.ts`, 'utf8');
      return PACK_IDS.filter((id) => source.includes(`'${id}'`)).map((id) => `${file}: ${id}`);
    });
    expect(naming).toEqual([]);
  });

  it('keeps the clock out of the pure core (now and the zone come through the context)', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? (d.name === 'cli' ? [] : walk(`${dir}/${d.name}`)) : d.name.endsWith('.ts') ? [`${dir}/${d.name}`] : [],
      );
    const offenders = walk(`${root}/lib`).filter((f) => /new Date\(\)|Date\.now\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('has a plain-English message and docs for every rule', () => {
    for (const r of RULES) {
      expect(r.message.length, r.id).toBeGreaterThan(20);
      expect(r.docs.length, r.id).toBeGreaterThan(20);
    }
  });
});
