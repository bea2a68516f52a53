/**
 * Incentives, stipends and supportive-service pickups at the front desk (fresh split: new voices, scored and listed
 * but not floored yet). The voice: gift cards for milestones (a credential, 90 days employed, a completed workshop
 * series), WEX stipend checks, bus and gas cards, the incentive log and the sign-in sheet, the receptionist handing
 * things over "per CM", relatives picking up for someone at work, an incentive approval in the system. Sources of
 * realism: how one-stop and youth-program staff record the pickups their programs pay for, with the receipt log
 * and the card number rather than the conversation.
 * Presence is not a contact: a card handed over by the receptionist, a name on the sign-in sheet or the incentive log,
 * or a visit while the case manager was out is no exchange with the case manager. A pickup counts when the case
 * manager met the participant and the note shows they talked.
 */
import { MO, MN, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'front-desk-incentives';

export const NOTES: LabelledNote[] = [
  note(MO, 'front-desk-incentives-mo-001', `Cust picked up $50 Walmart gift card (credential incentive - CNA cert) at front desk 3/3. Signed receipt log. CM was in a workshop and did not see her.`, 'I', 'P', false, [UA]),
  note(MO, 'front-desk-incentives-mo-002', `Cust came in 3/4 for her HiSET incentive ($100 Visa card, passed all 5 subtests 2/28). CM met w/ her at the desk ~15 min: she's enrolling in the Pharmacy Tech program at MSU-WP in April. Gift card log signed. Cont per IEP - ITA application started.`, 'I', 'P', true, []),
  // The receptionist's hand-off: the customer's news reached the case manager second-hand, and no one tried to meet him.
  note(MO, 'front-desk-incentives-mo-003', `Receptionist (Brenda) gave cust his bus pass 3/6 per CM's instructions. Brenda says cust mentioned he starts at Tyson Monday.`, '-', '-', false, [CT]),
  // Self-service in the resource room is not a meeting with anyone.
  note(MO, 'front-desk-incentives-mo-004', `Sign-in sheet 3/9 shows cust came in at 1:15 to use the resource room computers (reason written: "job search - applying at Mercy").`, '-', '-', false, [CT]),
  note(MO, 'front-desk-incentives-mo-005', `WEX stipend check #10422 ($320, 40 hrs) picked up by cust 3/11 - CM handed it to her and went over her timesheet: supervisor at Boys & Girls Club rated her "excellent", 40/120 hrs done. Cont WEX per IEP.`, 'I', 'P', true, []),
  note(MO, 'front-desk-incentives-mo-006', `Gift card for completing the Job Readiness workshop series (4 of 4) left at front desk 3/12 in an envelope w/ cust's name.`, '-', '-', false, [CT]),
  // His girlfriend signs for the card and gives one piece of news; nothing says why his services continue.
  note(MO, 'front-desk-incentives-mo-007', `Cust's girlfriend picked up his gas card 3/13 (cust at work). She signed for it. She says he's at Pinnacle Foods 40 hrs.`, 'I', 'A', false, [TP, JM]),
  note(MO, 'front-desk-incentives-mo-008', `OV 3/16 - cust came in to pick up the $75 incentive for passing his CDL permit; met w/ CM in office 20 min. Behind-the-wheel starts 3/23 at Crowder, needs DOT physical - voucher issued. Cont ITA per IEP.`, 'I', 'P', true, []),
  note(MO, 'front-desk-incentives-mo-009', `Incentive request submitted 3/18 for cust - employment retention Q2 ($100), employer verified still employed. Pending supv approval.`, '-', '-', false, [CT]),
  note(MO, 'front-desk-incentives-mo-010', `Called cust 3/19 to let her know her $50 gift card is ready for pickup. NA, LM.`, 'T', 'P', false, [UA]),
  note(MO, 'front-desk-incentives-mo-011', `Cust called 3/20 asking if her gift card was ready. Told her yes. While on the phone she said she passed the Pharmacy Tech (PTCB) exam 3/17 and has an interview at Walgreens 3/25. Cont per IEP; incentive approved for credential.`, 'T', 'P', true, []),
  note(MO, 'front-desk-incentives-mo-012', `Front desk log 3/23: 10:42 AM - cust picked up gift card #5512, ID verified by receptionist. 10:44 AM - left.`, '-', '-', false, [CT, NS]),
  // He is away at training; his mother brings his progress sheet (two certifications, attendance) and the note says why he continues.
  note(MO, 'front-desk-incentives-mo-013', `Cust's mom came in 3/26 to pick up the incentive for him (he's in Jeff City for lineman climbing week). Mom showed CM his progress sheet from the lineman school: passed climbing cert 3/24, 100% attendance, CDL permit done. Cust remains in the lineman program per IEP, cont ITA.`, 'I', 'A', true, []),
  // An event where she was in the room and got her card from the director; no one on staff talked with her.
  note(MO, 'front-desk-incentives-mo-014', `Spring Milestone Celebration 3/27, Springfield Job Center lobby, 2-3:30 PM. 14 participants recognized for credentials or 90 days of employment; each received a $50 gift card and a certificate from the Director, Ms. Whitfield. CM emceed and read the names. Cust was on the RSVP list and signed the sign-in sheet at 1:58; her gift card (#6120) was checked off as picked up. Photos taken for the newsletter with signed releases (cust's release on file from enrollment). Refreshments from Hy-Vee paid from the incentive budget line. The lobby was crowded and CM did not get a chance to speak with cust individually before she left; will call her next week about her 90-day employment verification and the Q2 retention incentive. Event cost summary sent to the Director 3/30.`, '-', '-', false, [CT]),
  note(MO, 'front-desk-incentives-mo-015', `Stipend pickup 3/30 - cust came to CM's desk for March WEX stipend ($280). Discussed: 35 hrs, supervisor wants to hire him PT after WEX ends 4/30. Cont WEX thru 4/30 per IEP, then job placement.`, 'I', 'P', true, []),
  note(MN, 'front-desk-incentives-mn-001', `Client came in 3/2 to pick up her $100 incentive for completing the Medical Assistant cert (Northland, passed CMA exam 2/25). Met in my office: she's applying at Altru and Sanford. Resume updated. ISS goal: employment.`, 'I', 'P', true, []),
  note(MN, 'front-desk-incentives-mn-002', `Gas card left at CareerForce front desk 3/3 for client pick up.`, '-', '-', false, [CT, NS]),
  // He came by while the counselor was out and left word with the front desk.
  note(MN, 'front-desk-incentives-mn-003', `Front desk (Jill) says client came by 3/4 at 3pm and picked up his bus card, said to tell me "all good". I was at a Rapid Response mtg.`, 'I', 'P', false, [UA]),
  note(MN, 'front-desk-incentives-mn-004', `Client picked up WEX stipend 3/6 at my desk - 32 hrs for Feb at the Polk County Museum. We looked at her timesheet together; supervisor notes she's started cataloging on her own. She wants more hours in April.`, 'I', 'P', true, []),
  note(MN, 'front-desk-incentives-mn-005', `Sign-in sheet 3/9 - client signed in for the "Incentive Pickup" window, reason: gift card. Gift card #8831 given out by receptionist.`, '-', '-', false, [CT, NS]),
  note(MN, 'front-desk-incentives-mn-006', `Texted client 3/10 that her milestone gift card ($50, 90 days employed) is at the front desk. Delivered.`, 'E', 'P', false, [RP]),
  note(MN, 'front-desk-incentives-mn-007', `Client texted back 3/11 "omw to get it, thank u!!" and came in at noon. Talked at the front counter 10 min - still at Hugo's Bakery, 35 hrs, moving to the deli counter at $17/hr. Signed incentive log.`, 'I', 'P', true, []),
  note(MN, 'front-desk-incentives-mn-008', `Client's dad picked up the incentive 3/13 - client is at Job Corps (Duluth) this week for orientation. Dad says she likes it, in the CNA track.`, 'I', 'A', false, []),
  note(MN, 'front-desk-incentives-mn-009', `Incentive eligibility verified 3/16 (credential attained: OSHA 10 card on file). Incentive approved by supv.`, '-', '-', false, [CT]),
  note(MN, 'front-desk-incentives-mn-010', `TC 3/18 - client called to ask if he can pick up his completion incentive Saturday (we're closed). Told him Monday. He starts at LM Wind Power on Monday 3/23, 1st shift, $21/hr. Will leave card w/ Jill.`, 'T', 'P', true, []),
  note(MN, 'front-desk-incentives-mn-011', `Client no-show for gift card pickup/ISS appt 3/20 at 2pm. Card still in the safe.`, 'I', 'P', false, [UA]),
  note(MN, 'front-desk-incentives-mn-012', `Incentive log 3/2-3/27 reviewed: client picked up 3 gas cards (3/4, 3/12, 3/25), never during my office hours.`, '-', '-', false, [CT, NS]),
  note(MN, 'front-desk-incentives-mn-013', `3/27 OV at the front desk (lobby was full, we talked at the counter) - client brought proof of completion of Welding I (certificate + grade report, B+). $75 incentive issued. Enrolling Welding II 4/6. ISS updated, copy of cert to file.`, 'I', 'P', true, []),
  // She was at the celebration and left before the counselor reached her.
  note(MN, 'front-desk-incentives-mn-014', `Youth Completion Night 3/31 at the CareerForce Thief River Falls office, 5-7 PM. Eleven youth completed their WEX or a credential this quarter and were recognized; each got a $100 gift card (Visa) handed out by the board chair, plus a certificate. Families were invited and about 40 people came. Client was there with her grandmother - I saw them come in during the slideshow, and her name is checked off on the gift card log (#7703). I was running the slideshow and the food table and when I went to find her afterward she had already left. I wanted to talk to her about the summer WEX at the hospital and whether she is still planning on the CNA class at Northland in June. Will text her tomorrow and try to set up an appt for next week. Photo releases collected for all youth under 18.`, 'I', 'P', false, [UA]),
  note(MN, 'front-desk-incentives-mn-015', `client in for bus card 3/31, we talked - still job searching, 6 apps, interview at Menards 4/2`, 'I', 'P', true, []),
];
