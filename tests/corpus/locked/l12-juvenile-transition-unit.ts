/**
 * Youth in secure care and coming home (locked split, batch 12: scored and floored, aggregates only): WIOA youth
 * transition specialists who carry young people held in Division of Youth Services residential programs and
 * juvenile detention in Missouri (a moderate-care center outside Boonville, a secure unit near Poplar Bluff, group
 * homes in Kansas City) and in county juvenile centers and the state's Red Wing campus in Minnesota, and who keep
 * the case from the unit through release. Third person ("this writer", "youth"), with the facility's routines in
 * every line: sally ports and count times, unit phones on speaker, lockdowns, levels and passes, treatment-team
 * staffings, the facility school's credits and HiSET/GED subtests, juvenile officers and probation agents, release
 * dates that move, and phones that belong to somebody's aunt.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A talk with the youth on the unit, on a unit phone or in a hallway after a hearing is a contact; a
 * class the writer teaches to the whole unit is not, nor is a visit stopped at the door. The facility school's
 * teacher is the provider; a mother or grandmother listed on the ISS is the alternate (Missouri: counts with
 * substantive progress and a reason to continue, §2.2; Minnesota: recorded, never the monthly contact); a juvenile
 * officer, a probation agent, a DYS service coordinator and a county social worker are someone else.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, DM, note, type LabelledNote } from '../types';

export const STYLE = 'l12-juvenile-transition-unit';
export const BATCH = 12;

export const NOTES: LabelledNote[] = [
  note(MO, 'l12-juvenile-transition-unit-mo-001', `3/4/2026 In person at the Boonville-area center, visiting room B, 1:15-1:50. This writer met with youth (Dakari) one to one after school period. He passed the HiSET math subtest on 2/26 (score 11) and has reading and science left; facility teacher has him in the HiSET block daily. He asked about the OSHA-10 card — writer will bring the enrollment form next visit. Release staffing set for late April. Youth services continue under ISS goal: HiSET before release, then part-time work in Columbia.`, 'I', 'P', true),
  // A unit phone on speaker with staff in the room is still a call with the youth: he is the one talking.
  note(MO, 'l12-juvenile-transition-unit-mo-002', `TC 3/18/26 2:40p — unit phone, on speaker, youth specialist Mr. Oyelaran in the room per facility rule. Spoke w/ youth ~12 min. Youth finished ServSafe food handler module in culinary elective, got his card printed Monday. Says he still wants the kitchen job at his aunt's restaurant on Prospect after release. Writer will contact aunt re: job after release date is firm. Continue youth services, ISS goals unchanged.`, 'T', 'P', true),
  // The visit never happened: lockdown at the sally port. What a staff member says at the door is no contact.
  note(MO, 'l12-juvenile-transition-unit-mo-003', `3/25/26. Drove to Poplar Bluff unit for scheduled visit w/ youth. Facility on lockdown at arrival (incident on another unit), no visits per shift supervisor. Staff at the sally port said youth "is fine, in his room." Did not see youth. Will reschedule for next Wed.`, 'I', 'P', false, [UA]),
  // Someone else: the DYS service coordinator tells the writer about a move; no word about the WIOA activity.
  note(MO, 'l12-juvenile-transition-unit-mo-004', `4/1 TC from DYS service coordinator (Ms. Brandt-Ruiz). Youth was moved from the group home to the secure unit over the weekend after a runaway attempt. She did not know how long. Writer asked her to pass along that writer called.`, 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'l12-juvenile-transition-unit-mo-005', `E-mail rec'd 4/6/26 from facility school teacher (Mr. Halvorsen, HiSET/credit recovery): "Tavion has been in class every day since the 9th, finished Eng 10 credit recovery with 84%, and took the HiSET writing practice twice (passing range both times). I'd put him in for the real test on 4/22." This writer will keep HiSET prep and the ISS education goal as is and schedule the subtest fee through youth funds.`, 'E', 'V', true),
  // A staffing about him, with him in it, where he answers the writer himself.
  note(MO, 'l12-juvenile-transition-unit-mo-006', `4/9/2026 Treatment team meeting (in person), conference rm, present: youth, mother, DYS service coordinator, unit supervisor, this writer. Writer asked youth directly about the welding intro at the career center; youth said he wants it over the construction crew and that he has 4 credits to go for his junior year. Youth reached level 3 this month. Plan: writer enrolls him in the career center's intro to welding summer session and keeps youth services open through release and after.`, 'I', 'P', true),
  // The youth was in class; the team talked about him without him. A DYS coordinator is not the provider.
  note(MO, 'l12-juvenile-transition-unit-mo-007', `4/23/26 Staffing at KC group home. Youth was not present (at school). House manager and DYS service coordinator report youth is on level 2, attending the on-site school, and has one write-up for phone use. Writer will see youth next week to go over the summer job plan; youth services continue.`, 'I', 'O', false, [TP]),
  note(MO, 'l12-juvenile-transition-unit-mo-008', `Mailed letter 5/1/26 to youth c/o the facility (unit mail goes through staff) with the résumé worksheet and the summer youth employment application. Asked him to fill both out and send back in the stamped envelope. No reply as of today.`, 'L', 'P', false, [RP]),
  // A handwritten letter back from the youth, answering the writer's letter, is the written response the policy accepts.
  note(MO, 'l12-juvenile-transition-unit-mo-009', `5/14/26 Letter received from youth (handwritten, postmarked 5/11) with the résumé worksheet filled out and the summer job application signed. In the letter he writes that he passed HiSET reading last week and is "1 away." He wants to work at his uncle's body shop in Sikeston. Writer replied by letter 5/14 and will submit the summer youth employment application; youth services continue through release.`, 'L', 'P', true),
  // Home after release, youth not there; the grandmother is not on the ISS and only says where he might be.
  note(MO, 'l12-juvenile-transition-unit-mo-010', `HV 6/2/26 to grandmother's house on Ewing Ave. (youth's release address). Youth not home. Grandmother (not listed as alt contact) said he's "staying at a cousin's some nights." Left writer's card and the Sonic application with her.`, 'I', 'P', false, [UA]),
  note(MO, 'l12-juvenile-transition-unit-mo-011', `6/4/26 Youth called writer from his new cell (573-555-0184), talked 15 min. He started at Sonic on Ewing 6/1, about 20 hrs a week, closing shifts. Re-enrolled for summer credit recovery at the high school, 2 classes, starts 6/10. He will bring his first pay stub Friday. Writer will open follow-along services and keep the ISS education goal; next check-in after his first week of summer school.`, 'T', 'P', true),
  // He picked up, said he was in court and hung up: nothing was exchanged, so it is an attempt.
  note(MO, 'l12-juvenile-transition-unit-mo-012', `6/16/26 TC to youth 10:05. Youth answered, said "I'm at court, I can't talk, call me later," and hung up. Will try again this afternoon.`, 'T', 'P', false, [UA]),
  // Someone else: the juvenile officer reports on court conditions, not on the WIOA activity.
  note(MO, 'l12-juvenile-transition-unit-mo-013', `6/17 TC w/ youth's juvenile officer. JO says youth is compliant with his conditions, curfew checks all good, community service hours 30 of 40 done. JO asked writer to send proof of employment for the court file. Writer will ask youth for a pay stub; youth services continue.`, 'T', 'O', false, [TP]),
  // The mother is listed as the alternate contact on the ISS and reports what the activity needs.
  note(MO, 'l12-juvenile-transition-unit-mo-014', `6/30/26 TC with youth's mother (alternate contact on ISS). Youth is at work, so writer talked with her: he has not missed a shift at Sonic (pay stubs show 38 hrs last two weeks) and finished the first summer school class with a C+; second class ends 7/24. She says he gets home by curfew. Writer will continue follow-along and keep the credit recovery goal on the ISS through July.`, 'T', 'A', true),
  note(MO, 'l12-juvenile-transition-unit-mo-015', `7/8/26 saw youth at facility, doing good.`, 'I', 'P', true, [PM, JM, NS]),
  // Teaching the unit's job-readiness class is no one-to-one exchange with this youth.
  note(MO, 'l12-juvenile-transition-unit-mo-016', `7/15/26 Led the Wednesday job-readiness group on Unit 4 (8 youth, 60 min): mock interviews and how to explain a gap on an application. Youth was in the group and did a mock interview with a peer. Sign-in sheet scanned.`, 'I', 'P', false),
  note(MO, 'l12-juvenile-transition-unit-mo-017', `7/29/26 OV at job center. Youth came in with his mother after his shift. He finished summer credit recovery (2 classes, C+ and B), is now a junior, and was moved to opener at Sonic ($12.50/hr). Went over the fall schedule: he will keep 16 hrs/week during school. Writer will keep him in youth services for work experience support and the HiSET is no longer needed since he is back on the diploma track; ISS updated.`, 'I', 'P', true),

  note(MN, 'l12-juvenile-transition-unit-mn-001', `2/11/2026 — In person at the county juvenile center, program room. Met w/ youth (Isaiah) 30 min. He passed GED science 2/6 (152) and math in January; social studies and RLA left. Center teacher has him testing SS on 2/24. Reviewed ISS: goal GED before his 90-day review, then the carpentry pre-apprenticeship. Activities in WF1 current.`, 'I', 'P', true),
  // A call patched through the center's case manager line, with the youth on the phone himself.
  note(MN, 'l12-juvenile-transition-unit-mn-002', `2/25/26 TC via center case manager line (she put youth on and stepped out). Spoke w/ youth ~10 min. He finished the forklift safety module in the vocational shop and got 3 of 4 sign-offs; last one next week. Says GED social studies "felt good," results Friday. Will update WF1 when the score posts.`, 'T', 'P', true),
  // Someone else: the probation agent's e-mail is about court, not the youth's activity; it is not the monthly contact.
  note(MN, 'l12-juvenile-transition-unit-mn-003', `3/3/26 E-mail from youth's probation agent: court review continued to 3/24, placement stays the same until then. No other info. Filed in WF1 documents.`, 'E', 'O', false, [PM]),
  // The teacher is the provider: recorded in Minnesota, never the monthly contact.
  note(MN, 'l12-juvenile-transition-unit-mn-004', `3/9/26 TC w/ GED teacher at the center. Youth passed social studies (148) and has only RLA left; practice test 3/6 was in the passing range. 2 missed class days last week for court transport. She expects him to test RLA 3/20.`, 'T', 'V', false),
  // Restricted to his room that day: the visit did not happen.
  note(MN, 'l12-juvenile-transition-unit-mn-005', `3/16/26 Went to the center for monthly visit. Youth on room restriction after an incident on the unit, no visits for 24 hrs per shift lead. Did not see him. Will call the center Wed to set a new time.`, 'I', 'P', false, [UA]),
  note(MN, 'l12-juvenile-transition-unit-mn-006', `3/19/26 Met with youth and his probation agent at the center (in person). Youth asked the most questions — he wants to know if Job Corps in Duluth takes students with a pending case. Writer explained the application and will find out about the court paperwork. RLA test is 3/20. ISS reviewed; he remains in GED and work readiness.`, 'I', 'P', true),
  // Released: the mother took the message; nobody talked with the youth.
  note(MN, 'l12-juvenile-transition-unit-mn-007', `4/6/26 Youth released 4/2 to mother's home in St. Paul. TC to mother's number 4/6, mother answered, youth sleeping. She said she'd have him call back. No call back today.`, 'T', 'P', false, [UA]),
  note(MN, 'l12-juvenile-transition-unit-mn-008', `4/7/26 Youth returned writer's call 4/7, 11:30. He passed GED RLA at the center before release (152) — GED complete, writer saw the score in GED Manager. He started at Culver's on W. 7th, 2 shifts so far. Wants the carpentry pre-apprenticeship in June; writer will send him the info session date. ISS goal updated to employment + training; WF1 activities updated (GED ended, completed).`, 'T', 'P', true),
  // An unprompted text from the youth with news of the activity is his written word.
  note(MN, 'l12-juvenile-transition-unit-mn-009', `4/21/26 Text from youth 7:48 pm: "i got moved to grill at culvers and they gave me 28 hrs next wk. still want the carpentry thing." Writer texted back the info session date (5/12). Noted hours for follow-along.`, 'E', 'P', true),
  note(MN, 'l12-juvenile-transition-unit-mn-010', `5/5/26 Texted youth reminder: carpentry info session 5/12 at 4 pm, bring ID. No reply. Texted again 5/9, no reply.`, 'E', 'P', false, [RP]),
  note(MN, 'l12-juvenile-transition-unit-mn-011', `5/12/26 met w/ youth at info session. ok.`, 'I', 'P', true, [PM, NS]),
  // A staffing about a different youth's move; this youth was not there.
  note(MN, 'l12-juvenile-transition-unit-mn-012', `5/20/26 Staffing at the county juvenile center w/ county social worker re: youth's younger brother, who was admitted this week. Youth was not present and was not discussed beyond his address for the family. No action for this case.`, 'I', 'O', false, [PM]),
  // The letter bounced: he had been moved before it arrived.
  note(MN, 'l12-juvenile-transition-unit-mn-013', `Letter to youth at the center mailed 1/20/26 returned 1/29 marked "Transferred — not at this facility." Called center intake, who confirmed youth went to Red Wing 1/22.`, 'L', 'P', false, [UA]),
  note(MN, 'l12-juvenile-transition-unit-mn-014', `6/2/26 OV at CareerForce Midway. Youth came in on the bus on his day off. Week 2 of the carpentry pre-apprenticeship: 38 of 40 hours attended, passed the tape and layout quiz, got his boots through the program. Keeping 12 hrs at Culver's weekends. ISS reviewed and activities in WF1 match. Next contact at week 6.`, 'I', 'P', true),
  // The grandmother is not listed on the ISS; what she says is not the monthly contact.
  note(MN, 'l12-juvenile-transition-unit-mn-015', `6/19/26 Youth's grandmother called writer (not on ISS as alternate). She says youth left his mother's house after an argument and is staying with a friend, missed class yesterday. She does not have his new number.`, 'T', 'O', false),
  // Outside the courtroom after his hearing, the two of them talked ten minutes: an in-person exchange.
  note(MN, 'l12-juvenile-transition-unit-mn-016', `6/24/26 Attended youth's probation review hearing (Ramsey Co. juvenile court, 9:00). Afterward talked w/ youth in the hallway about 10 min. He is back at his mother's. He has 47 of 60 hrs in the carpentry program — missed 2 days last week, instructor is letting him make up Saturday. He asked for a bus card; writer will request one. ISS reviewed.`, 'I', 'P', true),
  // The writer waited to meet him after his hearing; he never came.
  note(MN, 'l12-juvenile-transition-unit-mn-017', `7/15/26 Was to meet youth after his 1:30 check-in at the probation office. Youth did not come to the check-in or meet writer; agent says a warrant may be requested. Called his cell twice, no answer, VM full.`, 'T', 'P', false, [UA]),
  // No date anywhere and a page with no date field: the date-missing warning applies to a real contact.
  note(MN, 'l12-juvenile-transition-unit-mn-018', `TC w/ youth. He turned himself in on the warrant and was released same day with new conditions. Back in carpentry: 56 of 60 hrs, finishes next week; instructor told him he is on the list for the union's direct-entry interview. ISS reviewed.`, 'T', 'P', true, [DM], { noDateField: true }),
];
