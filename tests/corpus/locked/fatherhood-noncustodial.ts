/**
 * Fatherhood and noncustodial-parent employment programs (locked split, batch 9: scored and floored, aggregates
 * only): dads referred by child support or ordered by a family court to look for work, co-enrolled in WIOA Adult,
 * written by program staff who also sit in hearings as the program's representative. Child support officers (CSO),
 * Family Support Division, arrears and license-suspension holds, modification packets, wage withholding, contempt
 * reviews, 24/7 Dad and Nurturing Fathers groups, co-parents who call asking questions, work release.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A child support officer, a court, a co-parent asking about him or a program director in a staffing is
 * someone else ("other"): recorded, never the participant's contact, whatever they know. His own mother, listed as
 * his alternate contact, is the alternate (Missouri: counts with considerable and substantive knowledge of his
 * progress and a reason to continue, §2.2; Minnesota: recorded, never the monthly contact). Sitting in a group he
 * attends is not a talk with him; a word with him in the hallway before a hearing is.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'fatherhood-noncustodial';
export const BATCH = 9;

export const NOTES: LabelledNote[] = [
  note(MO, 'fatherhood-noncustodial-mo-001', `NCP Employment Program - contact note. 9/2/26 met with dad at the KC fatherhood office (in person, 40 min). He started the forklift certification at MCC-Business & Technology 8/26, passed the written portion, hands-on test 9/9. His CSO told him the license-suspension hold is paused while he is in training. IEP: OST, then warehouse job search. Next appt 9/16.`, 'I', 'P', true, []),
  note(MO, 'fatherhood-noncustodial-mo-002', `CSO (Family Support Division, Child Support) e-mailed 9/3 asking for proof dad is enrolled. Sent her the enrollment letter per his signed release.`, 'E', 'O', false, [TP, PM, JM]),
  note(MO, 'fatherhood-noncustodial-mo-003', `Called dad 9/10 at 8:00 AM before his shift. Phone off. LM.`, 'T', 'P', false, [UA]),
  note(MO, 'fatherhood-noncustodial-mo-004', `Dad called back 9/11 on his lunch break. Passed the forklift hands-on 9/9, has the cert card. Applied at 3 warehouses in the Northland, interview at a parts supplier 9/15. Continue job search per IEP; I will send child support the training completion letter.`, 'T', 'P', true, []),
  // The children's mother asks about him and gives nothing: someone else, no progress.
  note(MO, 'fatherhood-noncustodial-mo-005', `The mother of dad's children called 9/14 saying he hasn't paid and asking if he's "really in that program." Told her I can't share information without a release.`, 'T', 'O', false, [TP, PM, JM]),
  // The hearing is not the contact; the word with him in the hallway is.
  note(MO, 'fatherhood-noncustodial-mo-006', `Attended dad's child support review hearing 9/17 (Jackson Co. Family Court) as program rep. Talked with dad in the hallway before we went in: he got the job at the parts supplier, warehouse associate, $19.25/hr, 40 hrs, starts 9/21. Judge set a modified order pending his first paystub. Continue retention services per IEP.`, 'I', 'P', true, []),
  // He was in the room for the group, but nobody talked with him one to one.
  note(MO, 'fatherhood-noncustodial-mo-007', `24/7 Dad group 9/22 (session 4 of 12). Dad attended; topic was "Dads and Discipline." No individual conversation.`, 'I', 'P', false, []),
  note(MO, 'fatherhood-noncustodial-mo-008', `Texted dad 9/24 asking for his first paystub for the court.`, 'E', 'P', false, [RP]),
  // A photo sent in answer to my request, with his own words: a written reply.
  note(MO, 'fatherhood-noncustodial-mo-009', `Dad texted back 9/28 with a photo of his first paystub (40 hrs, $770 gross) and "here u go, 1st check, still liking it." Forwarded to the CSO for the modification. Continue retention services per IEP.`, 'E', 'P', true, []),
  // His mother is the alternate on his IEP and knows his job, shift, hours and what he does with the kids.
  note(MO, 'fatherhood-noncustodial-mo-010', `Dad's phone is disconnected (bill). Called his mother, the alternate contact on his IEP, 10/5: he's still at the parts warehouse, moved to 2nd shift for the differential, working 45-50 hrs/wk, and picks the kids up Saturdays. She'll have him call. Continue retention services per IEP until 90 days on the job.`, 'T', 'A', true, []),
  note(MO, 'fatherhood-noncustodial-mo-011', `New dad, referred by the court. Met him 10/7 at the Kansas City Community Release Center (work release). He started at a foundry as a material handler 10/2, 40 hrs. Child support order to be reviewed after 30 days of work. Enrolled WIOA Adult, IEP signed: retention, then welding training in spring.`, 'I', 'P', true, []),
  note(MO, 'fatherhood-noncustodial-mo-012', `Mailed dad the child support modification packet 10/8 with instructions and a return envelope.`, 'L', 'P', false, [RP]),
  note(MO, 'fatherhood-noncustodial-mo-013', `CSO called 10/13: dad made 2 full payments (10/2, 10/9) through wage withholding; the arrears enforcement hold is lifted.`, 'T', 'O', false, [TP, JM]),
  note(MO, 'fatherhood-noncustodial-mo-014', `Dad walked in 10/15, we talked 20 min in the lobby. Foundry moved him to days; he's asking about the welding class at MCC in January. Gave him the flyer and the application. Will check ITA eligibility; continue per IEP.`, 'I', 'P', true, []),
  note(MO, 'fatherhood-noncustodial-mo-015', `Dad did not appear for the 10/20 contempt review; I was there as program rep. Court continued it to 11/17. Called dad after, no answer.`, 'I', 'P', false, [UA]),
  note(MO, 'fatherhood-noncustodial-mo-016', `Talked w/ dad by phone 10/23. He's ok.`, 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'fatherhood-noncustodial-mo-017', `Case staffing 10/26 with the program director and the FSD liaison about dad's arrears compromise application. No contact with dad.`, '-', '-', false, [CT]),

  note(MN, 'fatherhood-noncustodial-mn-001', `Initial employment plan meeting 9/8/26 at the Dads Forward office, in person. Client (NCP, referred by Ramsey County Child Support under a court order) wants his CDL. Enrolled WIOA Adult. Made a Class B permit study plan. ISS: CDL-B at Dakota County Technical College, class starts 9/28.`, 'I', 'P', true, []),
  note(MN, 'fatherhood-noncustodial-mn-002', `CSO (Ramsey County) called 9/11 to confirm client started services. Confirmed.`, 'T', 'O', false, []),
  note(MN, 'fatherhood-noncustodial-mn-003', `Called client 9/15 - his girlfriend answered, said he's asleep after his night shift. Asked her to have him call me.`, 'T', 'P', false, [UA]),
  note(MN, 'fatherhood-noncustodial-mn-004', `Client called back 9/15 at 4 PM. Passed the Class B permit test 9/14. Still working nights at a grocery warehouse, 32 hrs. CDL class starts 9/28 on days; he's switching to weekend shifts. ISS updated.`, 'T', 'P', true, []),
  note(MN, 'fatherhood-noncustodial-mn-005', `Client left a VM 10/2: "first week of CDL done, backing is hard lol". Called back 10/3, got his VM.`, 'T', 'P', false, [UA]),
  note(MN, 'fatherhood-noncustodial-mn-006', `Texted client 10/6 "How's week 2?" He replied the same day: "better, passed pre-trip, road test is 10/22."`, 'E', 'P', true, []),
  note(MN, 'fatherhood-noncustodial-mn-007', `DCTC CDL instructor e-mailed 10/9: client has 100% attendance, 22 of 40 hours done.`, 'E', 'V', false, []),
  // Court minutes that arrive by fax are a document; nobody talked with anyone.
  note(MN, 'fatherhood-noncustodial-mn-008', `Court minutes from the 10/13 child support review received by fax 10/15: order modified to $310/mo pending employment. Client appeared; I was not able to attend.`, '-', '-', false, [CT]),
  note(MN, 'fatherhood-noncustodial-mn-009', `Client came in 10/20 and we went over the road test route and the DVS manual together. He has all 40 hours. Road test 10/22 in Eagan. ISS unchanged.`, 'I', 'P', true, []),
  note(MN, 'fatherhood-noncustodial-mn-010', `Client's mom (listed alternate) called 10/23 to say he passed the road test!`, 'T', 'A', false, []),
  note(MN, 'fatherhood-noncustodial-mn-011', `Called client 10/26 to congratulate him - number out of service. Mailed a letter to his last address asking him to call.`, 'T', 'P', false, [UA, RP]),
  note(MN, 'fatherhood-noncustodial-mn-012', `Client came by 10/28 with his CDL-B. Hired by a school bus company in Shakopee, $24/hr, starts 11/9 after their training week. Closed the training activity, opened employment. ISS updated.`, 'I', 'P', true, []),
  // In the group and then a talk with him after it: the talk is the contact.
  note(MN, 'fatherhood-noncustodial-mn-013', `Nurturing Fathers group, week 6, 11/2. Client attended and shared that he starts his route next week. Talked with him after group about getting his paystubs to the CSO; he finished the bus company's training week early.`, 'I', 'P', true, []),
  note(MN, 'fatherhood-noncustodial-mn-014', `E-mail to client 11/6: please send your first paystub so I can forward it to the CSO for the modification.`, 'E', 'P', false, [RP]),
  note(MN, 'fatherhood-noncustodial-mn-015', `No reply yet to my 11/6 e-mail. CSO says no paystub on their end either. Will try phone next week.`, 'E', 'P', false, [RP]),
  note(MN, 'fatherhood-noncustodial-mn-016', `Phone call 11/13 with client; he asked for a Somali interpreter for the court paperwork part (Language Line #43817). He sent the paystub to the CSO himself on 11/10. Working 35 hrs, split shift, wants to keep the route. ISS: retention services.`, 'T', 'P', true, []),
  // No date in the text, and this screen has none.
  note(MN, 'fatherhood-noncustodial-mn-017', `Left a message with the dispatcher at client's bus company asking him to call me.`, 'T', 'P', false, [UA, DM], { noDateField: true }),
];
