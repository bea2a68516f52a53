/**
 * What each start of the CLI can be spared, set up before any command is loaded: Node's on-disk cache of
 * compiled code, and V8 settings for a short run. Matching and output are the same either way.
 */
import nodeModule from 'node:module';
import { setFlagsFromString } from 'node:v8';

type ModuleApi = { enableCompileCache?: () => unknown };

/**
 * Node 22.1 and later keep the compiled CLI in a cache on disk (under the temporary folder, or NODE_COMPILE_CACHE),
 * so a second start skips compiling it: only the program's own code goes there, never an export's notes. Node 20
 * has no such cache: nothing happens, and nothing is said. True when the cache was asked for.
 */
export function useCompileCache(api: ModuleApi = nodeModule as ModuleApi): boolean {
  if (typeof api.enableCompileCache !== 'function') return false;
  try {
    api.enableCompileCache();
    return true;
  } catch {
    return false; // A cache that cannot be used (a read-only temporary folder) only costs speed.
  }
}

/**
 * Set before any regular expression or function is compiled, for the worker threads too (V8's settings are the
 * process's).
 *
 * The checks run some six hundred regular expressions. V8 first runs each as bytecode, which it optimizes with a
 * peephole pass, and from its second run as machine code: on a small file most of that pass is spent on bytecode
 * run once (a 100-note audit's main thread: ~10% of its CPU time).
 *
 * V8 optimizes a function once it has run through a budget of bytecode. With its default budget it optimized some
 * 190 functions of the checks within a 3,000-note audit (and dropped a few dozen again), work a short audit never
 * earns back; four times the budget leaves that to the functions that stay hot. CPU time, all threads, median of
 * interleaved runs: a 100-note audit 420 -> 360 ms, a 3,000-note one 2.6 -> 2.0 s, a 20,000-note one on two worker
 * threads 13.2 -> 12.7 s.
 */
export function tuneV8(): void {
  setFlagsFromString('--no-regexp-peephole-optimization');
  setFlagsFromString('--interrupt-budget=270336');
}
