/**
 * "Participant data never leaves your computer" (README), checked in the
 * browser: no request beyond the host pages' own, and nothing of ours in the
 * host system's origin or within reach of its scripts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { test, expect, extensionWorker, EXTENSION_DIR, openPanel, SIDEBAR } from './fixtures';
import { browseCaseloads, demoNames, openExtensionPage, saveNote, untilKnown, writeNote } from './session';
import { watchContentScriptWorld } from './worlds';
import type { ExtensionGlobal } from './session';

/** The built manifest (read when first needed: listing tests must not need a build). */
const manifest = () => JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const webAccessible = () => new Set(((manifest().web_accessible_resources ?? []) as { resources: string[] }[]).flatMap((w) => w.resources));

interface SeenRequest {
  url: string;
  type: string;
  method: string;
  /** The extension service worker that made it, if any. */
  worker: string | null;
}

function recordRequests(context: BrowserContext): SeenRequest[] {
  const seen: SeenRequest[] = [];
  // Playwright reports service-worker requests on the context too (checked below with a probe).
  context.on('request', (r) => seen.push({ url: r.url(), type: r.resourceType(), method: r.method(), worker: r.serviceWorker()?.url() ?? null }));
  return seen;
}

/**
 * Why a request was not one the host pages made themselves (their documents,
 * frames and form posts) or our extension pages loading their own files; null when fine.
 */
function offence(r: SeenRequest, demoOrigin: string, extensionId: string): string | null {
  if (r.worker) return `the service worker fetched ${r.url}`;
  const extensionOrigin = `chrome-extension://${extensionId}`;
  if (r.url === extensionOrigin || r.url.startsWith(`${extensionOrigin}/`)) return null;
  // The sidebar's stylesheet, a web-accessible resource fetched through Chrome's per-session dynamic URL.
  if (/^chrome-extension:\/\/[0-9a-f-]{36}\/content-scripts\/[\w-]+\.css$/.test(r.url) && webAccessible().has(new URL(r.url).pathname.slice(1))) return null;
  let origin = '';
  try {
    origin = new URL(r.url).origin;
  } catch {
    return `an unparseable request URL: ${r.url}`;
  }
  if (origin === demoOrigin) {
    // The demo pages load no images, scripts or data: anything but a document is ours (or an injected <img>).
    return r.type === 'document' ? null : `a ${r.type} ${r.method} to the host system: ${r.url}`;
  }
  return `a ${r.type} request outside the host system and the extension: ${r.url}`;
}

test.describe('participant data never leaves the computer', () => {
  test('a full session makes no request but the host pages’ own, and the check would catch one', async ({ context, page, demo, extensionId }) => {
    const seen = recordRequests(context);
    const worker = await extensionWorker(context);

    const main = await browseCaseloads(page, demo, context, extensionId);
    await writeNote(page, main, demo);
    await saveNote(main);
    const popup = await openExtensionPage(context, extensionId, 'popup.html');
    await expect(popup.locator('button[data-row]').first()).toBeVisible();
    await popup.getByLabel('Search by name or ID').fill('Whit');
    const options = await openExtensionPage(context, extensionId, 'options.html');
    await expect(options.getByRole('heading', { name: 'Case Note Coach settings' })).toBeVisible();
    await options.getByLabel('Show as due soon within (days)').fill('10');
    await options.getByLabel('Show as due soon within (days)').press('Tab');
    await expect(options.getByRole('status').first()).toHaveText('Saved.');
    // Let late work settle (badge refresh, draft saves, storage events) before judging.
    await page.waitForTimeout(500);

    const demoOrigin = new URL(demo.url).origin;
    expect(seen.length, 'the recorder saw the session at all').toBeGreaterThan(10);
    expect(seen.some((r) => r.method === 'POST' && r.url.endsWith('/toolbox/casenote/save'))).toBe(true);
    expect(seen.filter((r) => r.worker), 'requests made by the service worker').toEqual([]);
    expect(seen.map((r) => offence(r, demoOrigin, extensionId)).filter(Boolean)).toEqual([]);

    // Sanity: the same recorder and rule do flag a fetch from the worker, from a
    // page script, and to the outside world — so the check above can fail.
    const before = seen.length;
    await worker.evaluate(`fetch(${JSON.stringify(`${demo.url}/__probe-from-worker`)}).catch(() => null).then(() => null)`);
    await main.evaluate((url) => fetch(url).then(() => null, () => null), `${demo.url}/__probe-from-page`);
    await main.evaluate(() => fetch('http://192.0.2.1:9/__probe-outside', { signal: AbortSignal.timeout(200) }).then(() => null, () => null));
    await expect.poll(() => seen.length - before).toBeGreaterThanOrEqual(3);
    const probes = seen.slice(before).map((r) => offence(r, demoOrigin, extensionId));
    expect(probes.filter((o) => o?.includes('service worker fetched') && o.includes('__probe-from-worker'))).toHaveLength(1);
    expect(probes.filter((o) => o?.includes('__probe-from-page'))).toHaveLength(1);
    expect(probes.filter((o) => o?.includes('outside the host system') && o.includes('__probe-outside'))).toHaveLength(1);
  });

  test('nothing of ours is in the host origin, and host scripts cannot reach the caseload', async ({ context, page, demo, extensionId }) => {
    const main = await browseCaseloads(page, demo, context, extensionId);
    await writeNote(page, main, demo);
    await page.waitForTimeout(600); // the draft of the note is kept after a short pause

    // Every frame of the host system, in its own (main) world.
    for (const frame of page.frames()) {
      const storage = await frame.evaluate(async () => ({
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        idb: (await indexedDB.databases()).map((d) => d.name ?? ''),
        cookie: document.cookie,
      }));
      expect(storage, `storage of ${frame.url()}`).toEqual({ local: [], session: [], idb: [], cookie: '' });
    }
    expect(await context.cookies()).toEqual([]);

    // The manifest opens no door to web pages.
    expect(manifest().externally_connectable).toBeUndefined();
    // WXT exposes the sidebar's stylesheet (no data in it); nothing else may be reachable from pages.
    expect([...webAccessible()].filter((r) => !/^content-scripts\/[\w-]+\.css$/.test(r))).toEqual([]);

    // A page script asking in our message vocabulary gets no answer.
    const kinds = ['list-due', 'settings-get', 'settings-export', 'caseload-export', 'participant-status', 'draft-load'];
    const answers = await main.evaluate(async (kinds) => {
      const received: unknown[] = [];
      const listen = (e: MessageEvent) => received.push(e.data);
      window.addEventListener('message', listen);
      window.top?.addEventListener('message', listen);
      const sent = kinds.map((kind) => ({ kind, system: 'toolbox', participantId: '100234', participantKey: 'toolbox:100234', pageKind: 'note-editor' }));
      for (const m of sent) {
        window.postMessage(m, '*');
        window.top?.postMessage(m, '*');
      }
      await new Promise((r) => setTimeout(r, 500));
      // Our own posts come back to us; anything else is an answer.
      const own = new Set(sent.map((m) => JSON.stringify(m)));
      return received.filter((d) => !own.has(JSON.stringify(d)));
    }, kinds);
    expect(answers).toEqual([]);

    // chrome.runtime is not there for the page, or cannot talk to us.
    const runtime = await main.evaluate(async (id) => {
      type Runtime = { sendMessage?: (id: string, m: unknown, cb: (r: unknown) => void) => void; lastError?: { message?: string } };
      const rt = (globalThis as unknown as { chrome?: { runtime?: Runtime } }).chrome?.runtime;
      if (!rt || typeof rt.sendMessage !== 'function') return { answer: null, how: 'no chrome.runtime.sendMessage' };
      const send = rt.sendMessage;
      try {
        const answer = await new Promise<unknown>((resolve, reject) => {
          send(id, { kind: 'list-due' }, (r) => (rt.lastError ? reject(new Error(rt.lastError.message)) : resolve(r)));
        });
        return { answer, how: 'answered' };
      } catch (error) {
        return { answer: null, how: String(error) };
      }
    }, extensionId);
    expect(runtime.answer, runtime.how).toBeNull();

    // No other participant's name anywhere in the host's DOM, our open shadow root included.
    const everything = async (frame: Frame | Page) =>
      frame.evaluate(() => {
        const parts: string[] = [];
        const walk = (root: Document | ShadowRoot) => {
          for (const el of Array.from(root.querySelectorAll('*'))) {
            if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) parts.push(el.value);
            if (el.shadowRoot) {
              parts.push(el.shadowRoot.innerHTML);
              walk(el.shadowRoot);
            }
          }
        };
        parts.push(document.documentElement.outerHTML);
        walk(document);
        return parts.join('\n');
      });
    await openPanel(main);
    const mainText = await everything(main);
    // Positive control: the sidebar (inside the shadow root) shows this participant's own status.
    expect(mainText).toContain('cnc-sidebar');
    expect(mainText).toMatch(/<h3>Brandt, Alicia<\/h3>/);
    await expect(main.locator(SIDEBAR).getByText('Brandt, Alicia')).toBeVisible();
    const others = demoNames(demo).filter((p) => p.id !== '101552');
    const allFrames = [await everything(page), ...(await Promise.all(page.frames().map(everything)))].join('\n');
    for (const p of others) {
      for (const word of [p.last, p.first === '<img src=x onerror=alert(1)>' ? 'onerror' : p.first, p.id]) {
        expect(allFrames, `${word} (participant ${p.id}) shown on 101552's note page`).not.toContain(word);
      }
    }
  });

  test("code in the content script's own world cannot list, export, change or erase the caseload", async ({ context, page, demo, extensionId }) => {
    await page.goto(`${demo.url}/wf1/Caseload.aspx`);
    await untilKnown(context, extensionId, 'workforce-one', 'MN-448120');
    await page.goto(`${demo.url}/toolbox/participant?id=101552`);
    await untilKnown(context, extensionId, 'toolbox', '101552');
    const world = await watchContentScriptWorld(context, page);
    await page.goto(`${demo.url}/toolbox/casenote/new?id=101552`);
    const panel = await openPanel(page);
    await expect(panel.getByText('Brandt, Alicia')).toBeVisible();

    // Positive control: this world is the content script's, and may ask about its own page's participant.
    const own = await world.ask({ kind: 'page-status' });
    expect(own).toMatchObject({ ok: true, result: { name: 'Brandt, Alicia' } });

    const privileged = [
      { kind: 'list-due' },
      { kind: 'caseload-export' },
      { kind: 'participant-status', system: 'workforce-one', participantId: 'MN-448120' },
      { kind: 'settings-get' },
      { kind: 'settings-export' },
      { kind: 'settings-set', patch: { ruleOverrides: { 'unsuccessful-attempt': 'off' } } },
      { kind: 'settings-import', text: JSON.stringify({ format: 'case-note-coach-settings', version: 1, settings: { dueSoonDays: 1 } }) },
      { kind: 'caseload-preview', csv: 'participant id,name\n1,A\n' },
      { kind: 'caseload-import', csv: 'participant id,name,last contact date\n999,Planted,01/01/2026\n', system: 'toolbox' },
      { kind: 'forget-everything' },
      // The content channel's old vocabulary, naming another participant.
      { kind: 'draft-load', participantKey: 'workforce-one:MN-448120', pageKind: 'note-editor' },
    ];
    for (const message of privileged) {
      const answer = await world.ask(message);
      expect(answer, message.kind).toEqual({ ok: false, error: `Refused: ${message.kind} is answered only for the extension's own pages.` });
    }
    // Extension storage is closed to this world: no reading, no forging settings or the agency-policy snapshot.
    const storage = await world.run<string[]>(`Promise.all([
      chrome.storage.local.get(null).then(() => 'read', (e) => e.message),
      chrome.storage.local.set({ settings: { dueSoonDays: 1 }, managedSnapshot: {} }).then(() => 'written', (e) => e.message),
      chrome.storage.session.get(null).then(() => 'read', (e) => e.message),
    ])`);
    expect(storage).toEqual(Array(3).fill('Access to storage is not allowed from this context.'));

    // Seen from the extension's own page, nothing was erased, planted or changed.
    const popup = await openExtensionPage(context, extensionId, 'popup.html');
    const answers = (await popup.evaluate(() => {
      const send = (m: unknown) => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage(m);
      return Promise.all([send({ kind: 'list-due' }), send({ kind: 'settings-get' })]);
    })) as [{ result: { total: number; items: { participantId: string }[] } }, { result: { settings: { dueSoonDays: number; ruleOverrides: object } } }];
    expect(answers[0].result.total).toBe(demo.data.wf1.length + 1);
    expect(answers[0].result.items.map((i) => i.participantId)).not.toContain('999');
    expect(answers[1].result.settings).toMatchObject({ dueSoonDays: 14, ruleOverrides: {} });
  });
});
