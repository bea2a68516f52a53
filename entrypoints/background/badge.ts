/**
 * The toolbar badge (how many are overdue today) and the morning's work:
 * retention, the badge, the notification. Due dates are worked out whenever
 * they are read, so there is nothing to recompute.
 */
import { browser } from '#imports';
import { rulesFor } from '../../lib/caseload/schedule-rules';
import type { CaseloadDb } from '../../lib/db/db';
import { applyRetention } from '../../lib/db/erase';
import { countOverdue } from '../../lib/db/queries';
import type { EffectiveSettings } from '../../lib/settings';
import type { BuiltInSite } from '../../lib/systems';

interface BadgeDeps {
  db: CaseloadDb;
  today(): string;
  settings(): Promise<EffectiveSettings>;
  sites: readonly BuiltInSite[];
}

export function badge(deps: BadgeDeps) {
  async function refresh(): Promise<number> {
    try {
      const { settings } = await deps.settings();
      // Overdue and soft-exited alike: due date already passed, under today's rules.
      const n = await countOverdue(deps.db, deps.today(), rulesFor(settings, deps.sites));
      await browser.action.setBadgeText({ text: n ? String(n) : '' });
      await browser.action.setBadgeBackgroundColor({ color: '#b00020' });
      await browser.action.setTitle({ title: n ? `Case Note Coach: ${n} overdue` : 'Case Note Coach' });
      return n;
    } catch (error) {
      console.warn('[Case Note Coach] badge not updated', error);
      return 0;
    }
  }

  async function daily(): Promise<void> {
    const { settings } = await deps.settings();
    if (settings.retentionDays) await applyRetention(deps.db, settings.retentionDays, deps.today());
    const n = await refresh();
    if (settings.notifications && n > 0) {
      await browser.notifications.create('overdue', {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: 'Case Note Coach',
        message: `${n} participant${n === 1 ? ' needs' : 's need'} a contact now. Open Case Note Coach to see who.`,
      });
    }
  }

  return { refresh, daily };
}
