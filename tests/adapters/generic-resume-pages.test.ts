// @vitest-environment node
/**
 * A résumé builder gets no note coach (its "notes" and "comments" boxes are the job seeker's résumé), but a case-note page
 * that only mentions a résumé (a service, a workshop, a review) is a case-note page and gets its coach; so does "resume"
 * the verb ("Resume services after a planned gap"). Each row is a page as a system we have never seen might draw it.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/systems';

interface Shape {
  title: string;
  h1?: string;
  h2?: string;
  path: string;
  label: string;
}

function read({ title, h1, h2, path, label }: Shape) {
  const url = `https://cases.example.gov${path}`;
  const body = `${h1 ? `<h1>${h1}</h1>` : ''}${h2 ? `<h2>${h2}</h2>` : ''}
    <form method="post"><label for="ct">Contact type</label><select id="ct"><option>Phone</option><option>In person</option></select>
    <label for="n">${label}</label><textarea id="n" name="n" rows="8" cols="60"></textarea><button type="submit">Save</button></form>`;
  const doc = new JSDOM(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`, { url }).window.document;
  return readPage(doc, url);
}

const CASE_NOTE_PAGES: Shape[] = [
  { title: 'Case Notes - Resume Assistance', h1: 'Add Case Note', path: '/participants/4471/notes/new', label: 'Notes' },
  { title: 'Customer Services', h1: 'Service Notes: Résumé Writing', path: '/customer/services/88/notes', label: 'Comments' },
  { title: 'Progress Notes', h1: 'Resume workshop follow-up', path: '/participants/4471/progress', label: 'Notes' },
  { title: 'Résumé review appointment', h1: 'Contact Notes', path: '/appointments/5120', label: 'Notes' },
  { title: 'Activity 102 - Resume Preparation', h1: 'Activity notes', path: '/enrollments/77/activities/102', label: 'Notes' },
  { title: 'Service notes', path: '/services/resume-review/notes/new', label: 'Comments' },
  { title: 'Resume Services - Case Note', h1: 'Resume services after planned gap', path: '/participants/4471/gap/end', label: 'Notes' },
  { title: 'Customer 4471', h1: 'Resumed participation', path: '/customer/4471/casenote', label: 'Notes' },
  { title: 'Participant Case Notes', h1: 'Participant Case Notes', h2: 'Résumé Builder (open for the customer)', path: '/participant/4471/notes', label: 'Comments' },
  { title: 'Resume help (WIOA Adult)', h1: 'Journal', path: '/customer/4471/journal', label: 'Journal' },
];

const RESUME_PAGES: Shape[] = [
  { title: 'Resume Builder', path: '/resume/builder', label: 'Journal' },
  { title: 'KANSASWORKS | Résumé Builder - Work History', h1: 'Work History', path: '/ada/r/jobseekers/resumes/552871/edit/work-history', label: 'Additional notes' },
  { title: 'Job Seeker', h1: 'My Résumé', path: '/js/home', label: 'Notes' },
  { title: 'Edit Resume', h1: 'Edit Resume', path: '/portal/profile', label: 'Comments' },
  { title: 'Virtual OneStop', h1: 'Create a Résumé', path: '/vosnet/jobseeker/step5.aspx', label: 'Notes to employers' },
  { title: 'Job seeker services', h1: 'Tanya Whitehorse', h2: 'Resume Builder', path: '/jobseeker/4471/profile', label: 'Notes' },
  { title: 'Upload Resume', h1: 'Upload your résumé', path: '/documents/new', label: 'Comments' },
  { title: 'Step 4 of 6', h1: 'Additional Information', path: '/jobseekers/resumes/552871/edit/additional', label: 'Notes' },
  { title: 'Résumés', h1: 'Résumés', path: '/profile/4471', label: 'Notes' },
  { title: 'Resume Wizard', h2: 'Step 5: Summary of qualifications', path: '/wizard/5', label: 'Progress notes' },
];

describe('a case-note page that mentions a résumé gets its coach', () => {
  it.each(CASE_NOTE_PAGES.map((p) => [p.title, p] as const))('%s', (_, page) => {
    expect(read(page).editor?.noteField).toBe('#n');
  });
});

describe('a résumé page never does', () => {
  it.each(RESUME_PAGES.map((p) => [p.title, p] as const))('%s', (_, page) => {
    expect(read(page).editor).toBeNull();
  });
});
