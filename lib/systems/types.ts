/**
 * What one system is, in one object: how to tell its pages, how to read
 * them, where it runs, what people call it and which pack checks its notes.
 * Each system's folder exports one of these; the registry (index.ts) lists
 * them and everything that lists systems is derived from that list.
 * No zod here: the reader loads this into frames, and checking happens in the background.
 */
import type { CustomSite } from '../adapters/custom-site';
import type { HistoryReader } from '../adapters/generic-history';
import type { WhomReader } from '../adapters/generic-participant';
import type { PageRead } from '../adapters/types';
import type { FactSource } from '../model';
import type { PackId } from '../packs';
import type { PageMarkers } from '../page-markers';

/** A site a system runs on: what a build asks access to and matches its content script against. */
export interface BuiltInSite {
  system: string;
  label: string;
  matches: string[];
  /** The state's pack, where the site belongs to one state (MoJobs is Missouri's). */
  pack?: PackId;
}

/**
 * Another state's own copy of a system that many states run (its Virtual OneStop, its JobLink), by
 * its public entry address: listed in the system's folder (states.ts) and offered in Options, where
 * the browser is asked for that one origin (platform-sites.ts).
 */
export interface StateSite {
  /** The state's two-letter code. */
  state: string;
  /** The state's name for its system. */
  label: string;
  /** The public entry host; Options asks for all of it over https. */
  host: string;
}

/** What a system's site is, before the registry says whose it is. */
export type SiteInput = Omit<BuiltInSite, 'system'>;

export interface ReadContext {
  /** The agency's own site entry matching this page, if any (only the fallback reader uses it). */
  customSite?: CustomSite;
  /** What reads the notes a page of a system we have never seen lists (only the fallback reader uses it). */
  history?: HistoryReader;
  /** Whom a page of a system we have never seen is about, in looser shapes (only the fallback reader uses it). */
  whom?: WhomReader;
}

export interface SystemDef<Id extends string = string> {
  id: Id;
  /** Its name on the sidebar's status line. */
  label: string;
  /** Its name in the caseload import form's choice of system; a system without one is not offered there. */
  importLabel?: string;
  /**
   * Whether this system drew the page, judged by its content first and its host second (agencies host
   * these systems at many addresses). The one system without it is the fallback, tried last.
   */
  detect?(doc: Document, url: string): boolean;
  /**
   * Signs that a page may hold something this system's reader reads, taken from its selectors: a
   * note form (`note`), or a participant, a caseload, a note history (`page`). A frame showing none
   * of any system's never loads the reader (../page-markers.ts). One must hold wherever `read`
   * finds anything, and a note sign wherever it finds a note form.
   */
  markers: PageMarkers;
  /** The page read: never throws, whatever could not be read is a sentence in `problems`. */
  read(doc: Document, url: string, context: ReadContext): PageRead;
  /** The pages a fact was read from, in the words the sidebar uses ("From the …"). */
  pageNames: Readonly<Record<FactSource['from'], string>>;
  /** Where to go so the coach can read a fact it does not know yet ("Not read yet — …"). */
  whereToRead: Readonly<{ history: string; plan: string }>;
  /** The system's own state's pack: its notes are always checked against it (Toolbox is Missouri's). */
  pack?: PackId;
  /** The pack when neither the system, its site nor Options names one. */
  defaultPack: PackId;
  /** Real sites: a production build runs on these and asks access to them. */
  sites: readonly SiteInput[];
  /** Stand-ins on the demo host, for test and development builds only. */
  demoSites?: readonly SiteInput[];
  /**
   * Every selector the reader relies on. How often each matches on each saved demo page is
   * `expectedMatches` in the folder's selectors.ts, which only the tests read, so the extension
   * never carries it.
   */
  selectors?: Readonly<Record<string, string>>;
}
