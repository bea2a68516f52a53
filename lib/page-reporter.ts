/**
 * Tells the background what a page showed, once per distinct read, and keeps
 * trying when that fails (the background may be starting up or busy): a read
 * counts as sent only when the background said it recorded it. A failure is
 * reported in words, and cleared once a read gets through. A read the
 * background answered and refused (a page it cannot make sense of) is sent
 * once: asking again gets the same answer, so it is not retried and nothing is
 * said (the page gets no warnings from it). No extension APIs: the sending is
 * passed in.
 */

/** `send` throws this when the background answered "no": unlike no answer at all, trying again cannot help. */
export class Refusal extends Error {}

interface ReporterOptions<R> {
  send(read: R): Promise<unknown>;
  /** A message for the case manager, or null when reads get through again. */
  onProblem(message: string | null): void;
  /** Waits between tries, in ms; the last one repeats. */
  retryDelays?: readonly number[];
  /** How many tries for one read before giving up (the next change on the page tries again). */
  maxTries?: number;
  signal?: AbortSignal;
}

export function createPageReporter<R>(o: ReporterOptions<R>): (read: R) => void {
  const delays = o.retryDelays ?? [1_000, 3_000, 10_000, 30_000];
  const maxTries = o.maxTries ?? 6;
  let recorded = '';
  let current = '';
  let tries = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  o.signal?.addEventListener('abort', () => clearTimeout(timer), { once: true });

  const attempt = (read: R, body: string) => {
    tries++;
    o.send(read).then(
      () => {
        if (current !== body) return;
        recorded = body;
        current = '';
        o.onProblem(null);
      },
      (error: unknown) => {
        if (current !== body || o.signal?.aborted) return;
        if (error instanceof Refusal) {
          // Kept as `recorded`: the same read is not sent again, a changed page is.
          recorded = body;
          current = '';
          o.onProblem(null);
          return;
        }
        const why = error instanceof Error ? error.message : String(error);
        if (tries >= maxTries) {
          current = '';
          o.onProblem(`What this page shows could not be recorded (${why}), so due dates may be out of date. Reload the page to try again.`);
          return;
        }
        o.onProblem(`What this page shows is not recorded yet (${why}); trying again.`);
        timer = setTimeout(() => attempt(read, body), delays[Math.min(tries - 1, delays.length - 1)]);
      },
    );
  };

  return (read: R) => {
    const body = JSON.stringify(read);
    if (body === recorded || body === current) return;
    clearTimeout(timer);
    current = body;
    tries = 0;
    attempt(read, body);
  };
}
