/**
 * A Deaf case manager who writes in ASL-gloss English (locked split, batch 13: scored and floored, aggregates only):
 * WIOA adult and youth case managers, Deaf themselves and fluent in ASL, at the Columbia and Jefferson City job
 * centers near the Missouri School for the Deaf in Fulton, and at CareerForce in St. Paul and Faribault near the
 * Minnesota State Academy for the Deaf. Their caseloads mix Deaf and hearing participants. The notes follow ASL's
 * grammar written in English words: time first ("3/4/25 OFFICE"), topic then comment, no articles and no "is",
 * glosses in capitals (FINISH for done, NOT-YET, ME, SAY, WHY? BECAUSE), videophone (VP) calls in ASL direct with
 * Deaf participants, video relay (VRS) calls to hearing ones, videomail, texting apps, interpreters and CDIs who
 * cancel, paper passed back and forth, the Deaf club and bowling night where everybody knows everybody.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A VP call in ASL direct or a VRS call through an interpreter with the participant is a telephone contact;
 * a meeting where the interpreter failed but the two wrote back and forth face to face is in person; a videomail,
 * left by either side, is a message left, however much news it signs; a wave across a room is no exchange. An
 * instructor or a registrar is the provider (Missouri: counts with substantive progress and a reason to continue,
 * §2.2; Minnesota: recorded, never the monthly contact); a mother who takes a message, a cousin or a friend at the
 * Deaf club, and a sister at someone else's IEP meeting are not the participant, and what they say is their word.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l13-asl-gloss-deaf-writer';
export const BATCH = 13;

export const NOTES: LabelledNote[] = [
  note(MO, 'l13-asl-gloss-deaf-writer-mo-001', `3/4/25 OFFICE. ME MEET Terrell (Deaf) face-to-face, ASL direct, no interpreter need. HIS WELDING CLASS State Tech, ATTEND EVERY DAY, TWO-WEEK PAST he PASS 2G plate test. NEXT 3G. ITA CONTINUE why? FINISH cert May. ME SEE him again April. —DK`, 'I', 'P', true),
  note(MO, 'l13-asl-gloss-deaf-writer-mo-002', `3/6/25 VRS call (ME VP → interpreter → her cell). Hearing client Brenda. She TELL ME phlebotomy class Moberly Area CC, 40 of 100 sticks FINISH, instructor SAY good. Her car BROKE, need gas card. CONTINUE ITA + support svc. ME VRS her again 4/7. —DK`, 'T', 'P', true),
  // A videomail is the VP world's voicemail: a message left.
  note(MO, 'l13-asl-gloss-deaf-writer-mo-003', `3/10/25 ME VP call Marcus, NO ANSWER. Left videomail ASL, ask him call back, discuss OJT hours. NOT-YET reply. —DK`, 'T', 'P', false, [UA]),
  // His videomail signs real news, but nobody talked: her call back went unanswered.
  note(MO, 'l13-asl-gloss-deaf-writer-mo-004', `3/11/25 Marcus videomail ME (2:14 long) while ME in staff meeting. He SIGN: OJT Columbia Foundry 120 hours FINISH, boss HAPPY. ME VP back 4pm, no answer. TRY tomorrow. —DK`, 'T', 'P', false, [UA]),
  note(MO, 'l13-asl-gloss-deaf-writer-mo-005', `3/12/25 VP call Marcus CONNECT, ASL direct 15 min. He CONFIRM OJT Columbia Foundry 120 of 480 hrs FINISH, supervisor evaluation "meets expectations". He WORRY night shift change. ME EXPLAIN OJT contract CONTINUE thru 6/30, ME contact employer about shift. NEXT VP April. —DK`, 'T', 'P', true),
  // The interpreter never came, but the two of them met and wrote back and forth for half an hour: an in-person exchange.
  note(MO, 'l13-asl-gloss-deaf-writer-mo-006', `3/13/25 Appt 10am Keisha (hard of hearing, use ASL + speech). Interpreter agency NO-SHOW. ME + Keisha DECIDE write paper back-forth + my speech-to-text app, 30 min. She FINISH Excel module 3 of 5, quiz 88. She WANT continue ITA State Tech Online, FINISH June. Next appt 4/10, ME book interpreter again (different agency). —DK`, 'I', 'P', true),
  // He was in the lobby, but the two never exchanged a word; the text after is unanswered.
  note(MO, 'l13-asl-gloss-deaf-writer-mo-007', `3/14/25 Appt 2pm hearing client Ray, ME request interpreter for ME. Interpreter CANCEL 1:30. Ray ARRIVE, front desk TELL him reschedule, he LEAVE before ME come out. NOT MEET. ME text him new date 3/20. —DK`, 'E', 'P', false, [RP]),
  note(MO, 'l13-asl-gloss-deaf-writer-mo-008', `3/17/25 TEXT. ME text Jordan "how class going?" Jordan text back same day: "HVAC class good, EPA 608 core passed yesterday, 2 more sections". ME text back congrats + remind ITA book voucher. CONTINUE ITA thru Aug. —DK`, 'E', 'P', true),
  // "Read 9:02am" shows the text was opened, not answered.
  note(MO, 'l13-asl-gloss-deaf-writer-mo-009', `3/18/25 ME text DeShawn, ASK him come office sign IEP update. Phone SHOW "Read 9:02am". NOTHING back. WAIT 2 day then VP. —DK`, 'E', 'P', false, [RP]),
  // The mother took a message; her "doing fine" is her word, not a talk with him.
  note(MO, 'l13-asl-gloss-deaf-writer-mo-010', `3/19/25 VRS call to Caleb (hearing, 19, youth). MOTHER ANSWER. She SAY Caleb ASLEEP, WORK NIGHT. ME leave message thru her: call ME back. Mother also SAY Caleb "doing fine at job". ME NOT TALK Caleb. —DK`, 'T', 'P', false, [UA]),
  note(MO, 'l13-asl-gloss-deaf-writer-mo-011', `3/20/25 ME MEET Lamar lobby, QUICK. He FINE. NOTHING NEW. —DK`, 'I', 'P', true, [PM, JM, NS]),
  note(MO, 'l13-asl-gloss-deaf-writer-mo-012', `3/21/25 VRS call ME → instructor Mr. Pruitt, Nichols Career Center CNA program. Tanya NOT available (in class). Instructor SAY Tanya ATTEND 18 of 18 class day, skills check-off 21 of 22 PASS, clinical START 4/1 nursing home. ITA CONTINUE until state test May, she ON-TRACK. —DK`, 'T', 'V', true),
  // "Still enrolled" is enrolment, not progress in the activity, and nothing says why services go on.
  note(MO, 'l13-asl-gloss-deaf-writer-mo-013', `3/24/25 Email from registrar State Fair CC: Ricky STILL enrolled. THAT'S-ALL. —DK`, 'E', 'V', false, [TP, PM, JM, NS]),
  note(MO, 'l13-asl-gloss-deaf-writer-mo-014', `3/25/25 PLAN: next Tuesday 4/1 ME GO Fulton worksite SEE Jamal at WEX, interpreter booked. —DK`, '-', 'P', false, [CT]),
  note(MO, 'l13-asl-gloss-deaf-writer-mo-015', `3/26/25 OFFICE + interpreter team (CDI + hearing interp). Client Sharon (hearing). Fix file: DOB 07/14/1979 WRONG in Toolbox, now fix. She REPORT CDL school range 30 hr, backing skill PASS, road test 4/9. ITA CONTINUE thru license. —DK`, 'I', 'P', true, [PII]),
  // A minute of frozen video and one sign ("WAIT") before the line dropped; nothing about him was exchanged.
  note(MO, 'l13-asl-gloss-deaf-writer-mo-016', `3/27/25 VP call with Terrell, video FREEZE after 1 min, he SIGN "WAIT" then DROP. ME call back 3 time, no connect. NOT DISCUSS anything. —DK`, 'T', 'P', false, [UA]),
  note(MO, 'l13-asl-gloss-deaf-writer-mo-017', `3/28/25 ME email Priya ASK update. Priya REPLY email 3/30: "Medical coding class week 9 of 16, test average 91, I passed the AHIMA practice." ITA CONTINUE, she NEED new laptop battery, ME request support svc. —DK`, 'E', 'P', true),

  // A wave across the lanes is no exchange; the cousin's news is someone else's word.
  note(MN, 'l13-asl-gloss-deaf-writer-mn-001', `Sat 3/8/25 MN Deaf community bowling night, Midway. ME SEE Alicia other lane, WAVE, she WAVE back. NOT CHAT. Her cousin TELL ME Alicia FINISH CNA, PASS state test. ME NEED CONFIRM with her self. —JS`, 'I', 'O', false),
  note(MN, 'l13-asl-gloss-deaf-writer-mn-002', `3/3/25 VP (ASL direct, both Deaf) with Sam, 20 min. Sam now week 6 of 12 Saint Paul College welding, ATTEND ALL, PASS bend test first try. Review ISS, WF1 activity RIGHT. —JS`, 'T', 'P', true),
  note(MN, 'l13-asl-gloss-deaf-writer-mn-003', `3/5/25 OFFICE Faribault CareerForce. ME + Hannah (Deaf, MSAD grad 2023). She FINISH forklift cert 3/1, NOW APPLY 4 warehouse job, interview Cardinal Glass 3/12. ME check WF1 activity, CHANGE to job search. —JS`, 'I', 'P', true),
  note(MN, 'l13-asl-gloss-deaf-writer-mn-004', `3/6/25 VP call Hannah, no answer, her videomail box FULL, CAN'T leave message. TRY text. —JS`, 'T', 'P', false, [UA]),
  note(MN, 'l13-asl-gloss-deaf-writer-mn-005', `3/7/25 ME text Hannah about interview. NOT-YET answer. Also email SAME question. NOTHING. —JS`, 'E', 'P', false, [RP]),
  note(MN, 'l13-asl-gloss-deaf-writer-mn-006', `3/10/25 Hannah text ME back FINALLY: interview Cardinal Glass good, they OFFER job, START 3/17, 2nd shift, $19.50. ME text "congrats, send offer letter". She SEND photo of letter same day. PUT in file. —JS`, 'E', 'P', true),
  // "Nobody answer" is his own calls to the UI office; he was at her desk.
  note(MN, 'l13-asl-gloss-deaf-writer-mn-007', `3/12/25 Oscar COME office, SAY he VRS call unemployment office 3 time, NOBODY ANSWER, he FRUSTRATED. ME + Oscar TOGETHER call UI line thru VRS, WAIT 40 min, GET answer, FIX his weekly request. He STILL CDL class Duluth, road test 3/28. Review ISS. —JS`, 'I', 'P', true),
  note(MN, 'l13-asl-gloss-deaf-writer-mn-008', `3/13/25 Oscar STOP-BY desk. CHAT. FINE. —JS`, 'I', 'P', true, [PM, NS]),
  // The instructor's report is recorded; in Minnesota it is never the participant's monthly contact.
  note(MN, 'l13-asl-gloss-deaf-writer-mn-009', `3/14/25 Email from Lake Superior College CDL instructor: Oscar ATTEND 100%, range skills PASS, road test READY. (Oscar self NOT-YET contact this month.) —JS`, 'E', 'V', false),
  note(MN, 'l13-asl-gloss-deaf-writer-mn-010', `3/17/25 Appt 1pm Dakota (hearing, youth, ISS). Interpreter for ME there, client NO SHOW. ME VRS call his cell after 20 min, straight voicemail, interpreter LEAVE message. —JS`, 'T', 'P', false, [UA]),
  // Someone else's meeting (her son's IEP); the participant never came, her sister spoke for her.
  note(MN, 'l13-asl-gloss-deaf-writer-mn-011', `3/18/25 ME AT Metro Deaf School IEP meeting for Tyler (son of my client Renee). Renee NOT COME, her sister COME instead. ME NO TALK Renee. Sister SAY Renee SICK, still GO her cook job. —JS`, 'I', 'O', false),
  // He picked up only to put the call off; the evening call went to voicemail.
  note(MN, 'l13-asl-gloss-deaf-writer-mn-012', `3/19/25 VRS call to Greg (hearing, Hormel warehouse). He ANSWER, SAY "on forklift, can't talk, call tonight." ME VRS call 6pm, no answer, interpreter LEAVE message. —JS`, 'T', 'P', false, [UA]),
  note(MN, 'l13-asl-gloss-deaf-writer-mn-013', `3/20/25 Greg VRS call ME back 7:10am before shift, 10 min. He FINISH OJT week 8 of 12, supervisor SIGN timesheet 40 hr week, he WANT learn reach truck NEXT. ME update WF1 OJT activity hours. Next contact April after his OJT review. —JS`, 'T', 'P', true),
  note(MN, 'l13-asl-gloss-deaf-writer-mn-014', `3/21/25 Letter MAIL to Lucia 3/3 (no phone, no VP now, she MOVE). Lucia WRITE back letter, ARRIVE 3/21: she MOVE Northfield, STILL GO Adult Basic Ed Faribault Tuesday Thursday, CASAS math UP 221 to 229. ME scan letter to file. —JS`, 'L', 'P', true),
  note(MN, 'l13-asl-gloss-deaf-writer-mn-015', `ME MEET Tomas library Faribault, he SHOW ME his GED math score PASS 152. NEXT science test. Review ISS. —JS`, 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'l13-asl-gloss-deaf-writer-mn-016', `3/24/25 OFFICE with Kelsey (DeafBlind, tactile ASL with SSP). Her SS# 412-55-0198 WRONG on application, FIX with her. Kelsey PASS keyboarding test at Vision Loss Resources, 45 wpm. ISS review. —JS`, 'I', 'P', true, [PII]),
  // A thumbs-up reaction acknowledges the text; it answers nothing and records no exchange.
  note(MN, 'l13-asl-gloss-deaf-writer-mn-017', `3/25/25 ME text Sam: "call me about April schedule". Sam REACT 👍. NOTHING MORE. —JS`, 'E', 'P', false, [RP]),
];
