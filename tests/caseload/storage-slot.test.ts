import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storageSlot } from '../../lib/caseload/storage-slot';

describe('a storage slot (one key of a storage area)', () => {
  it('gives back what was saved under its key, and nothing before that', async () => {
    const frames = storageSlot<Record<string, string>>(fakeBrowser.storage.session, 'frames');
    expect(await frames.load()).toBeUndefined();
    await frames.save({ '5:0': 'toolbox/100234' });
    expect(await frames.load()).toEqual({ '5:0': 'toolbox/100234' });
    expect(await fakeBrowser.storage.session.get('frames')).toEqual({ frames: { '5:0': 'toolbox/100234' } });
  });

  it('leaves the other keys of its area, and the same key in another area, alone', async () => {
    await fakeBrowser.storage.session.set({ pageNotices: { a: 'kept' } });
    const frames = storageSlot(fakeBrowser.storage.session, 'frames');
    const local = storageSlot(fakeBrowser.storage.local, 'frames');
    await frames.save({ x: 1 });
    await frames.save({ y: 2 });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ pageNotices: { a: 'kept' }, frames: { y: 2 } });
    expect(await local.load()).toBeUndefined();
  });
});
