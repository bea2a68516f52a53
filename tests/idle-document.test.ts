/**
 * The document Chrome's service worker reads left pages in (lib/idle-document.ts): made once for a run of
 * work, never closed under work, closed a while after the last work ends, and made again for later work.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleDocument } from '../lib/idle-document';

const IDLE = 1_000;

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A document that logs what is done to it; `closeGate` holds a close until the test lets it finish. */
function fakeHandle() {
  const log: string[] = [];
  const handle = {
    closeGate: null as Promise<void> | null,
    createError: null as Error | null,
    closeError: null as Error | null,
    create: vi.fn(async () => {
      log.push('create');
      if (handle.createError) throw handle.createError;
    }),
    close: vi.fn(async () => {
      log.push('closing');
      if (handle.closeGate) await handle.closeGate;
      if (handle.closeError) throw handle.closeError;
      log.push('closed');
    }),
  };
  return { handle, log };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('a document opened on demand and closed once idle', () => {
  it('is made once for overlapping work, stays open under work past the idle time, and closes idle after the last', async () => {
    const { handle, log } = fakeHandle();
    const doc = idleDocument(handle, IDLE);
    const slow = deferred<string>();
    const a = doc.use(async () => (log.push('a'), 'A'));
    const b = doc.use(() => (log.push('b'), slow.promise));
    await expect(a).resolves.toBe('A');
    await vi.advanceTimersByTimeAsync(IDLE * 5);
    expect(log).toEqual(['create', 'a', 'b']);
    slow.resolve('B');
    await expect(b).resolves.toBe('B');
    await vi.advanceTimersByTimeAsync(IDLE - 1);
    expect(log).toEqual(['create', 'a', 'b']);
    await vi.advanceTimersByTimeAsync(1);
    expect(log).toEqual(['create', 'a', 'b', 'closing', 'closed']);
    expect(handle.create).toHaveBeenCalledTimes(1);
  });

  it('work that comes within the idle time keeps it open, and later work opens it again', async () => {
    const { handle, log } = fakeHandle();
    const doc = idleDocument(handle, IDLE);
    await doc.use(async () => void log.push('a'));
    await vi.advanceTimersByTimeAsync(IDLE - 1);
    await doc.use(async () => void log.push('b'));
    await vi.advanceTimersByTimeAsync(IDLE - 1);
    expect(log).toEqual(['create', 'a', 'b']);
    await vi.advanceTimersByTimeAsync(1);
    await doc.use(async () => void log.push('c'));
    expect(log).toEqual(['create', 'a', 'b', 'closing', 'closed', 'create', 'c']);
  });

  it('work that comes while it is being closed waits for the close, then gets a new one', async () => {
    const { handle, log } = fakeHandle();
    const doc = idleDocument(handle, IDLE);
    await doc.use(async () => void log.push('a'));
    const slowClose = deferred();
    handle.closeGate = slowClose.promise;
    await vi.advanceTimersByTimeAsync(IDLE);
    const b = doc.use(async () => void log.push('b'));
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['create', 'a', 'closing']);
    slowClose.resolve();
    await b;
    expect(log).toEqual(['create', 'a', 'closing', 'closed', 'create', 'b']);
  });

  it('closes one left open before it was asked for anything, once idle', async () => {
    const { handle, log } = fakeHandle();
    idleDocument(handle, IDLE).closeWhenIdle();
    await vi.advanceTimersByTimeAsync(IDLE);
    expect(log).toEqual(['closing', 'closed']);
  });

  it('a failed close is no failure, and the next work opens a new one', async () => {
    const { handle, log } = fakeHandle();
    handle.closeError = new Error('No current offscreen document.');
    const doc = idleDocument(handle, IDLE);
    doc.closeWhenIdle();
    await vi.advanceTimersByTimeAsync(IDLE);
    await expect(doc.use(async () => 'read')).resolves.toBe('read');
    expect(log).toEqual(['closing', 'create']);
  });

  it("a failed create fails that work and the work does not run; the next work tries again", async () => {
    const { handle, log } = fakeHandle();
    const doc = idleDocument(handle, IDLE);
    handle.createError = new Error('offscreen API refused');
    const work = vi.fn(async () => 'read');
    await expect(doc.use(work)).rejects.toThrow('offscreen API refused');
    expect(work).not.toHaveBeenCalled();
    handle.createError = null;
    await expect(doc.use(work)).resolves.toBe('read');
    expect(log).toEqual(['create', 'create']);
  });

  it('work that fails fails alone, and the document still closes once idle', async () => {
    const { handle, log } = fakeHandle();
    const doc = idleDocument(handle, IDLE);
    await expect(doc.use(async () => Promise.reject(new Error('reader crashed')))).rejects.toThrow('reader crashed');
    await vi.advanceTimersByTimeAsync(IDLE);
    expect(log).toEqual(['create', 'closing', 'closed']);
  });
});
