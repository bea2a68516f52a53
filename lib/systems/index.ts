/**
 * The systems Case Note Coach knows, one folder each and one line each in
 * the registry below. Everything that lists systems comes from this list:
 * which system drew a page and how it is read, the system ids messages
 * accept, the sidebar's names for them, the caseload import form's choices,
 * the pack a system's notes are checked against by default, the sites a
 * build runs on (its manifest's host permissions and content-script
 * matches), and which systems' saved demo pages the tests check (each
 * system's demo renders its own: tests/demo/systems/<id>.ts).
 */
import { ajl } from './ajl';
import { generic } from './generic';
import { readHistory } from '../adapters/generic-history';
import { readWhom } from '../adapters/generic-whom';
import { pageReader, type ReadOptions } from './read';
import { systemRegistry } from './registry';
import { toolbox } from './toolbox';
import type { BuiltInSite } from './types';
import { vos } from './vos';
import { workforceOne } from './workforce-one';

/** The registry, in the order pages are tried: one line per system, the fallback last. */
export const SYSTEM_REGISTRY = systemRegistry({
  toolbox,
  'workforce-one': workforceOne,
  vos,
  ajl,
  generic,
});

export type SystemId = (typeof SYSTEM_REGISTRY.ids)[number];
export const SYSTEM_IDS = SYSTEM_REGISTRY.ids;
export const isSystemId = (id: string): id is SystemId => SYSTEM_REGISTRY.isId(id);
/** The system with this id; the fallback (generic) for an id no longer known. */
export const systemOf = (id: string) => SYSTEM_REGISTRY.of(id);

/** Which system drew this page, judged by its content first and its host second. */
export const detectSystem = (doc: Document, url: string): SystemId => SYSTEM_REGISTRY.detect(doc, url);
/**
 * `readPage` without the reader of the notes a page of a system we have never seen lists, unless
 * `options.history` gives it: the note frame loads that reader only on such a page (../frame/reader.ts).
 */
export const readPageLean = pageReader(SYSTEM_REGISTRY);
/** What a page shows, within the limits every page read gets (../adapters/limits.ts), whichever system read it. */
export const readPage = (doc: Document, url: string, options: ReadOptions = {}) => readPageLean(doc, url, { history: readHistory, whom: readWhom, ...options });

/** Every system's signs of a page worth reading: the build hands them to the stub every frame loads (wxt.config.ts). */
export const PAGE_MARKERS = SYSTEM_REGISTRY.markers;

/** Every real system's sites: what a production build runs on and asks access to. */
export const BUILT_IN_SITES: readonly BuiltInSite[] = SYSTEM_REGISTRY.sites;
export const BUILT_IN_MATCHES: string[] = BUILT_IN_SITES.flatMap((site) => site.matches);
/** Test and development builds' stand-ins on the demo host for real sites with a state pack. */
export const DEMO_SITES: readonly BuiltInSite[] = SYSTEM_REGISTRY.demoSites;

/** The host permissions and content-script matches of a build in this WXT mode. */
export const matchesFor = (mode: string): string[] => SYSTEM_REGISTRY.matchesFor(mode);
/** The sites whose own state sets the pack, in a build of this WXT mode. */
export const sitesFor = (mode: string): readonly BuiltInSite[] => SYSTEM_REGISTRY.sitesFor(mode);

export { builtInPackFor, DEMO_MATCHES, onOwnSite, runsOnDemo } from './sites';
export { systemRegistry, SystemError } from './registry';
export type { SystemRegistry } from './registry';
export type { ReadOptions } from './read';
export type { BuiltInSite, ReadContext, SiteInput, StateSite, SystemDef } from './types';
