/**
 * The bundled demo systems: Missouri Toolbox and Minnesota Workforce One
 * stand-ins on 127.0.0.1. Saved notes live in memory so the save round-trip
 * really happens. `npm run demo:server` runs it alone; tests import
 * `startDemoServer`.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { format, isValid, parse, subDays } from 'date-fns';
import { makeDemoData } from './data';
import type { DemoData, DemoParticipant } from './data';
import * as toolbox from './toolbox';
import * as wf1 from './wf1';
import * as other from './other';
import * as vos from './vos';
import * as ajl from './ajl';
import * as rich from './rich';
import * as broken from './broken';
import { esc } from './html';

export const DEFAULT_PORT = 4817;
const MAX_BODY = 8 * 1024 * 1024;

export interface DemoServer {
  url: string;
  data: DemoData;
  close(): Promise<void>;
}

function parseUsDate(text: string): Date | null {
  if (!/^\d{2}\/\d{2}\/\d{4}$/.test(text.trim())) return null;
  const d = parse(text.trim(), 'MM/dd/yyyy', new Date(2000, 0, 1));
  return isValid(d) ? d : null;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(res: ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function index(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Case Note Coach demo systems</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40em; margin: 2em auto">
<h1>Demo legacy systems</h1>
<p>Stand-ins for the state systems Case Note Coach reads. Data is fictional and kept in memory.</p>
<ul>
<li><a href="/toolbox/">Missouri Toolbox</a> (frameset, 600 Case Management Contact)</li>
<li><a href="/wf1/Caseload.aspx">Minnesota Workforce One</a> (ASP.NET WebForms)</li>
<li><a href="/ajl/jobseekers/880412/programs/wioa-adult">America's JobLink</a> (Program Details, Program Notes, Add Notes)</li>
<li>Rich-text note editors: <a href="/rich/contenteditable?id=7731904">contenteditable</a>, <a href="/rich/tinymce?id=7731904">TinyMCE</a>, <a href="/rich/ckeditor4?id=7731904">CKEditor 4</a>, <a href="/rich/ckeditor5?id=7731904">CKEditor 5</a>, <a href="/rich/radlike?id=7731904">RadEditor-like</a></li>
<li><a href="/vosnet/Default.aspx">Virtual OneStop</a> (MoJobs stand-in: Summary, Activities and Case Notes tabs; ASP.NET postbacks)</li>
<li><a href="/other/vos/CaseNotes.aspx?id=7731904">Virtual OneStop-style case notes</a> and <a href="/other/iframe-note?id=7731904">a note form in an iframe</a> (for the generic adapter)</li>
</ul></body></html>`;
}

export function createDemoHandler(data: DemoData, today: Date = new Date()) {
  const find = (list: DemoParticipant[], id: string | null) => list.find((p) => p.id === id);
  // Other systems' people live beside DemoData so its shape stays as other tests know it.
  const otherPeople = other.makeOtherPeople(today);
  const vosPeople = vos.makeVosPeople(today);
  const ajlPeople = ajl.makeAjlPeople(today);

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const method = req.method ?? 'GET';

    if (path === '/' ) return send(res, 200, index());
    if (path === '/__state') return send(res, 200, JSON.stringify(data), 'application/json');

    // ---- Missouri Toolbox ----
    if (path === '/toolbox/' || path === '/toolbox') return send(res, 200, toolbox.frameset());
    if (path === '/toolbox/banner') return send(res, 200, toolbox.banner());
    if (path === '/toolbox/nav') return send(res, 200, toolbox.nav());
    if (path === '/toolbox/caseload' || path === '/toolbox/search') {
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      const people = data.toolbox.filter((p) => !q || `${p.id} ${p.first} ${p.last}`.toLowerCase().includes(q));
      return send(res, 200, toolbox.caseload(people));
    }
    if (path === '/toolbox/participant') {
      const p = find(data.toolbox, url.searchParams.get('id'));
      if (!p) return send(res, 404, '<html><body><b>CUSTOMER NOT FOUND</b></body></html>');
      return send(res, 200, toolbox.participant(p, url.searchParams.get('saved') ? 'Case note saved.' : ''));
    }
    if (path === '/toolbox/casenote/new') {
      const p = find(data.toolbox, url.searchParams.get('id'));
      if (!p) return send(res, 404, '<html><body><b>CUSTOMER NOT FOUND</b></body></html>');
      return send(res, 200, toolbox.noteForm(p, { contactType: '', contactDate: '', noteText: '' }));
    }
    if (path === '/toolbox/casenote/save' && method === 'POST') {
      const form = await readForm(req);
      const p = find(data.toolbox, form.get('customerId'));
      if (!p) return send(res, 404, '<html><body><b>CUSTOMER NOT FOUND</b></body></html>');
      // Cancel submits the same form (as in many such systems): back to the customer, nothing saved.
      if (form.has('cancel')) {
        res.writeHead(303, { location: `/toolbox/participant?id=${encodeURIComponent(p.id)}` });
        return void res.end();
      }
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
      res.writeHead(303, { location: `/toolbox/participant?id=${encodeURIComponent(p.id)}&saved=1` });
      return void res.end();
    }

    // ---- Minnesota Workforce One ----
    if (path === '/wf1/' || path === '/wf1' || path === '/wf1/Default.aspx') {
      res.writeHead(302, { location: '/wf1/Caseload.aspx' });
      return void res.end();
    }
    if (path === '/wf1/Caseload.aspx') return send(res, 200, wf1.caseload(data.wf1));
    if (path === '/wf1/Participant/Summary.aspx') {
      const p = find(data.wf1, url.searchParams.get('pid'));
      if (!p) return send(res, 404, '<html><body>Participant not found.</body></html>');
      return send(res, 200, wf1.summary(p));
    }
    if (path === '/wf1/Participant/ProgressNotes.aspx') {
      const p = find(data.wf1, url.searchParams.get('pid'));
      if (!p) return send(res, 404, '<html><body>Participant not found.</body></html>');
      const empty = { contactType: '', contactDate: '', subject: '', note: '' };
      if (method !== 'POST') return send(res, 200, wf1.progressNotes(p, { showEntry: false, values: empty }));
      const form = await readForm(req);
      const N = 'ctl00$ContentPlaceHolder1$';
      const target = form.get('__EVENTTARGET') ?? '';
      if (target === `${N}lnkAddNote`) return send(res, 200, wf1.progressNotes(p, { showEntry: true, values: empty }));
      if (target === `${N}lnkCancel` || form.has(`${N}btnCancel`)) return send(res, 200, wf1.progressNotes(p, { showEntry: false, values: empty }));
      // The header's quick search posts the page-wide form too.
      if (form.has('ctl00$btnQuickSearch')) return send(res, 200, wf1.caseload(data.wf1));
      if (form.has(`${N}btnSave`)) {
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
      }
      return send(res, 200, wf1.progressNotes(p, { showEntry: false, values: empty }));
    }

    // ---- Virtual OneStop (MoJobs stand-in): tabs post back to the same address ----
    if (path === '/vosnet/' || path === '/vosnet/Default.aspx') return send(res, 200, vos.home(vosPeople));
    if (path === '/vosnet/case/Individual.aspx') {
      const p = find(vosPeople, url.searchParams.get('id'));
      if (!p) return send(res, 404, '<html><body>Individual not found.</body></html>');
      if (method !== 'POST') return send(res, 200, vos.individual(p, 'summary'));
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
    }

    // ---- America's JobLink: Program Details, Program Notes (View All) and Add Notes ----
    const ajlPath = /^\/ajl\/jobseekers\/([^/]+)\/programs\/wioa-adult(\/notes(?:\/new)?)?$/.exec(path);
    if (ajlPath) {
      const p = find(ajlPeople, decodeURIComponent(ajlPath[1] ?? ''));
      if (!p) return send(res, 404, '<html><body>Job seeker not found.</body></html>');
      const sub = ajlPath[2] ?? '';
      if (sub === '') return send(res, 200, ajl.programDetails(p));
      if (sub === '/notes/new') return send(res, 200, ajl.addNotes(p, today, ajl.emptyAjlValues));
      if (method !== 'POST') return send(res, 200, ajl.notesList(p, url.searchParams.get('saved') ? 'Note was successfully added.' : ''));
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
      res.writeHead(303, { location: `/ajl/jobseekers/${encodeURIComponent(p.id)}/programs/wioa-adult/notes?saved=1` });
      return void res.end();
    }

    // ---- Rich-text note editors (bundled from node_modules) ----
    if (path.startsWith('/vendor/')) {
      const file = await rich.vendorFile(path);
      if (!file) return send(res, 404, 'not found', 'text/plain');
      res.writeHead(200, { 'content-type': file.type, 'cache-control': 'max-age=3600' });
      return void res.end(file.body);
    }
    if (path.startsWith('/rich/')) {
      const p = find(otherPeople, url.searchParams.get('id') ?? otherPeople[0]?.id ?? null);
      if (!p) return send(res, 404, '<html><body>No such individual.</body></html>');
      const name = path.slice('/rich/'.length);
      if (name === 'save' && method === 'POST') {
        const text = rich.plainText((await readForm(req)).get('note') ?? '');
        p.notes.push({ date: today, contactType: '', author: 'P. Okafor', text });
        return send(res, 200, rich.savedPage(text));
      }
      const editor = rich.RICH_EDITORS.find((e) => e === name);
      if (editor) return send(res, 200, rich.richPage(p, editor));
      const optOut = rich.OPT_OUTS.find((v) => `optout-${v}` === name);
      if (optOut) return send(res, 200, rich.optOutPage(p, optOut));
    }

    // ---- Other systems, for the generic adapter ----
    if (path.startsWith('/other/')) {
      const p = find(otherPeople, url.searchParams.get('id') ?? otherPeople[0]?.id ?? null);
      if (!p) return send(res, 404, '<html><body>No such individual.</body></html>');
      const saveNote = (values: other.OtherNoteValues, date: Date | null): string => {
        if (!values.contactType) return 'Contact Type is required.';
        if (!date) return 'Reference Date must be a valid date.';
        if (!values.notes.trim()) return 'Notes are required.';
        p.notes.push({ date, contactType: values.contactType, subject: values.subject, author: 'P. Okafor', text: values.notes });
        return '';
      };
      if (path === '/other/vos/CaseNotes.aspx') {
        if (method !== 'POST') return send(res, 200, other.vosCaseNotes(p, other.emptyOtherValues));
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
      if (path === '/other/iframe-note/frame') {
        if (method !== 'POST') return send(res, 200, other.iframeFrame(p, other.emptyOtherValues));
        const form = await readForm(req);
        const values = { referenceDate: form.get('when') ?? '', contactType: form.get('how') ?? '', subject: '', notes: form.get('body') ?? '' };
        const iso = /^\d{4}-\d{2}-\d{2}$/.test(values.referenceDate) ? parse(values.referenceDate, 'yyyy-MM-dd', new Date(2000, 0, 1)) : null;
        const error = saveNote(values, iso && isValid(iso) ? iso : null);
        return send(res, 200, error ? other.iframeFrame(p, values, error) : other.iframeFrame(p, other.emptyOtherValues, 'Note saved.'));
      }
    }

    // ---- Malformed pages, for the hostile-input tests ----
    if (path === '/broken/toolbox-participant') return send(res, 200, broken.participant());
    if (path === '/broken/toolbox-caseload-links') {
      return send(res, 200, broken.caseloadWithHostileLinks(`http://${req.headers.host ?? '127.0.0.1'}`, format(subDays(new Date(), 120), 'MM/dd/yyyy')));
    }
    if (path === '/broken/toolbox-caseload-huge') {
      const rows = Math.min(50_000, Math.max(1, Number(url.searchParams.get('rows')) || 10_050));
      return send(res, 200, broken.hugeCaseload(rows, format(subDays(new Date(), 120), 'MM/dd/yyyy')));
    }
    if (path === '/broken/toolbox-note') {
      if (method !== 'POST') return send(res, 200, broken.noteForm());
      return send(res, 200, broken.saved((await readForm(req)).get('noteText') ?? ''));
    }

    return send(res, 404, `<html><body>Not found: ${esc(path)}</body></html>`);
  };
}

export async function startDemoServer(options: { port?: number; today?: Date } = {}): Promise<DemoServer> {
  const today = options.today ?? new Date();
  const data = makeDemoData(today);
  const handler = createDemoHandler(data, today);
  const server = createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, `<html><body>Server error: ${esc(String(error))}</body></html>`);
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    data,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? DEFAULT_PORT);
  const server = await startDemoServer({ port });
  console.log(`Demo systems running:\n  Toolbox:      ${server.url}/toolbox/\n  Workforce One: ${server.url}/wf1/Caseload.aspx`);
}
