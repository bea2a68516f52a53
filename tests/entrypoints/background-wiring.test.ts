/**
 * The background entrypoint's wiring, driven through WXT's fake browser: every
 * message reaches the sender gate. Privileged requests (the whole caseload,
 * settings, erasure) are refused from a content script and answered for our
 * own pages; a content script's own page read is answered for it alone.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';

const PAGE = 'https://demo.toolbox.mo.gov/toolbox/caseload';
const origin = () => fakeBrowser.runtime.getURL('/').replace(/\/$/, '');
const contentScript = () => ({ id: fakeBrowser.runtime.id, url: PAGE, origin: new URL(PAGE).origin, tab: { id: 5 }, frameId: 0 });
const popup = () => ({ id: fakeBrowser.runtime.id, url: `${origin()}/popup.html`, origin: origin() });

async function ask(message: unknown, sender: unknown): Promise<unknown> {
  const answers = (await fakeBrowser.runtime.onMessage.trigger(message, sender as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1])) as unknown[];
  return answers.find((a) => a !== undefined);
}

/** What the fake browser leaves unimplemented and this test does not look at: present, and doing nothing. */
function stubUnimplemented() {
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  const listener = { addListener: () => undefined, removeListener: () => undefined };
  b.permissions!.onAdded = listener;
  b.permissions!.onRemoved = listener;
  b.permissions!.contains = async () => false;
  b.runtime!.getManifest = () => ({ manifest_version: 3, name: 'test', version: '0', host_permissions: ['https://*.toolbox.mo.gov/*'] });
  b.scripting = { getRegisteredContentScripts: async () => [], registerContentScripts: async () => undefined, unregisterContentScripts: async () => undefined };
  b.action = { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined, setTitle: async () => undefined };
}

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

describe('the background entrypoint', () => {
  // tests/setup.ts resets the fake browser before each test; the background then starts afresh on it.
  beforeEach(() => {
    stubUnimplemented();
    background.main();
  });

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
