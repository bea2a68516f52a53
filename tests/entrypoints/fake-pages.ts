/**
 * What the extension pages' shell tests share: a background answering
 * fakeBrowser's runtime messages with the real caseload service over a fresh
 * database and settings kept in memory (the sender gate is the background's
 * own test), the browser APIs the pages use and fakeBrowser leaves
 * unimplemented, and the page's #app.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageReadSchema } from '../../lib/adapters/schema';
import type { PageRead } from '../../lib/adapters/types';
import { createService } from '../../lib/caseload/service';
import { makeDispatcher, type Request } from '../../lib/messages';
import { freshDb } from '../db/helpers';

export const TODAY = '2026-11-25';

/** Starts a background on fakeBrowser; `asked` lists the kinds of message it was sent, in order. */
export function fakeBackground() {
  let local: unknown;
  const store = { getLocal: async () => local, setLocal: async (v: unknown) => void (local = v), getManaged: async () => undefined };
  const service = createService({ db: freshDb(), store, today: () => TODAY, now: () => `${TODAY}T15:00:00.000Z` });
  const dispatch = makeDispatcher(service);
  const asked: string[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    asked.push((message as Request).kind);
    return dispatch(message);
  });
  return { service, asked };
}

/** The browser APIs the pages call that fakeBrowser does not implement; `opened` collects the tabs they open. */
export function pageBrowser(opts: { hostPermissions?: string[]; granted?: boolean } = {}) {
  const opened: string[] = [];
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  b.runtime!.getManifest = () => ({ manifest_version: 3, name: 'test', version: '0', host_permissions: opts.hostPermissions ?? [] });
  b.permissions!.contains = async () => opts.granted ?? true;
  b.permissions!.request = vi.fn(async () => true);
  b.tabs!.create = async ({ url }: { url: string }) => {
    opened.push(url);
    return {};
  };
  return { opened, request: b.permissions!.request as ReturnType<typeof vi.fn> };
}

/** A fresh #app and a fresh copy of the shell module, which renders into it when imported. */
export async function mount(load: () => Promise<unknown>): Promise<void> {
  document.body.innerHTML = '<div id="app"></div>';
  vi.resetModules();
  await load();
}

export const row = (id: string, lastContactDate = '2026-01-05') => ({
  id,
  name: `Person ${id}`,
  lastContactDate,
  activity: null,
  url: `https://demo.toolbox.mo.gov/toolbox/participant?id=${id}`,
});

/** A Toolbox caseload page listing these rows, as the content script would send it. */
export const caseloadPage = (rows: ReturnType<typeof row>[]): PageRead =>
  pageReadSchema.parse({ system: 'toolbox', page: 'caseload', participant: null, contacts: [], historyShown: false, caseload: rows, editor: null, problems: [] });
