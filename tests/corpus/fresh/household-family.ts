/**
 * Spouses, parents, co-parents, siblings and adult or teenage children in the line of contact (fresh split: new
 * voices, scored and listed but not floored yet): they answer the phone or the door, take messages, text from
 * the participant's phone, interpret, sit in on visits, bring paperwork, or call with news of their own. Labels
 * come from the policies and the definition of a qualifying contact, written before the checker ever ran on them.
 * A relative who answers and only says the participant is out is an attempt; one who talks about the
 * participant's progress is the alternate contact (in Missouri it counts only with considerable and substantive
 * knowledge when the customer and the provider are unavailable, §2.2; in Minnesota never as the monthly contact);
 * once the participant comes on the line, or takes part with a relative interpreting, it is their contact. An
 * ex-partner or co-parent with no release on file is "other".
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, DM, note, type LabelledNote } from '../types';

export const STYLE = 'household-family';

export const NOTES: LabelledNote[] = [
  note(MO, 'household-family-mo-001', 'Called cust 3/2, wife Angela answered. Said he\'s at work, she will tell him to call me.', 'T', 'P', false, [UA]),
  note(MO, 'household-family-mo-002', 'Called cust 3/3, his wife answered and put him on. Cust says he passed the NCCER Core test 2/28 and starts the pipefitting module 3/9. Continue ITA per IEP.', 'T', 'P', true, []),
  // MO §2.2 in order: customer in hospital, instructor away until 3/16, alternate reads grades and attendance.
  note(MO, 'household-family-mo-003', 'Cust\'s mother (alt contact on file) called 3/4 - cust has been in the hospital since a car accident 3/1. Mother has his school portal login and read me his grades: A in Anatomy, B in Med Term, attendance 100% before the accident. Instructor not available (spring break until 3/16). Mother will bring the doctor\'s note. Continue ITA per IEP; CM to call instructor 3/16.', 'T', 'A', true, []),
  note(MO, 'household-family-mo-004', 'LM w/ cust\'s daughter 3/5.', 'T', 'P', false, [UA]),
  note(MO, 'household-family-mo-005', 'Cust came in 3/6 w/ her husband, who did most of the talking; cust confirmed she finished the Phlebotomy course 2/27 and has her NHA exam 3/20. Continue ITA per IEP for the exam fee.', 'I', 'P', true, []),
  // The husband's one piece of news (a job, no pay or hours) is not substantive knowledge; the customer never spoke.
  note(MO, 'household-family-mo-006', 'Cust\'s husband called 3/9: cust got the job at Mercy as a unit secretary, starts 3/16. He didn\'t know pay or hrs. Asked him to have her call me.', 'T', 'A', false, [TP, JM]),
  note(MO, 'household-family-mo-007', 'Home visit 3/10. Cust\'s teenage son answered the door, said mom at work. Left card.', 'I', 'P', false, [UA]),
  note(MO, 'household-family-mo-008', 'TC 3/12 - cust\'s adult daughter Mia interpreted on speaker (cust\'s English limited). Cust said through Mia that she completed ESL level 3 and is attending HiSET prep 4 nights/wk. Continue adult ed/WIOA per IEP.', 'T', 'P', true, []),
  note(MO, 'household-family-mo-009', 'Cust\'s ex (father of her children) called 3/13 wanting to know where cust is working, for child support. Told him I cannot release information; no ROI on file.', 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'household-family-mo-010', 'Spoke w/ cust 3/16 (her mom answered first, then got her). Cust says things are ok.', 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'household-family-mo-011', 'Cust\'s wife e-mailed 3/18 from her own account with cust\'s WEX timesheets attached (Salvation Army, 32 hrs last 2 wks).', 'E', 'A', false, [TP, JM]),
  note(MO, 'household-family-mo-012', 'Cust\'s dad texted 3/20: "he\'s sick, wont make it tmrw."', 'E', 'A', false, [TP, PM, JM]),
  note(MO, 'household-family-mo-013', '3-way call 3/23 w/ cust and her mother (mother is her rep payee). Cust reports she works 20 hrs/wk at Goodwill at $13/hr and likes it; mother confirmed the paystubs. Continue follow-up per IEP.', 'T', 'P', true, []),
  note(MO, 'household-family-mo-014', 'Cust\'s brother answered 3/25, said cust moved to KC and doesn\'t have a phone right now. No new address given.', 'T', 'P', false, [UA]),
  // The wife relays what the customer says of his own talk with the instructor: second-hand, one fact.
  note(MO, 'household-family-mo-015', 'Cust\'s wife stopped by 3/26 to drop off his FAFSA form; says cust talked with his instructor and is caught up on missed labs.', 'I', 'A', false, [TP, JM]),
  note(MO, 'household-family-mo-016', 'OV 3/30 cust + fiancee. Cust passed DOT physical 3/27, CDL skills test set 4/8 at the Crowder range. Continue ITA per IEP.', 'I', 'P', true, []),
  note(MN, 'household-family-mn-001', 'Called client 3/2, her husband answered - she\'s at clinicals. He\'ll have her call.', 'T', 'P', false, [UA]),
  note(MN, 'household-family-mn-002', 'Client called back 3/3 (after I LM w/ husband 3/2). She passed the CNA skills test 2/28, written exam 3/17. Needs a bus card. ISS reviewed.', 'T', 'P', true, []),
  note(MN, 'household-family-mn-003', 'Client\'s mom (guardian) called 3/4 - client started at Dairy Queen, 15 hrs/wk.', 'T', 'A', false, []),
  note(MN, 'household-family-mn-004', 'Home visit 3/6, client and his dad there. Client showed me his report card - all C\'s or better, no absences this quarter. Dad said he\'s helping with homework. ISS reviewed.', 'I', 'P', true, []),
  // The reply came from the sister, not the client, and says nothing of progress.
  note(MN, 'household-family-mn-005', 'Texted client 3/9, reply came from her sister: "this is Nicole\'s sister she lost her phone, she\'s fine".', 'E', 'A', false, [PM]),
  note(MN, 'household-family-mn-006', 'Client\'s adult son called 3/11 and handed the phone to client. Client said she finished the Microsoft Office class at Pine Tech and passed the Excel cert. Applying at Sanford (billing) and Polaris (admin). ISS reviewed.', 'T', 'P', true, []),
  note(MN, 'household-family-mn-007', 'Home visit 3/13: client\'s boyfriend came to the door, said she\'s at work, try Sat. Left card.', 'I', 'P', false, [UA]),
  note(MN, 'household-family-mn-008', 'Client\'s wife stopped by the WFC 3/16 to drop off his paystubs (Hanson Silo, 40 hrs/wk). Client not with her.', 'I', 'A', false, []),
  note(MN, 'household-family-mn-009', 'TC 3/18, client and her mother on speaker. Client has an interview at Essentia 3/20 for environmental services; mother will watch the kids. Discussed interview clothes - referred to Dress for Success.', 'T', 'P', true, []),
  note(MN, 'household-family-mn-010', 'Client\'s co-parent called 3/20 asking if client is "still in that program". Informed him I can\'t share info, no ROI on file.', 'T', 'O', false, [TP, PM]),
  note(MN, 'household-family-mn-011', 'Client\'s dad called 3/23, says client told him she quit her job at Cenex 3/21 and she will call me Monday.', 'T', 'A', false, []),
  note(MN, 'household-family-mn-012', 'spoke w/ client 3/25, mom answered first. all good', 'T', 'P', true, [PM, NS]),
  note(MN, 'household-family-mn-013', 'Letter mailed 3/26 addressed to client c/o her parents (her current address).', 'L', 'P', false, [RP]),
  note(MN, 'household-family-mn-014', 'Client\'s daughter (17) texted for her mom 3/27: "mom says she passed her GED math test!! 160". Texted back asking mom to call; client called me 3/27 pm and confirmed 160 on math, science test 4/10. ISS reviewed.', 'T', 'P', true, []),
  note(MN, 'household-family-mn-015', 'Called client, wife answered, said client is in the shower, will call back. No call back.', 'T', 'P', false, [UA, DM], { noDateField: true }),
  // The mother talked at length while the client slept after a night shift: an alternate's account, not the monthly contact.
  note(MN, 'household-family-mn-016', 'Called client 4/15 at 10:30. Her mom Linda picked up (client lives with her) and said client was asleep because she works nights now at the Digi-Key warehouse, 10p-6:30a, four nights a week. Linda talked for a while: client started there 3/30 as a picker through a temp agency, makes $19.75 with the night differential, and is supposed to go permanent after 90 days. Linda said client dropped the online bookkeeping class at NCTC because she could not keep up with the reading after work, and she thinks client wants to go back in the fall. Linda also said the car is running again. Asked Linda to have client call or text me when she is up, any time after 3. Updated the employment info as reported by Linda (not yet verified with client or employer). Need to talk with client about the dropped class and whether to end the training activity in WF1. Will try client again Fri afternoon.', 'T', 'A', false, []),
];
