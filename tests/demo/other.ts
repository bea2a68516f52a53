/**
 * Two more systems, built differently from Toolbox and Workforce One, for the
 * generic adapter: a Virtual OneStop-style ASP.NET "Case Notes" tab, and a
 * page whose note form lives in an iframe. Both really save.
 */
import { subDays } from 'date-fns';
import type { DemoParticipant } from './data';
import { usDate } from './data';
import { esc } from './html';

export function makeOtherPeople(today: Date): DemoParticipant[] {
  return [
    {
      id: '7731904',
      first: 'Renee',
      last: 'Castellanos',
      program: 'WIOA Adult',
      planType: 'IEP',
      activities: [],
      plannedGaps: [],
      notes: [
        {
          date: subDays(today, 33),
          contactType: 'Office Visit',
          subject: 'IEP review',
          author: 'P. Okafor',
          text: 'Office visit. Reviewed IEP goals; customer enrolled in medical billing course starting next month. Next contact in 30 days.',
        },
      ],
    },
  ];
}

export const VOS_CONTACT_TYPES = ['Office Visit', 'Phone', 'Email', 'Letter', 'Text Message', 'Other'];
const V = 'ctl00_Main_content_';
const VN = 'ctl00$Main$content$';

export interface OtherNoteValues {
  referenceDate: string;
  contactType: string;
  subject: string;
  notes: string;
}
export const emptyOtherValues: OtherNoteValues = { referenceDate: '', contactType: '', subject: '', notes: '' };

function noteList(p: DemoParticipant): string {
  return [...p.notes]
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .map(
      (n) => `<tr><td>${usDate(n.date)}</td><td>${esc(n.contactType)}</td><td>${esc(n.subject ?? '')}</td><td>${esc(n.author)}</td><td>${esc(n.text)}</td></tr>`,
    )
    .join('\n');
}

/** Virtual OneStop-style: tabs across the top, a Case Notes tab with a form. */
export function vosCaseNotes(p: DemoParticipant, values: OtherNoteValues, message = ''): string {
  const options = ['', ...VOS_CONTACT_TYPES]
    .map((t) => `<option value="${esc(t)}"${t === values.contactType ? ' selected="selected"' : ''}>${t ? esc(t) : '-- Select One --'}</option>`)
    .join('');
  return `<!DOCTYPE html>
<html lang="en"><head><title>Virtual OneStop - Case Notes</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;font-size:13px} .tabs a{padding:4px 10px;border:1px solid #99a} .tabs a.active{background:#dde} label{display:inline-block;width:130px;font-weight:600}</style>
</head><body>
<form method="post" action="./CaseNotes.aspx?id=${esc(p.id)}" id="form1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY3NzQ0MzQ2Mg9kFgJmD2QWAgIDD2QWAgIBD2QWAg" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<div id="ctl00_Header"><b>Virtual OneStop</b> &mdash; Staff Workspace
 <input type="text" name="ctl00$Header$txtQuickSearch" id="ctl00_Header_txtQuickSearch" placeholder="Search individuals" size="20" /> <input type="submit" name="ctl00$Header$btnSearch" value="Search" /></div>
<h1 id="${V}lblName">${esc(p.first)} ${esc(p.last)} (${esc(p.id)})</h1>
<div class="tabs"><a href="#">General Profile</a> <a href="#">Programs</a> <a class="active" href="./CaseNotes.aspx?id=${esc(p.id)}">Case Notes</a> <a href="#">Services</a></div>
${message ? `<p id="${V}lblMessage" role="status">${esc(message)}</p>` : ''}
<fieldset><legend>Create Case Note</legend>
<div><label for="${V}txtReferenceDate">Reference Date</label><input type="text" name="${VN}txtReferenceDate" id="${V}txtReferenceDate" value="${esc(values.referenceDate)}" size="10" /></div>
<div><label for="${V}txtRecontactDate">Recontact Date</label><input type="text" name="${VN}txtRecontactDate" id="${V}txtRecontactDate" value="" size="10" /></div>
<div><label for="${V}ddlContactType">Contact Type</label><select name="${VN}ddlContactType" id="${V}ddlContactType">${options}</select></div>
<div><label for="${V}txtSubject">Subject</label><input type="text" name="${VN}txtSubject" id="${V}txtSubject" value="${esc(values.subject)}" size="60" /></div>
<div><label for="${V}txtNotes">Notes</label><br /><textarea name="${VN}txtNotes" id="${V}txtNotes" rows="8" cols="80">${esc(values.notes)}</textarea></div>
<div><input type="submit" name="${VN}btnSave" id="${V}btnSave" value="Save Case Note" /> <input type="submit" name="${VN}btnCancel" id="${V}btnCancel" value="Cancel" /></div>
</fieldset>
<h2>Chronological Case History</h2>
<table id="${V}gvHistory"><tr><th>Reference Date</th><th>Contact Type</th><th>Subject</th><th>Staff</th><th>Notes</th></tr>
${noteList(p) || '<tr><td colspan="5">No case notes.</td></tr>'}
</table>
</form>
</body></html>`;
}

/** A modern portal page that shows its note form inside an iframe. */
export function iframeHost(p: DemoParticipant): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Participant Portal - ${esc(p.first)} ${esc(p.last)}</title></head>
<body>
<header><nav aria-label="Main"><a href="#">Home</a> <a href="#">Participants</a></nav>
<form role="search" action="#"><input type="search" name="q" aria-label="Search participants"></form></header>
<main><h1>${esc(p.first)} ${esc(p.last)}</h1>
<iframe id="noteFrame" title="Case note entry" src="/other/iframe-note/frame?id=${esc(p.id)}" width="800" height="520"></iframe>
</main></body></html>`;
}

/** The iframe's own document: div/label/aria markup, no tables. */
export function iframeFrame(p: DemoParticipant, values: OtherNoteValues, message = ''): string {
  const options = ['', 'In Person', 'Phone', 'Email', 'Letter']
    .map((t) => `<option value="${esc(t)}"${t === values.contactType ? ' selected' : ''}>${t ? esc(t) : 'Choose…'}</option>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Case note entry</title>
<style>.field{display:flex;flex-direction:column;margin:.5rem 0}</style></head>
<body>
${message ? `<div role="status">${esc(message)}</div>` : ''}
<form method="post" action="/other/iframe-note/frame?id=${esc(p.id)}" class="note-form">
  <div class="field"><span id="lbl-when">When did the contact happen?</span><input type="date" name="when" aria-labelledby="lbl-when" value="${esc(values.referenceDate)}"></div>
  <div class="field"><span id="lbl-how">How</span><select name="how" aria-labelledby="lbl-how">${options}</select></div>
  <div class="field"><span id="lbl-body">Case narrative</span><textarea name="body" aria-labelledby="lbl-body" style="height: 180px">${esc(values.notes)}</textarea></div>
  <div class="actions"><button type="button" class="secondary">Discard</button> <button class="primary">Save note</button></div>
</form>
<section aria-label="Earlier notes"><ul>
${[...p.notes].sort((a, b) => b.date.getTime() - a.date.getTime()).map((n) => `<li><time>${usDate(n.date)}</time> ${esc(n.contactType)}: ${esc(n.text)}</li>`).join('\n')}
</ul></section>
</body></html>`;
}

/**
 * A note form in a dialog that is in the page from the start, hidden, and opened by a class change
 * (as Bootstrap-style modals do): nothing is added to the page when it opens.
 */
export function modalNote(p: DemoParticipant): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(p.first)} ${esc(p.last)} - Case file</title>
<style>.modal{display:none}.modal.show{display:block}</style></head>
<body>
<main><h1>${esc(p.first)} ${esc(p.last)} (${esc(p.id)})</h1>
<button type="button" id="open-note" onclick="document.getElementById('note-modal').classList.add('show')">Add case note</button></main>
<div class="modal" id="note-modal" role="dialog" aria-modal="true" aria-labelledby="note-h">
  <h2 id="note-h">New case note</h2>
  <form method="post" action="#">
    <label for="m-type">Contact type</label><select id="m-type"><option></option><option>In Person</option><option>Phone</option><option>Email</option></select>
    <label for="m-date">Contact date</label><input id="m-date" name="contactDate">
    <label for="m-note">Case note</label><textarea id="m-note" name="note" rows="8" cols="70"></textarea>
    <button type="submit">Save note</button>
  </form>
</div>
</body></html>`;
}

/**
 * A note form a web component draws in its open shadow root, as newer systems' forms are: its label, contact type,
 * date, note box and Save are all inside <case-note-form>; the page around it names the participant. The form posts
 * as any form does (`how`, `when`, `body`).
 */
export function shadowNote(p: DemoParticipant, message = ''): string {
  const form = `<style>form{display:grid;grid-template-columns:9rem 1fr;gap:.5rem;max-width:44rem}button{justify-self:start}</style>
<form method="post" action="/other/shadow-note?id=${esc(p.id)}">
  <label for="how">Contact type</label><select id="how" name="how"><option value="">Choose…</option><option>In Person</option><option>Phone</option><option>Email</option></select>
  <label for="when">Contact date</label><input id="when" name="when" placeholder="MM/DD/YYYY">
  <label for="body">Case note</label><textarea id="body" name="body" rows="8" cols="70"></textarea>
  <span></span><button id="save">Save note</button>
</form>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(p.first)} ${esc(p.last)} - Case file</title></head>
<body>
<main><h1>${esc(p.first)} ${esc(p.last)} (${esc(p.id)})</h1>
${message ? `<div role="status">${esc(message)}</div>` : ''}
<case-note-form></case-note-form>
<p><a href="/">Back to the caseload</a></p></main>
<script>
customElements.define('case-note-form', class extends HTMLElement {
  connectedCallback() {
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(form).replace(/</g, '\\u003c')};
  }
});
</script>
</body></html>`;
}
