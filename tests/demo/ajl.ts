/**
 * A stand-in for America's JobLink (AJL), modelled on AJL's public staff
 * guide: a job seeker's Program Details page with its Program Notes section
 * (up to three note titles, Add Note, View All, a counter), the view of all
 * notes, and the Add Notes page (the date, staff name and agency shown;
 * Reference Date with Today, Recontact Date, Subject, Contact Type, Notes,
 * Add to Other Programs/Enrollments). AJL is not ASP.NET: plain forms that
 * post and redirect. Addresses, ids, columns and option lists are ours
 * (lib/systems/ajl/README.md).
 */
import { subDays, addDays } from 'date-fns';
import type { DemoParticipant } from './data';
import { usDate } from './data';
import { esc } from './html';

export const AJL_CONTACT_TYPES = ['In Person', 'Phone', 'Email', 'Letter', 'Text Message', 'Video Conference'];
export const AJL_STAFF = { name: 'Dale Pruitt', agency: 'Workforce Center - Topeka' };

export interface AjlNoteValues {
  referenceDate: string;
  recontactDate: string;
  subject: string;
  contactType: string;
  notes: string;
}
export const emptyAjlValues: AjlNoteValues = { referenceDate: '', recontactDate: '', subject: '', contactType: '', notes: '' };

export function makeAjlPeople(today: Date): DemoParticipant[] {
  const ago = (n: number) => subDays(today, n);
  return [
    {
      id: '880412',
      first: 'Marisol',
      last: 'Quintero',
      program: 'WIOA Adult',
      planType: 'IEP',
      activities: [{ code: 'OST', title: 'Occupational Skills Training - Welding', start: ago(70), plannedEnd: addDays(today, 100), provider: 'Washburn Tech' }],
      plannedGaps: [],
      notes: [
        {
          date: ago(100),
          contactType: 'In Person',
          subject: 'Enrollment',
          author: 'Dale Pruitt',
          text: 'Met in person to complete IEP. Customer starts welding program next month. Next step: TC after first week of class.',
        },
        {
          date: ago(20),
          contactType: 'Phone',
          subject: 'Monthly check-in',
          author: 'Dale Pruitt',
          text: 'TC with customer: attending welding lab 4 days a week, passed first bend test. Next contact in 30 days.',
        },
      ],
    },
  ];
}

const base = (p: DemoParticipant) => `/ajl/jobseekers/${encodeURIComponent(p.id)}/programs/wioa-adult`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="csrf-token" content="demo-token"><title>${esc(title)} | America's JobLink (demo)</title>
<style>
body { font-family: Arial, Helvetica, sans-serif; font-size: 14px; margin: 0; }
header.ajl { background: #23395d; color: #fff; padding: 8px 14px; }
main { padding: 12px 16px; max-width: 70em; }
.jobseeker { background: #eef2f7; padding: 6px 10px; margin-bottom: 10px; }
table.notes { border-collapse: collapse; width: 100%; }
table.notes th, table.notes td { border: 1px solid #ccd; padding: 4px 6px; text-align: left; vertical-align: top; }
.field { margin: 6px 0; }
.field label { display: inline-block; width: 150px; font-weight: bold; }
.flash { color: #060; } .errors { color: #b00; }
</style></head>
<body><header class="ajl">America's JobLink &mdash; Staff (demo)</header>
<main>${body}</main></body></html>`;
}

function jobSeeker(p: DemoParticipant): string {
  return `<div class="jobseeker" id="job_seeker_context">
<span class="label">Job Seeker:</span> <span id="job_seeker_name">${esc(p.first)} ${esc(p.last)}</span>
&nbsp; <span class="label">Job Seeker ID:</span> <span id="job_seeker_id">${esc(p.id)}</span>
</div>`;
}

const newestFirst = (p: DemoParticipant) => [...p.notes].sort((a, b) => b.date.getTime() - a.date.getTime());

/** Program Details: the enrollment and the Program Notes section (three titles, Add Note, View All, a counter). */
export function programDetails(p: DemoParticipant): string {
  const titles = newestFirst(p)
    .slice(0, 3)
    .map((n) => `<li>${usDate(n.date)} &mdash; ${esc(n.subject ?? '')}</li>`)
    .join('');
  return page(
    'Program Details',
    `${jobSeeker(p)}
<h1>Program Details</h1>
<p>Program: ${esc(p.program)}</p>
<section id="program_notes" aria-labelledby="program_notes_h">
<h2 id="program_notes_h">Program Notes <a href="${base(p)}/notes" class="counter">${p.notes.length}</a></h2>
<ul>${titles}</ul>
<a href="${base(p)}/notes/new">Add Note</a> | <a href="${base(p)}/notes">View All</a>
</section>`,
  );
}

/** The view of all Program Notes, newest first. */
export function notesList(p: DemoParticipant, flash = ''): string {
  const rows = newestFirst(p)
    .map(
      (n) =>
        `<tr><td>${usDate(n.date)}</td><td>${esc(n.subject ?? '')}</td><td>${esc(n.contactType)}</td><td>${esc(n.author)}</td><td>${esc(n.text)}</td></tr>`,
    )
    .join('\n');
  return page(
    'Program Notes',
    `${jobSeeker(p)}
${flash ? `<p class="flash" role="status">${esc(flash)}</p>` : ''}
<h1>Program Notes</h1>
<p><a href="${base(p)}/notes/new">Add Note</a></p>
<table class="notes" id="program_notes_table">
<thead><tr><th scope="col">Reference Date</th><th scope="col">Subject</th><th scope="col">Contact Type</th><th scope="col">Staff</th><th scope="col">Notes</th></tr></thead>
<tbody>${rows || '<tr><td colspan="5">No notes.</td></tr>'}</tbody>
</table>`,
  );
}

/** The Add Notes page. */
export function addNotes(p: DemoParticipant, today: Date, values: AjlNoteValues, error = ''): string {
  const options = ['', ...AJL_CONTACT_TYPES]
    .map((t) => `<option value="${esc(t)}"${t === values.contactType ? ' selected' : ''}>${t ? esc(t) : 'Select...'}</option>`)
    .join('');
  return page(
    'Add Notes',
    `${jobSeeker(p)}
<h1>Add Notes</h1>
${error ? `<p class="errors" role="alert">${esc(error)}</p>` : ''}
<form action="${base(p)}/notes" method="post" id="new_note" class="new_note">
<input type="hidden" name="authenticity_token" value="demo-token">
<p>Date: ${usDate(today)} &nbsp; Staff: ${esc(AJL_STAFF.name)} &nbsp; Agency: ${esc(AJL_STAFF.agency)}</p>
<div class="field"><label for="note_reference_date">Reference Date</label><input type="text" name="note[reference_date]" id="note_reference_date" value="${esc(values.referenceDate)}" size="10">
 <button type="button" onclick="document.getElementById('note_reference_date').value='${usDate(today)}'">Today</button></div>
<div class="field"><label for="note_recontact_date">Recontact Date</label><input type="text" name="note[recontact_date]" id="note_recontact_date" value="${esc(values.recontactDate)}" size="10"></div>
<div class="field"><label for="note_subject">Subject</label><input type="text" name="note[subject]" id="note_subject" value="${esc(values.subject)}" size="50"></div>
<div class="field"><label for="note_contact_type">Contact Type</label><select name="note[contact_type]" id="note_contact_type">${options}</select></div>
<div class="field"><label for="note_notes">Notes</label><br><textarea name="note[notes]" id="note_notes" rows="10" cols="80">${esc(values.notes)}</textarea></div>
<div class="field"><label><input type="checkbox" name="note[copy_to_other]" value="1"> Add to Other Programs/Enrollments</label></div>
<div><button type="submit" name="commit" value="Save">Save</button> <a href="${base(p)}/notes">Cancel</a></div>
</form>`,
  );
}

export function valuesFrom(form: URLSearchParams): AjlNoteValues {
  return {
    referenceDate: form.get('note[reference_date]') ?? '',
    recontactDate: form.get('note[recontact_date]') ?? '',
    subject: form.get('note[subject]') ?? '',
    contactType: form.get('note[contact_type]') ?? '',
    notes: form.get('note[notes]') ?? '',
  };
}
