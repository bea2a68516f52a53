/**
 * Notes around adult education partners: HiSET (Missouri) and GED (Minnesota) prep, ABE/AEL classrooms, ESL
 * classes, TABE and CASAS tests, with instructors, coordinators and proctors reporting (fresh split: new voices,
 * scored and listed but not floored yet). Labels come from the policies and the definition of a qualifying
 * contact in ARCHITECTURE.md, written before the checker ever ran on them.
 * An adult education teacher, coordinator or proctor is the provider (in Missouri their contact counts only with
 * two or more pieces of concrete progress and a reason to continue, §2.2). A score report, a portal or a roster
 * read by the case manager is no contact. A classroom visit is a contact with the participant only when she is
 * there and talks with the writer.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'adult-ed-ged';

export const NOTES: LabelledNote[] = [
  note(MO, 'adult-ed-ged-mo-001', 'Visited the AEL classroom at the Joplin Adult Learning Center 2/6 and met with customer during the break. She passed HiSET Math 2/1 (score 12) and has Science and Social Studies left; attending Mon/Wed/Thu mornings. Continue WIOA Youth services per ISS; next check 3/6.', 'I', 'P', true, []),
  note(MO, 'adult-ed-ged-mo-002', 'AEL instructor Ms. Kline e-mailed the monthly attendance sheet 2/28: customer attended 14 of 16 sessions in February, and her TABE post-test reading went from 6.2 to 8.4. Continue services per IEP; welding ITA to start once she has her HiSET.', 'E', 'V', true, []),
  note(MO, 'adult-ed-ged-mo-003', 'HiSET score report received from ETS 3/4: customer passed Language Arts - Reading (15).', '-', '-', false, [CT]),
  note(MO, 'adult-ed-ged-mo-004', 'Called customer 3/10 to congratulate her on the Reading test, no answer. LM.', 'T', 'P', false, [UA]),
  // Real progress from the provider, but no reason to continue services (§2.2 asks for both).
  note(MO, 'adult-ed-ged-mo-005', 'TC w/ ESL teacher at the International Institute 3/17: customer moved up to CASAS level 4 (score 221) and has perfect attendance in March.', 'T', 'V', false, [TP, JM]),
  note(MO, 'adult-ed-ged-mo-006', 'AEL teacher called 3/24: customer has missed the last 6 classes and she has not been able to reach him either.', 'T', 'V', false, [TP, JM]),
  note(MO, 'adult-ed-ged-mo-007', 'AEL proctor e-mailed 4/7: customer did not come to the scheduled TABE retest on 4/7 and did not call.', 'E', 'V', false, [TP, JM]),
  note(MO, 'adult-ed-ged-mo-008', 'TC with customer 4/14; his English is much better, the whole call was in English. He passed the CASAS listening test (level 5) and starts the ESL-to-CNA bridge class 5/5 at St. Louis Community College. Continue services per IEP; CNA ITA pending.', 'T', 'P', true, []),
  // CM went to see the customer (an attempt) and talked with the instructor, who had one vague fact.
  note(MO, 'adult-ed-ged-mo-009', 'Stopped by the HiSET prep class at the Sedalia library 4/21 to see customer; she was not in class today. Instructor said she has been coming about twice a week.', 'I', 'V', false, [UA, TP, JM]),
  note(MO, 'adult-ed-ged-mo-010', 'Customer e-mailed 5/1 in reply to my 4/28 e-mail: "I passed the last two HiSET tests! Science 14 and Social Studies 13, so I\'m done." Diploma expected in 3 weeks. Plan: enroll in the Pharmacy Tech ITA at OTC for summer per IEP.', 'E', 'P', true, []),
  note(MO, 'adult-ed-ged-mo-011', 'Reviewed the AEL attendance roster in the MoAEL data system 5/12: customer logged 38 hours in April.', '-', '-', false, [CT]),
  note(MO, 'adult-ed-ged-mo-012', 'AEL teacher e-mailed 5/20 to say customer came to her office asking about night classes. Teacher had no other update.', 'E', 'V', false, [TP, PM, JM]),
  note(MO, 'adult-ed-ged-mo-013', 'Mailed customer a letter 6/2 with the summer HiSET test dates at the Rolla center and asked her to call to pick one.', 'L', 'P', false, [RP]),
  note(MO, 'adult-ed-ged-mo-014', 'Customer came in 6/9 to drop off the AEL enrollment form; DOB 03/14/2004 confirmed for the HiSET voucher. Talked briefly, she said class is ok.', 'I', 'P', true, [PM, JM, NS, PII]),
  note(MO, 'adult-ed-ged-mo-015', 'In-person contact 6/23 at the St. Louis Job Center with customer and a volunteer from the International Institute who helped with some words (customer\'s first language is Dari). Customer has attended the Institute\'s ESL Level 3 class four mornings a week since February; his CASAS reading score rose from 203 in February to 219 on 6/16, and his teacher\'s progress report (copy in file) shows 96% attendance. He completed the forklift safety module offered through the class and wants to start the warehouse pre-apprenticeship at St. Louis Community College in August, which requires a CASAS score of 215, so he now qualifies. He is working 20 hours a week at a dry cleaner in University City. We talked about his bus route to the Forest Park campus and the class schedule. Continue WIOA Adult services per IEP; CM will submit the pre-apprenticeship referral by 7/1 and call customer 7/8.', 'I', 'P', true, []),
  note(MO, 'adult-ed-ged-mo-016', 'Classroom visit 6/16 at the Kansas City AEL site: met with the instructor and customer together after class. Customer has 92 hours this term and passed HiSET Writing 6/12 (score 11), one test left. Continue youth services per ISS.', 'I', 'P', true, []),
  note(MN, 'adult-ed-ged-mn-001', 'Met with client at the Bemidji ABE classroom 1/21 after her GED class. She passed GED Reasoning Through Language Arts 1/15 (152) and scored 148 on the GED Ready math; testing Math in February. ISS reviewed.', 'I', 'P', true, []),
  note(MN, 'adult-ed-ged-mn-002', 'ABE teacher e-mailed 1/30 with client\'s January hours (41) and her CASAS reading score (236).', 'E', 'V', false, []),
  note(MN, 'adult-ed-ged-mn-003', 'Called client 2/5 for the monthly contact; a classmate answered her phone at the ABE center and said she was in the testing room. Asked for a call back.', 'T', 'P', false, [UA]),
  note(MN, 'adult-ed-ged-mn-004', 'Client called back 2/5 after testing: passed GED Math (150)! That was her last test. Wants to start the CNA course at Northland in March. ISS updated with the CNA goal.', 'T', 'P', true, []),
  note(MN, 'adult-ed-ged-mn-005', 'ESL class visit at Moorhead ABE 2/12. Talked with client in English at the break (his teacher helped with a few words). He moved from CASAS level 3 to 4 and has a job interview at American Crystal Sugar on 2/19. ISS reviewed.', 'I', 'P', true, []),
  note(MN, 'adult-ed-ged-mn-007', 'Texted client 3/3 re: her Science test date. No response.', 'E', 'P', false, [RP]),
  note(MN, 'adult-ed-ged-mn-008', 'TC w/ ABE coordinator 3/10. Coordinator said client told her she failed the Science test by 3 points and is retaking it 4/1.', 'T', 'V', false, []),
  // The teacher only relays that the client will call: no progress from anyone.
  note(MN, 'adult-ed-ged-mn-009', 'Client\'s GED teacher called 3/17 to pass on a message from client: "tell my counselor I will call next week."', 'T', 'V', false, [PM]),
  note(MN, 'adult-ed-ged-mn-010', 'Went to the ALC 3/24 for the scheduled monthly meeting with the youth; he was absent from school today. Left a note with the front office.', 'I', 'P', false, [UA]),
  note(MN, 'adult-ed-ged-mn-011', 'Letter mailed 4/1 for the April contact. Client wrote back on the form 4/9: "still going to ABE 3 nights, GED Social Studies on 4/20, working at Cenex 20 hrs".', 'L', 'P', true, []),
  note(MN, 'adult-ed-ged-mn-012', 'ABE teacher and CM set up a three-way meeting with client for 4/28 at the Crookston ABE office to plan the move from GED to college.', '-', 'P', false, [CT]),
  note(MN, 'adult-ed-ged-mn-013', 'TC w/ client 5/5. GED going ok.', 'T', 'P', true, [PM, NS]),
  note(MN, 'adult-ed-ged-mn-014', 'Client left a VM 5/12 in mixed English asking about class; could not make out the callback number. Will ask the ESL teacher for a good number.', 'T', 'P', false, [UA]),
  note(MN, 'adult-ed-ged-mn-015', 'E-mail from the ESL instructor: client\'s CASAS listening score is 228 and her attendance was 90% this month.', 'E', 'V', false, [DM], { noDateField: true }),
  note(MN, 'adult-ed-ged-mn-016', 'Zoom w/ client 6/2 from the library computer lab: her GED diploma came in the mail 5/28 and she enrolled in summer Accounting at Northland. ISS updated.', 'T', 'P', true, []),
  note(MN, 'adult-ed-ged-mn-017', 'Client e-mailed 6/9 asking if WIOA can pay for her Accuplacer retake. Replied yes 6/9; she wrote back 6/10 that she retook it and placed into college-level English and math.', 'E', 'P', true, []),
];
