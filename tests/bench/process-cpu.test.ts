import { describe, expect, it } from 'vitest';
import { minus, processKind } from './process-cpu';

describe('the typing bench’s split of CPU by process', () => {
  it('names each Chromium process by its job, from its command line', () => {
    expect(processKind(['/usr/lib/chromium/chromium', '--user-data-dir=/tmp/x'])).toBe('browser');
    // Chromium rewrites a child's title into one string; the bench splits it on spaces.
    const renderer = '/usr/lib/chromium/chromium --type=renderer --crashpad-handler-pid=0 --renderer-client-id=7'.split(' ');
    expect(processKind(renderer)).toBe('page renderer');
    expect(processKind([...renderer, '--extension-process'])).toBe('extension');
    expect(processKind(['chromium', '--type=gpu-process'])).toBe('gpu');
    expect(processKind(['chromium', '--type=utility', '--utility-sub-type=storage.mojom.StorageService'])).toBe('utility:storage');
    expect(processKind(['chromium', '--type=utility', '--utility-sub-type=network.mojom.NetworkService'])).toBe('utility:network');
    expect(processKind(['chromium', '--type=zygote'])).toBe('zygote');
  });

  it('takes one reading from another key by key, counting a key only one side has', () => {
    const before = new Map([['browser', 10], ['gpu', 2]]);
    const after = new Map([['browser', 15], ['extension', 4]]);
    expect(Object.fromEntries(minus(after, before))).toEqual({ browser: 5, gpu: -2, extension: 4 });
  });
});
