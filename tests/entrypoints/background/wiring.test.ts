/**
 * The background entrypoint's wiring, driven through WXT's fake browser: every
 * message reaches the sender gate. Privileged requests (the whole caseload,
 * settings, erasure) are refused from a content script and answered for our
 * own pages; a content script's own page read is answered for it alone. And
 * the browser's events reach their jobs: a settings change reaches the pages,
 * the install sets up the daily refresh and its alarm runs it, a part is loaded
 * into the asking frame, a closed tab's frames are forgotten. What each job
 * does is tested beside it (tests/entrypoints/background/<job>.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { DAILY_ALARM, OLD_RULES_FINGERPRINT_KEY } from '../../../entrypoints/background/upkeep';
import { SETTINGS_KEY } from '../../../lib/settings';
import { ask, stubUnimplemented, type Seen } from './fake-background';

const PAGE = 'https://demo.toolbox.mo.gov/toolbox/caseload';
const origin = () => fakeBrowser.runtime.getURL('/').replace(/\/$/, '');
const contentScript = () => ({ id: fakeBrowser.runtime.id, url: PAGE, origin: new URL(PAGE).origin, tab: { id: 5 }, frameId: 0 });
const popup = () => ({ id: fakeBrowser.runtime.id, url: `${origin()}/popup.html`, origin: origin() });

const PRIVILEGED = [
  { kind: 'list-due' },
  { kind: 'caseload-export' },
  { kind: 'settings-get' },
  { kind: 'settings-set', patch: { dueSoonDays: 3 } },
  { kind: 'participant-status', system: 'toolbox', participantId: '800001' },
  { kind: 'forget-everything' },
] as const;

const row = (id: string) => ({ id, name: `Person ${id}`, lastContactDate: '2026-01-05', activity: null, url: `https://demo.toolbox.mo.gov/toolbox/participant?id=${id}` });
const caseloadRead = {
  system: 'toolbox',
  page: 'caseload',
  participant: null,
  contacts: [],
  historyShown: false,
  caseload: [row('800001'), row('800002')],
  editor: null,
  problems: [],
};

let seen: Seen;
/** What the background pushed to tabs: [tab, message kind]. */
let pushed: [number, string, unknown][];

// tests/setup.ts resets the fake browser before each test; the background then starts afresh on it.
beforeEach(() => {
  seen = stubUnimplemented(['https://*.toolbox.mo.gov/*']);
  pushed = [];
  fakeBrowser.tabs.sendMessage = (async (tab: number, message: { kind: string }) => void pushed.push([tab, message.kind, message])) as typeof fakeBrowser.tabs.sendMessage;
  background.main();
});
afterEach(() => vi.useRealTimers());

describe('the background entrypoint', () => {
  it("refuses every privileged request from a content script's page, and nothing changes", async () => {
    expect(await ask({ kind: 'page-read', read: caseloadRead }, contentScript())).toEqual({ ok: true, result: { ok: true } });
    for (const message of PRIVILEGED) {
      expect(await ask(message, contentScript()), message.kind).toEqual({ ok: false, error: `Refused: ${message.kind} is answered only for the extension's own pages.` });
    }
    // "forget everything" above did nothing: the popup still sees both.
    expect(await ask({ kind: 'list-due' }, popup())).toMatchObject({ ok: true, result: { total: 2 } });
  });

  it('answers the same requests for the popup', async () => {
    expect(await ask({ kind: 'page-read', read: caseloadRead }, contentScript())).toEqual({ ok: true, result: { ok: true } });
    for (const message of PRIVILEGED) expect(await ask(message, popup()), message.kind).toMatchObject({ ok: true });
    expect(await ask({ kind: 'list-due' }, popup())).toMatchObject({ ok: true, result: { total: 0 } });
  });

  it("refuses a content script's requests from the popup, and anything from a stranger", async () => {
    expect(await ask({ kind: 'page-status' }, popup())).toEqual({ ok: false, error: "Refused: page-status comes only from a content script's own page." });
    const stranger = { id: 'another-extension', url: 'chrome-extension://another-extension/x.html', tab: { id: 5 } };
    expect(await ask({ kind: 'list-due' }, stranger)).toEqual({ ok: false, error: 'Refused: not sent by this extension.' });
  });
});

describe("the browser's events reach their jobs", () => {
  it('tells the pages that reported, and the badge, when the settings change', async () => {
    await ask({ kind: 'page-read', read: caseloadRead }, contentScript());
    await expect.poll(() => seen.badge.at(-1)).toEqual({ text: '2' }); // both last contacted in January
    pushed.length = 0;
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { dueSoonDays: 3 } });
    await expect.poll(() => pushed.map(([tab, kind]) => `${tab} ${kind}`).sort()).toEqual(['5 caseload-changed', '5 settings-changed']);
    expect(pushed.find(([, kind]) => kind === 'settings-changed')![2]).toMatchObject({ settings: { dueSoonDays: 3 } });
    // A change to some other key is not a settings change.
    pushed.length = 0;
    await fakeBrowser.storage.local.set({ somethingElse: 1 });
    expect(pushed).toEqual([]);
  });

  it('sets up the daily refresh when installed, clears what old versions left, and runs the refresh on its alarm', async () => {
    await fakeBrowser.storage.local.set({ [OLD_RULES_FINGERPRINT_KEY]: 'abc' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await expect.poll(async () => (await fakeBrowser.storage.local.get(OLD_RULES_FINGERPRINT_KEY))[OLD_RULES_FINGERPRINT_KEY]).toBeUndefined();
    expect(await fakeBrowser.alarms.get(DAILY_ALARM)).toMatchObject({ periodInMinutes: 24 * 60 });

    await ask({ kind: 'settings-set', patch: { notifications: true } }, popup());
    await ask({ kind: 'page-read', read: caseloadRead }, contentScript());
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    await fakeBrowser.alarms.onAlarm.trigger({ name: DAILY_ALARM, scheduledTime: Date.now() });
    await expect.poll(async () => Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['overdue']);
  });

  it("loads the part a frame asks for into that frame of that tab, on the build's own sites", async () => {
    expect(await ask({ kind: 'page-reader', coach: true }, contentScript())).toMatchObject({ ok: true, result: { ok: true } });
    expect(seen.injected).toEqual([{ target: { tabId: 5, frameIds: [0] }, files: ['/note-frame.js'] }]);
    const elsewhere = { ...contentScript(), url: 'https://evil.example/', origin: 'https://evil.example' };
    expect(await ask({ kind: 'page-coach' }, elsewhere)).toMatchObject({ ok: false });
    expect(seen.injected).toHaveLength(1);
  });

  it("forgets a closed tab's frames, ten seconds later (its last draft save is still on its way)", async () => {
    const noteForm = { ...caseloadRead, page: 'note-editor', caseload: [], editor: { found: true, noteField: '#noteText', contactTypeField: null, dateField: null, submitControl: null, participantId: '800001' } };
    await ask({ kind: 'page-read', read: caseloadRead }, contentScript());
    await ask({ kind: 'page-read', read: noteForm }, contentScript());
    const status = async () => ((await ask({ kind: 'page-status' }, contentScript())) as { result: unknown }).result;
    expect(await status()).toMatchObject({ name: 'Person 800001' });
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId: 1, isWindowClosing: false });
    expect(await status()).toMatchObject({ name: 'Person 800001' });
    vi.advanceTimersByTime(10_000);
    vi.useRealTimers();
    await expect.poll(status).toBeNull();
  });
});
