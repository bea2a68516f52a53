/**
 * Case managers whose first language is Bosnian or Ukrainian, writing English with its grammar and false friends
 * (locked split, batch 13: scored and floored, aggregates only): a job-center case manager in South St. Louis who
 * came as a refugee in the 1990s and serves the Bosnian community (truck drivers, CNAs, welders, bakers on Gravois),
 * and a case manager in Northeast Minneapolis serving Ukrainians paroled under Uniting for Ukraine and others. The
 * voice: dates written day first (12.03.2025), "called to client", "was on appointment", no articles or the wrong
 * ones, "until now he did not call", and false friends read as the writer means them: "she fell on the exam" (pala
 * je: failed), "actual grade" (current), "eventually" (possibly), "concurs" (a job posting), "social number",
 * "abonent is not available" and "out of network zone" (the phone is off or out of coverage), "not on connection"
 * (unreachable); messages in Viber and Telegram, seen and unseen, voice messages, SMS, WES diploma evaluations.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them, reading each false friend as the writer means it. A call or meeting with the client is a contact; a
 * Viber or Telegram message is a written one and needs the client's answer; a voice message the client leaves is a
 * message left; "only short greetings" after a meeting is no exchange. A nursing instructor and an ESL teacher are
 * the provider and a husband listed on the plan the alternate (Missouri: counts with substantive progress and a
 * reason to continue, §2.2; Minnesota: recorded, never the monthly contact); a wife not in the program and a
 * diploma evaluator are someone else.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l13-slavic-calques';
export const BATCH = 13;

export const NOTES: LabelledNote[] = [
  note(MO, 'l13-slavic-calques-mo-001', `03.03.2025 Client Senad was on appointment in office. He is in CDL school on Hall Street, finished 3 weeks from 4, passed pre-trip, backing still is problem, instructor gives him extra hours. ITA continues until he makes skills test 20.03, after that we look for job on concurs at trucking companies. Next contact after test. —A.H.`, 'I', 'P', true),
  // "Fell on the exam" is Bosnian for failed it: bad news is still progress reported in a real call.
  note(MO, 'l13-slavic-calques-mo-002', `05.03.2025 I called to client Lejla, we spoke 15 minutes. She fell on CNA state exam, skills part; written part she passed. She will repeat skills 24.03. She is upset but wants to continue. Training continues, ITA covers retake fee one time. I will call her after retake. —A.H.`, 'T', 'P', true),
  // "Abonent is not available" is the carrier's recording: no one answered; the SMS is the last thing tried.
  note(MO, 'l13-slavic-calques-mo-003', `06.03.2025 Called to client Mirza two times (10:00, 14:30), message says abonent is not available. Sent SMS in Bosnian to call me. —A.H.`, 'E', 'P', false, [UA, RP]),
  // A status line: the SMS of 6.3 still has no answer.
  note(MO, 'l13-slavic-calques-mo-004', `10.03.2025 Mirza until now did not call back, SMS without answer. —A.H.`, 'E', 'P', false, [RP]),
  // "Actual grade" is her current grade; "eventually" means possibly. The instructor's report is substantive.
  note(MO, 'l13-slavic-calques-mo-005', `11.03.2025 Client is on clinical practice whole day, so I called to instructor gospođa Kovač at nursing program (St. Louis CC Forest Park). Instructor says Amela has actual grade 88% in Med-Surg, attendance complete, clinical evaluation good. Eventually she will finish in May, depends on last exam. ITA continues to end of program. —A.H.`, 'T', 'V', true),
  // The husband is the alternate in the IEP, but "everything is okay with school" is no substantive progress.
  note(MO, 'l13-slavic-calques-mo-006', `12.03.2025 Called Amela home, husband Edin picked up (he is alternate contact in IEP). He says she is on practice and "everything is okay with school". —A.H.`, 'T', 'A', false, [TP, PM, JM, NS]),
  note(MO, 'l13-slavic-calques-mo-007', `13.03.2025 Amela called me back in evening (18:10), 10 min. She confirmed clinicals at Barnes finished 90 from 120 hours, last exam is 2.05. She needs gas card because clinical site is far. Support services continue with ITA. —A.H.`, 'T', 'P', true),
  note(MO, 'l13-slavic-calques-mo-008', `14.03.2025 Wrote to client Haris in Viber about timesheet for OJT. Viber shows seen at 9:14, no answer. —A.H.`, 'E', 'P', false, [RP]),
  note(MO, 'l13-slavic-calques-mo-009', `17.03.2025 Haris answered in Viber: OJT at auto body shop going good, he finished 160 hours from 480, boss teaches him frame machine, he sent photo of signed timesheet. I answered him thanks and that OJT contract continues until 30.06. —A.H.`, 'E', 'P', true),
  // Her son's appointment with another case manager; a hello in the lobby is no exchange with her.
  note(MO, 'l13-slavic-calques-mo-010', `18.03.2025 Client Fatima came to office but appointment was for her son Adnan (WIOA youth, other CM). She waited with him in lobby. I only said hello to her. —A.H.`, 'I', 'P', false),
  note(MO, 'l13-slavic-calques-mo-011', `19.03.2025 Eventually next week I will visit Fatima at her work (bakery on Gravois) if she agrees. —A.H.`, '-', 'P', false, [CT]),
  note(MO, 'l13-slavic-calques-mo-012', `20.03.2025 Client Nermin was in office with his wife because of translation of documents. His social number 499-27-6650 was wrong in Toolbox (one digit), I corrected. He finished first semester of welding at Ranken with B, now he is in second semester, 3 days in week. ITA continues for second semester. —A.H.`, 'I', 'P', true, [PII]),
  note(MO, 'l13-slavic-calques-mo-013', `21.03.2025 Letter for client Dino returned with stamp "Return to sender, not deliverable as addressed". —A.H.`, 'L', 'P', false, [UA]),
  note(MO, 'l13-slavic-calques-mo-014', `24.03.2025 Talked with Senad by phone. All is good. —A.H.`, 'T', 'P', true, [PM, JM, NS]),
  // His own text with his result is a written message from him; the call after, put off while he drove, undoes nothing.
  note(MO, 'l13-slavic-calques-mo-015', `25.03.2025 Senad sent me SMS: "Passed skills test today, CDL in hand". I called him back at 16:00 but he was driving, said he will call tomorrow. —A.H.`, 'E', 'P', true, [JM]),
  note(MO, 'l13-slavic-calques-mo-016', `26.03.2025 Information session in Bosnian at community center, 30 persons. Client Mirza was there, after session we spoke 10 minutes alone: he finished forklift certificate 28.02 (our ITA), lost job at warehouse 01.03, now wants CDL like his cousin. I explained him next steps for dislocated worker training, he brings documents Monday. —A.H.`, 'I', 'P', true),
  note(MO, 'l13-slavic-calques-mo-017', `27.03.2025 Sent email to Lejla about retake result. Came automatic answer "Na godišnjem sam odmoru do 31.03." (I am on vacation until 31.03). —A.H.`, 'E', 'P', false, [RP]),

  note(MN, 'l13-slavic-calques-mn-001', `04.03.2025 Client Taras was on consultation in office. He finished first module of CDL-A at the driving school in Inver Grove Heights, passed permit test from second try. Documents for EAD extension he gave, I made copies. ISS reviewed, WF1 activity correct. —O.P.`, 'I', 'P', true),
  // "Out of network zone" is the carrier's message; one checkmark in Telegram means not delivered.
  note(MN, 'l13-slavic-calques-mn-002', `05.03.2025 Client Iryna is not on connection already one week. Phone: "subscriber is out of network zone". Wrote in Telegram, message not delivered (one checkmark). —O.P.`, 'E', 'P', false, [UA]),
  note(MN, 'l13-slavic-calques-mn-003', `07.03.2025 Iryna answered in Telegram, she was in hospital with daughter, now all is okay. She returned to English classes at Minneapolis College (ESL level 3), missed 4 classes, teacher gave her homework. She asks if she can still start Medical Assistant program in summer. I answered yes if she finishes ESL level. ISS reviewed. —O.P.`, 'E', 'P', true),
  note(MN, 'l13-slavic-calques-mn-004', `10.03.2025 ESL teacher wrote email: Iryna actual attendance 82%, CASAS reading 221. —O.P.`, 'E', 'V', false),
  note(MN, 'l13-slavic-calques-mn-005', `11.03.2025 WES sent by email evaluation of diploma of client Andriy (Kyiv Polytechnic, engineer): equivalent to US bachelor degree in electrical engineering. Copy in file. —O.P.`, 'E', 'O', false),
  note(MN, 'l13-slavic-calques-mn-006', `12.03.2025 Andriy was in office, we discussed evaluation from WES. He wants to make FE exam in May, already prepares by online course, practice test result 64%. Now works in warehouse nights. ISS updated: goal engineering job. —O.P.`, 'I', 'P', true),
  note(MN, 'l13-slavic-calques-mn-007', `13.03.2025 Called to Taras, he picked up but said he is on driving lesson and cannot speak, asked to call tomorrow. —O.P.`, 'T', 'P', false, [UA]),
  note(MN, 'l13-slavic-calques-mn-008', `14.03.2025 Called to Taras in agreed time 10:00, did not pick up. Left voice message. —O.P.`, 'T', 'P', false, [UA]),
  // His wife is not in the program; her news is her word, and the request that he call is a message left.
  note(MN, 'l13-slavic-calques-mn-009', `17.03.2025 Wife of Taras called me (she is not in program), said Taras passed skills test and got CDL, asks about job in trucking companies for him. I asked that Taras call me himself. —O.P.`, 'T', 'O', false, [UA]),
  note(MN, 'l13-slavic-calques-mn-010', `18.03.2025 Taras called back. He confirmed, CDL-A received 14.03. He has offer from company in Shakopee (regional, home every weekend), starts 31.03, $26/hour training pay. We close training activity in WF1 and open follow-up. —O.P.`, 'T', 'P', true),
  note(MN, 'l13-slavic-calques-mn-011', `19.03.2025 Spoke with Olena by phone, everything normal. —O.P.`, 'T', 'P', true, [PM, NS]),
  // A meeting she ran for 25 people; greetings at the door are no exchange with either client.
  note(MN, 'l13-slavic-calques-mn-012', `20.03.2025 Made information meeting about WIOA in Ukrainian church hall in Northeast, 25 persons. Olena and Iryna were present. After meeting only short greetings, they hurried to bus. —O.P.`, 'I', 'P', false),
  note(MN, 'l13-slavic-calques-mn-013', `21.03.2025 Sent letter to client Dmytro 03.03 (his phone does not work). He answered by email 20.03: he moved to Rochester to cousin, works at the hospital in environmental services 40 hours, wants to continue ESL online. I will transfer his case to Rochester office after his agreement. —O.P.`, 'E', 'P', true),
  // A voice message is a message left, however good the news; her callback in Viber went unanswered.
  note(MN, 'l13-slavic-calques-mn-014', `24.03.2025 Client Olena sent voice message in Viber (1:40): she passed CNA exam and starts work in nursing home in April. I called her back in Viber, no answer. —O.P.`, 'T', 'P', false, [UA]),
  // The dates here are the exam and the start of work; the visit itself has none, on a screen with no date field.
  note(MN, 'l13-slavic-calques-mn-015', `Olena came to office with her CNA certificate, she passed exam 21.03, begins work in nursing home 07.04 on 32 hours. Activity in WF1 changed to employment. —O.P.`, 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'l13-slavic-calques-mn-016', `26.03.2025 Client Yurii in office: he received SSN card, number 786-41-0923, I entered in WF1. He started Welding at Saint Paul College 10.03, 2 weeks, full attendance, first test 90%. ISS reviewed. —O.P.`, 'I', 'P', true, [PII]),
  // He came a day early while she was away; the reception desk handed him a card. No exchange with her.
  note(MN, 'l13-slavic-calques-mn-017', `27.03.2025 Andriy came to office today but appointment is 28.03, I was on training in St. Paul whole day. Reception gave him my card. —O.P.`, 'I', 'P', false),
];
