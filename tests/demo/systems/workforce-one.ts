/** Minnesota Workforce One's demo: ASP.NET WebForms pages that post back to themselves. */
import { findPerson, parseUsDate, readForm, redirect, send, type DemoSystem } from '../http';
import { byId, daysBefore, SAVED_HOST as HOST, spoil } from '../saved';
import * as wf1 from '../wf1';

const NOT_FOUND = '<html><body>Participant not found.</body></html>';

export const demo: DemoSystem = {
  index: '<li><a href="/wf1/Caseload.aspx">Minnesota Workforce One</a> (ASP.NET WebForms)</li>',
  screenshots: [
    { name: 'wf1-caseload', path: '/wf1/Caseload.aspx' },
    { name: 'wf1-summary', path: '/wf1/Participant/Summary.aspx?pid=MN-448120' },
    {
      name: 'wf1-progress-notes',
      path: '/wf1/Participant/ProgressNotes.aspx?pid=MN-448120',
      note: { open: '#ctl00_ContentPlaceHolder1_lnkAddNote', field: '#ctl00_ContentPlaceHolder1_txtNote', text: 'Left voicemail for Tomas about his GED test, no answer.' },
    },
  ],
  savedPages: ({ data, today }) => {
    const empty = { contactType: '', contactDate: '', subject: '', note: '' };
    const notes = `${HOST}/wf1/Participant/ProgressNotes.aspx?pid=MN-448120`;
    const tomas = byId(data.wf1, 'MN-448120');
    const tomasMore = {
      ...tomas,
      notes: [
        ...tomas.notes,
        { date: daysBefore(today, 20), contactType: 'Telephone', subject: 'Check-in', author: 'R. Haugen', text: 'TC, doing well.' },
        { date: daysBefore(today, 5), contactType: 'Text Message', subject: 'Reminder', author: 'R. Haugen', text: 'Texted a reminder.' },
      ],
    };
    const hostile = { ...tomas, id: 'MN-450001', first: '<img src=x onerror=alert(1)>', last: '"><script>alert(2)</script>', activities: [], plannedGaps: [], notes: [] };
    return [
      { file: 'caseload.html', url: `${HOST}/wf1/Caseload.aspx`, html: wf1.caseload(data.wf1) },
      { file: 'summary.html', url: `${HOST}/wf1/Participant/Summary.aspx?pid=MN-448377`, html: wf1.summary(byId(data.wf1, 'MN-448377')) },
      { file: 'progress-notes.html', url: notes, html: wf1.progressNotes(tomas, { showEntry: false, values: empty }) },
      { file: 'progress-notes-entry.html', url: notes, html: wf1.progressNotes(tomas, { showEntry: true, values: empty }) },
      { file: 'broken-caseload-empty.html', url: `${HOST}/wf1/Caseload.aspx`, html: wf1.caseload([]) },
      {
        file: 'broken-progress-notes-bad-dates.html',
        url: notes,
        html: spoil(spoil(wf1.progressNotes(tomasMore, { showEntry: false, values: empty }), '<td>11/20/2026</td>', '<td>N/A</td>'), '<td>11/05/2026</td>', '<td>13/45/2026</td>'),
      },
      { file: 'broken-summary-hostile.html', url: `${HOST}/wf1/Participant/Summary.aspx?pid=MN-450001`, html: wf1.summary(hostile) },
    ];
  },
  start: ({ data }) =>
    async (req, res, url) => {
      const path = url.pathname;
      if (path === '/wf1/' || path === '/wf1' || path === '/wf1/Default.aspx') return redirect(res, 302, '/wf1/Caseload.aspx');
      if (path === '/wf1/Caseload.aspx') return send(res, 200, wf1.caseload(data.wf1));
      if (path === '/wf1/Participant/Summary.aspx') {
        const p = findPerson(data.wf1, url.searchParams.get('pid'));
        if (!p) return send(res, 404, NOT_FOUND);
        return send(res, 200, wf1.summary(p));
      }
      if (path !== '/wf1/Participant/ProgressNotes.aspx') return false;
      const p = findPerson(data.wf1, url.searchParams.get('pid'));
      if (!p) return send(res, 404, NOT_FOUND);
      const empty = { contactType: '', contactDate: '', subject: '', note: '' };
      if (req.method !== 'POST') return send(res, 200, wf1.progressNotes(p, { showEntry: false, values: empty }));
      const form = await readForm(req);
      const N = 'ctl00$ContentPlaceHolder1$';
      const target = form.get('__EVENTTARGET') ?? '';
      if (target === `${N}lnkAddNote`) return send(res, 200, wf1.progressNotes(p, { showEntry: true, values: empty }));
      if (target === `${N}lnkCancel` || form.has(`${N}btnCancel`)) return send(res, 200, wf1.progressNotes(p, { showEntry: false, values: empty }));
      // The header's quick search posts the page-wide form too.
      if (form.has('ctl00$btnQuickSearch')) return send(res, 200, wf1.caseload(data.wf1));
      if (!form.has(`${N}btnSave`)) return send(res, 200, wf1.progressNotes(p, { showEntry: false, values: empty }));
      const values = {
        contactType: form.get(`${N}ddlContactType`) ?? '',
        contactDate: form.get(`${N}txtContactDate`) ?? '',
        subject: form.get(`${N}txtSubject`) ?? '',
        note: form.get(`${N}txtNote`) ?? '',
      };
      const date = parseUsDate(values.contactDate);
      const error = !values.contactType
        ? 'Contact Type is required.'
        : !date
          ? 'Contact Date must be a valid date (mm/dd/yyyy).'
          : !values.note.trim()
            ? 'Progress Note is required.'
            : '';
      if (error || !date) return send(res, 200, wf1.progressNotes(p, { showEntry: true, values, error }));
      p.notes.push({ date, contactType: values.contactType, subject: values.subject, author: 'R. Haugen', text: values.note });
      return send(res, 200, wf1.progressNotes(p, { showEntry: false, values: empty, message: 'Progress note saved.' }));
    },
};
