/**
 * What the background's entrypoint tests share: WXT's fake browser with the
 * APIs it leaves unimplemented stubbed out, and one way to send a message as
 * a given sender and read the background's answer.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

/** Sends `message` as `sender` and returns the one answer the background gave. */
export async function ask(message: unknown, sender: unknown): Promise<unknown> {
  const answers = (await fakeBrowser.runtime.onMessage.trigger(message, sender as Sender)) as unknown[];
  return answers.find((a) => a !== undefined);
}

/** What the fake browser leaves unimplemented and these tests do not look at: present, and doing nothing. */
export function stubUnimplemented(hostPermissions: string[] = []): void {
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  const listener = { addListener: () => undefined, removeListener: () => undefined };
  b.permissions!.onAdded = listener;
  b.permissions!.onRemoved = listener;
  b.permissions!.contains = async () => false;
  b.runtime!.getManifest = () => ({ manifest_version: 3, name: 'test', version: '0', host_permissions: hostPermissions });
  b.scripting = { getRegisteredContentScripts: async () => [], registerContentScripts: async () => undefined, unregisterContentScripts: async () => undefined };
  b.action = { setBadgeText: async () => undefined, setBadgeBackgroundColor: async () => undefined, setTitle: async () => undefined };
}
