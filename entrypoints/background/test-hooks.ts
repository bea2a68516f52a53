/**
 * Test builds only (wired in caseload.ts behind `import.meta.env.MODE === 'test'`, so a production
 * build carries none of it): the browser tests make the background lose its answers to note checks,
 * as a background that is busy, asleep or restarting would, to show that Save never waits on it for ever;
 * and make the coach's panel (panel.js) fail to load, or never load, to show that a kept note and a
 * held Save do not depend on it. An extension page sets STALL_CHECKS_KEY in storage.local (true: no check
 * is answered; 'hold': answered once it changes) or PANEL_KEY ('fail': loading the panel fails; 'hang': it never answers).
 * It also holds back the load of history.js while HOLD_HISTORY_KEY is true (holdableHistory).
 */
import { browser } from '#imports';
import type { CaseNoteInput, NoteVerdict, SystemId } from '../../lib/model';
import type { injectInto } from './inject';

const STALL_CHECKS_KEY = 'test:stallChecks';
const PANEL_KEY = 'test:panel';

type CheckNote = (note: CaseNoteInput, system: SystemId, url: string) => Promise<NoteVerdict>;

/** A value in storage.local, kept in memory (not read per use, which would slow the typing benchmarks that use this build). */
function stored(key: string): () => unknown {
  let value: unknown;
  void browser.storage.local.get(key).then((got) => void (value = got[key]), () => undefined);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && key in changes) value = changes[key]?.newValue;
  });
  return () => value;
}

/** STALL_CHECKS_KEY true: no check is answered; 'hold': checks are answered once it changes (a test decides when an answer lands). */
export function stallableChecks<T extends { checkNote: CheckNote }>(checks: T): T {
  const stalled = stored(STALL_CHECKS_KEY);
  const held: (() => void)[] = [];
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && STALL_CHECKS_KEY in changes && changes[STALL_CHECKS_KEY]?.newValue !== 'hold') held.splice(0).forEach((go) => go());
  });
  return {
    ...checks,
    checkNote: (note, system, url) => {
      const how = stalled();
      if (how === true) return new Promise<NoteVerdict>(() => undefined);
      if (how === 'hold') return new Promise<void>((go) => held.push(go)).then(() => checks.checkNote(note, system, url));
      return checks.checkNote(note, system, url);
    },
  };
}

export function failablePanel(inject: typeof injectInto): typeof injectInto {
  const panel = stored(PANEL_KEY);
  return (tabId, frameId, part) => {
    const how = part === 'panel' ? panel() : undefined;
    if (how === 'hang') return new Promise<void>(() => undefined);
    if (how === 'fail') return Promise.reject(new Error('The panel could not be loaded (test build).'));
    return inject(tabId, frameId, part);
  };
}

const HOLD_HISTORY_KEY = 'test:holdHistory';

type Inject<P extends string> = (tabId: number, frameId: number, part: P) => Promise<void>;

/**
 * The browser tests hold back the load of an unknown system's history reader (history.js) while HOLD_HISTORY_KEY is
 * true in storage.local, as a busy background or a slow frame would, to show the coach does not wait for it.
 */
export function holdableHistory<P extends string>(inject: Inject<P>): Inject<P> {
  let held = false;
  const waiting: (() => void)[] = [];
  void browser.storage.local.get(HOLD_HISTORY_KEY).then((got) => void (held = got[HOLD_HISTORY_KEY] === true), () => undefined);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(HOLD_HISTORY_KEY in changes)) return;
    held = changes[HOLD_HISTORY_KEY]?.newValue === true;
    if (!held) waiting.splice(0).forEach((go) => go());
  });
  return async (tabId, frameId, part) => {
    if (part === 'history' && held) await new Promise<void>((go) => waiting.push(go));
    return inject(tabId, frameId, part);
  };
}
