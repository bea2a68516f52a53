/**
 * A stand-in for Minnesota's Workforce One: ASP.NET WebForms markup — one
 * <form id="aspnetForm"> around the whole page, ctl00_ContentPlaceHolder1_…
 * ids, __VIEWSTATE, and __doPostBack links that post the page and get a whole
 * new page back.
 */
import type { DemoParticipant } from './data';
import { usDate } from './data';
import { esc } from './html';

const P = 'ctl00_ContentPlaceHolder1_';
const N = 'ctl00$ContentPlaceHolder1$';

function viewState(seed: string): string {
  return Buffer.from(`/wEPDwUKLTk${seed}${Date.now() % 9973}`).toString('base64');
}

function page(title: string, action: string, body: string, seed: string): string {
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>Workforce One - ${esc(title)}</title>
<style type="text/css">
body { font-family: Verdana, Arial, sans-serif; font-size: 11px; margin: 0; }
#ctl00_header { background: #00467f; color: #fff; padding: 6px 10px; font-size: 16px; }
#ctl00_menu { float: left; width: 150px; background: #e8eef4; min-height: 500px; padding: 6px; }
#ctl00_content { margin-left: 170px; padding: 8px; }
.GridHeader { background: #5d7b9d; color: #fff; font-weight: bold; }
.GridRow td, .GridAltRow td { padding: 3px; border-bottom: 1px solid #ccc; }
.GridAltRow { background: #f7f6f3; }
.FieldLabel { font-weight: bold; width: 140px; }
.ValidationSummary { color: red; }
</style>
</head>
<body>
<form name="aspnetForm" method="post" action="${esc(action)}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="${viewState(seed)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) { theForm = document.aspnetForm; }
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="${viewState('ev' + seed)}" />
</div>
<div id="ctl00_header">Workforce One &mdash; Northwest Private Industry Council
<span id="ctl00_quickSearch">Find participant: <input name="ctl00$txtQuickSearch" type="text" id="ctl00_txtQuickSearch" /> <input type="submit" name="ctl00$btnQuickSearch" value="Search" id="ctl00_btnQuickSearch" /></span></div>
<div id="ctl00_menu">
<a id="ctl00_lnkCaseload" href="/wf1/Caseload.aspx">My Caseload</a><br />
<a id="ctl00_lnkSearch" href="/wf1/Caseload.aspx">Participant Search</a><br />
<a id="ctl00_lnkReports" href="/wf1/Caseload.aspx">Reports</a>
</div>
<div id="ctl00_content">
${body}
</div>
</form>
</body>
</html>`;
}

export function caseload(people: DemoParticipant[]): string {
  const rows = people
    .map((p, i) => {
      const last = [...p.notes].sort((a, b) => b.date.getTime() - a.date.getTime())[0];
      return `<tr class="${i % 2 ? 'GridAltRow' : 'GridRow'}">
<td><a id="${P}gvCaseload_ctl0${i + 2}_lnkName" href="/wf1/Participant/Summary.aspx?pid=${esc(p.id)}">${esc(p.last)}, ${esc(p.first)}</a></td>
<td>${esc(p.id)}</td><td>${esc(p.program)}</td><td>${last ? usDate(last.date) : ''}</td></tr>`;
    })
    .join('\n');
  const body = `<h2 id="${P}lblTitle">My Caseload</h2>
<table id="${P}gvCaseload" cellspacing="0" rules="all" border="1" style="border-collapse:collapse;">
<tr class="GridHeader"><th scope="col">Participant</th><th scope="col">WF1 ID</th><th scope="col">Program</th><th scope="col">Last Progress Note</th></tr>
${rows}
</table>`;
  return page('Caseload', './Caseload.aspx', body, 'cl');
}

function tabs(p: DemoParticipant, active: 'summary' | 'notes'): string {
  const a = (k: string) => (k === active ? ' style="font-weight:bold"' : '');
  return `<div id="${P}pnlTabs">
<a id="${P}lnkSummaryTab"${a('summary')} href="/wf1/Participant/Summary.aspx?pid=${esc(p.id)}">Summary</a> |
<a id="${P}lnkNotesTab"${a('notes')} href="/wf1/Participant/ProgressNotes.aspx?pid=${esc(p.id)}">Progress Notes</a>
</div>`;
}

function header(p: DemoParticipant): string {
  return `<table id="${P}tblParticipant">
<tr><td class="FieldLabel">Participant:</td><td><span id="${P}lblParticipantName">${esc(p.first)} ${esc(p.last)}</span></td></tr>
<tr><td class="FieldLabel">WF1 ID:</td><td><span id="${P}lblParticipantID">${esc(p.id)}</span></td></tr>
<tr><td class="FieldLabel">Program:</td><td><span id="${P}lblProgram">${esc(p.program)}</span></td></tr>
</table>`;
}

export function summary(p: DemoParticipant): string {
  const acts = p.activities
    .map(
      (a, i) => `<tr class="${i % 2 ? 'GridAltRow' : 'GridRow'}"><td>${esc(a.code)}</td><td>${esc(a.title)}</td><td>${esc(a.provider)}</td><td>${usDate(a.start)}</td><td>${a.plannedEnd ? usDate(a.plannedEnd) : ''}</td><td>Open</td></tr>`,
    )
    .join('\n');
  const gaps = p.plannedGaps
    .map((g) => `<tr class="GridRow"><td>${usDate(g.start)}</td><td>${usDate(g.end)}</td><td>${esc(g.reason)}</td></tr>`)
    .join('\n');
  const body = `${tabs(p, 'summary')}
<h2>Participant Summary</h2>
${header(p)}
<h3>Individual Service Strategy (${esc(p.planType)}) &mdash; Activities</h3>
<table id="${P}gvActivities" cellspacing="0" rules="all" border="1" style="border-collapse:collapse;">
<tr class="GridHeader"><th scope="col">Code</th><th scope="col">Activity</th><th scope="col">Provider</th><th scope="col">Start Date</th><th scope="col">Projected End</th><th scope="col">Status</th></tr>
${acts || '<tr class="GridRow"><td colspan="6">No activities.</td></tr>'}
</table>
<h3>Planned Gaps in Service</h3>
<table id="${P}gvGaps" cellspacing="0" rules="all" border="1" style="border-collapse:collapse;">
<tr class="GridHeader"><th scope="col">Start</th><th scope="col">End</th><th scope="col">Reason</th></tr>
${gaps || '<tr class="GridRow"><td colspan="3">None</td></tr>'}
</table>`;
  return page('Participant Summary', `./Summary.aspx?pid=${p.id}`, body, 'su');
}

export const WF1_CONTACT_TYPES = ['In Person', 'Telephone', 'E-mail', 'Letter', 'Text Message', 'Other'];

export interface ProgressNoteValues {
  contactType: string;
  contactDate: string;
  subject: string;
  note: string;
}

export function progressNotes(
  p: DemoParticipant,
  opts: { showEntry: boolean; values: ProgressNoteValues; error?: string; message?: string },
): string {
  const rows = [...p.notes]
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .map(
      (n, i) => `<tr class="${i % 2 ? 'GridAltRow' : 'GridRow'}"><td>${usDate(n.date)}</td><td>${esc(n.contactType)}</td><td>${esc(n.subject ?? '')}</td><td>${esc(n.author)}</td><td><span id="${P}gvNotes_ctl0${i + 2}_lblNote">${esc(n.text)}</span></td></tr>`,
    )
    .join('\n');
  const options = ['', ...WF1_CONTACT_TYPES]
    .map((t) => `<option${t === opts.values.contactType ? ' selected="selected"' : ''} value="${esc(t)}">${t ? esc(t) : '(select)'}</option>`)
    .join('\n');
  const entry = opts.showEntry
    ? `<div id="${P}pnlEntry">
<fieldset><legend>New Progress Note</legend>
${opts.error ? `<div id="${P}valSummary" class="ValidationSummary">${esc(opts.error)}</div>` : ''}
<table>
<tr><td class="FieldLabel"><label for="${P}ddlContactType">Contact Type</label></td><td><select name="${N}ddlContactType" id="${P}ddlContactType">${options}</select></td></tr>
<tr><td class="FieldLabel"><label for="${P}txtContactDate">Contact Date</label></td><td><input name="${N}txtContactDate" type="text" value="${esc(opts.values.contactDate)}" maxlength="10" id="${P}txtContactDate" style="width:80px;" /></td></tr>
<tr><td class="FieldLabel"><label for="${P}txtSubject">Subject</label></td><td><input name="${N}txtSubject" type="text" value="${esc(opts.values.subject)}" maxlength="100" id="${P}txtSubject" style="width:300px;" /></td></tr>
<tr><td class="FieldLabel" valign="top"><label for="${P}txtNote">Progress Note</label></td><td><textarea name="${N}txtNote" rows="10" cols="70" id="${P}txtNote">${esc(opts.values.note)}</textarea></td></tr>
<tr><td></td><td><input type="submit" name="${N}btnSave" value="Save Note" id="${P}btnSave" /> <input type="submit" name="${N}btnCancel" value="Cancel" id="${P}btnCancel" /></td></tr>
</table>
</fieldset>
</div>`
    : `<a id="${P}lnkAddNote" href="javascript:__doPostBack('${N}lnkAddNote','')">Add Progress Note</a>`;
  const body = `${tabs(p, 'notes')}
<h2>Progress Notes</h2>
${header(p)}
${opts.message ? `<div id="${P}lblMessage" style="color:green">${esc(opts.message)}</div>` : ''}
${entry}
<table id="${P}gvNotes" cellspacing="0" rules="all" border="1" style="border-collapse:collapse;width:100%">
<tr class="GridHeader"><th scope="col">Contact Date</th><th scope="col">Contact Type</th><th scope="col">Subject</th><th scope="col">Staff</th><th scope="col">Note</th></tr>
${rows || '<tr class="GridRow"><td colspan="5">No progress notes.</td></tr>'}
</table>`;
  return page('Progress Notes', `./ProgressNotes.aspx?pid=${p.id}`, body, 'pn');
}
