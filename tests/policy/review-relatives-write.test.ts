/**
 * Review near-misses, written before reading the reader's change: a relative, a roommate or a spouse named as the
 * alternate contact e-mails or texts us news of the participant. Missouri DWD 01-02 Change 1 takes an alternate contact
 * in person or by telephone, and a letter or e-mail only with the customer's own response; Minnesota takes no third
 * party. None may count in either pack.
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe("a relative's or a roommate's one-way message", () => {
  doesNotCount([
    "Client's mom e-mailed the attendance report 3/3: 100%.",
    "Client's dad e-mailed the attendance report 3/3: 100%.",
    "Client's mom e-mailed 3/3: she has 100% attendance and passed the midterm.",
    "Client's mom texted the attendance report 3/3: 100%.",
    'Roommate e-mailed the attendance report 3/3: 100%.',
    "Client's wife (alternate contact) e-mailed 4/10: he passed his first 30 days, 12 hr days.",
  ]);
});
