/**
 * A big audit's lean restart: Node started again with a small, capped heap and a fixed malloc
 * threshold, settings that can only be given when a process starts.
 */
import { constants } from 'node:os';

/**
 * Heap settings for big files. V8's defaults let a busy heap grow lazily to
 * hundreds of MB; a small young generation and a cap on the old one keep the
 * resident size flat. They can only be set when Node starts, so a big audit
 * restarts itself once with them (about 50 ms, against minutes of work).
 * A 1 MB semi-space kept the process 16 MB smaller than 4 MB did on a 20,000-note export with
 * timelines and the HTML report (137 against 153 MB peak resident, same output). It is the whole
 * process's setting, the worker threads' too (their resourceLimits do not raise it): on 20,000 notes
 * checked on one thread, 4 MB saved about 3 % of the CPU time and cost 6 MB more resident.
 */
const LEAN_HEAP = ['--max-semi-space-size=1', '--max-old-space-size=256'];
/**
 * Each batch's output crosses from a worker as a buffer of 64 KB to a few MB, malloc'd in one thread and
 * freed in another. glibc raises its mmap threshold after the first such free, so later buffers come from
 * its heaps and freed ones stay resident: a million-note audit crept past 200 MB. A fixed threshold maps and
 * unmaps them instead (other C libraries ignore the variable; a value the user set is kept).
 */
const LEAN_MALLOC = { MALLOC_MMAP_THRESHOLD_: '65536' };

export function rerunLean(): Promise<number> | null {
  const script = process.argv[1];
  if (!script || !import.meta.url.endsWith('.js') || process.execArgv.some((a) => a.startsWith('--max-semi-space-size'))) return null;
  // Loaded only here: a small audit never restarts, and child_process is a noticeable part of a cold start.
  return import('node:child_process').then(
    ({ spawn }) =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, [...LEAN_HEAP, ...process.execArgv, script, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...LEAN_MALLOC, ...process.env } });
        child.on('error', () => resolve(1));
        child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1)));
      }),
  );
}
