/**
 * The background owns the caseload database (IndexedDB in the extension's own
 * origin). Content scripts and extension pages talk to it only through the
 * typed messages in lib/messages.ts.
 */
import { browser, defineBackground } from '#imports';
import { localIsoDate } from '../lib/dates';
import { CaseloadDb } from '../lib/db/db';
import { applyRetention, countOverdue } from '../lib/db/queries';
import { loadSummary } from '../lib/db/summary';
import { createService, rulesFor } from '../lib/caseload/service';
import { makeDispatcher } from '../lib/messages';
import { CASELOAD_VERSION_KEY, EFFECTIVE_SETTINGS_KEY, MANAGED_SNAPSHOT_KEY, SETTINGS_KEY } from '../lib/settings';
import type { Settings } from '../lib/settings';

const DAILY = 'daily-refresh';
/** Stored by versions that recomputed due dates when the rules changed; nothing reads it now. */
const OLD_RULES_FINGERPRINT_KEY = 'rulesFingerprint';

export default defineBackground(() => {
  const db = new CaseloadDb();
  const today = () => localIsoDate(new Date());

  const service = createService({
    db,
    today,
    now: () => new Date().toISOString(),
    store: {
      getLocal: async () => (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY],
      setLocal: (value: Partial<Settings>) => browser.storage.local.set({ [SETTINGS_KEY]: value }),
      getManaged: () => managedPolicy(),
    },
    onCaseloadChanged: () => caseloadChanged(),
  });
  const dispatch = makeDispatcher(service);

  function caseloadChanged(): void {
    void refreshBadge();
    // Open popups and sidebars listen for this and reload what they show.
    void browser.storage.local.set({ [CASELOAD_VERSION_KEY]: Date.now() });
  }

  /**
   * Agency policy. The browser's first read of managed storage can take
   * seconds, so the last copy seen is used at once while a fresh read runs;
   * a change in policy republishes the settings when it arrives.
   */
  let managedCache: Promise<unknown> | null = null;
  function readManaged(): Promise<unknown> {
    // Managed storage is absent on some browsers/profiles; no agency policy is not an error.
    return browser.storage.managed.get(null).catch(() => undefined);
  }
  async function managedPolicy(): Promise<unknown> {
    if (managedCache) return managedCache;
    const fresh = readManaged().then(async (value) => {
      await browser.storage.local.set({ [MANAGED_SNAPSHOT_KEY]: value ?? null });
      return value;
    });
    managedCache = fresh;
    const snapshot = (await browser.storage.local.get(MANAGED_SNAPSHOT_KEY))[MANAGED_SNAPSHOT_KEY];
    if (snapshot === undefined) return fresh;
    void fresh.then((value) => {
      if (JSON.stringify(value ?? null) !== JSON.stringify(snapshot)) void publishSettings();
    });
    return snapshot;
  }

  async function refreshBadge(): Promise<number> {
    try {
      const { settings } = await service.effectiveSettings();
      // Overdue and soft-exited alike: due date already passed, under today's rules.
      const n = await countOverdue(db, today(), rulesFor(settings));
      await browser.action.setBadgeText({ text: n ? String(n) : '' });
      await browser.action.setBadgeBackgroundColor({ color: '#b00020' });
      await browser.action.setTitle({ title: n ? `Case Note Coach: ${n} overdue` : 'Case Note Coach' });
      return n;
    } catch (error) {
      console.warn('[Case Note Coach] badge not updated', error);
      return 0;
    }
  }

  /**
   * Due dates are worked out for the day whenever they are read, so the
   * morning's work is retention, the badge and the notification.
   */
  async function daily(): Promise<void> {
    const { settings } = await service.effectiveSettings();
    if (settings.retentionDays) await applyRetention(db, settings.retentionDays, today());
    const n = await refreshBadge();
    if (settings.notifications && n > 0) {
      await browser.notifications.create('overdue', {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: 'Case Note Coach',
        message: `${n} participant${n === 1 ? ' needs' : 's need'} a contact now. Open Case Note Coach to see who.`,
      });
    }
  }

  browser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse?: (r: unknown) => void) => {
    const answer = dispatch(message);
    // Chrome wants sendResponse + `return true`; Firefox and WXT's fake browser take the promise.
    if (typeof sendResponse === 'function') {
      void answer.then(sendResponse);
      return true;
    }
    return answer;
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DAILY) void daily().catch((e: unknown) => console.warn('[Case Note Coach] daily refresh failed', e));
  });
  /** Content scripts read this copy instantly instead of waiting on the first managed-policy read. */
  async function publishSettings(): Promise<void> {
    const { settings } = await service.effectiveSettings();
    await browser.storage.local.set({ [EFFECTIVE_SETTINGS_KEY]: settings });
  }

  /**
   * Custom sites: the content script is registered for the sites whose origin
   * the user has granted (Options asks for exactly that origin), and for no other.
   */
  const CUSTOM_SCRIPT_ID = 'custom-sites';
  async function syncCustomSites(): Promise<void> {
    const { settings } = await service.effectiveSettings();
    const granted: string[] = [];
    for (const site of settings.customSites) {
      if (await browser.permissions.contains({ origins: [site.pattern] }).catch(() => false)) granted.push(site.pattern);
    }
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
    if (!granted.length) return;
    await browser.scripting.registerContentScripts([
      { id: CUSTOM_SCRIPT_ID, matches: granted, js: ['content-scripts/content.js'], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  const resyncSites = () => void syncCustomSites().catch((e: unknown) => console.warn('[Case Note Coach] custom sites not registered', e));

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') managedCache = null;
    if (area === 'managed' || (area === 'local' && SETTINGS_KEY in changes)) {
      void publishSettings().catch(() => undefined);
      // New rules change due dates at once: the badge, and open popups, read them again.
      caseloadChanged();
      resyncSites();
    }
  });
  browser.permissions.onAdded.addListener(resyncSites);
  browser.permissions.onRemoved.addListener(resyncSites);
  browser.runtime.onInstalled.addListener(() => {
    void browser.alarms.create(DAILY, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
    void browser.storage.local.remove(OLD_RULES_FINGERPRINT_KEY);
    // After an upgrade the caseload summary is built from the tables once (seconds on a large
    // caseload): start now rather than when someone first opens the popup.
    void loadSummary(db).catch((e: unknown) => console.warn('[Case Note Coach] caseload summary not built', e));
  });
  browser.runtime.onStartup.addListener(() => void daily().catch(() => undefined));
  void publishSettings().catch(() => undefined);
  void refreshBadge();
  resyncSites();
});
