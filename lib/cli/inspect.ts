/**
 * `npm run --silent cli -- inspect <page.html> [--url URL] [--format json|text]`
 *
 * Shows what Case Note Coach reads from a saved page: which system, which
 * page, the participant, contacts, caseload, the note form it would bind to,
 * and anything it could not read. For checking a new agency's pages before
 * anyone relies on the warnings.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readPage } from '../systems';
import type { PageRead } from '../adapters/index';
import { escapeControls, jsonSafe, mapStrings, masker } from './safe';
import { usDate } from '../words';

export const summary = 'show what Case Note Coach reads from a saved page';

const USAGE = `usage: cli inspect <page.html> [--url URL] [--format json|text] [--show-pii]

  --url URL        the address the page was saved from (default: the file's own file:// URL);
                   matters for links and for hosts a system is known by
  --format FORMAT  json (default) or text
  --show-pii       print SSNs and dates of birth unmasked (default: ***-**-6789)
  -h, --help       this help
`;

const MAX_BYTES = 20 * 1024 * 1024;

interface Options {
  file: string;
  url: string | null;
  format: 'json' | 'text';
  showPii: boolean;
}

function parseArgs(args: string[]): Options | string {
  let file: string | null = null;
  let url: string | null = null;
  let format: 'json' | 'text' = 'json';
  let showPii = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const value = (name: string) => {
      const inline = arg.startsWith(`${name}=`) ? arg.slice(name.length + 1) : null;
      if (inline !== null) return inline;
      i++;
      return args[i] ?? null;
    };
    if (arg === '--url' || arg.startsWith('--url=')) {
      url = value('--url');
      if (!url) return '--url needs an address, e.g. --url https://toolbox.mo.gov/participant?id=1';
      try {
        new URL(url);
      } catch {
        return `--url "${url}" is not a full address (include https://).`;
      }
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const f = value('--format');
      if (f !== 'json' && f !== 'text') return `--format must be json or text, not "${f ?? ''}".`;
      format = f;
    } else if (arg === '--show-pii') {
      showPii = true;
    } else if (arg.startsWith('-')) {
      return `unknown option ${arg}`;
    } else if (file === null) {
      file = arg;
    } else {
      return `only one page at a time (got "${file}" and "${arg}")`;
    }
  }
  if (!file) return 'which page? Give the path of a saved .html file.';
  return { file, url, format, showPii };
}

const dash = (value: string | null | undefined) => value ?? '—';
const clip = (value: string, n = 70) => (value.length > n ? `${value.slice(0, n - 1)}…` : value);

export function formatText(read: PageRead): string {
  const lines: string[] = [`System: ${read.system}   Page: ${read.page}`];
  const p = read.participant;
  if (p) {
    lines.push(`Participant: ${p.name || '(no name)'} (${p.id})${p.planType ? `, plan ${p.planType}` : ''}`);
    if (p.activitiesShown) {
      lines.push(`  Activities (${p.activities.length}):`);
      for (const a of p.activities) lines.push(`    ${a.code ? `${a.code} ` : ''}${a.name}: ${dash(a.startDate && usDate(a.startDate))} to ${dash(a.endDate && usDate(a.endDate))}`);
      lines.push(`  Planned gaps (${p.plannedGaps.length}):`);
      for (const g of p.plannedGaps) lines.push(`    ${usDate(g.start)} to ${usDate(g.end)}${g.reason ? ` (${g.reason})` : ''}`);
    } else {
      lines.push('  Activities: not shown on this page');
    }
  }
  if (read.contacts.length || read.page === 'participant' || read.page === 'case-notes') {
    lines.push(`Contacts (${read.contacts.length}):`);
    for (const c of read.contacts) {
      const kind = c.contactType ?? 'not a counted type';
      lines.push(`  ${usDate(c.date)}  ${c.contactTypeText || '(no type)'} [${kind}]${c.serviceCode ? `  ${c.serviceCode}` : ''}  ${c.author}`);
      lines.push(`    ${clip(c.subject ? `${c.subject}: ${c.text}` : c.text)}`);
    }
  }
  if (read.page === 'caseload') {
    lines.push(`Caseload (${read.caseload.length}):`);
    for (const e of read.caseload) {
      lines.push(`  ${e.id}  ${e.name}  last contact ${dash(e.lastContactDate && usDate(e.lastContactDate))}${e.activity ? `  ${e.activity}` : ''}`);
    }
  }
  const ed = read.editor;
  if (ed) {
    lines.push('Note form:');
    lines.push(`  note box:     ${ed.noteField} (${ed.kind ?? 'textarea'})`);
    lines.push(`  contact type: ${dash(ed.contactTypeField)}`);
    lines.push(`  date:         ${dash(ed.dateField)}`);
    lines.push(`  save:         ${dash(ed.submitControl)}`);
    if (ed.participantId) lines.push(`  participant:  ${ed.participantId}`);
  } else {
    lines.push('Note form: none on this page');
  }
  lines.push(read.problems.length ? `Problems (${read.problems.length}):` : 'Problems: none');
  for (const problem of read.problems) lines.push(`  - ${problem}`);
  return `${lines.join('\n')}\n`;
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`inspect: ${options}\n\n${USAGE}`);
    return 2;
  }
  const path = resolve(options.file);
  let html: string;
  try {
    // A saved page is well under this; anything bigger is the wrong file.
    if ((await stat(path)).size > MAX_BYTES) {
      process.stderr.write(`inspect: ${options.file} is larger than 20 MB; is it really a saved page?\n`);
      return 2;
    }
    html = await readFile(path, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'that is a folder, not a page' : code === 'EACCES' ? 'permission denied' : 'could not read it';
    process.stderr.write(`inspect: can't open ${options.file}: ${why}\n`);
    return 2;
  }
  // Read as HTML, either would give an empty answer that looks like "nothing recognised on the page".
  if (/^(From: <Saved by |MIME-Version:)/i.test(html.trimStart()) || /^Content-Type:\s*multipart\/related/im.test(html.slice(0, 2000))) {
    process.stderr.write(
      `inspect: ${options.file} is a single-file web archive (MHTML); save the page as "Web Page, HTML only" (or "Webpage, Complete") and inspect the .html file.\n`,
    );
    return 2;
  }
  if (html.includes('\u0000')) {
    process.stderr.write(`inspect: ${options.file} is not a web page (it holds binary data); save the page from the browser as HTML and try again.\n`);
    return 2;
  }
  const url = options.url ?? pathToFileURL(path).href;
  // Scripts stay off: a saved page is data to read, never code to run.
  // Loaded here, not at the top: jsdom takes longer to load than everything else, and --help needs none of it.
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM(html, { url });
  try {
    // What the page holds is shown masked (SSNs, dates of birth) and, as text, with control characters escaped.
    const mask = masker(options);
    const read = mapStrings(readPage(dom.window.document, url), mask);
    const { system, page, participant, contacts, caseload, problems } = read;
    // The editor kind is always named (textarea, contenteditable, iframe), so IT can tell how the note box was found.
    const editor = read.editor ? { ...read.editor, kind: read.editor.kind ?? 'textarea' } : null;
    process.stdout.write(
      options.format === 'json'
        ? `${jsonSafe(JSON.stringify({ system, page, participant, contacts, editor, caseload, problems }, null, 2))}\n`
        : formatText(mapStrings(read, (v) => escapeControls(v))),
    );
    return 0;
  } finally {
    dom.window.close();
  }
}
