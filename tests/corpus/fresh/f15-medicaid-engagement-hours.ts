/**
 * A co-enrolled case manager who also verifies Medicaid work-requirement hours (fresh split, batch 15: new voices,
 * scored and listed but not floored yet). The voice: written in the tally of the 2026 Medicaid community-engagement
 * rules — "engagement hrs" for the month against 80, "verified"/"self-attested", "ex parte match", "good-cause",
 * "exempt (caregiver)", the month's "look-back" — on top of the WIOA contact, so one note often carries two programs.
 * Offices in Kansas City, St. Joseph, Sedalia, Kirksville and West Plains (Missouri) and Minneapolis (Hennepin),
 * St. Cloud, Rochester, Moorhead and Virginia (Minnesota). Sources of realism: job centers that took on hours
 * verification for expansion adults when the work requirement arrived, and staff whose notes read like a timesheet.
 * How I read the policy for the hard cases: hours that arrive by a data match, an uploaded paystub or a portal
 * attestation are records, not a contact; a notice mailed or posted to the portal is one-way until the participant
 * answers it; a participant's written answer to the notice is a letter/e-mail response. A talk with the county
 * eligibility worker or a landlord about the participant is someone else's contact. In Missouri the training provider
 * with attendance hours and "continue" counts when the participant could not be reached; in Minnesota it is filed.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'f15-medicaid-engagement-hours';

export const NOTES: LabelledNote[] = [
  note(MO, 'f15-medicaid-engagement-hours-mo-001', `10/05/2026 KC Northland JC. Office visit with Darnell Y., 30 min. Engagement hrs Sept: 96 (MCC-Penn Valley HVAC 60 + Ford part-time 36), verified from school roster + paystubs. HVAC wk 5/16, 100% attendance, passed electrical basics 88. ITA continues per IEP (HVAC tech). Next 11/02.`, 'I', 'P', true, []),
  // A data match is a record arriving, not Darnell.
  note(MO, 'f15-medicaid-engagement-hours-mo-002', `10/09/2026 Ex parte match from state wage file: Darnell 40 hrs Ford wk of 9/28. Engagement hrs updated. No contact.`, '-', '-', false, [CT, NS]),
  note(MO, 'f15-medicaid-engagement-hours-mo-003', `10/30/2026 Called Darnell re Oct hours, no answer, left VM to upload Oct paystubs.`, 'T', 'P', false, [UA]),
  // A bounce is mail come back.
  note(MO, 'f15-medicaid-engagement-hours-mo-004', `11/01/2026 Emailed Darnell the Oct hours form. Bounced: "mailbox unavailable".`, 'E', 'P', false, [UA]),
  note(MO, 'f15-medicaid-engagement-hours-mo-005', `11/02/2026 Phone w/ Darnell 14 min. HVAC wk 9/16, refrigeration unit test 91, missed 1 day (car). Oct engagement hrs 102, meets 80. ITA continues per IEP. Gas card issued for car repair week.`, 'T', 'P', true, []),
  note(MO, 'f15-medicaid-engagement-hours-mo-006', `10/07/2026 St. Joseph. Mailed engagement notice + WIOA 90-day letter to Crystal B. Response due 11/06.`, 'L', 'P', false, [RP]),
  // Her written answer on the notice: a letter response, with progress.
  note(MO, 'f15-medicaid-engagement-hours-mo-007', `10/21/2026 Crystal returned the notice by mail with handwritten note: "in CNA at Hillyard, 12 hrs/wk class + 8 hrs/wk clinical, working 30 hrs at Dollar General". Roster confirms. Engagement met for Oct. CNA training continues per IEP.`, 'L', 'P', true, []),
  // The county worker asked about her; Crystal was not part of it.
  note(MO, 'f15-medicaid-engagement-hours-mo-008', `10/28/2026 FSD eligibility specialist called to confirm Crystal's WIOA enrollment for her Medicaid file. Confirmed enrollment dates only.`, 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'f15-medicaid-engagement-hours-mo-009', `11/18/2026 Crystal called in, said she can't talk now, at clinical, asked me to call after 5. Called at 5:15, no answer.`, 'T', 'P', false, [UA]),
  // The CNA program coordinator, with hours and a recommendation, when Crystal could not be reached.
  note(MO, 'f15-medicaid-engagement-hours-mo-010', `11/20/2026 Crystal unreachable 11/18-11/20. Phone w/ Hillyard CNA coordinator Ms. Sato: Crystal 72 of 75 clinical hrs, skills checkoff 21/22, state exam 12/9, coordinator says continue. CNA ITA continues per IEP.`, 'T', 'V', true, []),
  note(MO, 'f15-medicaid-engagement-hours-mo-011', `10/12/2026 Sedalia. Teams video w/ Luis A. 20 min (camera on, from SFCC library). Welding wk 7/16, 2G pass, 0 absences. Engagement hrs Sept 88 self-attested, roster verifies 64 training + 24 work. ITA continues per IEP.`, 'T', 'P', true, []),
  note(MO, 'f15-medicaid-engagement-hours-mo-012', `10/26/2026 Luis good-cause request for Oct (hospitalized 10/14-10/18) submitted by his sister via portal. Forwarded to FSD. No contact w/ Luis.`, 'E', 'A', false, [TP, PM, JM]),
  note(MO, 'f15-medicaid-engagement-hours-mo-013', `11/09/2026 Luis in office 25 min after discharge. Back in welding 11/02, instructor let him make up 2G lab, wk 10/16. Oct engagement hrs 58 + good-cause approved. ITA continues per IEP.`, 'I', 'P', true, []),
  note(MO, 'f15-medicaid-engagement-hours-mo-014', `10/14/2026 Kirksville. Text to Brianna H.: "Oct hours due 11/5, need your work schedule". Delivered 10:02. Read 10:40. No reply.`, 'E', 'P', false, [RP]),
  note(MO, 'f15-medicaid-engagement-hours-mo-015', `10/16/2026 Brianna texted back: "Hy-Vee 28 hrs/wk, Truman State EMT class Tues/Thurs, passed the CPR part". Texted back: thanks, ITA continues for EMT per IEP, bring schedule to next appt.`, 'E', 'P', true, []),
  // Her appointment was cancelled by the office, not held.
  note(MO, 'f15-medicaid-engagement-hours-mo-016', `11/05/2026 Brianna's 10:00 appt cancelled, JC closed for power outage. Rescheduling.`, 'I', 'P', false, [UA]),
  note(MO, 'f15-medicaid-engagement-hours-mo-017', `11/12/2026 Brianna office visit, 15 min, brought Hy-Vee schedule. Engagement hrs Oct 124.`, 'I', 'P', true, [PM, JM]),
  note(MO, 'f15-medicaid-engagement-hours-mo-018', `10/20/2026 West Plains. Rhonda T. came to front desk to drop exemption form (caregiver for mother). Receptionist took it. CM did not see her.`, '-', '-', false, [CT, NS]),
  note(MO, 'f15-medicaid-engagement-hours-mo-019', `10/27/2026 Phone w/ Rhonda 18 min. Exempt (caregiver) approved for Oct-Dec, so no hours due. Still in MSU-WP medical coding online, 4 of 8 courses, GPA 3.4. ITA continues per IEP; she can study at night.`, 'T', 'P', true, []),
  // A real phone contact that puts her Medicaid DCN and birth date in the note.
  note(MO, 'f15-medicaid-engagement-hours-mo-020', `11/24/2026 Phone w/ Rhonda 10 min, course 5 started, quiz avg 92. ITA continues per IEP. Her DCN 12345678 / DOB 04/17/1988 given to confirm exemption record.`, 'T', 'P', true, [PII]),
  note(MO, 'f15-medicaid-engagement-hours-mo-021', `11/25/2026 Tried Rhonda's landline twice, line busy both times.`, 'T', 'P', false, [UA]),

  note(MN, 'f15-medicaid-engagement-hours-mn-001', `10/06/2026 Hennepin South Hub. In person w/ Amina O. 25 min. Engagement hrs Sept 92 (MCTC medical assistant 48 + home health aide 44). MA program term 2 of 3, grades A/B, attendance 100%. ISS reviewed, on track.`, 'I', 'P', true, []),
  note(MN, 'f15-medicaid-engagement-hours-mn-002', `10/27/2026 Sent Amina secure message on MNbenefits-linked portal: Oct hours due 11/5. Status: delivered.`, 'E', 'P', false, [RP]),
  note(MN, 'f15-medicaid-engagement-hours-mn-003', `10/29/2026 Amina answered the secure message: "Hours: school 52, work 40. I passed phlebotomy module 94." Answered her: counted, see you 11/10.`, 'E', 'P', true, []),
  // Her landlord is not her alternate contact for training.
  note(MN, 'f15-medicaid-engagement-hours-mn-004', `11/03/2026 Amina's landlord called asking if the program pays rent. Told him we can't discuss participants.`, 'T', 'O', false, [TP, PM]),
  note(MN, 'f15-medicaid-engagement-hours-mn-005', `11/10/2026 Amina no-show for 11/10 appt. Called 20 min later, no answer.`, 'I', 'P', false, [UA]),
  note(MN, 'f15-medicaid-engagement-hours-mn-006', `11/12/2026 Amina called me 12 min: sick kid on 11/10. Externship placement at Hennepin Healthcare starts 1/5, term 2 final grades pending. Oct hours met. ISS ok.`, 'T', 'P', true, []),
  note(MN, 'f15-medicaid-engagement-hours-mn-007', `10/08/2026 St. Cloud. Engagement verification letter mailed to Travis N.`, 'L', 'P', false, [RP]),
  note(MN, 'f15-medicaid-engagement-hours-mn-008', `10/22/2026 Letter to Travis returned, forwarding order expired.`, 'L', 'P', false, [UA]),
  // Only the roster arrived; Travis was not on the line.
  note(MN, 'f15-medicaid-engagement-hours-mn-009', `10/24/2026 SCTCC sent Travis's Oct roster: 64 hrs electrical lineworker, perfect attendance. Counted as engagement hrs. Filed.`, 'E', 'V', false, []),
  note(MN, 'f15-medicaid-engagement-hours-mn-010', `10/30/2026 Travis walk-in, 20 min, new address Sauk Rapids. Lineworker wk 10/18, climbing cert done. ISS reviewed.`, 'I', 'P', true, []),
  note(MN, 'f15-medicaid-engagement-hours-mn-011', `11/13/2026 Rochester. Phone w/ Keisha M., call dropped after hello. Called back twice, VM.`, 'T', 'P', false, [UA]),
  note(MN, 'f15-medicaid-engagement-hours-mn-012', `11/14/2026 Keisha phoned from her car in the RCTC lot, 9 min. Surgical tech: 2nd rotation at Mayo, evals "meets", 0 absences. Nov hours on pace (clinical 24/wk + work 16/wk).`, 'T', 'P', true, []),
  // Her husband came with her; the exchange was hers.
  note(MN, 'f15-medicaid-engagement-hours-mn-013', `11/20/2026 Keisha + husband in office 20 min re: childcare for clinical hours. Keisha: rotation 2 ends 12/18, passed midterm 85. Childcare referral to Olmsted Co.`, 'I', 'P', true, []),
  note(MN, 'f15-medicaid-engagement-hours-mn-014', `10/15/2026 Moorhead. Emailed Jorge R. the Sept attestation link. Read receipt 10/15 9:14 pm. Nothing back.`, 'E', 'P', false, [RP]),
  note(MN, 'f15-medicaid-engagement-hours-mn-015', `10/19/2026 Phone w/ Jorge 11 min. Diesel tech sem 2, brakes lab 90, missed 2 days for beet harvest. Harvest ends 10/25. ISS reviewed.`, 'T', 'P', true, []),
  // A reply that only puts the talk off says nothing: like a call picked up and put off.
  note(MN, 'f15-medicaid-engagement-hours-mn-016', `11/16/2026 Jorge texted "call u later" in reply to my check-in text. Nothing since.`, 'E', 'P', false, [UA]),
  note(MN, 'f15-medicaid-engagement-hours-mn-017', `11/18/2026 Jorge.`, '-', '-', false, [CT, NS]),
  note(MN, 'f15-medicaid-engagement-hours-mn-018', `11/23/2026 Zoom w/ Jorge 15 min. Sem 2 grades B+/A, Nov hours 76 + 4 make-up scheduled. ISS: on track for diesel tech.`, 'T', 'P', true, []),
  // A talk at a job-fair table is still in person with her, and it carries her progress.
  note(MN, 'f15-medicaid-engagement-hours-mn-019', `10/20/2026 Virginia. Spoke w/ Dana K. at the Mesabi Range College job fair table, 10 min: carpentry program 2nd term, 0 absences, GPA 3.0.`, 'I', 'P', true, []),
  note(MN, 'f15-medicaid-engagement-hours-mn-020', `Phone with Dana 12 min. Carpentry framing project graded A, 76 engagement hrs + good-cause week (funeral).`, 'T', 'P', true, [DM], { noDateField: true }),
  note(MN, 'f15-medicaid-engagement-hours-mn-021', `11/25/2026 Dana's mom called, Dana's phone broke, she'll call from a friend's. Mom doesn't know about school.`, 'T', 'A', false, [TP, PM]),
];
