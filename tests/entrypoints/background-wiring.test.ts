/**
 * The background entrypoint's wiring, driven through WXT's fake browser: every
 * message reaches the sender gate. Privileged requests (the whole caseload,
 * settings, erasure) are refused from a content script and answered for our
 * own pages; a content script's own page read is answered for it alone.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { ask, stubUnimplemented } from './fake-background';

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

describe('the background entrypoint', () => {
  // tests/setup.ts resets the fake browser before each test; the background then starts afresh on it.
  beforeEach(() => {
    stubUnimplemented(['https://*.toolbox.mo.gov/*']);
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
