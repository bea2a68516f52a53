/**
 * Missouri DWD Issuance 01-02 Change 1, "Case Management Contact (CMC - 600 Code)",
 * as entered in Toolbox. One qualifying entry every 90 days or the customer soft-exits.
 */
import type { PolicyPack } from '../policy/schema';

export const moDwdToolbox = {
  id: 'mo-dwd-toolbox',
  base: 'mo-dwd-toolbox',
  name: 'Missouri DWD — Case Management Contact (Toolbox 600 CMC)',
  citations: {
    'pii-in-note': 'DWD Issuance 01-02 Ch. 1, §2 Substance (entries related to the service plan); PII guidance',
    'contact-type-missing': 'DWD Issuance 01-02 Ch. 1, §2 Substance ("must indicate the type of contact")',
    'unsuccessful-attempt': 'DWD Issuance 01-02 Ch. 1, §2.2 Telephone Contact',
    'response-pending': 'DWD Issuance 01-02 Ch. 1, §2.3 Letters or E-mails',
    'third-party-insufficient': 'DWD Issuance 01-02 Ch. 1, §2.2 Telephone Contact (provider / alternate contact)',
    'progress-missing': "DWD Issuance 01-02 Ch. 1, §2 Substance (documentation of the customer's progress)",
    'justification-missing': 'DWD Issuance 01-02 Ch. 1, §2 Substance (justification for continuation of services)',
    'not-substantive': 'DWD Issuance 01-02 Ch. 1, §2 Substance (entries should be substantive)',
    'contact-date-invalid': 'DWD Issuance 01-02 Ch. 1, §2 Substance (an entry every 90 days: the contact date starts the count)',
    'contact-date-earlier': 'DWD Issuance 01-02 Ch. 1, §2 Substance (an entry every 90 days: the day of the contact starts the count)',
    'contact-type-differs': 'DWD Issuance 01-02 Ch. 1, §2 Substance ("must indicate the type of contact")',
    'contact-date-missing': 'DWD Issuance 01-02 Ch. 1, §2.3 (contact method documented in the file)',
    'late-entry': 'Local practice (Wisconsin DWD WIOA manual §12.2.5 timeliness)',
    'next-step-missing': 'DWD Issuance 01-02 Ch. 1, §2 (justification for continuation); local practice',
  },
  interval: { kind: 'days', days: 90, onMiss: 'soft-exit' },
  acceptedContactTypes: ['in-person', 'telephone', 'letter', 'email'],
  writtenNeedsResponse: true,
  // §2.2: the provider when the customer is unavailable; the alternate only with
  // "considerable and substantive knowledge of the customer's progress".
  thirdParty: { provider: 'with-substantive-progress', alternate: 'with-substantive-progress' },
  rules: {
    'late-entry': 'off',
    // Toolbox stamps every 600 CMC with its own date; a date in the text is a nicety.
    'contact-date-missing': 'info',
  },
  phrases: { justification: ['cmc 600'] },
  templates: [],
  contactTemplate: null,
  lateEntryDays: 10,
  minSubstantiveWords: 7,
} satisfies PolicyPack;
