/**
 * The page port: one long-lived connection from a note's frame to the
 * background for the requests the coach sends while the case manager types
 * (each pause's check, the draft every second), instead of a one-time
 * message each. A one-time message opens and closes a channel of its own and
 * the browser builds its sender anew every time: measured in Chromium, a
 * check cost about 2 ms of CPU over the page, browser and extension
 * processes that way, of which about 1.2 ms was the channel; over a port the
 * same round trip costs about 0.3 ms. Requests are numbered so answers,
 * which may come back out of order, find theirs.
 *
 * The background answers them exactly as one-time messages, through the same
 * gate with the port's sender (set by the browser when the port opened). A
 * port opened before the page's address changed (history.pushState) would
 * carry the old address, so a new port is opened when it differs. A port
 * that closes (the background's worker stopped, the extension reloaded)
 * hands what it was still waiting for to the one-time path, so no request
 * is lost; the next request opens a new port. No browser API is used here:
 * the content script and the background pass theirs in.
 */

/** The name content scripts connect with (runtime.connect). */
export const PAGE_PORT = 'cnc-page';

/** What of a runtime.Port this needs, in both browsers. */
export interface PortLike {
  readonly name: string;
  readonly sender?: unknown;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

interface Waiting {
  port: PortLike;
  request: unknown;
  resolve(answer: unknown): void;
  reject(error: unknown): void;
}

export interface PortClientOptions {
  /** Opens a port (runtime.connect({ name: PAGE_PORT })); may throw (an extension that was reloaded). */
  connect(): PortLike;
  /** The frame's address now (location.href). */
  href(): string;
  /** The one-time path (runtime.sendMessage): used when no port opens, and for what a closed port left unanswered. */
  once(request: unknown): Promise<unknown>;
  /** How long an answer may take over the port before the request is sent the one-time way as well (Save waits on a check). */
  patienceMs?: number;
}

/** A check answers in milliseconds; one not answered in this long is asked again the one-time way, so nothing waits on a stuck port. */
const PATIENCE_MS = 3_000;

/** The content script's side: sends a request over the port and resolves to the background's raw answer (its envelope). */
export function portClient(o: PortClientOptions): (request: unknown) => Promise<unknown> {
  let open: { port: PortLike; href: string } | null = null;
  let next = 0;
  const waiting = new Map<number, Waiting>();

  /** What `port` was still waiting for goes the one-time way. */
  const handOver = (port: PortLike) => {
    for (const [id, w] of waiting) {
      if (w.port !== port) continue;
      waiting.delete(id);
      o.once(w.request).then(w.resolve, w.reject);
    }
  };

  const portNow = (): PortLike | null => {
    const href = o.href();
    if (open?.href === href) return open.port;
    if (open) {
      // The browser does not tell a port's own side that it closed it.
      const old = open.port;
      open = null;
      old.disconnect();
      handOver(old);
    }
    let port: PortLike;
    try {
      port = o.connect();
    } catch {
      return null;
    }
    port.onMessage.addListener((message) => {
      const id = (message as { id?: unknown } | null)?.id;
      const w = typeof id === 'number' ? waiting.get(id) : undefined;
      if (!w || w.port !== port) return;
      waiting.delete(id as number);
      w.resolve((message as { envelope?: unknown }).envelope);
    });
    port.onDisconnect.addListener(() => {
      if (open?.port === port) open = null;
      handOver(port);
    });
    open = { port, href };
    return port;
  };

  return (request) => {
    const port = portNow();
    if (!port) return o.once(request);
    return new Promise((resolve, reject) => {
      const id = ++next;
      waiting.set(id, { port, request, resolve, reject });
      setTimeout(() => {
        const w = waiting.get(id);
        if (!w) return;
        waiting.delete(id);
        o.once(request).then(resolve, reject);
      }, o.patienceMs ?? PATIENCE_MS);
      try {
        port.postMessage({ id, request });
      } catch {
        // Closed under us, before its disconnect event came.
        if (open?.port === port) open = null;
        handOver(port);
      }
    });
  };
}

/**
 * The background's side: every numbered request on `port` is answered by
 * `answer` (the gate, which checks the sender) with the port's sender, and
 * the answer goes back under the request's number. Anything else is ignored.
 */
export function answerPort(port: PortLike, answer: (message: unknown, sender: unknown) => Promise<unknown>): void {
  let closed = false;
  port.onDisconnect.addListener(() => {
    closed = true;
  });
  port.onMessage.addListener((message) => {
    const id = (message as { id?: unknown } | null)?.id;
    if (typeof id !== 'number') return;
    void answer((message as { request?: unknown }).request, port.sender)
      .catch((error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }))
      .then((envelope) => {
        if (closed) return;
        try {
          port.postMessage({ id, envelope });
        } catch {
          // The page went while we answered: nobody is waiting.
        }
      });
  });
}
