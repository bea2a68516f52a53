/**
 * What the background does with each message: the caseload database,
 * settings and drafts behind one set of handlers, put together from one
 * module per job (page-store, drafts, due-list, settings-service). No
 * extension APIs here — storage for settings and "today" come in as
 * parameters — so the whole service is tested in Node with fake-indexeddb.
 */
import type { CaseloadDb } from '../db/db';
import { forgetEverything } from '../db/erase';
import { participantStatus } from '../db/queries';
import { participantKey } from '../db/schema';
import type { Handlers } from '../messages';
import type { EffectiveSettings } from '../settings';
import type { BuiltInSite } from '../systems';
import { draftHandlers } from './drafts';
import { dueListHandlers } from './due-list';
import { PageNotices, type NoticeStore } from './page-notices';
import { storePageRead } from './page-store';
import { rulesFor } from './schedule-rules';
import { serialQueue } from './serial';
import { settingsService, type SettingsStore } from './settings-service';
import { statusView } from './status-view';

interface ServiceDeps {
  db: CaseloadDb;
  store: SettingsStore;
  /** Today's local calendar date, 'YYYY-MM-DD'. */
  today(): string;
  /** The current instant, ISO 8601 (draft timestamps). */
  now(): string;
  /** Called after anything that can change who is overdue (badge refresh). */
  onCaseloadChanged?(): void;
  /** The build's sites whose own state sets the pack (a test build adds the demo's); the real ones by default. */
  sites?: readonly BuiltInSite[];
  /** Where what the last pages could not take whole is kept (page-notices.ts); in memory without one. */
  notices?: NoticeStore;
  /** Whatever else remembers who was seen (the gate's frames), forgotten with the database. */
  forgetAlso?(): Promise<void>;
}

export function createService(deps: ServiceDeps): Handlers & { effectiveSettings(): Promise<EffectiveSettings> } {
  const { db } = deps;
  const notices = new PageNotices(deps.notices);
  const changed = () => deps.onCaseloadChanged?.();
  const settings = settingsService(deps.store, changed);
  // Page reads arrive from several frames at once; one at a time keeps "has this
  // participant's own history been read?" true when the next read asks it.
  // Drafts and imports wait in the same line.
  const serially = serialQueue();

  return {
    effectiveSettings: settings.effective,
    ...settings.handlers,
    ...draftHandlers(db, serially, deps.now),
    ...dueListHandlers({ db, settings: settings.now, today: deps.today, now: deps.now, sites: deps.sites, notices, serially, changed }),

    async 'page-read'({ read }) {
      return serially(async () => {
        if (read.participant || read.caseload.length) {
          const inForce = await settings.now();
          await storePageRead(db, read, inForce, { today: deps.today(), at: deps.now(), sites: deps.sites });
        }
        // Said once what was read is stored: the popup shows both together.
        await notices.record(read);
        if (read.participant || read.caseload.length) changed();
        return { ok: true as const };
      });
    },

    async 'participant-status'({ system, participantId }) {
      const inForce = await settings.now();
      // Worked out now, for today and the current rules, from every contact on file.
      const today = deps.today();
      const found = await participantStatus(db, participantKey(system, participantId), { rules: rulesFor(inForce, deps.sites), today });
      return found ? statusView(found.row, found.status, today) : null;
    },

    async 'forget-everything'() {
      return serially(async () => {
        await forgetEverything(db);
        await notices.clear();
        await deps.forgetAlso?.();
        changed();
        return { ok: true as const };
      });
    },
  };
}
