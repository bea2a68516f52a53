/** Shared "flags / does not flag" table runner for the rule tests. */
import { describe, expect, it } from 'vitest';
import type { CaseNoteInput, Severity } from '../../lib/model';
import type { PackId } from '../../lib/packs';
import { PACKS } from '../../lib/packs';
import type { PolicyPack } from '../../lib/policy/schema';
import { checkNote } from '../../lib/rules';

export interface Case {
  text: string;
  note?: Omit<CaseNoteInput, 'text'>;
  pack?: PackId | PolicyPack;
  /** Expected severity of the finding (flags only). */
  severity?: Severity;
  /** Expected text under the finding's span (flags only). */
  span?: string;
}
type Row = string | Case;

export const TODAY = '2025-06-01';

export function verdictFor(c: Case, defaultPack: PackId) {
  const p = c.pack ?? defaultPack;
  const pack = typeof p === 'string' ? PACKS[p] : p;
  return checkNote({ hasDateField: true, ...c.note, text: c.text }, { pack, today: TODAY });
}

export function ruleTable(rule: string, rows: { flags: Row[]; doesNotFlag: Row[]; pack?: PackId }) {
  const pack = rows.pack ?? 'mo-dwd-toolbox';
  const asCase = (r: Row): Case => (typeof r === 'string' ? { text: r } : r);
  describe(rule, () => {
    describe('flags', () => {
      it.each(rows.flags.map((r) => [asCase(r).text, asCase(r)] as const))('%s', (_t, c) => {
        const v = verdictFor(c, pack);
        const found = v.findings.filter((f) => f.rule === rule);
        expect(found.length, JSON.stringify(v.findings)).toBeGreaterThan(0);
        const f = found[0];
        if (c.severity) expect(f?.severity).toBe(c.severity);
        if (c.span) expect(c.text.slice(f?.start ?? 0, f?.end ?? 0)).toBe(c.span);
        expect(f?.message.length).toBeGreaterThan(10);
      });
    });
    describe('does not flag', () => {
      it.each(rows.doesNotFlag.map((r) => [asCase(r).text, asCase(r)] as const))('%s', (_t, c) => {
        const v = verdictFor(c, pack);
        expect(v.findings.filter((f) => f.rule === rule)).toEqual([]);
      });
    });
  });
}
