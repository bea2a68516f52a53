/**
 * Field workers' voice memos typed in by a supervisor (locked split, batch 12: scored and floored, aggregates
 * only): two rural workforce offices where the field case managers drive all day (Lebanon, Camdenton and Osage Beach
 * around the Lake of the Ozarks in Missouri; Fergus Falls, Wadena and Detroit Lakes in Minnesota) and phone a
 * memo line from the truck or the parking lot, and the office supervisor types the memo into the system at the end
 * of the week: a bracketed header with the worker's initials, when the memo was recorded and how long it ran, the
 * memo as spoken ("um", "so anyway", "[inaudible]", "[memo ends]"), and the supervisor's own remarks in brackets
 * when she checked something, could not play a memo, or split a memo that covered two people.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. The event is the one the memo describes, not the typing of it; a memo that is cut off, unplayable or
 * only plans a visit records no contact. A call the supervisor herself makes to check a memo is a contact when
 * she reaches the participant. An instructor or an OJT supervisor is the provider (Missouri: counts with
 * substantive progress and a reason to continue, §2.2; Minnesota: recorded, never the monthly contact); a mother
 * listed on the plan is the alternate; a wife or sister not on the plan is someone else.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l12-voice-memo-typed';
export const BATCH = 12;

export const NOTES: LabelledNote[] = [
  note(MO, 'l12-voice-memo-typed-mo-001', `[Typed by L. Ostrander, supervisor, 3/13/26, from voice memo by K. Dunlevy, recorded 3/10/26 4:52 pm, 1:48] "Okay this is Kim, it's Tuesday. Met with Angela at the Lebanon library, um, about half an hour in the study room. She passed her CNA skills check-off at the tech center Friday, all 5 skills, and her written is 3/27. She's only missed one day all term. So we keep the ITA going through the state test and I'll call her the week after. That's it."`, 'I', 'P', true),
  // Recorded in the truck right after the call: the memo itself says the two of them talked.
  note(MO, 'l12-voice-memo-typed-mo-002', `[Memo — K.D. — rec. 3/11/26 10:14a (0:57) — entered L.O. 3/13] "Just got off the phone with Rhonda, she called me back. She got her Microsoft Office Specialist in Excel, scored 812, so that's the second cert. Still has Word to go, she's doing the practice tests at home. Keep her in the OST, next call mid-April."`, 'T', 'P', true),
  note(MO, 'l12-voice-memo-typed-mo-003', `[Memo, K. Dunlevy, rec. 3/12/26 2:30 pm, 0:31; typed by supervisor 3/13] "Tried Dale three times today, 8, noon and just now, and um, the number goes to some lady who says she doesn't know any Dale. So it's a wrong number. I'll look for another one in the file."`, 'T', 'P', false, [UA]),
  // The memo stops before anything happens; the supervisor could not ask the worker. Nothing shows an exchange.
  note(MO, 'l12-voice-memo-typed-mo-004', `[Memo — T. Bascom — rec. 3/16/26 3:02p — 0:09 — typed L.O. 3/20] "Okay so I went out to see Marcus at the marina where he's doing his OJT and he — " [memo ends] [Sup.: Tom is out on leave until 4/6, could not confirm what happened. Calendar shows "Marcus — site" 3/16.]`, 'I', 'P', false),
  // The supervisor's own call to check a memo reached the participant herself.
  note(MO, 'l12-voice-memo-typed-mo-005', `[Supervisor entry, L. Ostrander, 3/20/26] Memo from T.B. about Crystal (rec. 3/17) was garbled, so I called Crystal myself today at 11:40 and spoke with her. She confirmed she finished the welding program at Lake Career & Tech 3/13 with her AWS 3G plate certified and has an interview at the boat plant in Lebanon 3/24. Keeping her in for job placement and support services through the interview; Tom to follow up when back.`, 'T', 'P', true),
  note(MO, 'l12-voice-memo-typed-mo-006', `[Memo — K.D. — rec. 3/23/26 5:40 pm — 0:22] "Note to self and Linda, tomorrow I'm gonna swing by and see Kayla at the Dollar General on her lunch, try to get her timesheet signed. Okay."`, '-', 'P', false, [CT]),
  // The instructor is the provider, and what he gave the worker is progress in the funded training.
  note(MO, 'l12-voice-memo-typed-mo-007', `[Memo by T. Bascom, 4/8/26 9:05a, 1:12, typed 4/10 L.O.] "Talked to Mr. Kessler, the diesel tech instructor at the career center, on the phone since Jordan's phone is off. Jordan's at 94 percent attendance, passed the brakes unit with an 88, he's halfway through. Kessler says he'll finish in May. So we keep the ITA and I'll try Jordan again next week about his phone."`, 'T', 'V', true),
  // Met the wife at Walmart: she is not on the plan, so she is someone else, however good the news.
  note(MO, 'l12-voice-memo-typed-mo-008', `[Memo — K. Dunlevy — rec. 4/9/26 6:15p (0:44) — typed 4/10] "Ran into Travis's wife at Walmart in Camdenton. She's not on his plan as the alt, but she said he's got a B in the HVAC class and hasn't missed any. I didn't see Travis, he was working."`, 'I', 'O', false, [TP, JM]),
  // His voicemail to the worker is one-way however good the news; she has not talked with him.
  note(MO, 'l12-voice-memo-typed-mo-009', `[Memo, K.D., rec. 4/14/26 8:02a, 0:38] "Brandon left me a voicemail last night at like 9, he says he passed his CDL permit test and starts range Monday. I haven't talked to him yet, I'll call him after 3 when he's out of class." [Sup.: no call-back memo received this week.]`, 'T', 'P', false, [UA]),
  note(MO, 'l12-voice-memo-typed-mo-010', `[Typed by L.O. 4/17/26 from memo by T. Bascom rec. 4/15 12:50p, 2:05] "So I'm at the food pantry in Osage Beach and Shay was here volunteering, we sat in the back for like twenty minutes. She's going Monday and Wednesday to the adult ed at the high school, she passed HiSET reading and language arts, has math left, which, um, she's scared of. I told her about the tutoring Tuesdays. She's staying in youth services, her ISS goal's still HiSET by August. I'll see her at the pantry again in two weeks."`, 'I', 'P', true),
  // The file could not be played: a calendar line shows a plan, not a contact.
  note(MO, 'l12-voice-memo-typed-mo-011', `[Supervisor, 4/24/26] Memo from K. Dunlevy dated 4/21 (listed as "Jolene") is 0:00 and will not play — phone system error. Kim's calendar shows "Jolene 2pm OV" for 4/21. Asked Kim to redo the memo.`, 'I', 'P', false),
  // He answered at work and put her off: no exchange about anything.
  note(MO, 'l12-voice-memo-typed-mo-012', `[Memo — T.B. — rec. 4/28/26 11:20a (0:19)] "Called Eli, he picked up but he's on the line at the plant, said he can't talk and call him Saturday. So, Saturday."`, 'T', 'P', false, [UA]),
  note(MO, 'l12-voice-memo-typed-mo-013', `[Memo K.D. 5/1/26 3:45p 0:11] "Saw Ty at the office, talked a minute, he's fine, nothing new."`, 'I', 'P', true, [PM, JM, NS]),
  // A text back with a photo of the certificate and her words is a written reply from her.
  note(MO, 'l12-voice-memo-typed-mo-014', `[Memo from T. Bascom, rec. 5/6/26 4:10 pm, 0:40; typed L.O. 5/8] "Texted Destiny this morning asking how the phlebotomy exam went, and she texted me back a picture of her certificate and 'PASSED!! 🎉 thank u.' So that's done. I'll move her to job search and keep her open for placement, she wants the lab at Lake Regional."`, 'E', 'P', true),
  // The memo covered two people; the supervisor typed only this person's part here, which is a message left.
  note(MO, 'l12-voice-memo-typed-mo-015', `[Supervisor: memo from K.D. rec. 5/12/26 covered two customers; the first half (a phone contact) is typed in that customer's file.] Second half of memo: "And then I called Wes, no answer, left him a message to call me about his timesheet."`, 'T', 'P', false, [UA]),
  note(MO, 'l12-voice-memo-typed-mo-016', `[Memo — T. Bascom — rec. 5/19/26 1:30p — 1:55 — typed 5/22] "At the marina with Marcus and his OJT supervisor, Gary. Talked with Marcus first by himself — he's logged 240 of 480 OJT hours, he's doing the outboard rebuilds now and he likes it. Gary says he's on time every day. Marcus needs steel-toe boots, I'll do a support services request. OJT continues per the IEP through July."`, 'I', 'P', true),
  note(MO, 'l12-voice-memo-typed-mo-017', `[Supervisor entry 5/26/26] Per K.D.'s request, the 90-day contact letter was mailed to Dale's address on file today asking him to call the office. No other number found in the file.`, 'L', 'P', false, [RP]),
  // A date of birth read into the record is PII, whatever the reason; the call itself is a real contact.
  note(MO, 'l12-voice-memo-typed-mo-018', `[Memo K. Dunlevy rec. 6/2/26 9:30a (1:20), typed by L.O. 6/5] "Talked to Rhonda on the phone, she needed me to verify her for the testing center so I read back her birthday, 07/19/1984, they had it wrong. She passed Word too, so she's done with all three certs. I'm keeping her open for job search and I'll send her the admin posting at the hospital."`, 'T', 'P', true, [PII]),

  note(MN, 'l12-voice-memo-typed-mn-001', `[Typed by supervisor R. Halvorson 2/6/26 from memo by J. Nygaard rec. 2/3 3:15 pm, 1:30] "Met with Dustin at the Fergus office. He's in the HVAC program at M State, midterm grades came, a B and a B-minus, he has the refrigerant cert test in March. Went through his ISS and his activities in WF1 look right. Next one's in March."`, 'I', 'P', true),
  note(MN, 'l12-voice-memo-typed-mn-002', `[Memo — J.N. — rec. 2/10/26 4:48p (0:52) — typed R.H. 2/13] "So I finally got ahold of Deb on the phone, she's been sick. She missed four days of the CNA class at the Wadena campus but the instructor is letting her make up clinicals the 21st. She still wants to finish in March. I told her I'll check with her the week after clinicals."`, 'T', 'P', true),
  // The mother is the listed alternate: recorded, never the monthly contact in Minnesota.
  note(MN, 'l12-voice-memo-typed-mn-003', `[Memo — J. Nygaard — rec. 2/24/26 10:02a (0:40)] "Deb's mom called me back, she's the alternate on the plan. She says Deb did the make-up clinicals and passed them, and she's studying for the state test. Deb's at work so I'll try her tonight."`, 'T', 'A', false),
  // A three-way call: the participant was on the line and told the worker herself.
  note(MN, 'l12-voice-memo-typed-mn-004', `[Memo by A. Brekke rec. 3/3/26 2:20p, 2:10; typed R.H. 3/6] "Did a three-way call with Kayla and the financial aid office at Minnesota State Moorhead, um, about her Pell. After they hung up Kayla and me stayed on and talked. She's got 13 credits this spring, she got a 3.1 last term, and the Pell is fixed now. She's good. ISS reviewed, WF1 fine."`, 'T', 'P', true),
  // The instructor is the provider: recorded in Minnesota, not the monthly contact.
  note(MN, 'l12-voice-memo-typed-mn-005', `[Memo — A.B. — rec. 3/10/26 9:40a — 0:35] "Talked to Dustin's instructor at M State on the phone, he says Dustin passed the refrigerant cert, the EPA 608 universal, and attendance is perfect this term."`, 'T', 'V', false),
  note(MN, 'l12-voice-memo-typed-mn-006', `[Memo J.N. 3/12/26 1:05p 0:18] "Called Corey at the feed mill, the receptionist took a message for him to call me. He didn't call back yet."`, 'T', 'P', false, [UA]),
  note(MN, 'l12-voice-memo-typed-mn-007', `[Memo — J. Nygaard — rec. 3/17/26 11:30a (0:29) — typed 3/20] "Drove out to Corey's place by Henning, nobody home, dog in the yard. Left a door hanger with my card. That's twice now."`, 'I', 'P', false, [UA]),
  note(MN, 'l12-voice-memo-typed-mn-008', `[Typed R. Halvorson 3/27/26 from memo by A. Brekke, rec. 3/24 in the parking lot, 2:40] "Okay, just got done with Ben, we were in there like forty minutes. Redid his resume for the lineworker jobs, he applied to Otter Tail Power and two co-ops while I sat with him. He finished the CDL class B last week, he's got the license. He starts the lineworker school at Minnesota West in June if he doesn't get hired. ISS updated."`, 'I', 'P', true),
  // The memo left out how; the supervisor asked and the worker answered that it was by phone.
  note(MN, 'l12-voice-memo-typed-mn-009', `[Memo — A.B. — rec. 4/7/26 (0:33)] "Talked to Ben, he had the interview at the co-op, second interview is the 15th, and he's doing the pole-climbing prep on his own." [Sup. R.H.: memo did not say how; Amy confirmed by text 4/9 it was a phone call with Ben on 4/7.]`, 'T', 'P', true),
  note(MN, 'l12-voice-memo-typed-mn-010', `[Memo J.N. rec. 4/13/26 4:55p 0:20] "Emailed Tanya her ISS to sign and asked for her spring grades, no answer yet. I'll check tomorrow."`, 'E', 'P', false, [RP]),
  // Her e-mail back, with the schedule and her words, answers the worker's e-mail.
  note(MN, 'l12-voice-memo-typed-mn-011', `[Memo — J. Nygaard — rec. 4/16/26 8:50a (0:45) — typed R.H. 4/17] "Tanya emailed me back last night, she sent the signed ISS and her grades, she got an A and two Bs in the dental assisting courses, and says she starts her externship at the clinic in Perham May 4th."`, 'E', 'P', true),
  // She talked with him, the memo says, but never how: the type is missing and nothing in the record settles it.
  note(MN, 'l12-voice-memo-typed-mn-012', `[Memo A. Brekke, 4/20/26 (0:15)] "Talked with Tanner, he's all good, still at Lakes Area Manufacturing on seconds, got his 90-day raise."`, '-', 'P', false, [CT]),
  note(MN, 'l12-voice-memo-typed-mn-013', `[Memo — J.N. — 4/27/26 10:20a (0:14)] "Jess was supposed to come in at 10 for her monthly, she didn't show. I'll call her this afternoon."`, 'I', 'P', false, [UA]),
  // Her sister took the message and says Jess already talked to "the office"; the supervisor found no such contact.
  note(MN, 'l12-voice-memo-typed-mn-014', `[Memo J. Nygaard rec. 4/27/26 3:30p (0:50)] "Called Jess, her sister answered, said Jess is at work and that she already talked to your office last week, so. I left my number with the sister." [Sup. R.H.: no contact with Jess recorded by anyone in this office since 3/19.]`, 'T', 'P', false, [UA]),
  note(MN, 'l12-voice-memo-typed-mn-015', `[Memo — A.B. — rec. 5/5/26 (0:10)] "Talked to Kayla on the phone, all good."`, 'T', 'P', true, [PM, NS]),
  // The typed header carries the date on a page with no date field.
  note(MN, 'l12-voice-memo-typed-mn-016', `[Memo by J. Nygaard rec. 5/12/26 12:15 pm, 1:25; typed by R.H.] "I'm at the Wadena office with Deb. She passed the CNA state test, both parts, she's on the registry now. She has two interviews, the care center in Wadena and the hospital in Staples. We went over the ISS, I'm moving her to job search in WF1."`, 'I', 'P', true, [], { noDateField: true }),
  // No date at all, on a page with no date field.
  note(MN, 'l12-voice-memo-typed-mn-017', `[Memo — A. Brekke — typed by R.H.] "Ben called me, he got the lineworker job at the co-op! Starts the apprentice program there, so he's not doing Minnesota West. He's getting his climbing gear through them. I'm closing the training activity and starting follow-up."`, 'T', 'P', true, [DM], { noDateField: true }),
];
