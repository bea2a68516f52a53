/** Offering a kept draft back, "Nothing lost" (lib/drafts/offer.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DraftKeeper, type StoredDraft } from '../../lib/drafts/keeper';
import { DraftOffer } from '../../lib/drafts/offer';

function setup(stored: StoredDraft | null, initial = '') {
  document.body.innerHTML = `<form><select id="t"><option value="">(select)</option><option value="TEL">Telephone</option></select>
    <input id="d" value=""><textarea id="n"></textarea></form>`;
  const note = document.querySelector<HTMLTextAreaElement>('#n')!;
  note.value = initial;
  const contactType = document.querySelector<HTMLSelectElement>('#t')!;
  const date = document.querySelector<HTMLInputElement>('#d')!;
  const discarded: (string | undefined)[] = [];
  const saved: string[] = [];
  const store = { load: async () => stored, save: async (d: { text: string }) => void saved.push(d.text), discard: async (text?: string) => void discarded.push(text) };
  const controller = new AbortController();
  const keeper = new DraftKeeper({ note, contactType, date }, store, controller.signal);
  const edits: [number, number, string][] = [];
  // The note as the coach edits it: by range, as a person would (so undo keeps what was there).
  const field = {
    text: () => note.value,
    replaceRange: (start: number, end: number, text: string) => {
      edits.push([start, end, text]);
      note.value = note.value.slice(0, start) + text + note.value.slice(end);
    },
  };
  return { offer: new DraftOffer(keeper, store), keeper, note, contactType, date, discarded, saved, edits, field, controller };
}

const kept: StoredDraft = { text: 'Called customer; discussed CNA clinicals.', contactType: 'TEL', date: '11/20/2026', savedAt: '11/20/2026, 3:04 PM' };

describe('offering a kept draft back', () => {
  it('offers a draft the page has not saved, and restoring puts its text, contact type and date back by editing the note', async () => {
    const t = setup(kept, 'Started typing');
    expect(await t.offer.load([], t.controller.signal)).toBe(true);
    expect(t.offer.offered).toEqual({ text: kept.text, savedAt: kept.savedAt });
    expect(t.offer.restore(t.field)).toBe(true);
    // One edit over what the field held, not a value swap: Ctrl+Z brings "Started typing" back.
    expect(t.edits).toEqual([[0, 'Started typing'.length, kept.text]]);
    expect([t.note.value, t.contactType.value, t.date.value]).toEqual([kept.text, 'TEL', '11/20/2026']);
    expect(t.offer.offered).toBeNull();
    expect(t.offer.restore(t.field)).toBe(false);
  });

  it('offers nothing when the draft is already saved in the page history, or is what the field holds', async () => {
    const saved = setup(kept);
    expect(await saved.offer.load(['Called customer;  discussed CNA clinicals. '], saved.controller.signal)).toBe(false);
    expect(saved.offer.offered).toBeNull();
    const same = setup(kept, kept.text);
    expect(await same.offer.load([], same.controller.signal)).toBe(false);
  });

  it('offers nothing once the coach is unbound while the draft was being read', async () => {
    const t = setup(kept);
    const loading = t.offer.load([], t.controller.signal);
    t.controller.abort();
    expect(await loading).toBe(false);
    expect(t.offer.offered).toBeNull();
  });

  it('lets a draft go: no longer offered and forgotten on this computer, the note untouched', async () => {
    const t = setup(kept, 'Started typing');
    await t.offer.load([], t.controller.signal);
    t.offer.discard();
    expect(t.offer.offered).toBeNull();
    expect(t.discarded).toEqual([undefined]);
    expect(t.note.value).toBe('Started typing');
  });

  describe('while a kept draft is on offer, unanswered', () => {
    afterEach(() => void vi.useRealTimers());
    const type = (t: ReturnType<typeof setup>, text: string) => {
      t.note.value += text;
      t.keeper.keep();
    };

    it('writes nothing over it, even when the page is left; once it is let go, the note as it is now is kept', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const t = setup(kept);
      // The coach looks for a kept draft as it binds; the case manager types before (and after) the answer comes.
      const loading = t.offer.load([], t.controller.signal);
      type(t, 'Met with');
      expect(await loading).toBe(true);
      type(t, ' customer');
      vi.advanceTimersByTime(1_500);
      t.keeper.flush();
      expect(t.saved).toEqual([]);
      expect(t.discarded).toEqual([]);
      // The case manager chose: the kept draft goes, and what the note holds now is kept from then on.
      t.offer.discard();
      vi.advanceTimersByTime(1_500);
      expect(t.discarded).toEqual([undefined]);
      expect(t.saved).toEqual(['Met with customer']);
    });

    it('once the case manager has seen the offer and closed it unanswered, a new note typed since is kept, and the old one is still on offer', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const t = setup(kept);
      expect(await t.offer.load([], t.controller.signal)).toBe(true);
      type(t, 'Met with customer 12/1');
      vi.advanceTimersByTime(1_500);
      expect(t.saved).toEqual([]);
      // Closing the panel that showed it: the note typed since (and from now on) is kept, so a crash loses neither
      // that note nor, for this visit, the older one (still offered in the panel).
      t.offer.seen();
      vi.advanceTimersByTime(1_500);
      expect(t.saved).toEqual(['Met with customer 12/1']);
      type(t, '; discussed CNA clinicals');
      vi.advanceTimersByTime(1_500);
      expect(t.saved.at(-1)).toBe('Met with customer 12/1; discussed CNA clinicals');
      expect(t.offer.offered).toEqual({ text: kept.text, savedAt: kept.savedAt });
      expect(t.discarded).toEqual([]);
      // Letting the old one go later forgets what is kept, then keeps the new note again: it is not lost with it.
      const before = t.saved.length;
      t.offer.discard();
      vi.advanceTimersByTime(1_500);
      expect(t.discarded).toEqual([undefined]);
      expect(t.saved.slice(before)).toEqual(['Met with customer 12/1; discussed CNA clinicals']);
    });

    it('once restored, the restored note is what is kept', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const t = setup(kept);
      expect(await t.offer.load([], t.controller.signal)).toBe(true);
      type(t, 'Started over');
      vi.advanceTimersByTime(1_500);
      expect(t.saved).toEqual([]);
      t.offer.restore(t.field);
      vi.advanceTimersByTime(1_500);
      expect(t.saved).toEqual([kept.text]);
      expect(t.discarded).toEqual([]);
    });

    it('a note saved meanwhile does not take the kept draft with it: it is offered again next time', async () => {
      const t = setup(kept);
      expect(await t.offer.load([], t.controller.signal)).toBe(true);
      t.note.value = 'A different, shorter note.';
      t.keeper.submitted();
      expect(t.discarded).toEqual([]);
    });

    it('with no draft to offer (or none that could be read), the note is kept as usual', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const none = setup(null);
      expect(await none.offer.load([], none.controller.signal)).toBe(false);
      type(none, 'Met with customer');
      vi.advanceTimersByTime(1_500);
      expect(none.saved).toEqual(['Met with customer']);
    });
  });
});
