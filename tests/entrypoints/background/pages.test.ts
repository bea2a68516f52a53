/**
 * What the background tells others (entrypoints/background/pages.ts): settings and "the caseload
 * changed" pushed to the tabs whose frames reported, the published copy content scripts are answered
 * from, and the caseload version open popups watch.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pages } from '../../../entrypoints/background/pages';
import { FrameMemory } from '../../../lib/gate/frames';
import { CASELOAD_VERSION_KEY, DEFAULT_SETTINGS, EFFECTIVE_SETTINGS_KEY, type Settings } from '../../../lib/settings';

async function twoTabs() {
  const frames = new FrameMemory();
  await frames.remember('4:0', { origin: 'https://demo.toolbox.mo.gov', system: null, participantId: null });
  await frames.remember('4:2', { origin: 'https://demo.toolbox.mo.gov', system: 'toolbox', participantId: '1' });
  await frames.remember('9:0', { origin: 'https://vos.example', system: null, participantId: null });
  const pushed: [number, unknown][] = [];
  fakeBrowser.tabs.sendMessage = (async (tab: number, message: unknown) => {
    pushed.push([tab, message]);
    if (tab === 9) throw new Error('Could not establish connection. Receiving end does not exist.');
  }) as typeof fakeBrowser.tabs.sendMessage;
  return { frames, pushed };
}

describe('what the background tells the pages', () => {
  it('publishes the settings once to each tab that reported, keeps the copy and answers content scripts from it', async () => {
    const { frames, pushed } = await twoTabs();
    let current: Settings = { ...DEFAULT_SETTINGS, dueSoonDays: 3 };
    const tell = pages(frames, async () => current, () => undefined);
    await tell.publishSettings();
    expect(pushed).toEqual([
      [4, { kind: 'settings-changed', settings: current }],
      [9, { kind: 'settings-changed', settings: current }],
    ]);
    expect((await fakeBrowser.storage.local.get(EFFECTIVE_SETTINGS_KEY))[EFFECTIVE_SETTINGS_KEY]).toEqual(current);
    const published = current;
    current = { ...DEFAULT_SETTINGS, dueSoonDays: 9 };
    expect(await tell.pageSettings()).toEqual(published);
  });

  it('answers from the stored copy after a restart, and with the defaults when there is none or it does not fit', async () => {
    const frames = new FrameMemory();
    expect(await pages(frames, async () => DEFAULT_SETTINGS, () => undefined).pageSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ [EFFECTIVE_SETTINGS_KEY]: { ...DEFAULT_SETTINGS, dueSoonDays: 4 } });
    expect(await pages(frames, async () => DEFAULT_SETTINGS, () => undefined).pageSettings()).toMatchObject({ dueSoonDays: 4 });
    await fakeBrowser.storage.local.set({ [EFFECTIVE_SETTINGS_KEY]: { dueSoonDays: 'soon' } });
    expect(await pages(frames, async () => DEFAULT_SETTINGS, () => undefined).pageSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('on a caseload change, refreshes the badge, moves the version popups watch and tells each tab', async () => {
    const { frames, pushed } = await twoTabs();
    const refresh = vi.fn();
    pages(frames, async () => DEFAULT_SETTINGS, refresh).caseloadChanged();
    expect(refresh).toHaveBeenCalledTimes(1);
    await expect.poll(() => pushed.map(([tab]) => tab)).toEqual([4, 9]);
    expect(pushed.every(([, m]) => (m as { kind: string }).kind === 'caseload-changed')).toBe(true);
    await expect.poll(async () => typeof (await fakeBrowser.storage.local.get(CASELOAD_VERSION_KEY))[CASELOAD_VERSION_KEY]).toBe('number');
  });
});
