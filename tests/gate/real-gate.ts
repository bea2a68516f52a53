/**
 * The real gate over a fresh caseload service, as the background wires it, and the senders the browser would attach:
 * our popup and options page, content scripts in host-page frames, strangers. Messages go through fakeBrowser's
 * runtime.onMessage exactly as the background listens. Each test file passes its own fresh database (so its
 * afterEach hooks are its own).
 */
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createService } from '../../lib/caseload/service';
import { checksUnder, createNoteChecker } from '../../lib/caseload/note-check';
import type { CaseloadDb } from '../../lib/db/db';
import { makeGate } from '../../lib/gate';
import { FrameMemory } from '../../lib/gate/frames';
import { envelopeSchema, type Envelope } from '../../lib/messages';
import { readPage } from '../../lib/systems';
import type { PageRead } from '../../lib/adapters';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { noSettings } from '../db/helpers';

export const TB = 'https://demo.toolbox.mo.gov/toolbox';

export function fixture(path: string, url: string): PageRead {
  const dom = new JSDOM(readFileSync(join(process.cwd(), 'tests/fixtures', path), 'utf8'), { url });
  return readPage(dom.window.document, url);
}

/** The gate on `freshDb()`'s database, listening on fakeBrowser's runtime; `send` a message as `sender` would. */
export function realGate(freshDb: () => CaseloadDb) {
  return (frames = new FrameMemory(), more: Partial<Parameters<typeof makeGate>[0]> = {}) => {
    const db = freshDb();
    /** Where the coach was loaded: [tabId, frameId] per request. */
    const injected: [number, number, string][] = [];
    const service = createService({
      db,
      today: () => '2026-11-25',
      now: () => '2026-11-25T15:04:05.000Z',
      store: noSettings(),
    });
    const self = { id: fakeBrowser.runtime.id, origin: fakeBrowser.runtime.getURL('/').replace(/\/$/, '') };
    const gate = makeGate({
      self,
      handlers: service,
      frames,
      pageSettings: async () => DEFAULT_SETTINGS,
      today: () => '2026-12-01',
      ...checksUnder(createNoteChecker(() => '2026-11-25'), async () => DEFAULT_SETTINGS),
      inject: async (tabId, frameId, part) => void injected.push([tabId, frameId, part]),
      ...more,
    });
    fakeBrowser.runtime.onMessage.addListener((message: unknown, sender: unknown) => gate(message, sender));
    const send = async (message: unknown, sender: unknown): Promise<Envelope> => {
      const [answer] = await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
      return envelopeSchema.parse(answer);
    };
    return { service, send, self, injected };
  };
}

const origin = () => fakeBrowser.runtime.getURL('/').replace(/\/$/, '');
export const SENDERS = {
  popup: () => ({ id: fakeBrowser.runtime.id, url: `${origin()}/popup.html`, origin: origin() }),
  optionsTab: () => ({ id: fakeBrowser.runtime.id, url: `${origin()}/options.html#import`, origin: origin(), tab: { id: 9 }, frameId: 0 }),
  /** A content script in the Toolbox frameset's main frame. */
  content: (url = `${TB}/casenote/new?id=100234`, tab = 3, frameId = 2) => ({ id: fakeBrowser.runtime.id, url, origin: new URL(url).origin, tab: { id: tab }, frameId }),
};
