/**
 * County and state welfare-to-work staff who also carry WIOA co-enrolments, writing every note in the "* field:
 * value" layout of the mainframe eligibility systems (locked split, batch 17: scored and floored, aggregates only):
 * in Minnesota, rural county financial workers who double as MFIP/DWP employment counselors (Otter Tail, Wadena,
 * Kittson and Pennington counties), used to MAXIS case notes typed by script with a starred header line; in
 * Missouri, Missouri Work Assistance case managers in the Bootheel (Kennett, Sikeston, Caruthersville) co-enrolling
 * TANF families in WIOA, who learned the same layout from FAMIS narratives. The voice: a header in stars or
 * capitals ("***MFIP ES / WIOA CONTACT***"), one fact a line after "* Contact:", "* Hours:", "* Verifs:", "* Good
 * cause:", "* Sanction:", "* Plan:", "* Actions:", worker signature and county at the end, program shorthand (ES, EP,
 * DWP, CAF, HRF, GC, SNAP E&T, Work Number, FSD). Sources: county case-note scripts and state MFIP manuals.
 * Labels come from the policies and the definition of a qualifying contact, written before any checker ran on them.
 * How I read the hard cases: a "* Contact:" line says how a contact was meant to happen, the result line says
 * whether it did ("no show", "NA, LVM" are tries). Hours verified through the Work Number or a timesheet dropped in
 * the drop box are no exchange with anyone. Paystubs and an activity log mailed back because our letter asked for
 * them are the participant's written response (MO §2.3), with her hours in them. In Missouri an employer's
 * supervisor who gives hours, attendance and a reason to keep going counts (§2.2); a sister who calls to say she
 * is in the hospital has no knowledge of her progress. A talk at the eligibility window about the renewal alone
 * says nothing about progress. A sanction notice is a one-way letter. In Minnesota a provider's report is
 * recorded, never the monthly contact.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l17-county-star-fields';
export const BATCH = 17;

export const NOTES: LabelledNote[] = [
  note(MO, 'l17-county-star-fields-mo-001', `***MWA / WIOA CO-ENROLLED CONTACT***
* Contact: OV 02/03/26, Kennett office, 30 min w/ cust (Latoya S.)
* Activity: Three Rivers College CNA, week 4 of 8. Attendance 100%. Skills check 1 passed.
* Hours: 24 class + 6 clinical/wk, meets core hrs
* Barriers: car unreliable, gas card given
* Plan: cont WIOA ITA for CNA per IEP, then job search at Kennett area LTC
* Next: TC 02/17/26
---T. Moss, MWA CM`, 'I', 'P', true, []),
  note(MO, 'l17-county-star-fields-mo-002', `***MWA / WIOA CO-ENROLLED CONTACT***
* Contact: TC 02/17/26 to cust
* Result: NA, LVM
* Next: TC 02/19/26
---T. Moss`, 'T', 'P', false, [UA]),
  // A no-show to our appointment, then a letter.
  note(MO, 'l17-county-star-fields-mo-003', `***MWA / WIOA CO-ENROLLED CONTACT***
* Contact: OV sched 02/24/26 10:00
* Result: cust no show, did not call
* Actions: appt letter mailed 02/24/26 w/ new date 03/03/26
---T. Moss`, 'L', 'P', false, [UA, RP]),
  note(MO, 'l17-county-star-fields-mo-004', `***MWA / WIOA CO-ENROLLED CONTACT***
* Contact: cust came in 03/03/26 per appt letter, met 25 min
* Activity: finished CNA classroom 02/27, clinical at Kennett Health & Rehab 03/09-03/13. Missed 2 days in Feb (child sick), made up.
* Plan: state CNA exam 03/28, WIOA cont thru credential per IEP
* Next: TC after 03/28
---T. Moss`, 'I', 'P', true, []),
  // Her sister calls: no knowledge of her progress.
  note(MO, 'l17-county-star-fields-mo-005', `***MWA / WIOA CO-ENROLLED CONTACT***
* Contact: cust's sister (Monica) called CM 04/06/26
* Info: cust in Missouri Delta Medical Center since Sat, will call when released
* Actions: none, wait for cust call
---T. Moss`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'l17-county-star-fields-mo-006', `***MWA / WIOA CO-ENROLLED CONTACT***
* Contact: TC w/ cust 04/14/26
* Status: out of hospital 4/10, ok. Passed CNA state exam 3/28, cert # on Registry. 2 apps in (SEMO Health Network, Kennett Health & Rehab).
* Plan: WIOA job search services cont per IEP, interview prep 4/21
---T. Moss`, 'T', 'P', true, []),
  // Hours looked up, no one spoken to.
  note(MO, 'l17-county-star-fields-mo-007', `***MWA HOURS VERIFICATION***
* Period: April 2026
* Hours: 118 of 120 verified via The Work Number (Kennett Health & Rehab, CNA, $14.25/hr)
* Actions: core hrs met, no sanction
---T. Moss`, '-', '-', false, [CT]),
  note(MO, 'l17-county-star-fields-mo-008', `***MWA / WIOA CO-ENROLLED CONTACT***
* Contact: Letter 03/02/26 asking cust (Derrick W.) to return Feb paystubs and job log
* Verifs: rec'd by mail 03/12/26: 2 paystubs Tyson Sikeston 62 hrs, job log w/ 9 apps and note "started part time, want more hours"
* Plan: cont WIOA job search per IEP toward FT, OJT referral
---R. Gaines, MWA CM, Sikeston`, 'L', 'P', true, []),
  note(MO, 'l17-county-star-fields-mo-009', `***MWA / WIOA CO-ENROLLED CONTACT***
* Contact: letter mailed 04/01/26 to cust requesting March verifs
* Result: pending
---R. Gaines`, 'L', 'P', false, [RP]),
  // The employer's supervisor, with hours and a reason to continue.
  note(MO, 'l17-county-star-fields-mo-010', `***MWA / WIOA OJT CONTACT***
* Contact: TC 04/15/26 w/ OJT supervisor (Dale, Sikeston Boat Works)
* Participant: Derrick W., OJT welder helper since 3/30
* Report: 80 of 80 hrs, on time every day, passed shop weld test 4/10, moving to MIG line
* Plan: cont OJT contract thru 6/26 per IEP, reimbursement invoice 1 processed
* Next: TC w/ cust by 4/30
---R. Gaines`, 'T', 'V', true, []),
  note(MO, 'l17-county-star-fields-mo-011', `***MWA / WIOA CO-ENROLLED CONTACT***
* Contact: TC w/ cust 04/29/26
* Status: fine
* Next: 30 days
---R. Gaines`, 'T', 'P', true, [PM, JM, NS]),
  // A sanction notice is a one-way letter.
  note(MO, 'l17-county-star-fields-mo-012', `***MWA SANCTION NOTICE***
* Cust: Brittany H.
* Reason: no participation 05/01/26-05/15/26, no GC reported
* Actions: FSD notified, sanction notice mailed 05/18/26, GC deadline 05/28/26
---R. Gaines`, 'L', 'P', false, [RP]),
  note(MO, 'l17-county-star-fields-mo-013', `***MWA / WIOA GOOD CAUSE***
* Contact: cust called CM 05/26/26, 15 min
* Good cause: her son hospitalized 5/2-5/14 at St. Francis, discharge papers faxed to office
* Activity: back in Three Rivers HiSET class 5/19, passed math subtest 5/22
* Plan: GC approved, sanction lifted, WIOA cont per IEP (HiSET then CNA)
---R. Gaines`, 'T', 'P', true, []),
  note(MO, 'l17-county-star-fields-mo-014', `***MWA / WIOA CO-ENROLLED CONTACT***
* Contact: text 06/09/26 to cust re HiSET science date
* Result: cust replied "its 6/20 at the college, studying w the tutor tues and thurs"
* Plan: cont HiSET per IEP
---R. Gaines`, 'E', 'P', true, []),
  // The timesheet came through the drop box: a form, no exchange with her.
  note(MO, 'l17-county-star-fields-mo-015', `***MWA HOURS***
* Timesheet left in drop box 07/06/26 by cust: June 96 hrs HiSET + job search
* Actions: entered in FAMIS
---R. Gaines`, '-', '-', false, [CT]),
  note(MO, 'l17-county-star-fields-mo-016', `***MWA / WIOA CO-ENROLLED CONTACT***
* Contact: home visit 07/14/26, Caruthersville
* Result: no one home, card left
---R. Gaines`, 'I', 'P', false, [UA]),
  note(MO, 'l17-county-star-fields-mo-017', `***MWA / WIOA CO-ENROLLED CONTACT***
* Contact: OV w/ cust 08/04/26
* Status: passed all HiSET subtests 7/24, HiSET issued. Enrolled Three Rivers CNA fall session start 8/24.
* SSN: 491-88-2034 (for ITA paperwork)
* Plan: WIOA ITA CNA per IEP
---R. Gaines`, 'I', 'P', true, [PII]),

  note(MN, 'l17-county-star-fields-mn-001', `***MFIP ES / WIOA CONTACT***
* Contact: Phone call w/ client 01/13/26, 20 min
* Activity: M State Fergus Falls Medical Office Professional, spring 12 cr. Fall GPA 3.4.
* Hours: 12 class + 18 study = 30/wk, meets EP
* Plan: EP updated, WIOA training cont
* Actions: childcare auth sent to CCAP
---L. Berg, Employment Counselor, Otter Tail Co HHS`, 'T', 'P', true, []),
  note(MN, 'l17-county-star-fields-mn-002', `***MFIP ES / WIOA CONTACT***
* Contact: Phone call to client 02/10/26
* Result: NA, LVM
---L. Berg`, 'T', 'P', false, [UA]),
  note(MN, 'l17-county-star-fields-mn-003', `***MFIP ES / WIOA CONTACT***
* Contact: Letter 02/12/26, ES appt 02/24/26 at Fergus Falls office
* Result: pending
---L. Berg`, 'L', 'P', false, [RP]),
  note(MN, 'l17-county-star-fields-mn-004', `***MFIP ES / WIOA CONTACT***
* Contact: ES appt 02/24/26, in person, client and her 2 yo
* Activity: midterms Med Terminology 88, Keyboarding 52 wpm, Anatomy 79
* Barriers: car repair, $600 est, MFIP support svcs req
* Plan: EP reviewed and signed, WIOA ISS updated, enrollment current in WF1
---L. Berg`, 'I', 'P', true, []),
  // The financial worker's window: only the renewal was talked about.
  note(MN, 'l17-county-star-fields-mn-005', `***HRF / CAF RENEWAL***
* Contact: client at front window 03/09/26 turning in HRF
* Discussed: missing proof of child support, gave DHS-2919 list
* Actions: HRF pended 10 days
---L. Berg (FW)`, 'I', 'P', true, [PM]),
  note(MN, 'l17-county-star-fields-mn-006', `***MFIP ES / WIOA CONTACT***
* Contact: 03/23/26 client emailed spring break week schedule and asked about summer class
* Reply: sent her the summer ITA form 03/23/26
* Activity: per client "got a B on my anatomy practical"
---L. Berg`, 'E', 'P', true, []),
  note(MN, 'l17-county-star-fields-mn-007', `***MFIP ES / WIOA CONTACT***
* Contact: Email to client 04/06/26 asking for April schedule
* Contact: Text to client 04/13/26 same
* Result: no reply
---L. Berg`, 'E', 'P', false, [RP]),
  // The instructor's report: recorded, not the month's contact.
  note(MN, 'l17-county-star-fields-mn-008', `***MFIP ES / WIOA CONTACT***
* Contact: Phone w/ M State instructor (Ms. Quam) 04/20/26, ROI on file
* Report: client attending, 2 absences April, Anatomy now 84, on track for May completion of cert
* Actions: still need client contact for April
---L. Berg`, 'T', 'V', false, []),
  note(MN, 'l17-county-star-fields-mn-009', `***MFIP ES / WIOA CONTACT***
* Contact: Client called 04/28/26 returning texts
* Status: phone was broken. Finals 5/11-5/14. Applying at Lake Region Healthcare front desk.
* Plan: ISS/EP job search after cert, WF1 activity to be ended at completion
---L. Berg`, 'T', 'P', true, []),
  note(MN, 'l17-county-star-fields-mn-010', `***DWP CONTACT***
* Contact: DWP overview 05/05/26 in person, Wadena office, client (Jesse K.) 45 min
* Activity: job search 35 hrs/wk required. Has 3 apps in at Homecrest, Tri-County Health Care, Walmart DC.
* Plan: DWP EP signed, WIOA adult co-enrolled, ISS started, WF1 enrollment entered
---K. Rask, Wadena Co`, 'I', 'P', true, []),
  note(MN, 'l17-county-star-fields-mn-011', `***DWP CONTACT***
* Contact: job search log review 05/19/26
* Log: 14 apps, 2 interviews (Homecrest 5/14, Walmart DC 5/21)
* Actions: log scanned to ECF
---K. Rask`, '-', '-', false, [CT]),
  note(MN, 'l17-county-star-fields-mn-012', `***DWP CONTACT***
* Contact: TC 05/27/26
* Result: client answered, said can't talk at work, call back later
* Actions: called back 5:30, NA
---K. Rask`, 'T', 'P', false, [UA]),
  note(MN, 'l17-county-star-fields-mn-013', `***DWP CONTACT***
* Contact: TC w/ client 06/02/26
* Status: HIRED Homecrest Industries, cabinet assembly, 2nd shift, start 6/8, $18.50/hr, 40 hrs
* Plan: DWP closes w/ earned income, WIOA employment retention, ISS updated
---K. Rask`, 'T', 'P', true, []),
  note(MN, 'l17-county-star-fields-mn-014', `***MFIP ES / WIOA CONTACT***
* Contact: TC w/ client
* Status: no change
---J. Olstad, Kittson Co`, 'T', 'P', true, [NS, DM], { noDateField: true }),
  // A message with her boyfriend: an attempt to reach her.
  note(MN, 'l17-county-star-fields-mn-015', `***MFIP ES / WIOA CONTACT***
* Contact: TC 07/08/26 to client, boyfriend answered, said she is at work at Digi-Key
* Actions: left msg w/ him for client to call
---J. Olstad`, 'T', 'P', false, [UA]),
  note(MN, 'l17-county-star-fields-mn-016', `***MFIP ES / WIOA CONTACT***
* Contact: home visit 08/11/26, Hallock, client present
* Activity: Digi-Key production, 32 hrs/wk, $17.75, wants 40. Northland CTC evening class Intro to Electronics 4 cr fall.
* Plan: EP updated, WIOA ISS updated, record reviewed
---J. Olstad`, 'I', 'P', true, []),
  // Pennington: the county's DHS notice of the ES appointment, returned by the post office.
  note(MN, 'l17-county-star-fields-mn-017', `***MFIP ES / WIOA CONTACT***
* Contact: ES appt letter 09/02/26
* Result: returned by USPS 09/14/26, no forwarding address
* Actions: checked MAXIS for new addr, none, requested via FW
---A. Tveit, Pennington Co`, 'L', 'P', false, [UA]),
];
