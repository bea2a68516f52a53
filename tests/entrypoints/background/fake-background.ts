/**
 * What the background's entrypoint tests share: WXT's fake browser with the
 * APIs it leaves unimplemented stubbed out (recording what the background did
 * with them), and one way to send a message as a given sender and read the
 * background's answer.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

/** Sends `message` as `sender` and returns the one answer the background gave. */
export async function ask(message: unknown, sender: unknown): Promise<unknown> {
  const answers = (await fakeBrowser.runtime.onMessage.trigger(message, sender as Sender)) as unknown[];
  return answers.find((a) => a !== undefined);
}

/** What the background did with the stubbed APIs. */
export interface Seen {
  /** The badge's text and title, each time they were set. */
  badge: { text: string }[];
  titles: string[];
  /** `scripting.executeScript`'s options, each time. */
  injected: { target: { tabId: number; frameIds?: number[] }; files?: string[] }[];
  /** The content scripts registered now (registerContentScripts adds, unregisterContentScripts removes). */
  registered: { id: string; matches?: string[] }[];
  /** The origins the user granted (permissions.contains answers from these). */
  granted: string[];
}

/** What the fake browser leaves unimplemented: present, recording into the returned `Seen`. */
export function stubUnimplemented(hostPermissions: string[] = []): Seen {
  const seen: Seen = { badge: [], titles: [], injected: [], registered: [], granted: [] };
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  const listener = { addListener: () => undefined, removeListener: () => undefined };
  b.permissions!.onAdded = listener;
  b.permissions!.onRemoved = listener;
  b.permissions!.contains = async ({ origins }: { origins: string[] }) => origins.every((o) => seen.granted.includes(o));
  b.runtime!.getManifest = () => ({ manifest_version: 3, name: 'test', version: '0', host_permissions: hostPermissions });
  b.scripting = {
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => seen.registered.filter((s) => ids.includes(s.id)),
    registerContentScripts: async (scripts: Seen['registered']) => void seen.registered.push(...scripts),
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => void seen.registered.splice(0, seen.registered.length, ...seen.registered.filter((s) => !ids.includes(s.id))),
    executeScript: async (options: Seen['injected'][number]) => void seen.injected.push(options),
  };
  b.action = {
    setBadgeText: async (badge: { text: string }) => void seen.badge.push(badge),
    setBadgeBackgroundColor: async () => undefined,
    setTitle: async ({ title }: { title: string }) => void seen.titles.push(title),
  };
  return seen;
}
