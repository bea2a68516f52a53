/**
 * Urban Native employment programs (locked split, batch 11: scored and floored, aggregates only): WIOA section 166
 * counselors co-enrolling participants in WIOA Adult at an intertribal employment center in Kansas City and its
 * St. Louis and Springfield outstations, and at an American Indian workforce program on Franklin Avenue in
 * Minneapolis with a Duluth office. Relational, unhurried notes that begin with the person and the family: greetings
 * in Ojibwe and Dakota, talking circles and drum groups, elders who volunteer, wakes and ceremonies that take a
 * week, powwows, aunties who answer the phone, tribal higher-education offices, a university intern who writes
 * careful first-person notes.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A talking circle or a drum group she sits in is no contact with her unless the two of them talk; a talk
 * at a soup lunch or on the steps is. An elder, a cousin, a brother, another program's counselor and a tribal
 * education office are someone else; an uncle listed on the plan is the alternate and a tribal college instructor
 * the provider (Missouri: count with substantive progress and a reason to continue, §2.2; Minnesota: recorded,
 * never the monthly contact). Seeing her dance, reading her post or hearing that she texted is no exchange.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l11-urban-native-166';
export const BATCH = 11;

export const NOTES: LabelledNote[] = [
  note(MO, 'l11-urban-native-166-mo-001', `6/9/2025 Ms. Redcorn came in to the KC center with her youngest. She passed her CDL permit test 6/2 and is in week 2 of 4 at the MCC truck driving program, pre-trip is going well, backing is her worry. Co-enrolled 166 and WIOA Adult. Per IEP she wants to haul for a tribal enterprise back home; next is the range test 6/20, we'll meet 6/23.`, 'I', 'P', true, []),
  // Her aunt only took a message.
  note(MO, 'l11-urban-native-166-mo-002', `6/13 called Ms. Redcorn. Her auntie answered, said she's at the Ilonshka dances in Pawhuska through Sunday and she'd tell her I called.`, 'T', 'P', false, [UA]),
  // She spoke in a group the writer led; there was no conversation between the two of them.
  note(MO, 'l11-urban-native-166-mo-003', `Tuesday women's talking circle 6/17/2025 at the KC center, 6 women incl. Ms. Jumper. I facilitated. Ms. Jumper shared about her first week at the hospital dietary job and the circle honored her with a song.`, 'I', 'P', false, []),
  note(MO, 'l11-urban-native-166-mo-004', `After the 6/17/2025 circle Ms. Jumper stayed and we talked one on one for about 20 min. Hospital dietary aide job at Truman, 32 hrs/wk, $16.75; she is on probation 90 days and the 5 am start is hard with the bus. Talked about a car repair through supportive services. IEP: keep the job, then the dietary manager certificate next spring. Follow up in 2 weeks.`, 'I', 'P', true, []),
  // An elder's word about her job is someone else's report, and says little.
  note(MO, 'l11-urban-native-166-mo-005', `Mr. Whitehorse (elder, volunteers Thursdays) told me 6/26 he saw Ms. Jumper at the St. Louis powwow and she's "doing real good at that hospital job."`, 'I', 'O', false, [TP]),
  note(MO, 'l11-urban-native-166-mo-006', `7/5/2025 KC Intertribal powwow. Saw Ms. Redcorn dancing fancy shawl in the grand entry, didn't get a chance to visit with her.`, '-', '-', false, []),
  note(MO, 'l11-urban-native-166-mo-007', `Texts 7/8/2025. Ms. Redcorn: "can I get a gas card for range days" Me: "Yes, stop by Wed, I'll have it." Ms. Redcorn: "ok!! passed my pretrip today, range test is Thurs" Me: "Proud of you. Call me after Thursday." Training continues per IEP.`, 'E', 'P', true, []),
  note(MO, 'l11-urban-native-166-mo-008', `Letter mailed 7/14/2025 to Mr. Factor at his Springfield address asking him to come in and update his IEP.`, 'L', 'P', false, [RP]),
  // The uncle is the listed alternate, brings the OJT supervisor's evaluation and hours, and the OJT goes on.
  note(MO, 'l11-urban-native-166-mo-009', `7/22/2025 Mr. Factor's uncle Ray (alternate contact on his IEP) came in with his OJT timesheets, Mr. Factor was at work. OJT at the Springfield cabinet shop: 160 of 480 hrs, supervisor evaluation attached — "meets" in all areas, "exceeds" on safety. Uncle says he's there early every day. OJT contract continues to 480 hrs per IEP; I'll see Mr. Factor at the 240-hr review.`, 'I', 'A', true, []),
  note(MO, 'l11-urban-native-166-mo-010', `7/29/2025 Ms. Redcorn called from the road — her grandmother passed, she is in Oklahoma for the wake and funeral, back Sunday. She missed 3 days of the CDL program; her instructor said she can make them up the week of 8/4 and keep her test date. Gave my condolences. Training continues per IEP; will call her 8/5.`, 'T', 'P', true, []),
  // A tribal education office confirming a scholarship is another program, with nothing on progress.
  note(MO, 'l11-urban-native-166-mo-011', `Email 8/6/2025 from the tribe's higher education office: Mr. Factor's fall scholarship is approved, $1,500.`, 'E', 'O', false, [TP, PM]),
  // The intern was in the room for a real meeting with him; thin as it is, the exchange happened.
  note(MO, 'l11-urban-native-166-mo-012', `Intern note (Haskell practicum, K. Lightfoot): 8/12/2025 I sat in on Denise's meeting with Mr. Factor in her office. They talked about his resume and the cabinet shop. I mostly observed.`, 'I', 'P', true, [PM, JM]),
  // His appointment with another agency, reported by its counselor.
  note(MO, 'l11-urban-native-166-mo-013', `VR counselor emailed 8/19/2025: Mr. Factor kept his VR appointment today; VR will fund his hearing aids.`, 'E', 'O', false, [TP]),
  note(MO, 'l11-urban-native-166-mo-014', `Ms. Jumper no-show 8/26 2:00. Her daughter called at 2:30 to say mom's car broke down on I-70.`, 'I', 'P', false, [UA]),
  note(MO, 'l11-urban-native-166-mo-015', `9/3/2025 intake with Mr. Tiger (Muscogee), St. Louis outstation. Copied his tribal ID and SSN 123-45-6789 for eligibility. Laid off from the Ford plant 8/15, dislocated worker; wants the HVAC certificate at Ranken. Enrolled 166 + WIOA DW, IEP drafted, Ranken tour 9/10.`, 'I', 'P', true, [PII]),
  note(MO, 'l11-urban-native-166-mo-016', `Called Ms. Jumper 9/9, she's good, said to say hi to everybody.`, 'T', 'P', true, [PM, JM, NS]),
  // Our comment under her public post was never answered.
  note(MO, 'l11-urban-native-166-mo-017', `9/22 Ms. Redcorn posted on Facebook "CDL-A DONE!!" with a picture. Commented congratulations and asked her to call me about job leads. No reply yet.`, 'E', 'P', false, [RP]),

  note(MN, 'l11-urban-native-166-mn-001', `Boozhoo. 10/6/2025 Ms. Kingbird (Red Lake) in the Franklin Ave office. Second term of medical office administration at Minneapolis College: 3.1 GPA, finished medical terminology with an A. Her son started Head Start so mornings are free now. She wants to do her externship at the Indian Health Board clinic; I'll call their office manager this week.`, 'I', 'P', true, []),
  note(MN, 'l11-urban-native-166-mn-002', `Called Ms. Kingbird 10/14, her auntie picked up, she's at work, I left my number again.`, 'T', 'P', false, [UA]),
  // Sitting in a drum group with him is not a conversation with him.
  note(MN, 'l11-urban-native-166-mn-003', `Wednesday men's drum group 10/15/2025. Mr. Stately came and sat at the drum. No time to visit after, he had to catch his ride.`, 'I', 'P', false, []),
  note(MN, 'l11-urban-native-166-mn-004', `10/22/2025 after drum group Mr. Stately and I talked on the front steps about 15 min. He's 3 weeks into the carpentry pre-apprenticeship, 14 of 15 days, the instructor let him lead the framing crew Friday. He needs work boots before the site rotation 11/3; I'll get the voucher to him Monday.`, 'I', 'P', true, []),
  note(MN, 'l11-urban-native-166-mn-005', `Texts 10/27/2025. Me: "Hi Marissa, how did the Excel test go? 🙂" Ms. Kingbird: "passed!! 84 🙏 externship interview at IHB is Thurs" Me: "Miigwech for letting me know, good luck Thursday!" Ms. Kingbird: "❤️"`, 'E', 'P', true, []),
  note(MN, 'l11-urban-native-166-mn-006', `Letter mailed 11/3/2025 to Mr. Jourdain's PO box in Redby asking him to call to set up his monthly check-in.`, 'L', 'P', false, [RP]),
  note(MN, 'l11-urban-native-166-mn-007', `Mr. Jourdain wrote back 11/17/2025 on the bottom of my 11/3 letter: "Sorry no phone right now. Still at the fish hatchery job 30 hrs, got my forklift card 11/10. Be in Mpls for Thanksgiving, will stop in."`, 'L', 'P', true, []),
  // A tribal college instructor's report is recorded (Letter 110, Policy 6), not the monthly contact.
  note(MN, 'l11-urban-native-166-mn-008', `Email 11/19/2025 from Mr. Jourdain's online instructor at the tribal college: he completed the natural resources tech module, 92%, and is 2 modules from the certificate.`, 'E', 'V', false, []),
  // A cousin tells where he is; nothing on the training.
  note(MN, 'l11-urban-native-166-mn-009', `11/24 Mr. Stately's cousin called to tell me he's up in Ponemah for a wake, gone about 4 days.`, 'T', 'O', false, [PM]),
  note(MN, 'l11-urban-native-166-mn-010', `11/26/2025 Mr. Stately called me from Ponemah. He'll be back Sunday; he missed 3 days of the pre-apprenticeship and the instructor said he can make up the safety unit on the 12/6 Saturday session. Still on track to finish 12/19. Told him to take care of his family first.`, 'T', 'P', true, []),
  note(MN, 'l11-urban-native-166-mn-011', `Home visit 12/2 to Ms. Kingbird's apartment, no one home. Left my card with a note in the door.`, 'I', 'P', false, [UA]),
  // The intern met her herself, so the intern has a contact of her own.
  note(MN, 'l11-urban-native-166-mn-012', `Intern note (U of M American Indian Studies practicum), 12/4/2025: I met with Ms. Kingbird while Denise was at training. She started her externship at the Indian Health Board front desk Monday, 16 hrs/wk, and already learned the scheduling system. She needs black pants and shoes for the dress code; I told her I'd ask Denise about the clothing voucher.`, 'I', 'P', true, []),
  note(MN, 'l11-urban-native-166-mn-013', `12/11/2025 saw Mr. Stately at the Thursday soup lunch at the American Indian Center and sat with him, we talked about 15 min. He finished the pre-apprenticeship tests early (OSHA-10 and the math test, 88) and Local 322 has him on the January intake list. He'll need a ride to the orientation; I'll set up a bus pass.`, 'I', 'P', true, []),
  // An elder's kind words are someone else's report.
  note(MN, 'l11-urban-native-166-mn-014', `Grandma Rose (elder, volunteers at the front desk) said Ms. Kingbird is doing good at the clinic, the patients like her.`, 'I', 'O', false, [PM]),
  // Reported speech: her brother says she texted; no such text reached the writer.
  note(MN, 'l11-urban-native-166-mn-015', `12/16 Ms. Kingbird's brother stopped in and said she texted me last week about her schedule. I have no text from her; gave him my card for her.`, 'I', 'O', false, [PM]),
  note(MN, 'l11-urban-native-166-mn-016', `Supervisor 12/18/2025: corrected funding stream in WF1, 166 co-enrollment code added to the activity. No participant contact.`, '-', '-', false, []),
  // A real call on a screen with no date field and no date in the note; nothing on how she is doing.
  note(MN, 'l11-urban-native-166-mn-017', `Talked to Ms. Kingbird on the phone, she's doing good.`, 'T', 'P', true, [PM, NS, DM], { noDateField: true }),
];
