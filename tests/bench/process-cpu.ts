/**
 * CPU time used by one launched browser, in total and split by what each
 * process does, read from Linux's /proc (tests/bench/sidebar.bench.ts).
 *
 * The browser process and every process under it (renderers, the
 * extension's service worker, GPU, network, storage) are found by the
 * profile directory on the browser's command line. Only this browser's: on a
 * shared machine other Chromiums run too (other people's tests), and counting
 * them charged their bursts to whichever tab was being typed in. Read from
 * each thread's schedstat (nanoseconds) rather than /proc/<pid>/stat's 10 ms
 * ticks, which were a few percent of a round. Unlike wall time it does not
 * count waiting for a core, so a loaded machine barely moves it.
 *
 * The split says where a cost lands: the total alone said typing with the
 * extension on cost ~13% more CPU, but not whether in the page's renderer
 * (our content script, its layout and paint), the extension's process (the
 * service worker's checks and draft writes), the browser process (the
 * messages between them) or the storage service (IndexedDB's LevelDB).
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface CpuReading {
  /** All of the browser's processes, ms; NaN where /proc is missing. */
  total: number;
  /** ms per process kind (`processKind`). */
  byKind: Map<string, number>;
  /** ms per kind and thread name ("browser/CrBrowserMain"), the thread's number dropped. */
  byThread: Map<string, number>;
}

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // The process or thread ended while we looked.
  }
};

/**
 * What a Chromium process does, from its command line: "browser", "page
 * renderer", "extension" (the extension's own renderer: its service worker
 * and pages), "gpu", "utility:<service>" (network, storage, …), "zygote".
 */
export function processKind(argv: readonly string[]): string {
  const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const type = flag('type');
  if (type === undefined) return 'browser';
  if (type === 'renderer') return argv.includes('--extension-process') ? 'extension' : 'page renderer';
  if (type === 'gpu-process') return 'gpu';
  if (type === 'utility') {
    const service = flag('utility-sub-type') ?? '?';
    // "network.mojom.NetworkService" → "network"
    return `utility:${service.split('.')[0]}`;
  }
  return type;
}

/** Returns a reader of `userDataDir`'s browser's CPU time so far. */
export function browserCpu(userDataDir: string): () => CpuReading {
  let root: string | null = null;
  const kinds = new Map<string, string>();
  return () => {
    const byKind = new Map<string, number>();
    const byThread = new Map<string, number>();
    let pids: string[];
    try {
      pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
    } catch {
      return { total: Number.NaN, byKind, byThread };
    }
    const parent = new Map<string, string>();
    for (const pid of pids) {
      const stat = read(`/proc/${pid}/stat`);
      if (stat) parent.set(pid, stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]!);
    }
    root ??=
      pids.find((pid) => {
        const cmd = read(`/proc/${pid}/cmdline`)?.split('\0') ?? [];
        return cmd.includes(`--user-data-dir=${userDataDir}`) && !cmd.some((a) => a.startsWith('--type='));
      }) ?? null;
    if (root === null) return { total: Number.NaN, byKind, byThread };
    const inTree = (pid: string): boolean => {
      for (let p: string | undefined = pid, hops = 0; p && p !== '0' && hops < 64; p = parent.get(p), hops++) if (p === root) return true;
      return false;
    };
    let ns = 0;
    for (const pid of pids) {
      if (!inTree(pid)) continue;
      let kind = kinds.get(pid);
      if (kind === undefined) {
        // Chromium's child processes rewrite their title: one string, arguments joined by spaces.
        kind = processKind(read(`/proc/${pid}/cmdline`)?.split(/[\0 ]/) ?? []);
        kinds.set(pid, kind);
      }
      let tasks: string[] = [];
      try {
        tasks = readdirSync(`/proc/${pid}/task`);
      } catch {
        continue;
      }
      for (const tid of tasks) {
        const t = Number(read(`/proc/${pid}/task/${tid}/schedstat`)?.split(' ')[0] ?? 0);
        ns += t;
        byKind.set(kind, (byKind.get(kind) ?? 0) + t / 1e6);
        const name = `${kind}/${(read(`/proc/${pid}/task/${tid}/comm`) ?? '?').trim().replace(/\d+$/, '')}`;
        byThread.set(name, (byThread.get(name) ?? 0) + t / 1e6);
      }
    }
    return { total: ns / 1e6, byKind, byThread };
  };
}

/** `b − a` per key, keys of either. */
export function minus(b: Map<string, number>, a: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const k of new Set([...a.keys(), ...b.keys()])) out.set(k, (b.get(k) ?? 0) - (a.get(k) ?? 0));
  return out;
}
