/**
 * Notes written as questions and answers or as a filled-in script (fresh split: new voices, scored and listed but not
 * floored yet). The voice: "Q: … A: …", "Asked: … Response: …", numbered 90-day questionnaires, the agency's call
 * script with each question's answer (or "not reached") after it, question lists e-mailed or texted to the
 * participant, questions prepared for a visit, mock interviews, employer verification scripts. Sources of realism:
 * agencies that hand staff a contact script or a review questionnaire, and youth programs that text a numbered
 * check-in ("reply 1-2-3").
 * A question is not an answer: a list of questions sent, prepared or read to voicemail is no contact. Answers count
 * only when they are the participant's; answers given by a spouse, a parent, an instructor or HR are someone
 * else's, and a script whose answers say "not reached" records attempts.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'qa-interview-format';

export const NOTES: LabelledNote[] = [
  note(MO, 'qa-interview-format-mo-001', `Q: How is training going?\nA: Good, on week 5 of CDL-A at Crowder, passed pre-trip inspection 3/2.\nQ: Any barriers?\nA: Needs DOT physical renewed.\nTC 3/4 w/ cust. Cont ITA per IEP; DOT voucher issued.`, 'T', 'P', true, []),
  note(MO, 'qa-interview-format-mo-002', `Questions e-mailed to cust 3/5 for 90-day review:\n1. Current attendance?\n2. Grades this term?\n3. Any barriers (transportation, childcare)?\n4. Expected completion date?\nAwaiting answers.`, 'E', 'P', false, [RP]),
  note(MO, 'qa-interview-format-mo-003', `Cust's e-mailed answers 3/8 to the 3/5 questions:\n1. Attendance - missed 1 day (sick)\n2. Grades - A in A&P, B+ in Med Term\n3. Barriers - none right now\n4. Completion - August\nCont ITA per IEP.`, 'E', 'P', true, []),
  note(MO, 'qa-interview-format-mo-004', `Texted cust 3/9 (90-day script):\n"Hi, this is Carla w/ the Job Center. 1) Are you still attending? 2) Any new job? 3) Anything you need from us? Reply or call 417-555-0162."\nNo reply.`, 'E', 'P', false, [RP]),
  note(MO, 'qa-interview-format-mo-005', `Asked: Still working at Lowe's? Response: (none - call went to VM 3/10, LM)`, 'T', 'P', false, [UA]),
  // The wife's answers are hers: an alternate contact, with attendance she believes and no grades.
  note(MO, 'qa-interview-format-mo-006', `Q/A with cust's wife 3/11 (cust at work, TC):\nQ: Is he still in the welding program?\nA: "Yes, he goes every night."\nQ: Grades?\nA: "I don't know, you'd have to ask him."`, 'T', 'A', false, [TP, JM]),
  note(MO, 'qa-interview-format-mo-007', `OV 3/13 - 90 day review interview\nQ: What have you done since last contact?\nA: Finished Microsoft Excel course (cert 3/10), applied to 8 admin jobs.\nQ: Interviews?\nA: One at Mercy billing 3/18.\nQ: Needs?\nA: Interview clothes.\nCM: referred to Dress for Success. Cont job search asst per IEP.`, 'I', 'P', true, []),
  note(MO, 'qa-interview-format-mo-008', `TC w/ Ozarks Tech instructor (B. Hale) 3/16, cust in lab.\nAttendance? 95%, 1 tardy.\nGrades? Midterm 84, lab practical passed.\nOn track to finish? Yes, 5/9.\nCont ITA per IEP.`, 'T', 'V', true, []),
  note(MO, 'qa-interview-format-mo-009', `Questions for 3/20 OV:\n- Did you finish the CNA skills lab?\n- When is your state test?\n- Do you still need gas assistance?`, '-', 'P', false, [CT]),
  note(MO, 'qa-interview-format-mo-010', `3/20 OV - cust NS. Questions above not asked. Will call.`, 'I', 'P', false, [UA]),
  note(MO, 'qa-interview-format-mo-011', `Q: Did you get the job at FedEx? A: "Yes, started Monday 3/23, $19.50, days." - cust TC 3/25. Moved to follow-up per IEP.`, 'T', 'P', true, []),
  note(MO, 'qa-interview-format-mo-012', `Mock interview 3/26 in office w/ cust:\nQ (CM as interviewer): Why do you want to work at Hy-Vee?\nA: "I like helping people and I worked in a deli before."\nQ: Tell me about a conflict at work.\nA: Gave a STAR answer, good detail.\nFeedback given: slow down, eye contact. Real interview at Hy-Vee 3/30. Cont job search asst per IEP.`, 'I', 'P', true, []),
  note(MO, 'qa-interview-format-mo-013', `Survey sent via mail 3/30 (90-day questionnaire: attendance, grades, barriers, employment). Return envelope incl.`, 'L', 'P', false, [RP]),
  note(MO, 'qa-interview-format-mo-014', `Questionnaire returned by mail 4/8 - cust's answers: attending M-F, 2 absences, grades "all B's", no barriers, no job yet, wants help w/ externship placement. Cont ITA per IEP.`, 'L', 'P', true, []),
  // HR confirms one fact and withholds the rest; nothing gives a reason to continue services.
  note(MO, 'qa-interview-format-mo-015', `Employer verification call 4/10 - Q: Is Marcus Reed employed there? A (HR, Tyson Foods): Yes, since 3/23, 2nd shift sanitation. Q: Hours/wage? A: Would not release wage without a signed release.`, 'T', 'V', false, [TP, JM]),
  // The script read to nobody; the instructor's roster is history, not a contact in this note.
  note(MO, 'qa-interview-format-mo-016', `90-DAY CONTACT SCRIPT (WIOA Adult) - 4/14\nCall attempt 1: 9:05 am, 573-555-0118 → VM, LM\nCall attempt 2: 2:40 pm → no answer\n\n1. "How is your training going?" - not reached\n2. "How many hours/days did you attend this month?" - not reached\n3. "Have you taken any tests or earned any credentials?" - not reached\n4. "Are you working? Where, how many hours, what wage?" - not reached\n5. "Do you have any barriers: transportation, childcare, housing, health?" - not reached\n6. "Do you need supportive services?" - not reached\n7. "When can we meet next?" - not reached\n\nCM comments: Third week with no contact. Per instructor's attendance roster (e-mailed 4/10), cust last attended 3/31. Letter to follow if no call back by 4/17; soft exit date 5/20.`, 'T', 'P', false, [UA]),
  note(MN, 'qa-interview-format-mn-001', `Monthly contact - TC 3/3\nQ: How's work? A: Good, 36 hrs/wk at Marvin Windows, got a $0.50 raise.\nQ: Still want the CNC class? A: Yes, fall.\nISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'qa-interview-format-mn-002', `Monthly check-in questions sent by e-mail 3/4: How is class going? Any grades? Anything you need? - No reply.`, 'E', 'P', false, [RP]),
  note(MN, 'qa-interview-format-mn-003', `Asked: "Are you still in the GED class?" Response: "Yes, passed science 3/2, social studies next." (In person at ALC 3/5.)`, 'I', 'P', true, []),
  note(MN, 'qa-interview-format-mn-004', `Q: anything new?\nA: no\nTC 3/9`, 'T', 'P', true, [PM, NS]),
  note(MN, 'qa-interview-format-mn-005', `Sent the monthly youth check-in text 3/10:\n"Hi Deshawn! Monthly check in: 1) school going ok? 2) still at Culver's? 3) need anything? reply 1-2-3 :)"\n3/13 - still no reply. Will try TC.`, 'E', 'P', false, [RP]),
  note(MN, 'qa-interview-format-mn-006', `Deshawn replied to 3/10 text on 3/14: "1) yea passing everything 2) yes 15 hrs 3) bus card". Bus card mailed. ISS goals on track.`, 'E', 'P', true, []),
  // Her mother answered the youth's phone: the answers are the mother's, and the youth was not reached.
  note(MN, 'qa-interview-format-mn-007', `TC 3/16 - youth's mom answered.\nQ: Is Kayla still going to school?\nA: "Most days."\nQ: Can she call me?\nA: "I'll tell her."`, 'T', 'P', false, [UA]),
  note(MN, 'qa-interview-format-mn-008', `E-mail Q&A w/ Pine Tech instructor 3/18:\nQ: attendance? A: 100% in Feb/Mar\nQ: on track? A: yes, welding cert test 4/22\nNo contact w/ client yet this month.`, 'E', 'V', false, []),
  note(MN, 'qa-interview-format-mn-009', `OV 3/20 intake-style interview\nWhat's changed since last month? - "Moved in with my sister in Moorhead."\nWork? - applied at Sanford & CHI, interview at Sanford 3/24\nTraining interest? - phlebotomy at M State\nNew address updated in WF1. ISS updated w/ phlebotomy goal.`, 'I', 'P', true, []),
  note(MN, 'qa-interview-format-mn-010', `Questions to ask at April monthly (OV 4/7 booked):\n- paystubs?\n- still 30 hrs?\n- CDL interest?`, '-', 'P', false, [CT]),
  note(MN, 'qa-interview-format-mn-011', `Zoom 3/24.\nInterviewer (CM): How are the online classes?\nClient: Finished Module 3 of Medical Admin Asst (Rasmussen), 89% avg.\nInterviewer: Externship?\nClient: Starts May.\nISS reviewed, no changes.`, 'T', 'P', true, []),
  // Another agency's intake answers, passed on by its counselor: someone else's interview.
  note(MN, 'qa-interview-format-mn-012', `VR counselor (Jill Nyberg, VRS) e-mailed 3/26 her intake Q&A with client: goal "pharmacy tech", barriers "no license", will co-enroll. Have not talked w/ client this month.`, 'E', 'O', false, [TP, PM]),
  note(MN, 'qa-interview-format-mn-013', `Asked client (TC 3/30) if she'd done the Indeed assessments: "No, didn't have time." Asked about job search: "Haven't applied anywhere this month." Discussed a 3 apps/wk goal; ISS updated.`, 'T', 'P', true, []),
  note(MN, 'qa-interview-format-mn-014', `Q: still at Walmart DC? A: yes, 40 hrs, moved to days\nQ: forklift cert? A: done, card in file\n(client TC)`, 'T', 'P', true, [DM], { noDateField: true }),
  note(MN, 'qa-interview-format-mn-015', `Call script - 4/2 - rang 8x, no VM set up. Q1-Q6 not asked.`, 'T', 'P', false, [UA]),
  // The spouse answered his phone and gave every answer: the client was not reached (an attempt), whatever she knew.
  note(MN, 'qa-interview-format-mn-016', `MONTHLY CONTACT - INTERVIEW FORM (WIOA DW)\nDate: 04/15/2026   Method: Phone   Interviewer: T. Lindqvist\n\n1. How are you doing in your training program?\n   Answer (from spouse, Rachel, who answered his cell): "He's at the lineworker yard all day, they don't let them have phones."\n2. Attendance this month?\n   Spouse: "I think he hasn't missed any."\n3. Grades / tests?\n   Spouse did not know.\n4. Employment?\n   Not asked.\n5. Barriers / supportive services?\n   Spouse says the truck needs tires before the trip to the Fargo climbing school 4/27.\n6. Next contact?\n   Spouse will have him call after 5 pm.\n\nNotes: Client not available; all answers above are the spouse's. Did not speak with client. No call back as of 4/16 noon. Will try client's cell again 4/17 evening. ISS not reviewed with client.`, 'T', 'A', false, [UA]),
];
