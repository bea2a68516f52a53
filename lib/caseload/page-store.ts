/**
 * Stores what a page shows: a participant's own page (who they are, their
 * activities, the notes in their history, classified by the rules) or a
 * caseload page's rows, merged with what is on file, in one transaction.
 */
import { isSizeProblem } from '../adapters/limits';
import type { ContactRead, PageRead } from '../adapters/types';
import type { CaseloadDb } from '../db/db';
import { upsertParticipants, type ContactInput, type ParticipantInput } from '../db/write';
import { participantKey, participantRowSchema, type ContactRow, type ParticipantRow } from '../db/schema';
import { isWritten } from '../model';
import { packFor } from '../pack-for';
import type { PolicyPack } from '../policy/schema';
import { checkNote } from '../rules';
import { contactDateOf } from '../schedule/contact-date';
import type { Settings } from '../settings';
import type { BuiltInSite } from '../systems';
import { keptName } from '../words';
import { clearSavedDrafts, noteWords } from './drafts';
import { storeList } from './list-store';

interface PageStoreContext {
  /** Today's local calendar date, 'YYYY-MM-DD'. */
  today: string;
  /** The current instant, ISO 8601: when each fact was read. */
  at: string;
  /** The build's sites whose own state sets the pack. */
  sites?: readonly BuiltInSite[];
}

/** A short stable id for a note so two different notes on one day never collapse into one. */
function noteRef(c: ContactRead): string {
  let h = 2166136261;
  const s = `${c.date}|${c.contactTypeText}|${noteWords(c.text)}`;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/** Classifies one note read from the page with the rules, as the schedule needs it. */
export function contactFromNote(c: ContactRead, pack: PolicyPack, today: string): ContactInput {
  const verdict = checkNote({ text: c.text, contactType: c.contactType, contactDate: c.date, hasDateField: true }, { pack, today });
  const type = verdict.contactType ?? c.contactType;
  const written = isWritten(type);
  // The day the contact happened, which a log saved later records on an earlier day ("2/11 TC w/ client …").
  const date = contactDateOf(c.date, verdict);
  return {
    date,
    contactType: type,
    party: verdict.party,
    qualifies: verdict.qualifies,
    // A written contact qualifies only with the participant's reply documented; this note is where it is, and says when.
    responseDate: written && verdict.qualifies ? date : null,
    source: 'page',
    sourceRef: noteRef(c),
  };
}

/**
 * Which stored page contacts the history just read no longer shows: a note whose date or words were corrected in
 * the system (its old copy would keep the later date and hold the due date back), or one deleted there (entered for
 * the wrong person: a contact that never happened). Only within the dates the page shows, from its earliest note on,
 * so a history that lists recent notes only keeps the older ones; and none when the page was cut short for size.
 */
function goneFromHistory(read: PageRead, contacts: readonly ContactInput[]): (c: ContactRow) => boolean {
  const first = read.contacts.reduce<string | null>((min, c) => (min === null || c.date < min ? c.date : min), null);
  if (!read.historyShown || first === null || read.problems.some(isSizeProblem)) return () => false;
  const shown = new Set(contacts.map((c) => c.sourceRef));
  return (c) => c.source === 'page' && !shown.has(c.sourceRef) && c.date >= first;
}

/**
 * Stores one page read whole or not at all. `settings` are read before: awaiting
 * anything but the database inside the transaction would end it.
 */
export async function storePageRead(db: CaseloadDb, read: PageRead, settings: Settings, ctx: PageStoreContext): Promise<void> {
  await db.transaction('rw', [db.participants, db.contacts, db.summary, db.drafts], async () => {
    if (read.participant) await storeParticipantPage(db, read, settings, ctx);
    if (read.caseload.length) await storeCaseload(db, read, ctx);
  });
}

async function existingRow(db: CaseloadDb, key: string): Promise<ParticipantRow | null> {
  const parsed = participantRowSchema.safeParse(await db.participants.get(key));
  return parsed.success ? parsed.data : null;
}

async function storeParticipantPage(db: CaseloadDb, read: PageRead, settings: Settings, { today, at, sites }: PageStoreContext): Promise<void> {
  const p = read.participant;
  if (!p) return;
  const system = read.system;
  const key = participantKey(system, p.id);
  const pack = packFor(system, settings, p.url, sites);
  const existing = await existingRow(db, key);
  // A page that does not show the note history (a Workforce One Summary, a note form) says nothing about contacts.
  const showsHistory = read.historyShown || read.contacts.length > 0;
  const participant: ParticipantInput = {
    system,
    participantId: p.id,
    name: keptName(existing?.name, p.name, p.id),
    // Empty when the page's address was not one to keep (lib/adapters/links.ts): no link, never a bad one.
    url: read.page === 'participant' ? p.url || null : (existing?.url ?? (p.url || null)),
    enrolledDate: existing?.enrolledDate ?? null,
    // A notes page shows only the header: empty activities there mean "not shown", not "none".
    activities: p.activitiesShown ? p.activities : (existing?.activities ?? []),
    plannedGaps: p.activitiesShown ? p.plannedGaps : (existing?.plannedGaps ?? []),
    activitiesRead: p.activitiesShown ? { from: 'participant-page', at } : (existing?.activitiesRead ?? null),
    historyRead: showsHistory ? { from: read.page === 'participant' ? 'participant-page' : 'notes-page', at } : (existing?.historyRead ?? null),
  };
  const contacts = read.contacts.map((c) => contactFromNote(c, pack, today));
  if (showsHistory) {
    // The page's own note history replaces what a caseload list or import guessed,
    // and what an earlier read of it showed that it no longer does (below).
    const gone = goneFromHistory(read, contacts);
    await db.contacts
      .where('participantKey')
      .equals(key)
      .filter((c) => c.source !== 'page' || gone(c))
      .delete();
  }
  // Their status is worked out when asked (the list, the sidebar), not here.
  await upsertParticipants(db, [{ participant, contacts }], { today });
  await clearSavedDrafts(db, key, read.contacts);
}

/** A caseload page's rows: one batch, whatever the length of the list (list-store.ts). */
async function storeCaseload(db: CaseloadDb, read: PageRead, { today, at }: PageStoreContext): Promise<void> {
  await storeList(
    db,
    read.caseload.map((entry) => ({
      system: read.system,
      participantId: entry.id,
      name: entry.name || null,
      url: entry.url,
      lastContactDate: entry.lastContactDate ?? null,
      activity: entry.activity ? { name: entry.activity, code: null, startDate: null, endDate: null } : null,
      from: 'caseload-list' as const,
      at,
    })),
    today,
  );
}
