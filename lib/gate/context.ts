/**
 * What the background gives the gate (`GateDeps`), and what every topic of a content script's
 * requests shares: the sites this build runs on, the frame's remembered page, a read placed
 * under its site. Each topic (reads.ts, status.ts, checks.ts, injection.ts, drafts.ts) answers
 * its own kinds from this; index.ts only decides who may ask and dispatches.
 */
import { matchesUrl } from '../adapters/custom-site';
import type { PageRead } from '../adapters';
import type { CaseNote, IsoDate, NoteVerdict, SystemId } from '../model';
import type { NoteTemplate } from '../templates/templates';
import { BUILT_IN_MATCHES, BUILT_IN_SITES, onOwnSite } from '../systems';
import type { ContentKind, ContentRequest, Handlers, Response } from '../messages';
import type { Settings } from '../settings';
import type { FrameMemory, FrameRecord } from './frames';
import { placedRead } from './kept-apart';
import { originOf, type Caller, type Self } from './sender';

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
  inject?(tabId: number, frameId: number, part: 'reader' | 'coach' | 'note-frame' | 'history' | 'panel'): Promise<void>;
  /**
   * Reads the HTML of a page its frame left before its reader had read it, as the reader would have (in the
   * extension, where there is a DOM to parse it into); what comes back is checked like any page read. Absent: not read.
   */
  readLeftPage?(html: string, url: string, settings: Settings): Promise<unknown>;
}

/** A content script in one frame of one tab, as the browser reported it. */
export type ContentCaller = Extract<Caller, { channel: 'content-script' }>;

/** How a topic answers one kind of content request, for the frame that sent it. */
export type ContentAnswer<K extends ContentKind> = (request: Extract<ContentRequest, { kind: K }>, caller: ContentCaller) => Promise<Response<K>>;
/** A topic's answers, one per kind it owns; the gate joins them and fails to compile if a kind has none. */
export type ContentAnswers<K extends ContentKind> = { [P in K]: ContentAnswer<P> };

export interface GateContext {
  deps: GateDeps;
  /** Where this build runs: its own sites and the agency's custom ones. */
  runsOn(settings: Settings): string[];
  /** Whether the frame's page is on a site this build runs on (a production build: real systems) or an agency's own. */
  onSiteWeRunOn(caller: ContentCaller, settings: Settings): boolean;
  /** The record of this frame, if it was made on the origin the frame is on now. */
  recall(caller: ContentCaller): Promise<FrameRecord | undefined>;
  /** A read as it is kept: under the page's host unless it is a built-in system's on its own site (kept-apart.ts). */
  place(read: PageRead, url: URL): PageRead;
}

const onRealSite = (system: SystemId, url: string) => onOwnSite(system, url, BUILT_IN_SITES, 'production');

export function gateContext(deps: GateDeps): GateContext {
  // The real systems' sites are all https (tests/hardening/production-manifest.test.ts), so as a fallback they keep no http: link.
  const builtIn = deps.sites ?? BUILT_IN_MATCHES;
  const runsOn = (settings: Settings): string[] => [...builtIn, ...settings.customSites.map((s) => s.pattern)];
  return {
    deps,
    runsOn,
    onSiteWeRunOn: (caller, settings) => runsOn(settings).some((pattern) => matchesUrl(pattern, caller.url.href)),
    async recall(caller) {
      const record = await deps.frames.get(caller.frame);
      return record && record.origin === originOf(caller.url) ? record : undefined;
    },
    place: (read, url) => placedRead(read, url, deps.ownSite ?? onRealSite),
  };
}
