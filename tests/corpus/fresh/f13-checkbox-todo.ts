/**
 * A caseworker who writes every note as a to-do list with checkboxes (fresh split, batch 13: new voices, scored and
 * listed but not floored yet). The voice: one line per box, ticked or not, in whatever the editor allowed - "[x]"
 * and "[ ]", "- [x]" pasted from a notes app, "☑/☐" and "✔", "✅/⬜" from a phone - with the date on top or on the
 * first box, in Poplar Bluff, Cape Girardeau and Rolla (Missouri) and Rochester, Mankato and Willmar (Minnesota).
 * Sources of realism: staff who keep their day in a checklist app and paste it into the case note field, and
 * planners printed with tick boxes.
 * How I read the policy for the hard cases: an empty box is something planned, never done; a ticked box is done,
 * and what the box says was done decides (a ticked "called - no answer" is an attempt, a ticked "mailed letter" is
 * one-way until the reply box is ticked with what the participant said). A ticked box about a front-desk drop-off,
 * a caseload review or a mother's own intake is no contact with the participant. A ticked "spoke w/ Kim" with
 * nothing else is a two-way exchange whose channel and content are missing, so it counts with its gaps flagged. In
 * Missouri a ticked provider call with attendance, grades and the reason the ITA continues counts when the
 * participant was in class and out of reach; in Minnesota the provider's sheet is recorded, never the contact.
 * FaceTime and Zoom are labelled telephone; texts and system messages e-mail.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, PII, note, type LabelledNote } from '../types';

export const STYLE = 'f13-checkbox-todo';

export const NOTES: LabelledNote[] = [
  note(MO, 'f13-checkbox-todo-mo-001', `10/5/26 OV - Poplar Bluff JC
[x] met w/ Tanya in office, 25 min
[x] progress: wk 9 of 16 in Three Rivers LPN prereqs, A&P grade 84
[x] IEP reviewed - ITA continues, she needs the prereqs to enter LPN in Jan
[ ] gas card request (submitted, waiting)`, 'I', 'P', true, []),
  // Nothing ticked: all of it is planned.
  note(MO, 'f13-checkbox-todo-mo-002', `10/6
[ ] call Tanya re: gas card
[ ] email Three Rivers for attendance
[ ] update IEP`, '-', '-', false, [CT, NS]),
  note(MO, 'f13-checkbox-todo-mo-003', `[x] called Tanya 10/7 9:10 - no answer
[x] LM to call back
[ ] try again Thu`, 'T', 'P', false, [UA]),
  note(MO, 'f13-checkbox-todo-mo-004', `10/9 ☑ Tanya returned call (cell) ☑ gas card approved, told her pick up Fri ☑ she says A&P midterm was 88, attendance perfect ☑ ITA/prereqs continue - LPN start Jan ☐ mail voucher copy`, 'T', 'P', true, []),
  // Missouri provider contact while she sat in class: grades, attendance, and why the ITA goes on.
  note(MO, 'f13-checkbox-todo-mo-005', `10/12 checklist - provider contact
- [x] TC w/ Ms. Pruitt, Three Rivers nursing advisor (Tanya in class all day, not reachable)
- [x] attendance 100% this term, A&P 88, Med Term 91
- [x] advisor: on track for the Jan LPN cohort, seat held - continue ITA
- [ ] next client contact by 11/10`, 'T', 'V', true, []),
  note(MO, 'f13-checkbox-todo-mo-006', `10/20 todo
[x] mailed 90-day contact letter to Devon
[ ] wait for reply
[ ] if none by 11/3, home visit`, 'L', 'P', false, [RP]),
  note(MO, 'f13-checkbox-todo-mo-007', `10/22 [x] Devon dropped off timesheet at front desk (I was in a mtg)  [x] scanned to Toolbox`, '-', '-', false, [CT, NS]),
  note(MO, 'f13-checkbox-todo-mo-008', `11/2 ✔ Devon's reply to the 10/20 letter came in the mail (response form in file) ✔ he wrote: started 2nd shift at the P&G Cape plant 10/26, forklift cert done 10/15 ✔ WIOA stays open for retention services per IEP - new hire, 90-day probation ☐ call him after 1st paycheck`, 'L', 'P', true, []),
  note(MO, 'f13-checkbox-todo-mo-009', `11/5 [x] home visit Devon's, 3:30 - nobody home [x] left card in door [ ] call Mon`, 'I', 'P', false, [UA]),
  note(MO, 'f13-checkbox-todo-mo-010', `11/9
[x] Devon reached on cell after his shift
[x] says 40 hrs/wk, $19.10, likes the line
[x] retention svcs continue per IEP (90-day probation)
[ ] 30-day check 12/9`, 'T', 'P', true, []),
  // His girlfriend's word that he talked to "someone": no contact with him, and no progress.
  note(MO, 'f13-checkbox-todo-mo-011', `11/10 [x] Devon's girlfriend called - says he "talked to someone at the job center last week" about a bus pass  [x] not me - checked w/ front desk, no record`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'f13-checkbox-todo-mo-012', `11/12 [x] TC Marcus - answered, in the Walmart checkout line, "call me tmrw" [ ] call tmrw AM`, 'T', 'P', false, [UA]),
  note(MO, 'f13-checkbox-todo-mo-013', `11/13 [x] Marcus by FaceTime (his choice) 15 min [x] Rolla Tech welding: 2 of 3 certs (1G, 2G) passed, 3G test 12/1 [x] ITA cont to finish 3G - last cert in his IEP goal [ ] confirm test date`, 'T', 'P', true, []),
  note(MO, 'f13-checkbox-todo-mo-014', `11/16 ☐ Marcus OV 10:00 — NO SHOW ☑ texted him, no reply yet`, 'I', 'P', false, [UA]),
  note(MO, 'f13-checkbox-todo-mo-015', `11/17 [x] sent reminder text to Marcus re: 3G test prep session 11/20`, 'E', 'P', false, [RP]),
  note(MO, 'f13-checkbox-todo-mo-016', `11/18 [x] Marcus texted back: "cant make 20th, work. can i do 24th" [x] me: "yes 24th 3pm" [x] him: "ok. passed my bend test practice today" [x] progress noted; ITA cont. thru the 3G test`, 'E', 'P', true, []),
  // The instructor stood by; Marcus showed and told his own progress.
  note(MO, 'f13-checkbox-todo-mo-017', `11/24
[x] met Marcus at the Rolla Tech shop, his instructor (Mr. Dunn) there too
[x] Marcus showed me his practice 3G coupons - passed visual
[x] Dunn: test 12/1 as planned
[x] justification: last cert for his IEP goal, cont. ITA
[ ] after test - job search plan`, 'I', 'P', true, []),
  note(MO, 'f13-checkbox-todo-mo-018', `11/25 [x] TC Kim - connected but no voice, then dropped [x] redial - VM full [ ] try Fri`, 'T', 'P', false, [UA]),
  // Progress from her own mouth, no reason to continue.
  note(MO, 'f13-checkbox-todo-mo-019', `11/27 [x] Kim came by the office [x] she passed CompTIA A+ Core 1 (680)`, 'I', 'P', true, [JM]),
  // "Spoke" is two-way; the box says nothing of how or what.
  note(MO, 'f13-checkbox-todo-mo-020', `12/1 [x] spoke w/ Kim`, '-', 'P', true, [CT, PM, JM, NS]),
  note(MO, 'f13-checkbox-todo-mo-021', `12/2 in person
[x] Kim's ITA paperwork - SSN 512-55-0178 verified w/ her
[x] she signed the ITA for A+ Core 2
[x] Core 1 passed; Core 2 by Jan
[x] cont ITA - A+ cert is her IEP goal`, 'I', 'P', true, [PII]),

  note(MN, 'f13-checkbox-todo-mn-001', `✅ OV 9/28/26 Rochester WFC w/ Abdirahman
✅ RCTC Machine Tool: wk 5, attendance 100%, first project graded 94
✅ ISS reviewed, WF1 enrollments OK
⬜ bus card renewal`, 'I', 'P', true, []),
  note(MN, 'f13-checkbox-todo-mn-002', `⬜ monthly contact Abdirahman - Oct
⬜ get RCTC grades
⬜ bus card`, '-', '-', false, [CT, NS]),
  note(MN, 'f13-checkbox-todo-mn-003', `10/21 ✅ called A. - no answer ✅ called again 4pm - no answer, vm not set up ⬜ try Fri`, 'T', 'P', false, [UA]),
  note(MN, 'f13-checkbox-todo-mn-004', `10/23 ✅ A. was reached at RCTC (he called from the lab phone) ✅ midterm 89, 1 absence (sick) ✅ records reviewed`, 'T', 'P', true, []),
  note(MN, 'f13-checkbox-todo-mn-005', `10/26 ✅ RCTC instructor emailed attendance sheet for A. - 19/20 days ✅ saved to file`, 'E', 'V', false, [TP]),
  note(MN, 'f13-checkbox-todo-mn-006', `10/30 ✅ emailed Jenna re: Oct contact ✅ Jenna replied 10/31: "Im at 3 of 4 classes, dropped Stats, still full time at Mankato. ill send my schedule" ✅ schedule rec'd 11/1, in file`, 'E', 'P', true, []),
  note(MN, 'f13-checkbox-todo-mn-007', `11/4 ✅ WF1 message to Jenna - status Read ⬜ no reply`, 'E', 'P', false, [RP]),
  note(MN, 'f13-checkbox-todo-mn-008', `11/6 ⬜ Jenna appt 2pm — no show ✅ called, no ans`, 'I', 'P', false, [UA]),
  // Her mother drove her and sat in; Jenna gave her own news.
  note(MN, 'f13-checkbox-todo-mn-009', `11/10 ✅ met Jenna at the MSU library, her mom along (her ride) ✅ Jenna: dropping to part time next term, working 25 hrs at Hy-Vee; grades B/C ✅ ISS updated (PT enrollment)`, 'I', 'P', true, []),
  // The mother's own intake; Jenna waited in the lobby.
  note(MN, 'f13-checkbox-todo-mn-010', `11/12 ✅ Jenna's mom had her own DW intake w/ me ✅ Jenna waited in the lobby, didn't talk`, 'I', 'O', false, [TP, PM]),
  // The mother reports Jenna's own unanswered call: nobody reached Jenna.
  note(MN, 'f13-checkbox-todo-mn-011', `11/13 ✅ Jenna's mom called: says Jenna tried to call me Fri and got no answer ⬜ call Jenna back`, 'T', 'A', false, [TP, PM]),
  note(MN, 'f13-checkbox-todo-mn-012', `11/16 ✅ TC Jenna ✅ classes "fine," finals 12/10 ✅ Hy-Vee 25 hrs ✅ ISS ok`, 'T', 'P', true, []),
  note(MN, 'f13-checkbox-todo-mn-013', `11/17 ✅ Zoom w/ Luis (Willmar, at his kitchen table) ✅ Ridgewater welding: passed 1F/2F, 3F next wk ✅ hrs 140/320 ⬜ FU 12/15`, 'T', 'P', true, []),
  note(MN, 'f13-checkbox-todo-mn-014', `11/18 ✅ texted Luis a pic of the Jennie-O job posting ✅ text shows delivered`, 'E', 'P', false, [RP]),
  note(MN, 'f13-checkbox-todo-mn-015', `11/19 ✅ Luis hollered back (text): "applied Jennie-O maint tech, interview mon 11/23" ✅ 3F passed yesterday ✅ ISS: job search added`, 'E', 'P', true, []),
  note(MN, 'f13-checkbox-todo-mn-016', `11/23 ✅ rang Luis - picked up, "in interview lobby, call later" ⬜ call after 3`, 'T', 'P', false, [UA]),
  note(MN, 'f13-checkbox-todo-mn-017', `11/24 ✅ called Luis' home # - roommate answered, took a msg ⬜ wait for callback`, 'T', 'P', false, [UA]),
  note(MN, 'f13-checkbox-todo-mn-018', `11/25 ✅ Luis called me back ✅ Jennie-O offered maint tech $24/hr, start 12/7 ✅ finishing Ridgewater cert in evenings (2 modules left) ✅ ISS: employed + training ✅ WF1 activity updated`, 'T', 'P', true, []),
  note(MN, 'f13-checkbox-todo-mn-019', `✅ caseload review w/ supervisor 11/30 - Luis, Jenna, A. files current ⬜ Dec contacts`, '-', '-', false, [CT, NS]),
  note(MN, 'f13-checkbox-todo-mn-020', `12/1 ✅ TC Abdirahman ✅ ok`, 'T', 'P', true, [PM, NS]),
  note(MN, 'f13-checkbox-todo-mn-021', `12/2 ⬜ "Resume 101" group workshop - cancelled (snow) ⬜ resched A. & Jenna`, '-', '-', false, [CT, NS]),
];
