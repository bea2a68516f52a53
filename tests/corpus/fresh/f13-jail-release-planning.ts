/**
 * A reentry navigator inside a county jail's release-planning unit, enrolling people in WIOA before release (fresh
 * split, batch 13: new voices, scored and listed but not floored yet). The voice: pre-release co-enrollment staff
 * with a badge for the jail (Greene County in Springfield, Jackson County in Kansas City and Boone County in
 * Columbia, Missouri; the Ramsey and Hennepin County adult correctional facilities and Stearns County, Minnesota):
 * booking numbers, pods and units, pro-visit rooms, count time and lockdowns, COs calling people out, kites
 * (written inmate requests), jail tablets with "delivered" and "read" stamps, video visits that fail to connect,
 * release at 0200 instead of the 0600 pickup, probation officers, work release, then the first weeks out. Sources
 * of realism: pre-release WIOA grants (Pathway Home and county reentry programs) and how jail program staff chart.
 * How I read the policy for the hard cases: a visit in the jail is an in-person contact like any other; a lockdown,
 * count time, court or a refusal relayed by a CO means no visit. A kite he wrote with real news, answered in
 * writing, is a written exchange with him. Tablet messages marked delivered or read are one-way. A PO, a bunkmate's
 * appointment, the programs coordinator or an employer verifying a hire date are someone else; a PO or jail
 * caseworker sitting in at his request leaves the contact his. Walking past to a friend's car at release is no
 * exchange. In Missouri the jail's HiSET instructor, with scores, attendance and why the plan continues, counts as
 * the provider. Video visits are labelled telephone; tablet messages and texts e-mail; kites letters.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'f13-jail-release-planning';

export const NOTES: LabelledNote[] = [
  note(MO, 'f13-jail-release-planning-mo-001', `Release planning - Greene Co. Jail, pro visit room B, 9/21/26. Met w/ Darius (Bk# 26-04412), 40 min. He passed HiSET math and science inside 9/15, 3 subtests left. Release date 10/30. WIOA pre-release enrollment: IEP goal welding at OTC after release; continue HiSET and job readiness so he walks out with a plan.`, 'I', 'P', true, []),
  note(MO, 'f13-jail-release-planning-mo-002', `9/28 - pod lockdown (Unit 3), pro visits cancelled. Did not see Darius.`, '-', '-', false, [CT, NS]),
  // Missouri provider: the jail's HiSET instructor, with scores, attendance and the reason to continue.
  note(MO, 'f13-jail-release-planning-mo-003', `10/2 - talked w/ Mr. Ochoa, jail HiSET instructor (Ozarks Literacy), at the education office: Darius passed reading 10/1 (score 15), writing retest set 10/9, attendance every session since Aug. Justification: finishing the HiSET before 10/30 is the IEP's first step to OTC welding; continue.`, 'I', 'V', true, []),
  // A refusal relayed by a CO: he was never seen.
  note(MO, 'f13-jail-release-planning-mo-004', `10/6 - called Darius out for a visit; CO reports he refused (sleeping after night kitchen shift).`, 'I', 'P', false, [UA]),
  // His own kite with news, answered in writing: a written exchange with him.
  note(MO, 'f13-jail-release-planning-mo-005', `10/8 - Darius's kite to me (rec'd 10/8, in file): "Mr. P, I got my writing retest tomorrow, I studied the essay stuff. Can you find out if OTC takes people with a felony for welding?" Answered by kite 10/8: yes, I'll bring the application. Progress: retest 10/9. Cont pre-release plan per IEP.`, 'L', 'P', true, []),
  note(MO, 'f13-jail-release-planning-mo-006', `10/12 - sent Darius a message on the jail tablet with the OTC application checklist. Status: delivered.`, 'E', 'P', false, [RP]),
  note(MO, 'f13-jail-release-planning-mo-007', `10/16 pro visit, Greene Co. Jail. Darius passed the HiSET writing retest 10/9 - all 5 subtests done, diploma ordered. Filled out the OTC welding application together. Release still 10/30; plan: I pick him up at release, OTC orientation 11/4. ITA request in process - the certificate is his IEP goal.`, 'I', 'P', true, []),
  note(MO, 'f13-jail-release-planning-mo-008', `10/30 0600 - at the release door for Darius's pickup. Booking says released 0210; gone. His phone # not working yet.`, 'I', 'P', false, [UA]),
  note(MO, 'f13-jail-release-planning-mo-009', `10/31 - Darius's PO (Officer Brandt) called: says Darius reported to probation 10/30 and "mentioned the job center."`, 'T', 'O', false, [TP, PM, JM]),
  // The PO stayed in the room with his consent; Darius did the talking.
  note(MO, 'f13-jail-release-planning-mo-010', `11/3 - met Darius at the Probation & Parole office after his PO check-in (PO stayed in the room, Darius ok'd it). He's at his aunt's, new phone 417-555-0162. Starts OTC welding orientation 11/4; ITA approved. Needs boots - voucher given. Services continue: the first 30 days out are the riskiest and training is his plan.`, 'I', 'P', true, []),
  note(MO, 'f13-jail-release-planning-mo-011', `11/10 TC w/ Darius (new #). Orientation done, classes start 1/12; working temp at a pallet yard until then, 32 hrs. Cont WIOA - the ITA holds his Jan seat and supportive services keep him steady until then.`, 'T', 'P', true, []),
  note(MO, 'f13-jail-release-planning-mo-012', `KC - 9/24 Jackson Co. Detention Center video visit w/ Ms. Whitlow, 20 min. She's in the building trades pre-apprenticeship module inside, 4 of 6 modules done. Release 11/20. Pre-release IEP: carpenters' apprenticeship application. Cont.`, 'T', 'P', true, []),
  note(MO, 'f13-jail-release-planning-mo-013', `10/15 video visit w/ Whitlow sched. 1400 - session failed to connect on her side; facility rescheduled.`, 'T', 'P', false, [UA]),
  // Her bunkmate was the one on the schedule.
  note(MO, 'f13-jail-release-planning-mo-014', `10/22 - Whitlow walked her bunkmate down to the pro visit room; the bunkmate was the one on my schedule (her intake). No time with Whitlow.`, 'I', 'O', false, [TP, PM, JM]),
  note(MO, 'f13-jail-release-planning-mo-015', `10/27 letter to Whitlow at JCDC with the carpenters' apprenticeship packet.`, 'L', 'P', false, [RP]),
  note(MO, 'f13-jail-release-planning-mo-016', `11/6 - Whitlow's written reply rec'd by mail: packet filled out, she passed the module 5 OSHA-10 test inside, asked for help w/ a state ID after release. Cont: apprenticeship app goes in at release per IEP; ID voucher ready.`, 'L', 'P', true, []),
  note(MO, 'f13-jail-release-planning-mo-017', `11/12 - JCDC programs coordinator e-mailed: Whitlow's release moved up to 11/18.`, 'E', 'O', false, [TP, PM, JM]),
  note(MO, 'f13-jail-release-planning-mo-018', `11/19 - called Whitlow at her sister's (first day out). Sister put her on; she said "I just got here, call me next week."`, 'T', 'P', false, [UA]),
  note(MO, 'f13-jail-release-planning-mo-019', `11/24 - TC Whitlow: connected, she said hi and the call dropped; 2 callbacks to VM.`, 'T', 'P', false, [UA]),
  // Her own progress, in person, with no reason given for services to continue.
  note(MO, 'f13-jail-release-planning-mo-020', `11/30 - Whitlow came to the KC Job Center, sat w/ me 25 min. She got her state ID 11/25 and submitted the carpenters' apprenticeship application 11/27.`, 'I', 'P', true, [JM]),
  note(MO, 'f13-jail-release-planning-mo-021', `Boone Co. Jail tablet message to Mr. Soto 11/9: "read" 11/9 2130. No reply.`, 'E', 'P', false, [RP]),
  note(MO, 'f13-jail-release-planning-mo-022', `11/16 Boone Co. Jail pro visit w/ Mr. Soto (Spanish; used the facility interpreter line). Forklift classroom units inside (Columbia Area Career Center) 2 of 3 done, release 12/15. IEP: forklift cert then a warehouse job; cont pre-release svcs.`, 'I', 'P', true, []),

  note(MN, 'f13-jail-release-planning-mn-001', `Ramsey Co. ACF release planning 9/22/26 - met Tou (Bk 2026-3318) in the work release unit interview room. He's on work release at a Roseville print shop, 40 hrs, and finished the forklift cert at the ACF 9/15. Release 11/1. ISS: keep the print shop job, add Saint Paul College print media in spring.`, 'I', 'P', true, []),
  note(MN, 'f13-jail-release-planning-mn-002', `9/29 - arrived for Tou's appt during count; count ran 50 min and he had left for work release by then. Not seen.`, 'I', 'P', false, [UA]),
  note(MN, 'f13-jail-release-planning-mn-003', `10/2 - Tou's work release employer (print shop owner) called: "he's my best press operator," 40 hrs last wk.`, 'T', 'O', false, [TP]),
  note(MN, 'f13-jail-release-planning-mn-004', `10/6 - video visit w/ Tou (ACF lobby kiosk on his side), 20 min. Print shop raised him to $17; Saint Paul College app submitted 10/4. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'f13-jail-release-planning-mn-005', `10/13 - Tou's mom (ROI on file) called: worried about where he'll live after 11/1.`, 'T', 'A', false, [TP, PM]),
  // His ACF caseworker sat in at his request; he is the one deciding and reporting.
  note(MN, 'f13-jail-release-planning-mn-006', `10/20 - Tou in the ACF interview room, his ACF caseworker sitting in (joint release staffing, at his request). Housing: his uncle's in Maplewood confirmed. SPC accepted him for spring. Print shop will keep him on after release, days. ISS updated; WF1 activities current.`, 'I', 'P', true, []),
  note(MN, 'f13-jail-release-planning-mn-007', `11/1 - Tou released 0800. Texted welcome + Monday appt time.`, 'E', 'P', false, [RP]),
  note(MN, 'f13-jail-release-planning-mn-008', `11/2 - Tou replied: "thanks!! home at my uncles. working mon-fri 7-3 same shop. see u monday." Results: housed, employed full time.`, 'E', 'P', true, []),
  note(MN, 'f13-jail-release-planning-mn-009', `11/3 - Tou did not come to the Monday appt at the St. Paul WFC. Called, no answer.`, 'I', 'P', false, [UA]),
  note(MN, 'f13-jail-release-planning-mn-010', `11/5 - Tou called in on his break: missed Monday because the shop needed him for a rush order. 3 days this wk so far, no issues with his PO. Spring SPC registration done (9 cr). Next: in person 11/19.`, 'T', 'P', true, []),
  note(MN, 'f13-jail-release-planning-mn-011', `Hennepin Co. ACF - 9/23/26 - met Farhiya in the women's section program room. She passed the ACF's ServSafe class 9/20 and wants culinary at MCTC. Release 10/12. ISS: culinary program, food-service job while waiting.`, 'I', 'P', true, []),
  note(MN, 'f13-jail-release-planning-mn-012', `9/30 - women's section on modified lockdown, programs cancelled. Farhiya's session moved to 10/7.`, '-', '-', false, [CT, NS]),
  note(MN, 'f13-jail-release-planning-mn-013', `10/7 - Farhiya was seen in the program room; talked 30 min about her release plan: shelter bed at the Salvation Army set, MCTC culinary application done w/ the ACF teacher's help. ISS reviewed.`, 'I', 'P', true, []),
  // She walked past to her friend's car: the writer was there, nothing was exchanged with her.
  note(MN, 'f13-jail-release-planning-mn-014', `10/12 - waited in the ACF lobby at release; her friend picked her up and told me Farhiya would "call me tomorrow." Farhiya walked out to the car without stopping.`, 'I', 'P', false, [UA]),
  note(MN, 'f13-jail-release-planning-mn-015', `10/14 - Farhiya called from the shelter phone. Starts at the Chipotle on Lake St Thurs (22 hrs); MCTC orientation 11/2. ISS: employed + training pending.`, 'T', 'P', true, []),
  note(MN, 'f13-jail-release-planning-mn-016', `10/28 - e-mailed Farhiya the MCTC orientation room #. No reply yet.`, 'E', 'P', false, [RP]),
  note(MN, 'f13-jail-release-planning-mn-017', `10/29 - Farhiya e-mailed back: "got it. 24 hrs this week at Chipotle, shift lead asked if I want to train on grill." ISS: no change.`, 'E', 'P', true, []),
  note(MN, 'f13-jail-release-planning-mn-018', `11/9 - Chipotle GM called to verify Farhiya's hire date for the WOTC form.`, 'T', 'O', false, [TP, PM]),
  note(MN, 'f13-jail-release-planning-mn-019', `11/16 - Farhiya picked up at work, "slammed, lunch rush," hung up.`, 'T', 'P', false, [UA]),
  note(MN, 'f13-jail-release-planning-mn-020', `11/23 TC Farhiya. Fine.`, 'T', 'P', true, [PM, NS]),
  note(MN, 'f13-jail-release-planning-mn-021', `Stearns Co. Jail 11/4 - video visit w/ Mr. Lor could not be done, he was in court. CO gave no return time.`, 'T', 'P', false, [UA]),
];
