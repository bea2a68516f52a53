/**
 * A case manager who spent twelve years as a property-and-casualty claims adjuster before moving to a workforce board,
 * and still writes every file like a claim diary (fresh split: new voices, scored and listed but not floored yet). The
 * voice: each try is numbered ("CONTACT ATTEMPT #2 — 03/03/26 — t/c to cust cell. Outcome: …"), adjuster shorthand
 * carried over (s/w = spoke with, t/c = telephone call, r/c = returned call, LVM, VM full, ltr, ret'd, "diary 30" for
 * the next review), third parties confirmed like coverage ("verified w/ …"), and the outcome line even when the
 * attempt connected. Offices in Springfield, Joplin, Kansas City and St. Joseph (Missouri) and Rochester, St. Cloud,
 * Bemidji, Willmar and Marshall (Minnesota). Sources of realism: claim-system diary entries and the many career
 * changers from insurance into case management, who keep the form because it is how they were audited.
 * How I read the policy for the hard cases: the heading "CONTACT ATTEMPT" says nothing about whether it connected —
 * the outcome line does ("s/w cust" is a contact, "LVM" is not). A returned call that found the case manager out and
 * left a voicemail is no two-way contact. A text or e-mail reply from the participant counts (written response); a
 * letter or text that nobody answered waits. A provider who gives attendance and test results counts in Missouri
 * only with a reason to continue, and never replaces the monthly participant contact in Minnesota. A message left
 * with a relative is an attempt to reach the participant.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'f16-adjuster-diary';

export const NOTES: LabelledNote[] = [
  note(MO, 'f16-adjuster-diary-mo-001', `CONTACT ATTEMPT #1 — 02/09/26 0915 — t/c to cust cell. Outcome: NA, VM full, unable to LVM. Diary 2 bus. days.`, 'T', 'P', false, [UA]),
  // The heading says "attempt"; the outcome line shows a conversation.
  note(MO, 'f16-adjuster-diary-mo-002', `CONTACT ATTEMPT #2 — 02/11/26 1340 — t/c to cust cell. Outcome: s/w cust (Darnell B.) 14 min. Cust confirms enrolled OTC welding, week 5 of 18, attendance 100% per cust, passed 1G plate bend test 2/6. Cust needs steel-toe boots, supportive svc req sent. Cont ITA per IEP goal combination welder. Diary 30.`, 'T', 'P', true, []),
  // He called back while the CM was in a staffing and left a voicemail; the CM's return call went unanswered.
  note(MO, 'f16-adjuster-diary-mo-003', `CONTACT ATTEMPT #3 — 03/12/26 — r/c from cust while CM in staffing; cust LVM "call me back about the boots." CM r/c 1545, NA. Outcome: no contact. Diary 1 day.`, 'T', 'P', false, [UA]),
  note(MO, 'f16-adjuster-diary-mo-004', `03/13/26 — s/w cust via t/c 0810. Boots purchased w/ SS voucher, receipt in file. Cust reports 2F plate test passed, instructor moving him to pipe 4/1. Cust remains in OTC welding; services cont to completion of ITA. Diary 30.`, 'T', 'P', true, []),
  // The instructor, with attendance and tests and a recommendation, while the customer could not be reached.
  note(MO, 'f16-adjuster-diary-mo-005', `CONTACT ATTEMPT #1 — 04/14/26 — cust not reachable 4/10 & 4/13. t/c to OTC welding instructor (Mr. Haskins) re: Darnell B. Outcome: s/w instructor. Attendance 38/40 hrs last 2 wks, 3G plate passed, 3F pending. Instructor rec cont; on track for 6/12 completion. Cont ITA per IEP. Diary 14 to reach cust direct.`, 'T', 'V', true, []),
  note(MO, 'f16-adjuster-diary-mo-006', `File review 04/20/26. No new activity. Diary extended 10 days.`, '-', '-', false, [CT, NS]),
  note(MO, 'f16-adjuster-diary-mo-007', `CONTACT ATTEMPT #1 — 01/20/26 — Ltr mailed to cust (Shawna P.) at addr of record req contact re: CNA training status. Outcome: pending. Diary 14.`, 'L', 'P', false, [RP]),
  note(MO, 'f16-adjuster-diary-mo-008', `CONTACT ATTEMPT #2 — 02/04/26 — Ltr of 1/20 ret'd by USPS "Not deliverable as addressed." Outcome: no contact. Diary 7, skip trace via MoJobs profile.`, 'L', 'P', false, [UA]),
  // A written answer from her, to the CM's voicemail, and the CM wrote back.
  note(MO, 'f16-adjuster-diary-mo-009', `02/06/26 — Cust (Shawna P.) e-mailed CM in reply to VM of 2/5: "moved to my sister's in Nixa, still going to CNA class at OTC, clinicals start 2/23, passed skills check #2." CM replied w/ change of addr form. Ed goal CNA per IEP; services cont.`, 'E', 'P', true, []),
  note(MO, 'f16-adjuster-diary-mo-010', `CONTACT ATTEMPT #3 — 03/02/26 — t/c cust at # from 2/6 e-mail. Outcome: male answered, stated wrong number. # removed from file. Diary 3.`, 'T', 'P', false, [UA]),
  note(MO, 'f16-adjuster-diary-mo-011', `CONTACT ATTEMPT #4 — 03/03/26 — txt to cust alt # on MoJobs profile. Outcome: reply rec'd 1410 "this is shawna yes still in clinicals at cox south, 3 of 6 shifts done, state test 4/18." Cust confirms # good. ITA cont thru state test per IEP. Diary 30.`, 'E', 'P', true, []),
  note(MO, 'f16-adjuster-diary-mo-012', `CONTACT ATTEMPT #1 — 04/06/26 — home visit to cust addr in Nixa 1000. Outcome: no one home, card left in door. Diary 2.`, 'I', 'P', false, [UA]),
  note(MO, 'f16-adjuster-diary-mo-013', `04/08/26 — Cust r/c from card left 4/6. s/w cust 20 min by phone. Passed CNA state skills exam 4/2, written exam sched 4/18. Interviews w/ 2 LTC facilities 4/9 and 4/11. Cont services thru credential & placement per IEP. Diary after 4/18.`, 'T', 'P', true, []),
  // Her mother took the message; an attempt to reach the customer.
  note(MO, 'f16-adjuster-diary-mo-014', `CONTACT ATTEMPT #1 — 05/11/26 — t/c home #. Outcome: cust's mother answered, cust at work. Left msg w/ mother for cust to r/c. Diary 2.`, 'T', 'P', false, [UA]),
  note(MO, 'f16-adjuster-diary-mo-015', `Luis M. — 01/14/26 — OV, cust in Joplin office 30 min. CDL-A permit obtained 1/9. Started Crowder truck driving 1/12, 40 hrs range time sched. Cust needs DOT physical, voucher issued. Cont ITA per IEP (Class A driver). Diary 30.`, 'I', 'P', true, []),
  note(MO, 'f16-adjuster-diary-mo-016', `Luis M. — 02/17/26 — t/c w/ cust. Outcome: connected. Cust doing ok. Diary 30.`, 'T', 'P', true, [PM, JM, NS]),
  // Third party verifying like coverage: an employer's HR confirms hire and wage, no reason to continue services given.
  note(MO, 'f16-adjuster-diary-mo-017', `Luis M. — 03/20/26 — verified w/ Schneider HR (Tammy) by phone: cust hired 3/16 as OTR driver, $0.58/mi. Outcome: employment verified. Cust not contacted.`, 'T', 'V', false, [TP, JM]),
  note(MO, 'f16-adjuster-diary-mo-018', `Kendra W. — 02/02/26 — CONTACT ATTEMPT #1 — e-mail to cust re: med coding progress. Outcome: auto-reply "out of office until 2/9." Diary 8.`, 'E', 'P', false, [RP]),
  note(MO, 'f16-adjuster-diary-mo-019', `Kendra W. — 02/10/26 — Outcome: cust r/c 0930, s/w cust. Completed modules 4-6 of online medical coding cert (KCKCC), quiz avg 91%. CPC exam target June. Cust wants to keep FT job, taking courses evenings. Services cont per IEP, ITA balance $1,840. Diary 45. Cust DOB 04/11/1988 confirmed for exam registration.`, 'T', 'P', true, [PII]),
  note(MO, 'f16-adjuster-diary-mo-020', `Travis H. — 03/09/26 — CONTACT ATTEMPT #2 — t/c cust. Outcome: recording "the wireless customer you are calling is not available." Ltr sent same day. Diary 10.`, 'L', 'P', false, [UA, RP]),
  note(MO, 'f16-adjuster-diary-mo-021', `Travis H. — 03/16/26 — Outcome: ltr of 3/9 answered, cust walked in to St. Joseph office. s/w cust in person 25 min. Phone was shut off, back on now. CompTIA A+ core 1 passed 3/2, core 2 sched 4/20. Cust still laid off from Triumph. Cont DW services per IEP (help desk tech). Diary 30.`, 'I', 'P', true, []),

  note(MN, 'f16-adjuster-diary-mn-001', `CONTACT ATTEMPT #1 — 02/03/26 — t/c to participant (Abdi H.). Outcome: LVM. Diary 3.`, 'T', 'P', false, [UA]),
  note(MN, 'f16-adjuster-diary-mn-002', `CONTACT ATTEMPT #2 — 02/06/26 — t/c to participant. Outcome: s/w Abdi 12 min. RCTC LPN program, sem 2, pharmacology 84, clinicals Mon/Wed at Mayo. Working 20 hrs as CNA. ISS reviewed, enrollments current in WF1. Diary 30.`, 'T', 'P', true, []),
  note(MN, 'f16-adjuster-diary-mn-003', `CONTACT ATTEMPT #1 — 03/04/26 — txt to Abdi. Outcome: delivered, no reply. Diary 3.`, 'E', 'P', false, [RP]),
  // Two attempts in one entry, then a call back the next morning: the last one connected.
  note(MN, 'f16-adjuster-diary-mn-004', `03/06/26 — CONTACT ATTEMPT #2 t/c NA. CONTACT ATTEMPT #3 ltr mailed. 03/09/26 — Outcome: participant r/c 0845, s/w Abdi. Missed text, phone broke. Clinical eval "meets expectations," 2 absences (ill), makeup done. ISS reviewed. Diary 30.`, 'T', 'P', true, []),
  note(MN, 'f16-adjuster-diary-mn-005', `Kayla J. — 01/12/26 — OV at St. Cloud WorkForce Center. Outcome: met w/ participant 40 min. GED: passed RLA 1/7 (158), Science sched 1/28. Attending Adult Basic Ed 3x/wk. Youth ISS goals updated, record reviewed. Diary 30.`, 'I', 'P', true, []),
  note(MN, 'f16-adjuster-diary-mn-006', `Kayla J. — 02/11/26 — CONTACT ATTEMPT #1 — t/c. Outcome: grandmother answered, states participant "at her boyfriend's," no other # available. Diary 2.`, 'T', 'P', false, [UA]),
  // The ABE teacher reports; in Minnesota the provider is recorded but the participant still needs her monthly contact.
  note(MN, 'f16-adjuster-diary-mn-007', `Kayla J. — 02/12/26 — t/c to ABE instructor (Ms. Lund). Outcome: s/w instructor. Participant attended 7 of 9 sessions in Feb, passed GED Science 1/28 (151), Math practice test 138. Diary 3 to reach participant.`, 'T', 'V', false, []),
  note(MN, 'f16-adjuster-diary-mn-008', `Kayla J. — 02/16/26 — Outcome: participant texted back "hi its kayla sorry. Math test is 3/3, Ms Lund said I'm close. Can you do bus card?" CM replied bus card ready at front desk. ISS updated. Diary 2 wks.`, 'E', 'P', true, []),
  note(MN, 'f16-adjuster-diary-mn-009', `Kayla J. — 03/05/26 — Outcome: ltr sent re: March contact. Diary 10.`, 'L', 'P', false, [RP]),
  note(MN, 'f16-adjuster-diary-mn-010', `Brent O. — 01/21/26 — t/c w/ participant, Bemidji. Outcome: connected 18 min. DW, Northwest Tech electrical program, term GPA 3.2, lab hours 44/60. UI exhausted 1/10, applied SNAP. Record and ISS reviewed, training enrollment current. Diary 30.`, 'T', 'P', true, []),
  note(MN, 'f16-adjuster-diary-mn-011', `Brent O. — 02/24/26 — t/c w/ participant. Outcome: connected. Nothing new. Diary 30.`, 'T', 'P', true, [NS]),
  note(MN, 'f16-adjuster-diary-mn-012', `Brent O. — 03/25/26 — CONTACT ATTEMPT #1 — home visit rural route, Blackduck. Outcome: participant's truck gone, dog in yard, no answer at door. Business card left. Diary 3.`, 'I', 'P', false, [UA]),
  note(MN, 'f16-adjuster-diary-mn-013', `Brent O. — 03/27/26 — Outcome: participant e-mailed "got your card. Had my midterms, passed code calc 88, motors lab 79. Apprenticeship interview w/ IBEW 4/8." CM replied with interview tips. Record reviewed. Diary post 4/8.`, 'E', 'P', true, []),
  note(MN, 'f16-adjuster-diary-mn-014', `Mai V. — 02/02/26 — Outcome: see prior entry.`, '-', '-', false, [CT, NS]),
  note(MN, 'f16-adjuster-diary-mn-015', `Mai V. — 02/18/26 — OV, Willmar office. Outcome: met w/ participant 30 min. Ridgewater accounting AAS, spring sem 14 credits, QuickBooks cert passed. Part-time at Jennie-O office 16 hrs. Supporting docs (midterm grades) scanned to record. ISS reviewed. Diary 30.`, 'I', 'P', true, []),
  // Her husband called to say she was sick; he had nothing on her classes.
  note(MN, 'f16-adjuster-diary-mn-016', `Mai V. — 03/19/26 — Outcome: participant's husband called CM, states she has the flu and will call when better. He did not know about her classes. Diary 5.`, 'T', 'A', false, [TP, PM]),
  note(MN, 'f16-adjuster-diary-mn-017', `Mai V. — 03/26/26 — CONTACT ATTEMPT #2 — t/c. Outcome: s/w participant 10 min. Feeling better, missed 4 days, instructors gave extensions on 2 assignments, on track to finish sem. Record reviewed. Diary 30.`, 'T', 'P', true, []),
  note(MN, 'f16-adjuster-diary-mn-018', `Jorge R. — 02/09/26 — CONTACT ATTEMPT #1 — t/c. Outcome: #disconnected. Diary 1.`, 'T', 'P', false, [UA]),
  note(MN, 'f16-adjuster-diary-mn-019', `Jorge R. — CONTACT ATTEMPT #2 — e-mail sent to participant requesting new phone #. Outcome: pending.`, 'E', 'P', false, [RP, DM], { noDateField: true }),
  note(MN, 'f16-adjuster-diary-mn-020', `Jorge R. — Outcome: s/w participant in person at Marshall office, came in w/ new phone. Welding cert at MN West: 3 of 5 positions certified, night class. Working at Schwan's 2nd shift. ISS reviewed.`, 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'f16-adjuster-diary-mn-021', `Jorge R. — 04/14/26 — Outcome: s/w participant by phone. SSN 472-11-9083 given for MN West financial aid form. FAFSA submitted 4/13. Last 2 weld positions sched May. Diary 30.`, 'T', 'P', true, [PII]),
];
