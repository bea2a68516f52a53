/**
 * The edge every page read passes on its way in (readPage on the content
 * side, the background's gate again on arrival): how much of a page we
 * accept, and which links. A page is a stranger's input: without limits one
 * page could hand the background millions of rows or megabytes per field and
 * stall everything queued behind it, "forget everything" included. So:
 *
 * - rows and notes past the caps are not read, and the read says so in words
 *   (`This page is too large: the first 10,000 rows were read.`);
 * - an over-long name, activity or author is shortened; an over-long ID
 *   leaves its row out (a shortened ID would be someone else);
 * - an over-long note is left out rather than cut: its end may hold the "no
 *   answer" that makes it an attempt, and a wrong "qualifies" is the worst
 *   mistake. A note not read counts for nothing, which is the safe side;
 * - links go through `participantLink` (links.ts).
 *
 * Idempotent: a read already within the limits comes back unchanged. Pure.
 */
import type { CaseloadEntry, ContactRead, PageRead, ParticipantRead } from './types';
import { participantLink, type LinkContext } from './links';

export const PAGE_LIMITS = {
  /** Rows of a caseload list. */
  caseloadRows: 10_000,
  /** Notes in a participant's history on one page. */
  notes: 2_000,
  /** Characters in one note. */
  noteChars: 100_000,
  /** Characters in a participant ID (longer: the row is left out). */
  idChars: 100,
  /** Characters in a name, an activity, an author, a contact type or a subject (longer: shortened). */
  fieldChars: 300,
  /** Activities and planned gaps of one participant. */
  activities: 200,
  /** Sentences in `problems`, and characters in each. */
  problems: 20,
  problemChars: 500,
} as const;

/** Every sentence these limits add starts so; the background shows them in the popup. */
const TOO_LARGE = 'This page is too large:';

export const isSizeProblem = (problem: string): boolean => problem.startsWith(TOO_LARGE);

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const short = (text: string) => (text.length > PAGE_LIMITS.fieldChars ? text.slice(0, PAGE_LIMITS.fieldChars) : text);
const shortOrNull = (text: string | null) => (text === null ? null : short(text));

export function boundRead(read: PageRead, ctx: LinkContext): PageRead {
  const problems: string[] = [];
  const link = (url: string | null) => participantLink(url, ctx);

  let participant: ParticipantRead | null = read.participant;
  if (participant && participant.id.length > PAGE_LIMITS.idChars) {
    problems.push(`${TOO_LARGE} the participant's ID is longer than ${PAGE_LIMITS.idChars} characters, so who this page shows was not read.`);
    participant = null;
  }
  if (participant) {
    const activities = participant.activities.slice(0, PAGE_LIMITS.activities).map((a) => ({ ...a, name: short(a.name), code: shortOrNull(a.code) }));
    const plannedGaps = participant.plannedGaps.slice(0, PAGE_LIMITS.activities).map((g) => ({ ...g, reason: short(g.reason) }));
    if (participant.activities.length > activities.length || participant.plannedGaps.length > plannedGaps.length) {
      problems.push(`${TOO_LARGE} the first ${PAGE_LIMITS.activities} activities and planned gaps were read.`);
    }
    // A participant's own page is always on the page's origin; any other address is not kept.
    participant = { ...participant, name: short(participant.name), activities, plannedGaps, url: link(participant.url) ?? '' };
  }

  let contacts: ContactRead[] = read.contacts;
  if (contacts.length > PAGE_LIMITS.notes) {
    problems.push(`${TOO_LARGE} the first ${count(PAGE_LIMITS.notes, 'note', 'notes')} were read.`);
    contacts = contacts.slice(0, PAGE_LIMITS.notes);
  }
  const longNotes = contacts.filter((c) => c.text.length > PAGE_LIMITS.noteChars).length;
  if (longNotes) {
    problems.push(
      `${TOO_LARGE} ${count(longNotes, 'note', 'notes')} longer than ${PAGE_LIMITS.noteChars.toLocaleString('en-US')} characters ${longNotes === 1 ? 'was' : 'were'} not read, so ${longNotes === 1 ? 'it does' : 'they do'} not count toward a due date.`,
    );
    contacts = contacts.filter((c) => c.text.length <= PAGE_LIMITS.noteChars);
  }
  contacts = contacts.map((c) => ({
    ...c,
    contactTypeText: short(c.contactTypeText),
    serviceCode: shortOrNull(c.serviceCode),
    author: short(c.author),
    subject: shortOrNull(c.subject),
  }));

  let caseload: CaseloadEntry[] = read.caseload;
  if (caseload.length > PAGE_LIMITS.caseloadRows) {
    problems.push(`${TOO_LARGE} the first ${count(PAGE_LIMITS.caseloadRows, 'row', 'rows')} were read.`);
    caseload = caseload.slice(0, PAGE_LIMITS.caseloadRows);
  }
  const longIds = caseload.filter((e) => e.id.length > PAGE_LIMITS.idChars).length;
  if (longIds) {
    problems.push(`${TOO_LARGE} ${count(longIds, 'row', 'rows')} with an ID longer than ${PAGE_LIMITS.idChars} characters ${longIds === 1 ? 'was' : 'were'} left out.`);
    caseload = caseload.filter((e) => e.id.length <= PAGE_LIMITS.idChars);
  }
  caseload = caseload.map((e) => ({ ...e, name: short(e.name), activity: shortOrNull(e.activity), url: link(e.url) }));

  let editor = read.editor;
  if (editor?.participantId !== undefined && editor.participantId.length > PAGE_LIMITS.idChars) {
    const { participantId: _, ...rest } = editor;
    editor = rest;
  }

  const all = [...read.problems.map((p) => p.slice(0, PAGE_LIMITS.problemChars)), ...problems.filter((p) => !read.problems.includes(p))];
  return { ...read, participant, contacts, caseload, editor, problems: all.slice(0, PAGE_LIMITS.problems) };
}
