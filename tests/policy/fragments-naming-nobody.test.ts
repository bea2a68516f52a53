/**
 * A fragment on the participant's own record that names nobody: "TC - discussed job search, will apply at
 * Hy-Vee", "Video call 3/4: reviewed resume, agreed to apply at Menards". The contact has a channel and a two-way
 * outcome (discussed, reviewed, agreed) and nobody else is in view: it was with the participant. A workplace or a
 * school where the participant applies, works, starts or studies ("at Hy-Vee", "at Hennepin Tech") is a place, not
 * a party to the contact. Anyone named as a party refuses: a relation, a role, a title, another first name, an
 * organisation called or met; and so do tries, plans and one-way messages. Both packs; our own sentences.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a fragment naming nobody, with a workplace or school in it, is with the participant', () => {
  counts([
    ['TC - discussed job search, will apply at Hy-Vee.', 'telephone'],
    ['Video call 3/4: reviewed resume, agreed to apply at Menards.', 'telephone'],
    ['TC 3/4 - discussed her first week, started at Walmart DC 3/1, 32 hrs.', 'telephone'],
    ['OV 3/4. Discussed the CNA class at Hennepin Tech; attendance 100%.', 'in-person'],
    ['TC 3/4 - discussed hours, still working at Cub Foods 28 hrs/wk.', 'telephone'],
  ]);
});

describe('someone named as a party, a try, a plan or a one-way message', () => {
  doesNotCount([
    'TC 3/4 - discussed her hours with the Hy-Vee manager, she will apply at Menards.',
    'TC 3/4 - discussed job search w/ her mother, she will apply at Hy-Vee.',
    'TC 3/4 - Ms. Ortiz discussed the opening at Menards.',
    'TC 3/4 re: the opening at Menards. No answer, LVM.',
    'Will TC 3/8 to discuss applying at Menards.',
    'Texted 3/4 re: applying at Menards.',
    'TC 3/4 - Dana discussed the opening at Menards.',
    'TC w/ Menards HR 3/4: discussed her start date at Menards.',
    'TC 3/4 - discussed applying at Menards with the manager there.',
  ]);
});
