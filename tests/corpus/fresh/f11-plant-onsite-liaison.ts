/**
 * A workforce liaison with a desk inside a meat and poultry plant (fresh split: new voices, scored and listed but
 * not floored yet). The voice: a job-center employee out-stationed two or three days a week in a packing plant's
 * training room or HR annex (turkey and pork plants in Milan, Noel, Monett and Marshall, Missouri; Worthington,
 * Willmar, Austin and Melrose, Minnesota), serving WIOA Adult and Dislocated Worker participants who work there:
 * English classes on site, forklift and maintenance-mechanic training, OJT contracts for line leads, shift cuts and
 * a line closing. Notes are written in the plant's words: shifts by letter or number, "B-shift", "kill floor",
 * "debone", "line 4", "TM" for team member, badge numbers, break times, the cafeteria, the HR window, coworkers and
 * line leads who interpret in Karen, Somali, Q'anjob'al or Spanish, supervisors who report hours. Sources of
 * realism: on-site American Job Center and CareerForce partnerships with large processors, plant ESL programs and
 * incumbent-worker training grants.
 * Reading of the policy for the hard cases: a talk in the cafeteria or on a break with the participant, with a
 * coworker interpreting, is an in-person contact. HR or a supervisor reporting on him is an activity provider (for
 * OJT) or an alternate contact; in Missouri it counts only with substantive progress and a reason to continue, in
 * Minnesota never. The participant interpreting at a cousin's intake, dropping a form at the HR window, a badge
 * swipe, a sign-in sheet or a class roster are not his contact.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'f11-plant-onsite-liaison';

export const NOTES: LabelledNote[] = [
  note(MO, 'f11-plant-onsite-liaison-mo-001', `On-site day at the Milan plant 1/13/26. Met cust (B-shift, debone line 4) on her 7:30p break in the training room, coworker Ma Aye interpreted Karen. Cust is in the on-site ESL class Tues/Thurs, 11 of 12 sessions, CASAS up from 201 to 209. Wants forklift next. Continue ESL per IEP, forklift referral in Feb.`, 'I', 'P', true, []),
  note(MO, 'f11-plant-onsite-liaison-mo-002', `1/13/26 cust's name on the ESL sign-in sheet for tonight. Did not see her - I left at 6.`, '-', '-', false, [CT, NS]),
  // A coworker reporting on her in passing is not the participant, and has no detail.
  note(MO, 'f11-plant-onsite-liaison-mo-003', `Ran into cust's line lead in the cafeteria 1/15. He says she's "one of the good ones" and never misses.`, 'I', 'A', false, [TP, PM, JM]),
  note(MO, 'f11-plant-onsite-liaison-mo-004', `Called cust 1/20 at 10 am (sleeping after B-shift I assume) - NA, no VM set up.`, 'T', 'P', false, [UA]),
  note(MO, 'f11-plant-onsite-liaison-mo-005', `Left a note for cust with the HR window 1/22 asking her to stop by the training room Thurs.`, 'L', 'P', false, [RP]),
  note(MO, 'f11-plant-onsite-liaison-mo-006', `Cust stopped by the training room 1/22 at start of shift - 10 min, in English this time (!). Finished ESL level 2, certificate 1/20. Forklift class on site 2/9-2/11, I signed her up. Continue per IEP toward forklift cert.`, 'I', 'P', true, []),
  // The OJT trainer's report is detailed and says why the training should go on.
  note(MO, 'f11-plant-onsite-liaison-mo-007', `OJT check 2/4/26 w/ maintenance supervisor Dale Kemper (cust is in the 12-wk maintenance mechanic OJT). Cust is at week 6: signed off on PM checklists for the injectors and the Marel conveyor, 0 safety incidents, 100% attendance per time records. Dale wants him to start on the ammonia refrigeration module next. OJT continues per contract/IEP.`, 'I', 'V', true, []),
  note(MO, 'f11-plant-onsite-liaison-mo-008', `HR (Brenda) confirmed by email 2/5 that cust is "still active, badge in good standing".`, 'E', 'V', false, [TP, PM, JM]),
  // She was there in person, but the meeting was her cousin's intake: not her contact (the type itself is plain).
  note(MO, 'f11-plant-onsite-liaison-mo-009', `Cust came to the training room 2/5 but only to interpret for her cousin, who wants to enroll. Did the cousin's intake. Nothing about cust's own training.`, 'I', 'P', false, [PM, JM, NS]),
  note(MO, 'f11-plant-onsite-liaison-mo-010', `2/11 forklift class roster from the trainer: cust passed written + driving eval. Roster only, haven't seen her.`, 'L', 'V', false, [TP, JM]),
  note(MO, 'f11-plant-onsite-liaison-mo-011', `Caught cust at the time clock 2/12 as A-shift let out. She showed me the forklift card. Moving to the freezer dock as a driver 2/16, +$1.75/hr. Plan: follow up in 30 days on the new job, IEP goal met for the credential.`, 'I', 'P', true, []),
  note(MO, 'f11-plant-onsite-liaison-mo-012', `Noel plant 2/18: the line 2 cuts posted - 40 TMs moving to 32 hrs. Cust is on line 2. Will call.`, '-', '-', false, [CT, NS]),
  // The call through the Somali-speaking coworker, cust speaking for himself.
  note(MO, 'f11-plant-onsite-liaison-mo-013', `TC 2/19 w/ cust, his coworker Abdirahman on speaker to interpret Somali. Cust confirms hours cut to 32 since 2/16. He wants to move to the CDL class at Crowder College instead of waiting for hrs to come back. Explained DW eligibility if laid off; for now Adult program, job search + CDL info. Next mtg 2/26 on site.`, 'T', 'P', true, []),
  note(MO, 'f11-plant-onsite-liaison-mo-014', `2/26 on site - cust didn't come to the training room at his 1:30 break. Waited through 2 breaks. Asked the lead to tell him.`, 'I', 'P', false, [UA]),
  note(MO, 'f11-plant-onsite-liaison-mo-015', `Cust called me 2/27 himself (English, slow, fine). Sorry about the break - line ran over. Crowder CDL starts 3/23, he did the DOT physical 2/25, passed. Continue per IEP: ITA application for CDL.`, 'T', 'P', true, []),
  note(MO, 'f11-plant-onsite-liaison-mo-016', `Badge report from HR shows cust swiped in every day 3/2-3/6.`, '-', '-', false, [CT, NS]),
  note(MO, 'f11-plant-onsite-liaison-mo-017', `Cust dropped his ITA paperwork at the HR window for me 3/9. Did not see him.`, '-', '-', false, [CT, NS]),
  note(MO, 'f11-plant-onsite-liaison-mo-018', `Marshall plant 3/10: group safety/benefits mtg for the 30 TMs in the layoff, I presented DW services. Cust was in the room, I handed out the packets.`, 'I', 'P', false, [PM, JM, NS]),
  note(MO, 'f11-plant-onsite-liaison-mo-019', `After the 3/10 group mtg cust stayed back and we talked one-on-one 15 min. Last day 3/27. Wants welding at State Fair CC. Started the DW application with him; he'll bring his layoff notice Fri. Justification: dislocated, needs training to replace the plant wage.`, 'I', 'P', true, []),
  note(MO, 'f11-plant-onsite-liaison-mo-020', `Texted cust 3/30 (first wk after the layoff) to check in + remind about UI filing. Read, no reply.`, 'E', 'P', false, [RP]),
  note(MO, 'f11-plant-onsite-liaison-mo-021', `Cust replied 3/31 by text: "filed UI Sat, got welding orientation at SFCC 4/7, thanks". Texted back w/ the docs to bring. DW enrollment continues; ITA pending orientation.`, 'E', 'P', true, []),
  // The supervisor was there too, but she spoke for herself about her own progress.
  note(MO, 'f11-plant-onsite-liaison-mo-022', `Monett plant 4/2/26: sat in on cust's 30-day OJT review (line lead trainee) with her supervisor Rosa. Cust did most of the talking - she runs the 6 am pre-shift huddle now, passed the HACCP basics quiz 3/30 (92), still shaky on the scheduling software. Rosa agreed. OJT continues per contract; check again at 60 days.`, 'I', 'P', true, []),
  // "Visited with" is how people here say they talked.
  note(MO, 'f11-plant-onsite-liaison-mo-023', `Visited with cust at the picnic tables behind the Noel plant 4/9 on his lunch. He's 2 wks into CDL at Crowder, range days going OK, backing test 4/20. Still 32 hrs at the plant on weekends. Continue ITA per IEP.`, 'I', 'P', true, []),
  note(MN, 'f11-plant-onsite-liaison-mn-001', `Worthington plant, HR annex 1/8/26. Met TM (participant) 2:15p after A-shift. Q'anjob'al - his brother-in-law Mateo interpreted, participant answered most in Spanish. He's 4 of 6 wks into the on-site Industrial Maintenance 1 class (MN West), quiz avg 78. ISS: training continues.`, 'I', 'P', true, []),
  note(MN, 'f11-plant-onsite-liaison-mn-002', `1/12/26 The MN West instructor emailed the class attendance - participant present 11/12.`, 'E', 'V', false, [TP]),
  note(MN, 'f11-plant-onsite-liaison-mn-003', `Mateo (participant's brother-in-law, same line) stopped by 1/14 to say participant lost his phone, new # 507-555-0143.`, 'I', 'A', false, [TP, PM]),
  note(MN, 'f11-plant-onsite-liaison-mn-004', `Called the new number 1/15 - a woman answered in Spanish, he was at work. Will try at break time on site.`, 'T', 'P', false, [UA]),
  note(MN, 'f11-plant-onsite-liaison-mn-005', `1/15 on site: went to the cafeteria at the 9:00 B-shift break and found participant. Talked 10 min with Mateo helping. Passed the lockout/tagout module test. Asked about the maintenance helper posting - he applied 1/14. ISS: training + internal promotion goal.`, 'I', 'P', true, []),
  note(MN, 'f11-plant-onsite-liaison-mn-006', `Willmar plant 2/2/26: participant's supervisor says she moved from evisceration to packaging and is doing good.`, 'I', 'V', false, [TP, PM]),
  note(MN, 'f11-plant-onsite-liaison-mn-007', `2/3/26 met participant at the training room, Somali interpreter from the plant (Hodan, HR). She moved to packaging 1/26 for the day schedule so she can do the GED class at night at Ridgewater. GED math test 2/20. ISS updated: GED goal, employed.`, 'I', 'P', true, []),
  note(MN, 'f11-plant-onsite-liaison-mn-008', `Participant wasn't on the ESL roster tonight 2/5. Instructor didn't know why.`, '-', '-', false, [CT, NS]),
  note(MN, 'f11-plant-onsite-liaison-mn-009', `Participant called 2/6 - sick kid, missed class. Back Mon. Has been studying the GED math on the phone app. Talked about childcare assistance; she'll ask Kandiyohi Co.`, 'T', 'P', true, []),
  note(MN, 'f11-plant-onsite-liaison-mn-010', `Sent participant a letter in Somali and English 2/10 (our translated template) about the March GED testing voucher.`, 'L', 'P', false, [RP]),
  note(MN, 'f11-plant-onsite-liaison-mn-011', `Austin 2/17: line 7 going down for 2 weeks for remodel, TMs on temporary layoff. Participant among them per HR list.`, '-', '-', false, [CT, NS]),
  // She talked, but an HR person did the interpreting and the note says what she said.
  note(MN, 'f11-plant-onsite-liaison-mn-012', `2/18 phone w/ participant, 3-way with the plant's Karen interpreter. On temp layoff til 3/2, filing UI. Using the time for the forklift class at Riverland 2/23-2/25. ISS: DW co-enroll not needed (return date set), training continues.`, 'T', 'P', true, []),
  note(MN, 'f11-plant-onsite-liaison-mn-013', `Participant's wife came to the HR annex 2/24 to pick up his forklift class packet. Gave it to her.`, 'I', 'A', false, [TP, PM]),
  note(MN, 'f11-plant-onsite-liaison-mn-014', `Riverland trainer called 2/26: participant passed forklift, card mailed.`, 'T', 'V', false, [TP]),
  note(MN, 'f11-plant-onsite-liaison-mn-015', `3/3 back on site. Saw participant walk by on the line - waved. He was on the clock.`, '-', '-', false, [CT, NS]),
  note(MN, 'f11-plant-onsite-liaison-mn-016', `3/5 met participant at 11:30 lunch in the HR annex. Back on line 7 since 3/2 but now as a forklift driver in the cooler, +$1.50. Next: maintenance helper interview 3/12. ISS updated.`, 'I', 'P', true, []),
  note(MN, 'f11-plant-onsite-liaison-mn-017', `Melrose - group ESL graduation 3/19, participant got her Level 3 certificate on stage. Took photos for the board newsletter.`, 'I', 'P', false, [PM, NS]),
  note(MN, 'f11-plant-onsite-liaison-mn-018', `At the 3/19 graduation reception participant came over and we talked a few min - she's enrolling in Level 4 in April and was promoted to line trainer 3/16. ISS: continue ESL, employed.`, 'I', 'P', true, []),
  note(MN, 'f11-plant-onsite-liaison-mn-019', `Voicemail from participant 3/23 in Somali, HR's Hodan translated: "please call, question about the class".`, 'T', 'P', false, [UA]),
  note(MN, 'f11-plant-onsite-liaison-mn-020', `Returned participant's call 3/24 with Hodan on the line. Her question: can she change Ridgewater GED class to Thursdays (shift change). Yes. Passed GED math 3/20 (152). Next: science. ISS: GED goal continues.`, 'T', 'P', true, []),
  note(MN, 'f11-plant-onsite-liaison-mn-021', `On-site 3/26: spoke with TM Abukar (not on my caseload) about participant; he says she is "busy with the new job".`, 'I', 'O', false, [TP, PM]),
  // The passive register hides who talked, but "reported by participant" to this writer in person is her speaking.
  note(MN, 'f11-plant-onsite-liaison-mn-022', `Participant was seen by this writer at the Austin plant training room on 3/30/26. It was reported by participant that the maintenance helper job was offered to her 3/27 and she starts 4/6 on days, $24.10/hr, and that she will keep the Riverland Industrial Maintenance evening class (2 of 5 courses done, B average). ISS updated.`, 'I', 'P', true, []),
];
