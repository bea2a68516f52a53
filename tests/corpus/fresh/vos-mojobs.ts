/**
 * Virtual OneStop entries (MoJobs in Missouri; the same screen shape for the Minnesota notes): a "Case Note
 * Subject:" line, a "Contact Method:" line, service codes such as "Case Management Contact (600)", and the lines
 * the system stamps on a note ("Created By:", "[System] …") (fresh split: new voices, scored and listed but not
 * floored yet). Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md,
 * written before the checker ever ran on them.
 * The "Contact Method:" line gives the type, never that a contact happened; a subject or a system line that
 * records no exchange with anyone (an address update, a service entered, a transfer) is no contact.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'vos-mojobs';

const MO = 'mo-dwd-toolbox' as const;
const MN = 'mn-wf1' as const;
const PM = 'progress-missing';
const JM = 'justification-missing';
const NS = 'not-substantive';
const UA = 'unsuccessful-attempt';
const RP = 'response-pending';
const TP = 'third-party-insufficient';
const CT = 'contact-type-missing';
const PII = 'pii-in-note';
const DM = 'contact-date-missing';

export const NOTES: LabelledNote[] = [
  note(MO, 'vos-mojobs-mo-001', 'Case Note Subject: Case Management Contact (600)\nContact Method: Telephone\nContact Date: 03/11/2025\nNote: Spoke with customer by phone. She is in week 6 of 10 of the Phlebotomy program at St. Louis Community College, 100% attendance, passed the venipuncture practical on 3/7. Continue ITA through completion 4/18 per IEP. Next contact 4/21.\nCreated By: KWALTERS (Staff) 03/11/2025 2:14 PM', 'T', 'P', true, []),
  note(MO, 'vos-mojobs-mo-002', 'Case Note Subject: Case Management Contact (600)\nContact Method: Telephone\nNote: Called customer at primary number on file, no answer. Left voicemail requesting a call back regarding training progress.\nCreated By: KWALTERS (Staff) 03/12/2025 9:40 AM', 'T', 'P', false, [UA]),
  note(MO, 'vos-mojobs-mo-003', 'Case Note Subject: 90 Day Contact Letter\nContact Method: Letter\nNote: 90-day contact letter generated and mailed to address of record. Soft exit date 05/02/2025.\n[System] Letter queued for print 04/01/2025 9:02 AM', 'L', 'P', false, [RP]),
  note(MO, 'vos-mojobs-mo-004', 'Case Note Subject: Case Management Contact (600)\nContact Method: E-mail\nNote: Customer replied 2/19 to CM\'s e-mail of 2/14. She attached her fall grades from OTC (A, A, B+, B) and her spring schedule, 12 credit hours. Enrolled in spring term; continue ITA per IEP. Next contact by phone 3/19.\nCreated By: DBARNES (Staff) 02/19/2025 11:05 AM', 'E', 'P', true, []),
  note(MO, 'vos-mojobs-mo-005', 'Case Note Subject: Appointment - No Show\nContact Method: In Person\nNote: Customer did not report for the scheduled 10:00 AM appointment at the Springfield Job Center.\n[System] Appointment status changed to No Show 04/08/2025 10:31 AM', 'I', 'P', false, [UA]),
  note(MO, 'vos-mojobs-mo-006', 'Case Note Subject: Case Management Contact (600)\nContact Method: In Person\nNote: Customer in office 6/4. Touched base.\nCreated By: DBARNES (Staff) 06/04/2025 3:12 PM', 'I', 'P', true, [PM, JM, NS]),
  note(MO, 'vos-mojobs-mo-007', 'Case Note Subject: Case Management Contact (600) - Training Provider\nContact Method: Telephone\nNote: Customer not available during business hours (at clinical site). Spoke with Linda Carver, CNA program coordinator at Sedalia Area Career Center, on 6/16. Customer has 64 of 75 clinical hours, has passed all 22 skills check-offs, and has missed no days. State exam scheduled 7/15. Continue ITA through the exam per IEP; CM will call customer after the exam.', 'T', 'V', true, []),
  note(MO, 'vos-mojobs-mo-008', 'Case Note Subject: Case Management Contact (600) - Alternate Contact\nContact Method: Telephone\nNote: Customer\'s cell number is disconnected. Called the alternate contact on file (grandmother, Ruth) 6/23. Ruth said customer is "still going to that welding school" but could not say anything about grades or hours. Asked Ruth to have customer call CM.', 'T', 'A', false, [UA, TP, JM]),
  note(MO, 'vos-mojobs-mo-009', 'Case Note Subject: Case Management Contact (600)\nContact Method: Telephone\nNote: Customer returned CM\'s call 8/12. She completed CNA training 7/25 and was hired at Mercy Hospital Springfield as a patient care tech, started 8/4, full time, $17.25/hr. Training complete; move to follow-up services per IEP. Follow-up contact due 11/12.\nCreated By: KWALTERS (Staff) 08/12/2025 1:48 PM', 'T', 'P', true, []),
  note(MO, 'vos-mojobs-mo-010', 'Case Note Subject: Demographics Update\nNote: Mailing address updated to 1408 N. Benton Ave, Springfield MO 65803; cell updated to 417-555-0188. No contact this date.\nCreated By: KWALTERS (Staff) 08/20/2025 10:02 AM', '-', '-', false, [CT, NS]),
  note(MO, 'vos-mojobs-mo-011', 'Case Note Subject: Service Entered - Occupational Skills Training (300)\nNote: ITA voucher issued for spring term at Ozarks Technical Community College, $2,150. Service begin 01/13/2025, projected end 05/09/2025.\n[System generated]', '-', '-', false, [CT, NS]),
  note(MO, 'vos-mojobs-mo-012', 'Case Note Subject: Case Management Contact (600)\nContact Method: Telephone\nNote: 9/3 LM for customer. 9/5 customer called back and spoke with CM. He passed the NCCER Core and Level 1 Electrical written tests and is working 32 hrs/wk at the Hunter Engineering site through the apprenticeship. Continue apprenticeship support per IEP; next contact 10/5.', 'T', 'P', true, []),
  note(MO, 'vos-mojobs-mo-013', 'Case Note Subject: Case Management Contact (600)\nContact Method: In Person\nNote: Customer came in 10/6 to sign the updated IEP. SSN 498-22-7310 verified for the UI crossmatch. Customer reports he finished the CDL-A course at Crowder, passed the road test 10/2, and has a conditional offer from Prime Inc. Continue supportive services (DOT physical) per IEP. F/U 10/20.', 'I', 'P', true, [PII]),
  note(MN, 'vos-mojobs-mn-001', 'Case Note Subject: Monthly Contact\nContact Method: Telephone\nContact Date: 02/05/2025\nNote: Spoke with client. She is in her second semester of the Medical Lab Tech program at NCTC, 3.2 GPA, full attendance. Reviewed ISS and WF1 enrollments.\nEntered By: SOLSON 02/05/2025 4:20 PM', 'T', 'P', true, []),
  note(MN, 'vos-mojobs-mn-002', 'Case Note Subject: Monthly Contact\nContact Method: E-mail\nNote: Sent monthly check-in e-mail to client 2/26 asking for her spring grades and current work hours.\nEntered By: SOLSON 02/26/2025 8:55 AM', 'E', 'P', false, [RP]),
  note(MN, 'vos-mojobs-mn-003', 'Case Note Subject: Monthly Contact\nContact Method: Telephone\nNote: Called client 3/4; the call went to a recording that the mailbox has not been set up. Called again 3/6, same recording.', 'T', 'P', false, [UA]),
  note(MN, 'vos-mojobs-mn-004', 'Case Note Subject: Contact - Training Provider\nContact Method: Telephone\nNote: Spoke with the NCTC welding instructor 4/9. Client has completed 3 of 5 plate tests, attends every lab, on track for May graduation.', 'T', 'V', false, []),
  note(MN, 'vos-mojobs-mn-005', 'Case Note Subject: Contact - Parent\nContact Method: In Person\nNote: Youth\'s mother stopped in 5/2 to drop off the youth\'s report card: B in English, C+ in Algebra, 2 absences in April. Youth was in school.', 'I', 'A', false, []),
  note(MN, 'vos-mojobs-mn-006', 'Case Note Subject: Monthly Contact\nContact Method: Telephone\nNote: Client missed her 1:00 appt at the Thief River Falls WFC 6/3. CM called at 2:15 and reached client; she forgot because of a shift change at Digi-Key. She now works 36 hrs/wk at $18.50/hr and is still in the evening accounting class (B so far). Rescheduled OV to 6/12. ISS reviewed.', 'T', 'P', true, []),
  note(MN, 'vos-mojobs-mn-007', 'Case Note Subject: Monthly Contact\nContact Method: Letter\nNote: Monthly contact letter mailed 6/2. Client called 6/9 in response: she completed the CNA course 6/6 and takes the state test 6/20. Will update WF1 after the test.', 'T', 'P', true, []),
  note(MN, 'vos-mojobs-mn-008', 'Case Note Subject: Monthly Contact\nContact Method: Telephone\nNote: Talked with client 7/1. Doing fine.', 'T', 'P', true, [PM, NS]),
  note(MN, 'vos-mojobs-mn-009', 'Case Note Subject: Monthly Contact\nContact Method: In Person\nNote: Client came in to the WFC and went over job leads with CM. He applied to Arctic Cat and Polaris on the lobby computer and has an interview at Polaris next week. ISS updated.', 'I', 'P', true, [DM], { noDateField: true }),
  // Relabelled after the first run (progress-missing added): the worker's call carries no results for the client
  // (Letter 110 Policy 3), labelled as the other corpora label a caseworker's call with no progress.
  note(MN, 'vos-mojobs-mn-010', 'Case Note Subject: Contact - Other Agency\nContact Method: Telephone\nNote: Client\'s county financial worker called 7/14 to verify the client\'s training schedule for MFIP. Shared the schedule; release on file.', 'T', 'O', false, [TP, PM]),
  note(MN, 'vos-mojobs-mn-011', 'Case Note Subject: File Transfer\nNote: Case transferred from Bemidji WFC to Thief River Falls WFC per client\'s move. New counselor: T. Lindquist.\n[System] Case manager reassigned 07/21/2025', '-', '-', false, [CT, NS]),
  note(MN, 'vos-mojobs-mn-012', 'Case Note Subject: Monthly Contact\nContact Method: Text Message\nNote: Texted client 8/1 for monthly contact. Client texted back 8/1 that she passed the CompTIA A+ Core 1 exam and starts Core 2 next week. ISS reviewed.', 'E', 'P', true, []),
  // The client's call reached the front desk, not the counselor: a message taken, no exchange with staff.
  note(MN, 'vos-mojobs-mn-013', 'Case Note Subject: Monthly Contact\nContact Method: In Person\nNote: Scheduled OV 9/15. Client called the front desk at 8:30 to cancel; receptionist took a message that she has a job interview at Sanford. Not rescheduled yet.', 'T', 'P', false, [UA]),
];
