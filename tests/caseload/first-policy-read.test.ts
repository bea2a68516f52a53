/**
 * The browser's first read of agency policy can take seconds on a fresh
 * profile (Chromium: about five after launch) or never answer. The popup's list
 * and its CSV export must not wait on it: they use the policy as last seen
 * (none yet on a fresh profile), and the popup reloads when the read arrives.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageRead } from '../../lib/adapters';
import { readPage } from '../../lib/systems';
import { createService } from '../../lib/caseload/service';
import { makeClient, makeDispatcher } from '../../lib/messages';
import type { Request } from '../../lib/messages';
import { freshDb } from '../db/helpers';

function setup(known: unknown) {
  const service = createService({
    db: freshDb(),
    today: () => '2026-11-25',
    now: () => '2026-11-25T15:04:05.000Z',
    store: {
      getLocal: async () => undefined,
      setLocal: async () => undefined,
      // The browser has not answered yet, and may never.
      getManaged: () => new Promise<unknown>(() => undefined),
      knownManaged: async () => known,
    },
  });
  return makeClient((m: Request) => makeDispatcher(service)(m));
}

/** The demo Toolbox caseload, read the way the content script would. */
function caseloadPage(): PageRead {
  const url = 'http://127.0.0.1:4817/toolbox/caseload';
  const dom = new JSDOM(readFileSync(join(process.cwd(), 'tests/fixtures/toolbox/caseload.html'), 'utf8'), { url });
  return readPage(dom.window.document, url);
}

describe('the popup while the first agency-policy read is pending', () => {
  it('lists who is due and exports the list without waiting for it', async () => {
    const send = setup(undefined);
    const read = caseloadPage();
    expect(read.caseload.length).toBeGreaterThan(0);
    await send({ kind: 'page-read', read });
    const due = await send({ kind: 'list-due' });
    expect(due.total).toBe(read.caseload.length);
    expect(due.items.length).toBeGreaterThan(0);
    expect((await send({ kind: 'caseload-export' })).csv).toContain(due.items[0]!.participantId);
  });

  it('uses the policy last seen meanwhile', async () => {
    const send = setup({ dueSoonDays: 21 });
    expect((await send({ kind: 'list-due' })).dueSoonDays).toBe(21);
  });
});
