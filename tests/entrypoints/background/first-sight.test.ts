/**
 * Fast on first sight: on a fresh profile the browser's first read of agency
 * policy (storage.managed) can take seconds or never answer. The participant's
 * status must not wait for it: the background records the page and answers
 * the status from what it knows, then republishes once the policy arrives.
 * Driven through the real background entrypoint with WXT's fake browser.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { readPage } from '../../../lib/systems';
import { ask as askAs, stubUnimplemented } from './fake-background';

const URL_ = 'http://127.0.0.1:4817/toolbox/participant?id=100234';
const SENDER = { id: fakeBrowser.runtime.id, url: URL_, tab: { id: 7 }, frameId: 0 };

function read() {
  const dom = new JSDOM(readFileSync(join(process.cwd(), 'tests/fixtures/toolbox/participant.html'), 'utf8'), { url: URL_ });
  return readPage(dom.window.document, URL_);
}

const ask = (message: unknown) => askAs(message, SENDER);

describe('the participant status on a fresh profile', () => {
  it('is answered while the first agency-policy read has not answered, and pages hear of the policy when it does', async () => {
    let answerPolicy: (value: Record<string, unknown>) => void = () => undefined;
    const policyReads: number[] = [];
    fakeBrowser.storage.managed.get = (() => {
      policyReads.push(policyReads.length);
      return new Promise((resolve) => (answerPolicy = resolve));
    }) as typeof fakeBrowser.storage.managed.get;
    const pushed: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (_tab: number, message: unknown) => void pushed.push(message)) as typeof fakeBrowser.tabs.sendMessage;
    stubUnimplemented();
    background.main();

    expect(await ask({ kind: 'page-read', read: read() })).toEqual({ ok: true, result: { ok: true } });
    const status = (await ask({ kind: 'page-status' })) as { ok: boolean; result: { name: string; nextDueDate: string | null } };
    expect(status.ok).toBe(true);
    expect(status.result.name).toBe('Whitfield, Dana');
    expect(status.result.nextDueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // All of that while the browser's policy read was still out.
    expect(policyReads.length).toBeGreaterThan(0);

    // The policy arrives (the agency locks a shorter due-soon window): open pages are told.
    answerPolicy({ dueSoonDays: 3 });
    await expect.poll(() => pushed.map((m) => (m as { kind: string }).kind)).toContain('settings-changed');
    expect(pushed.map((m) => (m as { kind: string }).kind)).toContain('caseload-changed');
  });
});
