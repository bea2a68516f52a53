/**
 * Childcare and transportation supports: a supportive-services coordinator's notes (SS requests and approvals, gas
 * cards, bus passes, mileage logs and reimbursement checks, child care centers, the county child care assistance
 * office, repair shops and transit dispatch) (locked split, batch 6: scored, aggregates only). Most of the day is
 * vendors and paperwork: a daycare director, a repair shop or a subsidy office is "other", a pass or a check in the
 * mail is a letter waiting on a reply, and a card picked up at the front desk is a drop-in nobody met. The
 * participant's own word (in person, by phone, or a reply by text or e-mail) is the contact. Labels come from the
 * policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind: before the checker ever ran
 * on them.
 */
import { note, type LabelledNote, MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII } from '../types';

export const STYLE = 'childcare-transport-supports';
export const BATCH = 6;

export const NOTES: LabelledNote[] = [
  note(MO, 'b6-ss-mo-01', 'SS - gas card ($50) issued to cust in person at the Columbia Job Center 3/2. She is at clinicals at Boonville 4 days/wk (120 mi round trip) and passed her Med-Surg exam with an 88. Cont SS per IEP while in the LPN program.', 'I', 'P', true, []),
  note(MO, 'b6-ss-mo-02', 'Called Little Sprouts Learning Center 3/3 to confirm cust\'s son is enrolled for the WIOA childcare payment. Director confirmed, $165/wk, invoice to come.', 'T', 'O', false, [TP, PM, JM]),
  // A form in the mail with no word from her and no request it answers: a document, like an upload, not a reply.
  note(MO, 'b6-ss-mo-03', 'Cust\'s Feb mileage log rec\'d in the mail 3/4: 18 trips to State Fair CC, 1,080 mi. No note with it. Sent to fiscal for reimbursement.', '-', '-', false, [CT]),
  note(MO, 'b6-ss-mo-04', 'Mailed cust her April Go COMO bus pass 3/5 with a note asking her to call CM with her summer class schedule. No call yet.', 'L', 'P', false, [RP]),
  note(MO, 'b6-ss-mo-05', 'Cust called 3/6: her car broke down and she needs help w/ the repair to keep getting to CDL school in Jeff City. She is in wk 3, passed the permit test, 0 absences. Went over SS limits ($750/yr) and e-mailed her the repair quote form. Cont ITA and SS per IEP.', 'T', 'P', true, []),
  note(MO, 'b6-ss-mo-06', 'Vendor call: Midas Jefferson City 3/9 re: quote for cust\'s car (alternator + belt), $612.', 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'b6-ss-mo-07', 'SS request for car repair ($612) submitted to supervisor 3/10. Approved 3/11.', '-', '-', false, [CT, NS]),
  note(MO, 'b6-ss-mo-08', 'Texted cust 3/11 that the repair was approved and she can take the car to Midas 3/12. Cust texted back "thank you so much!! ill drop it off at 8".', 'E', 'P', true, [PM, JM]),
  note(MO, 'b6-ss-mo-09', 'Director of Kiddie Kampus called 3/12: cust\'s son has not been dropped off since 3/2 and they will give the slot away if he is not back by 3/16.', 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'b6-ss-mo-10', 'Called cust 3/12 about the daycare slot. LM.', 'T', 'P', false, [UA]),
  note(MO, 'b6-ss-mo-11', 'Cust came in 3/13 w/ her mileage log. Son had the flu, back to Kiddie Kampus 3/16. She has been carpooling to MACC and has not missed class, instructor sign-offs on her syllabus sheet show 100%. Cont childcare SS and ITA per IEP.', 'I', 'P', true, []),
  note(MO, 'b6-ss-mo-12', 'Mileage reimbursement check ($312.40, Feb) mailed to cust 3/16.', 'L', 'P', false, [RP]),
  note(MO, 'b6-ss-mo-13', 'Cust\'s mom picked up the gas card at the front desk 3/17 (cust at clinicals). Mom said cust has 2 weeks of clinicals left.', 'I', 'A', false, [TP, JM]),
  note(MO, 'b6-ss-mo-14', 'E-mail from cust 3/18 with her Feb bus pass receipts: "I made it to every class and got a 90 on the midterm." Will renew her pass for April per IEP.', 'E', 'P', true, []),
  note(MO, 'b6-ss-mo-15', 'OV w/ cust 3/20 to plan childcare and transportation for the summer term. Cust is finishing wk 10 of 16 in the Medical Assistant program at Vatterott, 93% average, externship starts 5/4 at Capital Region (day shift). Her daughter ages out of the Kiddie Kampus toddler room in May; she toured Little Sprouts and they have a slot 5/1, $150/wk, which is under the SS cap. Her car is running since the repair. Externship is 30 mi each way, so we set gas cards at $50 every 2 wks through 6/30 instead of the bus pass. She will bring the Little Sprouts enrollment form next OV 4/17. Continue ITA and SS per IEP; she needs the externship to finish.', 'I', 'P', true, []),
  note(MO, 'b6-ss-mo-16', 'TC w/ Child Care Aware of MO 3/24 re: status of cust\'s subsidy application. Still pending at FSD.', 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'b6-ss-mo-17', 'Cust called 3/25 re: the bus pass. Gave her the April pass pickup info.', 'T', 'P', true, [PM, JM]),

  note(MN, 'b6-ss-mn-01', 'Polk County CCAP worker called 3/2: client\'s child care assistance approved through 8/31, provider Tiny Tots Crookston.', 'T', 'O', false, [TP, PM]),
  note(MN, 'b6-ss-mn-02', 'Gas card issued in person 3/3 at the WFC. Client is in the LPN program at NCTC, 12 credits this term, A- in Pharmacology. ISS reviewed.', 'I', 'P', true, []),
  note(MN, 'b6-ss-mn-03', 'Paul Bunyan Transit 31-day pass mailed to client 3/4.', 'L', 'P', false, [RP]),
  note(MN, 'b6-ss-mn-04', 'Client e-mailed her Feb mileage log 3/5: "Feb miles attached, I went to all 16 clinical shifts." Saved to file.', 'E', 'P', true, []),
  note(MN, 'b6-ss-mn-05', 'Called Tiny Tots 3/6 to set up the WIOA childcare payment for client\'s daughter.', 'T', 'O', false, [TP, PM]),
  note(MN, 'b6-ss-mn-06', 'Texted client 3/9 that her gas card is ready at the front desk. Front desk says she picked it up 3/10; I was at an outreach site and did not see her.', 'E', 'P', false, [UA, RP]),
  note(MN, 'b6-ss-mn-07', 'Phone w/ client 3/11. Her car broke down and she missed 2 days of welding; instructor is letting her make up the lab hours. Talked about repair assistance, she will get 2 quotes. ISS updated.', 'T', 'P', true, []),
  note(MN, 'b6-ss-mn-08', 'Called Dave\'s Auto (Crookston) 3/12 for a quote on client\'s car.', 'T', 'O', false, [TP, PM]),
  note(MN, 'b6-ss-mn-09', 'SS request for car repair ($480) submitted to supervisor 3/13; approved 3/16.', '-', '-', false, [CT, NS]),
  note(MN, 'b6-ss-mn-10', 'Client\'s husband called 3/16 asking when the repair payment goes out.', 'T', 'A', false, [PM]),
  note(MN, 'b6-ss-mn-11', 'Left VM for client 3/17: repair approved, Dave\'s can start Thursday.', 'T', 'P', false, [UA]),
  note(MN, 'b6-ss-mn-12', 'Client texted 3/17 9:50 PM: "got ur vm, car is at daves thx, im still going to class my sister drives me, 3G test is next wk."', 'E', 'P', true, []),
  note(MN, 'b6-ss-mn-13', 'Client came in 3/19. Infant slot at Kiddie Academy starts 3/23, so she can start CNA clinicals 3/24 as planned; passed the skills lab 3/18. ISS updated with the clinical dates.', 'I', 'P', true, []),
  // Presenting to a room is not a two-way exchange with the client, even when her name is on the sheet.
  note(MN, 'b6-ss-mn-14', 'Transportation orientation at the WFC 3/20 (MnDOT rideshare and Tri-Valley bus), 8 participants. Client\'s name is on the sign-in sheet; I was presenting and did not talk with her one-on-one.', 'I', 'P', false, [NS]),
  note(MN, 'b6-ss-mn-15', 'Client\'s mileage log received.', '-', '-', false, [CT, NS, DM], { noDateField: true }),
  note(MN, 'b6-ss-mn-16', 'Phone w/ client 3/30. Daycare at Kiddie Academy is working out, she is in week 4 of the CNA course and passed the skills check-off. Renewed her April bus pass. ISS reviewed.', 'T', 'P', true, []),
  note(MN, 'b6-ss-mn-17', 'Called Kiddie Academy 3/20 to add client\'s son (DOB 04/12/2024) to the infant room billing.', 'T', 'O', false, [TP, PM, PII]),
];
