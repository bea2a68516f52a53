/**
 * A stand-in for Missouri DWD's Toolbox: early-2000s markup, a frameset for the
 * banner / navigation / content split, tables for layout, upper-case labels,
 * a 600 "Case Management Contact" service code on every case note.
 */
import type { DemoNote, DemoParticipant } from './data';
import { usDate } from './data';
import { esc } from './html';

const STYLE = `<style type="text/css">
body { font-family: Arial, Helvetica, sans-serif; font-size: 12px; background: #ffffff; margin: 4px; }
.hdr { background: #003366; color: #ffffff; font-weight: bold; }
.lbl { background: #dde4ee; font-weight: bold; text-align: right; }
.grid td, .grid th { border: 1px solid #8899aa; padding: 2px 4px; }
.grid th { background: #c8d3e0; }
.err { color: #cc0000; font-weight: bold; }
</style>`;

export function frameset(): string {
  return `<html><head><title>Missouri Toolbox</title></head>
<frameset rows="56,*" border="1">
  <frame name="banner" src="/toolbox/banner" scrolling="no" noresize>
  <frameset cols="170,*">
    <frame name="nav" src="/toolbox/nav">
    <frame name="main" src="/toolbox/caseload">
  </frameset>
</frameset></html>`;
}

export function banner(): string {
  return `<html><head><title>Toolbox</title>${STYLE}</head><body class="hdr" bgcolor="#003366">
<table width="100%"><tr><td><font size="4" color="#ffffff"><b>TOOLBOX</b></font>
<font color="#ffffff"> &nbsp;Missouri Division of Workforce Development</font></td>
<td align="right"><font color="#ffffff">User: JMORENO &nbsp; Region: Southwest</font></td></tr></table>
</body></html>`;
}

export function nav(): string {
  return `<html><head><title>Menu</title>${STYLE}</head><body bgcolor="#eef2f7">
<table width="100%" cellpadding="3">
<tr><td class="hdr">CASE MANAGEMENT</td></tr>
<tr><td><a href="/toolbox/caseload" target="main">My Caseload</a></td></tr>
<tr><td><a href="/toolbox/search" target="main">Customer Search</a></td></tr>
<tr><td class="hdr">REPORTS</td></tr>
<tr><td><a href="/toolbox/caseload" target="main">Soft Exit Report</a></td></tr>
</table>
<form name="quick" action="/toolbox/search" target="main">Quick find:<br><input type="text" name="q" size="12"> <input type="submit" value="Go"></form>
</body></html>`;
}

function lastNoteDate(p: DemoParticipant): string {
  const last = [...p.notes].sort((a, b) => b.date.getTime() - a.date.getTime())[0];
  return last ? usDate(last.date) : '&nbsp;';
}

export function caseload(people: DemoParticipant[]): string {
  const rows = people
    .map(
      (p) => `<tr>
  <td><a href="/toolbox/participant?id=${esc(p.id)}">${esc(p.id)}</a></td>
  <td>${esc(p.last)}, ${esc(p.first)}</td>
  <td>${esc(p.program)}</td>
  <td>${esc(p.activities[0]?.title ?? '')}</td>
  <td>${lastNoteDate(p)}</td>
</tr>`,
    )
    .join('\n');
  return `<html><head><title>My Caseload</title>${STYLE}</head><body>
<table width="100%" class="hdr"><tr><td>MY CASELOAD - J. MORENO</td></tr></table>
<table id="caseloadGrid" class="grid" cellspacing="0" width="100%">
<tr><th>STATE ID</th><th>NAME</th><th>PROGRAM</th><th>ACTIVITY</th><th>LAST 600 CMC</th></tr>
${rows}
</table>
<p>${people.length} customers listed.</p>
</body></html>`;
}

function noteRows(notes: DemoNote[]): string {
  if (!notes.length) return '<tr><td colspan="5"><i>No case notes recorded.</i></td></tr>';
  return [...notes]
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .map(
      (n) => `<tr valign="top">
  <td nowrap>${usDate(n.date)}</td>
  <td>600 - Case Management Contact</td>
  <td>${esc(n.contactType)}</td>
  <td>${esc(n.author)}</td>
  <td class="notetext">${esc(n.text)}</td>
</tr>`,
    )
    .join('\n');
}

export function participant(p: DemoParticipant, message = ''): string {
  const activities = p.activities.length
    ? p.activities
        .map(
          (a) => `<tr><td>${esc(a.code)}</td><td>${esc(a.title)}</td><td>${esc(a.provider)}</td><td>${usDate(a.start)}</td><td>${a.plannedEnd ? usDate(a.plannedEnd) : ''}</td></tr>`,
        )
        .join('\n')
    : '<tr><td colspan="5"><i>No open activities.</i></td></tr>';
  const gaps = p.plannedGaps
    .map((g) => `<tr><td>${usDate(g.start)}</td><td>${usDate(g.end)}</td><td>${esc(g.reason)}</td></tr>`)
    .join('\n');
  return `<html><head><title>Customer Detail</title>${STYLE}</head><body>
<table width="100%" class="hdr"><tr><td>CUSTOMER DETAIL</td></tr></table>
${message ? `<p class="msg"><b>${esc(message)}</b></p>` : ''}
<table id="customerInfo" cellpadding="2">
<tr><td class="lbl">NAME:</td><td id="custName">${esc(p.last)}, ${esc(p.first)}</td>
    <td class="lbl">STATE ID:</td><td id="stateId">${esc(p.id)}</td></tr>
<tr><td class="lbl">PROGRAM:</td><td>${esc(p.program)}</td>
    <td class="lbl">SERVICE PLAN:</td><td id="planType">${esc(p.planType)}</td></tr>
</table>
<br>
<table width="100%" class="hdr"><tr><td>ENROLLED WIA ACTIVITIES</td></tr></table>
<table id="activityGrid" class="grid" cellspacing="0" width="100%">
<tr><th>CODE</th><th>ACTIVITY</th><th>PROVIDER</th><th>START DATE</th><th>PLANNED END</th></tr>
${activities}
</table>
<br>
<table width="100%" class="hdr"><tr><td>CASE HISTORY - PLANNED GAPS</td></tr></table>
<table id="gapGrid" class="grid" cellspacing="0" width="100%">
<tr><th>GAP START</th><th>GAP END</th><th>REASON</th></tr>
${gaps || '<tr><td colspan="3"><i>None.</i></td></tr>'}
</table>
<br>
<table width="100%" class="hdr"><tr><td>CASE NOTES &nbsp; <a href="/toolbox/casenote/new?id=${esc(p.id)}"><font color="#ffffff">[Add Case Note]</font></a></td></tr></table>
<table id="caseNoteGrid" class="grid" cellspacing="0" width="100%">
<tr><th>DATE</th><th>SERVICE</th><th>CONTACT TYPE</th><th>STAFF</th><th>CASE NOTE</th></tr>
${noteRows(p.notes)}
</table>
</body></html>`;
}

export interface NoteFormValues {
  contactType: string;
  contactDate: string;
  noteText: string;
}

export const TOOLBOX_CONTACT_TYPES = ['In Person', 'Telephone', 'Letter', 'E-Mail'];

export function noteForm(p: DemoParticipant, values: NoteFormValues, error = ''): string {
  const options = ['', ...TOOLBOX_CONTACT_TYPES]
    .map((t) => `<option value="${esc(t)}"${t === values.contactType ? ' selected' : ''}>${t ? esc(t) : '-- Select --'}</option>`)
    .join('');
  return `<html><head><title>Add Case Note</title>${STYLE}</head><body>
<table width="100%" class="hdr"><tr><td>ADD CASE NOTE - ${esc(p.last)}, ${esc(p.first)} (${esc(p.id)})</td></tr></table>
${error ? `<p class="err">${esc(error)}</p>` : ''}
<form name="caseNoteForm" method="post" action="/toolbox/casenote/save">
<input type="hidden" name="customerId" value="${esc(p.id)}">
<table cellpadding="3">
<tr><td class="lbl">SERVICE CODE:</td><td><input type="text" name="serviceCode" value="600" size="4" readonly> Case Management Contact</td></tr>
<tr><td class="lbl">CONTACT TYPE:</td><td><select name="contactType" id="contactType">${options}</select></td></tr>
<tr><td class="lbl">CONTACT DATE:</td><td><input type="text" name="contactDate" id="contactDate" size="10" maxlength="10" value="${esc(values.contactDate)}"> (MM/DD/YYYY)</td></tr>
<tr><td class="lbl" valign="top">CASE NOTE:</td><td><textarea name="noteText" id="noteText" rows="12" cols="80" wrap="virtual">${esc(values.noteText)}</textarea></td></tr>
<tr><td></td><td><input type="submit" name="save" value="Save"> <input type="submit" name="cancel" value="Cancel"></td></tr>
</table>
</form>
</body></html>`;
}
