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
  const drafts = draftHandlers(db, serialQueue(), () => NOW);
  return {
    db,
    save: (text: string, extra: { contactType?: string; date?: string } = {}) => drafts['draft-save']({ kind: 'draft-save', ...ref, text, ...extra }),
    load: () => drafts['draft-load']({ kind: 'draft-load', ...ref }),
    discard: (submitted?: string) => drafts['draft-discard']({ kind: 'draft-discard', ...ref, ...(submitted === undefined ? {} : { submitted }) }),
  };
}

const note = (text: string): ContactRead => ({ date: '2026-11-20', contactTypeText: 'Telephone', contactType: 'telephone', serviceCode: null, author: 'A. Case', subject: null, text });

describe("the background's drafts", () => {
  it('offers a saved draft back with the form\'s contact type, date and when it was saved', async () => {
    const { save, load } = setup();
    await save('Called the customer about', { contactType: 'Telephone', date: '11/20/2026' });
    expect(await load()).toEqual({ text: 'Called the customer about', contactType: 'Telephone', date: '11/20/2026', updatedAt: NOW });
  });

  it('forgets the draft when the note is emptied', async () => {
    const { save, load } = setup();
    await save('Some words');
    await save('   ');
    expect(await load()).toBeNull();
  });

  it('does not keep a save that arrives after its note was submitted, but keeps new words after that', async () => {
    const { save, load, discard } = setup();
    await save('Met with customer.');
    await discard('Met with customer.');
    await save('Met  with customer. '); // the page's last save, sent as it unloaded
    expect(await load()).toBeNull();
    await save('Next note.');
    expect((await load())?.text).toBe('Next note.');
  });

  it('forgets a draft whose words now stand in the note history, whatever the spacing or case, and keeps the others', async () => {
    const { db, save, load } = setup();
    await save('Met with customer.\nDiscussed the job search.');
    const other = draftHandlers(db, serialQueue(), () => NOW);
    await other['draft-save']({ kind: 'draft-save', participantKey: ref.participantKey, pageKind: 'other', text: 'unsaved words' });
    await clearSavedDrafts(db, ref.participantKey, [note('met with customer.  Discussed the job search.')]);
    expect(await load()).toBeNull();
    expect((await other['draft-load']({ kind: 'draft-load', participantKey: ref.participantKey, pageKind: 'other' }))?.text).toBe('unsaved words');
  });
});
