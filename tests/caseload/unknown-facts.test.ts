/**
 * Unknown is not none: what the sidebar is told about a participant says
 * where each fact was read, and a fact nobody has read yet is unknown — no
 * "none on record", no warning resting on it.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createService } from '../../lib/caseload/service';
import { makeClient, makeDispatcher } from '../../lib/messages';
import type { Request } from '../../lib/messages';
import { readPage } from '../../lib/systems';
import type { PageRead } from '../../lib/adapters';
import { freshDb, noSettings } from '../db/helpers';

const NOW = '2026-11-25T15:04:05.000Z';

function setup() {
  const service = createService({
    db: freshDb(),
    today: () => '2026-11-25',
    now: () => NOW,
    store: noSettings(),
  });
  return makeClient((m: Request) => makeDispatcher(service)(m));
}

function fixture(path: string, url: string): PageRead {
  const dom = new JSDOM(readFileSync(join(process.cwd(), 'tests/fixtures', path), 'utf8'), { url });
  return readPage(dom.window.document, url);
}

const TB = 'http://127.0.0.1:4817/toolbox';
const WF1 = 'http://127.0.0.1:4817/wf1';
const NO_ACTIVITY = /without an enrolled activity/;

describe('facts about a participant carry where they were read', () => {
  it('Toolbox, note form first: history, due date and activities are unknown, and no warning rests on them', async () => {
    const send = setup();
    await send({ kind: 'page-read', read: fixture('toolbox/note-editor.html', `${TB}/casenote/new?id=100234`) });
    const status = await send({ kind: 'participant-status', system: 'toolbox', participantId: '100234' });
    expect(status).toMatchObject({ name: 'Whitfield, Dana', system: 'toolbox', historyRead: null, activitiesRead: null, lastQualifyingContact: null, nextDueDate: null, activities: [] });
    expect(status?.flags).toEqual([]);

    // Then the customer's page: both are read from it, with the time.
    await send({ kind: 'page-read', read: fixture('toolbox/participant.html', `${TB}/participant?id=100234`) });
    const after = await send({ kind: 'participant-status', system: 'toolbox', participantId: '100234' });
    expect(after?.historyRead).toEqual({ from: 'participant-page', at: NOW });
    expect(after?.activitiesRead).toEqual({ from: 'participant-page', at: NOW });
    expect(after?.lastQualifyingContact).not.toBeNull();
    expect(after?.nextDueDate).not.toBeNull();
    expect(after?.activities.length).toBeGreaterThan(0);
  });

  it('a page read that shows no activities at all is "none", and only then is the activity warning given', async () => {
    const send = setup();
    const read = fixture('toolbox/participant.html', `${TB}/participant?id=100234`);
    await send({ kind: 'page-read', read: { ...read, participant: { ...read.participant!, activities: [], plannedGaps: [] } } });
    const status = await send({ kind: 'participant-status', system: 'toolbox', participantId: '100234' });
    expect(status?.activitiesRead).toEqual({ from: 'participant-page', at: NOW });
    expect(status?.activities).toEqual([]);
    expect(status?.flags.some((f) => NO_ACTIVITY.test(f))).toBe(true);
  });

  it('Workforce One, note page first: the history is read from Progress Notes, the activities are not', async () => {
    const send = setup();
    const notes = fixture('workforce-one/progress-notes-entry.html', `${WF1}/Participant/ProgressNotes.aspx?pid=MN-448120`);
    expect(notes.page).toBe('note-editor');
    await send({ kind: 'page-read', read: notes });
    const id = notes.participant!.id;
    const status = await send({ kind: 'participant-status', system: 'workforce-one', participantId: id });
    expect(status?.historyRead).toEqual({ from: 'notes-page', at: NOW });
    expect(status?.activitiesRead).toBeNull();
    expect(status?.activities).toEqual([]);
    expect(status?.flags.filter((f) => NO_ACTIVITY.test(f))).toEqual([]);
  });

  it('a Workforce One Summary page (no notes on it) leaves the caseload list’s last contact standing', async () => {
    const send = setup();
    const caseload = fixture('workforce-one/caseload.html', `${WF1}/Caseload.aspx`);
    const summary = fixture('workforce-one/summary.html', `${WF1}/Participant/Summary.aspx?pid=MN-448377`);
    const id = summary.participant!.id;
    const listed = caseload.caseload.find((c) => c.id === id)!;
    expect(listed.lastContactDate).not.toBeNull();
    await send({ kind: 'page-read', read: caseload });
    await send({ kind: 'page-read', read: summary });
    const status = await send({ kind: 'participant-status', system: 'workforce-one', participantId: id });
    expect(status?.historyRead).toEqual({ from: 'caseload-list', at: NOW });
    // Before, the Summary was taken for the note history and wiped the list's date: "none on record".
    expect(status?.lastQualifyingContact?.date).toBe(listed.lastContactDate);
    expect(status?.activitiesRead).toEqual({ from: 'participant-page', at: NOW });
  });

  it('a Workforce One Summary first: activities known and current, history unknown, and no activity warning', async () => {
    const send = setup();
    const summary = fixture('workforce-one/summary.html', `${WF1}/Participant/Summary.aspx?pid=MN-448377`);
    await send({ kind: 'page-read', read: summary });
    const status = await send({ kind: 'participant-status', system: 'workforce-one', participantId: summary.participant!.id });
    expect(status?.activities.length).toBeGreaterThan(0);
    expect(status).toMatchObject({ historyRead: null, nextDueDate: null, flags: [] });
  });

  it('a CSV import is named as the source of what it filled in', async () => {
    const send = setup();
    await send({ kind: 'caseload-import', system: 'toolbox', csv: 'Participant ID,Name,Last Contact Date,Activity\n300001,"Doe, Pat",10/01/2026,Training\n300002,"Roe, Sam",,\n' });
    const pat = await send({ kind: 'participant-status', system: 'toolbox', participantId: '300001' });
    expect(pat?.historyRead).toEqual({ from: 'import', at: NOW });
    expect(pat?.activitiesRead).toEqual({ from: 'import', at: NOW });
    expect(pat?.lastQualifyingContact?.date).toBe('2026-10-01');
    // No date and no activity in the file: unknown, not "never contacted".
    const sam = await send({ kind: 'participant-status', system: 'toolbox', participantId: '300002' });
    expect(sam).toMatchObject({ historyRead: null, activitiesRead: null, nextDueDate: null, flags: [] });
  });
});
