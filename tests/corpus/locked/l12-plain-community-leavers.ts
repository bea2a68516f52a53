/**
 * Young adults who have left Old Order Amish and Mennonite communities (locked split, batch 12: scored and floored,
 * aggregates only): WIOA youth and adult case managers in Jamesport, Trenton and Seymour in Missouri and in Harmony,
 * Preston and Wadena in Minnesota, serving people in their late teens and twenties who finished school at the eighth
 * grade and now need a HiSET or GED, a birth certificate from a midwife's record, a Social Security card, a driver's
 * permit and a first job "in the English world." Plain, careful notes from staff who learned the customs: no phone of
 * their own at first, a community phone shanty whose voicemail is checked on Saturdays, the shop phone at an English
 * employer's cabinet shop or sawmill, hired drivers who carry messages, handwritten letters, host families who took
 * them in, fathers who meet the car at the end of the lane.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A talk at the shop at lunch or on the shop's phone is a contact; a message on the shanty's voicemail, a
 * word passed through a driver and a visit turned away at the lane are not. A handwritten letter back is the written
 * reply the policy accepts. The GED or HiSET instructor and the cabinet shop on an OJT contract are the provider;
 * a host mother listed on the plan is the alternate (Missouri: counts with substantive progress and a reason to
 * continue, §2.2; Minnesota: recorded, never the monthly contact); a driver, a brother-in-law, a father or mother
 * still in the community are someone else.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l12-plain-community-leavers';
export const BATCH = 12;

export const NOTES: LabelledNote[] = [
  note(MO, 'l12-plain-community-leavers-mo-001', `2/12/2026 Visited participant (Levi) at the cabinet shop outside Jamesport where he is on a WIOA OJT. We talked at the lunch table, about 25 minutes. He has 240 of 640 OJT hours, is running the edge bander alone now, and goes to HiSET math class Tuesday nights at the library (attended all 5 so far). OJT continues per the contract and his IEP; I will come back in March.`, 'I', 'P', true),
  // The shop's phone, with the owner's leave: a call with him.
  note(MO, 'l12-plain-community-leavers-mo-002', `2/26/2026 Levi called me on the shop phone at noon (the owner lets him). He passed his driver's permit test in Chillicothe 2/24 — his host father drove him. He wants driving lessons before the road test. We continue youth services; I will look into the driver's ed support and call the shop 3/10.`, 'T', 'P', true),
  // No phone at the farm; a letter out is not a contact until she answers.
  note(MO, 'l12-plain-community-leavers-mo-003', `3/2/2026 Participant (Miriam) has no phone. Mailed a letter to her at her aunt's farm address asking her to write or come in about the HiSET classes and the birth certificate. No answer yet.`, 'L', 'P', false, [RP]),
  // Her handwritten letter answers the writer's letter, with her news: a written response from her.
  note(MO, 'l12-plain-community-leavers-mo-004', `3/16/2026 Received a handwritten letter from Miriam (dated 3/11) answering mine. She has been going to the HiSET class in Trenton on Mondays and Thursdays with a neighbor who drives, and passed the reading practice test. The county found her birth record from the midwife's register. She asks if I can help her with the Social Security card. We continue youth services; I wrote back 3/16 with the SS-5 form and will meet her at the Trenton class 3/26.`, 'L', 'P', true),
  note(MO, 'l12-plain-community-leavers-mo-005', `3/19/2026 Left a message for Levi on the community phone shanty's voicemail by the schoolhouse (they check it Saturdays).`, 'T', 'P', false, [UA]),
  // The hired driver passes along his news: someone else's word, not an exchange with Levi.
  note(MO, 'l12-plain-community-leavers-mo-006', `3/23/2026 Levi's driver (Mr. Tull, drives for the Amish and for Levi) called. He said Levi asked him to pass along that he got the shanty message and will be in Tuesday, and that he has his permit.`, 'T', 'O', false, [TP, JM]),
  // The host mother is the alternate on his plan, and she gives class, test and work facts and the plan.
  note(MO, 'l12-plain-community-leavers-mo-007', `3/30/2026 TC with Levi's host mother, Mrs. Gentry (alternate contact on IEP). Levi is at the shop. She reports he has not missed a HiSET class, passed HiSET reading on 3/21, and works 36 hrs a week at the shop. He keeps his pay stubs on her fridge. OJT and HiSET prep continue under his IEP; I will see him at the shop 4/9.`, 'T', 'A', true),
  // The cabinet shop holds the OJT contract: the activity provider.
  note(MO, 'l12-plain-community-leavers-mo-008', `4/6/2026 TC with Mr. Hostetler, owner of the cabinet shop (OJT employer). Levi is at 330 of 640 OJT hours, learning to program the CNC router, on time every day, "best hire I have had." OJT continues per contract through July; I will visit 4/9.`, 'T', 'V', true),
  // The father met the car at the lane and sent the writer away; the participant was never seen.
  note(MO, 'l12-plain-community-leavers-mo-009', `4/8/2026 Drove to the farm east of Seymour to see participant (Ezra, 18) at his family's place; he has no phone. His father met my car at the end of the lane and said Ezra was not there and they did not want anyone from the government coming. I left. Did not see Ezra.`, 'I', 'P', false, [UA]),
  note(MO, 'l12-plain-community-leavers-mo-010', `4/21/2026 Miriam came to the job center in Trenton with her host mother's daughter. We met 40 minutes. She passed HiSET reading and writing (4/14), has math, science and social studies left. Her Social Security card came. She wants the CNA class in the fall. Youth services continue; ISS goals updated: HiSET by August, then CNA.`, 'I', 'P', true),
  // He answered the shop phone and put her off: no exchange.
  note(MO, 'l12-plain-community-leavers-mo-011', `4/28/2026 Called the shop, Levi answered, said the boss needs him on the saw and to call after five. Hung up.`, 'T', 'P', false, [UA]),
  note(MO, 'l12-plain-community-leavers-mo-012', `5/5/2026 Saw Levi at the shop. Doing fine.`, 'I', 'P', true, [PM, JM, NS]),
  // The HiSET instructor is the provider, with attendance, subtests and the plan.
  note(MO, 'l12-plain-community-leavers-mo-013', `5/11/2026 E-mail from the HiSET instructor (Trenton adult ed): Miriam attended 14 of 16 classes in April and passed the social studies subtest 5/7 (score 10). She is in the math group now and the instructor expects her to test math in June. Youth services and the HiSET goal continue; I will meet Miriam at class 5/21.`, 'E', 'V', true),
  // The brother-in-law took a message at the shop; nobody reached Levi.
  note(MO, 'l12-plain-community-leavers-mo-014', `5/19/2026 Called the shop at noon. Levi's brother-in-law answered (he works there too); Levi was at the produce auction with the owner. Left word for Levi to call me.`, 'T', 'P', false, [UA]),
  note(MO, 'l12-plain-community-leavers-mo-015', `5/26/2026 Will drive out to the sawmill near Clark Thursday to find Ezra; a neighbor says he is working there now.`, '-', 'P', false, [CT]),
  // A Social Security number in the note is PII; the meeting itself is real.
  note(MO, 'l12-plain-community-leavers-mo-016', `6/4/2026 Met Ezra at the sawmill office on his break, 20 minutes (the mill owner let us use the office). He left home 5/1 and boards with the mill owner's family. He wants his HiSET and a driver's license. His SSN is 498-30-1177 per the card he had; copied for the enrollment. He works 40 hrs stacking lumber. Enrolled in youth services today; ISS goals: HiSET, permit, then the mill's forklift training.`, 'I', 'P', true, [PII]),
  note(MO, 'l12-plain-community-leavers-mo-017', `6/18/2026 Levi called me from his new prepaid phone (660-555-0147). He passed the driver's road test 6/15 and has his license. 520 of 640 OJT hours done; owner is talking about keeping him on full time at $17. OJT continues to the end of the contract in July, then follow-up. Next contact at OJT completion.`, 'T', 'P', true),

  note(MN, 'l12-plain-community-leavers-mn-001', `1/21/2026 Met participant (Ruth) at the Harmony library, 30 min. She goes to the GED class in Preston twice a week with a host family member driving, and passed GED math 1/15 (148). She is working at the bakery in Harmony 25 hrs. ISS reviewed; activities current in WF1.`, 'I', 'P', true),
  note(MN, 'l12-plain-community-leavers-mn-002', `2/4/2026 TC with participant (Samuel) — he called from the furniture shop's phone on his lunch. He is working 35 hrs at the shop and passed GED science 1/30. He still needs his birth certificate for the permit. Reviewed ISS with him.`, 'T', 'P', true),
  note(MN, 'l12-plain-community-leavers-mn-003', `2/9/2026 Mailed a letter to participant (Anna, no phone) at the farm address near Bertha, asking her to write or come to the Wadena office about starting GED classes.`, 'L', 'P', false, [RP]),
  // Her handwritten reply to the writer's letter, with where she stands.
  note(MN, 'l12-plain-community-leavers-mn-004', `2/23/2026 Letter received from Anna (dated 2/17) answering my letter of 2/9. She is staying with an English family in Wadena since January, working at the greenhouse 20 hrs, and wants to start GED classes. She asks for the class times. I wrote back with the schedule 2/23.`, 'L', 'P', true),
  note(MN, 'l12-plain-community-leavers-mn-005', `3/2/2026 Left a message on the phone shanty's voicemail near Canton for Samuel's cousin (new referral, not yet enrolled) and one for Samuel asking him to call about the birth certificate.`, 'T', 'P', false, [UA]),
  // The host mother is listed as the alternate: recorded, never the monthly contact.
  note(MN, 'l12-plain-community-leavers-mn-006', `3/10/2026 TC with Anna's host mother (alternate on ISS). Anna started GED class 3/3, went both nights, and the greenhouse gave her more hours for spring.`, 'T', 'A', false),
  // The instructor is the provider: recorded, not the monthly contact in Minnesota.
  note(MN, 'l12-plain-community-leavers-mn-007', `3/17/2026 TC with the GED instructor in Preston. Ruth has attended every class since January and passed RLA practice; she is scheduled for the RLA test 3/28.`, 'T', 'V', false),
  // A driver's message is someone else's word.
  note(MN, 'l12-plain-community-leavers-mn-008', `3/24/2026 Samuel's driver called: Samuel asked him to say he got the birth certificate and will bring it in "next week sometime."`, 'T', 'O', false),
  note(MN, 'l12-plain-community-leavers-mn-009', `4/1/2026 Stopped at the furniture shop to see Samuel. Owner said he was out on a delivery with the truck. Left my card.`, 'I', 'P', false, [UA]),
  note(MN, 'l12-plain-community-leavers-mn-010', `4/8/2026 Met Samuel at the furniture shop at his lunch, 20 minutes outside by the loading dock. He brought the birth certificate; we did the permit checklist. GED: science and math passed, social studies 4/20. He now works 40 hrs and the owner is training him on finishing. ISS reviewed.`, 'I', 'P', true),
  // A talk to the whole GED class about driver's ed is no exchange with her alone.
  note(MN, 'l12-plain-community-leavers-mn-011', `4/14/2026 Presented to the Preston GED class (9 students, 20 min) about driver's education and the permit test. Ruth was in the class.`, 'I', 'P', false),
  // Her own text from her first phone, with her news.
  note(MN, 'l12-plain-community-leavers-mn-012', `4/20/2026 Text from a new number: "This is Ruth. I got a phone. I passed the RLA test on the 28th so I am done with GED!" Saved her number. Updated WF1 (GED completed).`, 'E', 'P', true),
  note(MN, 'l12-plain-community-leavers-mn-013', `5/4/2026 Texted Ruth about the CNA class information session 5/12. No reply.`, 'E', 'P', false, [RP]),
  note(MN, 'l12-plain-community-leavers-mn-014', `5/13/2026 TC w/ Samuel. Fine.`, 'T', 'P', true, [PM, NS]),
  // His mother, still in the community and not on the plan, is someone else.
  note(MN, 'l12-plain-community-leavers-mn-015', `5/19/2026 Samuel's mother came to the Harmony library on market day and found me. She said Samuel has gone to Rochester to work for a builder. She did not have an address.`, 'I', 'O', false),
  // No date in the note, and no date field on the page.
  note(MN, 'l12-plain-community-leavers-mn-016', `Met Anna at the Wadena office. She passed GED math and science, two left. Greenhouse hours 30 a week now. She wants to try for the CNA class in the fall. ISS reviewed.`, 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'l12-plain-community-leavers-mn-017', `6/1/2026 Letter to Samuel at the Canton farm address came back "refused."`, 'L', 'P', false, [UA]),
];
