/**
 * A case manager who came from an IT help desk and writes every note as a one-line ticket (fresh split, batch 15: new
 * voices, scored and listed but not floored yet). The voice: the local office's queue number first ("#4471 — "), then
 * a status word in capitals (OPEN, PENDING, RESOLVED, CLOSED-NO-CONTACT, REOPENED), then the contact in as few words as
 * possible, sometimes "upd:" for an update on the same ticket and "dup of #…" when a ticket was opened twice. Offices
 * in Joplin, Rolla, Hannibal, Poplar Bluff and Cape Girardeau (Missouri) and Mankato, Brainerd, Bemidji, Willmar and
 * Duluth (Minnesota). Sources of realism: job centers that track every participant request in a shared ticket queue
 * and staff who paste the ticket's summary line into the case note field.
 * How I read the policy for the hard cases: a ticket marked RESOLVED is not a contact by itself; what counts is what
 * the line says happened. "PENDING cust reply" after an e-mail or text is a message out with no answer; "ack" or an
 * auto-acknowledgement from the queue is not the participant. A call "picked up, asked to call back" is an attempt. A
 * ticket opened by a spouse or a probation officer is their contact, not the participant's. In Missouri a provider on
 * the line with hours, grades and "continue" counts when the participant could not be reached; in Minnesota the
 * provider's report is filed, not the monthly contact. Video calls are telephone; texts and portal messages are e-mail.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'f15-ticket-number-first';

export const NOTES: LabelledNote[] = [
  note(MO, 'f15-ticket-number-first-mo-001', `#4471 — RESOLVED — 10/06/26 TC w/ cust Brandon H. 12 min. Crowder College HVAC: 6 of 10 modules done, 92% attendance, EPA 608 core passed. ITA continues per IEP (HVAC tech). Next check-in 11/03.`, 'T', 'P', true, []),
  note(MO, 'f15-ticket-number-first-mo-002', `#4478 — PENDING — 10/08 called Brandon 417-555-0143, no answer, VM full.`, 'T', 'P', false, [UA]),
  // A queue acknowledgement is the system talking, not Brandon.
  note(MO, 'f15-ticket-number-first-mo-003', `#4479 — PENDING cust reply — 10/09 emailed Brandon re: spring schedule. Queue sent auto-ack "we received your request". nothing from cust yet.`, 'E', 'P', false, [RP]),
  note(MO, 'f15-ticket-number-first-mo-004', `#4479 — upd — 10/12 Brandon replied to email: "spring sched is MWF 8-2, I passed the 608 type II too". Replied w/ ITA renewal form. ITA continues, on track for IEP goal.`, 'E', 'P', true, []),
  // He answered, but asked to be called back: nothing was talked about.
  note(MO, 'f15-ticket-number-first-mo-005', `#4502 — REOPENED — 10/20 TC, cust picked up, said he was driving and to call back tomorrow. Will retry.`, 'T', 'P', false, [UA]),
  note(MO, 'f15-ticket-number-first-mo-006', `#4502 — RESOLVED — 10/21 TC w/ Brandon 9 min. Modules 7/10, attendance still 90+, instructor moved him to the lab crew. ITA cont. per IEP. next 11/18`, 'T', 'P', true, []),
  note(MO, 'f15-ticket-number-first-mo-007', `#4510 — CLOSED-NO-CONTACT — 10/05 Rolla. Letter mailed to Tasha W. (90-day notice) to address on file.`, 'L', 'P', false, [RP]),
  note(MO, 'f15-ticket-number-first-mo-008', `#4510 — upd — 10/19 letter to Tasha came back, "moved, left no address". Marked bad address.`, 'L', 'P', false, [UA]),
  // Her mother opened the ticket; "she's doing good" is no knowledge of her training.
  note(MO, 'f15-ticket-number-first-mo-009', `#4516 — OPEN — 10/22 Tasha's mother called the front line, says Tasha is "doing good" and has a new number 573-555-0188. No contact w/ cust.`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'f15-ticket-number-first-mo-010', `#4517 — RESOLVED — 10/23 TC w/ Tasha on new number, 15 min. State Tech LPN prereqs: A&P 1 grade B, Chem in progress, no missed classes. ITA continues, matches IEP. next contact 11/20.`, 'T', 'P', true, []),
  // The provider when she could not be reached, with grades and a recommendation.
  note(MO, 'f15-ticket-number-first-mo-011', `#4533 — RESOLVED — 11/17 cust unreachable (3 tries). TC w/ State Tech nursing advisor Ms. Duvall: Tasha A&P 1 final B+, Chem 84, attendance 100%, advisor recommends she continue. ITA continued per IEP.`, 'T', 'V', true, []),
  note(MO, 'f15-ticket-number-first-mo-012', `#4540 — RESOLVED — 10/14 Hannibal. OV w/ Marcus D. walk-in 25 min. OJT at General Mills line tech wk 5 of 12, 40 hrs/wk, supervisor eval "meets". OJT contract continues per IEP. next 11/11`, 'I', 'P', true, []),
  note(MO, 'f15-ticket-number-first-mo-013', `#4541 — CLOSED — 10/15 Marcus dropped signed timesheet at front desk, scanned to file.`, '-', '-', false, [CT, NS]),
  // He came for his cousin's orientation; he sat in the lobby.
  note(MO, 'f15-ticket-number-first-mo-014', `#4549 — CLOSED-NO-CONTACT — 11/04 Marcus in lobby, drove cousin to her WIOA orientation. Did not meet w/ him, he left after.`, 'I', 'P', false, [UA]),
  note(MO, 'f15-ticket-number-first-mo-015', `#4552 — RESOLVED — 11/10 video call (Teams) w/ Marcus 11 min from break room. OJT wk 9/12, passed forklift cert, 0 absences. OJT continues per IEP, employer plans to hire at end.`, 'T', 'P', true, []),
  note(MO, 'f15-ticket-number-first-mo-016', `#4560 — PENDING — 10/07 Poplar Bluff. texted Kayden R. "monthly check in - call me". Delivered. no reply.`, 'E', 'P', false, [RP]),
  note(MO, 'f15-ticket-number-first-mo-017', `#4560 — upd — 10/08 Kayden texted back "im at TRC every day, passed my CDL permit test, road test in nov". Texted him the next steps. ITA continues for CDL-A per IEP.`, 'E', 'P', true, []),
  // The call connected and dropped before anyone spoke.
  note(MO, 'f15-ticket-number-first-mo-018', `#4571 — PENDING — 11/02 TC to Kayden, connected then dropped, no one spoke. Called back twice, straight to VM.`, 'T', 'P', false, [UA]),
  note(MO, 'f15-ticket-number-first-mo-019', `#4572 — RESOLVED — 11/03 TC Kayden 4 min.`, 'T', 'P', true, [PM, JM, NS]),
  // A real contact, with a Social Security number typed in for the ITA form.
  note(MO, 'f15-ticket-number-first-mo-020', `#4580 — RESOLVED — 11/09 Cape Girardeau. OV w/ Alyssa P. 30 min, ITA paperwork; SSN 491-55-2307 verified for the voucher. SEMO phlebotomy: 40 of 100 draws, attendance 100%. ITA continues per IEP.`, 'I', 'P', true, [PII]),
  note(MO, 'f15-ticket-number-first-mo-021', `#4581 — dup of #4580 — 11/09 opened twice by mistake, see #4580.`, '-', '-', false, [CT, NS]),
  // Scheduled Zoom that never happened.
  note(MO, 'f15-ticket-number-first-mo-022', `#4590 — CLOSED-NO-CONTACT — 11/23 Zoom w/ Alyssa at 3:00, waited 20 min, she never joined. sent link again.`, 'T', 'P', false, [UA]),

  note(MN, 'f15-ticket-number-first-mn-001', `#2207 — RESOLVED — 10/02/26 Mankato. OV w/ Jenna K. 20 min. South Central College welding wk 6 of 16, all classes attended, passed 2F plate test. ISS reviewed, on track. next 10/30`, 'I', 'P', true, []),
  note(MN, 'f15-ticket-number-first-mn-002', `#2211 — PENDING — 10/28 emailed Jenna re: November check-in. Out-of-office reply back: "at clinical site until 11/3".`, 'E', 'P', false, [RP]),
  // Written reply in the e-mail thread.
  note(MN, 'f15-ticket-number-first-mn-003', `#2211 — upd — 11/03 Jenna answered in the same thread: passed 3F, 1 absence (sick 10/29), instructor says she's ahead. Replied confirming next contact 12/1.`, 'E', 'P', true, []),
  note(MN, 'f15-ticket-number-first-mn-004', `#2215 — RESOLVED — 11/05 SCC instructor Mr. Holm emailed: Jenna attendance 97%, 3F passed, on pace to finish 1/2027. Filed.`, 'E', 'V', false, []),
  note(MN, 'f15-ticket-number-first-mn-005', `#2230 — PENDING — 10/09 Brainerd. TC to Cody F. x2, busy signal both times.`, 'T', 'P', false, [UA]),
  note(MN, 'f15-ticket-number-first-mn-006', `#2231 — RESOLVED — 10/10 Cody called in, 14 min. CLC lineworker program: climbing 3 of 5 passed, 0 absences, CDL permit done. ISS updated. next 11/7`, 'T', 'P', true, []),
  // His girlfriend answered his phone; nothing about his training.
  note(MN, 'f15-ticket-number-first-mn-007', `#2240 — PENDING — 11/07 TC to Cody, his girlfriend answered, said he's at the pole yard till 6. Asked her to have him call.`, 'T', 'A', false, [TP, PM]),
  note(MN, 'f15-ticket-number-first-mn-008', `#2241 — RESOLVED — 11/08 TC Cody 10 min, climbing 5/5 passed, final exam 12/12. on track per ISS.`, 'T', 'P', true, []),
  note(MN, 'f15-ticket-number-first-mn-009', `#2255 — OPEN — 10/14 Bemidji. Mailed monthly contact letter to Shawna B. with reply envelope.`, 'L', 'P', false, [RP]),
  note(MN, 'f15-ticket-number-first-mn-010', `#2255 — RESOLVED — 10/27 Shawna mailed the reply sheet back: BSU accounting, midterms 88/79, working 15 hrs at campus job. Filed with ISS.`, 'L', 'P', true, []),
  // Shawna is there, but the talk was with her probation officer about her.
  note(MN, 'f15-ticket-number-first-mn-011', `#2262 — CLOSED — 11/04 Beltrami Co. probation officer called to confirm Shawna is enrolled, for his file. Confirmed enrollment only.`, 'T', 'O', false, [TP, PM]),
  note(MN, 'f15-ticket-number-first-mn-012', `#2270 — RESOLVED — 11/12 met Shawna at BSU library, her sister along. 25 min. Passed all midterms, registered for spring 15 credits. ISS reviewed, no changes.`, 'I', 'P', true, []),
  note(MN, 'f15-ticket-number-first-mn-013', `#2281 — PENDING — 10/06 Willmar. Workforce portal message to Abdi H. re: check-in. Portal shows "read 10/06 4:12 pm". No response.`, 'E', 'P', false, [RP]),
  note(MN, 'f15-ticket-number-first-mn-014', `#2281 — upd — 10/08 Abdi responded on portal: "Ridgewater CNA class done, state test 10/24". Responded with testing fee voucher info.`, 'E', 'P', true, []),
  // Meeting that did not take place: CM's office was closed for the storm.
  note(MN, 'f15-ticket-number-first-mn-015', `#2290 — CLOSED-NO-CONTACT — 10/24 OV w/ Abdi cancelled, office closed (ice). Will reschedule.`, 'I', 'P', false, [UA]),
  note(MN, 'f15-ticket-number-first-mn-016', `#2291 — RESOLVED — 10/27 TC Abdi 8 min: passed CNA state test both parts, interviewing at Rice Memorial 11/2. ISS goal met, move to job search.`, 'T', 'P', true, []),
  note(MN, 'f15-ticket-number-first-mn-017', `#2302 — RESOLVED — 10/15 Duluth. TC w/ Ruth M.`, 'T', 'P', true, [PM, NS]),
  note(MN, 'f15-ticket-number-first-mn-018', `#2310 — PENDING — 11/12 voicemail from Ruth: "returning your call". Called back, no answer.`, 'T', 'P', false, [UA]),
  note(MN, 'f15-ticket-number-first-mn-019', `#2311 — RESOLVED — 11/13 Ruth video call 16 min. LSC paralegal cert: 3 of 5 courses done, GPA 3.6, no incompletes. ISS reviewed, on track.`, 'T', 'P', true, []),
  // Without a date in the line and no date field on the form.
  note(MN, 'f15-ticket-number-first-mn-020', `#2320 — RESOLVED — TC w/ Ruth 10 min, course 4 started, midterm 91. on track.`, 'T', 'P', true, [DM], { noDateField: true }),
  // "Contact" with no channel named anywhere.
  note(MN, 'f15-ticket-number-first-mn-021', `#2325 — RESOLVED — 11/20 contact w/ Ruth. Course 4 midterm 91, internship at county attorney's office starts 1/6.`, '-', 'P', false, [CT]),
];
