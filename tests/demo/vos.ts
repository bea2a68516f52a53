/**
 * A stand-in for Geographic Solutions' Virtual OneStop (VOS), the platform
 * behind MoJobs and many other states' workforce systems. Modelled only on
 * what public VOS staff guides name: the individual's Summary tab (with the
 * Chronological Case History and Staff Assisted Summary panels), the Case
 * Notes tab and "Adding a Case Note", and the Activities tab. Pages are ASP.NET
 * WebForms: one form, ctl00_… ids, and tab links that post back and get a
 * whole new page (the main content replaced). Field ids, the exact columns and
 * the option lists are ours: the guides do not publish them
 * (lib/systems/vos/README.md says which).
 */
import { subDays, addDays } from 'date-fns';
import type { DemoParticipant } from './data';
import { usDate } from './data';
import { esc } from './html';

const P = 'ctl00_Main_content_';
const N = 'ctl00$Main_content$';

export const VOS_NOTE_TYPES = ['General', 'Case Management', 'Employment', 'Training', 'Follow-Up'];
export const VOS_CONTACT_METHODS = ['In Person', 'Telephone', 'Email', 'Mail', 'Text Message', 'Virtual Meeting', 'Other'];
export type VosTab = 'summary' | 'casenotes' | 'addnote' | 'activities';

export interface VosNoteValues {
  subject: string;
  noteType: string;
  contactMethod: string;
  contactDate: string;
  note: string;
}
export const emptyVosValues: VosNoteValues = { subject: '', noteType: '', contactMethod: '', contactDate: '', note: '' };

export function makeVosPeople(today: Date): DemoParticipant[] {
  const ago = (n: number) => subDays(today, n);
  const ahead = (n: number) => addDays(today, n);
  return [
    {
      id: '4417730',
      first: 'Latoya',
      last: 'Birchfield',
      program: 'WIOA Adult',
      planType: 'IEP',
      activities: [
        { code: '300', title: 'Occupational Skills Training - Medical Coding', start: ago(150), plannedEnd: ahead(45), provider: 'State Fair Community College' },
      ],
      plannedGaps: [],
      notes: [
        {
          date: ago(84),
          contactType: 'Telephone',
          subject: 'Training progress',
          author: 'S. Whitley',
          text: 'TC with customer. Attending coding classes 3 nights a week, grade A- on midterm. Continue ITA per IEP; next contact in 30 days.',
        },
        { date: ago(40), contactType: 'Telephone', subject: 'Follow-up', author: 'S. Whitley', text: 'Called customer, no answer. Left voicemail.' },
      ],
    },
    {
      id: '4420915',
      first: 'Gerald',
      last: 'Okonkwo',
      program: 'WIOA Dislocated Worker',
      planType: 'IEP',
      activities: [{ code: '200', title: 'Career Planning', start: ago(30), plannedEnd: null, provider: 'Job Center - Sedalia' }],
      plannedGaps: [],
      notes: [
        {
          date: ago(10),
          contactType: 'In Person',
          subject: 'IEP review',
          author: 'S. Whitley',
          text: 'Office visit with customer. Reviewed IEP; he completed two job applications this week. Needs resume help before the hiring event. Next step: resume workshop on Tuesday.',
        },
      ],
    },
  ];
}

function page(title: string, action: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)} - MoJobs (Virtual OneStop demo)</title>
<style>
body { font-family: "Segoe UI", Arial, sans-serif; font-size: 13px; margin: 0; }
#ctl00_Header { background: #003a63; color: #fff; padding: 8px 12px; font-size: 16px; }
#ctl00_Main_content { padding: 10px 14px; }
.tabs a { display: inline-block; padding: 4px 10px; border: 1px solid #8aa; border-bottom: none; margin-right: 2px; text-decoration: none; }
.tabs a.active { background: #dde7ef; font-weight: 600; }
.panel { border: 1px solid #bcc; margin: 10px 0; padding: 6px 8px; }
.panel h3 { margin: 0 0 6px; font-size: 14px; }
table.grid { border-collapse: collapse; width: 100%; }
table.grid th { background: #5b7a99; color: #fff; text-align: left; padding: 3px 5px; }
table.grid td { border-bottom: 1px solid #ccd; padding: 3px 5px; vertical-align: top; }
.fieldLabel { display: inline-block; width: 140px; font-weight: 600; }
.errorMessage { color: #b00; }
.successMessage { color: #070; }
</style></head>
<body>
<form name="aspnetForm" method="post" action="${esc(action)}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTY1NTc0MzQ2Mg9kFgJmD2QWAgIDD2QWAgIBD2QWAg==" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<div id="ctl00_Header">MoJobs &mdash; Staff (Virtual OneStop demo)</div>
<div id="ctl00_Main_content">
${body}
</div>
</form>
</body></html>`;
}

function header(p: DemoParticipant): string {
  return `<div id="${P}pnlIndividual" class="panel">
<span class="fieldLabel">Individual:</span><span id="${P}lblIndividualName">${esc(p.first)} ${esc(p.last)}</span><br />
<span class="fieldLabel">State ID:</span><span id="${P}lblStateId">${esc(p.id)}</span><br />
<span class="fieldLabel">Program:</span><span id="${P}lblProgram">${esc(p.program)}</span>
</div>`;
}

function tabs(active: VosTab): string {
  const tab = (key: VosTab, id: string, label: string) =>
    `<a id="${P}ucTabs_${id}"${key === active || (key === 'casenotes' && active === 'addnote') ? ' class="active"' : ''} href="javascript:__doPostBack('${N}ucTabs$${id}','')">${label}</a>`;
  return `<div class="tabs" id="${P}ucTabs">${tab('summary', 'lnkSummary', 'Summary')}<a href="#">General Info</a><a href="#">Programs</a>${tab('activities', 'lnkActivities', 'Activities')}${tab('casenotes', 'lnkCaseNotes', 'Case Notes')}<a href="#">Documents</a></div>`;
}

const byDateDesc = (p: DemoParticipant) => [...p.notes].sort((a, b) => b.date.getTime() - a.date.getTime());

function summaryTab(p: DemoParticipant): string {
  const history = [
    ...p.notes.map((n) => ({ date: n.date, type: 'Case Note', description: n.subject ?? '', staff: n.author })),
    ...p.activities.map((a) => ({ date: a.start, type: 'Activity', description: `${a.code} ${a.title}`, staff: '' })),
  ]
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .map((h) => `<tr><td>${usDate(h.date)}</td><td>${esc(h.type)}</td><td>${esc(h.description)}</td><td>${esc(h.staff)}</td></tr>`)
    .join('\n');
  const services = p.activities
    .map((a) => `<tr><td>${esc(a.code)}</td><td>${esc(a.title)}</td><td>${usDate(a.start)}</td><td>${esc(a.provider)}</td></tr>`)
    .join('\n');
  return `<div id="${P}pnlCaseHistory" class="panel"><h3>Chronological Case History</h3>
<table id="${P}gvCaseHistory" class="grid">
<tr><th scope="col">Date</th><th scope="col">Type</th><th scope="col">Description</th><th scope="col">Staff</th></tr>
${history || '<tr><td colspan="4">No history.</td></tr>'}
</table></div>
<div id="${P}pnlStaffAssisted" class="panel"><h3>Staff Assisted Summary</h3>
<table id="${P}gvStaffAssisted" class="grid">
<tr><th scope="col">Code</th><th scope="col">Service</th><th scope="col">Date</th><th scope="col">Provider</th></tr>
${services || '<tr><td colspan="4">No staff-assisted services.</td></tr>'}
</table></div>`;
}

function activitiesTab(p: DemoParticipant): string {
  const rows = p.activities
    .map(
      (a) =>
        `<tr><td>${esc(a.code)}</td><td>${esc(a.title)}</td><td>${esc(p.program)}</td><td>${usDate(a.start)}</td><td>${a.plannedEnd ? usDate(a.plannedEnd) : ''}</td><td></td></tr>`,
    )
    .join('\n');
  return `<div class="panel"><h3>Activities</h3>
<table id="${P}gvActivities" class="grid">
<tr><th scope="col">Activity Code</th><th scope="col">Activity</th><th scope="col">Program</th><th scope="col">Actual Begin Date</th><th scope="col">Projected End Date</th><th scope="col">Actual End Date</th></tr>
${rows || '<tr><td colspan="6">No activities.</td></tr>'}
</table></div>`;
}

function caseNotesTab(p: DemoParticipant, message: string): string {
  const rows = byDateDesc(p)
    .map(
      (n) =>
        `<tr><td>${usDate(n.date)}</td><td>${esc(n.subject ?? '')}</td><td>Case Management</td><td>${esc(n.contactType)}</td><td>${esc(n.author)}</td><td>${esc(n.text)}</td></tr>`,
    )
    .join('\n');
  return `${message ? `<p id="${P}lblMessage" class="successMessage" role="status">${esc(message)}</p>` : ''}
<div class="panel"><h3>Case Notes</h3>
<p><input type="submit" name="${N}btnAddCaseNote" id="${P}btnAddCaseNote" value="Add Case Note" /></p>
<table id="${P}gvCaseNotes" class="grid">
<tr><th scope="col">Contact Date</th><th scope="col">Subject</th><th scope="col">Note Type</th><th scope="col">Contact Method</th><th scope="col">Staff</th><th scope="col">Case Note</th></tr>
${rows || '<tr><td colspan="6">No case notes.</td></tr>'}
</table></div>`;
}

function options(list: string[], selected: string): string {
  return ['', ...list]
    .map((t) => `<option value="${esc(t)}"${t === selected ? ' selected="selected"' : ''}>${t ? esc(t) : '-- Select --'}</option>`)
    .join('');
}

function addNoteTab(values: VosNoteValues, error: string): string {
  return `<div id="${P}pnlAddCaseNote" class="panel"><h3>Adding a Case Note</h3>
${error ? `<p id="${P}lblError" class="errorMessage" role="alert">${esc(error)}</p>` : ''}
<div><label class="fieldLabel" for="${P}txtSubject">Subject</label><input type="text" name="${N}txtSubject" id="${P}txtSubject" value="${esc(values.subject)}" maxlength="100" size="50" /></div>
<div><label class="fieldLabel" for="${P}ddlNoteType">Note Type</label><select name="${N}ddlNoteType" id="${P}ddlNoteType">${options(VOS_NOTE_TYPES, values.noteType)}</select></div>
<div><label class="fieldLabel" for="${P}ddlContactMethod">Contact Method</label><select name="${N}ddlContactMethod" id="${P}ddlContactMethod">${options(VOS_CONTACT_METHODS, values.contactMethod)}</select></div>
<div><label class="fieldLabel" for="${P}txtContactDate">Contact Date</label><input type="text" name="${N}txtContactDate" id="${P}txtContactDate" value="${esc(values.contactDate)}" maxlength="10" size="10" /></div>
<div><label class="fieldLabel" for="${P}txtCaseNote">Case Note</label><br /><textarea name="${N}txtCaseNote" id="${P}txtCaseNote" rows="10" cols="80">${esc(values.note)}</textarea></div>
<div><input type="submit" name="${N}btnSave" id="${P}btnSave" value="Save" /> <input type="submit" name="${N}btnCancel" id="${P}btnCancel" value="Cancel" /></div>
</div>`;
}

/** The individual's profile, showing one tab; the URL never changes between tabs (postbacks). */
export function individual(p: DemoParticipant, tab: VosTab, opts: { values?: VosNoteValues; error?: string; message?: string } = {}): string {
  const body =
    tab === 'summary'
      ? summaryTab(p)
      : tab === 'activities'
        ? activitiesTab(p)
        : tab === 'addnote'
          ? addNoteTab(opts.values ?? emptyVosValues, opts.error ?? '')
          : caseNotesTab(p, opts.message ?? '');
  return page('Individual Profile', `./Individual.aspx?id=${p.id}`, `${header(p)}\n${tabs(tab)}\n${body}`);
}

/** Staff home: the individuals assigned to this case manager, each a link to their Summary tab. */
export function home(people: DemoParticipant[]): string {
  const rows = people
    .map((p) => `<li><a href="/vosnet/case/Individual.aspx?id=${esc(p.id)}">${esc(p.last)}, ${esc(p.first)}</a> (${esc(p.program)})</li>`)
    .join('\n');
  return page('Staff Home', './Default.aspx', `<h2>Assigned Individuals</h2><ul>${rows}</ul>`);
}

/** Which tab a postback asks for, from __EVENTTARGET or the button that was pressed. */
export function tabFromPostback(form: URLSearchParams): VosTab | 'save' {
  const target = form.get('__EVENTTARGET') ?? '';
  if (form.has(`${N}btnSave`)) return 'save';
  if (form.has(`${N}btnAddCaseNote`)) return 'addnote';
  if (form.has(`${N}btnCancel`)) return 'casenotes';
  if (target.endsWith('lnkSummary')) return 'summary';
  if (target.endsWith('lnkActivities')) return 'activities';
  return 'casenotes';
}

export function valuesFrom(form: URLSearchParams): VosNoteValues {
  return {
    subject: form.get(`${N}txtSubject`) ?? '',
    noteType: form.get(`${N}ddlNoteType`) ?? '',
    contactMethod: form.get(`${N}ddlContactMethod`) ?? '',
    contactDate: form.get(`${N}txtContactDate`) ?? '',
    note: form.get(`${N}txtCaseNote`) ?? '',
  };
}
