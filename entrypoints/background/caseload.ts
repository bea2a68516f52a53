/**
 * The caseload behind the gate: the database (IndexedDB in the extension's own origin), the service
 * that answers each message (lib/caseload/service.ts), and lib/gate/, which checks who sent each one:
 * only our own pages reach the whole caseload, a content script only the participant on its own page.
 */
import { browser } from '#imports';
import { checksUnder, createNoteChecker } from '../../lib/caseload/note-check';
import { createService } from '../../lib/caseload/service';
import { storageSlot } from '../../lib/caseload/storage-slot';
import { today as todayOf } from '../../lib/dates';
import { CaseloadDb } from '../../lib/db/db';
import { makeGate } from '../../lib/gate';
import { FrameMemory } from '../../lib/gate/frames';
import { answeringListener } from '../../lib/messages';
import { SETTINGS_KEY, type Settings } from '../../lib/settings';
import { onOwnSite, type BuiltInSite } from '../../lib/systems';
import { injectInto } from './inject';
import { leftPageReader } from './left-page';
import { failablePanel, holdableHistory, stallableChecks } from './test-hooks';

interface CaseloadHooks {
  policy: { current(): Promise<unknown>; known(): Promise<unknown> };
  pageSettings(): Promise<Settings>;
  onCaseloadChanged(): void;
  sites: readonly BuiltInSite[];
}

export function caseload(hooks: CaseloadHooks) {
  const db = new CaseloadDb();
  const today = () => todayOf(new Date());
  const local = storageSlot<Partial<Settings>>(browser.storage.local, SETTINGS_KEY);
  const frames = new FrameMemory(storageSlot(browser.storage.session, 'frames')); // which participant each frame's page showed
  const service = createService({
    db,
    today,
    now: () => new Date().toISOString(),
    store: { getLocal: local.load, setLocal: local.save, getManaged: hooks.policy.current, knownManaged: hooks.policy.known },
    onCaseloadChanged: hooks.onCaseloadChanged,
    sites: hooks.sites,
    // storage.session: no content-script access, and it survives service-worker restarts.
    notices: storageSlot(browser.storage.session, 'pageNotices'), // what the last pages could not take whole
    forgetAlso: () => frames.clear(), // "Forget all" leaves no participant id in storage.session either
  });
  const checks = checksUnder(createNoteChecker(today, hooks.sites), hooks.pageSettings);
  // The build's own match patterns: where http: links may be kept and parts loaded (the demo host only in a test build).
  const sites = browser.runtime.getManifest().host_permissions ?? [];
  const gate = makeGate({
    self: { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') },
    handlers: service,
    frames,
    pageSettings: hooks.pageSettings,
    today,
    ...(import.meta.env.MODE === 'test' ? stallableChecks(checks) : checks), // the rules run here (lib/caseload/note-check.ts)
    inject: import.meta.env.MODE === 'test' ? failablePanel(holdableHistory(injectInto)) : injectInto,
    readLeftPage: leftPageReader(sites),
    sites,
    ownSite: (system, url) => onOwnSite(system, url, hooks.sites, import.meta.env.MODE),
  });
  const listen = () => browser.runtime.onMessage.addListener(answeringListener(gate)); // every message goes through the gate
  return { db, today, service, frames, listen };
}
