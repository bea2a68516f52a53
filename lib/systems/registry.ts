/**
 * Builds a system registry from system definitions keyed by id, in the order
 * pages are tried: the first whose `detect` says yes reads the page, and the
 * one system without `detect` (listed last) reads every other page. All the
 * lists of systems the product has (ids, labels, the import form's choices,
 * sites) come from here; the tests find each system's demo and saved pages by its id.
 */
import { DEMO_MATCHES, runsOnDemo } from './sites';
import type { PageMarker, PageMarkers } from '../page-markers';
import type { BuiltInSite, SystemDef } from './types';

export class SystemError extends Error {}

const once = (markers: readonly PageMarker[]): PageMarker[] => [...new Map(markers.map((m) => [JSON.stringify(m), m])).values()];

export interface SystemRegistry<Id extends string = string> {
  /** In the order pages are tried; the fallback is last. */
  readonly systems: readonly SystemDef<Id>[];
  readonly ids: readonly [Id, ...Id[]];
  /** The system that reads pages no other system claims (`generic`). */
  readonly fallback: SystemDef<Id>;
  isId(id: string): id is Id;
  get(id: string): SystemDef<Id> | undefined;
  /** The system with this id, or the fallback for an id no longer known. */
  of(id: string): SystemDef<Id>;
  /** Which system drew this page; the fallback when none claims it or the page is too odd to inspect. */
  detect(doc: Document, url: string): Id;
  /** Every system's page markers of each kind, once each: a frame with none of them loads only the stub. */
  readonly markers: PageMarkers;
  /** The caseload import form's choices, in registry order. */
  readonly importChoices: readonly { id: Id; label: string }[];
  /** Every real site, each with its system's id. */
  readonly sites: readonly BuiltInSite[];
  /** The demo host's stand-ins. */
  readonly demoSites: readonly BuiltInSite[];
  /** The sites whose own state may set the pack, in a build of this WXT mode (a test build adds the demo's stand-ins). */
  sitesFor(mode: string): readonly BuiltInSite[];
  /** The host permissions and content-script matches of a build in this WXT mode. */
  matchesFor(mode: string): string[];
}

export function systemRegistry<const Id extends string>(list: Readonly<Record<Id, SystemDef<NoInfer<Id>>>>): SystemRegistry<Id> {
  const ids = Object.keys(list) as Id[];
  const systems = ids.map((id) => {
    const system = list[id];
    if (system.id !== id) throw new SystemError(`system "${system.id}" is registered as "${id}"`);
    return system;
  });
  const fallbacks = systems.filter((s) => !s.detect);
  if (fallbacks.length !== 1 || systems.at(-1) !== fallbacks[0]) {
    throw new SystemError('a system registry needs exactly one system without detect, listed last');
  }
  const fallback = fallbacks[0]!;
  const byId = new Map<string, SystemDef<Id>>(systems.map((s) => [s.id, s]));
  const isId = (id: string): id is Id => byId.has(id);
  const withSystem = (s: SystemDef<Id>, sites: SystemDef<Id>['sites'] | undefined) => (sites ?? []).map((site) => ({ system: s.id, ...site, matches: [...site.matches] }));
  const sites = systems.flatMap((s) => withSystem(s, s.sites));
  const demoSites = systems.flatMap((s) => withSystem(s, s.demoSites));
  const matches = sites.flatMap((site) => site.matches);
  return {
    systems,
    ids: ids as [Id, ...Id[]],
    fallback,
    isId,
    get: (id) => byId.get(id),
    of: (id) => byId.get(id) ?? fallback,
    detect(doc, url) {
      try {
        for (const s of systems) if (s.detect?.(doc, url)) return s.id;
      } catch {
        // A page too odd to inspect is treated as an unknown system.
      }
      return fallback.id;
    },
    markers: { page: once(systems.flatMap((s) => s.markers.page)), note: once(systems.flatMap((s) => s.markers.note)) },
    importChoices: systems.flatMap((s) => (s.importLabel ? [{ id: s.id, label: s.importLabel }] : [])),
    sites,
    demoSites,
    sitesFor: (mode) => (runsOnDemo(mode) ? [...sites, ...demoSites] : sites),
    matchesFor: (mode) => (runsOnDemo(mode) ? [...matches, ...DEMO_MATCHES] : [...matches]),
  };
}
