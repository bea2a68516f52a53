// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findNoteEditor } from '../../../lib/adapters/index';
import { detectSystem, readPage } from '../../../lib/systems';
import { fixtureFiles, loadFixture } from '../fixtures';

const read = (file: string) => {
  const { doc, url } = loadFixture('ajl', file);
  return { doc, url, read: readPage(doc, url) };
};

describe("America's JobLink pages", () => {
  it('recognises every AJL page, and no other saved page as AJL (the WebForms page with AJL-like fields stays generic)', () => {
    for (const file of fixtureFiles('ajl')) {
      const { doc, url } = loadFixture('ajl', file);
      expect(detectSystem(doc, url), file).toBe('ajl');
    }
    for (const system of ['toolbox', 'workforce-one', 'generic', 'vos'] as const) {
      for (const file of fixtureFiles(system)) {
        const { doc, url } = loadFixture(system, file);
        expect(detectSystem(doc, url), `${system}/${file}`).not.toBe('ajl');
      }
    }
  });

  it('reads the Program Notes list: Reference Date, Subject, Contact Type, staff and the note', () => {
    const { read: r } = read('notes.html');
    expect(r.page).toBe('case-notes');
    expect(r.historyShown).toBe(true);
    expect(r.problems).toEqual([]);
    expect(r.participant).toMatchObject({ id: '880412', name: 'Marisol Quintero', activitiesShown: false });
    expect(r.contacts).toEqual([
      {
        date: '2026-11-05',
        contactTypeText: 'Phone',
        contactType: 'telephone',
        serviceCode: null,
        author: 'Dale Pruitt',
        subject: 'Monthly check-in',
        text: 'TC with customer: attending welding lab 4 days a week, passed first bend test. Next contact in 30 days.',
      },
      expect.objectContaining({ date: '2026-08-17', contactType: 'in-person', subject: 'Enrollment' }),
    ]);
  });

  it('finds the Add Notes form: Notes, Contact Type, Reference Date (not Recontact Date) and Save', () => {
    const { doc, read: r } = read('add-notes.html');
    expect(r.page).toBe('note-editor');
    expect(r.problems).toEqual([]);
    const fields = findNoteEditor(doc, r);
    expect(fields?.editable.getAttribute('name')).toBe('note[notes]');
    expect(fields?.contactType?.getAttribute('name')).toBe('note[contact_type]');
    expect(fields?.date?.name).toBe('note[reference_date]');
    expect(fields?.submit?.textContent).toBe('Save');
    expect(r.editor?.participantId).toBe('880412');
  });

  it('finds the form by its documented labels when the ids differ', () => {
    const { doc, url } = loadFixture('ajl', 'add-notes.html');
    for (const el of Array.from(doc.querySelectorAll('[id^="note_"]'))) {
      const label = doc.querySelector(`label[for="${el.id}"]`);
      el.id = `x_${el.id}`;
      label?.setAttribute('for', el.id);
    }
    doc.querySelector('form')?.removeAttribute('id');
    expect(detectSystem(doc, url)).toBe('ajl');
    const r = readPage(doc, url);
    const fields = findNoteEditor(doc, r);
    expect(fields?.editable.getAttribute('name')).toBe('note[notes]');
    expect(fields?.date?.name).toBe('note[reference_date]');
    expect(fields?.contactType?.getAttribute('name')).toBe('note[contact_type]');
    expect(fields?.submit?.textContent).toBe('Save');
  });

  it('takes Program Details for the job seeker only (three titles are not the note history)', () => {
    const { read: r } = read('program-details.html');
    expect(r.page).toBe('participant');
    expect(r.contacts).toEqual([]);
    expect(r.historyShown).toBe(false);
    expect(r.participant?.id).toBe('880412');
  });

  it('takes an ID from the address only from a whole step with a digit in it, never a word of a page name', () => {
    const { doc } = loadFixture('ajl', 'add-notes.html');
    doc.querySelector('#job_seeker_id')?.remove();
    // "/jobseekers/case_details/notes": "case" was taken as the job seeker's ID, so the note went under someone else.
    expect(readPage(doc, 'https://ajl.example.gov/ada/r/jobseekers/case_details/notes?new=1').participant?.id).not.toBe('case');
    expect(readPage(doc, 'https://ajl.example.gov/ada/r/jobseekers/notes').participant?.id).not.toBe('notes');
    expect(readPage(doc, 'https://ajl.example.gov/ajl/jobseekers/880412/programs/wioa-adult/notes/new').participant?.id).toBe('880412');
  });

  it('leaves a note with an impossible date out and says so', () => {
    const { read: r } = read('broken-notes-bad-dates.html');
    expect(r.contacts.map((c) => c.date)).toEqual(['2026-08-17']);
    expect(r.problems).toEqual([expect.stringContaining('"13/45/2026"')]);
  });
});
