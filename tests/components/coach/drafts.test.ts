/** The coach's drafts: kept while typing, offered back, told when they fail (components/coach/drafts.ts). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CoachDrafts } from '../../../components/coach/drafts';
import { textareaField } from '../../../lib/overlay/note-field';
import { DRAFT_DELAY } from '../../../lib/drafts/keeper';
import type { DraftStore, StoredDraft } from '../../../lib/drafts/keeper';

function setup(store: Partial<DraftStore> = {}, history: string[] = []) {
  document.body.innerHTML = '<select id="type"><option value=""></option><option value="T">Telephone</option></select><input id="date"><textarea id="n"></textarea>';
  const el = document.querySelector<HTMLTextAreaElement>('#n')!;
  const saved: string[] = [];
  const discarded: (string | null)[] = [];
  const notices: [string, string | null][] = [];
  const drafts = new CoachDrafts({
    note: textareaField(el),
    contactType: document.querySelector('select'),
    date: document.querySelector<HTMLInputElement>('#date'),
    drafts: {
      load: async () => [],
      save: async (_visit, d) => void saved.push(d.text),
      discard: async (_visit, text) => void discarded.push(text ?? null),
      ...store,
    },
    history,
    signal: new AbortController().signal,
    notice: (source, message) => notices.push([source, message]),
  });
  return { el, drafts, saved, discarded, notices };
}

const kept: StoredDraft = { visit: 'a1', text: 'Called Dana, she starts Monday.', contactType: 'T', date: '11/25/2026', savedAt: '11/25/2026 3:04 PM' };

describe("the coach's drafts", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('offers a kept draft the page has not saved, and bringing it back fills the note, its contact type and date', async () => {
    const t = setup({ load: async () => [kept] });
    expect(await t.drafts.load()).toBe(true);
    expect(t.drafts.offered).toMatchObject([{ visit: 'a1', text: kept.text, savedAt: kept.savedAt }]);
    t.el.value = 'something else';
    expect(t.drafts.restore('a1')).toBe(true);
    expect(t.el.value).toBe(kept.text);
    expect(document.querySelector('select')!.value).toBe('T');
    // What the field held is kept and offered back, not written over.
    expect(t.drafts.offered.map((d) => [d.text, d.before])).toEqual([['something else', true]]);
  });

  it('does not offer a draft the page already shows saved', async () => {
    const t = setup({ load: async () => [kept] }, [kept.text]);
    expect(await t.drafts.load()).toBe(false);
    expect(t.drafts.offered).toEqual([]);
  });

  it('says in words when a kept draft could not be read, and offers nothing', async () => {
    const t = setup({ load: () => Promise.reject(new Error('disk full')) });
    expect(await t.drafts.load()).toBe(false);
    expect(t.notices).toEqual([['draft-load', 'An unsaved note kept on this computer could not be read (disk full).']]);
  });

  it('keeps what is typed within a second, says so when it cannot, and forgets it once the note is submitted', async () => {
    let failing = true;
    const t = setup({ save: (_visit, d) => (failing ? Promise.reject(new Error('quota')) : Promise.resolve(void t.saved.push(d.text))) });
    t.el.value = 'Called';
    t.drafts.keep();
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY);
    expect(t.notices.at(-1)?.[0]).toBe('draft');
    expect(t.notices.at(-1)?.[1]).toContain('could not be kept');
    failing = false;
    t.el.value = 'Called Dana';
    t.drafts.keep();
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY);
    expect(t.saved).toEqual(['Called Dana']);
    expect(t.notices.at(-1)).toEqual(['draft', null]);
    t.drafts.submitted();
    expect(t.discarded).toEqual(['Called Dana']);
  });

  it('letting the offered draft go forgets it on this computer', async () => {
    const t = setup({ load: async () => [kept] });
    await t.drafts.load();
    t.drafts.discard('a1');
    expect(t.drafts.offered).toEqual([]);
    expect(t.discarded).toEqual([null]);
  });
});
