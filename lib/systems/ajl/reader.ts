/**
 * America's JobLink (AJL): a job seeker's Program Details page, the view of
 * all Program Notes, and the Add Notes form. Read by the labels AJL's public
 * guide documents, with our own ids tried first.
 */
import { missingId, readContacts } from '../../adapters/common';
import { all, isDisabled, isHidden, labelText, one, selectorFor, tag, text } from '../../adapters/dom';
import { readGrid } from '../../adapters/grid';
import type { EditorRead, PageRead, ParticipantRead } from '../../adapters/types';
import { finishRead, startRead } from '../../adapters/types';
import { ajlSelectors as S } from './selectors';

interface NoteForm {
  note: Element;
  date: Element | null;
  type: Element | null;
  submit: Element | null;
}

const labelled = (root: ParentNode, selector: string, label: RegExp): Element | null =>
  all(root, selector).find((el) => !isHidden(el) && !isDisabled(el) && label.test(labelText(el))) ?? null;

/** The Add Notes form: our ids, else the documented labels (a "Notes" box beside "Reference Date" and "Contact Type"). */
function noteForm(doc: Document): NoteForm | null {
  const byId = one(doc, S.noteField);
  if (byId) {
    return { note: byId, date: one(doc, S.dateField), type: one(doc, S.contactTypeField), submit: one(doc, S.submitControl) };
  }
  const note = labelled(doc, 'textarea', /^notes?\b/i);
  const form = note?.closest('form');
  if (!note || !form) return null;
  const date = labelled(form, 'input', /^reference date/i);
  const type = labelled(form, 'select', /^contact type/i);
  if (!date && !type) return null;
  const submit =
    all(form, 'button, input[type="submit"]').find((b) => /^\s*save\b/i.test(tag(b) === 'input' ? (b.getAttribute('value') ?? '') : text(b))) ?? null;
  return { note, date, type, submit };
}

/** A table whose headers name the Reference Date and the Contact Type: the notes list. */
function notesTable(doc: Document): Element | null {
  const byId = one(doc, S.notesTable);
  if (byId) return byId;
  return (
    all(doc, 'table').find((t) => {
      const heads = all(t, 'th').map((h) => text(h));
      return heads.some((h) => /^reference date$/i.test(h)) && heads.some((h) => /^contact type$/i.test(h));
    }) ?? null
  );
}

/** AJL is not ASP.NET WebForms; a page with the documented note form or notes list (or the Program Notes section) is AJL. */
export function looksLikeAjl(doc: Document): boolean {
  if (one(doc, S.viewState)) return false;
  if (one(doc, S.programNotesSection) && one(doc, S.jobSeekerId)) return true;
  const form = noteForm(doc);
  if (form && form.date && form.type && labelled(doc, 'input', /^recontact date/i)) return true;
  return notesTable(doc) !== null;
}

function header(doc: Document, url: string, problems: string[]): { id: string; name: string } | null {
  let fromPath = '';
  try {
    // A whole step of the path with a digit in it: "/jobseekers/case_details/notes" names nobody (its "case" is no ID).
    fromPath = /\/jobseekers\/((?=[A-Za-z-]*\d)[A-Za-z0-9-]+)(?=\/|$)/i.exec(new URL(url).pathname)?.[1] ?? '';
  } catch {
    // An odd address: the page itself must say who this is.
  }
  const id = text(one(doc, S.jobSeekerId)) || fromPath;
  if (!/^[A-Za-z0-9][A-Za-z0-9-]{2,29}$/.test(id)) {
    problems.push(missingId("job seeker's"));
    return null;
  }
  return { id, name: text(one(doc, S.jobSeekerName)) };
}

function participant(head: { id: string; name: string }, url: string): ParticipantRead {
  // Services and enrolments (Service and Training Plan) are not read: activities are "not on this page".
  return { ...head, planType: null, activities: [], plannedGaps: [], activitiesShown: false, url };
}

function editorOf(form: NoteForm, participantId: string | undefined): EditorRead {
  return {
    found: true,
    noteField: selectorFor(form.note),
    contactTypeField: form.type ? selectorFor(form.type) : null,
    dateField: form.date ? selectorFor(form.date) : null,
    submitControl: form.submit ? selectorFor(form.submit) : null,
    ...(participantId ? { participantId } : {}),
  };
}

export function readAjl(doc: Document, url: string): PageRead {
  const raw = startRead('ajl');
  const problems = raw.problems;
  const form = noteForm(doc);
  const table = notesTable(doc);
  const details = one(doc, S.programNotesSection);
  if (!form && !table && !details) return finishRead(raw);
  const head = header(doc, url, problems);
  raw.participant = head ? participant(head, url) : null;
  if (form) {
    raw.page = 'note-editor';
    raw.editor = editorOf(form, head?.id);
    if (!form.date) problems.push("Couldn't find the Reference Date field on this note form.");
    if (!form.type) problems.push("Couldn't find the Contact Type list on this note form.");
    if (!form.submit) problems.push("Couldn't find this note form's Save button.");
  } else if (table) {
    raw.page = 'case-notes';
    raw.historyShown = true;
    raw.contacts = readContacts(
      readGrid(table, { date: /REFERENCE DATE/i, type: /CONTACT TYPE/i, subject: /SUBJECT/i, author: /STAFF|CREATED BY|AUTHOR/i, text: /^NOTES?$/i, service: /SERVICE CODE/i }),
      problems,
    );
  } else {
    // Program Details shows only the latest note titles: not the note history.
    raw.page = 'participant';
  }
  return finishRead(raw);
}
