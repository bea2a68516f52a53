/** America's JobLink's demo: Program Details, Program Notes (View All) and Add Notes; plain forms that post and redirect. */
import * as ajl from '../ajl';
import { findPerson, parseUsDate, readForm, redirect, send, type DemoSystem } from '../http';
import { byId, SAVED_HOST, spoil } from '../saved';

const PAGE = /^\/ajl\/jobseekers\/([^/]+)\/programs\/wioa-adult(\/notes(?:\/new)?)?$/;

export const demo: DemoSystem = {
  index: '<li><a href="/ajl/jobseekers/880412/programs/wioa-adult">America\'s JobLink</a> (Program Details, Program Notes, Add Notes)</li>',
  savedPages: ({ today }) => {
    const url = `${SAVED_HOST}/ajl/jobseekers/880412/programs/wioa-adult`;
    const marisol = byId(ajl.makeAjlPeople(today), '880412');
    return [
      { file: 'program-details.html', url, html: ajl.programDetails(marisol) },
      { file: 'notes.html', url: `${url}/notes`, html: ajl.notesList(marisol) },
      { file: 'add-notes.html', url: `${url}/notes/new`, html: ajl.addNotes(marisol, today, ajl.emptyAjlValues) },
      { file: 'broken-notes-bad-dates.html', url: `${url}/notes`, html: spoil(ajl.notesList(marisol), '<td>11/05/2026</td>', '<td>13/45/2026</td>') },
    ];
  },
  start: ({ today }) => {
    const people = ajl.makeAjlPeople(today);
    return async (req, res, url) => {
      const match = PAGE.exec(url.pathname);
      if (!match) return false;
      const p = findPerson(people, decodeURIComponent(match[1] ?? ''));
      if (!p) return send(res, 404, '<html><body>Job seeker not found.</body></html>');
      const sub = match[2] ?? '';
      if (sub === '') return send(res, 200, ajl.programDetails(p));
      if (sub === '/notes/new') return send(res, 200, ajl.addNotes(p, today, ajl.emptyAjlValues));
      if (req.method !== 'POST') return send(res, 200, ajl.notesList(p, url.searchParams.get('saved') ? 'Note was successfully added.' : ''));
      const values = ajl.valuesFrom(await readForm(req));
      const date = parseUsDate(values.referenceDate);
      const error = !date
        ? 'Reference Date must be MM/DD/YYYY.'
        : !values.subject.trim()
          ? 'Subject is required.'
          : !values.contactType
            ? 'Contact Type is required.'
            : !values.notes.trim()
              ? 'Notes are required.'
              : '';
      if (error || !date) return send(res, 200, ajl.addNotes(p, today, values, error));
      p.notes.push({ date, contactType: values.contactType, subject: values.subject, author: ajl.AJL_STAFF.name, text: values.notes });
      return redirect(res, 303, `/ajl/jobseekers/${encodeURIComponent(p.id)}/programs/wioa-adult/notes?saved=1`);
    };
  },
};
