/**
 * Miners laid off on the Iron Range and in the Lead Belt (locked split, batch 11: scored and floored, aggregates
 * only): dislocated-worker counselors with twenty and thirty years in the Park Hills and Farmington job centers
 * (lead mines and a smelter idled, Mineral Area College) and in Virginia, Hibbing and Eveleth (taconite plants idled
 * and restarted, the lineworker yard, CDL schools, the union hall), who write the way they talk: first names,
 * run-on sentences, "cust", the Legion fish fry, deer camp, forty-below mornings, wives who answer the home phone,
 * recalls to the pit, and the odd monitor's corrective action pasted in later.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A rapid-response session with a sign-in sheet is no contact with him unless the two of them talked; a
 * short talk in person or by phone is a contact however casual the place. A wife listed on the plan is the
 * alternate (Missouri: counts with substantive progress and a reason to continue, §2.2; Minnesota: recorded, never
 * the monthly contact); a wife or son not listed, the union's staff and the plant's HR are someone else; a college
 * instructor is the provider. A voicemail he leaves, however good the news, is no exchange.
 */
import { MO, MN, PM, JM, UA, RP, TP, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l11-mining-layoff-range';
export const BATCH = 11;

export const NOTES: LabelledNote[] = [
  note(MO, 'l11-mining-layoff-range-mo-001', `cust in office 6/2/2025, laid off from the Buick mine 4/18 after 22 yrs underground (jumbo operator), UI approved. Did his IEP with him today, goal is industrial maintenance tech at Mineral Area College starting fall, he's got the aptitude (WorkKeys applied math 6). Enrolled DW. Next is FAFSA and the ITA packet, he'll bring them by 7/1.`, 'I', 'P', true, []),
  // The wife is not on the IEP as the alternate and only took a message.
  note(MO, 'l11-mining-layoff-range-mo-002', `6/17 called the house, Darlene (wife) answered, cust is helping his brother-in-law roof in Bonne Terre all week. She'll have him call me.`, 'T', 'P', false, [UA]),
  // He was one of 61 at a group session and the writer never spoke with him individually.
  note(MO, 'l11-mining-layoff-range-mo-003', `Rapid response session 6/24/2025 at the Local 7 hall in Viburnum, 61 signed in incl. cust. Went over DW services, UI, TAA status (no petition yet), MAC programs. No individual meetings today, told everybody to call the Park Hills office.`, 'I', 'P', false, []),
  note(MO, 'l11-mining-layoff-range-mo-004', `TC 7/8/25 — cust called, MAC accepted him into Industrial Maintenance, Pell came through for $3,100, classes start 8/18. Needs steel toes and the tool list (~$480). ITA for the balance approved pending the financial aid award letter, which he'll email me. Keep him in training per IEP; check in after first week.`, 'T', 'P', true, []),
  // His e-mail answers the writer's request, so it is a written reply, but a class schedule before classes start is no progress and says nothing on continuing.
  note(MO, 'l11-mining-layoff-range-mo-005', `Cust emailed his MAC fall schedule 7/14 like I asked on the phone (M-Th 8-2, PLC I, Electrical I, Hydraulics, Tech Math).`, 'E', 'P', true, [PM, JM]),
  note(MO, 'l11-mining-layoff-range-mo-006', `9/30/25 phone w/ Mr. Barnhart, MAC industrial maintenance instructor. Cust has missed 0 days, midterm grades A/A/B/B, top of the hydraulics lab. Barnhart says he'll finish the certificate in May if he keeps this up. Continue ITA for spring per IEP.`, 'T', 'V', true, []),
  note(MO, 'l11-mining-layoff-range-mo-007', `called cust 10/14 no answer mailbox full couldnt leave msg`, 'T', 'P', false, [UA]),
  // A talk at a fish fry is still an in-person contact with him; "going fine" is no progress and there is no reason to continue.
  note(MO, 'l11-mining-layoff-range-mo-008', `Ran into cust at the Legion fish fry in Desloge 10/17, talked a few minutes, he says school's going fine.`, 'I', 'P', true, [PM, JM]),
  note(MO, 'l11-mining-layoff-range-mo-009', `Letter mailed 12/15/25 asking for fall grades for the spring ITA renewal. Cust mailed back his grade report 1/6/26 with a note on it: "3.5 for fall, PLC was the hardest. Thanks for everything." Spring ITA renewed, he still needs 24 credit hrs for the certificate.`, 'L', 'P', true, []),
  // The listed alternate reports an injury and absence, nothing on how he is doing in class.
  note(MO, 'l11-mining-layoff-range-mo-010', `1/20/26 Darlene (alternate contact on the IEP) called, Gary hurt his back shoveling, out of class 2 weeks, she took the doctor's note to MAC.`, 'T', 'A', false, [TP, PM]),
  note(MO, 'l11-mining-layoff-range-mo-011', `Sat down w/ cust and his son Travis 2/3/2026, both in the office. Cust: spring semester going, 100% attendance, PLC II and Instrumentation, midterm in March. Drives 40 mi each way, approved gas assistance $60/wk per supportive services policy. Continue training per IEP. Travis got laid off from the smelter too, not enrolled, gave him the app.`, 'I', 'P', true, []),
  // The son is not enrolled and called about himself.
  note(MO, 'l11-mining-layoff-range-mo-012', `2/9 Travis (cust's son, not a participant) called about his own CDL app, told him to bring his DD-214 and layoff letter in Thurs.`, 'T', 'O', false, [TP]),
  note(MO, 'l11-mining-layoff-range-mo-013', `cust left VM on my office line 3/2 at 7:10 am "call me back on the cell". Returned it 8:30, no answer, left VM.`, 'T', 'P', false, [UA]),
  note(MO, 'l11-mining-layoff-range-mo-014', `Texts w/ cust 4/6/26 on the state cell. Cust: "Passed NCCER core and got a 92 on the PLC II final" Me: "Good deal! Instrumentation still on track for May?" Cust: "yes grad May 8, Ameren called me for an interview" Me: "Bring me the interview date, we'll do a mock interview." Continue to completion, then job placement per IEP.`, 'E', 'P', true, []),
  // A corrective action re-codes an old note; it records no contact of its own.
  note(MO, 'l11-mining-layoff-range-mo-015', `CORRECTIVE ACTION per DWD monitoring review 4/2026, Finding 3: the 10/14/25 entry recorded a no-answer call and was entered as a 600 CMC. Entry re-coded as an attempt. Last qualifying contact for this cust is 10/17/25. /supv. R. Thebeau`, '-', '-', false, []),
  // A ceremony alone would be no contact, but they talked and he gave news.
  note(MO, 'l11-mining-layoff-range-mo-016', `5/8/2026 went to the MAC completion ceremony, cust got his Industrial Maintenance certificate. Talked with him and his wife afterward by the gym doors, he's got a 2nd interview at Ameren Labadie on Tuesday for maintenance mechanic. Will follow up Wednesday, stays open for placement per IEP.`, 'I', 'P', true, []),
  // A Social Security number typed into the note.
  note(MO, 'l11-mining-layoff-range-mo-017', `TC 5/20/26 cust called, HIRED at Ameren Labadie, maintenance mechanic, $31.40/hr, starts 6/1, 1st shift. Needs his SSN 078-05-1120 on the new hire paperwork, which I told him to take care of with their HR not us. Will verify w/ paystub at 30 days, then follow-up per IEP.`, 'T', 'P', true, [PII]),

  note(MN, 'l11-mining-layoff-range-mn-001', `1/12/2026 participant in the Virginia office. Laid off 11/30 from the pellet plant after 19 yrs on the shovel, plant idled indefinitely. Wants the lineworker program at the Hibbing campus, Aug start; needs CDL Class A first (program requirement). IEP written, enrolled State DW. CDL school at Range Truck Driving starts 2/2.`, 'I', 'P', true, []),
  // This time he stayed after the group session and they went over his plan together.
  note(MN, 'l11-mining-layoff-range-mn-002', `DW orientation at the union hall in Mt. Iron 1/15/2026, ~90 there. Participant stayed after and we went over his training options for 20 min at the back table: he's leaning HVAC at the Eveleth campus, wants to stay on the Range. Gave him the program sheet, he'll tour on 1/22.`, 'I', 'P', true, []),
  note(MN, 'l11-mining-layoff-range-mn-003', `Called 1/20 9:15, got VM, left msg "it's Jim from the job training office, call me back when you can".`, 'T', 'P', false, [UA]),
  note(MN, 'l11-mining-layoff-range-mn-004', `Phone w/ participant 2/11. CDL permit passed 2/3, in week 2 of Range Truck Driving, backing is going rough but he's getting it. Road test scheduled 2/27. Talked about the lineworker app deadline 4/1.`, 'T', 'P', true, []),
  // The instructor's report is recorded (Letter 110, Policy 6) but is not the monthly contact.
  note(MN, 'l11-mining-layoff-range-mn-005', `Email from lineworker instructor 3/3: participant passed pole climbing qual (40 ft) and is 5 of 5 on attendance for the pre-program climbing school.`, 'E', 'V', false, []),
  // His wife is not listed on the plan; she says where he is, nothing on training.
  note(MN, 'l11-mining-layoff-range-mn-006', `Participant's wife (not on file as alternate) called 11/14, he's at deer camp by Cook, no cell service till Sunday.`, 'T', 'O', false, [PM]),
  note(MN, 'l11-mining-layoff-range-mn-007', `No phone at the cabin since the move. Mailed monthly check-in letter 11/20/25 w/ return envelope asking how CDL school is going.`, 'L', 'P', false, [RP]),
  note(MN, 'l11-mining-layoff-range-mn-008', `Rec'd participant's reply 12/8/25 to the 11/20 letter, handwritten on the back: "Classes going ok. Passed my CDL test Dec 3!! Looking at hauling for the contractor at Minntac. Call the neighbor's phone if you need me 218-555-0162." Updated contact info. Next: job search help.`, 'L', 'P', true, []),
  // The meeting never happened; the office was closed.
  note(MN, 'l11-mining-layoff-range-mn-009', `Appt 2/4 cancelled, office closed, -38 windchill. Rescheduled to 2/11 same time.`, '-', '-', false, []),
  // Bad news for the plan is still progress: he leaves training for his recall.
  note(MN, 'l11-mining-layoff-range-mn-010', `TC 3/9/2026 with participant. He got the recall letter, plant restarting line 2, back to work 3/23. He'll drop HVAC after this week (finished 6 of 16 weeks, B average). Talked about whether to finish nights; he'd rather save the ITA. Plan exit at 90 days after recall if he stays working.`, 'T', 'P', true, []),
  note(MN, 'l11-mining-layoff-range-mn-011', `Covering for Jim. Checked the TAA certified worker list from the petition, participant is on it (impact date 11/30/25). Added to file. No contact made.`, '-', '-', false, []),
  // He said he could not talk and left: nothing was exchanged.
  note(MN, 'l11-mining-layoff-range-mn-012', `3/16 saw participant in the resource room on the computers, went over to go over his job search log, he said he couldn't talk, his ride was outside, and left.`, 'I', 'P', false, [UA]),
  note(MN, 'l11-mining-layoff-range-mn-013', `Texts 3/19: participant sent a pic of his Class A license. Me: "Congrats!!" Him: "thx, starting w/ the stripping contractor at Hibtac Monday, $28/hr haul truck". Me: "Bring a paystub when you get one." Him: "will do"`, 'E', 'P', true, []),
  // A voicemail from him is one-way, however good the news.
  note(MN, 'l11-mining-layoff-range-mn-014', `Participant left VM Fri 4/10 after 5: "Hey Jim, got the job at the mine, start Monday, talk to you later." Will call him back Monday.`, 'T', 'P', false, [UA]),
  // A late addendum for a monitor, recording the results of a call that did take place.
  note(MN, 'l11-mining-layoff-range-mn-015', `ADDENDUM 4/20/2026 per DEED monitor review (results not recorded for October): Phone contact with participant 10/14/2025 — he was in week 6 of CDL school, passed the pre-trip inspection, road test set for 11/5, no barriers.`, 'T', 'P', true, []),
  note(MN, 'l11-mining-layoff-range-mn-016', `4/22/2026 stopped at the lineworker yard in Hibbing, participant was on the climbing poles. Talked at break: passed the 60 ft climb, crossarm install next week, instructor has him leading his crew. Wants to get on with the co-op after. Next contact mid May.`, 'I', 'P', true, []),
  note(MN, 'l11-mining-layoff-range-mn-017', `Emailed participant 5/4 a Minnesota Power apprentice lineworker posting. He replied 5/5: "already applied, they called me, interview 5/14 in Duluth." Will do a mock interview with him 5/11.`, 'E', 'P', true, []),
];
