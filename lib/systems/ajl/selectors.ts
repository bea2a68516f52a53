/**
 * Selectors for America's JobLink. AJL's staff guide documents the Add Notes
 * form's labels (Reference Date, Recontact Date, Subject, Contact Type,
 * Notes), not its markup: the ids below are the demo's own, and the reader
 * falls back to those labels when they are missing (README.md).
 * `expectedMatches` gives the count on each page in tests/fixtures/ajl/.
 */
export const ajlSelectors = {
  viewState: 'input#__VIEWSTATE',
  jobSeekerName: '#job_seeker_name',
  jobSeekerId: '#job_seeker_id',
  programNotesSection: '#program_notes',
  notesTable: 'table#program_notes_table',
  noteForm: 'form#new_note',
  noteField: 'textarea#note_notes',
  contactTypeField: 'select#note_contact_type',
  dateField: 'input#note_reference_date',
  recontactField: 'input#note_recontact_date',
  subjectField: 'input#note_subject',
  submitControl: 'form#new_note button[type="submit"]',
} as const;

export type AjlSelector = keyof typeof ajlSelectors;

// An object literal, not built from a list: the bundler drops what the extension never uses only when it has no calls with
// effects it cannot see (Object.fromEntries over a list had left this test data in every note frame).
const every = (n: number) => ({ 'program-details.html': n, 'notes.html': n, 'add-notes.html': n, 'broken-notes-bad-dates.html': n });
const form = { 'add-notes.html': 1 };

export const expectedMatches: Record<AjlSelector, Record<string, number>> = {
  viewState: {},
  jobSeekerName: every(1),
  jobSeekerId: every(1),
  programNotesSection: { 'program-details.html': 1 },
  notesTable: { 'notes.html': 1, 'broken-notes-bad-dates.html': 1 },
  noteForm: form,
  noteField: form,
  contactTypeField: form,
  dateField: form,
  recontactField: form,
  subjectField: form,
  submitControl: form,
};
