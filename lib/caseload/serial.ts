/**
 * One job at a time, in the order they were asked for. Page reads arrive from
 * several frames at once, and two quick settings changes each read what the
 * one before wrote; a job that fails does not stop the ones after it.
 */
export type Serial = <T>(work: () => Promise<T>) => Promise<T>;

export function serialQueue(): Serial {
  let queue: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
}
