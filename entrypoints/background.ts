/**
 * The background owns the caseload database (IndexedDB in the extension's own
 * origin). Content scripts and extension pages talk to it only through the
 * typed messages in lib/messages.ts.
 */
import { browser, defineBackground } from '#imports';
import { localIsoDate } from '../lib/dates';
import { CaseloadDb } from '../lib/db/db';
import { applyRetention, countOverdue, recomputeAll, refreshDue } from '../lib/db/queries';
import { createService, packFor, scheduleRulesFor } from '../lib/caseload/service';
import { makeDispatcher } from '../lib/messages';
import { CASELOAD_VERSION_KEY, EFFECTIVE_SETTINGS_KEY, MANAGED_SNAPSHOT_KEY, RULES_FINGERPRINT_KEY, SETTINGS_KEY } from '../lib/settings';
import type { Settings } from '../lib/settings';

const DAILY = 'daily-refresh';
const SYSTEMS = ['toolbox', 'workforce-one', 'generic'] as const;
type SystemId = (typeof SYSTEMS)[number];

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
      // Overdue and soft-exited alike: due date already passed.
      const n = await countOverdue(db, today());
      await browser.action.setBadgeText({ text: n ? String(n) : '' });
      await browser.action.setBadgeBackgroundColor({ color: '#b00020' });
      await browser.action.setTitle({ title: n ? `Case Note Coach: ${n} overdue` : 'Case Note Coach' });
      return n;
    } catch (error) {
      console.warn('[Case Note Coach] badge not updated', error);
      return 0;
    }
  }

  const rulesFor = (settings: Settings) => (system: SystemId) => scheduleRulesFor(packFor(system, settings), settings);
  const rulesKey = (settings: Settings) => JSON.stringify(SYSTEMS.map(rulesFor(settings)));

  /** Statuses depend on each system's pack: one pass, each participant under their own system's rules. */
  async function recompute(settings: Settings): Promise<void> {
    await recomputeAll(db, { today: today(), rules: rulesFor(settings) });
    await browser.storage.local.set({ [RULES_FINGERPRINT_KEY]: rulesKey(settings) });
    caseloadChanged();
  }

  /**
   * A new local interval or pack changes everyone's due date now, not at the
   * next daily refresh. Returns false when the rules are those the stored
   * dates were computed with.
   */
  async function recomputeIfRulesChanged(settings?: Settings): Promise<boolean> {
    const current = settings ?? (await service.effectiveSettings()).settings;
    const stored = (await browser.storage.local.get(RULES_FINGERPRINT_KEY))[RULES_FINGERPRINT_KEY];
    if (stored === rulesKey(current)) return false;
    await recompute(current);
    return true;
  }

  async function daily(): Promise<void> {
    const { settings } = await service.effectiveSettings();
    // Same rules: only those whose day has come (refreshDue); new rules: everyone.
    if (!(await recomputeIfRulesChanged(settings))) {
      const { updated } = await refreshDue(db, { today: today(), rules: rulesFor(settings) });
      if (updated > 0) caseloadChanged();
    }
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
      void refreshBadge();
      resyncSites();
      void recomputeIfRulesChanged().catch((e: unknown) => console.warn('[Case Note Coach] due dates not recomputed', e));
    }
  });
  browser.permissions.onAdded.addListener(resyncSites);
  browser.permissions.onRemoved.addListener(resyncSites);
  browser.runtime.onInstalled.addListener(() => void browser.alarms.create(DAILY, { periodInMinutes: 24 * 60, delayInMinutes: 1 }));
  browser.runtime.onStartup.addListener(() => void daily().catch(() => undefined));
  void publishSettings().catch(() => undefined);
  void refreshBadge();
  resyncSites();
});
