/**
 * Notes written as incident reports: "R/W" is the reporting writer (the case manager) and "P1" the participant.
 * "R/W made telephonic contact with P1. P1 stated …" is a two-way contact with her; the writer's attempt, a
 * relative's or a parole officer's word, or a visit where she was not there is not. Both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('the reporting writer made contact with P1', () => {
  counts([
    ['On 03/04/2026 at approximately 1015 hours, R/W made telephonic contact with P1. P1 stated he started at Casey\'s 3/2, 30 hrs/wk. Services continue per IEP.', 'telephone'],
    ['On 03/04/2026 R/W made contact with P1 in person at the office. P1 stated in summary that she passed the CNA exam 3/1. Nothing further.', 'in-person'],
    ['On 04/02/2026 at 1400 hours this reporting writer made telephonic contact with P1, who stated he finished week 6 of the CDL course. ISS reviewed.', 'telephone'],
    ['On 05/11/2026 R/W made contact by telephone with P1. P1 stated she is working 32 hrs at Hy-Vee, $15/hr. Nothing further.', 'telephone'],
  ]);
});

describe('near misses: no two-way contact with P1', () => {
  doesNotCount([
    'On 03/04/2026 R/W attempted telephonic contact with P1. No answer. Nothing further.',
    'On 03/04/2026 R/W attempted contact with P1 at the listed address. No answer at the door. A business card was left in the door jamb.',
    "On 03/04/2026 R/W made telephonic contact with P1's mother, who stated P1 is working at Casey's. Nothing further.",
    "On 03/04/2026 R/W made telephonic contact with P1's PO, who advised P1 reported on 3/2 and is working. R/W has not spoken with P1.",
    'On 03/04/2026 R/W responded to the listed address for a scheduled home visit. P1 was not present. Nothing further.',
    "On 03/04/2026 R/W made contact at the residence with P1's aunt, who stated P1 was at work. P1 was not present.",
  ]);
});
