/**
 * Missouri DWD Issuance 01-02 Change 1, "Case Management Contact (CMC - 600 Code)",
 * as entered in Toolbox. One qualifying entry every 90 days or the customer soft-exits.
 */
import type { PolicyPack } from './schema';

export const moDwdToolbox = {
  id: 'mo-dwd-toolbox',
  base: 'mo-dwd-toolbox',
  name: 'Missouri DWD — Case Management Contact (Toolbox 600 CMC)',
  citations: {
    substance: 'DWD Issuance 01-02 Ch. 1, §2 Substance',
    inPerson: 'DWD Issuance 01-02 Ch. 1, §2.1 In Person Contact',
    telephone: 'DWD Issuance 01-02 Ch. 1, §2.2 Telephone Contact',
    written: 'DWD Issuance 01-02 Ch. 1, §2.3 Letters or E-mails',
  },
  interval: { kind: 'days', days: 90, onMiss: 'soft-exit' },
  acceptedContactTypes: ['in-person', 'telephone', 'letter', 'email'],
  writtenNeedsResponse: true,
  // §2.2: the provider when the customer is unavailable; the alternate only with
  // "considerable and substantive knowledge of the customer's progress".
  thirdParty: { provider: 'with-substantive-progress', alternate: 'with-substantive-progress' },
  rules: {
    'mn-record-review': 'off',
    'mn-supporting-docs': 'off',
    'late-entry': 'off',
    // Toolbox stamps every 600 CMC with its own date; a date in the text is a nicety.
    'contact-date-missing': 'info',
  },
  phrases: { justification: ['cmc 600'] },
  lateEntryDays: 10,
  minSubstantiveWords: 7,
} satisfies PolicyPack;
