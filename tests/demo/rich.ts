/**
 * Note forms whose note box is a rich-text editor, each bundled from npm and
 * served from node_modules by the demo server (no CDN): a plain
 * contenteditable box, TinyMCE (iframe), CKEditor 4 (iframe), CKEditor 5
 * (contenteditable) and a RadEditor-like iframe (designMode, hidden field
 * filled on submit, as Telerik's does). Each form really posts: the saved
 * page shows what the server received, so a test sees whether the editor's
 * hidden field or model picked up the text.
 */
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DemoParticipant } from './data';
import { esc } from './html';

export const RICH_EDITORS = ['contenteditable', 'tinymce', 'ckeditor4', 'ckeditor5', 'radlike'] as const;
export type RichEditorName = (typeof RICH_EDITORS)[number];
/** The ways a page marks a note box "no writing help here", each on its own demo page. */
export const OPT_OUTS = ['spellcheck', 'gramm', 'readonly', 'disabled', 'iframe', 'textarea-spellcheck', 'textarea-readonly', 'textarea-disabled'] as const;

const CONTACT_TYPES = ['In Person', 'Telephone', 'Email', 'Letter'];

function form(p: DemoParticipant, editor: string, noteBox: string, foot = ''): string {
  const options = ['', ...CONTACT_TYPES].map((t) => `<option value="${esc(t)}">${t ? esc(t) : '(choose)'}</option>`).join('');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Case note (${esc(editor)})</title>
<style>body{font-family:Arial,sans-serif;font-size:14px;margin:16px;max-width:60em} .field{margin:8px 0} .field>label{display:block;font-weight:bold}
#noteBody{border:1px solid #889;min-height:160px;padding:6px;width:560px}</style>
</head><body>
<h1>${esc(p.first)} ${esc(p.last)} (${esc(p.id)})</h1>
<form method="post" action="/rich/save?editor=${esc(editor)}&amp;id=${esc(p.id)}" id="noteForm">
<div class="field"><label for="contactType">Contact Type</label><select id="contactType" name="contactType">${options}</select></div>
<div class="field"><label for="contactDate">Contact Date</label><input id="contactDate" name="contactDate" type="text" size="10"></div>
<div class="field">${noteBox}</div>
<button type="submit" name="save" value="1">Save</button>
</form>
${foot}
</body></html>`;
}

const SOURCE = '<label for="note">Case note</label><textarea id="note" name="note" rows="10" cols="70"></textarea>';

export function richPage(p: DemoParticipant, editor: RichEditorName): string {
  switch (editor) {
    case 'contenteditable':
      return form(
        p,
        editor,
        `<label id="noteLabel">Case note</label><div id="noteBody" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="noteLabel"></div><input type="hidden" name="note" id="noteHidden">`,
        `<script>document.getElementById('noteForm').addEventListener('submit', function () { document.getElementById('noteHidden').value = document.getElementById('noteBody').innerHTML; });</script>`,
      );
    case 'tinymce':
      return form(
        p,
        editor,
        SOURCE,
        `<script src="/vendor/tinymce/tinymce.min.js"></script>
<script>tinymce.init({ selector: '#note', license_key: 'gpl', menubar: false, promotion: false, branding: false, height: 260, plugins: [], toolbar: 'bold italic' });</script>`,
      );
    case 'ckeditor4':
      return form(p, editor, SOURCE, `<script src="/vendor/ckeditor4/ckeditor.js"></script>\n<script>CKEDITOR.replace('note', { versionCheck: false, height: 200 });</script>`);
    case 'ckeditor5':
      return form(
        p,
        editor,
        SOURCE,
        `<link rel="stylesheet" href="/vendor/ckeditor5/dist/browser/ckeditor5.css">
<script src="/vendor/ckeditor5/dist/browser/ckeditor5.umd.js"></script>
<script>const { ClassicEditor, Essentials, Paragraph, Bold, Italic } = CKEDITOR;
ClassicEditor.create(document.querySelector('#note'), { licenseKey: 'GPL', plugins: [Essentials, Paragraph, Bold, Italic], toolbar: ['bold', 'italic'] });</script>`,
      );
    case 'radlike':
      return radLike(p, editor, '');
  }
}

// Telerik RadEditor's shape: a content iframe in design mode, a hidden field filled on submit.
function radLike(p: DemoParticipant, editor: string, frameMark: string): string {
  return form(
    p,
    editor,
    `<label for="ctl00_Main_reNote_contentIframe">Case note</label>
<div id="ctl00_Main_reNote" class="RadEditor"><div class="reToolbar">B I U</div>
<iframe id="ctl00_Main_reNote_contentIframe" title="Rich text editor with ID ctl00_Main_reNote" frameborder="0" style="width:560px;height:200px;border:1px solid #889" ${frameMark}></iframe></div>
<input type="hidden" name="note" id="ctl00_Main_reNote_ClientState">`,
    `<script>(function () {
  var frame = document.getElementById('ctl00_Main_reNote_contentIframe');
  var doc = frame.contentDocument;
  doc.open(); doc.write('<!DOCTYPE html><html><head><style>body{font-family:Arial;font-size:14px}</style></head><body></body></html>'); doc.close();
  doc.designMode = 'on';
  document.getElementById('noteForm').addEventListener('submit', function () { document.getElementById('ctl00_Main_reNote_ClientState').value = doc.body.innerHTML; });
})();</script>`,
  );
}

const OPT_OUT_MARKS: Record<(typeof OPT_OUTS)[number], string> = {
  spellcheck: 'spellcheck="false"',
  gramm: 'data-gramm="false" data-gramm_editor="false"',
  readonly: 'aria-readonly="true"',
  disabled: 'aria-disabled="true"',
  iframe: 'data-gramm="false"',
  'textarea-spellcheck': 'spellcheck="false"',
  'textarea-readonly': 'readonly',
  'textarea-disabled': 'disabled',
};

/** A note box the page marks as "no writing help here": the coach must stay away. */
export function optOutPage(p: DemoParticipant, variant: (typeof OPT_OUTS)[number]): string {
  const mark = OPT_OUT_MARKS[variant];
  const name = `optout-${variant}`;
  if (variant === 'iframe') return radLike(p, name, mark);
  if (variant.startsWith('textarea-')) return form(p, name, `<label for="note">Case note</label><textarea id="note" name="note" rows="10" cols="70" ${mark}></textarea>`);
  return form(p, name, `<label id="noteLabel">Case note</label><div id="noteBody" contenteditable="true" role="textbox" aria-labelledby="noteLabel" ${mark}></div>`);
}

/** What the server got, as text: the editor's HTML with tags dropped. */
export function plainText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .trim();
}

export function savedPage(text: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Saved</title></head><body>
<p role="status">Note saved.</p><pre id="savedNote">${esc(text)}</pre></body></html>`;
}

const NODE_MODULES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules');
const VENDORED = new Set(['tinymce', 'ckeditor4', 'ckeditor5']);
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.html': 'text/html; charset=utf-8',
};

/** A file of a bundled editor package, or null: only those packages, never a path outside them. */
export async function vendorFile(path: string): Promise<{ body: Buffer; type: string } | null> {
  const m = /^\/vendor\/([a-z0-9]+)\/(.+)$/.exec(path);
  if (!m || !VENDORED.has(m[1] ?? '')) return null;
  const root = join(NODE_MODULES, m[1] ?? '');
  const file = normalize(join(root, decodeURIComponent(m[2] ?? '')));
  if (!file.startsWith(root + sep)) return null;
  try {
    return { body: await readFile(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
