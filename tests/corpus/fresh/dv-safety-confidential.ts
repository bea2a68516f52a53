/**
 * Workforce staff serving survivors of domestic violence (fresh split: new voices, scored and listed but not floored
 * yet). The voice: an employment specialist co-located with a domestic-violence program, or a job-center case
 * manager trained to write "safety-first" notes: no locations, first initials, "safe to talk?" asked before anything
 * else, agreed code words ("wrong number", "is this the pharmacy?"), "do not leave VM", a safe number that is the
 * advocate's office, Safe at Home (address confidentiality in both Missouri and Minnesota) substitute addresses for
 * mail, orders for protection, shelter staff and legal advocates in the middle, sessions moved to a library study room.
 * Sources of realism: DV-informed case-management practice, where much of the record is deliberately sparse and
 * the advocate often carries messages both ways.
 * How the policy is read for the hard cases: a call the participant answers only to give the code word and hang up
 * is no conversation (an attempt); a session in which the advocate sits beside her and she speaks for herself is
 * her contact; the advocate, shelter staff or a legal advocate are another program's workers ("other") whatever
 * they pass on; a letter to the Safe at Home substitute address is a one-way letter until she answers it; a
 * session cancelled for safety did not take place.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'dv-safety-confidential';

export const NOTES: LabelledNote[] = [
  note(MO, 'dv-safety-confidential-mo-001', `Phone, 3/4/26, participant (J.) called from the advocate's office line as arranged. Asked safe to talk - yes. She is in week 3 of the Medical Billing & Coding course (online, Vatterott-style cert), 2 of 9 modules done with 88 and 91 on the quizzes. Laptop from supportive svcs working. Continue ITA per IEP; next call through the same line in 2 wks.`, 'T', 'P', true, []),
  // She answered, but only to give the agreed code and hang up: nothing was exchanged about her services.
  note(MO, 'dv-safety-confidential-mo-002', `TC to participant's cell 3/9 2:15p. She answered "sorry, wrong number" (agreed code: not safe) and hung up. No VM per safety plan.`, 'T', 'P', false, [UA]),
  note(MO, 'dv-safety-confidential-mo-003', `Advocate (R., shelter program) called 3/10: J. is ok, moved to a new unit, will call me when she can.`, 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'dv-safety-confidential-mo-004', `J. called 3/12 from a borrowed phone. Safe to talk, 10 min. Behind one module because of the move; instructor gave her until 3/26 for module 3. Still wants to finish by June. Continue ITA; supportive svc request for a prepaid phone submitted.`, 'T', 'P', true, []),
  note(MO, 'dv-safety-confidential-mo-005', `Mailed 90-day contact letter 3/16 to participant's Safe at Home substitute address (Jefferson City PO box). Asked her to call through the advocate line.`, 'L', 'P', false, [RP]),
  // A written reply through Safe at Home's forwarding, in her own words.
  note(MO, 'dv-safety-confidential-mo-006', `Letter from participant rec'd 4/2 via Safe at Home forwarding, answering my 3/16 letter. She wrote that she finished modules 3 and 4 (scores 84, 90), started a part-time job at a clinic front desk 20 hrs/wk, and wants to keep the coding course. Continue ITA per IEP; will reply by letter the same way.`, 'L', 'P', true, []),
  // Cancelled the day before: the meeting never took place.
  note(MO, 'dv-safety-confidential-mo-007', `In-person session scheduled 4/7 at the library study room - cancelled by participant through advocate 4/6 (safety concern, respondent seen in the area). Rescheduling.`, 'I', 'P', false, [UA]),
  note(MO, 'dv-safety-confidential-mo-008', `Met w/ participant 4/14, library study room (not her branch). Advocate R. present at participant's request; participant did the talking. Coding course: 5 of 9 modules, 87 avg. Clinic job going well, supervisor may move her to billing. OFP hearing 4/28 - she may miss one study week. Continue ITA and IEP goal (certified coder).`, 'I', 'P', true, []),
  note(MO, 'dv-safety-confidential-mo-009', `Legal advocate (county prosecutor's victim services) e-mailed 4/20 asking for a letter confirming participant's training schedule for court. Sent the letter to the legal advocate 4/21 with participant's signed release.`, 'E', 'O', false, [TP, PM, JM]),
  note(MO, 'dv-safety-confidential-mo-010', `TC participant 4/30 - no answer. Per safety plan no VM.`, 'T', 'P', false, [UA]),
  // Her text only set up a call, and the call did not reach her.
  note(MO, 'dv-safety-confidential-mo-011', `Participant texted the agency's Google Voice # 5/1 "call me at R's office 3pm". Called at 3, R. said J. had to leave early.`, 'T', 'P', false, [UA]),
  note(MO, 'dv-safety-confidential-mo-012', `Talked w/ J. 5/2 by phone (advocate line). OFP granted 4/28. Back on the coursework: module 6 done, 82. Clinic made her billing assistant 5/1, 30 hrs. Continue ITA per IEP.`, 'T', 'P', true, []),
  note(MO, 'dv-safety-confidential-mo-013', `Staffed participant's case w/ DV program's employment team 5/6 (no participant). Agreed: all contact through advocate line or in person at library.`, '-', '-', false, [CT, NS]),
  // "Came in" to the shelter's office, but the meeting was the shelter's own intake, not with the writer.
  note(MO, 'dv-safety-confidential-mo-014', `Shelter case mgr reported participant came in 5/8 for her shelter exit planning meeting; she is moving to transitional housing.`, '-', 'O', false, [TP, CT, PM, JM]),
  note(MO, 'dv-safety-confidential-mo-015', `Saw J. 5/13.`, 'I', 'P', true, [PM, JM, NS]),
  note(MO, 'dv-safety-confidential-mo-016', `Video call 5/20 (agency Teams, her camera off for safety, voice only). J. passed module 7 (90). Transitional housing is closer to the clinic; bus 20 min. Wants to sit the CPC exam in August. Continue ITA; exam voucher to be requested.`, 'T', 'P', true, []),
  note(MO, 'dv-safety-confidential-mo-017', `E-mailed participant 5/27 at the new safe e-mail she set up with the advocate, with the CPC exam info.`, 'E', 'P', false, [RP]),
  note(MO, 'dv-safety-confidential-mo-018', `Participant answered my 5/27 e-mail 5/28: "Got it. Module 8 done last night (85). Can we do the voucher paperwork at the library 6/3?" Replied yes, 10 am. Continue ITA per IEP.`, 'E', 'P', true, []),
  note(MO, 'dv-safety-confidential-mo-019', `Went to library 6/3 10:00 for voucher paperwork. J. did not come; advocate later said she had a court date change.`, 'I', 'P', false, [UA]),
  note(MO, 'dv-safety-confidential-mo-020', `Met J. 6/5 at the library. Signed the CPC voucher request. Module 9 done, course complete (final avg 87). Exam 8/14. Next: job search in coding while keeping clinic job. IEP updated.`, 'I', 'P', true, []),
  note(MO, 'dv-safety-confidential-mo-021', `Respondent called the job center 6/9 asking if J. "still goes there". Front desk gave no information, per protocol. Safety alert sent to advocate.`, 'T', 'O', false, [TP, PM, JM]),
  note(MN, 'dv-safety-confidential-mn-001', `Phone, 3/3/26 - client called me from the shelter's office phone. Safe to talk: yes. She's in week 6 of the Office Admin certificate at the CTC (evening), 100% attendance, A in keyboarding, B in Excel I. Childcare through the shelter. ISS reviewed and current.`, 'T', 'P', true, []),
  note(MN, 'dv-safety-confidential-mn-002', `Shelter advocate (M.) e-mailed 3/6: client asked her to say she's fine and will check in next week.`, 'E', 'O', false, [TP, PM]),
  // Someone else answered her phone and nothing reached her: an attempt.
  note(MN, 'dv-safety-confidential-mn-003', `Called client's cell 3/11. A man answered; I asked for "Kim from the pharmacy" per the safety plan script, he said wrong number. Ended call.`, 'T', 'P', false, [UA]),
  note(MN, 'dv-safety-confidential-mn-004', `Client called back 3/12 from the shelter office, said her phone had been taken for a day, she has it back now. Keeping up in class, Excel I midterm 86. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'dv-safety-confidential-mn-005', `Letter mailed 3/20 to client's Safe at Home designated address with the April WIOA check-in date.`, 'L', 'P', false, [RP]),
  note(MN, 'dv-safety-confidential-mn-006', `Met with client 4/2 in the shelter's private office; her advocate sat in for the first 5 minutes and left. Client reports she missed 2 classes in March (court), made up the work. Excel I final Thursday. Talked about a work-study job on campus. ISS reviewed; WF1 activities match.`, 'I', 'P', true, []),
  note(MN, 'dv-safety-confidential-mn-007', `4/9 - client's OFP hearing day; advocate asked me not to call this week.`, '-', '-', false, [CT, NS]),
  note(MN, 'dv-safety-confidential-mn-008', `Instructor (Office Admin program) e-mailed 4/14: client's attendance 92%, Excel I final 88, enrolled in spring term courses.`, 'E', 'V', false, []),
  // Replied in a thread from the safe e-mail account, with her own news.
  note(MN, 'dv-safety-confidential-mn-009', `Client replied 4/16 to my 4/15 e-mail from her new account: "Hi, yes I got the work-study job at the library front desk, 12 hrs a week starting Monday. Spring classes start 4/21. Thank you for the bus card." Saved to file. ISS updated with work-study.`, 'E', 'P', true, []),
  note(MN, 'dv-safety-confidential-mn-010', `Texted client 4/23 on the new number asking when is safe to talk. Delivered, no reply.`, 'E', 'P', false, [RP]),
  // A minute's real conversation with her own voice: a contact, however thin.
  note(MN, 'dv-safety-confidential-mn-011', `Client called 4/25, could only talk a minute - "can't talk now, I'm ok, I'll call Monday". No other info.`, 'T', 'P', true, [PM, NS]),
  note(MN, 'dv-safety-confidential-mn-012', `Monday 4/28 client called as promised, 20 min. Moved out of shelter to a Safe at Home address; kept her spring classes (Business Writing, Excel II), work-study 12 hrs going well. Childcare assistance pending at the county. ISS updated: housing goal met.`, 'T', 'P', true, []),
  note(MN, 'dv-safety-confidential-mn-013', `County CCAP worker called 5/2 - needs client's class schedule for childcare. Sent it with the release on file.`, 'T', 'O', false, [TP, PM]),
  note(MN, 'dv-safety-confidential-mn-014', `Appt 5/7 at the WFC - client no call/no show. Advocate unaware of any problem. Will try the agreed text.`, 'I', 'P', false, [UA]),
  // The code text was answered in writing with her own news, and the thread went back and forth.
  note(MN, 'dv-safety-confidential-mn-015', `5/8 client texted back to the agreed text ("pharmacy refill ready"): "car broke down yesterday sorry. class ok, Excel II quiz 9/10". I replied with the gas card/repair info. She wrote back "ok will come Fri".`, 'E', 'P', true, []),
  note(MN, 'dv-safety-confidential-mn-016', `Client's sister called the WFC 5/12 asking for client's new address. No information given. Client notified through advocate.`, 'T', 'O', false, [TP, PM]),
  note(MN, 'dv-safety-confidential-mn-017', `Met client 5/16 at the WFC (back entrance, per plan). She brought the repair estimate. Midterms: Business Writing B, Excel II A-. Work-study continues 12 hrs. Supportive svc for car repair approved. ISS reviewed.`, 'I', 'P', true, []),
  note(MN, 'dv-safety-confidential-mn-018', `DV program's monthly employment roundtable 5/20: client's name on the agenda, not present.`, '-', '-', false, [CT, NS]),
  note(MN, 'dv-safety-confidential-mn-019', `Tried client 5/28 at 4 pm (the safe window). Phone off.`, 'T', 'P', false, [UA]),
  note(MN, 'dv-safety-confidential-mn-020', `Contact with client by phone 5/30. Spring term ends 6/12, on track to finish the certificate in December. Wants summer hours at the library raised to 20. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'dv-safety-confidential-mn-021', `Advocate left me a voice message 6/2 that client passed her Excel II final.`, 'T', 'O', false, [TP]),
];
