/**
 * Community-college career navigators and WIOA staff with a desk on campus (fresh split: new voices, scored and listed
 * but not floored yet). The voice: students rather than customers half the time, college e-mail accounts, Pell,
 * FAFSA verification, MN State Grant, SAP, registrar and financial-aid offices, instructors' early alerts (Starfish),
 * LMS grade books (Canvas, D2L Brightspace) the navigator can see, advising appointments, financial-aid nights.
 * Sources of realism: how college-based navigators mix academic vocabulary into WIOA notes and spend much of a
 * note on the college's offices rather than the student.
 * A grade book, a degree audit or an alert the navigator reads is no contact with anyone. A registrar, an advisor,
 * financial aid or an instructor is a provider: in Missouri that counts only with substantive progress and a reason
 * to continue; in Minnesota it is recorded but is not the monthly contact. A student's e-mail counts once the
 * student has written back.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'career-pathways-college';

export const NOTES: LabelledNote[] = [
  note(MO, 'career-pathways-college-mo-001', `Student e-mailed 3/3 from her mcckc.edu account with spring midterm grades: A in Intro to Networking, B in Linux I, C+ in Tech Writing. Asked if ITA covers the summer CCNA section. Replied 3/3: yes, it is on her IEP; she confirmed 3/4 she registered (6 cr). Cont ITA per IEP.`, 'E', 'P', true, []),
  // Reading the grade book is the navigator's own review: progress, but no contact with anyone.
  note(MO, 'career-pathways-college-mo-002', `Checked Canvas 3/5 (student gave CM observer access at intake): 4 of 5 assignments submitted in BIO 140, current grade 81%. Last login 3/4.`, '-', '-', false, [CT]),
  note(MO, 'career-pathways-college-mo-003', `Registrar (OTC) confirmed by email 3/6 that cust is enrolled full-time spring 2026, 13 cr hrs.`, 'E', 'V', false, [TP, JM]),
  note(MO, 'career-pathways-college-mo-004', `Cust unavailable (clinicals 6a-6p all week), so CM called the Nursing Program Director at SFCC, Dr. Kemper, 3/10. Cust passed NUR 120 w/ 88%, clinical eval "meets expectations" on all competencies, 0 absences. On track to graduate May. Cust remains enrolled and progressing toward IEP goal of RN; cont ITA.`, 'T', 'V', true, []),
  note(MO, 'career-pathways-college-mo-005', `Sent student the FAFSA verification checklist by email 3/11 (fin aid flagged her file, needs 2024 tax return transcript). No reply yet.`, 'E', 'P', false, [RP]),
  // Financial aid's voicemail to the navigator: the college's message, one status and nothing of her classes.
  note(MO, 'career-pathways-college-mo-006', `Financial Aid (STLCC Forest Park) left CM a VM 3/12: cust's Pell is on hold pending verification.`, 'T', 'V', false, [TP, PM, JM]),
  note(MO, 'career-pathways-college-mo-007', `Met cust at the MCC-Penn Valley Career Services office 3/13 (CM's campus day). Cust dropped ENGL 101 (W) because of work hours, still in 9 cr (Welding I, Blueprint Reading, MATH 110). Discussed SAP/Pell - she'll stay above 67% completion. Cont ITA, IEP timeline revised +1 semester.`, 'I', 'P', true, []),
  // The early alert is the instructor's (automatic); the navigator's e-mail to the student is unanswered.
  note(MO, 'career-pathways-college-mo-008', `Starfish early alert rec'd 3/16 from instructor J. Ruiz (MATH 110): "Missing 3 assignments, please see me." CM emailed cust 3/16 asking what's going on and offering tutoring.`, 'E', 'P', false, [RP]),
  note(MO, 'career-pathways-college-mo-009', `Cust replied 3/18 to CM's 3/16 email: "I had covid for a week, Ruiz said I can make up the assignments by 3/27." CM sent the tutoring center hours. Cont ITA per IEP.`, 'E', 'P', true, []),
  note(MO, 'career-pathways-college-mo-010', `Cust has advising appt 3/24 at 2pm w/ Jefferson College advisor to map out HIT courses for fall. CM will join by phone if cust okays it.`, '-', 'P', false, [CT]),
  note(MO, 'career-pathways-college-mo-011', `ITA voucher #24-1187 for spring processed 3/25 ($2,140 tuition + $310 books). Reviewed cust's degree audit in MyJeffCo: 31 of 62 credits complete for the AAS in Health Information Technology, GPA 3.05, two gen eds left (PSYC 101, COMM 100) plus the coding sequence. Cust is not SAP-flagged. Bookstore voucher list sent to the bookstore manager so cust can pick up her texts on the 27th. Checked Pell status with the fin aid portal: disbursed 3/20. Emailed cust 3/26 a summary of all of this, asked her to confirm she still plans to take the summer PPE coding class and to send her work schedule so we can figure out clinicals. No reply so far.`, 'E', 'P', false, [RP]),
  note(MO, 'career-pathways-college-mo-012', `PC w/ cust 3/27, he finished HVAC 101 w/ a B, starts 102 on 3/30. Cont ITA.`, 'T', 'P', true, []),
  note(MO, 'career-pathways-college-mo-013', `Canvas inbox msg sent to cust 3/30 re: missing lab reports in CHEM 105 (CM has observer role). Shows read 3/31, no reply.`, 'E', 'P', false, [RP]),
  // The clinical instructor gives no progress and no reason to continue: not a Missouri provider contact.
  note(MO, 'career-pathways-college-mo-014', `Spoke w/ cust's clinical instructor at Mercy (S. Voss) 4/1 while on site for another student: "She's doing fine."`, 'I', 'V', false, [TP, PM, JM]),
  note(MO, 'career-pathways-college-mo-015', `Career Navigator campus visit 4/3, State Fair CC Sedalia. Met with student in the library study room for about 40 min. She brought her spring grade report and her Pell award letter. Grades: Pharmacology B, Fundamentals of Nursing A-, Clinical I satisfactory. Pell $3,697 for spring, fully covers tuition; ITA is covering uniforms, the ATI package and her stethoscope. She has been working 16 hrs/wk at Casey's on weekends and says that is manageable, but her car is making a grinding noise and she is worried about getting to clinicals in Warrensburg at 6 am. Talked about the supportive services car repair process - she will get 2 estimates. She also asked about the summer term; PN program runs straight through, so no gap. She wants to sit for NCLEX-PN in August and apply at Bothwell. Justification: cust is progressing in the PN program on her IEP, remains enrolled; continue ITA. Next: estimates due 4/10, next campus visit 5/1.`, 'I', 'P', true, []),
  note(MN, 'career-pathways-college-mn-001', `Student email 3/2 (northlandcollege.edu acct) w/ unofficial transcript attached: fall GPA 3.2, 15 cr completed. I replied w/ spring book voucher info; she wrote back 3/3 she needs $240 for the A&P lab manual. Voucher issued. ISS reviewed.`, 'E', 'P', true, []),
  note(MN, 'career-pathways-college-mn-002', `Client's D2L Brightspace grades 3/4: 78% Intro to Accounting, 92% Excel. Printed for file.`, '-', '-', false, [CT]),
  note(MN, 'career-pathways-college-mn-003', `Emailed client 3/5 re: FAFSA renewal and the MN State Grant priority date (6/30). No response.`, 'E', 'P', false, [RP]),
  note(MN, 'career-pathways-college-mn-004', `Phone appt w/ client 3/9: Pell came thru ($3,695 spring), he's registered for 12 cr at Bemidji State, got a C on his first Stats exam. ISS updated, WF1 activity dates extended.`, 'T', 'P', true, []),
  note(MN, 'career-pathways-college-mn-005', `Registrar's Office (Minnesota North - Hibbing) confirmed by phone 3/10 that client is enrolled 12 cr spring. Copy of enrollment verification in file.`, 'T', 'V', false, []),
  note(MN, 'career-pathways-college-mn-006', `Instructor (Mr. Dahl, Diesel Tech) emailed 3/11: client has missed 4 labs and is at risk of failing DSL 1120. Client was cc'd.`, 'E', 'V', false, []),
  note(MN, 'career-pathways-college-mn-007', `Client came to the Career Pathways office on campus (Northland TRF, rm 205) 3/12 after class. Talked about the Dahl email - she's been working doubles at Walmart; agreed to drop to 30 hrs. Made up 1 lab already. Plan: check w/ Dahl 3/26.`, 'I', 'P', true, []),
  note(MN, 'career-pathways-college-mn-008', `Financial aid night 3/17 at Northland (Pell, MN State Grant, FAFSA help), co-hosted w/ CareerForce. 23 students signed in. Client had RSVP'd yes; not on the sign-in sheet.`, '-', '-', false, [CT, NS]),
  note(MN, 'career-pathways-college-mn-009', `Client's advising appt is 3/19; I'll call after to see what she picked for fall.`, '-', 'P', false, [CT]),
  note(MN, 'career-pathways-college-mn-010', `Zoom w/ client 3/23 (she's in the online HIM program thru Bemidji State). Finished 2 of 4 spring courses (A, A-), working on the coding practicum. Asked about summer Pell - sent her to fin aid. Asked her for a copy of grades.`, 'T', 'P', true, []),
  note(MN, 'career-pathways-college-mn-011', `Sent client the summer registration link and my calendar link 3/25 to her college email. Bounced - mailbox full.`, 'E', 'P', false, [UA]),
  // Another participant's word in her own appointment is no contact with this client.
  note(MN, 'career-pathways-college-mn-012', `Another student on my caseload mentioned at her 3/26 appt that client has not been in the CNA lab since spring break.`, 'I', 'O', false, [TP]),
  note(MN, 'career-pathways-college-mn-013', `TC client 3/30 - passed CNA state test 3/28, applying at Essentia & Sanford.`, 'T', 'P', true, []),
  // A long day on the phone with the college about him, and the one call to him reached only his voicemail.
  note(MN, 'career-pathways-college-mn-014', `4/2 Spent most of the afternoon on client's file. Called the Diesel program coordinator at Minnesota North-Mesabi: client is passing 3 of 4 classes, DSL 1120 is at 64% and he needs a 70 to move on, final lab is 4/24. Coordinator says he's been on time since spring break and stays after for open lab. Financial aid says his summer Pell is estimated at $1,850 if he takes 6 credits, and SAP is fine. The bookstore still has his tool kit on hold from the ITA voucher; it has to be picked up by 4/15 or it goes back. Checked WF1: OST activity end date is 5/9, will need extending to August if he takes summer classes. Emailed the coordinator the release again since the old one expires in June. Called client 4/2 at 4:45 to go over all of this, went to VM, left msg to call me back.`, 'T', 'P', false, [UA]),
  note(MN, 'career-pathways-college-mn-015', `Student replied 4/6 to my email from 4/1: "Sorry for the delay! I got into the Rad Tech program for fall!! 1 of 18 spots. Still finishing prereqs, A&P II is a B+ so far."`, 'E', 'P', true, []),
];
