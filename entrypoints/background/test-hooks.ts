/**
 * Test builds only (wired in caseload.ts behind `import.meta.env.MODE === 'test'`, so a production
 * build carries none of it): the browser tests make the background lose its answers to note checks,
 * as a background that is busy, asleep or restarting would, to show that Save never waits on it for ever.
 * An extension page sets STALL_CHECKS_KEY in storage.local; while it is true, no check is answered.
 */
import { browser } from '#imports';
import type { CaseNoteInput, NoteVerdict, SystemId } from '../../lib/model';

const STALL_CHECKS_KEY = 'test:stallChecks';

type CheckNote = (note: CaseNoteInput, system: SystemId, url: string) => Promise<NoteVerdict>;

export function stallableChecks<T extends { checkNote: CheckNote }>(checks: T): T {
  // Kept in memory (not read per check, which would slow the typing benchmarks that use this build).
  let stalled = false;
  void browser.storage.local.get(STALL_CHECKS_KEY).then((got) => void (stalled = got[STALL_CHECKS_KEY] === true), () => undefined);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && STALL_CHECKS_KEY in changes) stalled = changes[STALL_CHECKS_KEY]?.newValue === true;
  });
  return { ...checks, checkNote: (note, system, url) => (stalled ? new Promise<NoteVerdict>(() => undefined) : checks.checkNote(note, system, url)) };
}
