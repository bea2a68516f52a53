/**
 * The background's front door: who sent a message decides what it may ask.
 *
 * - Our own extension pages (popup, options: `sender.url` on the extension's
 *   origin) may send the extension-page requests: any participant, the whole
 *   caseload, settings, import, export, erasure.
 * - A content script (a frame in a tab, on a host page) may send only the
 *   content requests: its page's read, the sidebar's settings, and the status
 *   and drafts of the participant that frame's own page read reported. It
 *   never names a participant: the gate remembers, per frame, who its last
 *   page read showed and on which origin, and answers for them alone.
 * - Anything else (another extension, a sender with no URL or no tab) is refused.
 *
 * Pure: the sender and the extension's own id and origin come in as data.
 */
import * as z from 'zod';
import { matchesUrl } from './adapters/custom-site';
import { boundRead } from './adapters/limits';
import { BUILT_IN_MATCHES, BUILT_IN_SITES, onOwnSite } from './systems';
import type { PageRead } from './adapters';
import { participantKey } from './db/schema';
import { systemIdSchema } from './model';
import type { CaseNote, NoteVerdict, SystemId } from './model';
import type { NoteTemplate } from './templates/templates';
import { contentRequestSchema, isExtensionRequest, makeDispatcher, requestSchema } from './messages';
import type { ContentRequest, Envelope, Handlers, Response } from './messages';
import type { Settings } from './settings';
import { describeZodError, zodPaths } from './zod-errors';

export interface Self {
  /** runtime.id */
  id: string;
  /** The extension's origin, e.g. `chrome-extension://<id>` (no trailing slash). */
  origin: string;
}

/** The parts of runtime.MessageSender the gate reads; the browser fills them, a page cannot. */
const senderSchema = z.looseObject({
  id: z.string().optional(),
  url: z.string().optional(),
  origin: z.string().optional(),
  tab: z.looseObject({ id: z.number().int().optional() }).optional(),
  frameId: z.number().int().optional(),
});

export type Caller = { channel: 'extension-page' } | { channel: 'content-script'; tabId: number; frameId: number; frame: string; url: URL };

/** scheme://host[:port]; also for chrome-extension: and moz-extension: URLs, whose `URL.origin` Node reports as "null". */
export function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

const WEB = new Set(['https:', 'http:']);

/** The http(s) origin `origin` names, or null. */
function webOrigin(origin: string | undefined): string | null {
  if (!origin) return null;
  try {
    const url = new URL(origin);
    return WEB.has(url.protocol) ? originOf(url) : null;
  } catch {
    return null;
  }
}

export function identifySender(sender: unknown, self: Self): Caller | null {
  const parsed = senderSchema.safeParse(sender);
  if (!parsed.success) return null;
  const s = parsed.data;
  if (s.id !== self.id || !s.url) return null;
  let url: URL;
  try {
    url = new URL(s.url);
  } catch {
    return null;
  }
  if (originOf(url) === self.origin) return s.origin === undefined || s.origin === self.origin ? { channel: 'extension-page' } : null;
  const tabId = s.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return null;
  if (!WEB.has(url.protocol)) {
    // A blank frame (matchAboutBlank) is reported as about:blank whatever site made it: it stands for its
    // parent's origin, as the browser gives it, or for nobody (every site's blank frames would share one page).
    const parent = webOrigin(s.origin);
    if (!parent) return null;
    url = new URL(`${parent}/`);
  }
  const frameId = s.frameId ?? 0;
  return { channel: 'content-script', tabId, frameId, frame: `${tabId}:${frameId}`, url };
}

/** Who a frame's page showed, and on which origin (a frame that navigates elsewhere starts over). */
export const frameRecordSchema = z.object({
  origin: z.string(),
  system: systemIdSchema.nullable(),
  participantId: z.string().nullable(),
});
export type FrameRecord = z.infer<typeof frameRecordSchema>;

/** Where the records survive a service-worker restart (the background uses storage.session: no content-script access). */
export interface FrameStore {
  load(): Promise<unknown>;
  save(frames: Record<string, FrameRecord>): Promise<void>;
}

/** Frames seen at once; the oldest is forgotten first if closed tabs were missed. */
const MAX_FRAMES = 500;

export class FrameMemory {
  private readonly frames = new Map<string, FrameRecord>();
  private readonly ready: Promise<void>;

  constructor(private readonly store?: FrameStore) {
    this.ready = store
      ? store
          .load()
          .then((value) => {
            const parsed = z.record(z.string(), frameRecordSchema).safeParse(value);
            if (parsed.success) for (const [frame, record] of Object.entries(parsed.data)) this.frames.set(frame, record);
          })
          .catch(() => undefined)
      : Promise.resolve();
  }

  async get(frame: string): Promise<FrameRecord | undefined> {
    await this.ready;
    return this.frames.get(frame);
  }

  async remember(frame: string, record: FrameRecord): Promise<void> {
    await this.ready;
    const old = this.frames.get(frame);
    if (old && JSON.stringify(old) === JSON.stringify(record)) return;
    this.frames.delete(frame);
    this.frames.set(frame, record);
    while (this.frames.size > MAX_FRAMES) this.frames.delete(this.frames.keys().next().value as string);
    this.persist();
  }

  async forgetTab(tabId: number): Promise<void> {
    await this.ready;
    const before = this.frames.size;
    for (const frame of [...this.frames.keys()]) if (frame.startsWith(`${tabId}:`)) this.frames.delete(frame);
    if (this.frames.size !== before) this.persist();
  }

  /** The tabs with a content script that has reported (where changes are pushed). */
  async tabIds(): Promise<number[]> {
    await this.ready;
    return [...new Set([...this.frames.keys()].map((frame) => Number(frame.split(':')[0])))];
  }

  private persist(): void {
    void this.store?.save(Object.fromEntries(this.frames)).catch(() => undefined);
  }
}

export interface GateDeps {
  self: Self;
  handlers: Handlers;
  frames: FrameMemory;
  /** The effective settings a content script needs (answered from the background's published copy). */
  pageSettings(): Promise<Settings>;
  /** Match patterns of the sites this build runs on (its host permissions): where http: links may be kept, and (with the custom sites) where the coach may be loaded; absent, the real systems' for the coach. */
  sites?: readonly string[];
  /**
   * Whether a page at `url` is on one of `system`'s own sites (this build's: a test build counts the demo host as
   * every system's). A read naming a built-in system from anywhere else (an agency's site drawn like Toolbox) is kept
   * apart under its own host. Absent: the real systems' sites.
   */
  ownSite?(system: SystemId, url: string): boolean;
  /** Checks a note against the pack for this system and page (the rules run in the background); absent: notes are not checked. */
  checkNote?(note: CaseNote, system: SystemId, url: string): Promise<NoteVerdict>;
  /** The templates offered for this system and page; absent: none. */
  templatesFor?(system: SystemId, url: string): Promise<NoteTemplate[]>;
  /**
   * Loads the reader, the coach, or both in one script (`note-frame`) into one frame of one tab:
   * only ever the asking frame (the browser's sender, never the message), and only on a site this
   * build runs on or an agency's own.
   */
  inject?(tabId: number, frameId: number, part: 'reader' | 'coach' | 'note-frame'): Promise<void>;
}

const refused = (error: string): Envelope => ({ ok: false, error: `Refused: ${error}` });

const onRealSite = (system: SystemId, url: string) => onOwnSite(system, url, BUILT_IN_SITES, 'production');

/**
 * A built-in system's page read on another site: its IDs are that site's, not the system's (Toolbox's 100234 and an
 * agency's 100234 are two people), so they are prefixed with the page's host. The generic reader's pages have no
 * site of their own and keep their IDs.
 */
function keptApart(read: PageRead, host: string): PageRead {
  const id = (raw: string) => `${host}/${raw}`;
  return {
    ...read,
    participant: read.participant ? { ...read.participant, id: id(read.participant.id) } : null,
    caseload: read.caseload.map((row) => ({ ...row, id: id(row.id) })),
    editor: read.editor?.participantId ? { ...read.editor, participantId: id(read.editor.participantId) } : read.editor,
  };
}

function kindOf(raw: unknown): string | null {
  const kind = (raw as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' ? kind.slice(0, 40) : null;
}

/** The background's message handler: `(message, sender) => answer`. */
export function makeGate(deps: GateDeps): (raw: unknown, sender: unknown) => Promise<Envelope> {
  const { handlers, frames } = deps;
  const dispatch = makeDispatcher(handlers);

  async function fromExtensionPage(raw: unknown): Promise<Envelope> {
    const parsed = requestSchema.safeParse(raw);
    if (parsed.success && isExtensionRequest(parsed.data)) return dispatch(parsed.data);
    if (parsed.success || contentRequestSchema.safeParse(raw).success) return refused(`${kindOf(raw)} comes only from a content script's own page.`);
    return { ok: false, error: `Rejected message: ${describeZodError(parsed.error, 'message')}` };
  }

  /** The record of this frame, if it was made on the origin the frame is on now. */
  async function recall(caller: Extract<Caller, { channel: 'content-script' }>): Promise<FrameRecord | undefined> {
    const record = await frames.get(caller.frame);
    return record && record.origin === originOf(caller.url) ? record : undefined;
  }

  async function draftKey(caller: Extract<Caller, { channel: 'content-script' }>): Promise<string> {
    const record = await recall(caller);
    if (record?.system && record.participantId) return participantKey(record.system, record.participantId);
    // A page that names no participant keeps its draft under its own address.
    return `page:${caller.url.host}${caller.url.pathname}`;
  }

  async function answerContent(request: ContentRequest, caller: Extract<Caller, { channel: 'content-script' }>): Promise<Response<ContentRequest['kind']>> {
    switch (request.kind) {
      case 'page-read': {
        // The content script applied the same limits; a page that got into its world may not have.
        // The browser says which page this frame is on: links are held to that origin.
        const { customSites } = await deps.pageSettings();
        const sites = [...(deps.sites ?? []), ...customSites.map((s) => s.pattern)];
        const bounded = boundRead(request.read, { pageUrl: caller.url.href, sites });
        const own = bounded.system === 'generic' || (deps.ownSite ?? onRealSite)(bounded.system, caller.url.href);
        const read = own ? bounded : keptApart(bounded, caller.url.host);
        const participantId = read.participant?.id ?? read.editor?.participantId ?? null;
        await frames.remember(caller.frame, { origin: originOf(caller.url), system: participantId ? read.system : null, participantId });
        // A read with nobody to store only told us who this frame shows: it must not queue behind the caseload's writes.
        if (!read.participant && !read.caseload.length) return { ok: true as const };
        return handlers['page-read']({ kind: 'page-read', read });
      }
      case 'page-settings':
        return deps.pageSettings();
      case 'page-status': {
        const record = await recall(caller);
        if (!record?.system || !record.participantId) return null;
        return handlers['participant-status']({ kind: 'participant-status', system: record.system, participantId: record.participantId });
      }
      case 'page-check':
        if (!deps.checkNote) throw new Error('Notes are not checked here.');
        return deps.checkNote(request.note, request.system, caller.url.href);
      case 'page-templates':
        return deps.templatesFor ? deps.templatesFor(request.system, caller.url.href) : [];
      case 'page-reader':
      case 'page-coach': {
        const part = request.kind === 'page-coach' ? 'coach' : request.coach ? 'note-frame' : 'reader';
        if (!deps.inject) throw new Error(`The ${part} is not loaded here.`);
        // Only into a frame on a site this build runs on (a production build: real systems) or an agency's own site.
        const settings = await deps.pageSettings();
        const sites = [...(deps.sites ?? BUILT_IN_MATCHES), ...settings.customSites.map((s) => s.pattern)];
        if (!sites.some((pattern) => matchesUrl(pattern, caller.url.href))) throw new Error(`Refused: the ${part} runs only on the sites this extension runs on.`);
        await deps.inject(caller.tabId, caller.frameId, part);
        // The reader's first question, answered with its loading: its first read goes out one round trip sooner.
        return part === 'coach' ? { ok: true as const } : { ok: true as const, settings };
      }
      case 'page-draft-load':
        return handlers['draft-load']({ kind: 'draft-load', participantKey: await draftKey(caller), pageKind: request.pageKind });
      case 'page-draft-save': {
        const { kind: _, ...draft } = request;
        return handlers['draft-save']({ kind: 'draft-save', participantKey: await draftKey(caller), ...draft });
      }
      case 'page-draft-discard': {
        const { kind: _, ...discard } = request;
        return handlers['draft-discard']({ kind: 'draft-discard', participantKey: await draftKey(caller), ...discard });
      }
    }
  }

  /**
   * A page read that does not fit the schema (the content script does not check it: it carries no
   * zod) is used for nothing: the frame is remembered as showing nobody, and the answer says why (the content
   * script takes that "no" as final: it does not send the read again, and the page simply gets no warnings).
   */
  async function unreadablePage(error: z.ZodError, caller: Extract<Caller, { channel: 'content-script' }>): Promise<Envelope> {
    await frames.remember(caller.frame, { origin: originOf(caller.url), system: null, participantId: null });
    const where = zodPaths(error, 'page')
      .map((path) => path.replace(/^read\.?/, '') || 'page')
      .slice(0, 3)
      .join(', ');
    return { ok: false, error: `Couldn't make sense of what this page shows (${where}), so nothing from it is used.` };
  }

  async function fromContentScript(raw: unknown, caller: Extract<Caller, { channel: 'content-script' }>): Promise<Envelope> {
    const parsed = contentRequestSchema.safeParse(raw);
    if (!parsed.success) {
      const kind = kindOf(raw);
      if (kind === 'page-read') return unreadablePage(parsed.error, caller);
      if (kind && requestSchema.options.some((o) => o.shape.kind.value === kind)) return refused(`${kind} is answered only for the extension's own pages.`);
      return { ok: false, error: `Rejected message: ${describeZodError(parsed.error, 'message')}` };
    }
    try {
      return { ok: true, result: await answerContent(parsed.data, caller) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  return async function gate(raw, sender) {
    const caller = identifySender(sender, deps.self);
    if (!caller) return refused('not sent by this extension.');
    return caller.channel === 'extension-page' ? fromExtensionPage(raw) : fromContentScript(raw, caller);
  };
}
