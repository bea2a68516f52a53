/**
 * The background's side of note drafts: keep the draft of each visit of each participant's
 * note form, offer them back, and forget one once its note is submitted or shows
 * up in the system's note history, so a saved note is never offered again.
 */
import type { ContactRead } from '../adapters/types';
import type { CaseloadDb } from '../db/db';
import { clearDraft, loadDrafts, saveDraft } from '../db/drafts';
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
  /** Notes just submitted, by participant and form, in their words: no draft of them is kept or offered again. Short-lived by design. */
  const submitted = new Map<string, Set<string>>();
  const form = (key: string, pageKind: string) => `${key}|${pageKind}`;
  const wasSubmitted = (key: string, pageKind: string, text: string) => submitted.get(form(key, pageKind))?.has(noteWords(text)) ?? false;
  function rememberSubmitted(at: string, words: string): void {
    const texts = submitted.get(at) ?? new Set<string>();
    submitted.delete(at);
    submitted.set(at, texts.add(words));
    // A handful is all a working session needs; the oldest go first.
    while (submitted.size > 50) submitted.delete(submitted.keys().next().value as string);
  }

  return {
    async 'draft-load'({ participantKey: key, pageKind }) {
      return serially(async () => {
        const drafts = await loadDrafts(db, key, pageKind);
        const done = drafts.filter((d) => wasSubmitted(key, pageKind, d.text));
        if (done.length) await db.drafts.bulkDelete(done.map((d) => d.key));
        return drafts.filter((d) => !done.includes(d)).map((d) => ({ visit: d.visit, text: d.text, updatedAt: d.updatedAt, contactType: d.contactType, date: d.date }));
      });
    },
    async 'draft-save'({ participantKey: key, pageKind, visit, text, contactType, date, replaces }) {
      return serially(async () => {
        // A save that was on its way when the note was submitted is not kept: the note is in the system now.
        if (!text.trim() || wasSubmitted(key, pageKind, text)) await clearDraft(db, key, pageKind, visit);
        else await saveDraft(db, { participantKey: key, pageKind, visit, text, contactType: contactType ?? null, date: date ?? null, updatedAt: now() }, replaces);
        return { ok: true as const };
      });
    },
    async 'draft-discard'({ participantKey: key, pageKind, visit, submitted: text }) {
      return serially(async () => {
        await clearDraft(db, key, pageKind, visit);
        if (text === undefined) return { ok: true as const };
        // Submitted: that note is in the system now, and so is any draft of it another visit kept.
        const words = noteWords(text);
        rememberSubmitted(form(key, pageKind), words);
        const same = (await loadDrafts(db, key, pageKind)).filter((d) => noteWords(d.text) === words);
        if (same.length) await db.drafts.bulkDelete(same.map((d) => d.key));
        return { ok: true as const };
      });
    },
  };
}
