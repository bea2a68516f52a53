/**
 * Agencies that write every entry as "Purpose / Contact / Outcome / Plan" (locked split, batch 13: scored and
 * floored, aggregates only): a Kansas City area WIOA contractor (the Prospect Avenue and Independence job centers,
 * Metropolitan Community College campuses, warehouse and hospital employers) and county-run employment and training
 * offices in St. Cloud and Rochester, Minnesota, whose procedures manual requires the four headed lines in that
 * order. New hires fill each line in full sentences; veterans shrink it to "P: / C: / O: / P:"; one worker pastes the
 * blank template and forgets to fill it. The Contact line names the method the writer tried, which is not always
 * what happened: the Outcome line says whether anyone was reached.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. The Outcome decides: "Telephone" over "no answer, VM left" is an attempt; "In person" over "did not
 * report" is a no-show; a Contact line reading "N/A — file review" or a visit planned and cancelled records no
 * contact; a text answered with "at work can't talk" puts the contact off. An instructor or program coordinator is
 * the provider and a mother listed on the plan the alternate (Missouri: counts with substantive progress and a
 * reason to continue, §2.2; Minnesota: recorded, never the monthly contact); a probation officer and another
 * program's counselor are someone else.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l13-purpose-contact-outcome-plan';
export const BATCH = 13;

export const NOTES: LabelledNote[] = [
  note(MO, 'l13-purpose-contact-outcome-plan-mo-001', `PURPOSE: 90-day case management contact / ITA progress.
CONTACT: Telephone, 3/4/25 10:20 a.m., participant called at her request (816-555-0147).
OUTCOME: Spoke with Latoya. She has completed weeks 1-8 of the MCC-Penn Valley Surgical Technology program with 100% attendance and an 86% average on unit exams. Clinical placement at Research Medical begins 4/14.
PLAN: Continue ITA through program completion (8/2025) per IEP goal 2. Next contact by 5/1.`, 'T', 'P', true),
  note(MO, 'l13-purpose-contact-outcome-plan-mo-002', `PURPOSE: Monthly check-in (local 30-day policy).
CONTACT: Telephone 3/5/25.
OUTCOME: No answer. Left VM with callback number.
PLAN: Try again 3/7; send e-mail if no response.`, 'T', 'P', false, [UA]),
  note(MO, 'l13-purpose-contact-outcome-plan-mo-003', `PURPOSE: Scheduled appointment to sign ITA modification.
CONTACT: In person, Prospect office, 3/6/25 2:00 p.m.
OUTCOME: Participant did not report. Waited 30 min. Front desk has no message from him.
PLAN: Mail reschedule letter.`, 'I', 'P', false, [UA]),
  note(MO, 'l13-purpose-contact-outcome-plan-mo-004', `PURPOSE: Obtain spring grades for ITA continuation.
CONTACT: E-mail sent 3/3/25; participant replied by e-mail 3/6/25.
OUTCOME: Marcus sent his unofficial transcript: Intro to Networking A, CompTIA A+ Core 1 B+, 12 credit hours completed toward the IT Support certificate.
PLAN: Continue ITA for summer term; request A+ Core 2 exam voucher once he finishes the course.`, 'E', 'P', true),
  note(MO, 'l13-purpose-contact-outcome-plan-mo-005', `PURPOSE: Request OJT timesheet.
CONTACT: E-mail to participant 3/10/25.
OUTCOME: Pending.
PLAN: Follow up by phone 3/14.`, 'E', 'P', false, [RP]),
  note(MO, 'l13-purpose-contact-outcome-plan-mo-006', `PURPOSE: 90-day contact; no response to calls since 1/15.
CONTACT: Letter mailed 2/24/25; participant telephoned in response 3/11/25.
OUTCOME: Denise said she lost her phone in January. She finished the Medical Billing course 2/28 with her certificate and is applying for billing jobs: 3 applications this week (two hospitals and a dental office).
PLAN: Move to job search; resume review in person 3/18. Continue services until placement.`, 'T', 'P', true),
  note(MO, 'l13-purpose-contact-outcome-plan-mo-007', `PURPOSE: Progress check; participant is in clinicals during business hours.
CONTACT: Telephone with Ms. Okafor, LPN program coordinator, MCC-Penn Valley, 3/12/25.
OUTCOME: Coordinator reports Jasmine has 94% attendance, passed Fundamentals (B) and Med-Surg I (B-), clinical evaluations satisfactory. On track for NCLEX-PN eligibility in December.
PLAN: Continue ITA through program completion; next contact with participant by 4/15.`, 'T', 'V', true),
  // The alternate knows only that he is "still going": no substantive progress, no reason to continue.
  note(MO, 'l13-purpose-contact-outcome-plan-mo-008', `PURPOSE: 90-day contact.
CONTACT: Telephone with alternate contact (mother, Mrs. Reed) 3/13/25.
OUTCOME: Mother states he is "still going to that welding school."
PLAN: Try participant again.`, 'T', 'A', false, [TP, JM, NS]),
  // A file review is no contact and names no method.
  note(MO, 'l13-purpose-contact-outcome-plan-mo-009', `PURPOSE: Quarterly file review.
CONTACT: N/A - file review only.
OUTCOME: IEP current, ITA voucher #2 paid, attendance sheets through February on file.
PLAN: Contact participant by 4/1 for 90-day.`, '-', 'P', false, [CT]),
  // The page's drop-down says telephone; the number is dead.
  note(MO, 'l13-purpose-contact-outcome-plan-mo-010', `PURPOSE: Monthly contact.
CONTACT: Phone.
OUTCOME: Number not in service. Checked Toolbox for an alternate number, none.
PLAN: Letter to last known address.`, 'T', 'P', false, [UA], { field: 'T' }),
  note(MO, 'l13-purpose-contact-outcome-plan-mo-011', `PURPOSE: Check-in.
CONTACT: Phone 3/17/25.
OUTCOME: Talked w/ participant. Doing ok.
PLAN: Cont.`, 'T', 'P', true, [PM, JM, NS]),
  // The template pasted and never filled: nobody, no method, nothing happened.
  note(MO, 'l13-purpose-contact-outcome-plan-mo-012', `PURPOSE: [Purpose of contact]
CONTACT: [Method / date]
OUTCOME: [Describe outcome]
PLAN: [Next steps]`, '-', '-', false, [CT, NS]),
  // She was expected at the hiring event and did not come; her sister's interview is her sister's.
  note(MO, 'l13-purpose-contact-outcome-plan-mo-013', `PURPOSE: Meet participant at Kansas City job center hiring event.
CONTACT: In person, 3/19/25, hiring event.
OUTCOME: Participant did not attend. Her sister (also on my caseload) came and interviewed with the Claycomo plant.
PLAN: Call participant.`, 'I', 'P', false, [UA]),
  note(MO, 'l13-purpose-contact-outcome-plan-mo-014', `PURPOSE: 90-day.
CONTACT: Phone 3/20/25 (no answer, VM); participant returned call 3/21/25.
OUTCOME: Andre reports he completed the forklift and OSHA-10 cards through the MCC warehouse program 3/14 and starts at an Amazon fulfillment center 3/31, $19.25/hr, full time.
PLAN: Exit training activity; begin follow-up; retention check at 30 days.`, 'T', 'P', true),
  // A probation officer is someone else, and asked for information rather than giving any about the training.
  note(MO, 'l13-purpose-contact-outcome-plan-mo-015', `PURPOSE: Verify participation for court.
CONTACT: Telephone w/ P&P officer J. Cortez 3/24/25.
OUTCOME: Officer asked for an attendance letter for participant's hearing. Told officer a signed release of information is needed first.
PLAN: Obtain ROI from participant at next visit.`, 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'l13-purpose-contact-outcome-plan-mo-016', `PURPOSE: Eligibility documentation update / progress.
CONTACT: In person, Independence office, 3/25/25.
OUTCOME: Participant brought birth certificate; DOB 11/02/1988 corrected in Toolbox. She completed the CDL-A course 3/21 and has her skills test 3/28.
PLAN: Continue ITA through the skills test; job placement assistance after licensing.`, 'I', 'P', true, [PII]),
  // "At work can't talk" answers the text only to put the contact off; nothing was exchanged.
  note(MO, 'l13-purpose-contact-outcome-plan-mo-017', `PURPOSE: Monthly contact.
CONTACT: Text 3/27/25.
OUTCOME: Participant replied "at work cant talk, txt u later." No further reply as of 3/31.
PLAN: Call 4/1 after 5 p.m.`, 'E', 'P', false, [RP]),

  note(MN, 'l13-purpose-contact-outcome-plan-mn-001', `PURPOSE: Monthly contact (Letter 110).
CONTACT: In person, St. Cloud CareerForce, 3/3/25.
OUTCOME: Met with Abdi. He completed the fall semester of CNC Machining at St. Cloud Tech with a 3.4 GPA and is taking 14 credits this spring. Working 20 hrs/wk at a machine shop in Sauk Rapids.
PLAN: Reviewed ISS and WF1 activities; next monthly contact in April.`, 'I', 'P', true),
  note(MN, 'l13-purpose-contact-outcome-plan-mn-002', `P: monthly. C: TC 3/4/25. O: spoke w/ Ka Yang, passed ESL level 4 test, starts pharmacy tech 3/31 at Rochester CTC. P: update WF1 activity.`, 'T', 'P', true),
  note(MN, 'l13-purpose-contact-outcome-plan-mn-003', `PURPOSE: Monthly. CONTACT: Phone 3/5/25. OUTCOME: Line busy x3 (9:10, 11:40, 2:15). PLAN: Try tomorrow.`, 'T', 'P', false, [UA]),
  note(MN, 'l13-purpose-contact-outcome-plan-mn-004', `PURPOSE: Monthly contact.
CONTACT: Text 3/6/25 via agency texting.
OUTCOME: Delivered, read 3/6 4:12 p.m. No reply.
PLAN: Call 3/10.`, 'E', 'P', false, [RP]),
  // A real reply, but "all good here" reports nothing of the activity.
  note(MN, 'l13-purpose-contact-outcome-plan-mn-005', `PURPOSE: Monthly contact.
CONTACT: E-mail 3/7/25, client replied 3/8.
OUTCOME: Client wrote "all good here, thanks."
PLAN: Next month.`, 'E', 'P', true, [PM, NS]),
  note(MN, 'l13-purpose-contact-outcome-plan-mn-006', `PURPOSE: Attendance verification.
CONTACT: E-mail from Rochester CTC instructor 3/10/25.
OUTCOME: Client attending all labs, 91% in Pharm Calculations.
PLAN: Contact client for monthly.`, 'E', 'V', false),
  note(MN, 'l13-purpose-contact-outcome-plan-mn-007', `PURPOSE: Monthly contact.
CONTACT: Phone 3/11/25 w/ youth's mother (alternate on ISS).
OUTCOME: Mother reports youth attending Tech High ALC, earned 2 credits in Feb, working weekends at Coborn's.
PLAN: Youth to call me back; try youth directly 3/13.`, 'T', 'A', false),
  note(MN, 'l13-purpose-contact-outcome-plan-mn-008', `PURPOSE: Monthly contact (follow-up to 3/11).
CONTACT: Youth called 3/13/25.
OUTCOME: Youth confirmed 2 credits in Feb, 7 remaining to graduate in June; Coborn's hours 16/wk. Discussed summer WEX with the county parks.
PLAN: WEX application by 4/1; ISS updated.`, 'T', 'P', true),
  // The visit was called off by the office before it happened: no attempt, no method used.
  note(MN, 'l13-purpose-contact-outcome-plan-mn-009', `PURPOSE: Home visit, monthly contact.
CONTACT: Planned in person 3/14/25.
OUTCOME: Cancelled - blizzard warning, county offices closed.
PLAN: Reschedule for 3/18.`, '-', 'P', false, [CT]),
  note(MN, 'l13-purpose-contact-outcome-plan-mn-010', `PURPOSE: Monthly contact.
CONTACT: Video (Teams) 3/17/25.
OUTCOME: Client is in the Medical Assistant program at Rochester CTC; passed phlebotomy check-off, externship at Olmsted Medical starts 4/7.
PLAN: ISS reviewed; next contact after externship start.`, 'T', 'P', true),
  note(MN, 'l13-purpose-contact-outcome-plan-mn-011', `PURPOSE: Monthly contact.
CONTACT: Letter mailed 3/3/25.
OUTCOME: No response as of 3/18.
PLAN: Home visit.`, 'L', 'P', false, [RP]),
  note(MN, 'l13-purpose-contact-outcome-plan-mn-012', `PURPOSE: Monthly contact.
CONTACT: Letter.
OUTCOME: Returned 3/19/25 "insufficient address."
PLAN: Check with county financial worker for new address.`, 'L', 'P', false, [UA]),
  // "No answer" is her own calls to the college's financial aid office; she was at the desk.
  note(MN, 'l13-purpose-contact-outcome-plan-mn-013', `PURPOSE: Walk-in.
CONTACT: In person 3/20/25.
OUTCOME: Client said she called the financial aid office at St. Cloud State 4 times with no answer about her Pell; we called together and got her an appointment 3/24. She is in 12 credits, midterms next week.
PLAN: Follow up after financial aid appt; ISS reviewed.`, 'I', 'P', true),
  // Another program's counselor passing on news; the client was not seen.
  note(MN, 'l13-purpose-contact-outcome-plan-mn-014', `PURPOSE: Monthly contact.
CONTACT: In person 3/21/25 - MFIP counselor Jenna stopped by my desk.
OUTCOME: Jenna said client started at a lab in Rochester 3/17, 40 hrs. Client not seen.
PLAN: Call client to confirm and update WF1.`, 'I', 'O', false),
  note(MN, 'l13-purpose-contact-outcome-plan-mn-015', `PURPOSE: Monthly contact. CONTACT: Phone. OUTCOME: Spoke with client, she passed her CNA state test and is starting at St. Benedict's. PLAN: Move to follow-up; ISS updated.`, 'T', 'P', true, [DM], { noDateField: true }),
  // His voicemail carries good news, but nobody talked; the drop-down's "telephone" does not make it an exchange.
  note(MN, 'l13-purpose-contact-outcome-plan-mn-016', `PURPOSE: Monthly contact.
CONTACT: -
OUTCOME: Client left voicemail 3/24/25 at 6:50 p.m. saying he got the job in environmental services at the hospital.
PLAN: Call back to confirm start date.`, 'T', 'P', false, [UA], { field: 'T' }),
  note(MN, 'l13-purpose-contact-outcome-plan-mn-017', `PURPOSE: Monthly contact + document update.
CONTACT: In person 3/26/25.
OUTCOME: Client brought her new Social Security card (SSN 390-44-2817) after a name change. Attending Welding at St. Cloud Tech, passed the 2F plate.
PLAN: Update name in WF1; ISS reviewed.`, 'I', 'P', true, [PII]),
];
