/** The coach keeps a draft of the note as it is typed (components/coach/drafts.ts over lib/drafts/). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setup } from './coach-setup';

/**
 * A coach whose look for a kept draft has answered (none here): until it has, nothing is kept over one
 * (lib/drafts/offer.ts), so these tests of keeping start once it answered.
 */
async function bound(overrides: Parameters<typeof setup>[0] = {}) {
  const t = setup(overrides);
  await vi.advanceTimersByTimeAsync(0);
  return t;
}

describe('NoteCoach keeping a draft', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves a draft while typing goes on, and the last key always reaches the draft', async () => {
    const t = await bound();
    for (let i = 0; i < 250; i++) {
      t.type('x');
      vi.advanceTimersByTime(10);
    }
    // Two and a half seconds of non-stop typing are not lost if the tab crashes mid-sentence.
    expect(t.saved.length).toBeGreaterThanOrEqual(2);
    expect(t.saved.length).toBeLessThanOrEqual(3);
    t.type('!');
    vi.advanceTimersByTime(1_500);
    expect(t.saved.at(-1)).toBe(`${'x'.repeat(250)}!`);
  });

  it('saves the draft at once when the page is left or hidden, not a second later', async () => {
    const t = await bound();
    t.type('Met with customer');
    window.dispatchEvent(new Event('pagehide'));
    expect(t.saved).toEqual(['Met with customer']);
    t.type(', LM');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(t.saved.at(-1)).toBe('Met with customer, LM');
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    // Nothing waiting: hiding again saves nothing more.
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(2_000);
    expect(t.saved).toHaveLength(2);
  });

  it('forgets the draft when the note is submitted, and leaving the page then does not keep it again', async () => {
    const t = await bound();
    t.type('Met with customer in person');
    vi.advanceTimersByTime(1_500);
    expect(t.saved).toEqual(['Met with customer in person']);
    t.type('.');
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    document.querySelector('form')!.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(false);
    expect(t.discarded).toEqual(['Met with customer in person.']);
    window.dispatchEvent(new Event('pagehide'));
    vi.advanceTimersByTime(2_000);
    expect(t.saved).toEqual(['Met with customer in person']);
    // The host's save failed and the case manager goes on typing: drafts are kept again.
    t.type(' More.');
    vi.advanceTimersByTime(1_500);
    expect(t.saved.at(-1)).toBe('Met with customer in person. More.');
  });

  it('says in the sidebar, in words, when the draft could not be kept, and when the page could not be recorded', async () => {
    const t = await bound({ drafts: { load: async () => [], save: async () => Promise.reject(new Error('quota exceeded')), discard: async () => undefined } });
    const text = () => t.overlay.ui.textContent ?? '';
    t.type('Met with customer');
    window.dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(100);
    if (!t.panelOpen()) document.dispatchEvent(new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyN', bubbles: true }));
    expect(t.panelOpen()).toBe(true);
    expect(text()).toContain('could not be kept on this computer (quota exceeded)');
    t.coach.notice('page-read', 'What this page shows is not recorded yet (busy); trying again.');
    expect(text()).toContain('not recorded yet (busy)');
    t.coach.notice('page-read', null);
    expect(text()).not.toContain('not recorded yet');
  });
});
