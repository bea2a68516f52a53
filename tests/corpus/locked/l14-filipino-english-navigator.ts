/**
 * Filipino-born healthcare career navigators (locked split, batch 14: scored and floored, aggregates only): nurses
 * trained in Manila and Iloilo who now guide WIOA participants into patient care tech, medical assistant, CNA, LPN
 * and RN programs for a Kansas City healthcare workforce partnership (Penn Valley, a career school, Concorde) and
 * for CareerForce in Rochester and North Minneapolis (Hennepin Tech, the hospitals, an internationally educated nurse
 * reviewing for the NCLEX). Their English is the Philippines': "as per her", "already" and "for the meantime",
 * "will just", "kindly", "noted", "reverted" (replied), "for follow-up", "did not push through", a phone "closed"
 * (switched off) or "cannot be reached", no "load" (prepaid credit), "seenzoned" (read and not answered), "PM'd" (a
 * private message, not the afternoon), the cohort's GC (group chat), "po" and "ma'am" quoted from participants,
 * "nosebleed" for very hard English, Messenger and Viber, the church's bazaar.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them, reading each idiom as the writer means it. A talk face to face, by phone or by a Messenger video call is
 * a contact; a phone closed or unattended, a call answered only to say "I will just call you back", a heart on a
 * group-chat post, "noted" to a schedule, a message that only moves a meeting, and news the participant sends that
 * answers nothing the writer asked and gets no answer back are not. A message or e-mail counts when it replies to
 * the writer's with news. A program coordinator or instructor is the provider and a wife named on the ISS the
 * alternate (Missouri: counts with substantive progress and a reason to continue, §2.2; Minnesota: recorded, never
 * the monthly contact); a husband not named as alternate, another participant and a hospital's recruiter are
 * someone else.
 */
import { MO, MN, UA, RP, TP, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l14-filipino-english-navigator';
export const BATCH = 14;

export const NOTES: LabelledNote[] = [
  note(MO, 'l14-fil-01', "03/02/2026 - Face to face with client Marites Dela Cruz at KC office. She is enrolled already in the PCT (Patient Care Tech) program at Penn Valley, started 2/23. As per her, first week is okay, she passed the BLS already. She is worried about the EKG part, I advised her to use the open lab Wednesdays. For follow-up on 3/16.", 'I', 'P', true),
  note(MO, 'l14-fil-02', "03/09/2026 - Called Marites, number cannot be reached. Will just try again tomorrow.", 'T', 'P', false, [UA]),
  // "PM'd" is a private message; "seenzoned" means read with no reply.
  note(MO, 'l14-fil-03', "03/10/2026 - I PM'd Marites on FB Messenger at 3 PM regarding her EKG quiz. She seenzoned me (Seen 4:12 PM, no reply).", 'E', 'P', false, [RP]),
  // Her Messenger answer to the writer's message carries the quiz score: a written reply.
  note(MO, 'l14-fil-04', "03/11/2026 - Marites reverted via Messenger this AM: 'Sorry po ma'am, I have no load. I passed the EKG quiz 84%, next is phlebotomy.' I replied noted and congratulated her. She stays on the ITA until the CPCT exam.", 'E', 'P', true),
  // The coordinator gives attendance, a score, the schedule and the exam, and why support continues (§2.2).
  note(MO, 'l14-fil-05', "03/16/2026 - Spoke with Ms. Ortega, PCT program coordinator at Penn Valley, by phone. As per her, Marites attendance is 100% (24/24 hrs this block), EKG quiz 84%, phlebotomy lab starts 3/23, on track to finish 5/15 and sit for the NHA CPCT. Marites needs continued WIOA support (ITA, uniform, exam fee) until completion. Will see Marites on 3/30.", 'T', 'V', true),
  note(MO, 'l14-fil-06', "03/17/2026 - Emailed Ms. Ortega for Marites' grades. She reverted: 'She's doing fine.'", 'E', 'V', false, [TP]),
  note(MO, 'l14-fil-07', "03/30/2026 - Marites did not come for our 10 AM appointment. Waited 30 mins. Texted her, delivered, no reply as of 5 PM.", 'I', 'P', false, [UA, RP]),
  // The husband is not her alternate contact: his word.
  note(MO, 'l14-fil-08', "03/31/2026 - Marites' husband Jun called the office. As per him Marites is in the hospital since 3/29 for appendectomy, she will call when discharged. He is not her alternate contact.", 'T', 'O', false),
  note(MO, 'l14-fil-09', "04/06/2026 - Marites came to the office already, discharged 4/2. She will miss 1 week of phlebotomy lab, Ms. Ortega allowed make-up on 4/13-4/14. She brought her medical certificate for the file, her SSN 078-05-1120 is on the hospital paper so I blacked it out before scanning. For follow-up on 4/20.", 'I', 'P', true, [PII]),
  note(MO, 'l14-fil-10', "02/17/2026 - TC with Reynaldo Bautista 7:45 PM after his shift. He is in the LPN program at Concorde KC, term 2 of 4, GPA 3.4. Pharmacology is 'nosebleed' as per him, 79 on the midterm. He is working PRN as CNA on weekends. I told him about the tutoring center. Next TC 3/17.", 'T', 'P', true),
  note(MO, 'l14-fil-11', "03/17/2026 - Called Reynaldo, he answered but he was in clinicals, he said 'Ma'am I will just call you back later.' No callback as of 9 PM.", 'T', 'P', false, [UA]),
  // A heart reaction on a group-chat reminder is no reply.
  note(MO, 'l14-fil-12', "03/18/2026 - Posted in our LPN cohort GC (WIOA participants, 7 members): reminder to submit March attendance. Reynaldo reacted with a heart. No message.", 'E', 'P', false, [RP]),
  // Another participant repeating what Reynaldo told her is hearsay.
  note(MO, 'l14-fil-13', "03/19/2026 - Rowena Santos (also my participant) said Reynaldo told her he passed the pharmacology final. Not yet confirmed with Reynaldo.", 'I', 'O', false),
  note(MO, 'l14-fil-14', "03/20/2026 - Emailed Reynaldo 3/18 for his term 2 grades. He reverted 3/20 with screenshot: Pharmacology B (84), Med-Surg I B+, attendance 98%. Term 3 starts 4/6. Noted. Will process ITA payment for term 3.", 'E', 'P', true),
  note(MO, 'l14-fil-15', "01/08/2026 - Letter sent to Rowena Santos 12/15/2025 returned by USPS 'Unable to forward'. As per her FB she moved to Independence already.", 'L', 'P', false, [UA]),
  note(MO, 'l14-fil-16', "01/12/2026 - Rowena walked in. Updated her address (Independence). She is in week 2 of the MA program at the career school, attendance 8/8 days. No registration yet for her car so she is commuting by bus 1.5 hrs, requested bus pass. Plan: complete MA by June then externship. Next F2F 2/9.", 'I', 'P', true),
  // A live Messenger video call is a two-way call.
  note(MO, 'l14-fil-17', "02/09/2026 - Video call via Messenger with Rowena (she has flu, cannot come), 15 mins. She is doing the modules online for the meantime, 3 of 4 done for the week, instructor gave her extension. Still needs the bus pass for March. Next F2F 2/23.", 'T', 'P', true),
  note(MN, 'l14-fil-18', "10/01/2025 - F2F with client Jerome Villanueva at Rochester CareerForce. Internationally educated nurse (BSN Philippines), CGFNS done already, reviewing for NCLEX 3 hrs/day on UWorld, 58% average. Working as CNA at a nursing home while reviewing. Target NCLEX 12/2025. For follow-up next month.", 'I', 'P', true),
  note(MN, 'l14-fil-19', "10/15/2025 - Texted Jerome regarding the NCLEX fee voucher. Unattended, not yet seen.", 'E', 'P', false, [RP]),
  note(MN, 'l14-fil-20', "10/16/2025 - Jerome called me. He received the ATT already from Pearson, he will take NCLEX 12/4. UWorld average now 62%. Requested exam fee support, I will process.", 'T', 'P', true),
  // A phone "closed" is switched off.
  note(MN, 'l14-fil-21', "11/05/2025 - Called Jerome at 2 PM. His phone is closed, he is on night shift.", 'T', 'P', false, [UA]),
  // The wife is the alternate on the ISS: recorded in Minnesota, never the monthly contact.
  note(MN, 'l14-fil-22', "11/06/2025 - Talked with Jerome's wife Liza (alternate contact on ISS) at the Christmas bazaar planning at church. As per her, Jerome is reviewing every day, he passed 2 readiness assessments ('high chance').", 'I', 'A', false),
  // His Viber message is news, but it answers nothing the writer sent and her reply got no answer.
  note(MN, 'l14-fil-23', "12/05/2025 - Jerome messaged me on Viber: 'Ma'am the NCLEX shut off at 85 items.' I replied 'Congrats in advance! Kindly update me when you get the quick results.'", 'E', 'P', false),
  note(MN, 'l14-fil-24', "12/08/2025 - Jerome called, he PASSED the NCLEX-RN already (quick results). He will apply for MN RN license and at Mayo. I informed him of the resume review 12/15.", 'T', 'P', true),
  // The review did not push through; "noted po" only accepts the new date.
  note(MN, 'l14-fil-25', "12/15/2025 - Resume review with Jerome did not push through, he had a sudden shift. Rescheduled via text to 12/22, he said 'noted po'.", 'E', 'P', false),
  note(MN, 'l14-fil-26', "12/19/2025 - Email from Mayo talent acquisition: Jerome is scheduled for panel interview 1/6/2026 for the RN residency.", 'E', 'O', false),
  note(MN, 'l14-fil-27', "09/08/2025 - F2F with Analyn Reyes at CareerForce North Mpls. She started practical nursing at Hennepin Tech 8/25, 2 weeks in, attendance complete, Fundamentals quiz 88. She needs childcare for her 2 kids during clinicals. CCAP referral done. Next: 10/6.", 'I', 'P', true),
  note(MN, 'l14-fil-28', "09/22/2025 - TC with Hennepin Tech PN instructor re: Analyn. Attendance 100%, she's doing well in Fundamentals.", 'T', 'V', false),
  // She phoned the front desk to cancel; the writer never spoke with her.
  note(MN, 'l14-fil-29', "10/06/2025 - Analyn no show for 1 PM. As per front desk she called at 12:50 to cancel, kid sick, will call to reschedule.", 'I', 'P', false, [UA]),
  // A call only to move the meeting is no exchange about her training.
  note(MN, 'l14-fil-30', "10/09/2025 - Analyn called. Kid ok already. Rescheduled to 10/13.", 'T', 'P', false),
  note(MN, 'l14-fil-31', "10/13/2025 - F2F with Analyn. Midterm Fundamentals 86, clinical orientation done at North Memorial, childcare approved (CCAP start 10/20). She is tired but okay. Next: 11/10.", 'I', 'P', true),
  // No date field on this screen and none in the note.
  note(MN, 'l14-fil-32', "Phone call with Analyn, she passed the Med Math exam 92 (needs 90 to pass), clinicals 2x a week now. Childcare ok. For follow-up next month.", 'T', 'P', true, [DM], { noDateField: true }),
  note(MN, 'l14-fil-33', "11/03/2025 - Updated ISS for Jerome, target occupation RN (was CNA). Uploaded ATT letter. No contact.", '-', '-', false),
  // "Noted, thank you" to a schedule carries nothing about her.
  note(MN, 'l14-fil-34', "11/20/2025 - Texted Analyn the bus card pick up schedule. She replied 'Noted ma'am, thank you.'", 'E', 'P', false),
  // A voicemail left, then his call back the same day with news: a contact.
  note(MN, 'l14-fil-35', "01/07/2026 - Called Jerome, no answer, I left VM. He called back at 5 PM: panel interview at Mayo was yesterday, he thinks it went well, they asked about his NCLEX and CNA experience. Waiting for the result within 2 weeks. For follow-up on 1/21.", 'T', 'P', true),
];
