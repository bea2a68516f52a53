import { describe, expect, it, vi } from 'vitest';
import { answeringListener } from '../lib/messages';

describe('answering runtime messages in every browser', () => {
  const answer = vi.fn(async (message: unknown, sender: unknown) => ({ ok: true, result: { message, sender } }));

  it("answers Chrome through sendResponse and keeps the channel open (return true), since Chrome ignores a returned promise", async () => {
    const sendResponse = vi.fn();
    expect(answeringListener(answer)({ kind: 'page-status' }, { tab: { id: 1 } }, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledTimes(1));
    expect(sendResponse).toHaveBeenCalledWith({ ok: true, result: { message: { kind: 'page-status' }, sender: { tab: { id: 1 } } } });
  });

  it('answers Firefox (and WXT\'s fake browser), which pass no sendResponse, with the promise itself', async () => {
    const reply = answeringListener(answer)({ kind: 'list-due' }, 'popup');
    expect(reply).toBeInstanceOf(Promise);
    expect(await reply).toEqual({ ok: true, result: { message: { kind: 'list-due' }, sender: 'popup' } });
  });

  it('answers Chrome even when answering failed: a sender never waits for a reply that is not coming', async () => {
    const sendResponse = vi.fn();
    answeringListener(async () => {
      throw new Error('storage gone');
    })({ kind: 'page-check' }, { tab: { id: 1 } }, sendResponse);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledTimes(1));
    expect(sendResponse).toHaveBeenCalledWith({ ok: false, error: 'storage gone' });
  });
});
