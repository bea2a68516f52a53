/**
 * Minnesota, Northwest Workforce Service Area Letter 110 "Client Contact"
 * (rev. 1 Oct 2008), with notes kept in Workforce One. Monthly contact; date,
 * type and results documented; supporting documents in the record; record
 * reviewed at each contact.
 */
import type { PolicyPack } from './schema';

export const mnWf1 = {
  id: 'mn-wf1',
  base: 'mn-wf1',
  name: 'Minnesota NWPIC — Client Contact (WSA Letter 110, Workforce One)',
  citations: {
    monthly: 'WSA Letter 110, Policy 1 (monthly contact)',
    methods: 'WSA Letter 110, Policy 2 (personal contact primary; telephone, letter, e-mail)',
    documentation: 'WSA Letter 110, Policy 3 (date, type of contact and results)',
    review: 'WSA Letter 110, Policy 4 (review record and ISS)',
    others: 'WSA Letter 110, Policy 6 (parents, schools, employers recorded)',
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
  },
  phrases: { 'record-review': ['wf1 activities', 'reviewed wf1'] },
  lateEntryDays: 10,
  minSubstantiveWords: 7,
} satisfies PolicyPack;
