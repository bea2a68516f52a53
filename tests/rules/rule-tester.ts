/**
 * An ESLint-style rule tester: each table runs ONE rule alone (every other rule
 * of the pack switched off) and says, for every note it flags, each finding's
 * message, the words it underlines, and its fix — the note as the fix leaves
 * it, for a fix that inserts text. A note the rule passes gives no finding.
 *
 *   ruleTester('pii-in-note', {
 *     valid: ['TC w/ cust at 573-751-0236.'],
 *     invalid: [{ text: 'SSN 123-45-6789', errors: [{ span: '123-45-6789', fix: null }] }],
 *   });
 */
import { describe, expect, it } from 'vitest';
import type { CaseNoteInput, Finding, Fix, Severity } from '../../lib/model';
import { PACKS, type PackId } from '../../lib/packs';
import type { PolicyPack } from '../../lib/policy/schema';
import { checkNote, RULES } from '../../lib/rules';
import type { Rule } from '../../lib/rules/define';

export const TODAY = '2025-06-01';

interface Note {
  text: string;
  /** The page's structured fields; a date field is assumed unless said otherwise. */
  note?: Omit<CaseNoteInput, 'text'>;
  /** The pack, when not the table's. */
  pack?: PackId | PolicyPack;
}

export interface ExpectedFinding {
  /** The exact message, or a pattern; the rule's own message when left out. */
  message?: string | RegExp;
  severity?: Severity;
  /** The words the finding underlines, or null for a finding about the whole note. */
  span: string | null;
  /** Further words underlined with it ("no answer … LM"). */
  also?: string[];
  /** The fix offered, or null for none. */
  fix: Fix | null;
  /** For an insert-text fix: the whole note once the fix is applied. */
  output?: string;
}

export interface InvalidCase extends Note {
  errors: ExpectedFinding[];
}

type ValidCase = string | Note;

function ruleById(id: string): Rule {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule "${id}"`);
  return rule;
}

/** The pack with every rule but this one off; this one as the pack sets it (a pack that switches it off still does). */
export function alone(pack: PolicyPack, rule: Rule): PolicyPack {
  const rules: PolicyPack['rules'] = Object.fromEntries(RULES.map((r) => [r.id, 'off' as const]));
  const setting = pack.rules[rule.id];
  if (setting) rules[rule.id] = setting;
  else delete rules[rule.id];
  return { ...pack, rules };
}

/** Runs one rule alone on a note; the findings it returns, all of that rule. */
export function runRule(ruleId: string, c: Note, defaultPack: PackId = 'mo-dwd-toolbox'): Finding[] {
  const rule = ruleById(ruleId);
  const p = c.pack ?? defaultPack;
  const pack = alone(typeof p === 'string' ? PACKS[p] : p, rule);
  return checkNote({ hasDateField: true, ...c.note, text: c.text }, { pack, today: TODAY }).findings;
}

function applyFix(text: string, fix: Fix): string {
  return fix.kind === 'insert-text' ? text.slice(0, fix.at) + fix.text + text.slice(fix.at) : text;
}

/** Fails unless the rule, alone, flags the note with exactly these findings, in this order. */
export function expectFindings(ruleId: string, c: InvalidCase, defaultPack?: PackId): void {
  const rule = ruleById(ruleId);
  const found = runRule(ruleId, c, defaultPack);
  expect(found.map((f) => f.rule), 'one finding of this rule per expected error').toEqual(c.errors.map(() => ruleId));
  c.errors.forEach((want, i) => {
    const f = found[i]!;
    const message = want.message ?? rule.message;
    if (typeof message === 'string') expect(f.message, 'message').toBe(message);
    else expect(f.message, 'message').toMatch(message);
    if (want.severity) expect(f.severity, 'severity').toBe(want.severity);
    expect(f.start === undefined ? null : c.text.slice(f.start, f.end), 'span').toBe(want.span);
    expect((f.also ?? []).map((s) => c.text.slice(s.start, s.end)), 'also').toEqual(want.also ?? []);
    expect(f.fix ?? null, 'fix').toEqual(want.fix);
    if (want.output !== undefined) expect(f.fix && applyFix(c.text, f.fix), 'output').toBe(want.output);
  });
}

export function ruleTester(ruleId: string, table: { pack?: PackId; valid: ValidCase[]; invalid: InvalidCase[] }): void {
  ruleById(ruleId);
  const asNote = (c: ValidCase): Note => (typeof c === 'string' ? { text: c } : c);
  describe(ruleId, () => {
    describe('valid', () => {
      it.each(table.valid.map((c) => [asNote(c).text, asNote(c)] as const))('%s', (_t, c) => {
        expect(runRule(ruleId, c, table.pack)).toEqual([]);
      });
    });
    describe('invalid', () => {
      it.each(table.invalid.map((c) => [c.text, c] as const))('%s', (_t, c) => expectFindings(ruleId, c, table.pack));
    });
  });
}
