/**
 * Healthcare students: CNA, LPN and phlebotomy programs, clinical instructors and program directors, clinical
 * rotations, skills check-offs and state board / NCLEX results, attendance sheets and schedules (locked split,
 * batch 3: scored, aggregates only). An instructor, program director or nursing lab is the training provider; a
 * testing vendor's results letter or a faxed attendance sheet is a document in the file, not a contact.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'healthcare-students';
export const BATCH = 3;

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'healthcare-students-mo-001', "TC 3/3 w/ customer, CNA student at Moberly Area CC. She passed the CNA skills check-off 2/28 and the state written exam is 3/21. Clinicals at Sunset Home Tue/Thu are going well. Continue ITA per IEP; next TC after the exam.", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'healthcare-students-mo-002', "Clinical instructor Ms. Pruitt, RN, called 3/5: customer has missed 2 of 6 clinical days at Capital Region and will fail clinicals if she misses one more; her lab grade is a B. Continue training; I will talk with customer about backup childcare.", 'T', 'V', true, []),
  note('mo-dwd-toolbox', 'healthcare-students-mo-003', "E-mailed customer 3/6 asking for her spring clinical schedule. No reply as of 3/12.", 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'healthcare-students-mo-004', "Customer e-mailed 3/8 a photo of her phlebotomy attendance sheet: 40 of 40 lab hours and 62 successful venipunctures logged. Continue ITA per IEP.", 'E', 'P', true, []),
  note('mo-dwd-toolbox', 'healthcare-students-mo-005', "Called customer 3/10 about his NCLEX-PN date; voicemail box full, could not leave a message.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'healthcare-students-mo-006', "Received the exam results letter from the testing vendor 3/12: customer passed the CNA written exam with an 88. Copy to file.", '-', '-', false, ['contact-type-missing']),
  note('mo-dwd-toolbox', 'healthcare-students-mo-007', "OV 3/13 with customer. She brought her spring LPN schedule and her Pharmacology midterm grade (B), and says clinicals at Mercy are going good. Continue ITA per IEP; next OV 4/10.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'healthcare-students-mo-008', "Customer no-show for OV 3/17. Called the nursing lab; the clinical instructor said customer was at a make-up clinical day at the hospital.", 'T', 'V', false, ['unsuccessful-attempt', 'third-party-insufficient', 'justification-missing']),
  note('mo-dwd-toolbox', 'healthcare-students-mo-009', "Customer texted 3/19: 'passed my state boards!!! CNA now.' Texted back congratulations. She needs help getting listed on the registry and applying at nursing homes; continue per IEP with job placement.", 'E', 'P', true, []),
  note('mo-dwd-toolbox', 'healthcare-students-mo-010', "TC 3/21 with the director of nursing at the Fulton LPN program; she confirmed customer is enrolled.", 'T', 'V', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'healthcare-students-mo-011', "Phlebotomy program attendance sheet for March received by fax 3/24: customer attended 14 of 16 sessions. Filed.", '-', '-', false, ['contact-type-missing']),
  note('mo-dwd-toolbox', 'healthcare-students-mo-012', "Phone call w/ customer 3/26. She failed the NCLEX-PN on 3/20 and has signed up for a review course; she can retest in 45 days. Continue support per IEP; next TC 4/26.", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'healthcare-students-mo-013', "Met customer and her clinical instructor at Boone Hospital 3/28 during a clinical day. Customer has 72 of 100 clinical hours done; the instructor says she is in the top third of the cohort. Continue ITA per IEP.", 'I', 'P', true, []),
  note('mn-wf1', 'healthcare-students-mn-001', "Monthly contact by phone 2/3. Client is in week 4 of the CNA course at Northland and passed the first skills check (handwashing, vitals). Clinicals start 2/17 at Villa St. Vincent. ISS reviewed.", 'T', 'P', true, []),
  note('mn-wf1', 'healthcare-students-mn-002', "Clinical instructor e-mailed 2/5: client has completed 16 of 24 clinical hours, all rated satisfactory.", 'E', 'V', false, []),
  note('mn-wf1', 'healthcare-students-mn-003', "Left VM for client 2/6 at 3:15 (she is in clinicals until 3).", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'healthcare-students-mn-004', "Client returned my call 2/7. She is worn out working nights at the nursing home during LPN school but has a 3.4 GPA this term. Discussed childcare funding. ISS updated.", 'T', 'P', true, []),
  note('mn-wf1', 'healthcare-students-mn-005', "Exam results: client passed the national phlebotomy (CPT) exam 2/10, score 438. Copy in file.", '-', '-', false, ['contact-type-missing']),
  note('mn-wf1', 'healthcare-students-mn-006', "Called client 2/11 at noon, no answer. She called back at 5:10 from the clinical site parking lot: she did not pass the first skills check-off (failed the transfer skill) but retakes it 2/18, and she has not missed any clinical hours. ISS reviewed.", 'T', 'P', true, []),
  note('mn-wf1', 'healthcare-students-mn-007', "Client mailed back the signed attendance sheet 2/20 with a note: 'clinicals going great, passed my med math test 96%.' Copy in the record.", 'L', 'P', true, []),
  note('mn-wf1', 'healthcare-students-mn-008', "Client did not come to the 2/13 appointment.", 'I', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'healthcare-students-mn-009', "Talked by phone with the program coordinator at Minnesota State CTC 2/14; client withdrew from the LPN program 2/12.", 'T', 'V', false, []),
  note('mn-wf1', 'healthcare-students-mn-010', "Client came in 2/18 to drop off her scrubs receipt and we talked briefly. She says everything's good.", 'I', 'P', true, ['progress-missing', 'not-substantive']),
  note('mn-wf1', 'healthcare-students-mn-011', "Texted client 2/21 asking for her state board test date. She replied 'idk yet.'", 'E', 'P', true, ['progress-missing', 'not-substantive']),
  note('mn-wf1', 'healthcare-students-mn-012', "Zoom 2/25 w/ client: she passed the NCLEX-PN 2/22 and interviews at Sanford Bemidji 3/1 for an LPN job. ISS and WF1 updated: training complete.", 'T', 'P', true, []),
  note('mn-wf1', 'healthcare-students-mn-013', "Called the nursing lab 2/27 to ask about client's attendance; the instructor was out, left a message.", 'T', 'V', false, ['unsuccessful-attempt']),
];
