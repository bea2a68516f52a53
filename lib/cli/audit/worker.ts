/** A worker thread of `cli audit`: checks the batches it is sent (see pool.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { makeChecker, type CheckSetup } from './check';
import type { Item } from './read';

const check = makeChecker(workerData as CheckSetup);
const encoder = new TextEncoder();
parentPort?.on('message', async ({ id, items, htmlWanted }: { id: number; items: Item[]; htmlWanted: number }) => {
  try {
    const result = await check(items, htmlWanted);
    // The output goes over as UTF-8 bytes, moved rather than copied: the main thread only writes it out.
    const out = typeof result.out === 'string' ? encoder.encode(result.out) : result.out;
    result.out = out;
    parentPort?.postMessage({ id, result }, [result.day.buffer as ArrayBuffer, result.flags.buffer as ArrayBuffer, out.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort?.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
