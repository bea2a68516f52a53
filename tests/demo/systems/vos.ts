/** Virtual OneStop's demo (the MoJobs stand-in): tabs post back to the same address. */
import { findPerson, parseUsDate, readForm, send, type DemoSystem } from '../http';
import * as vos from '../vos';

export const demo: DemoSystem = {
  index: '<li><a href="/vosnet/Default.aspx">Virtual OneStop</a> (MoJobs stand-in: Summary, Activities and Case Notes tabs; ASP.NET postbacks)</li>',
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
