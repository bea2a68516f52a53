/**
 * Note forms' drafts, one per participant, kind of page and visit (the form opened once: a tab, a reload), so no
 * visit writes over another's unsaved note; read back only if they still read.
 */
import type { CaseloadDb } from './db';
import { draftRowSchema, type DraftRow } from './schema';

/** A draft's key; a draft kept before drafts were kept by visit has visit '' and the key it had then. */
function draftKey(participant: string, pageKind: string, visit: string): string {
  return `${participant}|${pageKind}${visit ? `|${visit}` : ''}`;
}

/** Keeps a visit's draft; `replaces`, another visit's draft of the same form restored into it, goes in the same write. */
export async function saveDraft(
  db: CaseloadDb,
  d: { participantKey: string; pageKind: string; visit: string; text: string; contactType?: string | null; date?: string | null; updatedAt: string },
  replaces?: string,
): Promise<void> {
  await db.transaction('rw', db.drafts, async () => {
    if (replaces !== undefined && replaces !== d.visit) await db.drafts.delete(draftKey(d.participantKey, d.pageKind, replaces));
    await db.drafts.put(draftRowSchema.parse({ ...d, key: draftKey(d.participantKey, d.pageKind, d.visit) }));
  });
}

/** The participant's drafts of this kind of page that still read, newest first. */
export async function loadDrafts(db: CaseloadDb, participant: string, pageKind: string): Promise<DraftRow[]> {
  const rows = await db.drafts.where('participantKey').equals(participant).toArray();
  return rows
    .map((raw) => draftRowSchema.safeParse(raw))
    .flatMap((parsed) => (parsed.success && parsed.data.pageKind === pageKind ? [parsed.data] : []))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

export async function clearDraft(db: CaseloadDb, participant: string, pageKind: string, visit: string): Promise<void> {
  await db.drafts.delete(draftKey(participant, pageKind, visit));
}
