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
import type * as z from 'zod';
import { matchesUrl } from '../adapters/custom-site';
import { boundRead } from '../adapters/limits';
import { BUILT_IN_MATCHES, BUILT_IN_SITES, onOwnSite } from '../systems';
import { participantKey } from '../db/schema';
import type { CaseNote, IsoDate, NoteVerdict, SystemId } from '../model';
import type { NoteTemplate } from '../templates/templates';
import { sentenceFor } from '../coach/stated-contact';
import { readUsDate } from '../dates';
import { contactTypeOrNull } from '../text/contact-type';
import { contentRequestSchema, isExtensionRequest, knownPageReadSchema, makeDispatcher, requestSchema } from '../messages';
import type { ContentRequest, Envelope, Handlers, Response } from '../messages';
import type { Settings } from '../settings';
import { describeZodError, zodPaths } from '../zod-errors';
import type { FrameMemory, FrameRecord } from './frames';
import { placedRead } from './kept-apart';
import { identifySender, originOf, type Caller, type Self } from './sender';

export interface GateDeps {
  self: Self;
  handlers: Handlers;
  frames: FrameMemory;
  /** The effective settings a content script needs (answered from the background's published copy). */
  pageSettings(): Promise<Settings>;
  /** Match patterns of the sites this build runs on (its host permissions): with the custom sites, where http: links may be kept and where the reader and coach may be loaded; absent, the real systems'. */
  sites?: readonly string[];
  /**
   * Whether a page at `url` is on one of `system`'s own sites (this build's: a test build counts the demo host as
   * every system's). A read naming a built-in system from anywhere else (an agency's site drawn like Toolbox) is kept
   * apart under its own host. Absent: the real systems' sites.
   */
  ownSite?(system: SystemId, url: string): boolean;
  /** Checks a note against the pack for this system and page (the rules run in the background); absent: notes are not checked. */
  checkNote?(note: CaseNote, system: SystemId, url: string): Promise<NoteVerdict>;
  /** The case manager's today (the date a stated contact gets when the page gives none); absent: no stated contacts. */
  today?(): IsoDate;
  /** The templates offered for this system and page; absent: none. */
  templatesFor?(system: SystemId, url: string): Promise<NoteTemplate[]>;
  /**
   * Loads the reader, the coach, or both in one script (`note-frame`) into one frame of one tab:
   * only ever the asking frame (the browser's sender, never the message), and only on a site this
   * build runs on or an agency's own.
   */
  inject?(tabId: number, frameId: number, part: 'reader' | 'coach' | 'note-frame'): Promise<void>;
  /**
   * Reads the HTML of a page its frame left before its reader had read it, as the reader would have (in the
   * extension, where there is a DOM to parse it into); what comes back is checked like any page read. Absent: not read.
   */
  readLeftPage?(html: string, url: string, settings: Settings): Promise<unknown>;
}

const refused = (error: string): Envelope => ({ ok: false, error: `Refused: ${error}` });

const onRealSite = (system: SystemId, url: string) => onOwnSite(system, url, BUILT_IN_SITES, 'production');

function kindOf(raw: unknown): string | null {
  const kind = (raw as { kind?: unknown } | null)?.kind;
  return typeof kind === 'string' ? kind.slice(0, 40) : null;
}

/** The background's message handler: `(message, sender) => answer`. */
export function makeGate(deps: GateDeps): (raw: unknown, sender: unknown) => Promise<Envelope> {
  const { handlers, frames } = deps;
  const dispatch = makeDispatcher(handlers);
  // The real systems' sites are all https (tests/hardening/production-manifest.test.ts), so as a fallback they keep no http: link.
  const builtIn = deps.sites ?? BUILT_IN_MATCHES;
  /** Where this build runs: its own sites and the agency's custom ones. */
  const runsOn = (settings: Settings): string[] => [...builtIn, ...settings.customSites.map((s) => s.pattern)];

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
        const bounded = boundRead(request.read, { pageUrl: caller.url.href, sites: runsOn(await deps.pageSettings()) });
        const read = placedRead(bounded, caller.url, deps.ownSite ?? onRealSite);
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
      case 'page-stated-contact': {
        if (!deps.today) throw new Error('Stated contacts are not written here.');
        const { kind: _, ...asked } = request;
        return sentenceFor({ ...asked, today: deps.today() }, readUsDate, contactTypeOrNull);
      }
      case 'page-reader':
      case 'page-coach': {
        const part = request.kind === 'page-coach' ? 'coach' : request.coach ? 'note-frame' : 'reader';
        if (!deps.inject) throw new Error(`The ${part} is not loaded here.`);
        // Only into a frame on a site this build runs on (a production build: real systems) or an agency's own site.
        const settings = await deps.pageSettings();
        if (!runsOn(settings).some((pattern) => matchesUrl(pattern, caller.url.href))) throw new Error(`Refused: the ${part} runs only on the sites this extension runs on.`);
        await deps.inject(caller.tabId, caller.frameId, part);
        // The reader's first question, answered with its loading: its first read goes out one round trip sooner.
        return part === 'coach' ? { ok: true as const } : { ok: true as const, settings };
      }
      case 'page-left': {
        // The page the browser says sent this is gone (or going): its HTML is read here, never trusted more than a
        // page read, and only from a site this build runs on. The frame shows another page by now, so what it shows
        // is left to that page's own stub and reader: this read only adds to the caseload.
        const settings = await deps.pageSettings();
        if (!deps.readLeftPage || !runsOn(settings).some((pattern) => matchesUrl(pattern, caller.url.href))) return { ok: true as const };
        const parsed = knownPageReadSchema.safeParse(await deps.readLeftPage(request.html, caller.url.href, settings));
        if (!parsed.success) return { ok: true as const };
        const read = placedRead(boundRead(parsed.data, { pageUrl: caller.url.href, sites: runsOn(settings) }), caller.url, deps.ownSite ?? onRealSite);
        if (!read.participant && !read.caseload.length) return { ok: true as const };
        return handlers['page-read']({ kind: 'page-read', read });
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
