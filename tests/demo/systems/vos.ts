/** Virtual OneStop's demo (the MoJobs stand-in): tabs post back to the same address. */
import { findPerson, parseUsDate, readForm, send, type DemoSystem } from '../http';
import { byId, daysBefore, SAVED_HOST, spoil } from '../saved';
import * as vos from '../vos';

export const demo: DemoSystem = {
  index: '<li><a href="/vosnet/Default.aspx">Virtual OneStop</a> (MoJobs stand-in: Summary, Activities and Case Notes tabs; ASP.NET postbacks)</li>',
  savedPages: ({ today }) => {
    const url = `${SAVED_HOST}/vosnet/case/Individual.aspx?id=4417730`;
    const latoya = byId(vos.makeVosPeople(today), '4417730');
    const latoyaMore = {
      ...latoya,
      notes: [...latoya.notes, { date: daysBefore(today, 3), contactType: 'Email', subject: 'Schedule', author: 'S. Whitley', text: 'Emailed class schedule.' }],
    };
    return [
      { file: 'summary.html', url, html: vos.individual(latoya, 'summary') },
      { file: 'activities.html', url, html: vos.individual(latoya, 'activities') },
      { file: 'case-notes.html', url, html: vos.individual(latoya, 'casenotes') },
      { file: 'add-case-note.html', url, html: vos.individual(latoya, 'addnote') },
      { file: 'broken-case-notes-bad-dates.html', url, html: spoil(vos.individual(latoyaMore, 'casenotes'), '<td>11/22/2026</td>', '<td>N/A</td>') },
    ];
  },
  start: ({ today }) => {
    const people = vos.makeVosPeople(today);
    return async (req, res, url) => {
      const path = url.pathname;
      if (path === '/vosnet/' || path === '/vosnet/Default.aspx') return send(res, 200, vos.home(people));
      if (path !== '/vosnet/case/Individual.aspx') return false;
      const p = findPerson(people, url.searchParams.get('id'));
      if (!p) return send(res, 404, '<html><body>Individual not found.</body></html>');
      if (req.method !== 'POST') return send(res, 200, vos.individual(p, 'summary'));
      const form = await readForm(req);
      const tab = vos.tabFromPostback(form);
      if (tab !== 'save') return send(res, 200, vos.individual(p, tab));
      const values = vos.valuesFrom(form);
      const date = parseUsDate(values.contactDate);
      const error = !values.subject.trim()
        ? 'Subject is required.'
        : !values.contactMethod
          ? 'Contact Method is required.'
          : !date
            ? 'Contact Date must be MM/DD/YYYY.'
            : !values.note.trim()
              ? 'Case Note is required.'
              : '';
      if (error || !date) return send(res, 200, vos.individual(p, 'addnote', { values, error }));
      p.notes.push({ date, contactType: values.contactMethod, subject: values.subject, author: 'S. Whitley', text: values.note });
      return send(res, 200, vos.individual(p, 'casenotes', { message: 'The case note has been saved.' }));
    };
  },
};
