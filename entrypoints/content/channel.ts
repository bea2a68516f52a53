/**
 * The content script's side of the messages (lib/messages.ts), without zod: what it
 * sends is checked by the background's gate (lib/gate/), which trusts nothing from a
 * page, and what comes back or is pushed comes from our own background only (the browser
 * says so in the sender). Only the envelope's shape is checked here, so a broken answer
 * fails as "no warnings", not as a crash.
 */
import { browser } from '#imports';
import type { ContentRequest, Push, Response } from '../../lib/messages';
import { Refusal } from '../../lib/page-reporter';

class ChannelError extends Error {}

/** Asks the background about this frame's own page (the content-script channel: lib/gate/). */
export async function send<K extends ContentRequest['kind']>(request: Extract<ContentRequest, { kind: K }>): Promise<Response<K>> {
  const envelope = (await browser.runtime.sendMessage(request)) as { ok?: unknown; result?: unknown; error?: unknown } | null | undefined;
  if (!envelope || typeof envelope !== 'object' || typeof envelope.ok !== 'boolean') throw new ChannelError(`No valid answer to ${request.kind}.`);
  // The background answered "no" (a read it cannot use, a refusal): the reporter does not ask again (lib/page-reporter.ts).
  if (!envelope.ok) throw new Refusal(typeof envelope.error === 'string' ? envelope.error : `No answer to ${request.kind}.`);
  return envelope.result as Response<K>;
}

const PUSH_KINDS = new Set<string>(['settings-changed', 'caseload-changed'] satisfies Push['kind'][]);

/** Listens to what the background pushes (settings, caseload changes) until `signal` aborts. */
export function onPush(listener: (push: Push) => void, signal: AbortSignal): void {
  const handle = (message: unknown, sender: { id?: string }) => {
    // Only our background can message a content script, but say so rather than assume it.
    if (sender.id !== browser.runtime.id) return;
    const kind = (message as { kind?: unknown } | null)?.kind;
    if (typeof kind === 'string' && PUSH_KINDS.has(kind)) listener(message as Push);
  };
  browser.runtime.onMessage.addListener(handle);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(handle), { once: true });
}
