/**
 * What the gate's topic tests share: a gate context over a fresh frame memory, with the caseload
 * service's handlers replaced by ones that record what they were asked, and a content-script caller.
 */
import { emptyRead } from '../../lib/adapters/types';
import type { PageRead } from '../../lib/adapters';
import { gateContext, type ContentCaller, type GateDeps } from '../../lib/gate/context';
import { FrameMemory } from '../../lib/gate/frames';
import type { Handlers } from '../../lib/messages';
import { DEFAULT_SETTINGS } from '../../lib/settings';

export const TOOLBOX = 'https://demo.toolbox.mo.gov/toolbox';

export function fakeGate(more: Partial<GateDeps> = {}) {
  const asked: { kind: string; [key: string]: unknown }[] = [];
  // Every handler records its request and answers with its kind, so a test sees which was asked and with what.
  const handlers = new Proxy({} as Handlers, {
    get: (_target, kind) => async (request: { kind: string }) => {
      asked.push(request);
      return { answeredBy: String(kind) };
    },
  });
  const frames = new FrameMemory();
  const deps: GateDeps = {
    self: { id: 'ours', origin: 'chrome-extension://ours' },
    handlers,
    frames,
    pageSettings: async () => DEFAULT_SETTINGS,
    sites: ['https://*.toolbox.mo.gov/*'],
    ownSite: (_system, url) => new URL(url).host.endsWith('.toolbox.mo.gov'),
    ...more,
  };
  return { ctx: gateContext(deps), asked, frames };
}

/** A content script in frame `frameId` of tab `tabId`, on `url`, as the browser reports it. */
export function contentCaller(url: string, tabId = 3, frameId = 0): ContentCaller {
  return { channel: 'content-script', tabId, frameId, frame: `${tabId}:${frameId}`, url: new URL(url) };
}

/** A Toolbox page read that shows participant `id`'s note form (and no one else). */
export function noteFormRead(id: string): PageRead {
  return {
    ...emptyRead('toolbox'),
    page: 'note-editor',
    editor: { found: true, noteField: '#noteText', contactTypeField: null, dateField: null, submitControl: null, participantId: id },
  };
}

/** A Toolbox caseload read listing `ids`. */
export function caseloadRead(...ids: string[]): PageRead {
  return {
    ...emptyRead('toolbox'),
    page: 'caseload',
    caseload: ids.map((id) => ({ id, name: `Person ${id}`, lastContactDate: '2026-01-05', activity: null, url: `${TOOLBOX}/participant?id=${id}` })),
  };
}
