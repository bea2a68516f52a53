/**
 * The messages between the content script / extension pages and the
 * background, a union keyed on `kind`. Both sides check them with zod:
 * the background trusts nothing it receives, and callers trust nothing back.
 * Pure: the transport (the extension messaging call) is passed in by the shells.
 */
import { z } from 'zod';
import { contactTypeSchema, factSourceSchema, isoDateSchema, policyIdSchema, systemIdSchema } from './model';
import { pageReadSchema } from './adapters/types';
import { settingsSchema } from './settings';
import { dueParticipantSchema } from './db/schema';

const draftRef = { participantKey: z.string().min(1).max(300), pageKind: z.string().min(1).max(40) };
/** The host's contact-type and date fields as the case manager left them. */
const draftFields = { contactType: z.string().max(200).nullable().optional(), date: z.string().max(100).nullable().optional() };

export const requestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('page-read'), read: pageReadSchema }),
  z.object({ kind: z.literal('participant-status'), system: systemIdSchema, participantId: z.string().min(1).max(100) }),
  z.object({ kind: z.literal('draft-load'), ...draftRef }),
  // Notes can be long; 2 MB covers a 1 MB note in any encoding.
  z.object({ kind: z.literal('draft-save'), ...draftRef, text: z.string().max(2_000_000), ...draftFields }),
  // `submitted`: the note was submitted with this text; a late save of the same text is not kept.
  z.object({ kind: z.literal('draft-discard'), ...draftRef, submitted: z.string().max(2_000_000).optional() }),
  z.object({ kind: z.literal('settings-get') }),
  z.object({ kind: z.literal('settings-set'), patch: z.record(z.string(), z.unknown()) }),
  z.object({ kind: z.literal('settings-export') }),
  z.object({ kind: z.literal('settings-import'), text: z.string().max(5_000_000) }),
  // `limit`: only the most overdue first, so the popup can show them before the whole list arrives.
  z.object({ kind: z.literal('list-due'), limit: z.number().int().min(1).max(100_000).optional() }),
  z.object({ kind: z.literal('caseload-preview'), csv: z.string().max(20_000_000) }),
  z.object({ kind: z.literal('caseload-import'), csv: z.string().max(20_000_000), system: systemIdSchema }),
  z.object({ kind: z.literal('caseload-export') }),
  z.object({ kind: z.literal('forget-everything') }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestKind = Request['kind'];

/**
 * One participant as the sidebar shows them. `historyRead` / `activitiesRead`
 * say where and when each fact was read; null means not read yet, and then
 * the facts resting on it are null or empty and mean "unknown", not "none".
 */
export const participantStatusSchema = z.object({
  name: z.string(),
  system: systemIdSchema,
  historyRead: factSourceSchema.nullable(),
  lastQualifyingContact: z.object({ date: isoDateSchema, contactType: contactTypeSchema.nullable() }).nullable(),
  nextDueDate: isoDateSchema.nullable(),
  softExitDate: isoDateSchema.nullable(),
  daysRemaining: z.number().int().nullable(),
  activitiesRead: factSourceSchema.nullable(),
  activities: z.array(z.string()),
  plannedGaps: z.array(z.object({ start: isoDateSchema, end: isoDateSchema, reason: z.string() })),
  flags: z.array(z.string()),
});

/** One line of the due list, as the background sends it (the database's own shape). */
export const dueItemSchema = dueParticipantSchema;
export type DueItem = z.infer<typeof dueItemSchema>;

const lineErrors = z.array(z.object({ line: z.number().int(), message: z.string() }));
const ok = z.object({ ok: z.literal(true) });

export const responseSchemas = {
  'page-read': ok,
  'participant-status': participantStatusSchema.nullable(),
  'draft-load': z.object({ text: z.string(), updatedAt: z.string(), ...draftFields }).nullable(),
  'draft-save': ok,
  'draft-discard': ok,
  'settings-get': z.object({
    settings: settingsSchema,
    locked: z.array(z.string()),
    problems: z.array(z.string()),
    packs: z.array(z.object({ id: policyIdSchema, name: z.string() })),
  }),
  'settings-set': z.object({ error: z.string().nullable() }),
  'settings-export': z.object({ json: z.string() }),
  'settings-import': z.object({ errors: z.array(z.string()) }),
  'list-due': z.object({
    items: z.array(dueItemSchema),
    /** Everyone stored, due or not. */
    total: z.number().int(),
    /** The whole list's totals, also when `limit` cut `items` short. */
    dueCount: z.number().int(),
    overdueCount: z.number().int(),
    unreadable: z.number().int(),
    dueSoonDays: z.number().int(),
    /** No contact on file and no due date (e.g. imported without a last-contact date): listed by name, never left out. */
    noContact: z.array(z.object({ key: z.string(), system: systemIdSchema, participantId: z.string(), name: z.string(), url: z.string().nullable() })),
    noContactCount: z.number().int(),
  }),
  'caseload-preview': z.object({
    rows: z.array(z.object({ line: z.number().int(), participantId: z.string(), name: z.string().nullable(), lastContactDate: isoDateSchema.nullable(), activity: z.string().nullable() })),
    errors: lineErrors,
  }),
  'caseload-import': z.object({ imported: z.number().int(), errors: lineErrors }),
  'caseload-export': z.object({ csv: z.string() }),
  'forget-everything': ok,
} satisfies Record<RequestKind, z.ZodType>;

export type Response<K extends RequestKind> = z.infer<(typeof responseSchemas)[K]>;
export type RequestOf<K extends RequestKind> = Extract<Request, { kind: K }>;

/** What goes back over the wire: a result, or an error the caller can show. */
export const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Envelope = z.infer<typeof envelopeSchema>;

export class MessageError extends Error {}

/** A typed client over any transport; every answer is checked before it is used. */
export function makeClient(transport: (message: Request) => Promise<unknown>) {
  return async function send<K extends RequestKind>(request: RequestOf<K>): Promise<Response<K>> {
    const envelope = envelopeSchema.safeParse(await transport(request));
    if (!envelope.success) throw new MessageError(`No valid answer to ${request.kind}.`);
    if (!envelope.data.ok) throw new MessageError(envelope.data.error);
    const result = responseSchemas[request.kind as K].safeParse(envelope.data.result);
    if (!result.success) throw new MessageError(`Unexpected answer to ${request.kind}: ${result.error.issues[0]?.message ?? ''}`);
    return result.data as Response<K>;
  };
}

export type Handlers = { [K in RequestKind]: (request: RequestOf<K>) => Promise<Response<K>> };

/** The background side: validates the request, runs its handler, wraps the answer. */
export function makeDispatcher(handlers: Handlers) {
  return async function dispatch(raw: unknown): Promise<Envelope> {
    const parsed = requestSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: `Rejected message: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
    const request = parsed.data;
    try {
      const handler = handlers[request.kind] as (r: Request) => Promise<unknown>;
      return { ok: true, result: await handler(request) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
