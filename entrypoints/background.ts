/**
 * The background owns the caseload database (IndexedDB in the extension's own
 * origin). Content scripts and extension pages talk to it only through the
 * typed messages in lib/messages.ts, and lib/gate.ts checks who sent each one:
 * only our own pages reach the whole caseload. Content scripts get no access to
 * extension storage at all (where the browser allows it): what they need —
 * settings, "the caseload changed" — comes from here by message.
 */
import { browser, defineBackground } from '#imports';
import { localIsoDate } from '../lib/dates';
import { CaseloadDb } from '../lib/db/db';
import { applyRetention, countOverdue } from '../lib/db/queries';
import { loadSummary } from '../lib/db/summary';
import { createService, rulesFor } from '../lib/caseload/service';
import { sitesFor } from '../lib/sites';
import { createNoteChecker } from '../lib/caseload/note-check';
import { FrameMemory, makeGate } from '../lib/gate';
import type { Push } from '../lib/messages';
import { CASELOAD_VERSION_KEY, DEFAULT_SETTINGS, EFFECTIVE_SETTINGS_KEY, MANAGED_SNAPSHOT_KEY, SETTINGS_KEY, settingsSchema } from '../lib/settings';
import type { Settings } from '../lib/settings';

const DAILY = 'daily-refresh';
/** Stored by versions that recomputed due dates when the rules changed; nothing reads it now. */
const OLD_RULES_FINGERPRINT_KEY = 'rulesFingerprint';
/** storage.session: which participant each frame's page showed (lib/gate.ts). */
const FRAMES_KEY = 'frames';
/** storage.session: what the last pages read could not take whole (lib/caseload/page-notices.ts). */
const NOTICES_KEY = 'pageNotices';

/** Sites whose own state sets the pack (a test build's demo VOS stands in for MoJobs). */
const SITES = sitesFor(import.meta.env.MODE);

type LockableArea = { setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' }): Promise<void> };

export default defineBackground(() => {
  // Settings, the agency-policy snapshot and the caseload version live in storage.local:
  // no content script may read or forge them. Chrome can say so; Firefox cannot yet
  // (its content scripts always see storage.local), so ours simply never use it.
  void (browser.storage.local as LockableArea).setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
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
      knownManaged: () => knownManaged(),
    },
    onCaseloadChanged: () => caseloadChanged(),
    sites: SITES,
    notices: {
      load: async () => (await browser.storage.session.get(NOTICES_KEY))[NOTICES_KEY],
      save: (value) => browser.storage.session.set({ [NOTICES_KEY]: value }),
    },
  });
  const checker = createNoteChecker(today, SITES);
  /** The effective settings as last published to pages (pageSettings). */
  let published: Settings | null = null;
  const frames = new FrameMemory({
    load: async () => (await browser.storage.session.get(FRAMES_KEY))[FRAMES_KEY],
    save: (value) => browser.storage.session.set({ [FRAMES_KEY]: value }),
  });
  const gate = makeGate({
    self: { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') },
    handlers: service,
    frames,
    pageSettings,
    checkNote: async (note, system, url) => checker.check(note, system, url, await pageSettings()),
    templatesFor: async (system, url) => checker.templates(system, url, await pageSettings()),
    sites: browser.runtime.getManifest().host_permissions ?? [],
  });

  /**
   * The copy publishSettings keeps, at once: the first managed-policy read can take
   * seconds, and the sidebar never waits for it. Until the first copy is published
   * the defaults stand in; the push that follows brings the real ones.
   */
  async function pageSettings(): Promise<Settings> {
    // Kept in memory too: notes are checked here on every pause in typing.
    if (published) return published;
    const copy = settingsSchema.safeParse((await browser.storage.local.get(EFFECTIVE_SETTINGS_KEY))[EFFECTIVE_SETTINGS_KEY]);
    return copy.success ? (published = copy.data) : DEFAULT_SETTINGS;
  }

  /** Tells every tab whose content script has reported; a tab without one just doesn't answer. */
  async function notifyTabs(message: Push): Promise<void> {
    for (const tabId of await frames.tabIds()) void browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  }

  function caseloadChanged(): void {
    void refreshBadge();
    // Open popups listen for this, sidebars for the push, and reload what they show.
    void browser.storage.local.set({ [CASELOAD_VERSION_KEY]: Date.now() });
    void notifyTabs({ kind: 'caseload-changed' }).catch(() => undefined);
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
    void fresh.then((value) => {
      if (JSON.stringify(value ?? null) === JSON.stringify(snapshot ?? null)) return;
      // Pages answered from the last copy (or none, on a fresh profile) hear of the policy now.
      void publishSettings().catch(() => undefined);
      caseloadChanged();
    });
    return snapshot === undefined ? fresh : snapshot;
  }

  /**
   * Agency policy as last seen, never waiting on the browser: on a fresh
   * profile, none until the first read answers (the participant's status shows
   * at once and is refreshed by the push that follows it).
   */
  async function knownManaged(): Promise<unknown> {
    void managedPolicy().catch(() => undefined);
    return (await browser.storage.local.get(MANAGED_SNAPSHOT_KEY))[MANAGED_SNAPSHOT_KEY] ?? undefined;
  }

  async function refreshBadge(): Promise<number> {
    try {
      const { settings } = await service.effectiveSettings();
      // Overdue and soft-exited alike: due date already passed, under today's rules.
      const n = await countOverdue(db, today(), rulesFor(settings, SITES));
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

  browser.runtime.onMessage.addListener((message: unknown, sender: unknown, sendResponse?: (r: unknown) => void) => {
    const answer = gate(message, sender);
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
    published = settings;
    await notifyTabs({ kind: 'settings-changed', settings });
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
  // Not at once: a closing tab's last draft save is still on its way (pagehide) and needs its frame's participant.
  browser.tabs.onRemoved.addListener((tabId) => void setTimeout(() => void frames.forgetTab(tabId), 10_000));
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
