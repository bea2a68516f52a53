/**
 * The messages between the content script / extension pages and the
 * background, unions keyed on `kind`. Both sides check them with zod:
 * the background trusts nothing it receives, and callers trust nothing back.
 * Pure: the transport (the extension messaging call) is passed in by the shells.
 *
 * Two channels reach the background (lib/gate/ decides which one a sender may use):
 * - extension pages (popup, options) send `ExtensionRequest`s: the whole caseload, settings, erasure;
 * - content scripts send `ContentRequest`s: their own page's read, and the participant *that page*
 *   reported — the background works out who that is, the message never names them.
 * `Request` is what the background's service handles once the gate has let a message through.
 */
import * as z from 'zod';
import { caseNoteSchema, contactTypeSchema, factSourceSchema, isoDateSchema, noteVerdictSchema, systemIdSchema as systemIdShape } from './model';
import { packIdSchema } from './packs';
import { pageReadSchema } from './adapters/schema';
import { MAX_LEFT_PAGE_CHARS } from './adapters/types';
import { settingsSchema } from './settings';
import type { Settings } from './settings';
import { isSystemId } from './systems';
import { templateSchema } from './templates/templates';
import { dueParticipantSchema } from './db/schema';
import { describeZodError } from './zod-errors';

/** A system the registry knows (lib/systems): a message naming any other is refused. */
const systemIdSchema = systemIdShape.refine((id): boolean => isSystemId(id), { message: 'not a system this extension knows' });
export const knownPageReadSchema = pageReadSchema.refine((read) => isSystemId(read.system), { message: 'not a system this extension knows', path: ['system'] });

const pageKind = { pageKind: z.string().min(1).max(40) };
const draftRef = { participantKey: z.string().min(1).max(300), ...pageKind };
/** The host's contact-type and date fields as the case manager left them. */
const draftFields = { contactType: z.string().max(200).nullable().optional(), date: z.string().max(100).nullable().optional() };
/** A visit of the note form (lib/drafts/keeper.ts): each keeps its own draft; '' is a draft kept before drafts were kept by visit. */
const visit = z.string().regex(/^[a-z0-9]{0,24}$/);
// Notes can be long; 2 MB covers a 1 MB note in any encoding. `replaces`: a draft restored into this visit's, forgotten with it.
const draftBody = { visit, text: z.string().max(2_000_000), ...draftFields, replaces: visit.optional() };
// `submitted`: the note was submitted with this text; a late save of the same text is not kept, nor any draft of it.
const discardBody = { visit, submitted: z.string().max(2_000_000).optional() };

export const requestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('page-read'), read: knownPageReadSchema }),
  z.object({ kind: z.literal('participant-status'), system: systemIdSchema, participantId: z.string().min(1).max(100) }),
  z.object({ kind: z.literal('draft-load'), ...draftRef }),
  z.object({ kind: z.literal('draft-save'), ...draftRef, ...draftBody }),
  z.object({ kind: z.literal('draft-discard'), ...draftRef, ...discardBody }),
  z.object({ kind: z.literal('settings-get') }),
  z.object({ kind: z.literal('settings-set'), patch: z.record(z.string(), z.unknown()) }),
  z.object({ kind: z.literal('settings-export') }),
  z.object({ kind: z.literal('settings-import'), text: z.string().max(5_000_000) }),
  // `limit`: only the most overdue first, so the popup can show them before the whole list arrives.
  z.object({ kind: z.literal('list-due'), limit: z.number().int().min(1).max(100_000).optional() }),
  z.object({ kind: z.literal('caseload-preview'), csv: z.string().max(20_000_000) }),
  /** `site`: for a system an agency added, the host its pages are on: the IDs are kept under it, as its pages' are. */
  z.object({ kind: z.literal('caseload-import'), csv: z.string().max(20_000_000), system: systemIdSchema, site: z.string().regex(/^[a-z0-9.-]+(:\d{1,5})?$/i).max(260).optional() }),
  z.object({ kind: z.literal('caseload-export') }),
  z.object({ kind: z.literal('forget-everything') }),
]);
export type Request = z.infer<typeof requestSchema>;
type RequestKind = Request['kind'];

/** What only the extension's own pages may ask: any participant, the whole caseload, settings, erasure. */
export const EXTENSION_PAGE_KINDS = [
  'participant-status',
  // Read-only: our own pages may see any draft (the tests wait on one this way); only a content script writes them.
  'draft-load',
  'settings-get',
  'settings-set',
  'settings-export',
  'settings-import',
  'list-due',
  'caseload-preview',
  'caseload-import',
  'caseload-export',
  'forget-everything',
] as const satisfies readonly RequestKind[];
export type ExtensionRequest = Extract<Request, { kind: (typeof EXTENSION_PAGE_KINDS)[number] }>;
const extensionKinds = new Set<string>(EXTENSION_PAGE_KINDS);
export const isExtensionRequest = (request: Request): request is ExtensionRequest => extensionKinds.has(request.kind);

/**
 * What a content script may ask: about its own page only. No participant key in
 * any of them: the background takes it from what that frame's page read reported.
 */
export const contentRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('page-read'), read: knownPageReadSchema }),
  /** The effective settings the sidebar needs (pack, checks, templates, sites). */
  z.object({ kind: z.literal('page-settings') }),
  /** The status of the participant this frame's page showed; null when it showed none. */
  z.object({ kind: z.literal('page-status') }),
  z.object({ kind: z.literal('page-draft-load'), ...pageKind }),
  z.object({ kind: z.literal('page-draft-save'), ...pageKind, ...draftBody }),
  z.object({ kind: z.literal('page-draft-discard'), ...pageKind, ...discardBody }),
  /**
   * Check the note being typed against this page's pack. The rules run in the
   * background, so the content script carries none of them (ARCHITECTURE.md).
   * `system` is what the page was read as: it picks only this note's own pack.
   */
  z.object({ kind: z.literal('page-check'), system: systemIdSchema, note: caseNoteSchema.extend({ text: z.string().max(2_000_000) }) }),
  /** The note templates offered on this page (its pack's and the agency's). */
  z.object({ kind: z.literal('page-templates'), system: systemIdSchema }),
  /**
   * The sentence stating a contact the case manager confirmed ("Did you reach the participant?"),
   * from the page's facts as read (lib/coach/stated-contact.ts); built here, not in every frame.
   */
  z.object({
    kind: z.literal('page-stated-contact'),
    channel: z.enum(['in-person', 'phone', 'video', 'written']),
    name: z.string().max(200).nullable(),
    date: z.string().max(200).nullable(),
    contactType: z.string().max(200).nullable(),
    noteChannel: z.string().max(40).nullable(),
  }),
  /**
   * This frame found a note field: load the coach into it (the sender's own frame, nothing else).
   * For a note field the reader finds after it was loaded; the coach comes on demand (ARCHITECTURE.md).
   */
  z.object({ kind: z.literal('page-coach') }),
  /**
   * This note frame shows a page of a system we have never seen naming a participant: load the reader of
   * the notes such a page lists into it (the sender's own frame, nothing else). The note frame's script
   * leaves it out to stay small (ARCHITECTURE.md, "What each frame loads").
   */
  z.object({ kind: z.literal('page-history') }),
  /**
   * This note frame's coach opens its panel for the first time: load the panel's views into it (the sender's
   * own frame, nothing else). The note frame's script leaves them out to stay small (ARCHITECTURE.md).
   */
  z.object({ kind: z.literal('page-panel') }),
  /**
   * This frame shows the signs of a page worth reading: load the reader into it (the sender's own
   * frame, nothing else), with the coach in the same script when they are a note form's (`coach`).
   * The content script every frame loads is only a stub (ARCHITECTURE.md).
   */
  z.object({ kind: z.literal('page-reader'), coach: z.boolean().optional() }),
  /**
   * This frame's page is being left before the reader it asked for had read it (the reader comes a
   * round trip after the stub asks): the page as it was, for the background to read in the
   * extension instead, so a page looked at for a moment is not lost (ARCHITECTURE.md).
   */
  z.object({ kind: z.literal('page-left'), html: z.string().max(MAX_LEFT_PAGE_CHARS) }),
]);
export type ContentRequest = z.infer<typeof contentRequestSchema>;
export type ContentKind = ContentRequest['kind'];

/** What the background pushes to content scripts (tabs.sendMessage): they read no extension storage. */
export type Push = { kind: 'settings-changed'; settings: Settings } | { kind: 'caseload-changed' };

/**
 * One participant as the sidebar shows them. `historyRead` / `activitiesRead`
 * say where and when each fact was read; null means not read yet, and then
 * the facts resting on it are null or empty and mean "unknown", not "none".
 */
const participantStatusSchema = z.object({
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
const dueItemSchema = dueParticipantSchema;

const lineErrors = z.array(z.object({ line: z.number().int(), message: z.string() }));
const ok = z.object({ ok: z.literal(true) });

/** A participant's kept drafts of a form, newest first (a contact type or date not kept is null). */
const draftSchema = z.array(z.object({ visit: z.string(), text: z.string(), updatedAt: z.string(), contactType: z.string().nullable(), date: z.string().nullable() }));

const responseSchemas = {
  'page-read': ok,
  'page-settings': settingsSchema,
  'page-status': participantStatusSchema.nullable(),
  'page-draft-load': draftSchema,
  'page-draft-save': ok,
  'page-draft-discard': ok,
  'page-check': noteVerdictSchema,
  'page-templates': z.array(templateSchema),
  'page-stated-contact': z.object({ sentence: z.string(), disagreement: z.string().nullable() }),
  'page-coach': ok,
  'page-history': ok,
  'page-panel': ok,
  /** With the page settings the reader starts from (what page-settings answers). */
  'page-reader': z.object({ ok: z.literal(true), settings: settingsSchema }),
  'page-left': ok,
  'participant-status': participantStatusSchema.nullable(),
  'draft-load': draftSchema,
  'draft-save': ok,
  'draft-discard': ok,
  'settings-get': z.object({
    settings: settingsSchema,
    locked: z.array(z.string()),
    problems: z.array(z.string()),
    packs: z.array(z.object({ id: packIdSchema, name: z.string() })),
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
    /** Of them, past their due date but not soft-exited, and soft-exited (Missouri): apart, as the rows say them. */
    overdueCount: z.number().int(),
    softExitedCount: z.number().int(),
    unreadable: z.number().int(),
    dueSoonDays: z.number().int(),
    /** No contact on file and no due date (e.g. imported without a last-contact date): listed by name, never left out. */
    noContact: z.array(z.object({ key: z.string(), system: systemIdSchema, participantId: z.string(), name: z.string(), url: z.string().nullable() })),
    noContactCount: z.number().int(),
    /** What the last pages read could not take whole, in words ("This page is too large: the first 10,000 rows were read."). */
    pageNotices: z.array(z.string()),
  }),
  'caseload-preview': z.object({
    rows: z.array(z.object({ line: z.number().int(), participantId: z.string(), name: z.string().nullable(), lastContactDate: isoDateSchema.nullable(), activity: z.string().nullable() })),
    errors: lineErrors,
  }),
  'caseload-import': z.object({ imported: z.number().int(), errors: lineErrors }),
  'caseload-export': z.object({ csv: z.string() }),
  'forget-everything': ok,
} satisfies Record<RequestKind | ContentKind, z.ZodType>;

type AnyRequest = Request | ContentRequest;
type AnyKind = AnyRequest['kind'];
export type Response<K extends AnyKind> = z.infer<(typeof responseSchemas)[K]>;
export type RequestOf<K extends RequestKind> = Extract<Request, { kind: K }>;

/** What goes back over the wire: a result, or an error the caller can show. */
export const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Envelope = z.infer<typeof envelopeSchema>;

class MessageError extends Error {}

/**
 * A typed client over any transport; every answer is checked before it is used.
 * `R` is the channel: `ExtensionRequest` for extension pages, `ContentRequest`
 * for content scripts (the default, every service request, is for tests).
 */
export function makeClient<R extends AnyRequest = Request>(transport: (message: R) => Promise<unknown>) {
  return async function send<K extends R['kind']>(request: Extract<R, { kind: K }>): Promise<Response<K>> {
    const envelope = envelopeSchema.safeParse(await transport(request));
    if (!envelope.success) throw new MessageError(`No valid answer to ${request.kind}.`);
    if (!envelope.data.ok) throw new MessageError(envelope.data.error);
    const result = responseSchemas[request.kind as K].safeParse(envelope.data.result);
    if (!result.success) throw new MessageError(`Unexpected answer to ${request.kind}: ${describeZodError(result.error, 'answer')}`);
    return result.data as Response<K>;
  };
}

/**
 * A runtime.onMessage listener that replies with `answer`. Chrome wants sendResponse and `return true`
 * (it ignores a returned promise); Firefox and WXT's fake browser pass no sendResponse and take the promise.
 */
export function answeringListener(answer: (message: unknown, sender: unknown) => Promise<unknown>) {
  return (message: unknown, sender: unknown, sendResponse?: (response: unknown) => void): true | Promise<unknown> => {
    const reply = answer(message, sender);
    if (typeof sendResponse !== 'function') return reply;
    // Always answered: a sender whose reply never comes waits until the worker stops (a Save that looks dead).
    void reply.then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }));
    return true;
  };
}

export type Handlers = { [K in RequestKind]: (request: RequestOf<K>) => Promise<Response<K>> };

/** The background side: validates the request, runs its handler, wraps the answer. */
export function makeDispatcher(handlers: Handlers) {
  return async function dispatch(raw: unknown): Promise<Envelope> {
    const parsed = requestSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: `Rejected message: ${describeZodError(parsed.error, 'message')}` };
    const request = parsed.data;
    try {
      const handler = handlers[request.kind] as (r: Request) => Promise<unknown>;
      return { ok: true, result: await handler(request) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
