/**
 * A community-college "career coach" funded by WIOA who lives in the college's advising system and writes case notes
 * the way that system logs students (fresh split: new voices, scored and listed but not floored yet). The voice:
 * "student" for the participant, appointment outcome lines copied from the scheduler ("Appt Outcome: Attended /
 * No-Show / Cancelled by Student", "Location: Zoom"), early-alert flags raised by instructors and cleared by the coach
 * ("Flag: Attendance Concern — raised by …", "Flag cleared"), kudos, referrals, progress-survey results, the success
 * plan's steps, and a line or two of the coach's own. Colleges: Ozarks Technical CC, Metropolitan CC, St. Louis CC,
 * State Fair CC and Three Rivers (Missouri); Minneapolis College, Hennepin Tech, Saint Paul College, Lake Superior
 * College and Central Lakes (Minnesota). Sources of realism: college advising platforms (Starfish/EAB-style flags,
 * kudos and progress surveys) and coaches who paste their appointment summaries into the state system.
 * How I read the policy for the hard cases: an appointment booked is a plan; "Attended" with the coach and what was
 * talked about is a contact, a Zoom appointment being a video call (telephone); a flag raised or a progress survey
 * filled in by an instructor is the provider's one-way report (in Missouri it counts only if the coach actually
 * talked with the provider and got substantive progress and a reason to continue); a flag the system cleared by
 * itself or a kudos sent is no contact; a student's message in the advising inbox answering the coach is a written
 * reply (e-mail); a tutoring visit with someone else is not a contact with us.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'f16-starfish-advising-flags';

export const NOTES: LabelledNote[] = [
  note(MO, 'f16-starfish-advising-flags-mo-001', `Appt 01/27/2026 2:00 PM | Type: WIOA Career Coaching | Location: OTC Career Center, Rm 114 | Appt Outcome: Attended
Met with student (Jaylen T.) in person. HVAC cert, spring term 12 cr. Fall grades in: 3.1 GPA, EPA 608 Type I passed. Discussed part-time job at Springfield Heating, he starts Sat shifts. Success Plan step 3 of 5 complete. WIOA ITA continues spring per IEP.`, 'I', 'P', true, []),
  note(MO, 'f16-starfish-advising-flags-mo-002', `Flag: Attendance Concern | raised 02/16/2026 by Instructor R. Pruitt (HVAC 120) | "Jaylen has missed 3 labs."
Coach note: flag received, will reach out.`, 'E', 'V', false, [TP]),
  note(MO, 'f16-starfish-advising-flags-mo-003', `02/17/2026 Called student re: attendance flag. No answer, left VM. Sent Starfish message asking him to book a time.`, 'E', 'P', false, [UA, RP]),
  // Answered through the advising inbox; the coach wrote back; the flag is cleared on his news.
  note(MO, 'f16-starfish-advising-flags-mo-004', `02/18/2026 Starfish message from student: "sorry I had the flu, doctors note turned in to Pruitt, I made up 2 labs already and the last one is Fri." Replied, thanked him, reminded him of tutoring hours. Flag cleared 2/18 by coach. Continues in HVAC per IEP.`, 'E', 'P', true, []),
  note(MO, 'f16-starfish-advising-flags-mo-005', `Appt 03/24/2026 10:30 AM | Type: WIOA Career Coaching | Location: OTC Career Center | Appt Outcome: No-Show`, 'I', 'P', false, [UA]),
  note(MO, 'f16-starfish-advising-flags-mo-006', `Kudos sent 03/30/2026 to Jaylen T.: "Great job on your midterm!"`, 'E', 'P', false, [RP]),
  note(MO, 'f16-starfish-advising-flags-mo-007', `Appt 02/05/2026 | Type: WIOA Check-in | Location: Zoom | Appt Outcome: Attended
Zoom w/ student Brianna K., 20 min. Nursing prereqs at MCC-Penn Valley: A&P I B+, Micro in progress (84). TEAS test booked 4/14. Needs gas card for clinical site drive, submitted. ITA continues per IEP toward ADN program entry.`, 'T', 'P', true, []),
  // An invitation sent is a message still waiting, not a meeting.
  note(MO, 'f16-starfish-advising-flags-mo-008', `03/02/2026 Sent Brianna an appt invite for 3/9 via Starfish, reason "TEAS prep." Not accepted yet.`, 'E', 'P', false, [RP]),
  note(MO, 'f16-starfish-advising-flags-mo-009', `Appt 03/09/2026 | Type: WIOA Check-in | Location: Zoom | Appt Outcome: Cancelled by Student | Reason given: "work."`, 'T', 'P', false, [UA]),
  note(MO, 'f16-starfish-advising-flags-mo-010', `Appt 03/12/2026 | Location: Phone | Appt Outcome: Attended
Phone appt with Brianna. TEAS practice 71% (needs 65 for Penn Valley). Micro final 3/20. Will remain in WIOA through ADN admission decision per IEP.`, 'T', 'P', true, []),
  // The tutoring center's visit, not the coach's.
  note(MO, 'f16-starfish-advising-flags-mo-011', `Student Omar S. checked in at STLCC Tutoring Center kiosk 04/06/2026 (Networking tutoring, 55 min, with tutor D. Lee). Visit shows on his Starfish timeline.`, '-', '-', false, [CT, NS]),
  note(MO, 'f16-starfish-advising-flags-mo-012', `Progress Survey (March) – STLCC IS 150 Networking – Instructor marked: "Doing well in class," Attendance: Good, Current grade: B.`, 'E', 'V', false, [TP]),
  note(MO, 'f16-starfish-advising-flags-mo-013', `04/08/2026 In-person w/ Omar at Forest Park campus career center. Progress survey reviewed with him: B in Networking, A in Linux. Net+ exam voucher requested. Student working 25 hrs at Best Buy Geek Squad. ITA continues through summer term per IEP (network support).`, 'I', 'P', true, []),
  note(MO, 'f16-starfish-advising-flags-mo-014', `Flag: Academic Concern – auto-cleared by system at end of term 05/15/2026. No coach action.`, '-', '-', false, [CT, NS]),
  note(MO, 'f16-starfish-advising-flags-mo-015', `Appt 01/21/2026 | Type: WIOA Career Coaching | Location: State Fair CC Sedalia | Appt Outcome: Attended
Student Cheyenne R. Welding cert. Talked about classes.`, 'I', 'P', true, [PM, JM, NS]),
  // The coach talked with the welding instructor: hours, tests and a recommendation to continue.
  note(MO, 'f16-starfish-advising-flags-mo-016', `02/25/2026 Cheyenne's phone off (two tries this wk). Spoke by phone with SFCC welding lead instructor Mr. Garza instead: Cheyenne 96% attendance, passed 2G and 3G plate tests, starting pipe 3/9. He recommends she continue; she is on track for May. WIOA ITA continues per IEP.`, 'T', 'V', true, []),
  note(MO, 'f16-starfish-advising-flags-mo-017', `Referral: Financial Aid Office | created 03/03/2026 by coach for student Cheyenne R. | Reason: Pell adjustment. Referral closed by FA 3/6.`, '-', '-', false, [CT, NS]),
  note(MO, 'f16-starfish-advising-flags-mo-018', `Appt 03/16/2026 | Location: Phone | Appt Outcome: Attended
Cheyenne called in at appt time. Pipe week 1 going "rough but ok." Pell fixed, no balance owed. Continue per IEP, graduation 5/8.`, 'T', 'P', true, []),
  note(MO, 'f16-starfish-advising-flags-mo-019', `Destiny L. — Three Rivers LPN. 02/10/2026 emailed student re: clinical schedule + WIOA monthly check-in. 02/13/2026 no response, emailed again. Appt link sent.`, 'E', 'P', false, [RP]),
  note(MO, 'f16-starfish-advising-flags-mo-020', `Destiny L. 02/16/2026 — student replied by email: "Clinicals at Poplar Bluff Regional going good, passed med math 100%, first skills check-off Thursday." Coach replied. LPN program continues per IEP; ITA covers spring.`, 'E', 'P', true, []),

  note(MN, 'f16-starfish-advising-flags-mn-001', `Appt 01/15/2026 1:00 PM | Type: WIOA Coaching | Location: Minneapolis College, T-building | Appt Outcome: Attended
Met w/ student Hodan A. CNA done (state registry 12/19). Starting Nursing Assistant → LPN bridge spring, 13 cr. Reviewed ISS and WF1 enrollment (OST). Copy of registry printout in record.`, 'I', 'P', true, []),
  note(MN, 'f16-starfish-advising-flags-mn-002', `Flag: In Danger of Failing | raised 02/20/2026 by Instructor K. Wahl (BIOL 1101) | Current grade: 58%. Missing quizzes 3 and 4.`, 'E', 'V', false, []),
  note(MN, 'f16-starfish-advising-flags-mn-003', `Appt 02/23/2026 | Location: Zoom | Appt Outcome: Attended
Zoom w/ Hodan re: BIOL flag. Missed 2 quizzes (childcare fell through). Plan: tutoring Tue/Thu, childcare assistance app started. Will retake quiz 4. ISS updated. Flag cleared after meeting.`, 'T', 'P', true, []),
  note(MN, 'f16-starfish-advising-flags-mn-004', `Appt 03/25/2026 | Location: Phone | Appt Outcome: No-Show. Called student at appt time, no answer.`, 'T', 'P', false, [UA]),
  // The Starfish inbox answer to the coach's message counts as the written reply.
  note(MN, 'f16-starfish-advising-flags-mn-005', `03/26/2026 Starfish msg from Hodan (reply to mine 3/25): "Sorry!! I fell asleep after clinical. BIOL is up to 71 now. Childcare approved starting April." Coach replied. ISS reviewed.`, 'E', 'P', true, []),
  note(MN, 'f16-starfish-advising-flags-mn-006', `Appt 01/29/2026 | Type: WIOA Coaching | Location: Hennepin Tech Brooklyn Park | Appt Outcome: Attended
Tyler B., auto service tech. Fall GPA 2.8. ASE student cert: brakes passed. Works at Jiffy Lube 20 hrs. ISS reviewed, enrollment current.`, 'I', 'P', true, []),
  note(MN, 'f16-starfish-advising-flags-mn-007', `Kudos | 02/19/2026 | raised by Instructor M. Brandt (AUTO 1140) | "Tyler is one of my most reliable students."`, 'E', 'V', false, [TP, PM]),
  note(MN, 'f16-starfish-advising-flags-mn-008', `02/27/2026 Texted Tyler for monthly check-in. Text returned "undeliverable."`, 'E', 'P', false, [UA]),
  note(MN, 'f16-starfish-advising-flags-mn-009', `03/03/2026 Stopped Tyler in the AUTO shop hallway between classes, 10 min. He has a new # (updated in WF1). Electrical diagnostics at 88%, passed ASE suspension. Still at Jiffy Lube, asked about full-time at a dealership after May. Record reviewed.`, 'I', 'P', true, []),
  note(MN, 'f16-starfish-advising-flags-mn-010', `Appt 02/04/2026 | Location: Saint Paul College, Student Success Center | Appt Outcome: Attended
Student Ka Zoua X. attended with her aunt (interpreting Hmong for parts). Accounting Clerk diploma, 2nd sem. Fall grades: ACCT 1100 A, BUS 1210 B. Ka Zoua working at the Hmong Village bookkeeping office 12 hrs. ISS and enrollments reviewed.`, 'I', 'P', true, []),
  note(MN, 'f16-starfish-advising-flags-mn-011', `03/06/2026 Ka Zoua's aunt called coach to say Ka Zoua's phone is broken and she will come to drop-in next week. Aunt did not know about classes.`, 'T', 'A', false, [TP, PM]),
  note(MN, 'f16-starfish-advising-flags-mn-012', `Drop-in 03/11/2026 | Appt Outcome: Attended
Ka Zoua came to drop-in hours. Phone fixed. Payroll unit quiz 92, QuickBooks lab done. Spring registration for summer done. ISS reviewed.`, 'I', 'P', true, []),
  note(MN, 'f16-starfish-advising-flags-mn-013', `Appt 04/14/2026 | Location: Zoom | Appt Outcome: Attended`, 'T', 'P', true, [PM, NS]),
  note(MN, 'f16-starfish-advising-flags-mn-014', `Riley M. — Lake Superior College EMT. 02/09/2026 Progress survey from EMT instructor: attendance 100%, skills lab passed, practical exam 3/14. No contact with student this week.`, 'E', 'V', false, []),
  note(MN, 'f16-starfish-advising-flags-mn-015', `Riley M. 02/12/2026 Appt Outcome: Cancelled by Coach (coach out sick).`, '-', '-', false, [CT, NS]),
  note(MN, 'f16-starfish-advising-flags-mn-016', `Riley M. Appt Outcome: Attended. Phone. Riley passed EMT practical, NREMT cognitive sched 3/28. Fire Academy starts fall. ISS updated.`, 'T', 'P', true, [DM], { noDateField: true }),
  note(MN, 'f16-starfish-advising-flags-mn-017', `Emma S. — Central Lakes ag/farm business mgmt. Appt 01/22/2026 | Location: Staples campus | Appt Outcome: No-Show. Emailed student after.`, 'E', 'P', false, [UA, RP]),
  note(MN, 'f16-starfish-advising-flags-mn-018', `Emma S. 01/26/2026 Student emailed back: "Calving started early, couldn't leave. I am keeping up online, herd records project 90." Replied, offered phone appt 2/2.`, 'E', 'P', true, []),
  note(MN, 'f16-starfish-advising-flags-mn-019', `Emma S. Appt 02/02/2026 | Location: Phone | Appt Outcome: Attended
Phone appt, 15 min. Nothing new to report.`, 'T', 'P', true, [NS]),
  note(MN, 'f16-starfish-advising-flags-mn-020', `Emma S. 03/02/2026 Success Plan step "Spring check-in" auto-marked complete by system at start of term. Nothing from student.`, '-', '-', false, [CT, NS]),
];
