/**
 * Cosmetology, barbering, esthetics and nail-tech students (locked split, batch 10: scored and floored, aggregates
 * only), written by case managers who count hours the way the schools do: "hrs 640/1500", theory and clinic-floor
 * hours, mannequins and kits, practicals and mock boards, the school's attendance rule, the state board and its
 * written and practical exams, chair and booth rent after licensing. Missouri: 1,500 cosmetology and 1,000 barber
 * hours before the combined Board of Cosmetology and Barber Examiners; Minnesota: 1,550 cosmetology, 600 esthetics,
 * 350 nail and 1,500 barber hours before the cosmetologist and barber boards, with students who cross the river to
 * Fargo for work.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. The school's director, instructors and its office are the training provider (Missouri: counts with
 * substantive progress and a reason to continue, §2.2; Minnesota: recorded, never the monthly contact); a parent
 * or partner is the alternate when listed and someone else when only answering the phone. A licensing board, a
 * shop where she only shadows and a future employer are someone else. A score report dropped in the box, a
 * licence look-up and a photo she texted that nobody answered are no exchange; a reschedule worked out by text is.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'cosmetology-barber-hours';
export const BATCH = 10;

export const NOTES: LabelledNote[] = [
  note(MO, 'cosmetology-barber-hours-mo-001', `OV 1/6/2025. Pt brought her school hours printout from Ozark Beauty Academy: 640/1500 (theory 210, clinic 430). Passed the chemical services theory test 88%. Her shears were stolen out of her car so she needs a kit replacement — gave her the supportive services form. Continue ITA per IEP, goal licensed cosmetologist by Aug.`, 'I', 'P', true, []),
  // Hours are real progress, but the report came with nothing on why services should continue.
  note(MO, 'cosmetology-barber-hours-mo-002', `Hours report e-mailed by the Ozark Beauty Academy front office 1/17: pt at 702/1500 hrs.`, 'E', 'V', false, [TP, JM]),
  note(MO, 'cosmetology-barber-hours-mo-003', `Text to pt 1/27: "Don't forget your FAFSA appt Thursday 2pm at OTC!" — no response.`, 'E', 'P', false, [RP]),
  // She picked up only to say she could not talk: nothing was exchanged, the contact still has to be made.
  note(MO, 'cosmetology-barber-hours-mo-004', `Called pt 1/29 2:10, she answered but was on the clinic floor with a client and said she couldn't talk, call back after 5. Will try tomorrow.`, 'T', 'P', false, [UA]),
  note(MO, 'cosmetology-barber-hours-mo-005', `Stopped at the school 2/4 (clinic floor visit). Pt was processing a color; we talked about 10 min in the dispensary when it was on. 820 hrs, doing mock practicals every Friday, instructor has her on foils and precision cuts. She wants to rent a booth at a salon in Nixa after she's licensed. Continue ITA per IEP.`, 'I', 'P', true, []),
  // Bad news from the school director is still progress, and the writer states the plan to continue.
  note(MO, 'cosmetology-barber-hours-mo-006', `TC 2/18/25 w/ Ms. Darnell, school director. Pt has 8 absences in Feb and is at 76% attendance; school requires 80% or she goes on attendance probation and her projected grad date moves from 6/20 to mid-July. Hours now 868/1500. Will meet pt this week on an attendance plan; ITA continues per IEP as long as she gets back to 32 hrs/wk.`, 'T', 'V', true, []),
  note(MO, 'cosmetology-barber-hours-mo-007', `Pt's mom (alternate contact) called 2/20 — pt has strep, been out since Monday, will be back next week.`, 'T', 'A', false, [TP, PM, JM]),
  // A two-way text exchange, though only about a new time.
  note(MO, 'cosmetology-barber-hours-mo-008', `Pt no-showed 2/25 3:00 appt. She texted at 3:40 "sorry had a client run late on the floor, can we do thurs?" I replied "Yes, Thu 2/27 at 4:00" and she sent back "ok ty".`, 'E', 'P', true, [PM, JM]),
  note(MO, 'cosmetology-barber-hours-mo-009', `OV 2/27 4:00. Pt at 920 hrs. We wrote an attendance plan (Tue–Sat 8–5, no more Monday shifts at her restaurant job), she signed it, copy to school director. Kit replacement approved ($285 supportive services). ITA continues per IEP; next check 3/27.`, 'I', 'P', true, []),
  note(MO, 'cosmetology-barber-hours-mo-010', `PC 3/5 with barber student (Gateway Barber College, St. Louis). 610/1000 hrs, passed the school's mock practical (fade, shave, sanitation) last week, instructor moving him to the senior floor. Wants to rent a chair on Cherokee St when licensed. Continue ITA per IEP.`, 'T', 'P', true, []),
  // The shop where he shadows on Saturdays is not the activity he is enrolled in.
  note(MO, 'cosmetology-barber-hours-mo-011', `Owner of Fade Kings (where pt shadows Saturdays) called 3/6 wanting to know when pt gets licensed, says he's "a natural" and he'll give him a chair.`, 'T', 'O', false, []),
  note(MO, 'cosmetology-barber-hours-mo-012', `Letter mailed 3/10 asking pt for his state board dates. He mailed it back 3/20 with a note on the bottom: "1000 hrs done 3/14!! written exam 4/2 at PSI, practical 4/16." Continue ITA through licensure per IEP (exam fee voucher).`, 'L', 'P', true, []),
  // A score report left in the drop box is a document, not an exchange.
  note(MO, 'cosmetology-barber-hours-mo-013', `Pt dropped his PSI written score report in the after-hours box 4/5: passed, 81.`, '-', '-', false, []),
  note(MO, 'cosmetology-barber-hours-mo-014', `E-mailed pt 4/17: "How did the practical go?" No reply as of 4/30.`, 'E', 'P', false, [RP]),
  // The board's staff are someone else, however official the news.
  note(MO, 'cosmetology-barber-hours-mo-015', `Called the State Board of Cosmetology and Barber Examiners 4/24. Staff confirmed barber license issued to pt 4/22.`, 'T', 'O', false, []),
  note(MO, 'cosmetology-barber-hours-mo-016', `Phone w/ pt 4/28. Licensed 4/22, renting a chair at Fade Kings since 4/24, first week $640 gross after chair rent. Closing the ITA (completed, credential attained); follow-up services per IEP, will call in 30 days.`, 'T', 'P', true, []),
  note(MO, 'cosmetology-barber-hours-mo-017', `Chatted w/ pt in lobby 3/12, doing fine.`, 'I', 'P', true, [PM, JM, NS]),

  note(MN, 'cosmetology-barber-hours-mn-001', `Monthly contact 1/9/25 in person at Northland Beauty Institute, Moorhead (esthetics). Client at 310/600 hrs, passed the waxing practical, working on facials on the clinic floor. Hours report copied to client record. ISS reviewed; OST activity current in WF1.`, 'I', 'P', true, []),
  note(MN, 'cosmetology-barber-hours-mn-002', `School financial aid office called 1/21 about the WIOA voucher invoice for spring.`, 'T', 'V', false, []),
  note(MN, 'cosmetology-barber-hours-mn-003', `Emailed client 2/3 for February contact. She replied 2/5: "I'm at 402 hrs, doing facials and brow tints on the floor now, school says I finish 4/10." Record reviewed.`, 'E', 'P', true, []),
  note(MN, 'cosmetology-barber-hours-mn-004', `3/4 called client, VM full, could not leave msg.`, 'T', 'P', false, [UA]),
  note(MN, 'cosmetology-barber-hours-mn-005', `3/6 client's boyfriend answered her phone, said she's at school till 5.`, 'T', 'O', false, [UA]),
  note(MN, 'cosmetology-barber-hours-mn-006', `Phone w/ client 3/7. 480/600 hrs; missed 3 days last week when her daycare closed. Referred to Clay County CCAP for child care assistance and gave her the sliding-fee list. ISS updated with the child care goal; record reviewed.`, 'T', 'P', true, []),
  note(MN, 'cosmetology-barber-hours-mn-007', `Instructor emailed 3/12 hours sheet: 520 hrs, passed the theory final (91%). Placed in record.`, 'E', 'V', false, []),
  note(MN, 'cosmetology-barber-hours-mn-008', `Met nail tech client at Rochester Cosmetology Academy 3/11 on her lunch. 290/350 hrs; passed the school's mock board; state practical booked for 4/14 and she is studying the MN Law & Rules exam. Record reviewed, ISS on track.`, 'I', 'P', true, []),
  note(MN, 'cosmetology-barber-hours-mn-009', `Letter sent 3/3 for March contact. No response as of 3/31.`, 'L', 'P', false, [RP]),
  // Her own photo, not answered by anyone, is one-way: no exchange yet.
  note(MN, 'cosmetology-barber-hours-mn-010', `3/20 client texted two photos of her mannequin updo "for my portfolio lol". Did not reply yet, will call her Monday.`, 'E', 'P', false, []),
  note(MN, 'cosmetology-barber-hours-mn-011', `April monthly contact by phone 4/2. Client passed the school's final practical, will hit 600 hrs on 4/10 and has her state exam 4/24 in Mpls. Asked about gas money for the drive: approved. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'cosmetology-barber-hours-mn-012', `OV 4/8 at CareerForce Minneapolis South with barber client (Twin Cities Barber Academy). 1,050/1,500 hrs, passed the school's midterm practical, cutting 6–8 clients a day on the floor. Copy of hours log to record; ISS reviewed.`, 'I', 'P', true, []),
  note(MN, 'cosmetology-barber-hours-mn-013', `Owner of Serenity Day Spa (Fargo) called 4/15, says she will hire client part-time once she is licensed.`, 'T', 'O', false, []),
  note(MN, 'cosmetology-barber-hours-mn-014', `Board of Cosmetologist Examiners license look-up 4/30: client's esthetician license active as of 4/28.`, '-', '-', false, []),
  note(MN, 'cosmetology-barber-hours-mn-015', `5/2 phone with client. Licensed 4/28, started at Serenity Day Spa in Fargo 4/30, 24 hrs/wk, $15/hr plus commission. ISS updated to employment; record reviewed.`, 'T', 'P', true, []),
  note(MN, 'cosmetology-barber-hours-mn-016', `Talked to client on the phone, she is at 1,300 hrs and takes the barber board exam next month. ISS reviewed.`, 'T', 'P', true, [DM], { noDateField: true }),
  note(MN, 'cosmetology-barber-hours-mn-017', `Client came in 5/13 with a copy of her license for the file and to sign her exit survey; SSN 468-20-5519 added to the survey. She is up to 30 hrs/wk at the spa. ISS reviewed.`, 'I', 'P', true, [PII]),
];
