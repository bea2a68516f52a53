/**
 * What the background tells others. Content scripts read no extension storage:
 * settings and "the caseload changed" reach them by push, to the tabs whose
 * frames have reported (lib/gate/). Open popups watch the caseload version.
 */
import { browser } from '#imports';
import type { FrameMemory } from '../../lib/gate/frames';
import type { Push } from '../../lib/messages';
import { CASELOAD_VERSION_KEY, DEFAULT_SETTINGS, EFFECTIVE_SETTINGS_KEY, settingsSchema, type Settings } from '../../lib/settings';

export function pages(frames: FrameMemory, settings: () => Promise<Settings>, refreshBadge: () => unknown) {
  /** The effective settings as last published; kept in memory too, as notes are checked against them on every pause in typing. */
  let published: Settings | null = null;
  /** A tab without a content script just doesn't answer. */
  async function notifyTabs(message: Push): Promise<void> {
    for (const tabId of await frames.tabIds()) void browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  }

  return {
    caseloadChanged(): void {
      void refreshBadge();
      void browser.storage.local.set({ [CASELOAD_VERSION_KEY]: Date.now() });
      void notifyTabs({ kind: 'caseload-changed' }).catch(() => undefined);
    },
    /** Content scripts are answered from this copy at once, never waiting on the first agency-policy read. */
    async publishSettings(): Promise<void> {
      const current = await settings();
      await browser.storage.local.set({ [EFFECTIVE_SETTINGS_KEY]: current });
      published = current;
      await notifyTabs({ kind: 'settings-changed', settings: current });
    },
    /** The published copy; the defaults until the first is published (the push that follows brings the real ones). */
    async pageSettings(): Promise<Settings> {
      if (published) return published;
      const copy = settingsSchema.safeParse((await browser.storage.local.get(EFFECTIVE_SETTINGS_KEY))[EFFECTIVE_SETTINGS_KEY]);
      return copy.success ? (published = copy.data) : DEFAULT_SETTINGS;
    },
  };
}
