/**
 * A county job center's shared lobby log, copied line by line into each participant's case notes (locked split,
 * batch 16: scored and floored, aggregates only): the Missouri Job Center in Arnold (Jefferson County) and
 * CareerForce in Rochester, Minnesota. Front-desk staff (KJ, TW in Missouri; AB, the backup case manager who also
 * works the main line, in Minnesota) log every walk-in, drop-off, appointment check-in, phone message slip and
 * resource-room sign-in as one pipe-separated line; the case managers (DL, MR; JS) add their own lines under the
 * same stamp when they come out to the lobby or return the call. Sources of realism: sign-in sheets and "while you
 * were out" slips kept at one-stop front desks, and agencies that paste them into the case file so a monitor sees
 * every touch. Capitals for the kind of line (WALK-IN, APPT, DROP-OFF, PHONE MSG, NO SHOW, WORKSHOP), 24-hour
 * times, initials at the end.
 * Labels come from the policies and the definition of a qualifying contact, written before any checker ran on
 * them. How I read the hard cases: a drop-off at the desk with nobody talking about the case is no contact; a phone
 * message slip the participant left us, even one with good news, is a message left (MO §2.2), not a conversation,
 * until someone returns the call and reaches him; a mother calling the desk to cancel is an alternate who says
 * nothing about progress; a probation officer at the counter is someone else; a greeting in the lobby is no
 * contact; the backup case manager who takes the call on the shared line is program staff, so her talk with the
 * participant counts (the policies ask for the program's contact, not one named worker's); an incoming text that
 * answers ours with her news is her written reply; in Minnesota the instructor's call is recorded, never the
 * monthly contact.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l16-lobby-log-front-desk';
export const BATCH = 16;

export const NOTES: LabelledNote[] = [
  note(MO, 'l16-lobby-log-front-desk-mo-001', `LOBBY LOG 10/05/2026 | 0905 | WALK-IN | Tate, Ronald | for DL (WIOA DW) | reason: ITA paperwork | DL came out 0912, Rm 2 0912-0940. Ron finished wk 6 of 10 HVAC at Jefferson College, 2 absences, EPA 608 core passed. Signed ITA mod for tool kit. Continue per IEP - needs 608 universal to finish. Next appt 11/2. -DL`, 'I', 'P', true),
  // Left a paper in the tray; nobody talked with him.
  note(MO, 'l16-lobby-log-front-desk-mo-002', `LOBBY LOG 10/14/2026 | 1320 | DROP-OFF | Tate, Ronald | left Jefferson College attendance sheet for DL in tray. DL in staffing, not seen. -KJ`, 'I', 'P', false, [NS]),
  // His good news came as a message slip; nobody from the program talked with him yet.
  note(MO, 'l16-lobby-log-front-desk-mo-003', `PHONE MSG 10/21/2026 | 1415 | for DL | caller: Ron Tate | says he passed the 608 universal Sat and wants to know about job leads | call back after 4 at 636-555-0142 -TW`, 'T', 'P', false, [UA]),
  note(MO, 'l16-lobby-log-front-desk-mo-004', `10/21/2026 | 1630 | Returned Ron's call from the lobby msg, we talked 15 min. 608 universal passed 10/17 (copy coming), 3 wks left in HVAC, wants residential install. Gave him 2 leads (Hoffmann Bros, a Festus contractor). Continue ITA per IEP through completion. -DL`, 'T', 'P', true),
  note(MO, 'l16-lobby-log-front-desk-mo-005', `LOBBY LOG 10/07/2026 | 1000 | APPT | Hicks, Shawna | w/ MR 1000 | LWBS - left 1035 before MR was off the phone. MR called her cell 1040, VM, lmom. -KJ`, 'T', 'P', false, [UA]),
  note(MO, 'l16-lobby-log-front-desk-mo-006', `LOBBY LOG 10/09/2026 | 0830 | WALK-IN | Hicks, Shawna | for MR | MR saw her in the lobby 0835-0850 (sorry about Tues). She's wk 3 of CNA at the Red Cross, skills lab 4 of 5 checked off, clinicals at Festus Manor start 10/19. Continue ITA per IEP. -MR`, 'I', 'P', true),
  // Her mother only cancelled; nothing about how Shawna is doing.
  note(MO, 'l16-lobby-log-front-desk-mo-007', `PHONE 10/27/2026 | 0915 | Shawna Hicks' mother (alternate) called the desk: Shawna has strep, can't make 1pm w/ MR, will call to reschedule. -KJ`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'l16-lobby-log-front-desk-mo-008', `10/28/2026 | 1410 | MR called Tonya Greer, she answered, talked 20 min. Applied to 6 jobs last wk on MoJobs (3 warehouse, 2 Amazon, 1 Walmart DC), Amazon interview 11/3. Continue job search assistance per IEP, she needs forklift cert for the DC jobs. -MR`, 'T', 'P', true),
  // A workshop she sat in; no talk about her own case.
  note(MO, 'l16-lobby-log-front-desk-mo-009', `LOBBY LOG 11/04/2026 | 0900 | WORKSHOP | Greer, Tonya | Resume 101, Rm 5, 9-11, 12 attended, facilitator TW | checked out 1105.`, 'I', 'P', false, [NS]),
  note(MO, 'l16-lobby-log-front-desk-mo-010', `LOBBY LOG 11/06/2026 | 1300 | APPT | Greer, Tonya | NO SHOW w/ MR. -KJ | 1330 MR texted her: "Missed you today, can you come Mon 11/9 at 10?" -MR`, 'E', 'P', false, [UA, RP]),
  note(MO, 'l16-lobby-log-front-desk-mo-011', `LOBBY | 11/09/2026 | 0958 | APPT | Greer, Tonya | checked in for 10:00 w/ MR | seen 1002-1030 Rm 3. Amazon interview went ok, no offer yet; registered for forklift class 11/16 on her ITA. Continue per IEP. -MR`, 'I', 'P', true),
  // Probation's officer at the counter: someone else, and told nothing.
  note(MO, 'l16-lobby-log-front-desk-mo-012', `LOBBY LOG 11/12/2026 | 1400 | WALK-IN | P.O. Jenkins (Probation & Parole) asking for Darnell Wilks' WIOA attendance. KJ told him he needs a signed release, referred him to DL. -KJ`, 'I', 'O', false, [TP, PM, JM]),
  note(MO, 'l16-lobby-log-front-desk-mo-013', `11/13/2026 | 0915 | TC w/ Darnell Wilks. Forklift class done 11/6, cert in hand, applying at the distribution centers in Pevely, 4 apps so far. Release for P&P is in file (9/2), so called P.O. Jenkins back after. Continue per IEP (job placement). -DL`, 'T', 'P', true),
  // The desk printed his form; the note copies his full SSN.
  note(MO, 'l16-lobby-log-front-desk-mo-014', `LOBBY LOG 11/16/2026 | 0815 | WALK-IN | Wilks, Darnell | wanted copy of his enrollment form, SSN 431-78-2209 on it. KJ printed, blacked out SSN before handing over. DL not in yet. -KJ`, 'I', 'P', false, [PII, NS]),
  note(MO, 'l16-lobby-log-front-desk-mo-015', `11/18/2026 1500 Ron in lobby, DL said hi.`, 'I', 'P', false, [NS]),
  note(MO, 'l16-lobby-log-front-desk-mo-016', `LOBBY LOG 11/23/2026 | 0830 | WALK-IN | Tate, Ronald | DL met w/ him Rm 2, 20 min. HVAC completed 11/13, cert of completion copy in file. Hired by Hoffmann Bros as residential install helper, starts 11/30 at $22/hr. Continue for follow-up 90 days after placement per IEP. -DL`, 'I', 'P', true),
  note(MO, 'l16-lobby-log-front-desk-mo-017', `PHONE | 11/24/2026 | 1110 | Hicks, Shawna called MR, talked 5 min: clinicals done 11/20, state test 12/8. Continue ITA until she tests. -MR`, 'T', 'P', true),

  note(MN, 'l16-lobby-log-front-desk-mn-001', `LOBBY LOG 10/01/26 | 0845 | APPT | Abdi, Hamdi | w/ JS (DW) | seen 0850-0930. Hamdi started RCTC med lab tech prereqs: A&P 1 (midterm 84) and chem. Working 20 hr at Mayo EVS. Reviewed EP + WF1 training activity. Next: monthly in Nov. -JS`, 'I', 'P', true),
  note(MN, 'l16-lobby-log-front-desk-mn-002', `PHONE MSG 10/15/26 | 1140 | for JS | Hamdi Abdi | can't come 10/16, has lab | call him -AB`, 'T', 'P', false, [UA]),
  note(MN, 'l16-lobby-log-front-desk-mn-003', `10/16/26 | 1210 | JS called Hamdi back, voicemail. Left msg w/ new date 10/22 0900. -JS`, 'T', 'P', false, [UA]),
  note(MN, 'l16-lobby-log-front-desk-mn-004', `LOBBY LOG 10/22/26 | 0900 | APPT | Abdi, Hamdi | NO SHOW w/ JS | AB called him 0915, no answer. -AB`, 'T', 'P', false, [UA]),
  note(MN, 'l16-lobby-log-front-desk-mn-005', `10/26/26 | Hamdi emailed JS back (re: JS's 10/22 email "we missed you today"): sorry, had his A&P lab exam 10/22 - got a 91. Chem ok, quiz avg 78. Asked about a spring book voucher; JS replied yes, bring the receipt. -JS`, 'E', 'P', true),
  note(MN, 'l16-lobby-log-front-desk-mn-006', `LOBBY 11/02/26 | 1305 | WALK-IN | Olson, Kyle | for JS, no appt | JS came out, talked in the lobby 15 min. Kyle finished Welding I at MSC Southeast, passed 2F and 3F plate tests, pipe class starts Jan. Asked about gas money - JS gave gas card. Reviewed EP. -JS`, 'I', 'P', true),
  // His wife left a receipt at the desk.
  note(MN, 'l16-lobby-log-front-desk-mn-007', `LOBBY 11/02/26 | 1330 | DROP-OFF | Kyle Olson's wife dropped off his signed gas card receipt. -AB`, 'I', 'A', false, [NS]),
  // The backup case manager took his call on the shared line: the program's contact.
  note(MN, 'l16-lobby-log-front-desk-mn-008', `PHONE 11/09/26 | 0810 | Abdi, Hamdi called the main line, JS out; AB (backup CM on JS's caseload) talked w/ him 10 min. A&P 1 second midterm 86, chem 74, not dropping anything, still 20 hr at Mayo. Wants to meet about spring - AB booked him w/ JS 11/19. -AB`, 'T', 'P', true),
  note(MN, 'l16-lobby-log-front-desk-mn-009', `LOBBY 11/19/26 | 1000 | APPT | Abdi, Hamdi | seen by JS 1000-1025: spring registration done (A&P 2, micro), FAFSA ok, book voucher approved. EP reviewed. -JS`, 'I', 'P', true),
  note(MN, 'l16-lobby-log-front-desk-mn-010', `LOBBY LOG 10/08/26 | 1410 | DROP-OFF | Nguyen, Linh | dropped CCAP childcare paperwork at desk for JS, JS in training. -AB`, 'I', 'P', false, [NS]),
  note(MN, 'l16-lobby-log-front-desk-mn-011', `10/13/26 | JS emailed Linh: CCAP form is missing page 2, please send. -JS`, 'E', 'P', false, [RP]),
  note(MN, 'l16-lobby-log-front-desk-mn-012', `10/20/26 | 1530 | Linh called JS, talked 10 min. Mailed pg 2 today. Phlebotomy at RCTC: clinical hours 40 of 100, passed venipuncture checkoff. EP ok. -JS`, 'T', 'P', true),
  // The instructor's call: recorded under Policy 6, not the monthly contact.
  note(MN, 'l16-lobby-log-front-desk-mn-013', `PHONE 10/28/26 | RCTC phlebotomy instructor called for JS re: Linh Nguyen - missed 2 clinical shifts, needs to make them up by 11/15. -AB`, 'T', 'V', false),
  note(MN, 'l16-lobby-log-front-desk-mn-014', `11/03/26 | JS texted Linh about the missed clinicals: "can you call me today?" 11/04 Linh texted back: "yes sorry my son was sick, I made up 1 shift already, other one is 11/12". -JS`, 'E', 'P', true),
  note(MN, 'l16-lobby-log-front-desk-mn-015', `Walk-in, seen by JS, talked about job fair.`, 'I', 'P', true, [PM, NS, DM], { noDateField: true }),
  note(MN, 'l16-lobby-log-front-desk-mn-016', `PHONE 11/23/26 | 1345 | JS called Kyle - busy x2, then recording "this customer is not accepting calls at this time". -JS`, 'T', 'P', false, [UA]),
  note(MN, 'l16-lobby-log-front-desk-mn-017', `LOBBY 11/24/26 | 1100 | WALK-IN | Olson, Kyle | brought his 3F cert copy. JS met w/ him 10 min: Welding I grade A, pipe class confirmed Jan 11, may take a summer job at a Rochester fab shop. EP reviewed. -JS`, 'I', 'P', true),
];
