/**
 * The fallback reader's demo: other systems' note forms (a Virtual OneStop-style page the VOS reader
 * does not claim, a note form in an iframe) and rich-text note editors bundled from node_modules.
 */
import { isValid, parse } from 'date-fns';
import { findPerson, parseUsDate, readForm, send, type DemoSystem } from '../http';
import * as other from '../other';
import * as rich from '../rich';
import { byId, SAVED_HOST as HOST } from '../saved';
import { LOGIN, MODERN, SEARCH } from '../../fixtures/generic-pages';

const editorLinks = [
  ['contenteditable', 'contenteditable'],
  ['tinymce', 'TinyMCE'],
  ['ckeditor4', 'CKEditor 4'],
  ['ckeditor5', 'CKEditor 5'],
  ['radlike', 'RadEditor-like'],
] as const satisfies readonly (readonly [rich.RichEditorName, string])[];

export const demo: DemoSystem = {
  index: [
    `<li>Rich-text note editors: ${editorLinks.map(([path, name]) => `<a href="/rich/${path}?id=7731904">${name}</a>`).join(', ')}</li>`,
    '<li><a href="/other/vos/CaseNotes.aspx?id=7731904">Virtual OneStop-style case notes</a>, <a href="/other/iframe-note?id=7731904">a note form in an iframe</a>, <a href="/other/modal-note?id=7731904">one in a dialog</a> and <a href="/other/shadow-note?id=7731904">one a web component draws in its shadow root</a> (for the generic adapter)</li>',
  ].join('\n'),
  // The fallback's own demo pages, and hand-written pages of systems with no demo (a modern app's note form, a login and a search page to leave alone).
  savedPages: ({ today }) => {
    const renee = byId(other.makeOtherPeople(today), '7731904');
    return [
      { file: 'vos-case-notes.html', url: `${HOST}/other/vos/CaseNotes.aspx?id=7731904`, html: other.vosCaseNotes(renee, other.emptyOtherValues) },
      { file: 'iframe-host.html', url: `${HOST}/other/iframe-note?id=7731904`, html: other.iframeHost(renee) },
      { file: 'iframe-frame.html', url: `${HOST}/other/iframe-note/frame?id=7731904`, html: other.iframeFrame(renee, other.emptyOtherValues) },
      { file: 'modern-div.html', url: 'https://cases.example.org/participants/5521/notes/new', html: MODERN },
      { file: 'login.html', url: 'https://cases.example.org/login', html: LOGIN },
      { file: 'search.html', url: 'https://cases.example.org/search?q=smith', html: SEARCH },
    ];
  },
  start: ({ today }) => {
    const people = other.makeOtherPeople(today);
    return async (req, res, url) => {
      const path = url.pathname;
      if (path.startsWith('/vendor/')) {
        const file = await rich.vendorFile(path);
        if (!file) return send(res, 404, 'not found', 'text/plain');
        res.writeHead(200, { 'content-type': file.type, 'cache-control': 'max-age=3600' });
        res.end(file.body);
        return true;
      }
      if (!path.startsWith('/rich/') && !path.startsWith('/other/')) return false;
      const p = findPerson(people, url.searchParams.get('id') ?? people[0]?.id ?? null);
      if (!p) return send(res, 404, '<html><body>No such individual.</body></html>');

      if (path.startsWith('/rich/')) {
        const name = path.slice('/rich/'.length);
        if (name === 'save' && req.method === 'POST') {
          const text = rich.plainText((await readForm(req)).get('note') ?? '');
          p.notes.push({ date: today, contactType: '', author: 'P. Okafor', text });
          return send(res, 200, rich.savedPage(text));
        }
        const editor = rich.RICH_EDITORS.find((e) => e === name);
        if (editor) return send(res, 200, rich.richPage(p, editor));
        const optOut = rich.OPT_OUTS.find((v) => `optout-${v}` === name);
        if (optOut) return send(res, 200, rich.optOutPage(p, optOut));
        return false;
      }

      const saveNote = (values: other.OtherNoteValues, date: Date | null): string => {
        if (!values.contactType) return 'Contact Type is required.';
        if (!date) return 'Reference Date must be a valid date.';
        if (!values.notes.trim()) return 'Notes are required.';
        p.notes.push({ date, contactType: values.contactType, subject: values.subject, author: 'P. Okafor', text: values.notes });
        return '';
      };
      if (path === '/other/vos/CaseNotes.aspx') {
        if (req.method !== 'POST') return send(res, 200, other.vosCaseNotes(p, other.emptyOtherValues));
        const form = await readForm(req);
        const V = 'ctl00$Main$content$';
        if (!form.has(`${V}btnSave`)) return send(res, 200, other.vosCaseNotes(p, other.emptyOtherValues));
        const values = {
          referenceDate: form.get(`${V}txtReferenceDate`) ?? '',
          contactType: form.get(`${V}ddlContactType`) ?? '',
          subject: form.get(`${V}txtSubject`) ?? '',
          notes: form.get(`${V}txtNotes`) ?? '',
        };
        const error = saveNote(values, parseUsDate(values.referenceDate));
        return send(res, 200, error ? other.vosCaseNotes(p, values, error) : other.vosCaseNotes(p, other.emptyOtherValues, 'Case note saved.'));
      }
      if (path === '/other/iframe-note') return send(res, 200, other.iframeHost(p));
      if (path === '/other/modal-note') return send(res, 200, other.modalNote(p));
      if (path === '/other/shadow-note') {
        if (req.method !== 'POST') return send(res, 200, other.shadowNote(p));
        const form = await readForm(req);
        const values = { referenceDate: form.get('when') ?? '', contactType: form.get('how') ?? '', subject: '', notes: form.get('body') ?? '' };
        const error = saveNote(values, parseUsDate(values.referenceDate));
        return send(res, 200, other.shadowNote(p, error || 'Note saved.'));
      }
      if (path === '/other/iframe-note/frame') {
        if (req.method !== 'POST') return send(res, 200, other.iframeFrame(p, other.emptyOtherValues));
        const form = await readForm(req);
        const values = { referenceDate: form.get('when') ?? '', contactType: form.get('how') ?? '', subject: '', notes: form.get('body') ?? '' };
        const iso = /^\d{4}-\d{2}-\d{2}$/.test(values.referenceDate) ? parse(values.referenceDate, 'yyyy-MM-dd', new Date(2000, 0, 1)) : null;
        const error = saveNote(values, iso && isValid(iso) ? iso : null);
        return send(res, 200, error ? other.iframeFrame(p, values, error) : other.iframeFrame(p, other.emptyOtherValues, 'Note saved.'));
      }
      return false;
    };
  },
};
