/**
 * The shared vocabulary of the product, in the case manager's words. Every
 * part (adapters, rules, schedule, database, UI) speaks these types; zod
 * schemas sit beside them so data entering from a page, storage or a file is
 * checked at the edge. The fixed lists the schemas are built from live in lib/kinds.ts,
 * zod-free, for code that needs a list and not a schema.
 */
import * as z from 'zod';
import { CONTACT_TYPES, PARTIES, SEVERITIES } from './kinds';

export { isWritten } from './kinds';

export const contactTypeSchema = z.enum(CONTACT_TYPES);
export type ContactType = z.infer<typeof contactTypeSchema>;

/** Who the contact was with. */
export const partySchema = z.enum(PARTIES);
export type Party = z.infer<typeof partySchema>;

export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

/**
 * The case-management system a page, participant or contact belongs to, by id ('toolbox').
 * Which ids exist is the system registry's (lib/systems), which sits above this vocabulary:
 * here only the shape is checked, and the messages the background accepts name a known system.
 */
export const systemIdSchema = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'expected a system id');
export type SystemId = z.infer<typeof systemIdSchema>;

/** A calendar date with no time and no zone: 'YYYY-MM-DD'. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export type IsoDate = z.infer<typeof isoDateSchema>;

/** A fix or suggestion is plain data so it can cross messaging and be stored. */
const fixSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('insert-text'), at: z.number().int().nonnegative(), text: z.string() }),
  z.object({ kind: z.literal('use-template'), templateId: z.string() }),
]);
export type Fix = z.infer<typeof fixSchema>;

const findingSchema = z.object({
  rule: z.string(),
  severity: severitySchema,
  message: z.string(),
  /** The policy clause behind the finding, for the "why" a supervisor sees. */
  cite: z.string().optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  /** More places in the note the same finding is about ("no answer … LM"): underlined too; start/end is the first. */
  also: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })).optional(),
  fix: fixSchema.optional(),
});
export type Finding = z.infer<typeof findingSchema>;

/** A case note as the rules see it: the free text plus whatever structured fields the page had. */
export const caseNoteSchema = z.object({
  text: z.string(),
  /** Structured contact-type drop-down value, already normalised; null when the page has none or it is blank. */
  contactType: contactTypeSchema.nullable().default(null),
  /** Structured contact date, when the page has a date field and it parsed. */
  contactDate: isoDateSchema.nullable().default(null),
  /** The date field's text as the page shows it (to say when it is no date at all); null without a field. */
  contactDateText: z.string().max(200).nullable().default(null),
  /** True when the page has a structured date field at all (even if blank). */
  hasDateField: z.boolean().default(false),
  /** Date the note was entered, when known (for the late-entry check). */
  enteredDate: isoDateSchema.nullable().default(null),
  /** Service code, e.g. Toolbox '600'. */
  serviceCode: z.string().nullable().default(null),
});
export type CaseNote = z.infer<typeof caseNoteSchema>;
export type CaseNoteInput = z.input<typeof caseNoteSchema>;

/**
 * Why a note does or does not count: the contact event the verdict rests on (its span in the
 * note) and a plain sentence saying so. Optional so verdicts stored before it existed still read.
 */
const verdictReasonSchema = z.object({
  message: z.string(),
  /** What came of the deciding event; 'none' when the note records no contact at all. */
  outcome: z.enum(['connected', 'attempt', 'one-way', 'unclear', 'planned', 'reported', 'none']),
  /** How it was made, finer than ContactType: texts and video calls are told apart. */
  channel: z.enum(['in-person', 'phone', 'video', 'letter', 'email', 'text']).nullable(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  /** The date written with the event, as typed. */
  date: z.string().optional(),
  /**
   * A contact the reader found that the participant gate refused: what the note does not show
   * (a two-way exchange, the participant as the other party, nobody else it could have been with, a reply's sender),
   * or ('statement') a contact the note does not state in the writer's words: the sidebar asks how they were reached.
   */
  missing: z.enum(['two-way', 'participant', 'someone-else', 'sender', 'statement']).optional(),
});
export type VerdictReason = z.infer<typeof verdictReasonSchema>;

/** What the rules conclude about one note, beyond its findings. */
export const noteVerdictSchema = z.object({
  contactType: contactTypeSchema.nullable(),
  party: partySchema.nullable(),
  /** Whether the note records a case-management contact that resets the due-date clock. */
  qualifies: z.boolean(),
  reason: verdictReasonSchema.optional(),
  findings: z.array(findingSchema),
});
export type NoteVerdict = z.infer<typeof noteVerdictSchema>;

export const activitySchema = z.object({
  name: z.string(),
  code: z.string().nullable().default(null),
  startDate: isoDateSchema.nullable().default(null),
  endDate: isoDateSchema.nullable().default(null),
});
export type Activity = z.infer<typeof activitySchema>;

export const plannedGapSchema = z.object({
  start: isoDateSchema,
  end: isoDateSchema,
  reason: z.string().default(''),
});
export type PlannedGap = z.infer<typeof plannedGapSchema>;

/**
 * Where and when a fact about a participant was read. A fact with no
 * provenance is unknown ("not read yet"), never "none": the sidebar must not
 * say a participant has no activity only because their page was not opened.
 */
export const factSourceSchema = z.object({
  from: z.enum(['participant-page', 'notes-page', 'caseload-list', 'import']),
  /** ISO 8601 instant (or date, for reads that only know the day). */
  at: z.string().min(10),
});
export type FactSource = z.infer<typeof factSourceSchema>;

/** One contact in a participant's history, as the schedule sees it. */
export const contactSchema = z.object({
  date: isoDateSchema,
  contactType: contactTypeSchema.nullable(),
  party: partySchema.nullable(),
  qualifies: z.boolean(),
  /** For letters/e-mails: the date the participant's response is documented, if any. */
  responseDate: isoDateSchema.nullable().default(null),
});
export type Contact = z.infer<typeof contactSchema>;
