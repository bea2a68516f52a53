/**
 * The memory of a whole process tree, sampled from Linux's /proc: what `cli audit` costs the
 * machine, its lean restart's parent and child together (GNU time's %M is the largest single
 * process). Every `everyMs` the processes under `root` (found by their parent ids in
 * /proc/<pid>/stat) are read: VmRSS and its anonymous and file-backed parts from
 * /proc/<pid>/status, and the proportional set size from /proc/<pid>/smaps_rollup (a page shared
 * by n processes counted 1/n in each, so their sum counts it once). The peak of the summed
 * resident sizes is the tree's honest peak; the sum of PSS at that moment says how much of it
 * was the same pages counted twice (the node binary, mostly).
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface TreePeak {
  /** Peak of the summed VmRSS of every process under the root, MB. */
  rssMb: number;
  /** Summed PSS at that sample, MB. */
  pssMb: number;
  /** Each process at that sample: its command's last word, RSS (anonymous + file) in MB. */
  processes: string[];
  samples: number;
}

const read = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // Gone while we looked.
  }
};
const kb = (text: string, field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);

function under(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (stat) parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
  }
  const out: number[] = [];
  for (const pid of parent.keys()) {
    for (let p: number | undefined = parent.get(pid), hops = 0; p !== undefined && p > 1 && hops < 32; p = parent.get(p), hops++) {
      if (p === root) {
        out.push(pid);
        break;
      }
    }
  }
  return out;
}

/** Starts sampling the processes under `root` (not `root` itself); `stop()` gives the peak. */
export function sampleTree(root: number, everyMs = 100): { stop(): TreePeak } {
  const peak: TreePeak = { rssMb: 0, pssMb: 0, processes: [], samples: 0 };
  const sample = () => {
    let rss = 0;
    let pss = 0;
    const processes: string[] = [];
    for (const pid of under(root)) {
      const status = read(`/proc/${pid}/status`);
      if (!status) continue;
      const r = kb(status, 'VmRSS');
      rss += r;
      pss += kb(read(`/proc/${pid}/smaps_rollup`) ?? '', 'Pss');
      const cmd = (read(`/proc/${pid}/cmdline`) ?? '').split('\0').filter(Boolean);
      const what = cmd.slice(1).find((a) => !a.startsWith('-')) ?? cmd[0] ?? '?';
      processes.push(`${what.split('/').pop()} ${(r / 1024).toFixed(0)} MB (anon ${(kb(status, 'RssAnon') / 1024).toFixed(0)}, file ${(kb(status, 'RssFile') / 1024).toFixed(0)})`);
    }
    peak.samples++;
    if (rss / 1024 > peak.rssMb) Object.assign(peak, { rssMb: rss / 1024, pssMb: pss / 1024, processes });
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
