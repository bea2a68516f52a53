/**
 * The caseload behind the gate: the database (IndexedDB in the extension's own
 * origin), the service that answers each message (lib/caseload/service.ts),
 * and lib/gate.ts, which checks who sent each one: only our own pages reach
 * the whole caseload, a content script only the participant on its own page
 * (its page read, its note checked, its templates, its draft).
 */
import { browser } from '#imports';
import { createNoteChecker } from '../../lib/caseload/note-check';
import { createService } from '../../lib/caseload/service';
import { localIsoDate } from '../../lib/dates';
import { CaseloadDb } from '../../lib/db/db';
import { FrameMemory, makeGate } from '../../lib/gate';
import { SETTINGS_KEY, type Settings } from '../../lib/settings';
import type { BuiltInSite } from '../../lib/systems';

/** storage.session (no content-script access; survives service-worker restarts): */
const FRAMES_KEY = 'frames'; // which participant each frame's page showed (lib/gate.ts)
const NOTICES_KEY = 'pageNotices'; // what the last pages could not take whole (lib/caseload/page-notices.ts)

const session = <T>(key: string) => ({
  load: async () => (await browser.storage.session.get(key))[key],
  save: (value: T) => browser.storage.session.set({ [key]: value }),
});

/** The coach's own script (entrypoints/coach.ts), loaded on demand into a frame with a note field. */
const COACH_SCRIPT = '/coach.js';

export interface CaseloadHooks {
  policy: { current(): Promise<unknown>; known(): Promise<unknown> };
  pageSettings(): Promise<Settings>;
  onCaseloadChanged(): void;
  sites: readonly BuiltInSite[];
}

export function caseload(hooks: CaseloadHooks) {
  const db = new CaseloadDb();
  const today = () => localIsoDate(new Date());
  const service = createService({
    db,
    today,
    now: () => new Date().toISOString(),
    store: {
      getLocal: async () => (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY],
      setLocal: (value: Partial<Settings>) => browser.storage.local.set({ [SETTINGS_KEY]: value }),
      getManaged: hooks.policy.current,
      knownManaged: hooks.policy.known,
    },
    onCaseloadChanged: hooks.onCaseloadChanged,
    sites: hooks.sites,
    notices: session<Record<string, string>>(NOTICES_KEY),
  });
  // The rules run here: the content script sends the note and asks its templates (lib/caseload/note-check.ts).
  const checker = createNoteChecker(today, hooks.sites);
  const frames = new FrameMemory(session(FRAMES_KEY));
  const gate = makeGate({
    self: { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') },
    handlers: service,
    frames,
    pageSettings: hooks.pageSettings,
    checkNote: async (note, system, url) => checker.check(note, system, url, await hooks.pageSettings()),
    templatesFor: async (system, url) => checker.templates(system, url, await hooks.pageSettings()),
    // The coach is loaded only into frames whose reader found a note field (ARCHITECTURE.md, "Why a frame loads only the reader").
    injectCoach: async (tabId, frameId) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [COACH_SCRIPT] });
    },
    // The build's own match patterns: where http: links may be kept (the demo host only in a test build).
    sites: browser.runtime.getManifest().host_permissions ?? [],
  });

  /** Every message goes through the gate. Chrome wants sendResponse + `return true`; Firefox and WXT's fake browser take the promise. */
  function listen(): void {
    browser.runtime.onMessage.addListener((message: unknown, sender: unknown, sendResponse?: (r: unknown) => void) => {
      const answer = gate(message, sender);
      if (typeof sendResponse === 'function') {
        void answer.then(sendResponse);
        return true;
      }
      return answer;
    });
  }

  return { db, today, service, frames, listen };
}
