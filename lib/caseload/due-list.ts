/**
 * Who is due and overdue, for the popup and the options page: the list, a
 * CSV of it, and a caseload CSV previewed (nothing written) and imported.
 * Due dates are worked out now, for today and the rules in force.
 */
import type { CaseloadDb } from '../db/db';
import { listDue } from '../db/queries';
import type { Handlers } from '../messages';
import type { Settings } from '../settings';
import { systemOf, type BuiltInSite } from '../systems';
import { exportDueCsv, parseCaseloadCsv } from './csv';
import { importCaseload } from './import';
import type { PageNotices } from './page-notices';
import { rulesFor } from './schedule-rules';
import type { Serial } from './serial';

type DueListHandlers = Pick<Handlers, 'list-due' | 'caseload-export' | 'caseload-preview' | 'caseload-import'>;

interface DueListDeps {
  db: CaseloadDb;
  /**
   * The settings in force as last seen: the list and its export never wait on the
   * first agency-policy read (seconds on a fresh profile, or never); the popup
   * reloads when the read brings a change.
   */
  settings(): Promise<Settings>;
  today(): string;
  now(): string;
  sites?: readonly BuiltInSite[];
  notices: PageNotices;
  /** The queue page reads run on: an import waits for them and they for it. */
  serially: Serial;
  /** Called after an import (the badge). */
  changed(): void;
}

export function dueListHandlers(deps: DueListDeps): DueListHandlers {
  const { db } = deps;
  return {
    async 'list-due'({ limit }) {
      const settings = await deps.settings();
      const list = await listDue(db, { today: deps.today(), withinDays: settings.dueSoonDays, rules: rulesFor(settings, deps.sites), limit });
      return {
        items: list.items,
        total: list.total,
        dueCount: list.due,
        overdueCount: list.overdue,
        softExitedCount: list.softExited,
        unreadable: list.unreadable,
        dueSoonDays: settings.dueSoonDays,
        noContact: list.noContact,
        noContactCount: list.noContactCount,
        pageNotices: await deps.notices.list(),
      };
    },
    async 'caseload-export'() {
      const settings = await deps.settings();
      const { items } = await listDue(db, { today: deps.today(), withinDays: settings.dueSoonDays, rules: rulesFor(settings, deps.sites) });
      // The system as the panel names it ('Toolbox', 'Workforce One'), not its id ('toolbox').
      return { csv: exportDueCsv(items, (id) => systemOf(id).label) };
    },
    async 'caseload-preview'({ csv }) {
      const preview = parseCaseloadCsv(csv, { today: deps.today() });
      return { rows: preview.rows.map(({ line, participantId, name, lastContactDate, activity }) => ({ line, participantId, name, lastContactDate, activity })), errors: preview.errors };
    },
    async 'caseload-import'({ csv, system, site }) {
      return deps.serially(async () => {
        const preview = parseCaseloadCsv(csv, { today: deps.today() });
        if (!preview.rows.length) return { imported: 0, errors: preview.errors };
        // A system an agency added keeps its people under its site's host, as the gate keeps its pages' (lib/gate/kept-apart.ts).
        const rows = site ? preview.rows.map((row) => ({ ...row, participantId: `${site.toLowerCase()}/${row.participantId}` })) : preview.rows;
        const { imported } = await importCaseload(db, rows, { system, today: deps.today(), at: deps.now() });
        deps.changed();
        return { imported, errors: preview.errors };
      });
    },
  };
}
