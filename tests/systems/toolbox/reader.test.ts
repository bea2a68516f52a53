// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findNoteEditor } from '../../../lib/adapters/index';
import { detectSystem, readPage } from '../../../lib/systems';
import { loadFixture } from '../fixtures';
import { DEMO_MATCHES } from '../../../lib/systems';

const read = (file: string) => {
  const { doc, url } = loadFixture('toolbox', file);
  // As the test build reads the demo systems on 127.0.0.1 (plain http, so only a site we run on keeps its links).
  return { doc, url, read: readPage(doc, url, { sites: DEMO_MATCHES }) };
};

describe('Toolbox pages', () => {
  it('recognises Toolbox by its content even on the demo host 127.0.0.1', () => {
    for (const file of ['frameset.html', 'banner.html', 'nav.html', 'caseload.html', 'participant.html', 'note-editor.html']) {
      const { doc, url } = loadFixture('toolbox', file);
      expect(detectSystem(doc, url), file).toBe('toolbox');
    }
  });

  it('leaves the frameset top page alone, since each frame is read on its own', () => {
    expect(read('frameset.html').read).toEqual({
      system: 'toolbox',
      page: 'unknown',
      participant: null,
      contacts: [],
      historyShown: false,
      caseload: [],
      editor: null,
      problems: [],
    });
  });

  it('reads every customer on the caseload with their last 600 contact and activity', () => {
    const { read: r } = read('caseload.html');
    expect(r.page).toBe('caseload');
    expect(r.problems).toEqual([]);
    expect(r.caseload).toEqual([
      {
        id: '100234',
        name: 'Whitfield, Dana',
        lastContactDate: '2026-08-22',
        activity: 'Occupational Skills Training - CNA',
        url: 'http://127.0.0.1:4817/toolbox/participant?id=100234',
      },
      {
        id: '100871',
        name: 'Oyelaran, Marcus',
        lastContactDate: '2026-09-06',
        activity: 'Occupational Skills Training - CDL Class A',
        url: 'http://127.0.0.1:4817/toolbox/participant?id=100871',
      },
      {
        id: '101552',
        name: 'Brandt, Alicia',
        lastContactDate: '2026-11-13',
        activity: 'Work Experience',
        url: 'http://127.0.0.1:4817/toolbox/participant?id=101552',
      },
      {
        id: '102003',
        name: 'Test, <img src=x onerror=alert(1)>',
        lastContactDate: null,
        activity: null,
        url: 'http://127.0.0.1:4817/toolbox/participant?id=102003',
      },
    ]);
  });

  it('reads a customer: plan type, activity dates and every 600 case note', () => {
    const { read: r } = read('participant.html');
    expect(r.page).toBe('participant');
    expect(r.problems).toEqual([]);
    expect(r.participant).toEqual({
      id: '100234',
      name: 'Whitfield, Dana',
      planType: 'IEP',
      activities: [{ name: 'Occupational Skills Training - CNA', code: '310', startDate: '2026-05-09', endDate: '2027-01-24' }],
      plannedGaps: [],
      activitiesShown: true,
      url: 'http://127.0.0.1:4817/toolbox/participant?id=100234',
    });
    expect(r.contacts.map((c) => [c.date, c.contactTypeText, c.contactType, c.serviceCode, c.author])).toEqual([
      ['2026-08-22', 'Telephone', 'telephone', '600', 'J. Moreno'],
      ['2026-08-16', 'Telephone', 'telephone', '600', 'J. Moreno'],
    ]);
    expect(r.contacts[0]?.text).toBe('Called customer, no answer. LM asking her to call back.');
  });

  it('shows a youth with no notes as an ISS customer with nothing recorded, and HTML in the name as plain text', () => {
    const { read: r } = read('participant-no-notes.html');
    expect(r.participant?.name).toBe('Test, <img src=x onerror=alert(1)>');
    expect(r.participant?.planType).toBe('ISS');
    expect(r.participant?.activities).toEqual([]);
    expect(r.contacts).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it('finds the Add Case Note form and the live fields to bind to', () => {
    const { doc, read: r } = read('note-editor.html');
    expect(r.page).toBe('note-editor');
    expect(r.problems).toEqual([]);
    expect(r.editor).toEqual({
      found: true,
      noteField: 'form[name="caseNoteForm"] textarea#noteText',
      contactTypeField: 'form[name="caseNoteForm"] select#contactType',
      dateField: 'form[name="caseNoteForm"] input#contactDate',
      submitControl: 'form[name="caseNoteForm"] input[type="submit"][value="Save"]',
      participantId: '100234',
    });
    // Who the note is for comes from the title bar; the form shows no activities.
    expect(r.participant).toMatchObject({ id: '100234', name: 'Whitfield, Dana', activities: [], activitiesShown: false });
    const fields = findNoteEditor(doc, r);
    expect(fields?.editable.getAttribute('name')).toBe('noteText');
    expect(fields?.contactType?.getAttribute('name')).toBe('contactType');
    expect(fields?.date?.name).toBe('contactDate');
    expect(fields?.submit?.getAttribute('value')).toBe('Save');
  });

  it('menu and banner frames are Toolbox but offer nothing to coach (the quick-find box is not a note)', () => {
    for (const file of ['nav.html', 'banner.html']) {
      const { read: r } = read(file);
      expect(r.page).toBe('unknown');
      expect(r.editor).toBeNull();
    }
  });
});

describe('Toolbox pages that went wrong', () => {
  it('skips notes dated "N/A" or "13/45/2026" and says so, keeping the readable ones', () => {
    const { read: r } = read('broken-participant-bad-dates.html');
    expect(r.contacts.map((c) => c.date)).toEqual(['2026-08-16']);
    expect(r.participant?.activities[0]?.endDate).toBeNull();
    expect(r.problems).toEqual([
      'Couldn\'t read the activity end date "TBD" as a date (expected MM/DD/YYYY).',
      'Couldn\'t read the contact date "N/A" on case note 1; that note is left out of the due dates.',
      'Couldn\'t read the contact date "13/45/2026" on case note 2; that note is left out of the due dates.',
    ]);
  });

  it('says the case notes table is missing instead of reporting no contacts', () => {
    const { read: r } = read('broken-participant-no-note-table.html');
    expect(r.participant?.id).toBe('100234');
    expect(r.contacts).toEqual([]);
    expect(r.problems).toEqual(["Couldn't find the case notes table on this page, so past contacts are not counted."]);
  });

  it('says an empty caseload is empty', () => {
    const { read: r } = read('broken-caseload-empty.html');
    expect(r.page).toBe('caseload');
    expect(r.caseload).toEqual([]);
    expect(r.problems).toEqual(['This caseload lists no customers.']);
  });
});
