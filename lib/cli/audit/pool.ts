/**
 * Spreads batches over the threads that check notes and hands results back in
 * the order the batches were read, so output is the same whatever the number of
 * cores. The main thread is one of them: with N jobs, N - 1 worker threads
 * and the main thread, which only reads, writes and tallies otherwise (a worker
 * of its own cost the process a whole V8 heap, about 30 MB resident, to keep
 * a thread mostly idle). With no compiled worker (running from source) or one
 * job, every batch is checked inline.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { makeChecker, type BatchResult, type CheckSetup } from './check';
import type { Item } from './read';

export interface Pool {
  /** Starts checking a batch (see Checker for `htmlWanted`); results resolve in any order, the caller awaits them in its own. */
  check(items: Item[], htmlWanted: number): Promise<BatchResult>;
  /** How many batches may be in flight before the reader should wait. */
  readonly capacity: number;
  close(): Promise<void>;
}

export function inlinePool(setup: CheckSetup): Pool {
  const check = makeChecker(setup);
  return { check, capacity: 1, close: async () => {} };
}

/** The compiled worker next to the compiled CLI, if this is the compiled CLI. */
export function workerFile(): URL | null {
  const url = new URL('./audit-worker.js', import.meta.url);
  return import.meta.url.endsWith('.js') && existsSync(fileURLToPath(url)) ? url : null;
}

/** `jobs` checkers (jobs >= 2): jobs - 1 worker threads and this thread, which takes every jobs-th batch. */
export function workerPool(setup: CheckSetup, jobs: number, file: URL): Pool {
  const inline = makeChecker(setup);
  const pending = new Map<number, { resolve(r: BatchResult): void; reject(e: unknown): void }>();
  let seq = 0;
  let failed: unknown = null;
  const workers = Array.from({ length: jobs - 1 }, () => {
    // A batch needs a few MB; without a cap each thread's heap grows lazily to hundreds.
    const w = new Worker(file, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 12 } });
    w.on('message', ({ id, result, error }: { id: number; result?: BatchResult; error?: string }) => {
      const p = pending.get(id);
      pending.delete(id);
      if (error !== undefined || !result) p?.reject(new Error(error ?? 'worker returned nothing'));
      else p?.resolve(result);
    });
    w.on('error', (e) => {
      failed = e;
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    });
    return w;
  });
  return {
    capacity: jobs * 2,
    check(items, htmlWanted) {
      if (failed) return Promise.reject(failed);
      const id = seq++;
      // Round robin: batches are the same size, so each checker gets an even share. The workers' batches are sent
      // first: this thread's own (checked before check returns) leaves them busy meanwhile.
      const slot = id % jobs;
      if (slot === workers.length) return inline(items, htmlWanted);
      const w = workers[slot];
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w?.postMessage({ id, items, htmlWanted });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
