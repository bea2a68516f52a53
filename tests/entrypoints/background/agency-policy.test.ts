/**
 * Agency policy (entrypoints/background/agency-policy.ts): the browser's first read of storage.managed
 * can take seconds or never answer, so the last copy seen answers at once and a change is announced
 * when the fresh read arrives.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { agencyPolicy } from '../../../entrypoints/background/agency-policy';
import { MANAGED_SNAPSHOT_KEY } from '../../../lib/settings';

/** storage.managed.get answers only when the test says; each call is counted. */
function slowManaged() {
  const pending: ((value: Record<string, unknown>) => void)[] = [];
  fakeBrowser.storage.managed.get = (() => new Promise((resolve) => pending.push(resolve))) as typeof fakeBrowser.storage.managed.get;
  return { answer: (value: Record<string, unknown>) => pending.shift()!(value), reads: () => pending.length };
}

describe('agency policy', () => {
  it('answers from the last copy seen while the browser has not answered, then keeps and announces what changed', async () => {
    await fakeBrowser.storage.local.set({ [MANAGED_SNAPSHOT_KEY]: { dueSoonDays: 7 } });
    const managed = slowManaged();
    const changed = vi.fn();
    const policy = agencyPolicy(changed);
    expect(await policy.current()).toEqual({ dueSoonDays: 7 });
    managed.answer({ dueSoonDays: 3 });
    await expect.poll(() => changed.mock.calls.length).toBe(1);
    expect((await fakeBrowser.storage.local.get(MANAGED_SNAPSHOT_KEY))[MANAGED_SNAPSHOT_KEY]).toEqual({ dueSoonDays: 3 });
  });

  it('says nothing when the fresh read is the copy it already had, and reads again only after being told the policy changed', async () => {
    await fakeBrowser.storage.local.set({ [MANAGED_SNAPSHOT_KEY]: { dueSoonDays: 7 } });
    const managed = slowManaged();
    const changed = vi.fn();
    const policy = agencyPolicy(changed);
    await policy.current();
    managed.answer({ dueSoonDays: 7 });
    expect(await policy.current()).toEqual({ dueSoonDays: 7 });
    expect(managed.reads()).toBe(0); // the one read was answered, and nothing asked again
    policy.forget();
    void policy.current();
    await expect.poll(() => managed.reads()).toBe(1);
    expect(changed).not.toHaveBeenCalled();
  });

  it('waits for the first read on a fresh profile, but what is known answers at once (none yet)', async () => {
    const managed = slowManaged();
    const policy = agencyPolicy(() => undefined);
    expect(await policy.known()).toBeUndefined();
    const current = policy.current();
    managed.answer({ dueSoonDays: 5 });
    expect(await current).toEqual({ dueSoonDays: 5 });
    expect(await policy.known()).toEqual({ dueSoonDays: 5 });
  });

  it('takes a browser without managed storage as no agency policy', async () => {
    fakeBrowser.storage.managed.get = (() => Promise.reject(new Error('Managed storage manifest not found'))) as typeof fakeBrowser.storage.managed.get;
    expect(await agencyPolicy(() => undefined).current()).toBeUndefined();
  });
});
