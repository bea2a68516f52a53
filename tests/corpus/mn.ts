/** Minnesota (NWPIC, Workforce One) monthly contact notes. Third-party contacts are recorded but do not count. */
import { note } from './types';

const PM = 'progress-missing';
const NS = 'not-substantive';
const UA = 'unsuccessful-attempt';
const RP = 'response-pending';
const CT = 'contact-type-missing';
const CD = 'contact-date-missing';
const PII = 'pii-in-note';
const n = (...a: Parameters<typeof note> extends [unknown, ...infer R] ? R : never) => note('mn-wf1', ...a);

export const MN_CORPUS = [
  n('mn-001', 'Monthly contact: met with participant in person 3/4/25. She is attending Northland CTC LPN program, midterm grades A and B, attendance 100%. Reviewed ISS, enrollments current in WF1. Copy of grades placed in file.', 'I', 'P', true),
  n('mn-002', 'TC with client 2/12. Client reports he is working 30 hrs/wk at Digi-Key and attending evening welding classes, passed first weld test. Reviewed activities in WF1, ISS updated.', 'T', 'P', true),
  n('mn-003', 'Met with youth at Crookston HS 1/15. Youth attending daily, GPA 2.8, on track to graduate in June. Reviewed ISS goals.', 'I', 'P', true),
  n('mn-004', 'E-mailed client 3/2 re: monthly contact. Client replied 3/4 that she finished her CNA clinicals and takes the state test 3/20. Enrollment reviewed.', 'E', 'P', true),
  n('mn-005', 'Letter sent to client 2/3 for monthly contact. No response.', 'L', 'P', false, [RP]),
  n('mn-006', 'Called client 4/1, no answer, left message.', 'T', 'P', false, [UA]),
  n('mn-007', 'TC 4/3 - client returned call from 4/1. Reports attending classes at UMC, grades B average. Reviewed enrollment.', 'T', 'P', true),
  n('mn-008', "Spoke with client's mother by phone 2/10; she says client is attending school every day and passed her exams.", 'T', 'A', false),
  n('mn-009', "Called youth's school counselor 3/8. Counselor reports youth has 4 absences this month and is failing English. Copy of attendance record requested.", 'T', 'V', false),
  n('mn-010', 'TC w/ employer 5/2 (Marvin Windows) - supervisor reports client is working full time, hours 40/wk, doing well.', 'T', 'V', false),
  n('mn-011', 'Client came in 1/20 to drop off school schedule for spring semester. Attending 12 credits at NCTC. Schedule scanned into WF1.', 'I', 'P', true),
  n('mn-012', 'Client no show for appt 2/18.', 'I', 'P', false, [UA]),
  n('mn-013', 'Monthly contact 3/15 by phone. No change.', 'T', 'P', true, [PM, NS]),
  n('mn-014', 'TC w/ client 4/9, touched base.', 'T', 'P', true, [PM, NS]),
  n('mn-015', 'Client attending classes, grades good.', '-', 'P', false, [CT, CD], { noDateField: true }),
  n('mn-016', 'Met with client in office today. Client completed the forklift certification and started job search, applied at 3 employers this week. Reviewed ISS.', 'I', 'P', true, [], { noDateField: true }),
  n('mn-017', 'Met with client in office. Client completed the forklift certification and started job search, applied at 3 employers this week. Reviewed ISS.', 'I', 'P', true, [CD], { noDateField: true }),
  n('mn-018', 'Phone call with client, she is attending.', 'T', 'P', true, [NS]),
  n('mn-019', 'Texted client 3/1 asking for update on classes. Client texted back 3/2: attending all classes, got a B on her anatomy test.', 'E', 'P', true),
  n('mn-020', 'Sent email to client 4/4 requesting her spring grades.', 'E', 'P', false, [RP]),
  n('mn-021', 'TC to client 2/2, phone disconnected. Will send letter to last known address.', 'T', 'P', false, [UA]),
  n('mn-022', 'Letter to client 1/10 returned to sender.', 'L', 'P', false, [UA]),
  n('mn-023', 'Client called 3/3 to say she is dropping out of the program due to family issues; no longer attending as of 2/28. Will end activity in WF1 and discuss other options at OV 3/10.', 'T', 'P', true),
  n('mn-024', 'In person contact 2/26 w/ client at WorkForce Center. Client passed the GED math test, 1 test remaining. Reviewed enrollments.', 'I', 'P', true),
  n('mn-025', 'OV 3/5. Client SSN 468-22-1234 updated. Attending truck driving school, passed permit.', 'I', 'P', true, [PII]),
  n('mn-026', 'TC with client 1/6, client DOB 7/4/2001, reports attending welding program and passing tests.', 'T', 'P', true, [PII]),
  n('mn-027', 'LM 3/3; client called back 3/4, discussed progress: attending CDL school, road test scheduled 3/20. ISS reviewed.', 'T', 'P', true),
  n('mn-028', 'Called client 1/12, NA. Called again 1/14, no answer, vm full.', 'T', 'P', false, [UA]),
  n('mn-029', 'tc w client 2/20 says classes going good, passed micro test, on track. reviewed iss', 'T', 'P', true),
  n('mn-030', 'TC W/ CLIENT 3/3. ATTENDING NCTC, GRADES B. ACTIVITIES REVIEWED.', 'T', 'P', true),
  n('mn-031', 'Met w/ client 4/2 at her worksite. Client reports she has been hired permanent at Altru as unit clerk, 40 hrs/wk. Will remove from WEX activity in WF1.', 'I', 'P', true),
  n('mn-032', "Emailed client's instructor 3/10. Instructor replied client is attending, has a 91% average and is on track.", 'E', 'V', false),
  n('mn-033', 'Spoke with parent 2/2 at school conference. Parent reports youth is doing homework nightly and grades are improving.', 'I', 'A', false, []),
  n('mn-034', 'Client emailed 3/9: I am still going to class and passed the first exam.', 'E', 'P', true),
  n('mn-035', 'Scheduled OV with client for 4/20.', '-', 'P', false, [CT]),
  // Relabelled (issue 16): the latest try is the text, still awaiting a reply, as in every other style.
  n('mn-036', 'Tried to reach client by phone 2/5, not reached. Sent text 2/6, no response.', 'E', 'P', false, [UA, RP]),
  n('mn-037', 'Client did not show for OV 3/6. Called client 3/6 and spoke with him; he forgot, reports attending classes and passed quiz. Rescheduled OV 3/13.', 'T', 'P', true),
  n('mn-038', 'Face to face w/ client 1/30. Client struggling in math, attending tutoring 2x week. Test results placed in file. Reviewed ISS.', 'I', 'P', true),
  n('mn-039', 'Phone contact 2/27 w/ client. Client reports she was not attending last 2 weeks due to illness, returns 3/3. Reviewed enrollment.', 'T', 'P', true),
  n('mn-040', 'Client stopped by office 3/12 w/ timesheet for WEX, 60 hrs worked this month. Supervisor comments positive.', 'I', 'P', true),
  n('mn-041', 'Voicemail left for client 5/5.', 'T', 'P', false, [UA]),
  n('mn-042', 'Client came in 2/14. Discussed resume.', 'I', 'P', true, [PM, NS]),
  n('mn-043', 'Mailed monthly contact letter 3/1. Client responded by phone 3/6, attending school, grades A/B.', 'T', 'P', true),
  n('mn-044', 'TC 1/22 w/ client re: bus card. Provided bus card.', 'T', 'P', true, [PM, NS]),
  n('mn-045', 'Met with client 2/8 at NWTC. He is attending all classes in the lineworker program and passed climbing. Reviewed ISS.', 'I', 'P', true),
  n('mn-046', 'Called client, client answered but said he could not talk, will call back.', 'T', 'P', false, [UA]),
  n('mn-047', 'TC 3/19 w/ client. Client reports completing her certificate in medical coding 3/15, now job searching. Will update activities in WF1.', 'T', 'P', true),
  n('mn-048', 'E-mail to client 2/1. Client replied by email 2/3: attending, no issues.', 'E', 'P', true, [NS]),
  n('mn-049', 'Home visit with youth 3/21. Youth attending ALC, credits earned this term 3, on track for graduation. Youth has a part-time job at Cenex. Reviewed ISS.', 'I', 'P', true),
  n('mn-050', 'Met with client 4/11. Client passed her Minnesota nursing license exam. Reviewed enrollments.', 'I', 'P', true),
];
