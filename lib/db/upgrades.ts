/**
 * Version 6's upgrade: the generic reader's participants (the systems an agency adds) are kept under
 * their site's host, `generic:<host>/<id>`, as a built-in system's drawn on another site already was
 * (lib/gate/kept-apart.ts): two agencies' systems can both have a participant 12345, and under
 * `generic:12345` the two were one person. A stored row names its site in its link (the page it was
 * read from); its contacts, drafts and place in the caseload summary move with it. A row with no link
 * (imported from a file) names no site and stays as it is: nothing is guessed, nothing is dropped.
 */
import type { Transaction } from 'dexie';
import { SUMMARY_ID } from './schema';

type Row = Record<string, unknown>;

/** The participant ID a stored generic row gets under its site's host, or null to leave it as it is. */
function genericIdOnSite(row: Row): string | null {
  if (row.system !== 'generic' || typeof row.url !== 'string' || typeof row.participantId !== 'string') return null;
  let host: string;
  try {
    host = new URL(row.url).host;
  } catch {
    return null;
  }
  if (!host || row.participantId.startsWith(`${host}/`)) return null;
  return `${host}/${row.participantId}`;
}

export async function genericIdsUnderHost(tx: Transaction): Promise<void> {
  const participants = tx.table<Row, string>('participants');
  const contacts = tx.table<Row, string>('contacts');
  const drafts = tx.table<Row, string>('drafts');
  const summary = tx.table<Row, string>('summary');
  const moved = new Map<string, string>();
  for (const row of await participants.where('key').startsWith('generic:').toArray()) {
    const participantId = genericIdOnSite(row);
    if (!participantId) continue;
    const key = `generic:${participantId}`;
    moved.set(row.key as string, key);
    await participants.delete(row.key as string);
    await participants.put({ ...row, key, participantId });
  }
  if (moved.size === 0) return;
  for (const [from, to] of moved) {
    for (const c of await contacts.where('participantKey').equals(from).toArray()) {
      const dedupe = c.dedupeKey as string;
      await contacts.delete(dedupe);
      await contacts.put({ ...c, participantKey: to, dedupeKey: dedupe.startsWith(`${from}|`) ? `${to}${dedupe.slice(from.length)}` : dedupe });
    }
    for (const d of await drafts.where('participantKey').equals(from).toArray()) {
      await drafts.delete(d.key as string);
      await drafts.put({ ...d, participantKey: to, key: `${to}|${String(d.pageKind)}` });
    }
  }
  const record = await summary.get(SUMMARY_ID);
  if (record && Array.isArray(record.keys)) await summary.put({ ...record, keys: record.keys.map((k: unknown) => (typeof k === 'string' ? (moved.get(k) ?? k) : k)) });
}
