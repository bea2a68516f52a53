/**
 * What runs on a schedule or once after an install or upgrade: the daily refresh (on its alarm and at
 * browser start-up), the caseload summary built after an upgrade, and a key older versions left behind.
 */
import { browser } from '#imports';
import type { CaseloadDb } from '../../lib/db/db';
import { loadSummary } from '../../lib/db/summary';

export const DAILY_ALARM = 'daily-refresh';
/** Stored by versions that recomputed due dates when the rules changed; nothing reads it now. */
export const OLD_RULES_FINGERPRINT_KEY = 'rulesFingerprint';

export function upkeep(db: CaseloadDb, daily: () => Promise<void>): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DAILY_ALARM) void daily().catch((e: unknown) => console.warn('[Case Note Coach] daily refresh failed', e));
  });
  browser.runtime.onInstalled.addListener(() => {
    void browser.alarms.create(DAILY_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
    void browser.storage.local.remove(OLD_RULES_FINGERPRINT_KEY);
    // After an upgrade the summary is built from the tables once (seconds on a large caseload): now, not at the first popup.
    void loadSummary(db).catch((e: unknown) => console.warn('[Case Note Coach] caseload summary not built', e));
  });
  browser.runtime.onStartup.addListener(() => void daily().catch(() => undefined));
}
