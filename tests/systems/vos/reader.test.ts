// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findNoteEditor } from '../../../lib/adapters/index';
import { detectSystem, readPage } from '../../../lib/systems';
import { fixtureFiles, loadFixture } from '../fixtures';

const read = (file: string) => {
  const { doc, url } = loadFixture('vos', file);
  return { doc, url, read: readPage(doc, url) };
};

describe('Virtual OneStop pages', () => {
  it('recognises every VOS page (a /vosnet/ WebForms page), and no Toolbox, WF1 or other page as VOS', () => {
    for (const file of fixtureFiles('vos')) {
      const { doc, url } = loadFixture('vos', file);
      expect(detectSystem(doc, url), file).toBe('vos');
    }
    for (const system of ['toolbox', 'workforce-one', 'generic'] as const) {
      for (const file of fixtureFiles(system)) {
        const { doc, url } = loadFixture(system, file);
        expect(detectSystem(doc, url), `${system}/${file}`).not.toBe('vos');
      }
    }
  });

  it("recognises MoJobs by its host even before a page's content says so", () => {
    const { doc } = loadFixture('generic', 'login.html');
    expect(detectSystem(doc, 'https://app-jobs.mo.gov/vosnet/Default.aspx')).toBe('vos');
  });

  it('reads the Case Notes tab: each note with its contact method, subject and staff', () => {
    const { read: r } = read('case-notes.html');
    expect(r.system).toBe('vos');
    expect(r.page).toBe('case-notes');
    expect(r.problems).toEqual([]);
    expect(r.editor).toBeNull();
    expect(r.historyShown).toBe(true);
    expect(r.participant).toMatchObject({ id: '4417730', name: 'Latoya Birchfield', activitiesShown: false });
    expect(r.contacts).toEqual([
      {
        date: '2026-10-16',
        contactTypeText: 'Telephone',
        contactType: 'telephone',
        serviceCode: null,
        author: 'S. Whitley',
        subject: 'Follow-up',
        text: 'Called customer, no answer. Left voicemail.',
      },
      {
        date: '2026-09-02',
        contactTypeText: 'Telephone',
        contactType: 'telephone',
        serviceCode: null,
        author: 'S. Whitley',
        subject: 'Training progress',
        text: 'TC with customer. Attending coding classes 3 nights a week, grade A- on midterm. Continue ITA per IEP; next contact in 30 days.',
      },
    ]);
  });

  it('finds the Adding a Case Note form: body, contact method, contact date and the Save button', () => {
    const { doc, read: r } = read('add-case-note.html');
    expect(r.page).toBe('note-editor');
    expect(r.problems).toEqual([]);
    expect(r.editor).toMatchObject({ found: true, participantId: '4417730' });
    const fields = findNoteEditor(doc, r);
    expect(fields?.editable.getAttribute('name')).toBe('ctl00$Main_content$txtCaseNote');
    expect(fields?.contactType?.getAttribute('name')).toBe('ctl00$Main_content$ddlContactMethod');
    expect(fields?.date?.name).toBe('ctl00$Main_content$txtContactDate');
    // The note's own Save, not Cancel or the tab links: the save guard watches this control.
    expect(fields?.submit?.getAttribute('value')).toBe('Save');
  });

  it('reads the Activities tab as the enrolment list, and the Summary tab for the individual only', () => {
    const activities = read('activities.html').read;
    expect(activities.page).toBe('participant');
    expect(activities.problems).toEqual([]);
    expect(activities.participant).toMatchObject({
      id: '4417730',
      activitiesShown: true,
      activities: [{ name: 'Occupational Skills Training - Medical Coding', code: '300', startDate: '2026-06-28', endDate: '2027-01-09' }],
    });
    const summary = read('summary.html').read;
    expect(summary.page).toBe('participant');
    expect(summary.participant).toMatchObject({ id: '4417730', name: 'Latoya Birchfield', activitiesShown: false });
    // The Chronological Case History shows no note text or contact method: nothing there may reset a due date,
    // and the page does not stand for the note history either.
    expect(summary.contacts).toEqual([]);
    expect(summary.historyShown).toBe(false);
  });

  it('leaves a note with an unreadable date out of the due dates and says so', () => {
    const { read: r } = read('broken-case-notes-bad-dates.html');
    expect(r.contacts.map((c) => c.date)).toEqual(['2026-10-16', '2026-09-02']);
    expect(r.problems).toEqual([expect.stringContaining('"N/A"')]);
  });

  it('reads a VOS page whose ids carry another master-page prefix, and one without our ids by its labels', () => {
    const { doc, url } = loadFixture('vos', 'case-notes.html');
    const html = doc.documentElement.outerHTML.replaceAll('ctl00_Main_content_', 'ctl00_cphBody_ucIndividual_');
    const { doc: moved } = loadFixture('vos', 'case-notes.html');
    moved.documentElement.innerHTML = html.replace(/^<html[^>]*>|<\/html>$/g, '');
    expect(readPage(moved, url).contacts).toHaveLength(2);
    const { doc: plain } = loadFixture('vos', 'add-case-note.html');
    plain.querySelector('[id$="_lblStateId"]')?.removeAttribute('id');
    expect(readPage(plain, 'https://www.employflorida.com/vosnet/case/Individual.aspx').editor?.participantId).toBe('4417730');
  });
});
