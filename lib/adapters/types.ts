/**
 * What an adapter reads from one page. Everything leaving an adapter goes
 * through `pageReadSchema.safeParse`, so the content script can trust it.
 */
import { z } from 'zod';
import { activitySchema, contactTypeSchema, isoDateSchema, plannedGapSchema, systemIdSchema, type SystemId } from '../model';
import { zodPaths } from '../zod-errors';

export const pageKindSchema = z.enum(['participant', 'case-notes', 'note-editor', 'caseload', 'unknown']);
export type PageKind = z.infer<typeof pageKindSchema>;

export const planTypeSchema = z.enum(['ISS', 'IEP']);
export type PlanType = z.infer<typeof planTypeSchema>;

export const participantReadSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  planType: planTypeSchema.nullable(),
  activities: z.array(activitySchema),
  plannedGaps: z.array(plannedGapSchema),
  /**
   * False when the page only shows the participant's header (a notes page):
   * then empty `activities` means "not on this page", not "none".
   */
  activitiesShown: z.boolean(),
  url: z.string(),
});
export type ParticipantRead = z.infer<typeof participantReadSchema>;

export const contactReadSchema = z.object({
  date: isoDateSchema,
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
export type ContactRead = z.infer<typeof contactReadSchema>;

export const caseloadEntrySchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  lastContactDate: isoDateSchema.nullable(),
  activity: z.string().nullable(),
  url: z.string().nullable(),
});
export type CaseloadEntry = z.infer<typeof caseloadEntrySchema>;

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
export type EditorRead = z.infer<typeof editorReadSchema>;

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
export type PageRead = z.infer<typeof pageReadSchema>;
export type PageReadInput = z.input<typeof pageReadSchema>;

export function emptyRead(system: SystemId, problems: string[] = []): PageRead {
  return { system, page: 'unknown', participant: null, contacts: [], historyShown: false, caseload: [], editor: null, problems };
}

/** An adapter's working copy: filled in as the page is read, then checked by `finishRead`. */
export function startRead(system: SystemId): PageReadInput & { problems: string[] } {
  return emptyRead(system, []);
}

/** Validates an adapter's raw result; a schema failure becomes a problem, never a throw. */
export function finishRead(raw: PageReadInput): PageRead {
  const parsed = pageReadSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const where = zodPaths(parsed.error, 'page').slice(0, 3).join(', ');
  return emptyRead(raw.system, [
    ...raw.problems,
    `Couldn't make sense of what this page shows (${where}), so nothing from it is used.`,
  ]);
}
