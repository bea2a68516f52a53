/**
 * What the caseload database stores, as zod schemas. Every row read back is
 * checked against these: IndexedDB can hold anything an older version, a bug
 * or a hand edit in DevTools left there, so a bad row is skipped and reported
 * rather than crashing the overdue list.
 */
import { z } from 'zod';
import { activitySchema, contactSchema, contactTypeSchema, isoDateSchema, plannedGapSchema, severitySchema } from '../model';
import { participantStateSchema, scheduleProblemCodeSchema } from '../schedule/status';

export const systemIdSchema = z.enum(['toolbox', 'workforce-one', 'generic']);

/** `${system}:${participantId}`, e.g. 'toolbox:123456'. */
export function participantKey(system: string, participantId: string): string {
  return `${system}:${participantId}`;
}

export const participantRowSchema = z.object({
  key: z.string().min(3),
  system: systemIdSchema,
  participantId: z.string().min(1),
  name: z.string(),
  /** Lower-cased name for search (index added in schema version 2). */
  nameLower: z.string(),
  /** The participant's page in the case-management system, to open from the list. */
  url: z.string().nullable(),
  enrolledDate: isoDateSchema.nullable(),
  activities: z.array(activitySchema),
  plannedGaps: z.array(plannedGapSchema),
  lastSeen: isoDateSchema,
  // Computed by the schedule on `computedOn`; stored so the due list is one indexed query.
  // daysRemaining and state are as of that day; readers work them out for today from the dates.
  computedOn: isoDateSchema,
  /** The first day this status could change without new data (recheckDay); null: only new data changes it. */
  recheckOn: isoDateSchema.nullable(),
  nextDueDate: isoDateSchema.nullable(),
  softExitDate: isoDateSchema.nullable(),
  daysRemaining: z.number().int().nullable(),
  state: participantStateSchema,
  lastContactDate: isoDateSchema.nullable(),
  lastContactType: contactTypeSchema.nullable(),
  problems: z.array(z.object({ code: scheduleProblemCodeSchema, severity: severitySchema, message: z.string() })),
});
export type ParticipantRow = z.infer<typeof participantRowSchema>;

export const contactSourceSchema = z.enum(['page', 'import']);

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
  /** `${participantKey}|${pageKind}` */
  key: z.string(),
  participantKey: z.string(),
  pageKind: z.string().min(1),
  text: z.string(),
  /** ISO instant supplied by the caller ("now" is never read in lib/). */
  updatedAt: z.string().min(10),
});
export type DraftRow = z.infer<typeof draftRowSchema>;

/** A row that failed validation: shown to the user as "N records could not be read", never thrown. */
export interface SkippedRow {
  table: 'participants' | 'contacts' | 'drafts';
  key: string;
  reason: string;
}

/** One line of the overdue list: what the UI needs, with the state as of today. */
export const dueParticipantSchema = participantRowSchema.pick({
  key: true,
  system: true,
  participantId: true,
  name: true,
  url: true,
  nextDueDate: true,
  softExitDate: true,
  lastContactDate: true,
  lastContactType: true,
}).extend({
  nextDueDate: isoDateSchema,
  daysRemaining: z.number().int(),
  state: participantStateSchema,
});
export type DueParticipant = z.infer<typeof dueParticipantSchema>;
