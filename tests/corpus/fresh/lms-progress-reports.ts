/**
 * Online training watched through learning platforms (fresh split: new voices, scored and listed but not floored
 * yet). The voice: case managers whose participants study online (Canvas and Moodle at a college, Coursera and
 * Google career certificates, ed2go, Penn Foster, LinkedIn Learning) and who paste the platform's numbers into the
 * note: "logged in 3x this week", last login, percent complete, grade-book exports, at-risk flags, automatic weekly
 * digests, instructor e-mails, Zoom attendance, certificates issued. Sources of realism: ITAs for online programs,
 * where the case manager can see more of the participant's progress than of the participant.
 * Platform data is progress, never a contact: a report pulled, a digest received or a dashboard read records no
 * exchange with anyone. An instructor or college advisor is the provider; in Missouri a call with one who gives
 * grades and a reason to continue counts, an e-mail that only arrives does not (it is theirs, one-way).
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'lms-progress-reports';

export const NOTES: LabelledNote[] = [
  note(MO, 'lms-progress-reports-mo-001', `Canvas report (OTC Online, Medical Coding I) pulled 3/2: last login 2/27, 3 logins this wk, current grade 87%, 2 assignments missing. No contact w/ cust.`, '-', '-', false, [CT]),
  note(MO, 'lms-progress-reports-mo-002', `TC w/ cust 3/3 re: the 2 missing assignments in Canvas. She said her laptop died, she used the library computer and submitted both today. Grade now 91%. Cont ITA.`, 'T', 'P', true, []),
  note(MO, 'lms-progress-reports-mo-003', `E-mailed cust 3/9: Coursera shows no activity in the Google IT Support cert since 2/20 (course 2 of 5, 40% done). Asked what's going on and if she needs help.`, 'E', 'P', false, [RP]),
  note(MO, 'lms-progress-reports-mo-004', `Coursera progress export 3/16 (attached): course 2 "Bits and Bytes" 100%, course 3 at 12%. Cust has not responded to my 3/9 e-mail.`, 'E', 'P', false, [RP]),
  note(MO, 'lms-progress-reports-mo-005', `Cust replied 3/18 to my e-mail: she had COVID, is back on it, finished course 2 (Coursera certificate attached) and is aiming to finish course 3 by 4/15. Cont ITA per IEP.`, 'E', 'P', true, []),
  note(MO, 'lms-progress-reports-mo-006', `Instructor (MSSU online welding theory, Moodle) e-mailed 3/20: "Jason hasn't logged in for 2 weeks."`, 'E', 'V', false, [TP, JM]),
  note(MO, 'lms-progress-reports-mo-007', `Called the instructor back 3/21 (Prof. Adams, MSSU). Jason's grade is 64% (D), he missed quizzes 4-6 and has until 4/1 to make them up per the syllabus. Adams thinks he can still pass with the make-ups. Cont enrollment pending make-up work.`, 'T', 'V', true, []),
  note(MO, 'lms-progress-reports-mo-008', `Called Jason 3/21 re: the quizzes - NA, VM full.`, 'T', 'P', false, [UA]),
  // A platform's automatic e-mail: progress, and nobody on the other end.
  note(MO, 'lms-progress-reports-mo-009', `ed2go weekly progress e-mail (automatic) 3/23: "Lesson 7 of 12 completed. Quiz average 88%."`, '-', '-', false, [CT]),
  note(MO, 'lms-progress-reports-mo-010', `Cust in office 3/25 to use the lab for her Penn Foster proctored exam. Spoke w/ her after: passed Pharmacy Tech unit 3 exam, 82%. 2 units left. Cont ITA.`, 'I', 'P', true, []),
  note(MO, 'lms-progress-reports-mo-011', `LinkedIn Learning admin dashboard: cust completed "Excel Essential Training" 3/26, certificate issued. Added to file.`, '-', '-', false, [CT]),
  // Watching her online class is not a conversation with her.
  note(MO, 'lms-progress-reports-mo-012', `Sat in on the online CNA class Zoom 3/30 as an observer (instructor OK'd). Cust was on camera and answered 2 of the instructor's questions. Did not speak with her myself.`, '-', '-', false, [CT]),
  note(MO, 'lms-progress-reports-mo-013', `TC 4/2 w/ cust: all good in class.`, 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'lms-progress-reports-mo-014', `Canvas grades export (CSV) 4/6:\nStudent,Assignment,Score,Out of\nR. Diaz,Quiz 5,18,20\nR. Diaz,Midterm,71,100\nR. Diaz,Lab 3,missing,25\nTotal: 74.8% (C)`, '-', '-', false, [CT]),
  note(MO, 'lms-progress-reports-mo-015', `Sent cust a Canvas inbox message 4/10 through the college's LMS (she prefers it to e-mail). Unread as of 4/14.`, 'E', 'P', false, [RP]),
  // A long entry: the monthly platform review and the call that followed it.
  note(MO, 'lms-progress-reports-mo-016', `CMC 4/20/2026 - TC w/ customer - online training review\nBefore the call I pulled his reports: Canvas (Crowder College Online, Cybersecurity Fundamentals) shows 14 logins since 3/20, last login 4/19, grade 83% (B); CompTIA A+ practice platform (TestOut) shows 61% of labs done and two practice exams at 71% and 76%. Called cust at 11:30 and we talked about 20 min. He says the networking unit is the hard part and he has been doing the labs at night after his shift at the distribution center (40 hrs, 2nd shift). He scheduled the A+ Core 1 exam at the Pearson VUE center in Joplin for 5/14 and asked whether WIOA can pay the second voucher if he fails; told him yes, it is in the ITA. He has not used the tutoring the college offers; gave him the link again and he said he would book a session this week. Justification: on track to finish the certificate by 6/30 as in his IEP, and the A+ credential is required for the help-desk jobs he is targeting. Cont ITA. Next CMC after the 5/14 exam.`, 'T', 'P', true, []),
  // Substantive, but the instructor's e-mail only arrived: nobody talked with her, and the case manager made no
  // contact of her own; a monitor would want the call.
  note(MO, 'lms-progress-reports-mo-017', `Instructor e-mail 4/24 (Prof. Lin, OTC Online): "Maria has a 93% and is ahead of schedule, she should finish the course early. I'd keep her in the program."`, 'E', 'V', false, []),
  note(MO, 'lms-progress-reports-mo-018', `Texted cust 4/28: saw your A in Medical Coding I on the grade report! Call me re: summer classes.`, 'E', 'P', false, [RP]),
  note(MN, 'lms-progress-reports-mn-001', `Asked client 3/4 by text for her grades. She texted back a screenshot of her Canvas grades: A- in Anatomy, B in Med Terminology. ISS reviewed, copy in file.`, 'E', 'P', true, []),
  note(MN, 'lms-progress-reports-mn-002', `Moodle activity log (M State online Accounting I) reviewed 3/5: 11 logins in Feb, last login 3/3, quiz avg 78%.`, '-', '-', false, [CT]),
  note(MN, 'lms-progress-reports-mn-003', `Instructor e-mail 3/6: client is one of the top students in the online course, 96%.`, 'E', 'V', false, []),
  note(MN, 'lms-progress-reports-mn-004', `Called client 3/9 - she picked up and we talked 15 min. Online Bookkeeping class going well, 96% so far, 3 weeks left. Has a job interview at H&R Block 3/12.`, 'T', 'P', true, []),
  note(MN, 'lms-progress-reports-mn-005', `E-mailed client 3/10 the Coursera Financial Aid approval for the Google Data Analytics certificate.`, 'E', 'P', false, [RP]),
  note(MN, 'lms-progress-reports-mn-006', `Coursera shows client enrolled 3/12 and completed week 1 on 3/14. No contact yet this month.`, '-', '-', false, [CT]),
  note(MN, 'lms-progress-reports-mn-007', `Client e-mailed 3/20: "I can't get the Coursera quiz to load, can you help?" Called her back 3/20 and walked her through clearing the cache; she got in and passed the week 2 quiz (90%) while we were on the phone.`, 'T', 'P', true, []),
  note(MN, 'lms-progress-reports-mn-008', `Texted client 3/27 - Coursera shows no activity since 3/20, checking in.`, 'E', 'P', false, [RP]),
  note(MN, 'lms-progress-reports-mn-009', `LMS weekly digest 4/3 (automatic e-mail from HCC Canvas): client flagged "at risk" - 0 logins in 7 days.`, '-', '-', false, [CT]),
  note(MN, 'lms-progress-reports-mn-010', `Client called 4/6: dropped the online Accounting class, too hard with 2 jobs. Wants to switch to the in-person evening class in fall. ISS updated, WF1 activity end-dated 4/6.`, 'T', 'P', true, []),
  note(MN, 'lms-progress-reports-mn-011', `eLearning advisor (Hennepin Tech) called 4/8 to confirm client's withdrawal: W grade, no tuition refund after week 8.`, 'T', 'V', false, []),
  // The college's webinar; she was in the room with her camera off and said nothing to anyone.
  note(MN, 'lms-progress-reports-mn-012', `College's Zoom info session for the online Medical Coding program 4/14, 22 joined. Client's name is on the attendee list (camera off, did not speak).`, '-', '-', false, [CT, NS]),
  note(MN, 'lms-progress-reports-mn-013', `Client's mom called 4/15: says client is "always on the computer doing her class."`, 'T', 'A', false, [PM]),
  note(MN, 'lms-progress-reports-mn-014', `CM (4/20): Hi Ana, Canvas shows you finished Module 6! How did the quiz go?\nAna (4/21): 88% but the next module is harder, can we meet?\nCM: Sure, Thurs 2pm?\nAna: ok thx`, 'E', 'P', true, []),
  note(MN, 'lms-progress-reports-mn-015', `Pulled client's Canvas report and went over it with her on the phone: 94%, all modules current, final exam 5/8.`, 'T', 'P', true, [DM], { noDateField: true }),
  // A long entry: a month of numbers and other people, and no exchange with the client.
  note(MN, 'lms-progress-reports-mn-016', `May monthly contact - NOT MADE\nClient is in the online Pharmacy Technician program (Rasmussen, Canvas). Platform data this month: 9 logins 5/1-5/25 (last 5/24), module 7 of 10 complete, grade 89%, one late assignment (5/12). The instructor (Dr. Patel) e-mailed 5/14 that the client is "solid" and will be ready for the PTCB exam in July; the program's externship coordinator e-mailed 5/20 asking for the client's immunization records by 6/1 for the Walgreens externship. Tries to reach the client: 5/6 call, VM; 5/13 text, delivered, no reply; 5/20 e-mail forwarding the externship request, no reply; 5/27 call, VM again. Her emergency contact (sister) said 5/27 that the client started a new job at a call center and works days, so she studies at night. Plan: mail the monthly contact letter 5/28 with the immunization checklist; try an evening call 6/2. ISS unchanged until I reach her.`, 'T', 'P', false, [UA, RP]),
  note(MN, 'lms-progress-reports-mn-017', `Client came in 6/3 for the immunization forms. Met 20 min: finished module 8, 90%. Externship at Walgreens starts 6/17. Working days at the call center, wants to keep it thru the externship. ISS updated.`, 'I', 'P', true, []),
  note(MN, 'lms-progress-reports-mn-018', `Coursera Google IT cert: client 3 of 5 courses complete per the Coursera for Workforce admin dashboard.`, '-', '-', false, [CT, DM], { noDateField: true }),
];
