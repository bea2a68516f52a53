/**
 * A note can record its contact on an earlier day than the one it is saved under (a log whose
 * latest entry is an attempt). The participant's last qualifying contact, due date and soft exit
 * run from the day the contact happened, never from the later day the note was saved, or the
 * popup says a participant is fine who has already soft-exited.
 */
import { describe, expect, it } from 'vitest';
import { pageReadSchema } from '../../lib/adapters/schema';
import type { ContactRead, PageRead } from '../../lib/adapters/types';
import { createService } from '../../lib/caseload/service';
import { makeClient, makeDispatcher, type Request } from '../../lib/messages';
import { freshDb } from '../db/helpers';

const TODAY = '2026-05-20';

function setup() {
  const service = createService({
    db: freshDb(),
    today: () => TODAY,
    now: () => `${TODAY}T15:00:00.000Z`,
    store: { getLocal: async () => undefined, setLocal: async () => {}, getManaged: async () => undefined },
  });
  return makeClient((m: Request) => makeDispatcher(service)(m));
}

const note = (date: string, text: string): ContactRead => ({ date, contactTypeText: 'Telephone', contactType: 'telephone', serviceCode: '600', author: 'J. Moreno', subject: null, text });

const page = (contacts: ContactRead[]): PageRead =>
  pageReadSchema.parse({
    system: 'toolbox',
    page: 'participant',
    participant: {
      id: '100234',
      name: 'Whitfield, Dana',
      url: 'http://127.0.0.1:4817/toolbox/participant?id=100234',
      activities: [{ name: 'Occupational Skills Training - CNA', code: '310', startDate: '2026-01-05', endDate: '2026-12-31' }],
      plannedGaps: [],
      activitiesShown: true,
      planType: 'IEP',
    },
    contacts,
    historyShown: true,
    caseload: [],
    editor: null,
    problems: [],
  });

// Saved on 5/10: the participant was last reached on 2/11, so she was due by 5/12 and soft-exited on 5/13.
const LOG = note(
  '2026-05-10',
  '1/14 TC w/ client – working at Walmart 30 hrs/wk, likes it.\n2/11 TC w/ client – still working, 32 hrs/wk now, no issues; cont. job search services per IEP.\n5/10 TC – NA, LM',
);

describe("a log note saved after its last contact", () => {
  it("counts from the day it records reaching the participant: the sidebar's last contact, due date and soft exit", async () => {
    const send = setup();
    await send({ kind: 'page-read', read: page([LOG]) });
    const status = await send({ kind: 'participant-status', system: 'toolbox', participantId: '100234' });
    expect(status?.lastQualifyingContact?.date).toBe('2026-02-11');
    expect(status?.nextDueDate).toBe('2026-05-12');
    expect(status?.softExitDate).toBe('2026-05-13');
    expect(status?.daysRemaining).toBe(-8);
  });

  it('the popup lists the participant as soft-exited, not fine', async () => {
    const send = setup();
    await send({ kind: 'page-read', read: page([LOG]) });
    const due = await send({ kind: 'list-due' });
    // Counted apart from the overdue, as its row says it.
    expect([due.overdueCount, due.softExitedCount]).toEqual([0, 1]);
    expect(due.items.find((i) => i.participantId === '100234')).toMatchObject({ nextDueDate: '2026-05-12', softExitDate: '2026-05-13', state: 'soft-exited' });
  });

  it('a written reply recorded in a log counts from the day of the reply', async () => {
    const send = setup();
    const letter = {
      ...note('2026-05-10', 'Letter mailed 1/30 asking for an update.\n2/11 E-mail from client: still working at Walmart, 32 hrs/wk; cont. job search services per IEP.\n5/10 TC – NA, LM'),
      contactTypeText: 'E-mail',
      contactType: 'email' as const,
    };
    await send({ kind: 'page-read', read: page([letter]) });
    const status = await send({ kind: 'participant-status', system: 'toolbox', participantId: '100234' });
    expect(status?.lastQualifyingContact?.date).toBe('2026-02-11');
    expect(status?.nextDueDate).toBe('2026-05-12');
  });

  it("a note whose only date is its own still counts from the note's date", async () => {
    const send = setup();
    await send({ kind: 'page-read', read: page([note('2026-05-10', 'TC w/ client – still working, 32 hrs/wk now, no issues; cont. job search services per IEP. Next TC in 30 days.')]) });
    const status = await send({ kind: 'participant-status', system: 'toolbox', participantId: '100234' });
    expect(status?.lastQualifyingContact?.date).toBe('2026-05-10');
    expect(status?.nextDueDate).toBe('2026-08-08');
  });

  it("a contact dated after the note's own date is counted from the note's date, never later", async () => {
    const send = setup();
    await send({ kind: 'page-read', read: page([note('2026-05-10', 'Called 5/10, no answer, LM. 5/12 TC w/ client – still working, 32 hrs/wk; cont. job search per IEP.')]) });
    const status = await send({ kind: 'participant-status', system: 'toolbox', participantId: '100234' });
    expect(status?.lastQualifyingContact?.date).toBe('2026-05-10');
    expect(status?.nextDueDate).toBe('2026-08-08');
  });
});

describe('a participant page read again after a note changed in the system', () => {
  const CONTACT = 'TC w/ client – still working, 32 hrs/wk now, no issues; cont. job search services per IEP.';
  const status = (send: ReturnType<typeof setup>) => send({ kind: 'participant-status', system: 'toolbox', participantId: '100234' });

  it('a contact date corrected in the system counts from the corrected day, not the old one', async () => {
    const send = setup();
    await send({ kind: 'page-read', read: page([note('2026-05-10', CONTACT)]) });
    expect((await status(send))?.nextDueDate).toBe('2026-08-08');
    // The case manager fixes the note's date field in Toolbox: the contact was on 2/11.
    await send({ kind: 'page-read', read: page([note('2026-02-11', CONTACT)]) });
    expect((await status(send))?.lastQualifyingContact?.date).toBe('2026-02-11');
    expect((await status(send))?.nextDueDate).toBe('2026-05-12');
  });

  it('a note deleted in the system (entered for the wrong person) no longer counts', async () => {
    const send = setup();
    await send({ kind: 'page-read', read: page([note('2026-02-11', CONTACT), note('2026-05-10', `Met with client in person. ${CONTACT}`)]) });
    expect((await status(send))?.lastQualifyingContact?.date).toBe('2026-05-10');
    await send({ kind: 'page-read', read: page([note('2026-02-11', CONTACT)]) });
    expect((await status(send))?.lastQualifyingContact?.date).toBe('2026-02-11');
    expect((await send({ kind: 'list-due' })).items[0]).toMatchObject({ participantId: '100234', state: 'soft-exited' });
  });

  it('keeps older contacts a page no longer lists (a history that shows only recent notes)', async () => {
    const send = setup();
    await send({ kind: 'page-read', read: page([note('2026-02-11', CONTACT), note('2026-05-10', `Called client, no answer, LM.`)]) });
    await send({ kind: 'page-read', read: page([note('2026-05-10', `Called client, no answer, LM.`)]) });
    expect((await status(send))?.lastQualifyingContact?.date).toBe('2026-02-11');
  });
});

describe('other ways a note could move a due date later, found fine', () => {
  const status = (send: ReturnType<typeof setup>) => send({ kind: 'participant-status', system: 'toolbox', participantId: '100234' });
  const CONTACT = 'TC w/ client – still working, 32 hrs/wk now, no issues; cont. job search services per IEP.';

  it('a note dated after today (a typo in the year) is not counted, and the sidebar says so', async () => {
    const send = setup();
    await send({ kind: 'page-read', read: page([note('2026-02-11', CONTACT), note('2027-05-10', CONTACT)]) });
    const s = await status(send);
    expect(s?.lastQualifyingContact?.date).toBe('2026-02-11');
    expect(s?.nextDueDate).toBe('2026-05-12');
    expect(s?.flags).toContain('A contact is dated after today and not counted. Check the date.');
  });

  it('two notes on one day, an unanswered call and a contact, are two notes: the contact counts, the call takes nothing away', async () => {
    const send = setup();
    await send({ kind: 'page-read', read: page([note('2026-02-11', CONTACT), note('2026-02-11', 'Called client, no answer, LM.')]) });
    expect((await status(send))?.lastQualifyingContact?.date).toBe('2026-02-11');
    // And an unanswered call on a later day moves nothing.
    await send({ kind: 'page-read', read: page([note('2026-02-11', CONTACT), note('2026-05-10', 'Called client, no answer, LM.')]) });
    expect((await status(send))?.nextDueDate).toBe('2026-05-12');
  });
});

