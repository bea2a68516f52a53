/** Offering kept drafts back, "Nothing lost" (lib/drafts/offer.ts), one draft per visit (lib/drafts/keeper.ts). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftKeeper, type DraftContent, type DraftStore, type StoredDraft } from '../../lib/drafts/keeper';
import { DraftOffer } from '../../lib/drafts/offer';

/** A store over one participant's form, as the background keeps it: a row per visit, a restored draft replaced by the save that holds it. */
function memoryStore(initial: StoredDraft[]) {
  const rows = new Map(initial.map((d) => [d.visit, d]));
  let clock = 0;
  const store: DraftStore = {
    load: async () => [...rows.values()].reverse(),
    save: async (visit: string, draft: DraftContent, replaces?: string) => {
      if (replaces !== undefined) rows.delete(replaces);
      rows.delete(visit);
      rows.set(visit, { ...draft, visit, savedAt: `12/1/2026, 9:0${++clock} AM` });
    },
    discard: async (visit: string) => void rows.delete(visit)
  };
  return { store, rows, texts: () => [...rows.values()].map((d) => d.text).sort() };
}

function setup(stored: StoredDraft[], initial = '') {
  document.body.innerHTML = `<form><select id="t"><option value="">(select)</option><option value="TEL">Telephone</option></select>
    <input id="d" value=""><textarea id="n"></textarea></form>`;
  const note = document.querySelector<HTMLTextAreaElement>('#n')!;
  note.value = initial;
  note.defaultValue = initial;
  const contactType = document.querySelector<HTMLSelectElement>('#t')!;
  const date = document.querySelector<HTMLInputElement>('#d')!;
  const kept = memoryStore(stored);
  const controller = new AbortController();
  const problems: (string | null)[] = [];
  const keeper = new DraftKeeper({ note, contactType, date }, kept.store, controller.signal, (p) => problems.push(p));
  const edits: [number, number, string][] = [];
  // The note as the coach edits it: by range, as a person would (so undo keeps what was there).
  const field = {
    text: () => note.value,
    replaceRange: (start: number, end: number, text: string) => {
      edits.push([start, end, text]);
      note.value = note.value.slice(0, start) + text + note.value.slice(end);
    },
  };
  const type = (text: string) => {
    note.value += text;
    keeper.keep();
  };
  return { offer: new DraftOffer(keeper, kept.store), keeper, note, contactType, date, kept, edits, field, controller, type, problems };
}

const older: StoredDraft = { visit: 'a1', text: 'Called customer; discussed CNA clinicals.', contactType: 'TEL', date: '11/20/2026', savedAt: '11/20/2026, 3:04 PM' };
const newer: StoredDraft = { visit: 'b2', text: 'Met with Dana at the job fair; she starts Monday.', contactType: null, date: null, savedAt: '11/21/2026, 9:15 AM' };

describe('offering kept drafts back', () => {
  beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => void vi.useRealTimers());

  it('Restore never loses the text it replaces: what this visit typed is kept as its own draft and offered back', async () => {
    const t = setup([older, newer]);
    expect(await t.offer.load([], t.controller.signal)).toBe(true);
    t.type('Spoke w/ customer by phone, ');
    t.offer.restore(t.field, 'a1');
    await vi.runAllTimersAsync();
    expect(t.note.value).toBe(older.text);
    // On this computer: the restored note (now this visit's), the other kept one, and what was typed before restoring.
    expect(t.kept.texts()).toEqual([older.text, newer.text, 'Spoke w/ customer by phone, '].sort());
    // Offered back at the top, named for what it is; the restored one is no longer on offer.
    expect(t.offer.offered.map((d) => [d.text, d.before ?? false])).toEqual([
      ['Spoke w/ customer by phone, ', true],
      [newer.text, false],
    ]);
    // Restoring it in turn keeps the note as it stands now the same way: nothing is written over, ever.
    t.type(' Next contact 12/15.');
    t.offer.restore(t.field, t.offer.offered[0]!.visit);
    await vi.runAllTimersAsync();
    expect(t.note.value).toBe('Spoke w/ customer by phone, ');
    expect(t.kept.texts()).toEqual([`${older.text} Next contact 12/15.`, newer.text, 'Spoke w/ customer by phone, '].sort());
    expect(t.offer.offered.map((d) => d.text)).toEqual([`${older.text} Next contact 12/15.`, newer.text]);
  });

  it('a field holding only what the page opened with is not kept as a draft when a kept one is restored over it', async () => {
    const t = setup([older], 'Template from the system: ');
    await t.offer.load([], t.controller.signal);
    t.offer.restore(t.field, 'a1');
    await vi.runAllTimersAsync();
    expect(t.kept.texts()).toEqual([older.text]);
    expect(t.offer.offered).toEqual([]);
  });

  it('offers every kept draft of the page, newest first; restoring one puts its text, contact type and date back by editing the note', async () => {
    const t = setup([older, newer], 'Started typing');
    expect(await t.offer.load([], t.controller.signal)).toBe(true);
    expect(t.offer.offered).toMatchObject([
      { visit: 'b2', text: newer.text, savedAt: newer.savedAt },
      { visit: 'a1', text: older.text, savedAt: older.savedAt },
    ]);
    expect(t.offer.restore(t.field, 'a1')).toBe(true);
    // One edit over what the field held, not a value swap: Ctrl+Z brings "Started typing" back.
    expect(t.edits).toEqual([[0, 'Started typing'.length, older.text]]);
    expect([t.note.value, t.contactType.value, t.date.value]).toEqual([older.text, 'TEL', '11/20/2026']);
    expect(t.offer.offered.map((d) => d.visit)).toEqual(['b2']);
    expect(t.offer.restore(t.field, 'a1')).toBe(false);
  });

  it('offers none already saved in the page history (and forgets it), none the field holds, and none once unbound', async () => {
    const saved = setup([older, newer]);
    expect(await saved.offer.load(['Called customer;  discussed CNA clinicals. '], saved.controller.signal)).toBe(true);
    expect(saved.offer.offered.map((d) => d.visit)).toEqual(['b2']);
    expect(saved.kept.texts()).toEqual([newer.text]);
    const same = setup([older], older.text);
    expect(await same.offer.load([], same.controller.signal)).toBe(false);
    const gone = setup([older]);
    const loading = gone.offer.load([], gone.controller.signal);
    gone.controller.abort();
    expect(await loading).toBe(false);
    expect(gone.offer.offered).toEqual([]);
  });

  it('lets one draft go, here and on this computer; the others stay on offer and the note is untouched', async () => {
    const t = setup([older, newer], 'Started typing');
    await t.offer.load([], t.controller.signal);
    t.offer.discard('b2');
    await vi.runAllTimersAsync();
    expect(t.offer.offered.map((d) => d.visit)).toEqual(['a1']);
    expect(t.kept.texts()).toEqual([older.text]);
    expect(t.note.value).toBe('Started typing');
  });

  it('what this visit types is its own draft from the first key, whatever is on offer: no kept draft is written over', async () => {
    const t = setup([older]);
    const loading = t.offer.load([], t.controller.signal);
    t.type('Met with');
    expect(await loading).toBe(true);
    t.type(' customer');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(t.kept.texts()).toEqual([older.text, 'Met with customer']);
    // The tab is closed; the next visit offers both, newest first.
    t.note.value = '';
    const second = new DraftOffer(new DraftKeeper({ note: t.note, contactType: null, date: null }, t.kept.store, t.controller.signal), t.kept.store);
    expect(await second.load([], t.controller.signal)).toBe(true);
    expect(second.offered.map((d) => d.text)).toEqual(['Met with customer', older.text]);
  });

  it('a note submitted forgets this visit’s draft, not the other visits’ kept ones', async () => {
    const t = setup([older]);
    await t.offer.load([], t.controller.signal);
    t.type('A different, shorter note.');
    await vi.advanceTimersByTimeAsync(1_500);
    t.keeper.submitted();
    await vi.runAllTimersAsync();
    expect(t.kept.texts()).toEqual([older.text]);
  });
});
