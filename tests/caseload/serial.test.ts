import { describe, expect, it } from 'vitest';
import { serialQueue } from '../../lib/caseload/serial';

describe('one job at a time', () => {
  it('starts each job only when the one before has finished, in the order asked', async () => {
    const serially = serialQueue();
    const log: string[] = [];
    let release!: () => void;
    const first = serially(async () => {
      log.push('first start');
      await new Promise<void>((r) => (release = r));
      log.push('first end');
      return 1;
    });
    const second = serially(async () => {
      log.push('second');
      return 2;
    });
    await Promise.resolve();
    expect(log).toEqual(['first start']);
    release();
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(log).toEqual(['first start', 'first end', 'second']);
  });

  it('runs the next job after one that failed, and the failure reaches only its own caller', async () => {
    const serially = serialQueue();
    const failed = serially(async () => {
      throw new Error('disk full');
    });
    const next = serially(async () => 'ran');
    await expect(failed).rejects.toThrow('disk full');
    expect(await next).toBe('ran');
  });
});
