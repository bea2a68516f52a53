import { describe, expect, it, vi } from 'vitest';
import { answerPort, portClient, type PortLike } from '../lib/page-port';

/** Two ends of a port, as the browser connects them: what one side posts the other hears; a side's disconnect is heard by the other only. */
function portPair(sender: unknown = { tab: { id: 7 }, frameId: 0, url: 'https://toolbox.mo.gov/x' }) {
  type End = PortLike & { hear(m: unknown): void; closed(): void; posted: unknown[] };
  const end = (): End => {
    const onMessage: ((m: unknown) => void)[] = [];
    const onDisconnect: (() => void)[] = [];
    return {
      name: 'cnc-page',
      sender,
      posted: [],
      postMessage(m) {
        this.posted.push(m);
        other(this).hear(structuredClone(m));
      },
      disconnect() {
        other(this).closed();
      },
      onMessage: { addListener: (l) => void onMessage.push(l) },
      onDisconnect: { addListener: (l) => void onDisconnect.push(l) },
      hear: (m) => onMessage.forEach((l) => l(m)),
      closed: () => onDisconnect.forEach((l) => l()),
    };
  };
  const page = end();
  const background = end();
  const other = (e: End) => (e === page ? background : page);
  return { page, background };
}

describe('the page port', () => {
  it('answers each request through the gate with the port sender, and each answer reaches its own request even out of order', async () => {
    const { page, background } = portPair();
    const gates: { message: unknown; sender: unknown; answer(v: unknown): void }[] = [];
    answerPort(background, (message, sender) => new Promise((answer) => gates.push({ message, sender, answer })));
    const once = vi.fn(async () => ({ ok: false, error: 'one-time path' }));
    const send = portClient({ connect: () => page, href: () => 'https://toolbox.mo.gov/x', once });
    const first = send({ kind: 'page-check', text: 'first' });
    const second = send({ kind: 'page-check', text: 'second' });
    await vi.waitFor(() => expect(gates).toHaveLength(2));
    expect(gates.map((g) => g.message)).toEqual([{ kind: 'page-check', text: 'first' }, { kind: 'page-check', text: 'second' }]);
    expect(gates[0]!.sender).toEqual({ tab: { id: 7 }, frameId: 0, url: 'https://toolbox.mo.gov/x' });
    gates[1]!.answer({ ok: true, result: 'for second' });
    gates[0]!.answer({ ok: true, result: 'for first' });
    expect(await first).toEqual({ ok: true, result: 'for first' });
    expect(await second).toEqual({ ok: true, result: 'for second' });
    expect(once).not.toHaveBeenCalled();
  });

  it('opens one port for many requests, and a new one once the page address changed (the sender the background sees is fixed when a port opens)', async () => {
    let href = 'https://toolbox.mo.gov/a';
    const opened: PortLike[] = [];
    const connect = () => {
      const { page, background } = portPair({ url: href });
      answerPort(background, async (_m, sender) => ({ ok: true, result: (sender as { url: string }).url }));
      opened.push(page);
      return page;
    };
    const send = portClient({ connect, href: () => href, once: async () => ({ ok: false, error: 'one-time path' }) });
    expect(await send({ n: 1 })).toEqual({ ok: true, result: 'https://toolbox.mo.gov/a' });
    expect(await send({ n: 2 })).toEqual({ ok: true, result: 'https://toolbox.mo.gov/a' });
    expect(opened).toHaveLength(1);
    href = 'https://toolbox.mo.gov/b';
    expect(await send({ n: 3 })).toEqual({ ok: true, result: 'https://toolbox.mo.gov/b' });
    expect(opened).toHaveLength(2);
  });

  it('loses no request when the port closes with requests unanswered (the background worker stopped): they go the one-time way, and the next request opens a new port', async () => {
    const ports: ReturnType<typeof portPair>[] = [];
    const connect = () => {
      const pair = portPair();
      ports.push(pair);
      // The first background never answers: it stops with the request in hand.
      if (ports.length > 1) answerPort(pair.background, async () => ({ ok: true, result: 'over a new port' }));
      return pair.page;
    };
    const once = vi.fn(async (request: unknown) => ({ ok: true, result: { oneTime: request } }));
    const send = portClient({ connect, href: () => 'https://toolbox.mo.gov/x', once });
    const pending = send({ kind: 'page-check', text: 'typed' });
    ports[0]!.background.disconnect();
    expect(await pending).toEqual({ ok: true, result: { oneTime: { kind: 'page-check', text: 'typed' } } });
    expect(await send({ kind: 'page-check', text: 'typed more' })).toEqual({ ok: true, result: 'over a new port' });
    expect(ports).toHaveLength(2);
  });

  it('asks the one-time way when the port gives no answer in time, so a Save waiting on a check is never stuck', async () => {
    const { page, background } = portPair();
    answerPort(background, () => new Promise(() => undefined));
    const once = vi.fn(async () => ({ ok: true, result: 'one-time' }));
    const send = portClient({ connect: () => page, href: () => 'x', once, patienceMs: 20 });
    expect(await send({ kind: 'page-check' })).toEqual({ ok: true, result: 'one-time' });
    expect(once).toHaveBeenCalledTimes(1);
  });

  it('uses the one-time path when no port opens (the extension was reloaded under the page)', async () => {
    const once = vi.fn(async () => ({ ok: true, result: 'one-time' }));
    const send = portClient({ connect: () => { throw new Error('Extension context invalidated.'); }, href: () => 'x', once });
    expect(await send({ kind: 'page-check' })).toEqual({ ok: true, result: 'one-time' });
  });

  it('answers only numbered requests, turns a failing gate into a refusal, and posts nothing after the page went', async () => {
    const { page, background } = portPair();
    const answers: unknown[] = [];
    page.onMessage.addListener((m) => answers.push(m));
    let release: () => void = () => undefined;
    const gate = vi.fn(async (message: unknown) => {
      if ((message as { kind?: string }).kind === 'boom') throw new Error('boom');
      if ((message as { kind?: string }).kind === 'slow') await new Promise<void>((r) => (release = r));
      return { ok: true, result: null };
    });
    answerPort(background, gate);
    page.postMessage({ kind: 'page-check' });
    page.postMessage({ id: 1, request: { kind: 'boom' } });
    await vi.waitFor(() => expect(answers).toEqual([{ id: 1, envelope: { ok: false, error: 'boom' } }]));
    expect(gate).toHaveBeenCalledTimes(1);
    page.postMessage({ id: 2, request: { kind: 'slow' } });
    await vi.waitFor(() => expect(gate).toHaveBeenCalledTimes(2));
    page.disconnect();
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(background.posted).toHaveLength(1);
  });
});
