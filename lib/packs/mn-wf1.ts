/**
 * Minnesota, Northwest Workforce Service Area Letter 110 "Client Contact"
 * (rev. 1 Oct 2008), with notes kept in Workforce One. Monthly contact; date,
 * type and results documented; supporting documents in the record; record
 * reviewed at each contact.
 */
import type { PolicyPack } from '../policy/schema';

export const mnWf1 = {
  id: 'mn-wf1',
  base: 'mn-wf1',
  name: 'Minnesota NWPIC — Client Contact (WSA Letter 110, Workforce One)',
  citations: {
    'pii-in-note': 'WSA Letter 110, Policy 3 (progress notes); PII guidance',
    'contact-type-missing': 'WSA Letter 110, Policy 3 (date, type of contact and results)',
    'unsuccessful-attempt': 'WSA Letter 110, Policy 1 (contact at least once per month)',
    'response-pending': 'WSA Letter 110, Policy 2 (telephone, letter and/or e-mail)',
    'third-party-insufficient': 'WSA Letter 110, Policies 1 and 6',
    'progress-missing': 'WSA Letter 110, Policy 3 (results must be documented)',
    'not-substantive': 'WSA Letter 110, Policy 3 (results must be documented)',
    'contact-date-invalid': 'WSA Letter 110, Policy 3 (the date must be documented)',
    'contact-date-earlier': 'WSA Letter 110, Policy 3 (the date of the contact must be documented)',
    'contact-type-differs': 'WSA Letter 110, Policy 3 (date, type of contact and results)',
    'contact-date-missing': 'WSA Letter 110, Policy 3 (the date must be documented)',
    'late-entry': 'Local practice (Wisconsin DWD WIOA manual §12.2.5 timeliness)',
    'next-step-missing': 'WSA Letter 110, Policy 1 (more frequent contact as needed); local practice',
    'mn-record-review': 'WSA Letter 110, Policies 4 and 5 (review record, ISS and Workforce One activities)',
    'mn-supporting-docs': 'WSA Letter 110, Policy 3 (supporting documentation in the client record)',
  },
  // "Once per month": by default once in every calendar month; a board may switch to rolling days.
  interval: { kind: 'calendar-month', onMiss: 'overdue' },
  acceptedContactTypes: ['in-person', 'telephone', 'letter', 'email'],
  // Letter 110 lets letters and e-mails complete the contact; we still ask for the reply,
  // because a one-way letter is not contact "with" the participant (ARCHITECTURE.md, "What qualifies"). Boards may set false.
  writtenNeedsResponse: true,
  // Policy 6 says contacts with parents, schools and employers are *recorded*; Policy 1 requires
  // contact with each participant. So third parties are recorded but never replace the monthly contact.
  thirdParty: { provider: 'record-only', alternate: 'record-only' },
  rules: {
    'justification-missing': 'off',
    'progress-missing': 'warning',
    'third-party-insufficient': 'info',
    'contact-date-missing': 'warning',
    'late-entry': 'off',
    // Minnesota's own checks (Policies 3 to 5): off in every pack that does not switch them on.
    'mn-record-review': 'info',
    'mn-supporting-docs': 'info',
  },
  phrases: { 'record-review': ['wf1 activities', 'reviewed wf1'] },
  templates: [
    {
      id: 'mn-monthly',
      label: 'Monthly progress note (MN)',
      packs: [],
      contactType: 'in-person',
      party: 'participant',
      attemptOnly: false,
      body:
        'Monthly contact: met in person with {{participantName}} on {{date}}. ' +
        'Results and progress in {{activity}}: [[attendance, grades, schedule or test results]]. ' +
        'Reviewed the client record, ISS and activity enrollments: [[enrollments current, or changes made]]. ' +
        'Supporting documents added to the record: [[grades, schedules, attendance records, or none]]. ' +
        'Next step: [[next step and when]].',
    },
  ],
  // A Minnesota contact note follows the monthly template (results, record review, documents).
  contactTemplate: 'mn-monthly',
  lateEntryDays: 10,
  minSubstantiveWords: 7,
} satisfies PolicyPack;
