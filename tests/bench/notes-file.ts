/**
 * A synthetic notes export, the same for every run: `count` notes for
 * count/20 participants over about two years, written by a handful of staff,
 * as JSON Lines or CSV. Most notes are good telephone or in-person contacts;
 * some are attempts (not qualifying) or carry an SSN; participants contacted
 * rarely get gaps. Streams to disk so a million notes never sit in memory.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { addDays } from '../../lib/dates';
import { rng } from './random-history';

const NOTES = [
  'TC w/ cust, reports attending CNA classes M-F, grades B avg, cont ITA thru 6/30. Next TC 30 days.',
  'OV with customer, completed module 3 of welding cert, 92% attendance, needs bus pass; next appt 8/12.',
  'Called cust, no answer. LM.',
  'Spoke with instructor by phone, cust attending, 95% attendance, passed module 4, on track to complete 5/30, continue ITA.',
  'Met w/ cust in office, working 20 hrs/wk at Walmart while in school, grades A/B, continue supportive services, next contact in 30 days.',
  'TC w/ cust, SSN 123-45-6789 confirmed, attending classes, cont ITA.',
  'Sent email to cust re: FAFSA, no response yet.',
];
const TYPES = ['Telephone', 'In Person', 'Telephone', 'Telephone', 'In Person', 'Telephone', 'E-mail'];
const STAFF = ['A. Rivera', 'B. Chen', 'C. Okafor', 'D. Smith', 'E. Novak'];

export interface NoteRow {
  id: string;
  participant_id: string;
  date: string;
  staff: string;
  contact_type: string;
  text: string;
}

export function* notes(count: number, seed = 7): Generator<NoteRow> {
  const rand = rng(seed);
  const participants = Math.max(1, Math.round(count / 20));
  // Each participant's notes walk forward in time; a few participants are neglected (long steps).
  const day = new Int32Array(participants);
  for (let i = 0; i < count; i++) {
    const p = i % participants;
    const neglected = p % 7 === 0;
    day[p] = (day[p] ?? 0) + 1 + Math.floor(rand() * (neglected ? 140 : 45));
    const k = Math.floor(rand() * NOTES.length);
    yield {
      id: `n${i + 1}`,
      participant_id: `P${String(p + 1).padStart(6, '0')}`,
      date: addDays('2024-01-01', day[p] ?? 0),
      staff: STAFF[p % STAFF.length] ?? '',
      contact_type: TYPES[k] ?? '',
      text: NOTES[k] ?? '',
    };
  }
}

const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const COLUMNS = ['id', 'participant_id', 'date', 'staff', 'contact_type', 'text'] as const;

/**
 * Streams rows to `path` as JSON Lines (.jsonl) or CSV (anything else), a buffer at a time. A `raw`
 * row is a line written as it is (a broken one, on purpose): JSON Lines only, CSV leaves it out.
 */
export async function writeRows(path: string, rows: Iterable<NoteRow | { raw: string }>): Promise<void> {
  const out = createWriteStream(path);
  const jsonl = path.endsWith('.jsonl');
  const put = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  if (!jsonl) await put(`${COLUMNS.join(',')}\n`);
  let buf = '';
  for (const n of rows) {
    if ('raw' in n) {
      if (jsonl) buf += `${n.raw}\n`;
    } else buf += jsonl ? `${JSON.stringify(n)}\n` : `${COLUMNS.map((c) => csvCell(n[c])).join(',')}\n`;
    if (buf.length > 1 << 16) {
      await put(buf);
      buf = '';
    }
  }
  await put(buf);
  out.end();
  await once(out, 'close');
}

/** Writes `count` notes to `path` as JSON Lines (.jsonl) or CSV (anything else). */
export function writeNotesFile(path: string, count: number, seed = 7): Promise<void> {
  return writeRows(path, notes(count, seed));
}
