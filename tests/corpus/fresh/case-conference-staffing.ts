/**
 * Case conferences and staffings with partner agencies (fresh split: new voices, scored and listed but not floored
 * yet): IDT and team meetings, MFIP/TANF/WIOA joint staffings, probation and parole, Vocational Rehabilitation,
 * treatment providers, schools and employers, written as minutes ("Attendees:", "Present:", "Staffing summary")
 * or as a line in the chronology. The participant is sometimes in the room, often not; the partners' reports are
 * the traps. Labels come from the policies and the definition of a qualifying contact, written before the checker
 * ever ran on them.
 * A county or state caseworker, VR counselor, probation officer or treatment counselor is "other"; a school,
 * instructor, Job Corps centre or employer the provider; a parent or sibling the alternate. A staffing counts as
 * the participant's contact only when they took part; in Missouri a provider's in-person report with substantive
 * progress and a reason to continue counts on its own (§2.1).
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'case-conference-staffing';

export const NOTES: LabelledNote[] = [
  note(MO, 'case-conference-staffing-mo-001', 'CASE STAFFING 03/03/2026 - Jefferson City Job Center\nAttendees: cust (Devon Harlan), CM, VR counselor (T. Mabry), Lincoln U. academic advisor\nDevon reported he passed all 4 courses fall term (GPA 2.9) and is registered for 13 cr hrs spring. VR will pay for his laptop; WIOA continues tuition via ITA. Devon agreed to send midterm grades by 3/20. Continue ITA per IEP.', 'I', 'P', true, []),
  note(MO, 'case-conference-staffing-mo-002', 'Staffing 3/5 w/ FSD worker and Probation & Parole (PO Sims) re: cust\'s schedule conflicts. Cust not present. PO states cust is reporting as required.', 'I', 'O', false, [TP, PM, JM]),
  // MO §2.1: an in-person contact with the training provider, with attendance, a passed test and a reason to go on.
  note(MO, 'case-conference-staffing-mo-003', 'Case conference 3/9 at Cape Girardeau Career & Tech Center with welding instructor Ray Boyd. Cust was in the shop and did not attend. Boyd reports cust has 96% attendance, passed the 3G plate bend test 3/6, and is on track to finish 5/15. He recommends continuing; cust will need the 6G test fee in April. Continue ITA per IEP.', 'I', 'V', true, []),
  note(MO, 'case-conference-staffing-mo-004', 'Staffing set for 3/12 @ 2pm w/ cust, CM and Job Corps admissions rep to review cust\'s transfer.', '-', 'P', false, [CT]),
  // The customer's no-show is an attempt; the Job Corps rep met in person had no progress to give.
  note(MO, 'case-conference-staffing-mo-005', 'Team staffing 3/12: cust did not attend (no call/no show). Present: CM, Job Corps admissions rep A. Whitfield. Whitfield reports cust has not finished the Job Corps application yet.', 'I', 'V', false, [UA, TP, PM, JM]),
  note(MO, 'case-conference-staffing-mo-006', 'IDT mtg 3/16, cust present. Cust stated classes are going ok. No concerns.', 'I', 'P', true, [PM, JM, NS]),
  // Minutes from another agency's meeting, telling of the DVR counselor's own contact: nothing this writer did.
  note(MO, 'case-conference-staffing-mo-007', 'CM unable to attend 3/18 staffing. Per staffing minutes (attached, written by DVR): cust met w/ DVR counselor 3/17 and reported she is attending ABE classes 3x/wk.', '-', '-', false, [CT]),
  note(MO, 'case-conference-staffing-mo-008', 'Joint staffing (WIOA/TANF) 3/20 by Teams video: cust, CM, FSD case worker Ms. Pruitt. Cust reported she has completed 60 of 120 clinical hrs for CNA at Moberly Area CC and passed the skills lab check-off 3/17. FSD extended childcare authorization through 5/31. Cont. ITA per IEP.', 'T', 'P', true, []),
  note(MO, 'case-conference-staffing-mo-009', 'Conference call 3/24 w/ Brewer Science HR (Kim Loftis) re: OJT. Cust not on the call. HR confirmed the OJT contract is signed and returned.', 'T', 'V', false, [TP, PM, JM]),
  note(MO, 'case-conference-staffing-mo-010', 'Case reviewed at weekly team mtg 3/26 (CM, supervisor, BSR). Cust at 87 days since last contact. Team agreed CM will attempt a home visit by 3/30.', '-', '-', false, [CT, NS]),
  note(MO, 'case-conference-staffing-mo-011', 'Staffing 3/31 at the job center: cust (age 22), his mother, CM and adult ed teacher Mrs. Greer. Cust said he passed the HiSET math subtest 3/25 (score 12) and has only science left, testing 4/14. Mother will drive him. Continue adult ed + WEX per IEP.', 'I', 'P', true, []),
  // The mother came instead: one fact (a job), no hours, no reason to continue (MO §2.2 "considerable and substantive").
  note(MO, 'case-conference-staffing-mo-012', 'Cust\'s mother came to the 4/2 staffing in his place; cust was at work. Mother says he is working at Casey\'s now, not sure how many hrs.', 'I', 'A', false, [TP, JM]),
  note(MO, 'case-conference-staffing-mo-013', 'Multi-agency staffing 4/7 (Preferred Family Healthcare, WIOA, P&P). Cust attended and participated. Cust reports 5 wks at the Kohler plant 2nd shift, 40 hrs/wk at $17/hr, passed his 30-day review. P&P confirms compliance. Continue follow-up services per IEP for retention.', 'I', 'P', true, []),
  note(MO, 'case-conference-staffing-mo-014', 'Staffing summary e-mailed to team 4/9 (cust cc\'d). No responses.', 'E', 'P', false, [RP]),
  // Financial aid reports money and enrolment, not progress in the training, and gives no reason to continue.
  note(MO, 'case-conference-staffing-mo-015', 'Staffing call 4/13 w/ Ozarks Tech financial aid re: cust\'s Pell. Fin aid reports Pell award of $3,450 disbursed 1/20; cust enrolled full-time.', 'T', 'V', false, [TP, PM, JM]),
  note(MN, 'case-conference-staffing-mn-001', 'MFIP/WIOA staffing 3/2 @ WFC Bemidji. Present: client, ES counselor (me), county FWW (Jill K.). Client reports she finished her CNA class 2/26, state test scheduled 3/19. Discussed childcare for clinicals. ES plan updated, ISS reviewed.', 'I', 'P', true, []),
  // The ABE teacher (provider) gave the attendance; the client was not there, so no monthly contact.
  note(MN, 'case-conference-staffing-mn-002', 'Staffing 3/4 w/ county FWW & ABE teacher, client not present. ABE teacher says client has attended 3 of 8 sessions since Feb.', 'I', 'V', false, []),
  note(MN, 'case-conference-staffing-mn-003', 'Client was scheduled to join the 3/9 staffing by phone. Called her at start of mtg x2, no answer. Staffing went ahead without her.', 'T', 'P', false, [UA]),
  note(MN, 'case-conference-staffing-mn-004', 'Case conference 3/11 via Teams - client, me, DVR counselor Maya Ostrowski. Client said the forklift course is going well, passed the written test 3/10, driving eval 3/18. DVR covering steel-toe boots. ISS reviewed.', 'T', 'P', true, []),
  note(MN, 'case-conference-staffing-mn-005', 'Monthly Youth IDT 3/16. Attendees: CM, HS counselor, juvenile probation. Youth discussed; grades improving per counselor (2 F\'s now D\'s). Youth not present.', 'I', 'V', false, []),
  note(MN, 'case-conference-staffing-mn-006', 'Staffing at client\'s request 3/18, client came in with her sister. Client reports she quit Dollar General 3/12 (hrs cut to 8/wk) and is applying at Menards and Costco. Updated resume together.', 'I', 'P', true, []),
  note(MN, 'case-conference-staffing-mn-007', 'Staffing notes from 3/20 rec\'d from DHS case aide and filed.', '-', '-', false, [CT, NS]),
  note(MN, 'case-conference-staffing-mn-008', 'staffed case w/ client + FWW 3/23. client working 20 hrs @ Culvers, wants more hrs. ok\'d keeping job search at 10 hrs/wk. ES plan signed', 'I', 'P', true, []),
  // The caseworker tells what the client told her: second-hand, from someone else's contact.
  note(MN, 'case-conference-staffing-mn-009', 'Staffing 3/25: FWW reports client told her on 3/24 she got hired at the Walmart DC, starts 4/1. Will verify with client.', 'I', 'O', false, [TP]),
  note(MN, 'case-conference-staffing-mn-010', 'Pre-staffing prep 3/27: reviewed file, pulled ABE attendance, e-mailed agenda to team for the 3/30 staffing. Client will be invited.', '-', '-', false, [CT, NS]),
  note(MN, 'case-conference-staffing-mn-011', 'Staffing 3/30, client attended. Touched base. Nothing new.', 'I', 'P', true, [PM, NS]),
  // Checked in at the desk but left before anyone saw her: a drop-in nobody met; the staffing was with the caseworker.
  note(MN, 'case-conference-staffing-mn-012', 'Client checked in at the front desk 4/2 for staffing but left before it started (FWW running late). Did not see client. Staffing held w/ FWW only, discussed sanction status.', 'I', 'O', false, [TP, PM]),
  note(MN, 'case-conference-staffing-mn-013', 'Joint staffing 4/6 at Anoka Tech w/ client, her instructor and CM. Instructor: client at 94% in Electrical Fundamentals. Client says she is short on gas money for the commute. Gas card issued.', 'I', 'P', true, []),
  note(MN, 'case-conference-staffing-mn-014', 'Staffing 4/9 - client\'s dad called in on speaker (client at work). Dad says she got a raise to $19/hr at Polaris and is picking up OT.', 'T', 'A', false, []),
  note(MN, 'case-conference-staffing-mn-015', 'Team staffing 4/13 moved to 4/20, client\'s ASL interpreter unavailable. Client notified of new date by letter 4/13.', 'L', 'P', false, [RP]),
  // Invited by letter and text, absent: the partners' reports (one of them the customer's own words to VR) are someone else's contacts.
  note(MO, 'case-conference-staffing-mo-016', 'CASE STAFFING SUMMARY\nDate: 04/16/2026   Location: Springfield Job Center, Conf Rm B\nAttendees: CM (WIOA), L. Farris (VR counselor), D. Ocampo (FSD/TANF worker), J. Brandt (peer specialist, Preferred Family Healthcare)\nCustomer: invited by letter 4/6 and by text 4/13; did not attend and did not call.\nPurpose: coordinate services before the customer\'s 90-day date (5/2).\nDiscussion: VR reports the customer told her at their 4/10 meeting that she is still attending the Medical Office Assistant course at OTC and failed the first coding quiz but retook it and passed. VR will pay for her glasses. FSD reports TANF work participation hours were met for March (31 hrs/wk) and childcare is authorized through 6/30. Peer specialist had no update and has not seen the customer since 3/27. Team agreed WIOA will keep paying tuition through the spring term if enrollment is confirmed.\nAction items: CM to call the customer and the OTC instructor by 4/23; VR to send its 4/10 case note; next staffing 5/14.', 'I', 'O', false, [UA, RP, TP]),
  note(MN, 'case-conference-staffing-mn-016', 'Staffing - 04/20/2026 - Thief River Falls WFC\nPresent: client (Brianna), me (WIOA counselor), Pennington Co. MFIP FWW Carla, Northland instructor Mr. Haugen (by phone for the first 15 min).\nBrianna opened by saying she is worried about her math grade. Mr. Haugen said she has a 71% in Technical Math and 88% in Intro to Ag Mechanics, attendance is good, and the math lab is open Tues/Thurs. Brianna said she can go Thursdays once her sister can watch the baby; right now childcare ends at 4 and lab runs till 5. Carla will request extended hours from the childcare provider. Brianna also told us she picked up weekend shifts at the Cenex c-store (about 12 hrs) and that her car needs two tires before winter; I will look at supportive services for tires. We went over the ISS together and added the math lab as a goal. Brianna signed the updated ES plan. Next staffing in 6 weeks; monthly check-in by phone in May.', 'I', 'P', true, []),
];
