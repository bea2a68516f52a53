/**
 * A Deaf case manager whose first language is ASL and who writes case notes in plain written English as a second
 * language, not in gloss (fresh split, batch 15: new voices, scored and listed but not floored yet). The voice: short
 * topic-first sentences, articles and plural "s" often dropped, "already" for done, "will" left out ("Next month
 * meet again"), every channel named by its device or service — videophone (VP), VRS with the interpreter's ID, CapTel,
 * the office's text line, FaceTime in ASL, an on-site interpreter (CDI) beside the participant. Participants both Deaf
 * and hearing. Offices in Fulton, Columbia, St. Louis, Springfield and Jefferson City (Missouri) and Faribault,
 * St. Paul, Duluth, Mankato and Fergus Falls (Minnesota). Sources of realism: job centers and VR partners who hired
 * Deaf staff for Deaf caseloads, and the way a fluent Deaf writer's English sits next to a hearing colleague's.
 * How I read the policy for the hard cases: a VRS call the interpreter placed that nobody answered, or that reached a
 * voicemail the interpreter signed to the case manager, is an attempt; a videophone missed-call light is an attempt.
 * A thumbs-up reaction to a text is an acknowledgement, not a written answer. An interpreter or a parent beside the
 * participant does not make the talk theirs. Videophone and VRS calls are telephone; FaceTime in ASL is video, so
 * telephone; texts are e-mail.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'f15-deaf-cm-english-second';

export const NOTES: LabelledNote[] = [
  note(MO, 'f15-deaf-cm-english-second-mo-001', `10/05/2026 Fulton office. Meet with Trevor K. in person, both ASL, no interpreter need. 30 min. He at State Tech precision machining, week 6 of 16. Attendance 100%. Instructor give him front seat for captions. Passed blueprint test 86. ITA continue, match IEP goal CNC machinist. Next month meet again 11/2.`, 'I', 'P', true, []),
  // The interpreter placed the call; nobody answered.
  note(MO, 'f15-deaf-cm-english-second-mo-002', `10/19/2026 VRS call to Trevor VP (interpreter #4471). Ring 10 time, no answer. Interpreter say VP not on.`, 'T', 'P', false, [UA]),
  // A thumbs-up on the text answers nothing.
  note(MO, 'f15-deaf-cm-english-second-mo-003', `10/20/2026 Text Trevor "need your attendance sheet October". He react with thumbs up. No more message.`, 'E', 'P', false, [RP]),
  note(MO, 'f15-deaf-cm-english-second-mo-004', `10/22/2026 VP call with Trevor 15 min, ASL direct. Attendance October 100% already. CNC lathe module start, he nervous but ok. ITA continue per IEP. Attendance sheet he send by photo.`, 'T', 'P', true, []),
  // His mother asks about the bus pass; not about his training.
  note(MO, 'f15-deaf-cm-english-second-mo-005', `11/03/2026 Trevor mother call through CapTel, she ask about bus pass renewal. I explain form. Trevor not there.`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'f15-deaf-cm-english-second-mo-006', `10/08/2026 Columbia. In person with Mariah D. (hearing), CDI interpreter for me present. 25 min. Mariah in Columbia College accounting certificate, 2 class, grade A and B. Work part time at bank. ITA continue, IEP goal bookkeeper. Next 11/5.`, 'I', 'P', true, []),
  note(MO, 'f15-deaf-cm-english-second-mo-007', `11/05/2026 Mariah no show 11/5 appointment. Interpreter wait with me 30 min.`, 'I', 'P', false, [UA]),
  note(MO, 'f15-deaf-cm-english-second-mo-008', `11/06/2026 Mariah email back: "so sorry, car die. Midterm accounting 88, payroll 79, still 20 hr/week at bank". I reply ok, new day 11/19. ITA continue per IEP.`, 'E', 'P', true, []),
  // VRS reached her voicemail; the interpreter signed the greeting, CM left a message.
  note(MO, 'f15-deaf-cm-english-second-mo-009', `11/19/2026 VRS call Mariah for reschedule meeting. Go to her voicemail, interpreter leave my message.`, 'T', 'P', false, [UA]),
  note(MO, 'f15-deaf-cm-english-second-mo-010', `10/13/2026 St. Louis. FaceTime with DeShaun W. in ASL 20 min. He finish forklift class at St. Louis Community College already, pass driving test. Now warehouse course week 2. Attendance good. ITA continue per IEP (warehouse lead).`, 'T', 'P', true, []),
  // He answered the videophone and signed that he could not talk.
  note(MO, 'f15-deaf-cm-english-second-mo-011', `10/27/2026 VP call DeShaun. He answer, sign "at work, later". Hang up. No talk about program.`, 'T', 'P', false, [UA]),
  // Provider by phone through VRS, with attendance and a recommendation, while DeShaun could not be reached.
  note(MO, 'f15-deaf-cm-english-second-mo-012', `10/30/2026 DeShaun not answer 3 time this week. VRS call to STLCC instructor Mr. Fields: DeShaun attendance 9 of 10 day, safety quiz 90, instructor recommend continue. ITA continue per IEP.`, 'T', 'V', true, []),
  note(MO, 'f15-deaf-cm-english-second-mo-013', `11/16/2026 DeShaun come to front desk for drop paper (W-9). Receptionist take it. I in meeting, not see him.`, '-', '-', false, [CT, NS]),
  note(MO, 'f15-deaf-cm-english-second-mo-014', `10/15/2026 Springfield. Letter send to Ellie R., her phone disconnect.`, 'L', 'P', false, [RP]),
  note(MO, 'f15-deaf-cm-english-second-mo-015', `10/29/2026 Ellie write back on letter: "OTC dental assistant, clinic rotation start, grade all B". Also new text number. ITA continue per IEP.`, 'L', 'P', true, []),
  note(MO, 'f15-deaf-cm-english-second-mo-016', `11/12/2026 Text with Ellie back and forth 10 min on office text line. She pass radiology module 85, rotation 2 at Jordan Valley clinic. Attendance 100%. ITA continue per IEP.`, 'E', 'P', true, []),
  note(MO, 'f15-deaf-cm-english-second-mo-017', `11/20/2026 Zoom with Ellie, I and interpreter wait, she not join.`, 'T', 'P', false, [UA]),
  note(MO, 'f15-deaf-cm-english-second-mo-018', `10/21/2026 Jefferson City. VP call with Colton B. 5 min.`, 'T', 'P', true, [PM, JM, NS]),
  // A real meeting, and his full SSN written for the VR referral.
  note(MO, 'f15-deaf-cm-english-second-mo-019', `11/04/2026 In person Colton, ASL direct, 30 min. Lincoln U. welding cert, week 8 of 12, pass 3G. For VR referral he give SSN 498-55-0214, I write on form. ITA continue per IEP.`, 'I', 'P', true, [PII]),
  // The meeting was his girlfriend's; he only interpreted for her.
  note(MO, 'f15-deaf-cm-english-second-mo-020', `11/18/2026 Colton come with girlfriend (Deaf) for her intake. He help her. I do intake with her only, not Colton.`, 'I', 'O', false, [TP, PM, JM]),
  note(MO, 'f15-deaf-cm-english-second-mo-021', `11/23/2026 VP missed call light from Colton 4:50pm. I call back VP 5:05, not answer.`, 'T', 'P', false, [UA]),

  note(MN, 'f15-deaf-cm-english-second-mn-001', `10/06/2026 Faribault. Meet Jada P. at MSAD transition office, ASL, 30 min. She in South Central College medical coding online, 2 course, grade A and A-. ISS review, still goal medical coder. Next 11/3.`, 'I', 'P', true, []),
  note(MN, 'f15-deaf-cm-english-second-mn-002', `10/27/2026 Email Jada monthly check. Auto reply "I'm at clinic shadow this week".`, 'E', 'P', false, [RP]),
  note(MN, 'f15-deaf-cm-english-second-mn-003', `11/03/2026 VP with Jada 15 min. Shadow at clinic finish, coding quiz 93, attendance all. ISS no change.`, 'T', 'P', true, []),
  note(MN, 'f15-deaf-cm-english-second-mn-004', `11/09/2026 SCC instructor email: Jada complete 6 of 10 module. File.`, 'E', 'V', false, []),
  note(MN, 'f15-deaf-cm-english-second-mn-005', `10/09/2026 St. Paul. CapTel call with Greg H. (hard of hearing, speak voice) 12 min. Saint Paul College HVAC semester 2, brazing lab pass, no absent. ISS review.`, 'T', 'P', true, []),
  // His wife answered; she knows only that he is at school.
  note(MN, 'f15-deaf-cm-english-second-mn-006', `10/23/2026 Call Greg CapTel, wife answer, say he at school late. I ask her tell him call me.`, 'T', 'A', false, [TP, PM]),
  note(MN, 'f15-deaf-cm-english-second-mn-007', `10/26/2026 Greg text me: "call you thursday". Thursday not call.`, 'E', 'P', false, [UA]),
  note(MN, 'f15-deaf-cm-english-second-mn-008', `11/02/2026 Greg come office with his son, 20 min, son wait in lobby. HVAC midterm 84, EPA cert test 12/5. ISS ok.`, 'I', 'P', true, []),
  note(MN, 'f15-deaf-cm-english-second-mn-009', `10/12/2026 Duluth. VRS to Amber L., connect, then screen freeze and drop before interpreter say anything. Call back, no answer.`, 'T', 'P', false, [UA]),
  note(MN, 'f15-deaf-cm-english-second-mn-010', `10/13/2026 Amber VP me back 14 min. Lake Superior College CNA, skills 15 of 22, clinical start 10/26. Interpreter for clinical arrange. ISS update.`, 'T', 'P', true, []),
  // The provider about an interpreter booking: nothing on her progress, and not her.
  note(MN, 'f15-deaf-cm-english-second-mn-011', `10/30/2026 Clinical coordinator say Amber interpreter not come 10/28. I fix with agency. Amber not involved in call.`, 'T', 'V', false, [TP, PM]),
  note(MN, 'f15-deaf-cm-english-second-mn-012', `11/13/2026 Text Amber ask how clinical go. Delivered. No reply.`, 'E', 'P', false, [RP]),
  note(MN, 'f15-deaf-cm-english-second-mn-013', `11/14/2026 Amber text reply long: clinical 24 of 40 hr, nurse nice, interpreter come now every day, state test January. I answer good job.`, 'E', 'P', true, []),
  note(MN, 'f15-deaf-cm-english-second-mn-014', `10/14/2026 Mankato. Letter to Kyle T., his VP number not work.`, 'L', 'P', false, [RP]),
  note(MN, 'f15-deaf-cm-english-second-mn-015', `10/28/2026 Letter Kyle come back, address wrong.`, 'L', 'P', false, [UA]),
  // A meeting planned is not a meeting held.
  note(MN, 'f15-deaf-cm-english-second-mn-016', `11/04/2026 Kyle's sister email me new address. Plan meet Kyle 11/10 at library.`, 'E', 'A', false, [TP, PM]),
  note(MN, 'f15-deaf-cm-english-second-mn-017', `11/10/2026 Meet Kyle at Mankato library, his ASL tutor there too. 25 min. Diesel tech at South Central, brakes unit pass, 2 absent (sick). ISS review ok.`, 'I', 'P', true, []),
  note(MN, 'f15-deaf-cm-english-second-mn-018', `11/12/2026 Kyle.`, '-', '-', false, [CT, NS]),
  note(MN, 'f15-deaf-cm-english-second-mn-019', `10/20/2026 Fergus Falls. VP Nora S. 10 min.`, 'T', 'P', true, [PM, NS]),
  note(MN, 'f15-deaf-cm-english-second-mn-020', `In person Nora at M State Fergus campus, interpreter present, 20 min. Pharmacy tech class, quiz average 87, lab 100% attend.`, 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'f15-deaf-cm-english-second-mn-021', `11/24/2026 FaceTime with Nora in ASL 18 min. PTCB practice exam 78, retake plan with tutor, externship Sanford pharmacy January. ISS update.`, 'T', 'P', true, []),
];
