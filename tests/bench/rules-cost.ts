/**
 * `npx tsx tests/bench/rules-cost.ts [notes]`: what the rules cost a note, and a guard that
 * making them cheaper changed nothing they say.
 *
 * - `corpus`: one hash of every verdict (qualifies, contact type, party, reason, findings with
 *   rule, severity and span) of every labelled corpus note (all splits) under each built-in
 *   pack, and the count of notes. One hash only, never a note or a per-note result.
 * - `varied`: the same hash over the bench's varied export (varied-notes.ts, 20,000 notes
 *   unless told), and the CPU time a note costs the rules on it, after a warm-up pass:
 *   the figure `cli audit` pays per note.
 *
 * A change meant to be output-neutral: run it before and after on the same base and compare
 * (`… rules-cost.ts 20000 hash`: the hashes only, no timing). `--cpu-prof` (node's) on
 * `npx tsx` profiles the same loop.
 */
import { createHash } from 'node:crypto';
import type { CaseNote } from '../../lib/model';
import { PACKS } from '../../lib/packs';
import { checkParsedNote } from '../../lib/rules/run';
import { normaliseContactType } from '../../lib/text/contact-type';
import { corpusNotes } from '../cli/corpus-notes';
import { variedNotes } from './varied-notes';

const TODAY = '2026-12-01';
const PACK_IDS = ['mo-dwd-toolbox', 'mn-wf1', 'wioa-baseline'] as const;
const count = Number(process.argv[2] ?? 20_000);

const shape = (text: string, contactType: CaseNote['contactType'], hasDateField: boolean): CaseNote => ({
  text, contactType, contactDate: null, contactDateText: null, hasDateField, enteredDate: null, serviceCode: null,
});

function digest(notes: readonly CaseNote[]): string {
  const h = createHash('sha256');
  for (const id of PACK_IDS) {
    const ctx = { pack: PACKS[id], today: TODAY };
    for (const n of notes) h.update(JSON.stringify(checkParsedNote(n, ctx))).update('\n');
  }
  return h.digest('hex').slice(0, 16);
}

const corpus = (await corpusNotes()).map((n) => shape(n.text, n.field, n.hasDateField));
console.log(`corpus: ${corpus.length} notes × ${PACK_IDS.length} packs ${digest(corpus)}`);

const varied: CaseNote[] = [];
for (const row of variedNotes(count)) {
  if ('raw' in row) continue;
  const t = normaliseContactType(row.contact_type);
  varied.push(shape(row.text, t.ok ? t.contactType : null, true));
}
console.log(`varied: ${varied.length} notes × ${PACK_IDS.length} packs ${digest(varied)}`);

for (const id of process.argv[3] === 'hash' ? [] : (['mo-dwd-toolbox', 'mn-wf1'] as const)) {
  const ctx = { pack: PACKS[id], today: TODAY };
  const runs: number[] = [];
  for (let round = 0; round < 3; round++) {
    const t0 = process.cpuUsage();
    for (const n of varied) checkParsedNote(n, ctx);
    const t = process.cpuUsage(t0);
    runs.push((t.user + t.system) / varied.length);
  }
  // The first round warms up; the best of the rest is the least disturbed by the neighbours.
  console.log(`cost ${id}: ${Math.min(...runs.slice(1)).toFixed(1)} µs CPU a note (rounds ${runs.map((r) => r.toFixed(1)).join(', ')})`);
}
