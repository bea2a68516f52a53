/**
 * Union labor liaisons and peer counselors at a transition center in the union hall (fresh split: new voices, scored
 * and listed but not floored yet). The voice: a laid-off member hired as the dislocated-worker program's peer
 * counselor, or the central labor council's labor liaison, writing notes in the hall's words: "Bro." and "Sis.",
 * the Local, the steward and the business agent (BA), "signing the books" (the out-of-work list) and dispatch, the
 * JATC and its apprenticeship coordinator, the plant's closing date and severance, TAA petitions, conversations at
 * the hall's Tuesday meeting, at the fish fry, on the picket line or at the 7 a.m. dispatch; sometimes the member's
 * wife or husband on the line.
 * Sources of realism: AFL-CIO labor liaison and union-run dislocated worker transition centers after plant and
 * mine closures (a foundry and an auto-parts plant in Missouri, a taconite plant and a paper mill in Minnesota).
 * How the policy is read here: the hall is not the case manager's office, but a real conversation with the member
 * there, in person or by phone, is a contact like any other (MO §2.1-2.2; MN Letter 110 ¶2). Signing in at a group
 * meeting, a place on the out-of-work list and a BA's or steward's word about a member are not the member's contact:
 * the BA, steward and a spouse are third parties (in Missouri the JATC coordinator is the training provider and
 * counts with substantive progress and a reason to continue, a spouse is an alternate contact, the BA another
 * party; in Minnesota they are recorded, never the monthly contact).
 * A note listing attempts by several means is typed by the last one tried.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'union-labor-liaison';

export const NOTES: LabelledNote[] = [
  note(MO, 'union-labor-liaison-mo-001', `Bro. Kowalski came by the transition center at the hall 3/3. Talked 30 min. Riverside Foundry closes 3/27, his last shift 3/20. Wants the CDL route, not welding. Filled out the Crowder CDL application with him, start date 4/6. IEP updated: OST - CDL. ITA justified, no CDL in the household and his foundry skills don't transfer to local openings.`, 'I', 'P', true, []),
  // The business agent's word about a member is another party's, however good the news.
  note(MO, 'union-labor-liaison-mo-002', `BA (Local 42) told me 3/5 that Bro. Tran got dispatched to the Ameren outage job in Labadie, 6 wks, starts Mon.`, '-', 'O', false, [CT, TP, JM]),
  // A sign-in sheet at a group meeting is not a conversation with her.
  note(MO, 'union-labor-liaison-mo-003', `Tuesday transition meeting at the hall 3/10, 41 members signed in incl. Sis. Reyes. Covered TAA petition status and UI work search.`, '-', '-', false, [CT, NS]),
  note(MO, 'union-labor-liaison-mo-004', `Member was contacted by telephone by this liaison on 3/11. He has completed week 1 of CDL at Crowder, passed the permit 3/9, truck range starts 3/16. No problems w/ the ITA paperwork. Continue OST per IEP; will call him after range week.`, 'T', 'P', true, []),
  note(MO, 'union-labor-liaison-mo-005', `Called Sis. Reyes 3/12, rang out. No VM.`, 'T', 'P', false, [UA]),
  note(MO, 'union-labor-liaison-mo-006', `Went to the hall at 7 AM 3/13 to catch Bro. Dunn at dispatch. He did not show.`, 'I', 'P', false, [UA]),
  // She was on speaker with her husband there too; she answered for herself.
  note(MO, 'union-labor-liaison-mo-007', `Phone w/ Sis. Reyes 3/14, her husband on speaker too. She starts the Medical Billing cert at State Fair CC 3/30, books bought, FAFSA done. Husband is still working at the Ford plant so childcare is her worry. Childcare referral made. Continue OST per IEP.`, 'T', 'P', true, []),
  note(MO, 'union-labor-liaison-mo-008', `JATC coordinator (Inside Wireman apprenticeship) called 3/17 re: Bro. Ellis - passed the aptitude test with a 6, interviewed 3/16, ranked #4, first class 4/14. Pre-apprentice ITA covered his math refresher. Continue support per IEP until he is indentured.`, 'T', 'V', true, []),
  note(MO, 'union-labor-liaison-mo-009', `Called Bro. Petrakis's house 3/18. Wife answered - he's on the road w/ a traveling card job in Kansas. She doesn't know about the classes.`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'union-labor-liaison-mo-010', `Out-of-work list checked 3/19: Bro. Dunn is #14 on Book 1.`, '-', '-', false, [CT, NS]),
  note(MO, 'union-labor-liaison-mo-011', `Caught Bro. Dunn after the fish fry at the hall 3/20 and we talked by the coffee for 15 min. He is not going to school, wants to stay on the books; took a part-time job at Lowe's (24 hrs) to hold over. Explained that job search services continue while he waits for dispatch. IEP updated: job search, no OST.`, 'I', 'P', true, []),
  note(MO, 'union-labor-liaison-mo-012', `E-mailed Bro. Kowalski 3/24 a copy of the TAA wage subsidy info sheet.`, 'E', 'P', false, [RP]),
  note(MO, 'union-labor-liaison-mo-013', `Bro. Kowalski replied to my e-mail 3/25: "Got it. I'm 52 so the RTAA might be for me if I get a driving job. Range going good, backing is the hardest part, road test 4/17." Continue OST per IEP; RTAA to discuss after licensing.`, 'E', 'P', true, []),
  note(MO, 'union-labor-liaison-mo-014', `Steward Jackie said Sis. Moore is "doing fine" and will come to the next meeting.`, '-', 'O', false, [CT, TP, PM, JM]),
  note(MO, 'union-labor-liaison-mo-015', `Sat w/ Sis. Moore on the picket line at Alcan 3/31 (she's walking for the Local). Talked about her welding cert class at Ranken: 2 of 4 plate tests passed, attendance full, but the strike pay is short - gas card approved. Continue ITA per IEP.`, 'I', 'P', true, []),
  note(MO, 'union-labor-liaison-mo-016', `Tried Bro. Petrakis's cell 4/2 and 4/6. Both went to VM, left msgs. Texted 4/6 too.`, 'E', 'P', false, [UA, RP]),
  note(MO, 'union-labor-liaison-mo-017', `Bro. Petrakis called back 4/8 from the job in Kansas. Traveling card job ends 5/1. He dropped the HVAC class at St. Louis CC, missed too many nights, no grades. Wants to re-enroll for summer. IEP: OST on hold until summer term; job search asst meanwhile.`, 'T', 'P', true, []),
  note(MO, 'union-labor-liaison-mo-018', `Rapid Response session at the Riverside Foundry break room 4/9 for 2nd shift. Presented WIOA/TAA, 28 attended.`, '-', '-', false, [CT, NS]),
  note(MO, 'union-labor-liaison-mo-019', `Talked to Bro. Tran. Good.`, '-', 'P', false, [CT, PM, JM, NS]),
  note(MO, 'union-labor-liaison-mo-020', `In person 4/16 at the JATC w/ Bro. Ellis and the coordinator. Bro. Ellis was indentured 4/14, first week of class done, placed w/ a signatory contractor at $22.40 (45%). IEP goal met - apprenticeship; follow-up services continue.`, 'I', 'P', true, []),
  note(MO, 'union-labor-liaison-mo-021', `TC w/ Bro. Kowalski 4/20 - passed the CDL road test 4/17. Interview w/ Prime Inc. Springfield 4/23. Continue job search asst per IEP.`, 'T', 'P', true, []),

  note(MN, 'union-labor-liaison-mn-001', `Met Bro. Lindquist at the transition center (USW hall, Virginia) 3/2. Mesabi Pellet idling is permanent per the company letter of 2/26. He wants the electrical maintenance program at Mesabi Range College, fall start. ISS started; he'll sign up for the math refresher in April.`, 'I', 'P', true, []),
  note(MN, 'union-labor-liaison-mn-002', `Monthly hall meeting 3/5, members signed in (incl. Sis. Halvorson, Bro. Lindquist). TAA certified 3/3 - went over the petition number and benefits.`, '-', '-', false, [CT, NS]),
  note(MN, 'union-labor-liaison-mn-003', `Bro. Maki was called by this peer counselor 3/6 and we talked 20 min. He's in week 3 of the CDL at Hibbing CC, pre-trip done, driving starts next week. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'union-labor-liaison-mn-004', `Called Sis. Halvorson 3/9. No answer, mailbox full.`, 'T', 'P', false, [UA]),
  note(MN, 'union-labor-liaison-mn-005', `Local president said at the hall 3/10 that Sis. Halvorson is working part time at the Fairview Range hospital laundry.`, 'I', 'O', false, [TP]),
  note(MN, 'union-labor-liaison-mn-006', `Sis. Halvorson stopped in at the hall 3/12 and we talked in the back office. Working 20 hrs at the hospital laundry (Fairview Range), wants to do the CNA course there in May. ISS updated with the CNA goal.`, 'I', 'P', true, []),
  note(MN, 'union-labor-liaison-mn-007', `Phoned Bro. Nelson's home 3/16. Spoke w/ his wife Karen: he is at his brother's in North Dakota working the oil field for 6 wks.`, 'T', 'A', false, [TP, PM]),
  note(MN, 'union-labor-liaison-mn-008', `Sent Bro. Nelson a text and an e-mail 3/17 asking him to call about his ISS.`, 'E', 'P', false, [RP]),
  // He answered the counselor's e-mail in writing: a reply, with his results.
  note(MN, 'union-labor-liaison-mn-009', `Bro. Nelson e-mailed back 3/20 from Williston: working 60 hr weeks roughnecking thru 4/30, then home. Still wants the welding diploma at Hibbing CC in fall; applied online 3/19. ISS: job search/work, training planned for fall.`, 'E', 'P', true, []),
  note(MN, 'union-labor-liaison-mn-010', `Hibbing CC CDL instructor e-mailed 3/23 re: Bro. Maki: passed the range test, road test 3/30, 100% attendance.`, 'E', 'V', false, [TP]),
  note(MN, 'union-labor-liaison-mn-011', `Stopped by Bro. Lindquist's house in Eveleth 3/25 to drop off the math refresher schedule. Not home, left it with the neighbor.`, 'I', 'P', false, [UA]),
  // A ride together to the college counts: they talked the whole way and she spoke for herself.
  note(MN, 'union-labor-liaison-mn-012', `Drove Sis. Peterson to Mesabi Range College 3/27 for her placement test (her car's down); we talked on the drive. Placed into college algebra, so no developmental math; she registered for the fall electrical maintenance cohort. ISS updated.`, 'I', 'P', true, []),
  note(MN, 'union-labor-liaison-mn-013', `Steward told me 4/1 Bro. Maki passed his CDL road test.`, '-', 'O', false, [CT, TP]),
  note(MN, 'union-labor-liaison-mn-014', `TC w/ Bro. Maki 4/2 - he confirmed the CDL-A license issued 3/31, starting at Hometown Freight in Duluth 4/13, $26/hr. ISS updated: training complete, employed.`, 'T', 'P', true, []),
  note(MN, 'union-labor-liaison-mn-015', `Talked w/ Bro. Lindquist at the hall 4/7.`, 'I', 'P', true, [PM, NS]),
  note(MN, 'union-labor-liaison-mn-016', `Mailed TAA training approval letters 4/8 to Sis. Peterson and Bro. Lindquist.`, 'L', 'P', false, [RP]),
  note(MN, 'union-labor-liaison-mn-017', `Sis. Halvorson called me 4/14 - CNA class at Fairview Range starts 5/4, registration done, 20 hrs laundry continuing. Asked about TAA paying. ISS updated; TAA training request sent.`, 'T', 'P', true, []),
  note(MN, 'union-labor-liaison-mn-018', `Paper mill (Sartell) closure meeting 4/15 at the UPIU hall, 63 members. Took ISS appointments for next week.`, '-', '-', false, [CT, NS]),
  // Her husband sat in, but she did the talking about her own plan.
  note(MN, 'union-labor-liaison-mn-019', `Zoom 4/21 w/ Sis. Johnson and her husband Dave (both laid off from the Sartell mill). She wants the dental assisting program at St. Cloud Tech, fall; he's waiting for a mill in Wisconsin. She took the Accuplacer 4/17, placed into college English. ISS started for her.`, 'T', 'P', true, []),
  note(MN, 'union-labor-liaison-mn-020', `4/22 - rang Bro. Nelson, went to VM. 4/24 - rang again, VM. 4/28 - texted, no reply.`, 'E', 'P', false, [UA, RP]),
  note(MN, 'union-labor-liaison-mn-021', `Bro. Nelson walked into the hall 5/2, back from North Dakota. Sat down 40 min. Oil field job ended 4/30. Welding at Hibbing CC accepted for fall; wants a summer job in the meantime - referred to the county highway dept seasonal posting. ISS updated.`, 'I', 'P', true, []),
];
