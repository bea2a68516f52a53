/** Missouri 600 CMC notes, written the way Toolbox notes read in practice. */
import { MO, PM, JM, NS, UA, RP, TP, CT, PII, forPack } from './types';

const n = forPack(MO);

export const MO_CORPUS = [
  // Good telephone contacts with the participant
  n('mo-001', 'TC w/ cust, reports attending CNA classes M-F, grades B avg, cont ITA thru 6/30. Next TC 30 days.', 'T', 'P', true),
  n('mo-002', 'Telephone contact with customer on 3/14/2025. She is attending welding program at Ranken, has completed 2 of 4 modules and is on track to finish in May. Will continue ITA to support completion. Next contact in 30 days.', 'T', 'P', true),
  n('mo-003', 'PC with participant. Reports passing his CDL permit test, starts road training next week. Needs continued support services for fuel. Plan to follow up after road test.', 'T', 'P', true),
  n('mo-004', 'spoke with cust by phone, she is attending classes at OTC every day, gpa 3.2, no issues. cont services thru end of semester. next tc 5/1', 'T', 'P', true),
  n('mo-005', 'TC to cust 4/2 - cust reports she completed her clinicals and passed the CNA skills test. Will continue ITA until state exam 4/30. CM will call after exam.', 'T', 'P', true),
  n('mo-006', 'Cust called CM 2/10 to report that she missed 3 days of class due to sick child but is caught up now, instructor gave makeup work. Cust needs childcare assistance, will continue support services. F/U in 2 weeks.', 'T', 'P', true),
  n('mo-007', 'Called customer. He is working 32 hrs/wk at the WEX site and supervisor gave good review. Plan to continue WEX thru 7/15 per IEP. Next TC in 30 days.', 'T', 'P', true),
  n('mo-008', 'Telephoned ptcp re: progress in HVAC program. Ptcp states he is doing well, passed EPA 608 core exam last Fri. Continues in ITA funded training, expected completion 8/2025.', 'T', 'P', true),
  n('mo-009', 'TC w/ cust. No progress to report this month as classes are on spring break; resumes 3/24. Cust remains enrolled and will continue ITA. Next TC 4/15.', 'T', 'P', true),
  n('mo-010', 'Phone call with customer - she did not attend class last week due to car trouble, has 2 absences total. Discussed attendance policy. Cust needs transportation assistance; will continue services and submit gas card request.', 'T', 'P', true),
  n('mo-011', 'TC w/ cust 1/8/25. cust reports grades are As and Bs, attending all classes. cont ITA.', 'T', 'P', true),
  n('mo-012', 'telephon call w/ participant, reports attending truck driving school, passed pre-trip inspection, on track to graduate 6/20. will continue ITA thru graduation', 'T', 'P', true),

  // Good in-person contacts
  n('mo-013', 'OV w/ cust. Reviewed IEP. Cust is attending LPN program at State Fair CC, midterm grades 88 and 91. Continue ITA; next OV 60 days.', 'I', 'P', true),
  n('mo-014', 'Customer came in to office 3/3 to drop off attendance sheet showing 100% attendance for Feb. Cust on track to complete Medical Assistant cert in June. Will continue ITA and mileage reimbursement.', 'I', 'P', true),
  n('mo-015', 'This writer met with Maria in the office. Maria reports she completed module 3 of the pharmacy tech course and passed the quiz. She needs help with books for module 4; CM will request book voucher. Services continue.', 'I', 'P', true),
  n('mo-016', 'Met with participant at the job center. He has been hired at Ford as a maintenance tech, starts 5/12. Will continue follow up services to support retention. Next contact 30 days after start.', 'I', 'P', true),
  n('mo-017', 'In person contact w/ cust at OTC campus. Cust showing progress in CNC machining, passed NIMS level 1. Plan to continue training ITA thru fall term.', 'I', 'P', true),
  n('mo-018', 'cust walked in today, reported she failed the NCLEX on first try, scheduled retake 6/10. cust needs tutoring, will continue services and refer to study group.', 'I', 'P', true),
  n('mo-019', 'Face to face meeting with youth at school. Youth is attending GED classes 3x/week and passed the math section. ISS goal is GED by August; continue youth services.', 'I', 'P', true),
  n('mo-020', 'OV - cust completed 40 hours of WEX at the library this month, timesheets turned in. Remain enrolled in WEX per IEP, next OV 4/10.', 'I', 'P', true),

  // Contact-type missing (no field, nothing in text)
  n('mo-021', 'Cust reports attending classes and grades are good. Continue ITA.', '-', 'P', false, [CT]),
  n('mo-022', 'Participant is doing well in CNA program, passed clinicals. Will continue services through completion.', '-', 'P', false, [CT]),
  n('mo-023', 'Discussed progress with cust. She is on track to complete in May. Cont ITA.', '-', 'P', false, [CT]),
  n('mo-024', 'Customer has completed 3 of 5 modules in welding, attendance 95%. Plan to continue ITA.', '-', 'P', false, [CT]),

  // Contact type from the drop-down only
  n('mo-025', 'Cust reports attending classes at Vatterott, passed first block exam with 85%. Cust will continue ITA through completion in Aug.', 'T', 'P', true, [], { field: 'T' }),
  n('mo-026', 'Cust reports attending classes at Vatterott, passed first block exam with 85%. Cust will continue ITA through completion in Aug.', 'I', 'P', true, [], { field: 'I' }),
  // Relabelled: the drop-down says how, not that anyone was reached, and nothing here is the participant talking.
  n('mo-027', 'Reviewed progress: attending daily, grades B+, on track. Continue ITA, next contact 30 days.', 'T', 'P', false, [], { field: 'T' }),

  // Attempts only
  n('mo-028', 'Called cust, no answer. LM.', 'T', 'P', false, [UA]),
  n('mo-029', 'TC to cust, NA, LMOM to call CM back.', 'T', 'P', false, [UA]),
  n('mo-030', 'Attempted to contact cust by phone, number disconnected. Will mail letter.', 'T', 'P', false, [UA]),
  n('mo-031', 'LM for participant re: monthly contact.', 'T', 'P', false, [UA]),
  n('mo-032', 'Called ptcp at 555-0142, wrong number. Will check file for alt number.', 'T', 'P', false, [UA]),
  n('mo-033', 'Cust was a no-show for scheduled OV 3/12. Will call to reschedule.', 'I', 'P', false, [UA]),
  // Relabelled: with nothing connected, the type is that of the latest try (here the call), as in every other style.
  n('mo-034', 'cust did not show for appt today. LM on cell.', 'T', 'P', false, [UA]),
  n('mo-035', 'Left voicemial for cust asking for update on classes.', 'T', 'P', false, [UA]),
  n('mo-036', 'TC - lft msg for cust', 'T', 'P', false, [UA]),
  n('mo-037', 'Letter mailed 2/1 was returned undeliverable. Will attempt TC.', 'L', 'P', false, [UA]),
  n('mo-038', 'Customer was not reached. Phone goes straight to VM, mailbox full.', 'T', 'P', false, [UA]),
  n('mo-039', 'Tried calling cust twice this week, unable to reach. Sent text asking cust to call CM.', 'E', 'P', false, [UA, RP]),
  n('mo-040', 'TC attempt, no answer, no vm set up.', 'T', 'P', false, [UA]),

  // Mixed: attempt then a contact that connected
  n('mo-041', 'LM on 3/2; customer called back 3/3, discussed progress. Cust is attending classes and passed her midterm. Will continue ITA.', 'T', 'P', true),
  n('mo-042', 'Called cust 4/1, NA. Cust returned call 4/2, reports she is attending clinicals at Mercy and is on track to complete 5/15. Cont ITA.', 'T', 'P', true),
  n('mo-043', 'TC to cust - LM. Cust came in to office next day, reviewed attendance sheet, 100% attendance. Continue services, next OV in 30 days.', 'I', 'P', true),
  n('mo-044', 'Left VM 2/3. Cust called back 2/4 stating he passed his forklift certification and is job searching. Needs resume help; will continue job search assistance.', 'T', 'P', true),
  n('mo-045', 'Called cust, no answer, left message. Called again later and spoke with cust who reports attending classes, grades A/B. Continue ITA.', 'T', 'P', true),

  // Letters and e-mails
  n('mo-046', 'Sent email to cust re: FAFSA. No response yet.', 'E', 'P', false, [RP]),
  n('mo-047', 'Mailed letter to cust requesting contact regarding training progress.', 'L', 'P', false, [RP]),
  n('mo-048', 'Emailed cust 3/1 asking for update on grades and attendance.', 'E', 'P', false, [RP]),
  n('mo-049', 'Sent letter 2/15 requesting cust contact CM. Cust responded by email 2/20 reporting she is attending classes and passed her first exam. Will continue ITA.', 'E', 'P', true),
  n('mo-050', 'Emailed cust re: progress. Cust replied stating she is attending every class and has an 89% average. Continue ITA thru June.', 'E', 'P', true),
  n('mo-051', 'Rec\'d email from cust with midterm grades attached: A, B, B. Cust is on track. Continue services.', 'E', 'P', true),
  n('mo-052', 'Customer e-mailed CM: she completed the phlebotomy course and passed the national exam. Will continue job placement services; CM will send job leads.', 'E', 'P', true),
  n('mo-053', 'EM to cust requesting attendance records for March.', 'E', 'P', false, [RP]),
  n('mo-054', 'Letter sent to cust 1/5 re: 90 day contact. Cust wrote back 1/12, is attending classes and working part time. Will continue ITA.', 'L', 'P', true),
  n('mo-055', 'Sent letter to participant. Participant has not responded.', 'L', 'P', false, [RP]),
  n('mo-056', 'Texted cust asking for update. No reply.', 'E', 'P', false, [RP]),
  n('mo-057', 'Sent email to cust on 3/3. Cust called back 3/5 and reported attending classes, on track to complete in June. Continue ITA.', 'T', 'P', true),

  // Provider contacts
  n('mo-058', 'Cust not available. TC w/ instructor at Ranken who reports cust is attending daily, has 96% attendance and passed module 2 with a B. Instructor expects cust to complete on schedule 6/30. Continue ITA.', 'T', 'V', true),
  n('mo-059', 'Spoke with instructor, cust doing fine.', '-', 'V', false, [CT, TP, PM, JM, NS]),
  n('mo-060', 'TC with school. Cust still enrolled.', 'T', 'V', false, [TP, NS]),
  n('mo-061', 'Called the training provider (Midwest Truck Driving School). Coordinator confirmed cust passed the CDL written test and road test is scheduled 4/20. Attendance has been perfect. Continue ITA through licensing.', 'T', 'V', true),
  n('mo-062', "Spoke with cust's worksite supervisor by phone. Supervisor reports cust has worked all scheduled WEX hours (80 hrs this month), is punctual and learning the POS system. WEX will continue thru 6/30 per IEP.", 'T', 'V', true),
  n('mo-063', 'Met with clinical instructor at the hospital. Cust completed 60 of 90 clinical hours, evaluations satisfactory. Continue ITA.', 'I', 'V', true),
  n('mo-064', 'TC to college registrar to confirm enrollment.', 'T', 'V', false, [TP, PM, JM, NS]),
  n('mo-065', 'Emailed instructor re: cust progress. Instructor replied cust is failing 2 courses and has 6 absences. Cust needs tutoring; will continue services and refer to tutoring center.', 'E', 'V', true),
  n('mo-066', 'Called employer, HR said cust still works there.', 'T', 'V', false, [TP, JM, NS]),

  // Alternate contacts
  n('mo-067', "Cust's mother called, said cust is sick.", 'T', 'A', false, [TP, PM, JM, NS]),
  n('mo-068', "TC w/ cust's spouse. Spouse reports cust is attending all classes, just passed his welding certification test and has 2 weeks left in the program. Cust will continue ITA until completion.", 'T', 'A', true),
  n('mo-069', 'Spoke with alternate contact (aunt) by phone, she doesnt know how cust is doing in school.', 'T', 'A', false, [TP, PM, JM]),
  n('mo-070', "Youth's guardian came in. Guardian reports youth is attending GED classes and passed the reading test last week, 2 tests left. ISS goal remains GED by June; continue youth services.", 'I', 'A', true),

  // Thin or boilerplate
  n('mo-071', 'TC w/ cust. Touched base.', 'T', 'P', true, [PM, JM, NS]),
  n('mo-072', 'OV. No change.', 'I', 'P', true, [PM, JM, NS]),
  n('mo-073', 'Monthly contact made by phone, cust doing ok.', 'T', 'P', true, [PM, JM, NS]),
  n('mo-074', 'TC w/ cust, cont ITA.', 'T', 'P', true, [PM, NS]),
  n('mo-075', 'Checked in with cust by phone, all is well.', 'T', 'P', true, [PM, JM, NS]),
  n('mo-076', 'Phone call with cust. Attending.', 'T', 'P', true, [JM, NS]),

  // Progress or justification missing in a real contact
  n('mo-077', 'TC w/ cust to discuss upcoming job fair at the career center and resume workshop dates. Cust interested in attending the job fair. Will continue to provide job search assistance.', 'T', 'P', true, [PM]),
  n('mo-078', 'Met with cust in office. Discussed her childcare situation and bus pass. Provided bus pass for April.', 'I', 'P', true, [PM, JM]),
  n('mo-079', 'TC w/ participant. He is attending the electrical apprenticeship classes and passed his first quarter exams with 87 average.', 'T', 'P', true, [JM]),
  n('mo-080', 'Cust came in to pick up gas card. Cust needs assistance with transportation to continue training.', 'I', 'P', true, [PM]),

  // Negation and tricky wording
  n('mo-081', 'TC w/ cust. Cust did not attend class 3/4-3/6 due to flu, has doctor note. Instructor allowing makeup. Cust will continue in program; CM to follow up next week.', 'T', 'P', true),
  n('mo-082', 'Cust did not come in for scheduled appt. Called cust, no answer.', 'T', 'P', false, [UA]),
  n('mo-083', 'Called cust, she answered and reported she has not missed any classes and passed anatomy exam. Continue ITA.', 'T', 'P', true),
  n('mo-084', 'Cust has not returned calls since 2/1. Sent letter 3/1 with 90 day warning.', 'L', 'P', false, [UA, RP]),
  n('mo-085', 'Sent letter to cust requesting she come in for OV on 4/2 to review progress.', 'L', 'P', false, [RP]),
  n('mo-086', 'TC with cust. Cust is not attending classes anymore, stopped going 2 weeks ago due to new job at Amazon (40 hrs). Cust plans to exit training; CM will close ITA and provide follow up services.', 'T', 'P', true),

  // PII
  n('mo-087', 'OV w/ cust, SSN 123-45-6789 verified for ITA paperwork. Cust attending classes, grades good. Cont ITA.', 'I', 'P', true, [PII]),
  n('mo-088', 'TC w/ cust DOB 04/12/1990 to confirm enrollment; attending and passing all courses. Continue ITA through graduation 5/2025.', 'T', 'P', true, [PII]),
  n('mo-089', 'Met with cust. ss# 123456789 corrected in Toolbox. Cust has completed 2 of 3 terms, GPA 3.0. Continue services.', 'I', 'P', true, [PII]),
  n('mo-090', 'TC w/ cust at 573-751-0236, reports attending classes daily, grades B. Continue ITA. Next TC 30 days.', 'T', 'P', true),

  // Run-ons, lowercase, all caps, typos
  n('mo-091', 'tc w cust she says shes attending evry day and passed her ekg test last week gpa 3.4 cont ita thru july next tc 30 days', 'T', 'P', true),
  n('mo-092', 'TC W/ CUST. CUST REPORTS ATTENDING CLASSES AT STLCC, GRADES A/B. WILL CONTINUE ITA. NEXT TC 30 DAYS.', 'T', 'P', true),
  n('mo-093', 'OV w/ particpant, he is attendng classes and has completd the first 2 modules, instrutor says he is on track. continue ITA', 'I', 'P', true),
  n('mo-094', 'spke w/ cust by phone - attending, grades good, needs new uniform, will cont support svcs', 'T', 'P', true),
  n('mo-095', 'Cust came in, said she is struggling in math, has tutoring Tues/Thurs, grades C. Needs continued tutoring support; will continue ITA and check grades at midterm.', 'I', 'P', true),

  // Others (not participant, provider or alternate)
  n('mo-096', "Spoke with cust's probation officer, who said cust is compliant.", '-', 'O', false, [CT, TP, PM, JM]),
  n('mo-097', 'TC w/ DHS caseworker re: cust childcare subsidy. Cust still attending training per caseworker.', 'T', 'O', false, [TP, JM]),

  // Future contacts only
  n('mo-098', 'Scheduled OV with cust for 4/15 to review grades.', '-', 'P', false, [CT]),
  n('mo-099', 'Will call cust next week to check on progress.', '-', 'P', false, [CT]),
  n('mo-100', 'Met with cust 2/2, cust completed resume and is attending job club weekly; will continue job search services. Next OV 3/2.', 'I', 'P', true),
  n('mo-101', 'Telephone contact: cust states she passed the Praxis core, student teaching starts in Aug. Continue ITA for final semester.', 'T', 'P', true),
  n('mo-102', 'Cust texted CM back: attending classes, grades good.', 'E', 'P', true, [JM]),
  n('mo-103', 'Email from instructor: cust is attending and has 92% in the course. Continue ITA.', 'E', 'V', true),
  n('mo-104', 'Called WEX supervisor, no answer, LM.', 'T', 'V', false, [UA]),
  n('mo-105', 'Cust called in and LM for CM asking for a call back about books.', 'T', 'P', false, [UA]),
];
