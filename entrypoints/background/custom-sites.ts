/**
 * Custom sites: the content script is registered for the sites whose origin
 * the user has granted (Options asks for exactly that origin), and for no other.
 */
import { browser } from '#imports';
import type { Settings } from '../../lib/settings';

const CUSTOM_SCRIPT_ID = 'custom-sites';

export function customSites(settings: () => Promise<Settings>): () => void {
  async function sync(): Promise<void> {
    const granted: string[] = [];
    for (const site of (await settings()).customSites) {
      if (await browser.permissions.contains({ origins: [site.pattern] }).catch(() => false)) granted.push(site.pattern);
    }
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
    if (!granted.length) return;
    await browser.scripting.registerContentScripts([
      { id: CUSTOM_SCRIPT_ID, matches: granted, js: ['content-scripts/content.js'], allFrames: true, runAt: 'document_end', persistAcrossSessions: true },
    ]);
  }
  return () => void sync().catch((e: unknown) => console.warn('[Case Note Coach] custom sites not registered', e));
}
