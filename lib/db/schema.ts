/**
 * What the caseload database stores, as zod schemas. Every row read back is
 * checked against these: IndexedDB can hold anything an older version, a bug
 * or a hand edit in DevTools left there, so a bad row is skipped and reported
 * rather than crashing the overdue list.
 */
import * as z from 'zod';
import { activitySchema, contactSchema, contactTypeSchema, factSourceSchema, isoDateSchema, plannedGapSchema, systemIdSchema } from '../model';
import { PARTICIPANT_STATES } from '../schedule/status';

/** `${system}:${participantId}`, e.g. 'toolbox:123456'. */
export function participantKey(system: string, participantId: string): string {
  return `${system}:${participantId}`;
}

/**
 * A participant as read from pages and imports: who they are and the inputs
 * of their schedule other than contacts. Their due dates are not stored here;
 * they are worked out when asked for, from the caseload summary (summary.ts).
 * Rows written by versions before 4 carry computed fields too; parsing drops them.
 */
export const participantRowSchema = z.object({
  key: z.string().min(3),
  system: systemIdSchema,
  participantId: z.string().min(1),
  name: z.string(),
  /** The participant's page in the case-management system, to open from the list. */
  url: z.string().nullable(),
  enrolledDate: isoDateSchema.nullable(),
  activities: z.array(activitySchema),
  plannedGaps: z.array(plannedGapSchema),
  /** Where the activities and planned gaps were read; null: not read yet (empty lists then mean unknown). */
  activitiesRead: factSourceSchema.nullable().default(null),
  /** Where the contact history was read; null: not read yet (no contacts then means unknown). */
  historyRead: factSourceSchema.nullable().default(null),
  /** The last day a page or import showed this participant (retention). */
  lastSeen: isoDateSchema,
});
export type ParticipantRow = z.infer<typeof participantRowSchema>;

const contactSourceSchema = z.enum(['page', 'import']);

export const contactRowSchema = contactSchema.extend({
  /** Primary key: re-reading the same page writes the same key, so nothing is duplicated. */
  dedupeKey: z.string().min(1),
  participantKey: z.string().min(3),
  source: contactSourceSchema,
  /** The host system's own id for the note, when the page shows one. */
  sourceRef: z.string().nullable().default(null),
});
export type ContactRow = z.infer<typeof contactRowSchema>;

export const draftRowSchema = z.object({
  /** `${participantKey}|${pageKind}|${visit}` (no `|${visit}` for a draft kept before drafts were kept by visit) */
  key: z.string(),
  participantKey: z.string(),
  pageKind: z.string().min(1),
  /** The visit of the note form that kept it: each visit keeps its own ('' before drafts were kept by visit). */
  visit: z.string().default(''),
  text: z.string(),
  /** The host's contact-type option value and date field with the note (absent in drafts kept before they were). */
  contactType: z.string().nullable().default(null),
  date: z.string().nullable().default(null),
  /** ISO instant supplied by the caller ("now" is never read in lib/). */
  updatedAt: z.string().min(10),
});
export type DraftRow = z.infer<typeof draftRowSchema>;

export const SUMMARY_ID = 'caseload';

/**
 * The caseload summary (summary.ts): one record with every participant's key,
 * name, link, system and schedule digest in columns. Anything else found
 * under SUMMARY_ID is rebuilt from the tables.
 */
export const summaryRecordSchema = z.object({
  id: z.literal(SUMMARY_ID),
  /**
   * 3: systems by id. (2 stored each system as its position in the list of system ids, which made
   * that list's order a storage format; the v5 upgrade in db.ts turns one into the other. 1 counted
   * a participant whose contact history was never read from the activity start.)
   */
  format: z.literal(3),
  keys: z.array(z.string()),
  names: z.array(z.string()),
  urls: z.array(z.string().nullable()),
  /** Each participant's system, by id. */
  systems: z.array(systemIdSchema),
  /** Participant i's digest is data[offsets[i] .. offsets[i + 1]). */
  offsets: z.instanceof(Int32Array),
  data: z.instanceof(Int32Array),
  /** Participant rows that failed validation when the summary was built. */
  unreadable: z.array(z.string()),
});
export type SummaryRecord = z.infer<typeof summaryRecordSchema>;

/** A row that failed validation: shown to the user as "N records could not be read", never thrown. */
export interface SkippedRow {
  table: 'participants' | 'contacts' | 'drafts';
  key: string;
  reason: string;
}

/** One line of the overdue list: what the UI needs, with the state as of today. */
export const dueParticipantSchema = participantRowSchema
  .pick({ key: true, system: true, participantId: true, name: true, url: true })
  .extend({
    nextDueDate: isoDateSchema,
    softExitDate: isoDateSchema.nullable(),
    lastContactDate: isoDateSchema.nullable(),
    lastContactType: contactTypeSchema.nullable(),
    daysRemaining: z.number().int(),
    state: z.enum(PARTICIPANT_STATES),
  });
export type DueParticipant = z.infer<typeof dueParticipantSchema>;
