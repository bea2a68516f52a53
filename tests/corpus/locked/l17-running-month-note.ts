/**
 * Case managers who keep ONE running case note per participant per month and append to it all month (locked split,
 * batch 17: scored and floored, aggregates only): a Missouri Job Center office in Rolla and Sedalia whose manager
 * asked for "one 600 CMC per month, updated as you go", and a Minnesota CareerForce provider in Mankato and Brainerd
 * whose staff open a "monthly progress note" in Workforce One on the first and save into it through the month. The
 * voice: a month heading ("MARCH 2026 RUNNING NOTE", "Apr '26 cont."), dated lines added one by one in the order they
 * happened (sometimes one added late, out of order), initials after a line when a co-worker added it, a "Month
 * summary" or "Contact for month:" line some months and not others, and lines left over from last month.
 * Labels come from the policies and the definition of a qualifying contact, written before any checker ran on them.
 * How I read the hard cases: the note documents a contact when any dated line records a two-way exchange with the
 * participant, whatever tries come before or after it; its type is that line's. A month of tries only documents none,
 * and its type is that of the last try. A "Contact for month: yes" summary line claims a contact the lines do not
 * show, so it does not count. The participant's voicemail to us while we were out is no exchange. A text or e-mail
 * reply with news counts as a written response (MO §2.3). In Missouri an instructor's report with hours, grades and a
 * reason to continue counts (§2.2); a mother who answers, says he is "doing fine" and takes a message is an attempt to
 * reach him. A month whose only line is a plan records no contact. In Minnesota a teacher's or employer's report is
 * recorded (Letter 110, Policy 6), never the monthly participant contact. A co-worker on our team who spoke with the
 * participant is our side.
 */
import { MO, MN, PM, JM, NS, UA, RP, CT, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l17-running-month-note';
export const BATCH = 17;

export const NOTES: LabelledNote[] = [
  note(MO, 'l17-running-month-note-mo-001', `MARCH 2026 RUNNING NOTE
3/3 - TC to cust, NA, LM to call me.
3/6 - TC to cust, NA, VM full.
3/11 - letter mailed to address on file asking cust to call by 3/25.
3/24 - nothing back yet.`, 'L', 'P', false, [UA, RP]),
  // The try comes first and the call back second: the month has its contact.
  note(MO, 'l17-running-month-note-mo-002', `APRIL 2026 RUNNING NOTE
4/2 - TC to cust, NA.
4/3 - cust called back 10:40, spoke 15 min. She is in week 9 of 16 CNA/CMT at Rolla Tech, passed CNA skills check 3/30, 2 absences (sick kid). Needs gas card for clinicals in Salem, approved. Continue ITA per IEP goal CMT.
4/17 - gas card picked up at front desk (MJ).`, 'T', 'P', true, []),
  // She called while I was out and left a voicemail; my call back reached nobody.
  note(MO, 'l17-running-month-note-mo-003', `MAY 2026 RUNNING NOTE
5/5 - cust called office while I was at the Salem outreach, left VM asking about clinical scrubs.
5/6 - returned her call, NA, LM.
5/13 - TC, NA.`, 'T', 'P', false, [UA]),
  note(MO, 'l17-running-month-note-mo-004', `JUNE 2026 RUNNING NOTE
6/1 - OV, cust in office 30 min. Completed CNA/CMT at Rolla Tech 5/29, final 88%. State CMT exam sched 6/19. Applying at Phelps Health and Rolla Presbyterian Manor, 2 apps in. Services continue thru credential and placement per IEP.
6/22 - TC w/ cust, passed CMT exam 6/19. Interview Phelps Health 6/25. Cont job search services.`, 'T', 'P', true, []),
  // A co-worker's line: our team's talk with him counts.
  note(MO, 'l17-running-month-note-mo-005', `JULY 2026 RUNNING NOTE - Dustin K.
7/8 - TC to cust, phone disconnected.
7/14 - cust walked in Sedalia office, I was out, spoke with Karen B. (CM II) 20 min. Reports 3 weeks into State Fair CC welding, 1G and 2G plates passed, needs new number on file (updated). Karen reviewed IEP, cont ITA, welding cert goal. (KB)
7/29 - texted cust reminder of 8/4 appt.`, 'I', 'P', true, []),
  // Monthly summary claims a contact the lines do not show.
  note(MO, 'l17-running-month-note-mo-006', `AUG 2026 RUNNING NOTE - Dustin K.
8/4 - cust no-show for 8/4 appt.
8/11 - TC, NA, LM.
Contact for month: yes. Cust cont in welding per IEP.`, 'T', 'P', false, [UA]),
  note(MO, 'l17-running-month-note-mo-007', `SEPT 2026 RUNNING NOTE - Dustin K.
9/2 - TC to cust, NA.
9/2 - TC to State Fair CC welding instructor Mr. Petree. Cust attending M-Th 5 to 9 pm, 96 of 104 hours for term, passed 3G plate bend 8/27, 3F next week. Instructor says he is on track to finish 12/11. Cust remains in approved training; cont ITA per IEP, will try cust again after 9/8.`, 'T', 'V', true, []),
  // His mother answers and takes a message: an attempt to reach him, whatever she says in passing.
  note(MO, 'l17-running-month-note-mo-008', `OCT 2026 RUNNING NOTE - Dustin K.
10/6 - TC to cust cell, NA.
10/7 - TC to home #, mother answered, he was at work. She says he is "doing fine, busy with school and work." Left msg w/ her for him to call me.
10/20 - nothing yet.`, 'T', 'P', false, [UA]),
  note(MO, 'l17-running-month-note-mo-009', `Nov '26 cont.
11/2 - cust texted back "hey its dustin sorry been working doubles at Tyson. still in class, passed 3F and 4G on 10/29, 1 week left of plate then pipe." Cont ITA per IEP, replied w/ new appt 11/16.`, 'E', 'P', true, []),
  note(MO, 'l17-running-month-note-mo-010', `JANUARY 2026 RUNNING NOTE - Teresa V.
1/6 - OV w/ cust. Started Rolla Tech LPN prerequisites, A&P 1 and Psych, 7 credits. FAFSA done, Pell awarded. Childcare through Parents as Teachers waitlist. Continue services, IEP goal LPN.
1/14 - emailed cust the childcare list.
1/27 - emailed cust the tutoring center hours.`, 'I', 'P', true, []),
  note(MO, 'l17-running-month-note-mo-011', `FEBRUARY 2026 RUNNING NOTE - Teresa V.
2/3 - emailed cust asking for midterm grades.
2/17 - emailed again.
2/26 - letter sent, same request.`, 'L', 'P', false, [RP]),
  note(MO, 'l17-running-month-note-mo-012', `MARCH 2026 RUNNING NOTE - Teresa V.
3/2 - cust emailed back w/ midterm grades attached: A&P 1 B, Psych A. Says the kids had flu, sorry for late reply. Grades scanned to file.
3/3 - replied, cont services per IEP (LPN), summer term plan due 4/15.`, 'E', 'P', true, []),
  note(MO, 'l17-running-month-note-mo-013', `APRIL 2026 RUNNING NOTE - Teresa V.
4/9 - TC w/ cust, doing ok.
4/22 - file reviewed.`, 'T', 'P', true, [PM, JM, NS]),
  // A month where the only entry is a plan.
  note(MO, 'l17-running-month-note-mo-014', `MAY 2026 RUNNING NOTE - Teresa V.
5/4 - OV scheduled for 5/28 at 2:00 to do summer enrollment and ITA renewal.`, '-', 'P', false, [CT]),
  note(MO, 'l17-running-month-note-mo-015', `MAY 2026 RUNNING NOTE - Teresa V. (cont)
5/28 - cust did not show for 2:00 OV.
5/29 - cust called, spoke 10 min, car broke down on I-44 on the way. Summer term: Microbiology 4 cr, registered. Spring grades A&P 1 B+, Psych A. ITA renewed for summer; continue per IEP LPN, reschedule OV 6/9.`, 'T', 'P', true, []),
  // Not a no-show: I moved the appointment. No contact happened.
  note(MO, 'l17-running-month-note-mo-016', `JUNE 2026 RUNNING NOTE - Lamar P.
6/9 - not a no-show, I rescheduled his 6/9 OV because of the Job Center closure. Letter mailed w/ new date 6/23.`, 'L', 'P', false, [RP]),
  note(MO, 'l17-running-month-note-mo-017', `JUNE 2026 RUNNING NOTE - Lamar P. (cont)
6/23 - OV 45 min. Lamar finished CDL-A at Drivers Inc. 6/12, passed road test 6/18, has offers from Contract Freighters and Prime. Needs DOT medical card renewal, voucher issued. Continue services until placement, IEP goal Class A driver. SSN 498-22-1176 verified for the voucher.`, 'I', 'P', true, [PII]),

  note(MN, 'l17-running-month-note-mn-001', `MARCH 2026 MONTHLY PROGRESS NOTE - Abby R.
3/2 - called Abby, no answer, left msg.
3/9 - texted Abby, no reply.
3/20 - called again, went to voicemail, left msg.
3/31 - no contact this month. Will send letter 4/1.`, 'T', 'P', false, [UA, RP]),
  note(MN, 'l17-running-month-note-mn-002', `APRIL 2026 MONTHLY PROGRESS NOTE - Abby R.
4/1 - letter mailed.
4/8 - Abby called me 9:15. Phone was shut off for nonpayment, back on now. Still at South Central College medical admin, 12 credits, midterms B/B/C+. Working 15 hrs at Walgreens. Record and ISS reviewed, enrollment current in WF1.
4/22 - bus pass mailed.`, 'T', 'P', true, []),
  note(MN, 'l17-running-month-note-mn-003', `MAY 2026 MONTHLY PROGRESS NOTE - Abby R.
5/6 - Zoom w/ Abby 20 min. Finals 5/12-5/15, feels ready for Medical Terminology, worried about Anatomy (C now). Tutoring center set up through SCC. ISS updated. Next contact after grades post.`, 'T', 'P', true, []),
  // Only the instructor this month: recorded, not the participant's monthly contact.
  note(MN, 'l17-running-month-note-mn-004', `JUNE 2026 MONTHLY PROGRESS NOTE - Abby R.
6/3 - called Abby, NA.
6/10 - spoke w/ SCC advisor Ms. Hanson (Abby signed release). Spring grades posted: Med Term A-, Anatomy C, Keyboarding B. Registered 9 summer credits.
6/25 - called Abby, NA, left msg.`, 'T', 'V', false, [UA]),
  note(MN, 'l17-running-month-note-mn-005', `JULY 2026 MONTHLY PROGRESS NOTE - Abby R.
7/7 - Abby stopped by CareerForce Mankato on her way to class, we talked 10 min in the lobby. Summer classes going ok, Pharmacology quiz 82. Asked about help with books, gave form.
7/21 - book voucher form came back signed, processed.`, 'I', 'P', true, []),
  note(MN, 'l17-running-month-note-mn-006', `AUG 2026 MONTHLY PROGRESS NOTE - Abby R.
8/4 - emailed Abby fall registration checklist.
8/18 - emailed again, asked her to confirm fall credits.`, 'E', 'P', false, [RP]),
  note(MN, 'l17-running-month-note-mn-007', `Aug '26 cont. - Abby R.
8/26 - Abby replied by email: "Registered 13 credits for fall, got the Pell. Summer grades Pharm B, Coding 1 A." Replied congratulations, ISS reviewed.`, 'E', 'P', true, []),
  note(MN, 'l17-running-month-note-mn-008', `JANUARY 2026 MONTHLY PROGRESS NOTE - Gary T. (DW)
1/5 - met w/ Gary at CareerForce Brainerd 40 min. Laid off from the paper mill 12/19. Enrolled Central Lakes College HVAC starting 1/12, 16 credits. UI filed. Record reviewed, DW enrollment and training entered in WF1.
1/26 - called, LM re: tool list.`, 'I', 'P', true, []),
  note(MN, 'l17-running-month-note-mn-009', `FEBRUARY 2026 MONTHLY PROGRESS NOTE - Gary T. (DW)
2/4 - called Gary, NA.
2/11 - called Gary, NA, LM.
2/19 - his wife called back for him, said he is at class days and working nights, he will call on the weekend. She did not know his grades.
2/27 - no call yet.`, 'T', 'P', false, [UA]),
  note(MN, 'l17-running-month-note-mn-010', `MARCH 2026 MONTHLY PROGRESS NOTE - Gary T. (DW)
3/3 - TC w/ Gary 12 min. HVAC going well, refrigeration lab 91, electrical theory 78. Tools bought with the voucher. Record reviewed.
3/17 - emailed him the EPA 608 study guide.`, 'T', 'P', true, []),
  note(MN, 'l17-running-month-note-mn-011', `APRIL 2026 MONTHLY PROGRESS NOTE - Gary T. (DW)
4/2 - TC w/ Gary. Doing fine. No changes.`, 'T', 'P', true, [NS]),
  note(MN, 'l17-running-month-note-mn-012', `MAY 2026 MONTHLY PROGRESS NOTE - Gary T. (DW)
5/1 - Gary came in for the 5/1 appt. Passed EPA 608 Universal 4/24. Semester ends 5/15, GPA 3.1 so far. Summer internship with Brainerd Heating interview 5/8.
5/12 - Brainerd Heating HR called me: hired Gary as a summer intern, $19/hr, 32 hrs.`, 'I', 'P', true, []),
  // The employer's call is recorded, but Gary himself was not reached in June.
  note(MN, 'l17-running-month-note-mn-013', `JUNE 2026 MONTHLY PROGRESS NOTE - Gary T. (DW)
6/10 - called Brainerd Heating, spoke w/ supervisor Dale. Gary on time every day, 128 hrs so far, doing residential installs with a lead tech, "a keeper."
6/24 - texted Gary, no reply.`, 'T', 'V', false, [RP]),
  note(MN, 'l17-running-month-note-mn-014', `JULY 2026 MONTHLY PROGRESS NOTE - Gary T. (DW)
7/8 - phone w/ Gary. Internship ends 8/15, Brainerd Heating offered him full time starting 8/18 at $23/hr. Fall semester is his last, 12 credits evenings. ISS updated for employment. Will verify start date in August.`, 'T', 'P', true, []),
  // Carried forward from last month, nothing new this month.
  note(MN, 'l17-running-month-note-mn-015', `SEPTEMBER 2026 MONTHLY PROGRESS NOTE - Gary T. (DW)
(carried from Aug) 8/19 - Gary confirmed by phone he started full time 8/18.
9/ - no contact yet this month.`, '-', '-', false, [CT, NS]),
  note(MN, 'l17-running-month-note-mn-016', `OCTOBER 2026 MONTHLY PROGRESS NOTE - Mee L. (Youth)
10/1 - home visit, no one home. Card left.
10/3 - Mee texted "got ur card, can u call after 4". Called at 4:15, talked 15 min. She is passing 3 of 4 classes at Brainerd HS, failing Chemistry, signed up for after school help Tue/Thu. WEX at the library 8 hrs/wk going well. ISS reviewed with her.`, 'T', 'P', true, []),
  note(MN, 'l17-running-month-note-mn-017', `NOVEMBER 2026 MONTHLY PROGRESS NOTE - Mee L. (Youth)
Talked w/ Mee 11/4. Chemistry up to a C-, WEX hours 32 for Oct, wants to apply at Cub Foods for winter. Record reviewed.`, '-', 'P', false, [CT], { noDateField: true }),
];
