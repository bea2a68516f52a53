/**
 * "audit: 120,000 notes, 41,000 notes/s, 37%, about 0:21 left" on stderr,
 * redrawn in place, only when stderr is a terminal: a log file or a pipe gets nothing.
 */
export interface Progress {
  update(notes: number, bytesRead: number): void;
  done(): void;
}

const quiet: Progress = { update() {}, done() {} };

export function progress(stream: NodeJS.WriteStream, totalBytes: number, now = () => performance.now()): Progress {
  if (!stream.isTTY) return quiet;
  const start = now();
  let last = -Infinity; // the first batch shows at once, then at most four redraws a second
  let shown = false;
  return {
    update(notes, bytesRead) {
      const t = now();
      if (t - last < 250) return;
      last = t;
      const seconds = (t - start) / 1000;
      const rate = seconds > 0 ? notes / seconds : 0;
      const share = totalBytes > 0 ? Math.min(1, bytesRead / totalBytes) : 0;
      const left = share > 0 ? (seconds * (1 - share)) / share : NaN;
      const eta = Number.isFinite(left) ? `, about ${Math.floor(left / 60)}:${String(Math.round(left % 60)).padStart(2, '0')} left` : '';
      stream.write(`\r\x1b[2Kaudit: ${notes.toLocaleString('en-US')} notes, ${Math.round(rate).toLocaleString('en-US')} notes/s${totalBytes > 0 ? `, ${Math.floor(share * 100)}%` : ''}${eta}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
