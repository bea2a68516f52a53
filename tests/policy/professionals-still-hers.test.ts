/**
 * The participant written the ways that look like a professional or an agency still counts: her shorthand in
 * capitals after "TC w/", a note typed in capitals, a credential she studies for, a certificate she earned.
 */
import { describe } from 'vitest';
import { counts } from './both-packs';

describe('the participant, not a professional or an agency', () => {
  counts([
    ['TC w/ CL 3/4: she started at Hy-Vee, 30 hrs/wk.', 'telephone'],
    ['TC w/ PT 3/4: she started at Hy-Vee, 30 hrs/wk.', 'telephone'],
    ['TC W/ CUST 3/4: SHE STARTED AT HY-VEE, 30 HRS/WK.', 'telephone'],
    ['Met with Maria Lopez, RN student, in person 3/4: clinicals going well.', 'in-person'],
    ['Met with Maria, CNA, at her new job 3/4: she works 30 hrs/wk.', 'in-person'],
  ]);
});

describe("a program's letters before the participant's word", () => {
  counts([
    ['TC w/ DW customer 3/20: she has applied to 9 jobs, 3 interviews. Continue job search assistance.', 'telephone'],
    ['Worksite mtg w/ OJT trainee 5/20: running the lathe solo now, 320 of 480 OJT hrs. Continue OJT.', 'in-person'],
  ]);
});
