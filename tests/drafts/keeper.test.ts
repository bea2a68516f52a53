import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftKeeper } from '../../lib/drafts/keeper';
import type { DraftContent, StoredDraft } from '../../lib/drafts/keeper';

function setup(stored: StoredDraft[] = []) {
  document.body.innerHTML = `<form><select id="t"><option value="">(select)</option><option value="TEL">Telephone</option><option value="OV">In Person</option></select>
    <input id="d" value=""><textarea id="n"></textarea></form>`;
  const fields = {
    note: document.querySelector<HTMLTextAreaElement>('#n')!,
    contactType: document.querySelector<HTMLSelectElement>('#t')!,
    date: document.querySelector<HTMLInputElement>('#d')!,
  };
  const saved: DraftContent[] = [];
  const discarded: (string | undefined)[] = [];
  let fail = false;
  const problems: (string | null)[] = [];
  const keeper = new DraftKeeper(
    fields,
    {
      load: async () => stored,
      save: async (_visit, d) => {
        if (fail) throw new Error('database closed');
        saved.push(d);
      },
      discard: async (_visit, text) => void discarded.push(text),
    },
    new AbortController().signal,
    (p) => problems.push(p),
  );
  return { fields, keeper, saved, discarded, problems, failSaves: (v: boolean) => (fail = v) };
}

describe('the draft keeper', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('keeps the contact type and date with the text, and a change to either alone is kept too', async () => {
    const t = setup();
    t.fields.note.value = 'Spoke with customer.';
    t.keeper.keep();
    t.fields.contactType.value = 'TEL';
    t.fields.contactType.dispatchEvent(new Event('change'));
    t.fields.date.value = '11/20/2026';
    t.fields.date.dispatchEvent(new Event('input'));
    vi.advanceTimersByTime(1_500);
    expect(t.saved).toEqual([{ text: 'Spoke with customer.', contactType: 'TEL', date: '11/20/2026' }]);
    t.fields.contactType.value = 'OV';
    t.fields.contactType.dispatchEvent(new Event('change'));
    vi.advanceTimersByTime(1_500);
    expect(t.saved.at(-1)).toEqual({ text: 'Spoke with customer.', contactType: 'OV', date: '11/20/2026' });
  });

  it('puts a restored draft’s contact type and date back, but never over what the case manager already chose', () => {
    const t = setup();
    t.keeper.restoreFields({ text: 'x', contactType: 'TEL', date: '11/20/2026' });
    expect([t.fields.contactType.value, t.fields.date.value]).toEqual(['TEL', '11/20/2026']);
    const u = setup();
    u.fields.contactType.value = 'OV';
    u.fields.date.value = '11/21/2026';
    u.keeper.restoreFields({ text: 'x', contactType: 'TEL', date: '11/20/2026' });
    expect([u.fields.contactType.value, u.fields.date.value]).toEqual(['OV', '11/21/2026']);
  });

  it('never offers a draft whose text the page’s own history already shows, and forgets it', async () => {
    const draft = { visit: 'a1', text: 'Met  with customer.\n', contactType: null, date: null, savedAt: 'today' };
    const t = setup([draft]);
    expect(await t.keeper.offer(['Met with customer.'])).toEqual([]);
    expect(t.discarded).toEqual([draft.text]);
    expect(await setup([draft]).keeper.offer(['Another note.'])).toEqual([draft]);
  });

  it('says in words when a draft could not be kept, and tries again when the page is left', async () => {
    const t = setup();
    t.failSaves(true);
    t.fields.note.value = 'Words';
    t.keeper.flush();
    await vi.runAllTimersAsync();
    expect(t.problems.at(-1)).toMatch(/could not be kept on this computer \(database closed\)/);
    t.failSaves(false);
    t.keeper.flush();
    await vi.runAllTimersAsync();
    expect(t.saved.map((d) => d.text)).toEqual(['Words']);
    expect(t.problems.at(-1)).toBeNull();
  });
});
