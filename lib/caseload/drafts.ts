/**
 * The background's side of note drafts: keep the draft of each participant's
 * note form, offer it back, and forget it once the note is submitted or shows
 * up in the system's note history, so a saved note is never offered again.
 */
import type { ContactRead } from '../adapters/types';
import type { CaseloadDb } from '../db/db';
import { clearDraft, loadDraft, saveDraft } from '../db/drafts';
import type { Handlers } from '../messages';
import type { Serial } from './serial';

type DraftHandlers = Pick<Handlers, 'draft-load' | 'draft-save' | 'draft-discard'>;

/** A note's words as compared with a draft's: case and spacing aside. */
export const noteWords = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** A draft whose text now appears in the system's note history was saved: forget it. */
export async function clearSavedDrafts(db: CaseloadDb, key: string, contacts: readonly ContactRead[]): Promise<void> {
  if (!contacts.length) return;
  const saved = new Set(contacts.map((c) => noteWords(c.text)));
  const drafts = await db.drafts.where('participantKey').equals(key).toArray();
  const done = drafts.filter((d) => typeof d.text === 'string' && saved.has(noteWords(d.text))).map((d) => d.key);
  if (done.length) await db.drafts.bulkDelete(done);
}

/**
 * `serially`: the queue page reads run on, so a draft is answered only after
 * a read that came first has cleared it. `now`: the draft's timestamp.
 */
export function draftHandlers(db: CaseloadDb, serially: Serial, now: () => string): DraftHandlers {
  /** Notes just submitted, by draft key: their text is not kept or offered as a draft again. Short-lived by design. */
  const submitted = new Map<string, string>();
  function rememberSubmitted(key: string, text: string): void {
    submitted.delete(key);
    submitted.set(key, text);
    // A handful is all a working session needs; the oldest go first.
    while (submitted.size > 50) submitted.delete(submitted.keys().next().value as string);
  }

  return {
    async 'draft-load'({ participantKey: key, pageKind }) {
      return serially(async () => {
        const d = await loadDraft(db, key, pageKind);
        if (!d) return null;
        if (submitted.get(d.key) === noteWords(d.text)) {
          await clearDraft(db, key, pageKind);
          return null;
        }
        return { text: d.text, updatedAt: d.updatedAt, contactType: d.contactType, date: d.date };
      });
    },
    async 'draft-save'({ participantKey: key, pageKind, text, contactType, date }) {
      return serially(async () => {
        // A save that was on its way when the note was submitted is not kept: the note is in the system now.
        if (!text.trim() || submitted.get(`${key}|${pageKind}`) === noteWords(text)) await clearDraft(db, key, pageKind);
        else {
          submitted.delete(`${key}|${pageKind}`);
          await saveDraft(db, { participantKey: key, pageKind, text, contactType: contactType ?? null, date: date ?? null, updatedAt: now() });
        }
        return { ok: true as const };
      });
    },
    async 'draft-discard'({ participantKey: key, pageKind, submitted: text }) {
      return serially(async () => {
        if (text !== undefined) rememberSubmitted(`${key}|${pageKind}`, noteWords(text));
        await clearDraft(db, key, pageKind);
        return { ok: true as const };
      });
    },
  };
}
