// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findNoteEditor } from '../../../lib/adapters/index';
import { detectSystem, readPage } from '../../../lib/systems';
import { fixtureFiles, loadFixture } from '../fixtures';
import { DEMO_MATCHES } from '../../../lib/systems';

const read = (file: string) => {
  const { doc, url } = loadFixture('workforce-one', file);
  // As the test build reads the demo systems on 127.0.0.1 (plain http, so only a site we run on keeps its links).
  return { doc, url, read: readPage(doc, url, { sites: DEMO_MATCHES }) };
};

describe('Workforce One pages', () => {
  it('recognises every Workforce One page by its WebForms markup, not its host', () => {
    for (const file of fixtureFiles('workforce-one')) {
      const { doc, url } = loadFixture('workforce-one', file);
      expect(detectSystem(doc, url), file).toBe('workforce-one');
    }
  });

  it('reads the caseload with each participant\'s last progress note date', () => {
    const { read: r } = read('caseload.html');
    expect(r.page).toBe('caseload');
    expect(r.problems).toEqual([]);
    expect(r.caseload).toEqual([
      {
        id: 'MN-448120',
        name: 'Lindqvist, Tomas',
        lastContactDate: '2026-10-11',
        activity: null,
        url: 'http://127.0.0.1:4817/wf1/Participant/Summary.aspx?pid=MN-448120',
      },
      {
        id: 'MN-448377',
        name: 'Beaulieu, Shauna',
        lastContactDate: '2026-11-15',
        activity: null,
        url: 'http://127.0.0.1:4817/wf1/Participant/Summary.aspx?pid=MN-448377',
      },
    ]);
  });

  it('reads the summary: ISS plan, activity dates and the planned gap that pauses the clock', () => {
    const { read: r } = read('summary.html');
    expect(r.page).toBe('participant');
    expect(r.problems).toEqual([]);
    expect(r.participant).toEqual({
      id: 'MN-448377',
      name: 'Shauna Beaulieu',
      planType: 'ISS',
      activities: [{ name: 'Occupational Skills Training - Welding', code: 'OST', startDate: '2026-08-27', endDate: '2027-04-24' }],
      plannedGaps: [{ start: '2026-11-05', end: '2026-12-05', reason: 'Semester break' }],
      activitiesShown: true,
      url: 'http://127.0.0.1:4817/wf1/Participant/Summary.aspx?pid=MN-448377',
    });
  });

  it('reads progress notes with subject and contact type, and knows activities are not on this page', () => {
    const { read: r } = read('progress-notes.html');
    expect(r.page).toBe('case-notes');
    expect(r.editor).toBeNull();
    expect(r.participant).toMatchObject({ id: 'MN-448120', name: 'Tomas Lindqvist', activitiesShown: false, planType: null });
    expect(r.contacts).toEqual([
      {
        date: '2026-10-11',
        contactTypeText: 'In Person',
        contactType: 'in-person',
        serviceCode: null,
        author: 'R. Haugen',
        subject: 'Monthly contact',
        text: 'Met with Tomas at the ALC. Attendance 92% this month, passed GED math practice test. Reviewed ISS and activity enrollments; all current. Next contact early next month.',
      },
    ]);
  });

  it('finds the entry panel after Add Progress Note and binds to its live fields', () => {
    const { doc, read: r } = read('progress-notes-entry.html');
    expect(r.page).toBe('note-editor');
    expect(r.problems).toEqual([]);
    expect(r.editor).toEqual({
      found: true,
      noteField: '#ctl00_ContentPlaceHolder1_txtNote',
      contactTypeField: '#ctl00_ContentPlaceHolder1_ddlContactType',
      dateField: '#ctl00_ContentPlaceHolder1_txtContactDate',
      submitControl: '#ctl00_ContentPlaceHolder1_btnSave',
      participantId: 'MN-448120',
    });
    const fields = findNoteEditor(doc, r);
    expect(fields?.editable.getAttribute('name')).toBe('ctl00$ContentPlaceHolder1$txtNote');
    expect((fields?.contactType as HTMLSelectElement | null)?.options.length).toBe(7);
    expect(fields?.submit?.getAttribute('value')).toBe('Save Note');
  });
});

describe('Workforce One pages that went wrong', () => {
  it('skips progress notes dated "N/A" or "13/45/2026" and says which', () => {
    const { read: r } = read('broken-progress-notes-bad-dates.html');
    expect(r.contacts.map((c) => c.date)).toEqual(['2026-10-11']);
    expect(r.problems).toEqual([
      'Couldn\'t read the contact date "N/A" on case note 1; that note is left out of the due dates.',
      'Couldn\'t read the contact date "13/45/2026" on case note 2; that note is left out of the due dates.',
    ]);
  });

  it('shows HTML typed into a name as the literal text', () => {
    const { read: r } = read('broken-summary-hostile.html');
    expect(r.participant?.name).toBe('<img src=x onerror=alert(1)> "><script>alert(2)</script>');
    expect(r.participant?.activities).toEqual([]);
    expect(r.participant?.plannedGaps).toEqual([]);
  });

  it('says an empty caseload is empty', () => {
    const { read: r } = read('broken-caseload-empty.html');
    expect(r.caseload).toEqual([]);
    expect(r.problems).toEqual(['This caseload lists no participants.']);
  });
});
