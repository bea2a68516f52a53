/** Missouri Toolbox's demo (a frameset, the 600 Case Management Contact form), and broken Toolbox pages for the hostile-input tests. */
import { format, subDays } from 'date-fns';
import * as broken from '../broken';
import { findPerson, parseUsDate, readForm, redirect, send, type DemoSystem } from '../http';
import { byId, daysBefore, SAVED_HOST as HOST, spoil } from '../saved';
import * as toolbox from '../toolbox';

const NOT_FOUND = '<html><body><b>CUSTOMER NOT FOUND</b></body></html>';

export const demo: DemoSystem = {
  index: '<li><a href="/toolbox/">Missouri Toolbox</a> (frameset, 600 Case Management Contact)</li>',
  screenshots: [
    { name: 'toolbox-caseload', path: '/toolbox/' },
    { name: 'toolbox-participant-2', path: '/toolbox/participant?id=100871' },
    { name: 'toolbox-participant', path: '/toolbox/participant?id=100234' },
    {
      name: 'toolbox-new-note',
      path: '/toolbox/casenote/new?id=100234',
      // An unsuccessful call typed as if it were a contact.
      note: {
        type: { select: '#contactType', value: 'Telephone' },
        date: '#contactDate',
        field: '#noteText',
        text: 'Called customer about her CNA clinicals, no answer. LM asking her to call back.',
      },
    },
  ],
  savedPages: ({ data, today }) => {
    const dana = byId(data.toolbox, '100234');
    const danaMore = {
      ...dana,
      notes: [...dana.notes, { date: daysBefore(today, 30), contactType: 'Face to Face', author: 'J. Moreno', text: 'OV. Clinicals started.' }],
    };
    return [
      { file: 'frameset.html', url: `${HOST}/toolbox/`, html: toolbox.frameset() },
      { file: 'banner.html', url: `${HOST}/toolbox/banner`, html: toolbox.banner() },
      { file: 'nav.html', url: `${HOST}/toolbox/nav`, html: toolbox.nav() },
      { file: 'caseload.html', url: `${HOST}/toolbox/caseload`, html: toolbox.caseload(data.toolbox) },
      { file: 'participant.html', url: `${HOST}/toolbox/participant?id=100234`, html: toolbox.participant(dana) },
      { file: 'participant-no-notes.html', url: `${HOST}/toolbox/participant?id=102003`, html: toolbox.participant(byId(data.toolbox, '102003')) },
      { file: 'note-editor.html', url: `${HOST}/toolbox/casenote/new?id=100234`, html: toolbox.noteForm(dana, { contactType: '', contactDate: '', noteText: '' }) },
      { file: 'broken-caseload-empty.html', url: `${HOST}/toolbox/caseload`, html: toolbox.caseload([]) },
      {
        file: 'broken-participant-bad-dates.html',
        url: `${HOST}/toolbox/participant?id=100234`,
        html: spoil(
          spoil(spoil(toolbox.participant(danaMore), '<td nowrap>10/26/2026</td>', '<td nowrap>N/A</td>'), '<td nowrap>08/22/2026</td>', '<td nowrap>13/45/2026</td>'),
          '<td>01/24/2027</td>',
          '<td>TBD</td>',
        ),
      },
      {
        file: 'broken-participant-no-note-table.html',
        url: `${HOST}/toolbox/participant?id=100234`,
        html: toolbox.participant(dana).replace(/<table id="caseNoteGrid"[\s\S]*?<\/table>/, ''),
      },
    ];
  },
  start: ({ data }) =>
    async (req, res, url) => {
      const path = url.pathname;
      if (path === '/toolbox/' || path === '/toolbox') return send(res, 200, toolbox.frameset());
      if (path === '/toolbox/banner') return send(res, 200, toolbox.banner());
      if (path === '/toolbox/nav') return send(res, 200, toolbox.nav());
      if (path === '/toolbox/caseload' || path === '/toolbox/search') {
        const q = (url.searchParams.get('q') ?? '').toLowerCase();
        const people = data.toolbox.filter((p) => !q || `${p.id} ${p.first} ${p.last}`.toLowerCase().includes(q));
        return send(res, 200, toolbox.caseload(people));
      }
      if (path === '/toolbox/participant') {
        const p = findPerson(data.toolbox, url.searchParams.get('id'));
        if (!p) return send(res, 404, NOT_FOUND);
        return send(res, 200, toolbox.participant(p, url.searchParams.get('saved') ? 'Case note saved.' : ''));
      }
      if (path === '/toolbox/casenote/new') {
        const p = findPerson(data.toolbox, url.searchParams.get('id'));
        if (!p) return send(res, 404, NOT_FOUND);
        return send(res, 200, toolbox.noteForm(p, { contactType: '', contactDate: '', noteText: '' }));
      }
      if (path === '/toolbox/casenote/save' && req.method === 'POST') {
        const form = await readForm(req);
        const p = findPerson(data.toolbox, form.get('customerId'));
        if (!p) return send(res, 404, NOT_FOUND);
        // Cancel submits the same form (as in many such systems): back to the customer, nothing saved.
        if (form.has('cancel')) return redirect(res, 303, `/toolbox/participant?id=${encodeURIComponent(p.id)}`);
        const values = {
          contactType: form.get('contactType') ?? '',
          contactDate: form.get('contactDate') ?? '',
          noteText: form.get('noteText') ?? '',
        };
        const date = parseUsDate(values.contactDate);
        const error = !toolbox.TOOLBOX_CONTACT_TYPES.includes(values.contactType)
          ? 'CONTACT TYPE IS REQUIRED.'
          : !date
            ? 'CONTACT DATE MUST BE MM/DD/YYYY.'
            : !values.noteText.trim()
              ? 'CASE NOTE TEXT IS REQUIRED.'
              : '';
        if (error || !date) return send(res, 200, toolbox.noteForm(p, values, error));
        p.notes.push({ date, contactType: values.contactType, author: 'J. Moreno', text: values.noteText });
        return redirect(res, 303, `/toolbox/participant?id=${encodeURIComponent(p.id)}&saved=1`);
      }

      // Malformed Toolbox pages, for the hostile-input tests.
      if (path === '/broken/toolbox-participant') return send(res, 200, broken.participant());
      if (path === '/broken/toolbox-caseload-links') {
        return send(res, 200, broken.caseloadWithHostileLinks(`http://${req.headers.host ?? '127.0.0.1'}`, format(subDays(new Date(), 120), 'MM/dd/yyyy')));
      }
      if (path === '/broken/toolbox-caseload-huge') {
        const rows = Math.min(50_000, Math.max(1, Number(url.searchParams.get('rows')) || 10_050));
        return send(res, 200, broken.hugeCaseload(rows, format(subDays(new Date(), 120), 'MM/dd/yyyy')));
      }
      if (path === '/broken/toolbox-note') {
        if (req.method !== 'POST') return send(res, 200, broken.noteForm());
        return send(res, 200, broken.saved((await readForm(req)).get('noteText') ?? ''));
      }
      return false;
    },
};
