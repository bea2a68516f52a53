/**
 * Agency policy (storage.managed). The browser's first read can take seconds
 * or never answer, so the last copy seen (a snapshot in storage.local) is used
 * at once while a fresh read runs; a change in policy is announced when it arrives.
 */
import { browser } from '#imports';
import { MANAGED_SNAPSHOT_KEY } from '../../lib/settings';

export function agencyPolicy(onChange: () => void) {
  let cache: Promise<unknown> | null = null;
  // Managed storage is absent on some browsers/profiles; no agency policy is not an error.
  const read = (): Promise<unknown> => browser.storage.managed.get(null).catch(() => undefined);
  const snapshot = async (): Promise<unknown> => (await browser.storage.local.get(MANAGED_SNAPSHOT_KEY))[MANAGED_SNAPSHOT_KEY];

  async function current(): Promise<unknown> {
    if (cache) return cache;
    const fresh = read().then(async (value) => {
      await browser.storage.local.set({ [MANAGED_SNAPSHOT_KEY]: value ?? null });
      return value;
    });
    cache = fresh;
    const last = await snapshot();
    void fresh.then((value) => {
      // Pages answered from the last copy (or none, on a fresh profile) hear of the policy now.
      if (JSON.stringify(value ?? null) !== JSON.stringify(last ?? null)) onChange();
    });
    return last === undefined ? fresh : last;
  }

  return {
    current,
    /** As last seen, never waiting on the browser: on a fresh profile, none until the first read answers. */
    async known(): Promise<unknown> {
      void current().catch(() => undefined);
      return (await snapshot()) ?? undefined;
    },
    /** The browser says the policy changed: read it again next time. */
    forget(): void {
      cache = null;
    },
  };
}
