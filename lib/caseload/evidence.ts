/**
 * One rule for what a list says about a participant — a caseload page's row
 * or a caseload CSV line — against what is already on file. Both paths use
 * it, so a file and a page never disagree about someone.
 *
 * A list's "last contact" is a stand-in: it says a contact happened, not what
 * kind, so it counts only until the participant's own note history has been
 * read. Once it has, the history is the record and the list's date is
 * ignored: it may be an attempt, and a wrong "qualifies" silently resets a
 * due date. Pure: the caller reads what is on file and writes the result.
 */
import type { Activity, FactSource, SystemId } from '../model';
import { keptName } from '../words';
import type { ParticipantRow } from '../db/schema';
import { standInContact, type ContactInput, type ParticipantInput } from '../db/write';

export interface ListEvidence {
  system: SystemId;
  participantId: string;
  name: string | null;
  url: string | null;
  lastContactDate: string | null;
  activity: Activity | null;
  from: 'caseload-list' | 'import';
  /** When it was read (ISO instant). */
  at: string;
}

interface OnFile {
  row: ParticipantRow | null;
  /** Contacts read from the participant's own pages are on file (rows from before `historyRead` existed). */
  pageHistory: boolean;
}

interface Merged {
  participant: ParticipantInput;
  /** The stand-in contact to write, if any. */
  contacts: ContactInput[];
  /** Earlier stand-ins (from a list or a file) are replaced by this one. */
  replaceStandIns: boolean;
}

const fromPage = (read: FactSource | null | undefined): boolean => read?.from === 'participant-page' || read?.from === 'notes-page';

export function mergeListEvidence(onFile: OnFile, e: ListEvidence): Merged {
  const before = onFile.row;
  const historyFromPage = fromPage(before?.historyRead) || onFile.pageHistory;
  const planFromPage = fromPage(before?.activitiesRead);
  const activities = planFromPage || !e.activity ? (before?.activities ?? []) : mergeActivity(before?.activities ?? [], e.activity);
  return {
    participant: {
      system: e.system,
      participantId: e.participantId,
      name: keptName(before?.name, e.name, e.participantId),
      url: e.url ?? before?.url ?? null,
      enrolledDate: before?.enrolledDate ?? null,
      activities,
      plannedGaps: before?.plannedGaps ?? [],
      // The participant's own page, once read, stays the source; a list fills in only what was unknown.
      activitiesRead: planFromPage ? before!.activitiesRead : e.activity ? { from: e.from, at: e.at } : (before?.activitiesRead ?? null),
      // An empty "last contact" cell is not read as "never contacted".
      historyRead: historyFromPage ? (before?.historyRead ?? null) : e.lastContactDate ? { from: e.from, at: e.at } : (before?.historyRead ?? null),
    },
    contacts: historyFromPage ? [] : standInContact(e.lastContactDate, e.from === 'caseload-list' ? 'caseload-list' : null),
    replaceStandIns: !historyFromPage && e.lastContactDate !== null,
  };
}

/** Adds the list's activity, or gives a known one the start date the list adds. */
function mergeActivity(existing: readonly Activity[], incoming: Activity): Activity[] {
  const same = existing.findIndex((a) => a.name === incoming.name);
  if (same < 0) return [...existing, incoming];
  return existing.map((a, i) => (i === same ? { ...a, startDate: incoming.startDate ?? a.startDate } : a));
}
