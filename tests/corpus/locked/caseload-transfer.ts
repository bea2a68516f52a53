/**
 * Cases moving between staff: transfer and file reviews by the new case manager, introduction calls, letters and
 * texts, warm hand-offs with the outgoing case manager, hand-off notes quoted from the previous case manager,
 * supervisor reviews (locked split, batch 3: scored, aggregates only). A file review, a supervisor's review or a
 * quoted hand-off note records no contact of its own (what the previous case manager did is history); a call with
 * the previous case manager is a talk with agency staff ("other"), never the participant's contact.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'caseload-transfer';
export const BATCH = 3;

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'caseload-transfer-mo-001', "Case transferred from CM J. Ortiz to this CM 3/2. Reviewed file: last 600 CMC was 1/15 (TC). Customer is enrolled in the HVAC program at Ranken with an ITA through 6/30. Will send an introduction letter.", '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'caseload-transfer-mo-002', "Mailed introduction letter 3/3 with my name and direct number; asked customer to call me by 3/20.", 'L', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'caseload-transfer-mo-003', "Customer called 3/9 in response to my introduction letter. He has finished 2 of 4 HVAC modules at Ranken with an 87 average and works part-time at Lowe's. Explained the case transfer. Continue ITA per IEP; next TC 4/9.", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'caseload-transfer-mo-004', "Intro call 3/10 to customer (new to my caseload). Phone rang out; no voicemail set up. Texted her my name and number.", 'E', 'P', false, ['unsuccessful-attempt', 'response-pending']),
  note('mo-dwd-toolbox', 'caseload-transfer-mo-005', "Hand-off note from previous CM J. Ortiz, dated 2/27: 'Cust doing great in CNA class, passed skills test, no concerns.' No contact by this CM yet.", '-', '-', false, ['contact-type-missing']),
  note('mo-dwd-toolbox', 'caseload-transfer-mo-006', "Supervisor review 3/12 (K. Lane): file reviewed for the transfer. Last contact 12/20, 82 days ago. CM to make contact before the 3/20 soft exit date.", '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'caseload-transfer-mo-007', "TC 3/13 w/ customer, first contact since the transfer. Introduced myself. She said she's fine and classes are ok.", 'T', 'P', true, ['progress-missing', 'justification-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'caseload-transfer-mo-008', "Warm hand-off 3/16: met customer in person at the Northland Job Center with outgoing CM Ortiz. Customer is in week 8 of 12 of the CDL program, passed the pre-trip and the backing test. Continue ITA per IEP; I will see him for an OV 4/14.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'caseload-transfer-mo-009', "Called the prior CM (now at the St. Louis County office) 3/17 about customer's training status. She said he was attending as of January but she has no current information.", 'T', 'O', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'caseload-transfer-mo-010', "After two unanswered intro calls to customer, phoned the training provider (St. Louis Community College welding) 3/18. Instructor reports customer has attended 34 of 36 class days and passed the 2G bend test; on track to finish 5/15. Continue ITA per IEP.", 'T', 'V', true, []),
  note('mo-dwd-toolbox', 'caseload-transfer-mo-011', "Customer came in 3/20 asking who her new CM is; the front desk told her, but she left before I was free. Left VM on her cell at 3:30.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'caseload-transfer-mo-012', "Transfer call 3/27: customer answered on the first try. Explained that I took over from Ms. Ortiz. He has 1,100 hours in at the OJT at Central Missouri Pallet and got a $1.00 raise; the employer is pleased. Continue OJT per IEP.", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'caseload-transfer-mo-013', "E-mail from customer 3/25 replying to my intro e-mail: she passed her Microsoft Office Specialist Excel exam and finished the program 3/21, and is starting her job search. Continue job search services per IEP.", 'E', 'P', true, []),
  note('mn-wf1', 'caseload-transfer-mn-001', "Caseload transfer 2/2: client assigned to me from Terri B. (retired). Reviewed record and ISS; WF1 enrollments current; last monthly contact 1/14 by phone.", '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mn-wf1', 'caseload-transfer-mn-002', "Intro letter mailed 2/3 to client's address in Thief River Falls.", 'L', 'P', false, ['response-pending']),
  note('mn-wf1', 'caseload-transfer-mn-003', "Client called 2/5 after getting my letter. She is in her second semester of the Medical Lab Tech program at Northland with a 3.1 GPA and 100% attendance. Reviewed ISS with her.", 'T', 'P', true, []),
  note('mn-wf1', 'caseload-transfer-mn-004', "Called client 2/6 to introduce myself, LM on voicemail.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'caseload-transfer-mn-005', "Warm hand-off 2/9: previous CM Terri and I met with client at the Crookston WorkForce Center. Client passed the Accuplacer and starts the welding diploma 2/24. ISS updated.", 'I', 'P', true, []),
  note('mn-wf1', 'caseload-transfer-mn-006', "Supervisor case review 2/12: transferred file checked; monthly contacts missing for November and December. CM to document a contact this month.", '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mn-wf1', 'caseload-transfer-mn-007', "Texted client 2/13 to introduce myself as her new CM. She texted back 'ok thanks.'", 'E', 'P', true, ['progress-missing', 'not-substantive']),
  note('mn-wf1', 'caseload-transfer-mn-008', "Received hand-off notes from prior CM 2/14: client has been working at Marvin 32 hrs/wk and attending night classes. I have not reached client yet.", '-', '-', false, ['contact-type-missing']),
  note('mn-wf1', 'caseload-transfer-mn-009', "Talked by phone with client's employer (Digi-Key HR) 2/17 to confirm his start date; HR confirmed he started 2/10 as a picker, $18/hr, 40 hrs/wk.", 'T', 'V', false, []),
  note('mn-wf1', 'caseload-transfer-mn-010', "Called client 2/19 for the introduction call; his wife answered and said he is at the training center all week and will call me back.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'caseload-transfer-mn-011', "Client returned my call 2/20. Went over the transfer and my office hours. He finished the CDL class, has his Class A and is applying at trucking companies in Bemidji. ISS reviewed.", 'T', 'P', true, []),
  note('mn-wf1', 'caseload-transfer-mn-012', "Met client for the first time 2/24 at the library in Warren (closer for her). She works 20 hrs/wk at Dollar General and is doing GED math online; she scored 142 on the practice test. Her DOB 04/12/1988 checked against the transferred file. WF1 activities reviewed.", 'I', 'P', true, ['pii-in-note']),
  note('mn-wf1', 'caseload-transfer-mn-013', "Intro visit in the office. Client seemed nice and said everything is going well with her courses.", 'I', 'P', true, ['progress-missing', 'not-substantive', 'contact-date-missing'], { noDateField: true }),
];
