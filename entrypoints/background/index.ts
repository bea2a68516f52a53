/**
 * The background: owns the caseload database and the settings, answers every message through the
 * sender gate (caseload.ts), keeps the badge (badge.ts), agency policy (agency-policy.ts), the pages'
 * copy of the settings (pages.ts), the custom sites' content script (custom-sites.ts) and the daily
 * upkeep (upkeep.ts). Content scripts get no access to extension storage where the browser allows
 * it: what they need comes from here by message.
 */
import { browser, defineBackground } from '#imports';
import { SETTINGS_KEY } from '../../lib/settings';
import { sitesFor } from '../../lib/systems';
import { agencyPolicy } from './agency-policy';
import { badge } from './badge';
import { caseload } from './caseload';
import { customSites } from './custom-sites';
import { pages } from './pages';
import { upkeep } from './upkeep';

type LockableArea = { setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' }): Promise<void> };

export default defineBackground(() => {
  // Settings, the policy snapshot and the caseload version: no content script may read or forge them.
  // Chrome can say so; Firefox cannot yet, so ours simply never use storage.local.
  void (browser.storage.local as LockableArea).setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
  const sites = sitesFor(import.meta.env.MODE);
  const policy = agencyPolicy(() => settingsChanged(false));
  const { db, today, service, frames, listen } = caseload({ policy, pageSettings: () => tell.pageSettings(), onCaseloadChanged: () => tell.caseloadChanged(), sites });
  const settings = async () => (await service.effectiveSettings()).settings;
  const badges = badge({ db, today, settings: () => service.effectiveSettings(), sites });
  const tell = pages(frames, settings, badges.refresh);
  const resyncSites = customSites(settings);
  /** New settings or policy: pages hear of them, and new rules change due dates at once (the badge and open popups read them again). */
  function settingsChanged(sitesToo: boolean): void {
    void tell.publishSettings().catch(() => undefined);
    tell.caseloadChanged();
    if (sitesToo) resyncSites();
  }
  listen();
  upkeep(db, badges.daily);

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') policy.forget();
    if (area === 'managed' || (area === 'local' && SETTINGS_KEY in changes)) settingsChanged(true);
  });
  // Not at once: a closing tab's last draft save is still on its way (pagehide) and needs its frame's participant.
  browser.tabs.onRemoved.addListener((tabId) => void setTimeout(() => void frames.forgetTab(tabId), 10_000));
  browser.permissions.onAdded.addListener(resyncSites);
  browser.permissions.onRemoved.addListener(resyncSites);
  void tell.publishSettings().catch(() => undefined);
  void badges.refresh();
  resyncSites();
});
