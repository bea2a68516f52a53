/**
 * A starting point for states and agencies with no built-in pack (other
 * states on Virtual OneStop or America's JobLink): the checks every WIOA case
 * note needs whatever the state, none of any one state's own clauses. It is
 * NOT a state's policy: the agency sets the interval (a stricter local
 * interval) and which checks apply (rule overrides), in Options or by managed
 * policy, and should cite its own policy when it has one.
 *
 * Checks on: contact type, attempts, letter/e-mail response, progress, next
 * step, PII. Off: Missouri's justification, Minnesota's record review and
 * supporting documents, thin-note, date-in-text and late-entry checks.
 */
import type { PolicyPack } from '../policy/schema';

const BASELINE = 'WIOA baseline (a starting point, not a state policy)';

export const wioaBaseline = {
  id: 'wioa-baseline',
  base: 'wioa-baseline',
  name: 'WIOA baseline — a starting point for states without a built-in pack',
  // The 90 days follow 20 CFR 677.150(c): a participant with no services for 90 days exits; the agency sets its own interval.
  citations: {
    'contact-type-missing': `${BASELINE}: record how the contact was made`,
    'unsuccessful-attempt': `${BASELINE}: an attempt is not a contact`,
    'response-pending': `${BASELINE}: a letter or e-mail counts once the reply is documented`,
    'progress-missing': `${BASELINE}: document the participant's progress`,
    'next-step-missing': `${BASELINE}: document the next step`,
    'contact-date-invalid': `${BASELINE}: the contact's date starts the count to the next contact`,
    'contact-date-earlier': `${BASELINE}: the day of the contact starts the count to the next contact`,
    'contact-type-differs': `${BASELINE}: record how the contact was made`,
    'pii-in-note': `${BASELINE}: keep Social Security numbers out of case notes (TEGL 39-11, PII)`,
  },
  interval: { kind: 'days', days: 90, onMiss: 'overdue' },
  acceptedContactTypes: ['in-person', 'telephone', 'letter', 'email'],
  writtenNeedsResponse: true,
  // With no state rule on third parties, a provider or alternate contact is recorded but never stands in for the participant.
  thirdParty: { provider: 'record-only', alternate: 'record-only' },
  rules: {
    'contact-type-missing': 'error',
    'unsuccessful-attempt': 'error',
    'response-pending': 'warning',
    'progress-missing': 'warning',
    'next-step-missing': 'info',
    'pii-in-note': 'error',
    'justification-missing': 'off',
    'third-party-insufficient': 'off',
    'not-substantive': 'off',
    'contact-date-missing': 'off',
    'late-entry': 'off',
  },
  phrases: {},
  templates: [],
  contactTemplate: null,
  lateEntryDays: 10,
  minSubstantiveWords: 7,
} satisfies PolicyPack;
