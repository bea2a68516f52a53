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

describe('Options while the first agency-policy read is pending', () => {
  it("shows the user's settings at once, under the policy last seen", async () => {
    const service = createService({
      db: freshDb(),
      today: () => '2026-11-25',
      now: () => '2026-11-25T15:04:05.000Z',
      store: {
        getLocal: async () => ({ dueSoonDays: 9, intervalDays: 45 }),
        setLocal: async () => undefined,
        getManaged: () => new Promise<unknown>(() => undefined),
        knownManaged: async () => ({ intervalDays: 30, lockedSettings: ['intervalDays'] }),
      },
    });
    const send = makeClient((m: Request) => makeDispatcher(service)(m));
    const { settings, locked } = await send({ kind: 'settings-get' });
    expect(settings.dueSoonDays).toBe(9);
    expect(settings.intervalDays).toBe(30);
    expect(locked).toEqual(['intervalDays']);
  });

  it('still refuses a change to a setting the arriving policy locks, and keeps the others', async () => {
    let local: unknown = { dueSoonDays: 9 };
    let arrive: (policy: unknown) => void = () => undefined;
    const arriving = new Promise<unknown>((resolve) => (arrive = resolve));
    const service = createService({
      db: freshDb(),
      today: () => '2026-11-25',
      now: () => '2026-11-25T15:04:05.000Z',
      store: {
        getLocal: async () => local,
        setLocal: async (v) => void (local = v),
        getManaged: () => arriving,
        knownManaged: async () => undefined,
      },
    });
    const send = makeClient((m: Request) => makeDispatcher(service)(m));
    expect((await send({ kind: 'settings-get' })).locked).toEqual([]);
    // Edited before the policy arrived: the answers wait for it.
    const locked = send({ kind: 'settings-set', patch: { retentionDays: 400 } });
    const free = send({ kind: 'settings-set', patch: { intervalDays: 60 } });
    arrive({ retentionDays: 180, lockedSettings: ['retentionDays'] });
    expect((await locked).error).toMatch(/locked/);
    expect((await free).error).toBeNull();
    expect(local).toEqual({ dueSoonDays: 9, intervalDays: 60 });
  });
});
