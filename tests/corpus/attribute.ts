/**
 * Why the checker misses real contacts, mechanically: for every dev and fresh note labelled "qualifies" that the
 * checker does not count, which key refused (the event reader and its participant gate, the second key's stated
 * contact, or both) and under that the first reason found. Never reads tests/corpus/locked.
 *
 *   npx tsx tests/corpus/attribute.ts            the table
 *   npx tsx tests/corpus/attribute.ts --list     and every miss with its cause (dev and fresh only)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { caseNoteSchema } from '../../lib/model';
import { PACKS } from '../../lib/packs';
import { participantGate } from '../../lib/policy/contact-gate';
import { assessContact } from '../../lib/policy/qualifies';
import { statedContacts } from '../../lib/policy/stated-contact';
import { analyzeText, type NoteAnalysis } from '../../lib/text/analyze';
import { MN_CORPUS } from './mn';
import { MO_CORPUS } from './mo';
import type { LabelledNote } from './types';

const here = new URL('.', import.meta.url).pathname;
async function load(dir: string): Promise<Array<LabelledNote & { style: string; split: string }>> {
  const out: Array<LabelledNote & { style: string; split: string }> = [];
  for (const f of readdirSync(join(here, dir)).filter((x) => x.endsWith('.ts')).sort()) {
    const m = (await import(join(here, dir, f))) as { STYLE: string; NOTES: LabelledNote[] };
    for (const n of m.NOTES) out.push({ ...n, style: m.STYLE, split: dir });
  }
  return out;
}

/**
 * The structure of the note's words behind a miss, first that applies (a heuristic over the text, for the table):
 * what a reader would have had to understand to count the contact.
 */
function wordsCause(n: LabelledNote, a: NoteAnalysis): string {
  const t = n.text;
  if (n.expect.party === 'provider' || n.expect.party === 'alternate') return 'third party (provider/alternate) with progress';
  if (/\bnot an? (no-?show|attempt)\b/i.test(t)) return 'negated failure ("not a no-show")';
  if (/^\s*(?:[-•*>]\s*)?(?:contact\s*(?:type|method|mode)?|type(?: of contact)?|caller|inbound[^:|\n]*|q|a|asked|response|bookings?|completed|accepted|event|attendees|present|[bsdiorpag])\s*[:|]/im.test(t) || /<t[dr]>/i.test(t))
    return 'form / template field / Q&A / calendar stamp';
  if (/\b(?:repl(?:y|ied)|answered|returned|rec'?d back|wrote|typed|DM'?d back|texted back|e-?mailed (?:back|answers)|thread|from: participant|voice memo)\b/i.test(t) && (n.expect.contactType === 'email' || n.expect.contactType === 'letter'))
    return 'written reply (thread, portal, form returned)';
  if (/\b(?:was|were|has been|been)\s+(?:contacted|reached|seen|met|completed|made|held|interviewed|visited)\b/i.test(t) || /\bcontact (?:was )?(?:made|completed)\b/i.test(t)) return 'passive';
  if (/\b(?:mother|mom|sister|son|daughter|grandfather|supervisor|interpreter|instructor|teacher|fww|coordinator|counselor)\b/i.test(t) && /\b(?:with|w\/|and|\+)\s+(?:her|his|the|client|cust)?\s*(?:mother|mom|sister|son|daughter|grandfather|supervisor|interpreter|instructor|teacher|fww)/i.test(t))
    return 'someone else present with the participant';
  const first = t.split(/[.\n•]/).find((x) => x.trim()) ?? '';
  if (!/\b(?:client|cust|customer|participant|ptcp|youth|student|cl|i|we|cm|she|he)\b/i.test(first) && /\b(?:tc|ov|call|phoned|zoom|teams|facetime|vrs|contact|visit|appt|mtg|meeting|staffing|walk-in|check-in|ph)\b/i.test(first))
    return 'fragment: contact with no participant in its sentence';
  if (a.events.length === 0 || a.textContactType === null) return 'verb/channel not known';
  if (/\b(?:Mr|Ms|Mrs|Dr)\.? [A-Z]|\b[A-Z][a-z]+ (?:replied|texted|called|came|said|DM'd)/.test(t) || /\b(?:w\/|with) [A-Z][a-z]+\b/.test(t)) return 'participant by name';
  return 'other wording';
}

interface Row {
  id: string;
  split: string;
  style: string;
  key: string;
  why: string;
  /** The structure of the words behind it (wordsCause). */
  words: string;
}

function attribute(n: LabelledNote): Row | null {
  const note = caseNoteSchema.parse({ text: n.text, contactType: n.field, hasDateField: n.hasDateField });
  const pack = PACKS[n.pack];
  const a = analyzeText(note.text, pack.phrases);
  const c = assessContact(note, a, pack);
  if (c.qualifies || !n.expect.qualifies) return null;
  const formTyped = note.contactType !== null || a.events.some((e) => e.declared);
  const stated = statedContacts(note.text, a.tokens, formTyped);
  const statedP = stated.some((s) => s.counterpart === (n.expect.party ?? 'participant'));
  const succ = a.events.filter((e) => e.successful);
  const gateP = succ.some((e) => (e.party ?? 'participant') !== 'participant' || participantGate(note.text, a, e).passed);
  const base = { id: n.id, split: '', style: '', words: wordsCause(n, a) };
  // The reader's own stage, before the gate.
  let reader: string | null = null;
  if (c.blank) reader = 'template blank';
  else if (!c.contactHappened) {
    if (a.events.length === 0) reader = 'no event';
    else if (a.attempts.length > 0) reader = 'read as an attempt';
    else if (a.pendingWritten) reader = 'read as one-way written (no reply seen)';
    else reader = 'event, no two-way evidence';
  } else if (c.contactType === null) reader = 'contact type unknown';
  else if (!pack.acceptedContactTypes.includes(c.contactType)) reader = 'type not accepted';
  else if (c.party !== (n.expect.party ?? 'participant')) reader = `party ${c.party} (want ${n.expect.party})`;
  else if (c.party !== 'participant') reader = `${c.party}: not enough progress`;
  if (reader) return { ...base, key: statedP ? 'reader (first key) only' : 'both', why: reader };
  if (c.gate) {
    const why = `gate: ${c.gate.missing}`;
    return { ...base, key: statedP ? 'gate only' : 'gate + second key', why };
  }
  if (c.unstated) return { ...base, key: 'second key only', why: stated.length ? 'stated, other sentence/party' : 'no stated sentence' };
  return { ...base, key: 'other', why: gateP ? 'unknown' : 'unknown (gate)' };
}

const notes = [...[...MO_CORPUS, ...MN_CORPUS].map((n) => ({ ...n, style: 'original', split: 'dev' })), ...(await load('dev')), ...(await load('fresh'))];
const rows: Row[] = [];
for (const n of notes) {
  const r = attribute(n);
  if (r) rows.push({ ...r, split: n.split, style: n.style });
}
const count = (f: (r: Row) => string) => {
  const m = new Map<string, number>();
  for (const r of rows) m.set(f(r), (m.get(f(r)) ?? 0) + 1);
  return [...m].sort((x, y) => y[1] - x[1]);
};
console.log(`missed contacts: ${rows.length} (dev ${rows.filter((r) => r.split === 'dev').length}, fresh ${rows.filter((r) => r.split === 'fresh').length})`);
console.log('\nby key:');
for (const [k, v] of count((r) => r.key)) console.log(`${String(v).padStart(4)}  ${k}`);
console.log('\nby structure of the words:');
for (const [k, v] of count((r) => r.words)) console.log(`${String(v).padStart(4)}  ${k}`);
console.log('\nby key and cause:');
for (const [k, v] of count((r) => `${r.key} | ${r.why}`)) console.log(`${String(v).padStart(4)}  ${k}`);
if (process.argv.includes('--list')) {
  console.log('\nnotes:');
  for (const r of rows.sort((x, y) => (x.key + x.why).localeCompare(y.key + y.why))) console.log(`${r.id}\t${r.key} | ${r.why} | ${r.words}`);
}
