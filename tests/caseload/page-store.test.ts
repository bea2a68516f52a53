import { describe, expect, it } from 'vitest';
import { contactFromNote, storePageRead } from '../../lib/caseload/page-store';
import { pageReadSchema } from '../../lib/adapters/schema';
import type { ContactRead, PageRead } from '../../lib/adapters/types';
import { participantStatus } from '../../lib/db/queries';
import { PACKS } from '../../lib/packs';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { rulesFor } from '../../lib/caseload/schedule-rules';
import { deletedAfterEach } from '../db/helpers';

const dbs = deletedAfterEach();
const TODAY = '2026-11-25';
const pack = PACKS['mo-dwd-toolbox'];

const note = (text: string, extra: Partial<ContactRead> = {}): ContactRead => ({
  date: '2026-11-20',
  contactTypeText: 'Telephone',
  contactType: 'telephone',
  serviceCode: null,
  author: 'A. Case',
  subject: null,
  text,
  ...extra,
});

describe('a note from the page, as the schedule needs it', () => {
  it('counts a call that reached the participant, and not one that went unanswered', () => {
    const reached = contactFromNote(note('Called participant and discussed the job search. Progress: two applications sent. Next step: follow up on 12/01/2026.'), pack, TODAY);
    const missed = contactFromNote(note('Called participant, no answer, left a voicemail.'), pack, TODAY);
    expect(reached).toMatchObject({ date: '2026-11-20', contactType: 'telephone', qualifies: true, source: 'page' });
    expect(missed.qualifies).toBe(false);
  });

  it('gives two different notes on one day different ids, and the same note read again the same id', () => {
    const a = contactFromNote(note('Called participant, no answer.'), pack, TODAY);
    const b = contactFromNote(note('Called participant, line busy.'), pack, TODAY);
    const again = contactFromNote(note('called  participant, NO answer.'), pack, TODAY);
    expect(a.sourceRef).not.toBe(b.sourceRef);
    expect(again.sourceRef).toBe(a.sourceRef);
  });
});

describe('storing a page read', () => {
  const read = (contacts: ContactRead[]): PageRead =>
    pageReadSchema.parse({
    system: 'toolbox',
    page: 'participant',
    participant: { id: '100234', name: 'Rivera, Ana', url: 'https://toolbox.mo.gov/participant/100234', activities: [], plannedGaps: [], activitiesShown: true, planType: 'ISS' },
    contacts,
    historyShown: true,
    caseload: [],
    editor: null,
    problems: [],
    });

  it("keeps the participant and their qualifying contact, so their status counts from it", async () => {
    const db = dbs.db();
    const contact = note('Called participant and discussed the job search. Progress: two applications sent. Next step: follow up on 12/01/2026.');
    await storePageRead(db, read([contact]), DEFAULT_SETTINGS, { today: TODAY, at: '2026-11-25T15:00:00.000Z' });
    const found = await participantStatus(db, 'toolbox:100234', { rules: rulesFor(DEFAULT_SETTINGS), today: TODAY });
    expect(found?.row.name).toBe('Rivera, Ana');
    expect(found?.status.lastQualifyingContact?.date).toBe('2026-11-20');
  });
});
