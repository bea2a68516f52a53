/**
 * A hospital's work-based learning coordinator who is also the WIOA partner's case manager for the hospital's earn-
 * and-learn cohorts (locked split, batch 17: scored and floored, aggregates only): in Missouri, a Springfield health
 * system's "Grow Our Own" tracks (environmental services to patient care tech, sterile processing, pharmacy tech)
 * funded with WIOA ITAs and OJT through the Ozark Region Job Center; in Minnesota, a Duluth and a Bemidji hospital's
 * CNA-to-LPN and surgical tech pathways co-enrolled with the local CareerForce provider. The voice: nursing-education
 * and HR words - "learner", "cohort", "preceptor", "unit manager", "competency check-off", "rounded on 4 West",
 * "huddle", "Epic secure chat", "Teams", "PTO", "badge data" - written quickly between rounds, with the unit and shift
 * first. Sources: hospital workforce-development and nurse-residency documentation habits.
 * Labels come from the policies and the definition of a qualifying contact, written before any checker ran on them.
 * How I read the hard cases: rounding on the unit and talking with the learner about her check-offs is an in-person
 * contact; walking to the unit and finding her on PTO is a try. A wave at the start-of-shift huddle exchanges nothing,
 * and neither does an orientation talk to a room of nine: both are no contact. An Epic secure chat or Teams message is
 * e-mail: it counts when the learner writes to us or back (a chat that only sets a time is still a contact, short of
 * progress), not when it shows "read". Badge data and the LMS transcript are records, no contact. The preceptor and
 * the unit manager are the learner's training provider and employer: in Missouri their report counts when it carries
 * concrete progress and a reason to continue (§2.2), and not with "she's doing great"; in Minnesota it is recorded
 * (Letter 110, Policy 6) and never the monthly contact. A Teams video call is telephone.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'l17-hospital-wbl-coordinator';
export const BATCH = 17;

export const NOTES: LabelledNote[] = [
  note(MO, 'l17-hospital-wbl-coordinator-mo-001', `4 West / days - Rounded on learner (Keisha D., PCT track) 03/04/26 at 1030, talked 15 min at the nurses' station. 11 of 18 PCT competency check-offs signed (EKG, blood glucose, I&O done this week). Still working 0.6 EVS on weekends. On track for PCT completion 4/30. WIOA ITA continues per IEP (patient care tech); next round 3/18.`, 'I', 'P', true, []),
  // I went to the unit; she was off.
  note(MO, 'l17-hospital-wbl-coordinator-mo-002', `4 West - went up to round on Keisha 03/18/26, charge nurse says she is on PTO through Friday. Will try Monday.`, 'I', 'P', false, [UA]),
  note(MO, 'l17-hospital-wbl-coordinator-mo-003', `03/23/26 Epic secure chat to Keisha: "Can you stop by my office this week? Need your check-off sheet." Shows read 1412. No reply yet.`, 'E', 'P', false, [RP]),
  note(MO, 'l17-hospital-wbl-coordinator-mo-004', `03/24/26 Keisha replied in secure chat: "sorry was out w/ my son. 15/18 now, just need restraints, phlebotomy x2. will bring sheet thurs." Continue ITA per IEP, completion still 4/30.`, 'E', 'P', true, []),
  // The preceptor, with check-offs and a reason to keep going.
  note(MO, 'l17-hospital-wbl-coordinator-mo-005', `04/08/26 TC w/ Keisha's preceptor (Amanda R., RN, 4 West). Keisha passed phlebotomy check-offs x2 on 4/6, restraints scheduled 4/10, 0 call-ins in April, "ready for independent assignment." Learner remains in PCT training per IEP; ITA continues to completion 4/30. Keisha on PTO today, will round Friday.`, 'T', 'V', true, []),
  note(MO, 'l17-hospital-wbl-coordinator-mo-006', `04/13/26 - SPD manager stopped me in the hall: "Jordan's doing great." That's all.`, 'I', 'V', false, [TP, PM, JM]),
  note(MO, 'l17-hospital-wbl-coordinator-mo-007', `Sterile Processing cohort 2 - Jordan P. 04/15/26 met in SPD break room 20 min. Passed CRCST practice exam 2 (78%), 280 of 400 hands-on hours logged. Wants nights after certification. Cont ITA per IEP (sterile processing tech), next meeting 5/13.`, 'I', 'P', true, []),
  note(MO, 'l17-hospital-wbl-coordinator-mo-008', `05/13/26 - Jordan no-show for 1:1 in SPD. Supervisor said he swapped to evenings this week. Teams msg sent asking for new time.`, 'E', 'P', false, [UA, RP]),
  note(MO, 'l17-hospital-wbl-coordinator-mo-009', `05/15/26 - Teams video w/ Jordan 10 min from his car before shift. 336/400 hrs. CRCST exam booked 6/12. Continue ITA per IEP.`, 'T', 'P', true, []),
  note(MO, 'l17-hospital-wbl-coordinator-mo-010', `05/20/26 - Badge data pulled for SPD cohort 2 (all learners on time this pay period). LMS transcript shows Jordan completed Infection Prevention module 5/18.`, '-', '-', false, [CT]),
  note(MO, 'l17-hospital-wbl-coordinator-mo-011', `Start-of-shift huddle 5 South 06/02/26: said hi to Tamika (pharmacy tech track) on her way to the tube station.`, 'I', 'P', false, [NS]),
  note(MO, 'l17-hospital-wbl-coordinator-mo-012', `06/03/26 - Tamika D. came to my office 2:15, 25 min. PTCB exam passed 5/29! Starting pharmacy tech I in central pharmacy 6/15, $17.80/hr (was $14.10 in EVS). Remaining WIOA: retention follow-up per IEP, closing ITA.`, 'I', 'P', true, []),
  note(MO, 'l17-hospital-wbl-coordinator-mo-013', `06/10/26 - TC to Tamika cell x2, VM not set up.`, 'T', 'P', false, [UA]),
  note(MO, 'l17-hospital-wbl-coordinator-mo-014', `06/24/26 - Phone w/ Tamika. Fine.`, 'T', 'P', true, [PM, JM, NS]),
  // Our HR partner confirms a hire; no reason given to keep services open.
  note(MO, 'l17-hospital-wbl-coordinator-mo-015', `07/01/26 - HR (Talent Acq.) confirmed by phone: Jordan P. accepted SPD Tech I nights, start 7/6, $18.25 + $2 shift diff.`, 'T', 'V', false, [TP, JM]),
  note(MO, 'l17-hospital-wbl-coordinator-mo-016', `07/08/26 - Rounded on 2 Ortho, Luis M. (PCT track) in a patient room, couldn't talk. Left my card at the desk.`, 'I', 'P', false, [UA]),
  note(MO, 'l17-hospital-wbl-coordinator-mo-017', `07/09/26 - Luis M. called me back from the unit phone, 10 min. 6 of 18 check-offs, struggling with charting in Epic, signed up for super-user help 7/14. Attendance perfect. Continue ITA per IEP, check in after 7/14.`, 'T', 'P', true, []),

  note(MN, 'l17-hospital-wbl-coordinator-mn-001', `CNA to LPN pathway / Duluth - met w/ learner (Hannah J.) in the education center 02/05/26, 30 min. Lake Superior College LPN term 2: Med-Surg 1 at 84%, pharm calc passed 100%. Working 0.5 CNA on 7B. Record reviewed, ISS and WF1 training enrollment current.`, 'I', 'P', true, []),
  note(MN, 'l17-hospital-wbl-coordinator-mn-002', `02/19/26 Teams msg to Hannah re: March clinical schedule. Shows seen. No response.`, 'E', 'P', false, [RP]),
  note(MN, 'l17-hospital-wbl-coordinator-mn-003', `03/02/26 - Hannah answered on Teams: "clinicals at St Luke's mon/tues 6a, still 0.5 on 7B weekends, Med-Surg 1 final is 3/12." ISS reviewed.`, 'E', 'P', true, []),
  // The clinical instructor's report is recorded; Hannah herself was not reached this month.
  note(MN, 'l17-hospital-wbl-coordinator-mn-004', `04/07/26 - Clinical instructor (LSC, Prof. Aho) emailed: Hannah passed Med-Surg 1 (B), 100% clinical attendance, starts Maternal-Child 4/13. Hannah on nights this week, will catch her on 7B.`, 'E', 'V', false, []),
  note(MN, 'l17-hospital-wbl-coordinator-mn-005', `04/21/26 - went to 7B at 0630 to catch Hannah at shift change; she had already left.`, 'I', 'P', false, [UA]),
  note(MN, 'l17-hospital-wbl-coordinator-mn-006', `04/23/26 Teams video call w/ Hannah 15 min. Maternal-Child going well, first quiz 88. Wants to switch to 0.4 FTE for summer, HR approved. Record and ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'l17-hospital-wbl-coordinator-mn-007', `Surgical tech pathway / Bemidji - Marcus B. 05/04/26 called learner, no answer, mailbox full. Texted the same number asking him to call.`, 'E', 'P', false, [UA, RP]),
  note(MN, 'l17-hospital-wbl-coordinator-mn-008', `05/06/26 - Marcus came down to the education office on his lunch, talked 20 min. NTC surgical tech: passed instrumentation practical 5/1, 42 of 120 cases logged in OR. Needs scrubs voucher, done. WF1 enrollment and ISS reviewed.`, 'I', 'P', true, []),
  note(MN, 'l17-hospital-wbl-coordinator-mn-009', `05/20/26 - stopped at the OR desk, manager (Jill) says Marcus is "a natural," first scrub on a lap chole 5/18, 51 cases logged. Marcus in surgery all day.`, 'I', 'V', false, []),
  note(MN, 'l17-hospital-wbl-coordinator-mn-010', `06/03/26 - checked in w/ Marcus.`, '-', 'P', false, [CT, PM, NS]),
  note(MN, 'l17-hospital-wbl-coordinator-mn-011', `06/16/26 - Phone call w/ Marcus 12 min: 68 cases, CST exam application in, graduation 8/14. Offered surgical tech position at the hospital contingent on CST. ISS updated, record reviewed.`, 'T', 'P', true, []),
  note(MN, 'l17-hospital-wbl-coordinator-mn-012', `07/14/26 - EVS to CNA cohort 4: orientation day, I presented WIOA and the ISS process to 9 learners incl. Ana R., Deshawn P. Paperwork handed out.`, 'I', 'P', false, [NS]),
  note(MN, 'l17-hospital-wbl-coordinator-mn-013', `07/21/26 - Ana R. brought back her WIOA application and ISS in person, we went over it 30 min. CNA class at the hospital 7/28-8/22, then 0.6 CNA on 5A. Barrier: childcare nights, referred to CCAP. WF1 enrollment entered.`, 'I', 'P', true, []),
  note(MN, 'l17-hospital-wbl-coordinator-mn-014', `08/11/26 - Epic secure chat from Ana: "can we meet about bus pass?" Replied yes, Thurs 2pm.`, 'E', 'P', true, [PM]),
  note(MN, 'l17-hospital-wbl-coordinator-mn-015', `08/13/26 - Ana did not come to the 2pm. Chat sent, unread.`, 'E', 'P', false, [UA, RP]),
  note(MN, 'l17-hospital-wbl-coordinator-mn-016', `Ana R. - met at the 5A desk after her shift, 15 min. Passed CNA skills test at the hospital, state written exam booked. Bus pass given. ISS reviewed.`, 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'l17-hospital-wbl-coordinator-mn-017', `09/08/26 - Deshawn P. dropped the EVS to CNA cohort per his manager; he took a job at Walmart DC. Tried his cell 9/8 and 9/9, both NA, no VM set up.`, 'T', 'P', false, [UA]),
];
