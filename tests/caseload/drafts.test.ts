import { describe, expect, it } from 'vitest';
import { clearSavedDrafts, draftHandlers } from '../../lib/caseload/drafts';
import { serialQueue } from '../../lib/caseload/serial';
import type { ContactRead } from '../../lib/adapters/types';
import { deletedAfterEach } from '../db/helpers';

const dbs = deletedAfterEach();
const NOW = '2026-11-25T15:04:05.000Z';
const ref = { participantKey: 'toolbox:100234', pageKind: 'note-editor' };

function setup() {
  const db = dbs.db();
  let minute = 0;
  // Each save a minute later, so "newest first" is the order they were kept in.
  const drafts = draftHandlers(db, serialQueue(), () => `2026-11-25T15:${String(minute++).padStart(2, '0')}:05.000Z`);
  return {
    db,
    save: (text: string, extra: { visit?: string; contactType?: string; date?: string; replaces?: string } = {}) =>
      drafts['draft-save']({ kind: 'draft-save', ...ref, visit: 'a1', text, ...extra }),
    load: () => drafts['draft-load']({ kind: 'draft-load', ...ref }),
    texts: async () => (await drafts['draft-load']({ kind: 'draft-load', ...ref })).map((d) => d.text),
    discard: (visit = 'a1', submitted?: string) => drafts['draft-discard']({ kind: 'draft-discard', ...ref, visit, ...(submitted === undefined ? {} : { submitted }) }),
  };
}

const note = (text: string): ContactRead => ({ date: '2026-11-20', contactTypeText: 'Telephone', contactType: 'telephone', serviceCode: null, author: 'A. Case', subject: null, text });

describe("the background's drafts", () => {
  it("offers a saved draft back with the form's contact type, date, visit and when it was saved", async () => {
    const { save, load } = setup();
    await save('Called the customer about', { contactType: 'Telephone', date: '11/20/2026' });
    expect(await load()).toEqual([{ visit: 'a1', text: 'Called the customer about', contactType: 'Telephone', date: '11/20/2026', updatedAt: '2026-11-25T15:00:05.000Z' }]);
  });

  it('keeps each visit’s draft apart, newest first: a second tab or a later visit never writes over the first', async () => {
    const { save, texts, discard } = setup();
    await save('First tab, unsaved');
    await save('Second tab', { visit: 'b2' });
    await save('Second tab, more', { visit: 'b2' });
    expect(await texts()).toEqual(['Second tab, more', 'First tab, unsaved']);
    // Letting one go leaves the other.
    await discard('b2');
    expect(await texts()).toEqual(['First tab, unsaved']);
  });

  it('a draft restored into another visit is replaced by that visit’s save, in one write', async () => {
    const { save, load } = setup();
    await save('Crashed tab');
    await save('Before restore', { visit: 'b2' });
    await save('Crashed tab', { visit: 'c3', replaces: 'a1' });
    expect((await load()).map((d) => [d.visit, d.text])).toEqual([
      ['c3', 'Crashed tab'],
      ['b2', 'Before restore'],
    ]);
  });

  it('forgets the draft when the note is emptied', async () => {
    const { save, load } = setup();
    await save('Some words');
    await save('   ');
    expect(await load()).toEqual([]);
  });

  it('a submitted note takes its visit’s draft, a late save of it, and any other visit’s draft of the same words; never another note', async () => {
    const { save, texts, discard } = setup();
    await save('Met with customer.');
    await save('Met with  customer. ', { visit: 'b2' });
    await save('A different unsaved note.', { visit: 'c3' });
    await discard('a1', 'Met with customer.');
    await save('Met  with customer. '); // the page's last save, sent as it unloaded
    expect(await texts()).toEqual(['A different unsaved note.']);
    await save('Next note.');
    expect(await texts()).toEqual(['Next note.', 'A different unsaved note.']);
  });

  it('forgets a draft whose words now stand in the note history, whatever the spacing or case, and keeps the others', async () => {
    const { db, save, texts } = setup();
    await save('Met with customer.\nDiscussed the job search.');
    const other = draftHandlers(db, serialQueue(), () => NOW);
    await other['draft-save']({ kind: 'draft-save', participantKey: ref.participantKey, pageKind: 'other', visit: 'a1', text: 'unsaved words' });
    await clearSavedDrafts(db, ref.participantKey, [note('met with customer.  Discussed the job search.')]);
    expect(await texts()).toEqual([]);
    expect((await other['draft-load']({ kind: 'draft-load', participantKey: ref.participantKey, pageKind: 'other' })).map((d) => d.text)).toEqual(['unsaved words']);
  });
});
