/**
 * A nonprofit that runs SNAP Employment & Training as a third-party partner and co-enrols its people in WIOA; its
 * staff write every note with the funder's outcome code first, then mode and result codes, then a line of plain text
 * (fresh split: new voices, scored and listed but not floored yet). The voice: "OC1 engaged / OC2 no contact this
 * period / OC3 placed / OC4 in training / OC5 good cause pending / OC6 referred back to county", "Mode: IP/PH/VID/
 * TXT/EM/LTR", "Result: C" for a contact made and "Result: A" for an attempt, "pt" for the participant, component
 * codes (JS job search, JR job retention, ET education/training, WE work experience), and the county worker and
 * employers named by role. Offices in St. Louis and Kansas City (Missouri) and Minneapolis and St. Paul (Minnesota).
 * Sources of realism: SNAP E&T third-party reimbursement programs, whose billing depends on coded monthly
 * participation, and staff who type the code before they think about the note.
 * How I read the policy for the hard cases: the outcome code says what the month came to, not that anyone talked —
 * "OC3: placed" on the word of an employer or the county is not a contact with the participant; "Result: C" with
 * the mode and the participant's own news is a contact that connected; "Result: A" is an attempt whatever follows it;
 * a county E&T worker is someone else's caseworker; a text the participant answers counts as a written reply.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'f16-outcome-coded-et';

export const NOTES: LabelledNote[] = [
  note(MO, 'f16-outcome-coded-et-mo-001', `OC4 | 01/08/26 | Mode: IP | Result: C | Comp: ET
Pt (Derrick J.) in office for monthly. ServSafe + culinary class at St. Louis Kitchen Academy wk 4 of 10, attendance 19/20 days, knife skills check passed. WIOA ITA cont per IEP (line cook). Next monthly 2/5.`, 'I', 'P', true, []),
  note(MO, 'f16-outcome-coded-et-mo-002', `OC2 | 02/05/26 | Mode: PH | Result: A
No answer x2, LM.`, 'T', 'P', false, [UA]),
  note(MO, 'f16-outcome-coded-et-mo-003', `OC4 | 02/06/26 | Mode: PH | Result: C | Comp: ET
Pt RC. ServSafe manager cert passed 2/2 (score 84). Externship at Union Station hotel kitchen starts 2/16. Cont ITA thru externship per IEP.`, 'T', 'P', true, []),
  // The placement comes from the employer; the participant was not reached.
  note(MO, 'f16-outcome-coded-et-mo-004', `OC3: placed | 03/10/26 | Mode: PH | Result: C w/ employer | Comp: JR
Hotel chef (Marcus, Union Station) confirmed pt hired as prep cook 3/9, $16.25/hr, 32 hrs/wk. Pt not reached.`, 'T', 'V', false, [TP, JM]),
  note(MO, 'f16-outcome-coded-et-mo-005', `OC3 | 03/12/26 | Mode: TXT | Result: C | Comp: JR
Pt replied to text: "yes started monday, love it, 32 hrs, chef says full time in may." Retention svcs cont per IEP (90-day JR).`, 'E', 'P', true, []),
  note(MO, 'f16-outcome-coded-et-mo-006', `OC3 | 04/14/26 | Mode: TXT | Result: A | Comp: JR
JR check text sent, no reply.`, 'E', 'P', false, [RP]),
  note(MO, 'f16-outcome-coded-et-mo-007', `OC1 | 01/15/26 | Mode: IP | Result: C | Comp: JS
Pt Monique A. orientation + WIOA co-enroll paperwork. Resume started. 6 applications logged this wk (Amazon STL8, BJC dietary, Schnucks). Cont JS per IEP; needs interview clothing.`, 'I', 'P', true, []),
  note(MO, 'f16-outcome-coded-et-mo-008', `OC2 | 02/12/26 | Mode: IP | Result: A
Pt no show for JS workshop + monthly.`, 'I', 'P', false, [UA]),
  // The county E&T worker's news about her; the county is another agency.
  note(MO, 'f16-outcome-coded-et-mo-009', `OC5 | 02/13/26 | Mode: EM | Result: C w/ FSD
FSD E&T worker emailed: pt reported good cause (child sick) for 2/12, FSD approved. No info on job search.`, 'E', 'O', false, [TP, PM, JM]),
  note(MO, 'f16-outcome-coded-et-mo-010', `OC1 | 02/19/26 | Mode: PH | Result: C | Comp: JS
Talked w/ pt. Kid better. Interviewed BJC dietary aide 2/17, second interview 2/24. 14 apps total. Cont JS per IEP.`, 'T', 'P', true, []),
  note(MO, 'f16-outcome-coded-et-mo-011', `OC3 | 03/02/26 | Mode: PH | Result: C | Comp: JR
TC w/ pt. Hired BJC dietary aide, start 3/9, $17.10. Needs black non-slip shoes, voucher issued. JR svcs cont per IEP.`, 'T', 'P', true, []),
  note(MO, 'f16-outcome-coded-et-mo-012', `OC1 | 01/22/26 | Mode: VID | Result: C | Comp: WE
Zoom w/ pt Carlos V. WE at KC Habitat ReStore 20 hrs/wk, 3rd wk. Supervisor eval "meets." Forklift training 2/3. Cont WE per IEP.`, 'T', 'P', true, []),
  // Codes only: nothing shows whom the call reached or what was said.
  note(MO, 'f16-outcome-coded-et-mo-013', `OC1 | 02/20/26 | Mode: PH | Result: C`, 'T', 'P', false, [PM, JM, NS]),
  note(MO, 'f16-outcome-coded-et-mo-014', `OC2 | 03/20/26 | Mode: LTR | Result: A
Monthly contact letter mailed.`, 'L', 'P', false, [RP]),
  note(MO, 'f16-outcome-coded-et-mo-015', `OC2 | 03/31/26 | Mode: LTR | Result: A
Letter of 3/20 returned, "attempted - not known."`, 'L', 'P', false, [UA]),
  // The code says "C", but the talk was with his cousin.
  note(MO, 'f16-outcome-coded-et-mo-016', `OC6 | 04/07/26 | Mode: PH | Result: C
Spoke w/ pt's cousin at listed #. Cousin says Carlos moved to Texas in March. Referred back to county for closure.`, 'T', 'P', false, [UA]),
  note(MO, 'f16-outcome-coded-et-mo-017', `OC4 | 01/28/26 | Mode: IP | Result: C | Comp: ET
Shelby F. met at office. Pharmacy tech course (Vatterott online) module 3 of 8, quiz avg 88. Needs laptop repair, referred to PCs for People. DOB 07/14/1996. Cont ITA per IEP.`, 'I', 'P', true, [PII]),
  note(MO, 'f16-outcome-coded-et-mo-018', `OC4 | 02/25/26 | Result: C | Comp: ET
Pt says module 5 now, passed PTCB practice 76. Cont per IEP.`, '-', 'P', false, [CT]),
  note(MO, 'f16-outcome-coded-et-mo-019', `OC4 | 03/25/26 | Mode: EM | Result: A
Emailed pt for March attendance printout.`, 'E', 'P', false, [RP]),
  note(MO, 'f16-outcome-coded-et-mo-020', `OC4 | 03/27/26 | Mode: EM | Result: C | Comp: ET
Pt emailed back w/ printout: 100% attendance March, module 7 of 8 done, final exam 4/10. Cont ITA per IEP thru PTCB.`, 'E', 'P', true, []),

  note(MN, 'f16-outcome-coded-et-mn-001', `OC4 | 01/07/26 | Mode: IP | Result: C | Comp: ET
Pt Abdirahman Y. at Mpls office. CDL-B class at Hennepin Tech, permit passed 1/5, behind-wheel 2/2. Attending 4 days/wk. ISS reviewed.`, 'I', 'P', true, []),
  note(MN, 'f16-outcome-coded-et-mn-002', `OC2 | 02/04/26 | Mode: PH | Result: A
VM box not set up.`, 'T', 'P', false, [UA]),
  note(MN, 'f16-outcome-coded-et-mn-003', `OC4 | 02/05/26 | Mode: TXT | Result: C
Pt texted back: "Sorry I was driving practice. Behind wheel going good, road test 2/26." Record reviewed.`, 'E', 'P', true, []),
  note(MN, 'f16-outcome-coded-et-mn-004', `OC3: placed | 03/09/26 | Mode: PH | Result: C | Comp: JR
TC w/ pt. CDL-B passed 2/26. Hired Metro Transit bus operator trainee, starts 3/16, $24.11. ISS updated to JR.`, 'T', 'P', true, []),
  // Hennepin County's E&T worker is another agency; she passed on his start date.
  note(MN, 'f16-outcome-coded-et-mn-005', `OC3 | 04/08/26 | Mode: EM | Result: C w/ county
Hennepin Co. E&T worker emailed that pt reported job start to county 3/16. Pt not contacted.`, 'E', 'O', false, [TP]),
  note(MN, 'f16-outcome-coded-et-mn-006', `OC1 | 01/14/26 | Mode: PH | Result: C | Comp: JS
Talked w/ pt Crystal N. 10 apps this wk, interview Cub Foods deli 1/16. Resume updated w/ her ServSafe. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'f16-outcome-coded-et-mn-007', `OC2 | 02/11/26 | Mode: PH | Result: A
Phone answered by kid, hung up.`, 'T', 'P', false, [UA]),
  note(MN, 'f16-outcome-coded-et-mn-008', `OC2 | 02/13/26 | Mode: TXT | Result: A
Texted pt re Feb monthly. Read 2/13, no reply.`, 'E', 'P', false, [RP]),
  note(MN, 'f16-outcome-coded-et-mn-009', `OC1 | 02/20/26 | Mode: IP | Result: C
Pt walked in. Doing fine.`, 'I', 'P', true, [PM, NS]),
  note(MN, 'f16-outcome-coded-et-mn-010', `OC3 | 03/18/26 | Mode: PH | Result: C | Comp: JR
Crystal called. Started Cub Foods deli 3/10, 28 hrs, $16.50. Needs bus card til first check, given. ISS updated.`, 'T', 'P', true, []),
  note(MN, 'f16-outcome-coded-et-mn-011', `OC4 | 01/21/26 | Mode: VID | Result: C | Comp: ET
Teams w/ pt Pa Houa V. Medical admin assistant cert at Saint Paul College, midterm 91, 2 absences. Record + ISS reviewed. Grades printout in file.`, 'T', 'P', true, []),
  note(MN, 'f16-outcome-coded-et-mn-012', `OC4 | 02/18/26 | Mode: EM | Result: A
Sent Feb check in email.`, 'E', 'P', false, [RP]),
  note(MN, 'f16-outcome-coded-et-mn-013', `OC4 | 02/19/26 | Mode: PH | Result: C w/ instructor | Comp: ET
Instructor (Ms. Thao) says pt attending all classes, 88% in medical terminology, externship placement at Regions in April.`, 'T', 'V', false, []),
  note(MN, 'f16-outcome-coded-et-mn-014', `OC4 | 02/26/26 | Mode: EM | Result: C
Pt replied to 2/18 email: on spring break, externship paperwork done, background check cleared.`, 'E', 'P', true, []),
  note(MN, 'f16-outcome-coded-et-mn-015', `OC4 | Mode: IP | Result: C | Comp: ET
Pt in office, externship at Regions started, 12 of 120 hrs done. ISS reviewed.`, 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'f16-outcome-coded-et-mn-016', `OC1 | 01/26/26 | Mode: IP | Result: C | Comp: JS
Pt Jamal W. intake for E&T + WIOA. Goal warehouse/forklift. 3 applications today in lab. ISS started.`, 'I', 'P', true, []),
  note(MN, 'f16-outcome-coded-et-mn-017', `OC1 | 02/23/26 | Mode: IP | Result: C | Comp: JS
Not a no-show: pt came in at 10, we met 20 min. 2 interviews this wk (Amazon MSP1 2/25, Target DC 2/26), forklift class booked 3/2. ISS reviewed.`, 'I', 'P', true, []),
  note(MN, 'f16-outcome-coded-et-mn-018', `OC2 | 03/24/26 | Result: A
No contact this month.`, '-', 'P', false, [CT]),
  note(MN, 'f16-outcome-coded-et-mn-019', `OC6 | 04/21/26 | Mode: LTR | Result: A
Noncompliance letter mailed, copy to Ramsey Co.`, 'L', 'P', false, [RP]),
  note(MN, 'f16-outcome-coded-et-mn-020', `OC1 | 04/28/26 | Mode: PH | Result: C | Comp: JS
Pt called after letter. Had interviews at Amazon MSP1 and Target DC, Target offered 2nd shift $19, starts 5/4. Told county. ISS updated, moving to JR.`, 'T', 'P', true, []),
];
