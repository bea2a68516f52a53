/**
 * The zod schemas of what an adapter reads, and of an agency's custom site. Only the
 * background (the boundary a page read crosses: lib/messages.ts, lib/gate/), the command line
 * and the tests load them; the content script uses the plain types in types.ts and carries no
 * validation library (ARCHITECTURE.md, "Why the content script is small").
 */
import * as z from 'zod';
import { isValidIsoDate, MIN_YEAR } from '../dates';
import { activitySchema, contactTypeSchema, plannedGapSchema, systemIdSchema } from '../model';
import { matchPatternError } from './custom-site';
import type { CustomSite } from './custom-site';

/**
 * A date a page shows: the readers make them with parseUsDate, so a real calendar date from 1900 on.
 * Anything else came from elsewhere and would be taken as written ('0001-01-01' put a row 739,854 days overdue).
 */
const readDateSchema = z.string().refine((date) => isValidIsoDate(date) && Number(date.slice(0, 4)) >= MIN_YEAR, {
  message: `expected a real YYYY-MM-DD date from ${MIN_YEAR} on`,
});

const pageKindSchema = z.enum(['participant', 'case-notes', 'note-editor', 'caseload', 'unknown']);

const planTypeSchema = z.enum(['ISS', 'IEP']);

export const participantReadSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  planType: planTypeSchema.nullable(),
  activities: z.array(activitySchema.extend({ startDate: readDateSchema.nullable().default(null), endDate: readDateSchema.nullable().default(null) })),
  plannedGaps: z.array(plannedGapSchema.extend({ start: readDateSchema, end: readDateSchema })),
  /**
   * False when the page only shows the participant's header (a notes page):
   * then empty `activities` means "not on this page", not "none".
   */
  activitiesShown: z.boolean(),
  url: z.string(),
});

export const contactReadSchema = z.object({
  date: readDateSchema,
  /** The contact type exactly as the page shows it. */
  contactTypeText: z.string(),
  contactType: contactTypeSchema.nullable(),
  /** Toolbox service code, e.g. '600'; null where the system has none. */
  serviceCode: z.string().nullable(),
  author: z.string(),
  /** Workforce One and Virtual OneStop notes carry a subject line. */
  subject: z.string().nullable().default(null),
  text: z.string(),
});

export const caseloadEntrySchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  lastContactDate: readDateSchema.nullable(),
  activity: z.string().nullable(),
  url: z.string().nullable(),
});

/**
 * CSS selectors for the note form. Ours match exactly one element in the
 * document that was read; an agency's own selectors are passed through as
 * written (the first match is the one meant).
 */
export const editorReadSchema = z.object({
  found: z.boolean(),
  noteField: z.string(),
  contactTypeField: z.string().nullable(),
  dateField: z.string().nullable(),
  submitControl: z.string().nullable(),
  participantId: z.string().optional(),
  /**
   * What `noteField` selects: a <textarea> (when absent), a contenteditable
   * element, or an iframe whose document's body is the editor.
   */
  kind: z.enum(['textarea', 'contenteditable', 'iframe']).optional(),
});

export const pageReadSchema = z.object({
  system: systemIdSchema,
  page: pageKindSchema,
  participant: participantReadSchema.nullable(),
  contacts: z.array(contactReadSchema),
  /**
   * True when the page shows the participant's note history (even an empty
   * one): only then does "no contacts" mean the system shows none.
   */
  historyShown: z.boolean().default(false),
  caseload: z.array(caseloadEntrySchema),
  editor: editorReadSchema.nullable(),
  /** Things the case manager should know we couldn't read, in their words. */
  problems: z.array(z.string()),
});

const matchPatternSchema = z.string().trim().superRefine((value, ctx) => {
  const error = matchPatternError(value);
  if (error) ctx.addIssue({ code: 'custom', message: error });
});

const selectorSchema = z.string().trim().min(1, 'A selector cannot be empty.').max(500, 'That selector is too long.');

export const customSiteSchema = z.object({
  pattern: matchPatternSchema,
  label: z.string().trim().max(100).optional(),
  selectors: z
    .object({
      note: selectorSchema.optional(),
      date: selectorSchema.optional(),
      contactType: selectorSchema.optional(),
      submit: selectorSchema.optional(),
    })
    .optional(),
});

/** The hand-written CustomSite (custom-site.ts, zod-free) and this schema describe the same thing. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const customSiteMatches: Same<CustomSite, z.infer<typeof customSiteSchema>> = true;
void customSiteMatches;
