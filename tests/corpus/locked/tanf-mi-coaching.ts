/**
 * Motivational-interviewing coaches with TANF co-enrolled participants (locked split, batch 9: scored and floored,
 * aggregates only): Missouri Work Assistance (MWA) and Minnesota MFIP employment services counselors who also carry
 * the WIOA Adult case, writing in MI vocabulary: OARS, change talk and sustain talk, importance and confidence
 * rulers, decisional balance, rolling with resistance, elicit-provide-elicit, double-sided reflections, MITI coding
 * in clinical supervision, role-plays with a peer coach.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. The vocabulary of a session is not a session: a fidelity review of a recording, a role-play, a
 * reflection for supervision or a plan for next time records no contact with the participant. A session in person,
 * by phone or by video, and a reply by text, e-mail or mail, are contacts however little progress they hold. The
 * TANF worker or financial worker is another program's staff ("other"); a sister or son is the alternate; an
 * externship supervisor is the provider (Missouri: counts with substantive progress and a reason to continue, §2.2;
 * Minnesota: recorded, never the monthly contact).
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'tanf-mi-coaching';
export const BATCH = 9;

export const NOTES: LabelledNote[] = [
  note(MO, 'tanf-mi-coaching-mo-001', `Session type: in person, 10/6/26, 45 min. Used OARS throughout. Participant voiced change talk about finishing the CNA program ("I need this for my kids"). Importance 9/10, confidence 5/10; explored what would move confidence to a 6 and she named childcare for the Saturday clinicals. Progress: CNA class at Moberly Area CC, week 5, attendance 100%, skills checklist 14 of 22. Plan (her words): ask her sister about Saturdays. MWA co-enrollment continues; WIOA ITA continues per IEP.`, 'I', 'P', true, []),
  note(MO, 'tanf-mi-coaching-mo-002', `Attempted MI check-in by phone 10/8, rang out. Left a brief affirming VM ("proud of your week 5 attendance, give me a call").`, 'T', 'P', false, [UA]),
  note(MO, 'tanf-mi-coaching-mo-003', `Decisional balance completed with participant by phone 10/13 (she had the worksheet from our last visit). Staying in CNA, pros: pay, schedule, her mom is a CNA; cons: Saturdays, cost of scrubs. Sustain talk dropped off by the end of the call. Progress: passed unit 3 test, 84%. Continue ITA per IEP; SS request for scrubs submitted.`, 'T', 'P', true, []),
  // A review of a recorded session is supervision, not a contact, even though it describes one.
  note(MO, 'tanf-mi-coaching-mo-004', `MI fidelity review: supervisor and I listened to the recording of my 10/13 session with the participant and coded it (MITI 4.2): reflection to question ratio 2:1, 3 complex reflections, 1 confrontation. Goal for my next session: more affirmations, fewer closed questions.`, '-', '-', false, [CT]),
  // A real call spent on ambivalence: the contact stands, but the note shows no progress and no reason to continue.
  note(MO, 'tanf-mi-coaching-mo-005', `Phone session 10/20, 25 min. Participant in sustain talk most of the call ("I'm not sure I'm cut out for this"). Rolled with resistance, reflected the ambivalence, did not push. She agreed to think it over and talk again Thursday.`, 'T', 'P', true, [PM, JM]),
  note(MO, 'tanf-mi-coaching-mo-006', `10/22 Thursday call as agreed - no answer. Texted: "Hi, no pressure, call me when you're ready."`, 'T', 'P', false, [UA, RP]),
  note(MO, 'tanf-mi-coaching-mo-007', `Participant texted 10/23: "sorry, rough week. I talked to my instructor and I'm staying in. did the vitals check-off today and passed." Affirmed her decision by text; she answered with a heart. Commitment language ("I'm staying in"). Continue ITA per IEP; MWA participation hours logged.`, 'E', 'P', true, []),
  // The MWA worker is another program's staff: her report of hours is hers, not the participant's contact.
  note(MO, 'tanf-mi-coaching-mo-008', `Spoke with participant's MWA case manager (FSD contractor) 10/27. MWA reports participant is meeting her 30 hr/wk participation with class plus study hall, and the pending sanction was withdrawn.`, 'T', 'O', false, [TP, JM]),
  // Group first, then a one-on-one talk after it: the talk is the contact.
  note(MO, 'tanf-mi-coaching-mo-009', `Facilitated the MI-informed "Finding Your Why" group 10/28, 7 participants including this participant. She shared in the round that she's halfway through clinicals. Brief 1:1 with her after group: confirmed her state test date 12/4 and her ride there. Continue ITA per IEP through the state test.`, 'I', 'P', true, []),
  note(MO, 'tanf-mi-coaching-mo-010', `Mailed participant the practice test booklet 10/29 with a note asking her to bring it to our next session.`, 'L', 'P', false, [RP]),
  note(MO, 'tanf-mi-coaching-mo-011', `Office visit 11/3, 30 min. Participant brought the practice booklet; scored 41/50 on the written practice test. Open questions about test-day nerves - she named breathing and getting there early. Affirmed her effort. Confidence ruler 7/10 (up from 5). Continue ITA through the 12/4 state test per IEP.`, 'I', 'P', true, []),
  // The sister is the alternate, but one fact about attendance is not considerable and substantive knowledge.
  note(MO, 'tanf-mi-coaching-mo-012', `Participant's sister (alternate contact on file) called 11/10: participant's car broke down and she's been getting rides, sister says she hasn't missed class.`, 'T', 'A', false, [TP, JM]),
  note(MO, 'tanf-mi-coaching-mo-013', `Zoom session 11/12 with participant (dislocated worker, co-enrolled in TANF after UI ran out). Reflective listening around the layoff; he said "I'm ready to stop waiting for Leggett to call me back." Progress: started the welding pre-apprenticeship at Crowder 11/9, 3 of 3 days attended. Importance 8, confidence 6. Continue OST per IEP.`, 'T', 'P', true, []),
  note(MO, 'tanf-mi-coaching-mo-014', `Participant did not come to his 11/17 appointment. Will reach out by phone tomorrow in the spirit of MI, no shaming.`, 'I', 'P', false, [UA]),
  note(MO, 'tanf-mi-coaching-mo-015', `E-mailed participant 11/18 a summary of our last session (his change talk in his own words, his three goals) and asked him to reply with anything I got wrong.`, 'E', 'P', false, [RP]),
  note(MO, 'tanf-mi-coaching-mo-016', `Participant replied 11/19 to my summary e-mail: "you got it right. also I finished the first module, got my 1G flat cert." Continue OST per IEP; next Zoom 12/1.`, 'E', 'P', true, []),
  // A rehearsal with a colleague playing the participant: no contact with him at all.
  note(MO, 'tanf-mi-coaching-mo-017', `Role-played the upcoming sanction conversation with my peer coach 11/20 (I played the participant). Practiced double-sided reflections: "part of you wants to keep the Dollar General job, part of you wants the welding cert." Participant not contacted.`, '-', '-', false, [CT]),

  note(MN, 'tanf-mi-coaching-mn-001', `F2F 10/5/26, 50 min. OARS throughout. Client's change talk: "I want my kids to see me finish." Readiness ruler 8/10. Progress: Medical Assistant program at Minneapolis College, 3 of 4 courses passing, externship application submitted. Barrier: childcare for externship hours, CCAP referral made. ISS and MFIP employment plan both updated.`, 'I', 'P', true, []),
  note(MN, 'tanf-mi-coaching-mn-002', `Phone check-in attempt 10/9 - busy signal twice, then no answer.`, 'T', 'P', false, [UA]),
  // A call that only moved an appointment is still a call with her; it holds no result.
  note(MN, 'tanf-mi-coaching-mn-003', `Client called 10/12 to reschedule. Used a brief reflection ("sounds like this week is a lot") and she agreed to 10/19 at 10:00.`, 'T', 'P', true, [PM]),
  note(MN, 'tanf-mi-coaching-mn-004', `10/19 F2F: client in sustain talk about the externship ("maybe I should just keep my Target job"). Did a decisional balance together. Progress: passed Pharmacology with an 82. She'll decide by 10/26.`, 'I', 'P', true, []),
  note(MN, 'tanf-mi-coaching-mn-005', `Consulted client's MFIP financial worker (Hennepin County) by phone 10/21 about the sanction notice; FW says it was sent in error and has been rescinded.`, 'T', 'O', false, []),
  note(MN, 'tanf-mi-coaching-mn-006', `Texted client 10/26 "Hi! Thinking of you today - how did the decision go?" Delivered.`, 'E', 'P', false, [RP]),
  note(MN, 'tanf-mi-coaching-mn-007', `Client replied 10/26 evening: "I'm doing the externship!! starts 11/9 at the clinic, 24 hrs/wk, Target gave me weekends." Reflected her commitment language back by text. ISS: externship activity added.`, 'E', 'P', true, []),
  note(MN, 'tanf-mi-coaching-mn-008', `Externship site supervisor (clinic RN lead) called 11/16: client is on time every shift, has roomed and done vitals on about 40 patients, did her first supervised blood draw.`, 'T', 'V', false, []),
  note(MN, 'tanf-mi-coaching-mn-009', `Video (Google Meet) 11/18, client on her break at the clinic. Importance 10, confidence 8. She said the RN lead praised her vitals. 72 of 160 externship hours done. Affirmed. Plan: register for the CMA exam by 12/1.`, 'T', 'P', true, []),
  note(MN, 'tanf-mi-coaching-mn-010', `Home visit 11/20, 2:00, as set up by text. Knocked, no answer; a neighbor said the family moved out last week.`, 'I', 'P', false, [UA]),
  note(MN, 'tanf-mi-coaching-mn-011', `Client called from a new number 11/23 (moved in with her sister in Brooklyn Center). Open questions about the move; the apartment had mold. Still in Phlebotomy at Hennepin Tech, missed 2 days for the move, instructor letting her make them up. New address entered in WF1.`, 'T', 'P', true, []),
  note(MN, 'tanf-mi-coaching-mn-012', `MI-based "Next Steps" group 11/24 at the WFC, 9 attended. Client was registered but did not come.`, 'I', 'P', false, [UA]),
  note(MN, 'tanf-mi-coaching-mn-013', `Sent client an e-mail 11/25 with the CCAP application link and asked her to let me know when it's in.`, 'E', 'P', false, [RP]),
  // A reflection for clinical supervision: it plans a session, it records none.
  note(MN, 'tanf-mi-coaching-mn-014', `Reflection for clinical supervision: I notice I tend to fix rather than evoke with this client. Next session I will ask "what would you like to focus on?" before offering the CCAP info again.`, '-', '-', false, [CT]),
  note(MN, 'tanf-mi-coaching-mn-015', `Brief phone call 11/30 - client says "all good, just busy." Will meet next week.`, 'T', 'P', true, [PM, NS]),
  note(MN, 'tanf-mi-coaching-mn-016', `F2F 11/27, 60 min. Client shared she's thinking of dropping Phlebotomy for a new job offer (warehouse, nights, $21). Double-sided reflection. Explored whether she could do both; she'll ask about the weekend cohort. Progress: 18 of 30 successful venipunctures logged, lab grade 88%. ISS unchanged for now.`, 'I', 'P', true, []),
  note(MN, 'tanf-mi-coaching-mn-017', `Client mailed back the signed ISS update I sent her 11/20 (received 11/30) with a note on it: "Started the weekend cohort 11/28, keeping the warehouse job too."`, 'L', 'P', true, []),
];
