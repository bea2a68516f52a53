/**
 * Dislocated workers from layoff to re-employment: Rapid Response sessions and layoff lists, DW enrollment,
 * TAA petitions, training benchmarks and TRA, UI claims and RESEA appointments (FTR), UI data seen in place of
 * a contact (fresh split: new voices, scored and listed but not floored yet). Labels come from the policies and
 * the definition of a qualifying contact in ARCHITECTURE.md, written before the checker ever ran on them.
 * A UI record (weeks claimed, earnings reported) and a name on a layoff list are data, not a contact with the
 * participant; a participant who calls to cancel because of a job interview has told the counselor news.
 */
import { MO, MN, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'dislocated-rapid-response';

export const NOTES: LabelledNote[] = [
  note(MO, 'dislocated-rapid-response-mo-001', 'Customer is on the Rapid Response interest list from the Leggett & Platt Carthage worker session (2/4, WARN notice 1/10, 180 affected). Mailed DW enrollment packet to customer 2/6.', 'L', 'P', false, [RP]),
  note(MO, 'dislocated-rapid-response-mo-002', 'DW enrollment appt in person 2/18: customer laid off from Leggett & Platt 2/14 after 22 yrs as a maintenance mechanic. UI claim filed 2/15. Completed DW eligibility, assessment (TABE math 10.4) and IEP: goal is the Industrial Maintenance certificate at Crowder, spring start 3/10. Needs ITA and mileage. Next contact 3/17.', 'I', 'P', true, []),
  note(MO, 'dislocated-rapid-response-mo-003', 'TAA: petition for Leggett & Platt Carthage certified 3/3. Sent TAA eligibility letter to customer 3/5 explaining the training enrollment deadlines.', 'L', 'P', false, [RP]),
  note(MO, 'dislocated-rapid-response-mo-004', 'RESEA initial 3/12 - claimant no-show. Reported to UI per RESEA procedure.', 'I', 'P', false, [UA]),
  note(MO, 'dislocated-rapid-response-mo-005', 'TC w/ DW customer 3/20. Customer\'s UI benefits end 4/5; she has applied to 9 jobs, 3 with interviews (Cerner, Burns & McDonnell, Garmin), and declines training for now. Continue DW career services and job search assistance per IEP; next TC 4/3.', 'T', 'P', true, []),
  note(MO, 'dislocated-rapid-response-mo-006', 'UI claim status checked in UInteract 4/8: claim active, 14 weeks remaining. No contact with claimant this date.', '-', '-', false, [CT, NS]),
  note(MO, 'dislocated-rapid-response-mo-007', 'TAA: TC w/ customer 4/21. Customer is in week 6 of Industrial Maintenance at Crowder (TAA-approved), grades A/B, perfect attendance per the school\'s TAA attendance sheet. TRA continues; benchmark review 6/1. Training continues per TAA approval.', 'T', 'P', true, []),
  note(MO, 'dislocated-rapid-response-mo-008', 'TAA: CM e-mailed customer 5/2 re: missing TAA attendance sheet for April. Customer replied 5/3 with the signed sheet (no absences) and said he passed the PLC I exam. TRA and training continue per TAA approval.', 'E', 'P', true, []),
  // The husband answered and knows only that she started a job: not the customer, and not substantive.
  note(MO, 'dislocated-rapid-response-mo-009', 'DW: called customer 5/15, her husband answered. He said she started a job at Schreiber Foods 5/12 but does not know the pay or hours. Asked that customer call CM.', 'T', 'A', false, [UA, TP, JM]),
  note(MO, 'dislocated-rapid-response-mo-010', 'DW follow-up TC 6/10: customer confirms she started at Schreiber Foods 5/12 as a quality tech, 40 hrs, $23.10/hr (102% of her dislocation wage). Exit from training services; follow-up per IEP, next 9/10.', 'T', 'P', true, []),
  note(MO, 'dislocated-rapid-response-mo-011', 'Rapid Response: CM called customer 6/20 re: the Tyson Noel closure. Phone rang, then "the number you have dialed is not accepting calls at this time."', 'T', 'P', false, [UA]),
  note(MO, 'dislocated-rapid-response-mo-012', 'TRA waiver (training not available) issued 7/7; copy mailed to customer.', 'L', 'P', false, [RP]),
  note(MO, 'dislocated-rapid-response-mo-013', 'TAA participant called 8/4: she failed the PLC II final (62%) and must retake the course in fall; instructor has approved the retake. Benchmark extended; training and TRA continue per amended TAA approval. Next TC 9/4.', 'T', 'P', true, []),
  note(MN, 'dislocated-rapid-response-mn-001', 'Rapid Response: met 1:1 with client after the Potlatch Bemidji layoff orientation 2/6. Client, a millwright for 19 years, filed UI 2/3 and wants to look at electrical training. Applied for DW; enrollment appt 2/13.', 'I', 'P', true, []),
  note(MN, 'dislocated-rapid-response-mn-002', 'DW enrollment 2/13 - client called at 8 am to cancel: she has a second interview at Marvin at 10. Rescheduled enrollment to 2/20.', 'T', 'P', true, []),
  note(MN, 'dislocated-rapid-response-mn-003', 'State DW: RESEA/DW joint appt 3/4 - client FTR. UI notified.', 'I', 'P', false, [UA]),
  note(MN, 'dislocated-rapid-response-mn-004', 'TAA (Polaris Roseau petition): mailed TAA training benchmark letter 3/10; no response as of 3/24.', 'L', 'P', false, [RP]),
  note(MN, 'dislocated-rapid-response-mn-005', 'DW: TC with client 3/18. UI ends 4/1. She has 4 applications out and a second interview with Essentia 3/21. Reviewed EP and WF1 job search activity.', 'T', 'P', true, []),
  note(MN, 'dislocated-rapid-response-mn-006', 'DW: left VM 4/1; client\'s voicemail greeting says she is out of the country until 4/15.', 'T', 'P', false, [UA]),
  note(MN, 'dislocated-rapid-response-mn-007', 'TAA: NCTC instructor e-mailed 4/15: client passed first semester of Electrical Lineworker, 3.3 GPA, full attendance. Copy of grades in file.', 'E', 'V', false, []),
  note(MN, 'dislocated-rapid-response-mn-008', 'TAA: client came in 4/22 with questions about his TRA weekly claim and brought his spring schedule. Client is in the 2nd semester of Electrical Lineworker, no absences, midterm B\'s. EP and WF1 reviewed.', 'I', 'P', true, []),
  note(MN, 'dislocated-rapid-response-mn-009', 'RR: Digi-Key layoff list received 5/1 (42 workers). Client\'s name is on the list; outreach letter mailed 5/2.', 'L', 'P', false, [RP]),
  note(MN, 'dislocated-rapid-response-mn-010', 'DW: client\'s UI claim shows she returned to work 5/5 (earnings reported). Called client 5/12, NA.', 'T', 'P', false, [UA]),
  note(MN, 'dislocated-rapid-response-mn-011', 'DW: client texted 5/20 "got the job at Digi-Key!! start monday" - CM texted back congrats and asked for pay and hours. Client replied 5/20: 40 hrs, $21.50. WF1 updated, follow-up started.', 'E', 'P', true, []),
  note(MN, 'dislocated-rapid-response-mn-012', 'DW: talked with client on the phone. She is still job searching, applied at Marvin and Polaris, no interviews yet. Reviewed EP.', 'T', 'P', true, [DM], { noDateField: true }),
];
