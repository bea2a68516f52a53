/**
 * Training provider reports: ITA schools, registrars, financial aid offices, attendance rosters and instructors'
 * e-mails (locked split, batch 4: scored, aggregates only). An instructor, registrar, program director or the
 * school's office is the provider; a roster, invoice or progress report that arrives through a portal or by fax is a
 * document in the file, not a contact. The participant forwarding or bringing their own grades is the participant
 * writing or visiting.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'training-provider-reports';
export const BATCH = 4;

export const NOTES: LabelledNote[] = [
  // A roster posted to a portal is a document from the school, not a conversation with anyone.
  note('mo-dwd-toolbox', 'b4-tpr-01', "Attendance roster for the Ranken HVAC evening cohort (weeks 1-8) posted to the ITA provider portal 3/3: customer present 31 of 32 sessions. Saved to file.", '-', '-', false, ['contact-type-missing']),
  note('mo-dwd-toolbox', 'b4-tpr-02', "E-mail from Mr. Hale, welding instructor at State Fair CC, 3/4: customer passed his 2G and 3G plate bends, attendance 100% since January, on pace to finish 5/9. Replied to thank him. Continue ITA per IEP.", 'E', 'V', true, []),
  note('mo-dwd-toolbox', 'b4-tpr-03', "Registrar's office at Moberly Area CC confirmed by phone 3/5 that customer is still enrolled.", 'T', 'V', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'b4-tpr-04', "Instructor Ms. Duran (Truck Driving Academy, CDL) called 3/6. Customer has missed 3 of the last 5 range days and failed his backing test 3/5. She will let him retest 3/12 if he attends all week. Car trouble is the likely cause; I will call customer today about the repair assistance form. Continue ITA per IEP if he passes the retest.", 'T', 'V', true, []),
  note('mo-dwd-toolbox', 'b4-tpr-05', "Called the LPN program director at Hannibal Career & Tech 3/9 for customer's midterm grades. Her voicemail; left my number.", 'T', 'V', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'b4-tpr-06', "Customer forwarded her spring progress report from the electrical program 3/10 with a note: 'Passed Electrical Theory 2 with a B, lab hours are 180 of 300.' Continue ITA per IEP.", 'E', 'P', true, []),
  note('mo-dwd-toolbox', 'b4-tpr-07', "ITA invoice #4471 from the MSSU CDL school received 3/11: $2,150 for weeks 1-4, roster attached showing customer attended all 20 days. Sent to fiscal.", '-', '-', false, ['contact-type-missing']),
  note('mo-dwd-toolbox', 'b4-tpr-08', "Stopped by the Hillyard Tech welding shop 3/12; instructor said customer is 'doing okay.' Customer was at lunch.", 'I', 'V', false, ['third-party-insufficient', 'progress-missing', 'justification-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'b4-tpr-09', "Instructor conference with customer set for 3/19 at Four Rivers Career Center.", '-', 'P', false, ['contact-type-missing']),
  note('mo-dwd-toolbox', 'b4-tpr-10', "Three-way meeting at Metropolitan CC 3/19: customer did not come. Her instructor, Paul Reyes, went over her record with me instead: 2 absences in March, quiz average 71%, at risk in Anatomy & Physiology. Continue ITA per IEP; referred her to the academic support center and will call her tonight.", 'I', 'V', true, []),
  note('mo-dwd-toolbox', 'b4-tpr-11', "Customer called 3/21 to say she withdrew from all her Columbia College courses 3/15 because of her mother's surgery. She wants to re-enroll for the summer session. Talked through options; ITA on hold and IEP revisit set for 4/1.", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'b4-tpr-12', "From: rknight@ozarktech.edu\nTo: WIOA Case Manager\nSubject: attendance\n\nYour student missed Tuesday and Thursday again. Please advise.\n\nR. Knight, Instructor", 'E', 'V', false, ['third-party-insufficient', 'justification-missing']),
  // A reply, however thin, is the participant's response to the text (§2.3): it counts, with its gaps as findings.
  note('mo-dwd-toolbox', 'b4-tpr-13', "Texted customer 3/25 to bring her textbook receipts for the ITA. She texted back 'ok'.", 'E', 'P', true, ['progress-missing', 'justification-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'b4-tpr-14', "Financial aid office at Crowder College called 3/26 to say customer's Pell was reduced and she owes $480; they didn't know how her classes are going.", 'T', 'V', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mn-wf1', 'b4-tpr-15', "Northland CTC roster (Jan-Feb), HVAC: client 38/40 sessions. Copy in file.", '-', '-', false, ['contact-type-missing']),
  note('mn-wf1', 'b4-tpr-16', "Instructor e-mail 2/4 (Mr. Lund, Bemidji State): client has 92% on the first 3 exams in Intro to Accounting and hasn't missed a class.", 'E', 'V', false, []),
  note('mn-wf1', 'b4-tpr-17', "Phone w/ client 2/5. She saw Mr. Lund's e-mail (I forwarded it) and says the accounting lab is the hard part but she's keeping up; signed up for Wednesday tutoring. ISS reviewed.", 'T', 'P', true, []),
  note('mn-wf1', 'b4-tpr-18', "Called the financial aid office at NCTC 2/6 about client's Pell; on hold 20 min, then the call dropped.", 'T', 'V', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'b4-tpr-19', "Client sent a screenshot of her D2L grades by text 2/9: A in Welding Safety, B in Blueprint Reading, 100% attendance.", 'E', 'P', true, []),
  note('mn-wf1', 'b4-tpr-20', "E-mailed client 2/10 asking for her spring schedule. Nothing back as of 2/17.", 'E', 'P', false, ['response-pending']),
  note('mn-wf1', 'b4-tpr-21', "Registrar at Minnesota North confirmed client dropped 2 of her 4 classes 2/11 and is now part-time (6 credits).", '-', 'V', false, ['contact-type-missing']),
  note('mn-wf1', 'b4-tpr-22', "Client came to the WFC 2/12 and showed me his Northland midterm report: C+ in Hydraulics, B in Diesel Engines, 2 absences. We talked about tutoring hours. ISS updated.", 'I', 'P', true, []),
  note('mn-wf1', 'b4-tpr-23', "Attendance concern e-mail from the Alexandria Tech welding instructor 2/13: client missed 4 days this month; students are dropped after 6.", 'E', 'V', false, []),
  note('mn-wf1', 'b4-tpr-24', "Called client 2/13 about the instructor's e-mail; LVM. Texted too.", 'E', 'P', false, ['unsuccessful-attempt', 'response-pending']),
  note('mn-wf1', 'b4-tpr-25', "Client called back 2/14 from work. His truck broke down and he missed 4 days; it's fixed now and he has already made up 2 of them in open lab. Talked about the transportation assistance form. ISS updated.", 'T', 'P', true, []),
  note('mn-wf1', 'b4-tpr-26', "Monthly attendance from the Lake Region CNA program came through the ITA provider portal: client 20/20 hrs.", '-', '-', false, ['contact-type-missing', 'contact-date-missing'], { noDateField: true }),
  note('mn-wf1', 'b4-tpr-27', "Visited the dental assisting lab at Minnesota State Moorhead 2/20 and met with client and her instructor together between patients. Client has passed her radiography competency and has 3 of 5 clinical rotations left; the instructor says she's at the top of the class. ISS reviewed.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'b4-tpr-28', "Progress report packet from Ozarks Tech received 3/27 (midterm grades, clinical evaluations, attendance). Went over it with customer when she came in 3/27 to sign her ITA extension: A in Pharmacology, B in Med-Surg, 96% attendance. She is worried the April clinical schedule conflicts with her night job. Continue ITA per IEP; childcare referral made.", 'I', 'P', true, []),
  note('mn-wf1', 'b4-tpr-29', "Client answered my 3rd e-mail 2/24 - she'd been locked out of her school account. She finished the Microsoft Office certificate at Northwest Tech 2/20 (Excel 870, Word 910). ISS updated.", 'E', 'P', true, []),
  note('mn-wf1', 'b4-tpr-30', "Met client in the NCTC commons 2/27 between classes. The instructor's roster shows 6 absences, but client says 2 were for her son's surgery and she has the doctor's note; she's carrying a B in welding theory. I'll send the note to the instructor. ISS reviewed.", 'I', 'P', true, []),
];
