/** A note form's draft per participant and kind of page, read back only if it still reads. */
import type { CaseloadDb } from './db';
import { draftRowSchema, type DraftRow } from './schema';

function draftKey(participant: string, pageKind: string): string {
  return `${participant}|${pageKind}`;
}

export async function saveDraft(
  db: CaseloadDb,
  d: { participantKey: string; pageKind: string; text: string; contactType?: string | null; date?: string | null; updatedAt: string },
): Promise<void> {
  await db.drafts.put(draftRowSchema.parse({ ...d, key: draftKey(d.participantKey, d.pageKind) }));
}

/** The saved draft, or null when there is none or it could not be read. */
export async function loadDraft(db: CaseloadDb, participant: string, pageKind: string): Promise<DraftRow | null> {
  const raw = await db.drafts.get(draftKey(participant, pageKind));
  if (raw === undefined) return null;
  const parsed = draftRowSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function clearDraft(db: CaseloadDb, participant: string, pageKind: string): Promise<void> {
  await db.drafts.delete(draftKey(participant, pageKind));
}
