/**
 * Quality on a labelled corpus of realistic notes (tests/corpus/mo.ts, mn.ts).
 * The labels come from reading the policies, not from the code; the floors
 * below are what we promise, and the printed table shows where we stand.
 *
 * Floors (documented in lib/rules/README.md):
 *  - contactType and qualifies accuracy ≥ 0.95 overall;
 *  - party accuracy ≥ 0.90;
 *  - no unsuccessful-attempt *error* on a note whose contact connected;
 *  - per rule, precision and recall at or above RULE_FLOORS.
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/policy';
import { checkNote } from '../../lib/rules';
import type { NoteVerdict } from '../../lib/model';
import { MN_CORPUS } from './mn';
import { MO_CORPUS } from './mo';
import type { LabelledNote } from './types';

const CORPUS: LabelledNote[] = [...MO_CORPUS, ...MN_CORPUS];
const TODAY = '2025-06-01';

const RULE_FLOORS: Record<string, { precision: number; recall: number }> = {
  'contact-type-missing': { precision: 0.9, recall: 0.9 },
  'unsuccessful-attempt': { precision: 0.9, recall: 0.9 },
  'response-pending': { precision: 0.85, recall: 0.8 },
  'progress-missing': { precision: 0.8, recall: 0.75 },
  'justification-missing': { precision: 0.8, recall: 0.75 },
  'third-party-insufficient': { precision: 0.85, recall: 0.8 },
  'not-substantive': { precision: 0.75, recall: 0.75 },
  'pii-in-note': { precision: 1, recall: 1 },
  'contact-date-missing': { precision: 1, recall: 1 },
};

const results = CORPUS.map((n) => ({
  n,
  v: checkNote({ text: n.text, contactType: n.field, hasDateField: n.hasDateField }, { pack: PACKS[n.pack], today: TODAY }),
}));
const flagged = (v: NoteVerdict) => new Set(v.findings.filter((f) => f.severity !== 'info').map((f) => f.rule));

describe('labelled corpus', () => {
  it('has at least 150 notes across both packs with unique ids', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CORPUS.map((n) => n.id)).size).toBe(CORPUS.length);
    expect(MN_CORPUS.length).toBeGreaterThan(40);
  });

  it('reads contact type, party and qualifies at or above the floors', () => {
    const acc = (f: (r: (typeof results)[number]) => boolean) => results.filter(f).length / results.length;
    const type = acc(({ n, v }) => v.contactType === n.expect.contactType);
    const party = acc(({ n, v }) => v.party === n.expect.party);
    const qual = acc(({ n, v }) => v.qualifies === n.expect.qualifies);
    const misses = results
      .filter(({ n, v }) => v.contactType !== n.expect.contactType || v.qualifies !== n.expect.qualifies || v.party !== n.expect.party)
      .map(({ n, v }) => `${n.id}: type ${v.contactType}/${n.expect.contactType} party ${v.party}/${n.expect.party} qualifies ${v.qualifies}/${n.expect.qualifies}`);
    console.log(`contactType ${type.toFixed(3)}  party ${party.toFixed(3)}  qualifies ${qual.toFixed(3)}\n${misses.join('\n')}`);
    expect(type).toBeGreaterThanOrEqual(0.95);
    expect(qual).toBeGreaterThanOrEqual(0.95);
    expect(party).toBeGreaterThanOrEqual(0.9);
  });

  it('never calls a connected contact an unsuccessful attempt (error)', () => {
    const wrong = results.filter(
      ({ n, v }) => n.expect.qualifies && v.findings.some((f) => f.rule === 'unsuccessful-attempt' && f.severity === 'error'),
    );
    expect(wrong.map(({ n }) => n.id)).toEqual([]);
  });

  it('finds each rule with precision and recall at or above its floor', () => {
    const lines: string[] = [];
    const failures: string[] = [];
    for (const [rule, floor] of Object.entries(RULE_FLOORS)) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      const wrong: string[] = [];
      for (const { n, v } of results) {
        const got = flagged(v).has(rule);
        const want = n.expect.rules.includes(rule);
        if (got && want) tp++;
        else if (got) {
          fp++;
          wrong.push(`+${n.id}`);
        } else if (want) {
          fn++;
          wrong.push(`-${n.id}`);
        }
      }
      const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
      const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
      lines.push(`${rule.padEnd(26)} P ${precision.toFixed(2)} R ${recall.toFixed(2)} (tp ${tp}, fp ${fp}, fn ${fn}) ${wrong.join(' ')}`);
      if (precision < floor.precision || recall < floor.recall) failures.push(rule);
    }
    console.log(lines.join('\n'));
    expect(failures).toEqual([]);
  });
});
