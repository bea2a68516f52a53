/**
 * A former firefighter/EMT turned WIOA career counselor who writes every note as an after-action review (fresh
 * split, batch 13: new voices, scored and listed but not floored yet). The voice: "AAR", PLANNED / HAPPENED / WHY /
 * SUSTAIN / IMPROVE, numbered hot-wash lines, dispatch-log times in 24 hours, "on scene", "dispo: contact made",
 * "UTL" (unable to locate), "GOA" (gone on arrival), "10-22" (disregard), "10-4", "stood down", written in Jefferson
 * City, Lebanon and Independence (Missouri) and Duluth, Hibbing, Brainerd and Anoka (Minnesota). Sources of realism:
 * fire and EMS after-action and run-report habits carried into a job center.
 * How I read the policy for the hard cases: "dispo: contact made" with what the participant said is a contact;
 * "UTL", "GOA", "10-22 till later" and dead air are attempts, whatever the jargon. A visit "stood down" by a site
 * manager never took place. A bounced e-mail is undelivered, like returned mail. A wife at the front desk, a grandmother's
 * "doing great", a dispatcher or HR verifying dates are someone else. A sister on speaker or an interpreter beside
 * the participant leaves the contact hers. In Missouri a CDL coordinator's report of range hours, tests passed and
 * why the ITA continues counts while the participant is on the road without a phone; in Minnesota an instructor's
 * report is recorded, never the monthly contact. Video is labelled telephone; texts and MoJobs messages e-mail.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'f13-after-action-review';

export const NOTES: LabelledNote[] = [
  note(MO, 'f13-after-action-review-mo-001', `AAR 10/2/26 - OV, Jefferson City JC.
PLANNED: monthly check on Ray's CDL training.
HAPPENED: Ray on scene 0900, we talked 30 min. Passed CDL permit 9/28; range starts 10/5 at the Lincoln U. CDL program.
WHY IT WORKED: he brought his paperwork.
SUSTAIN: ITA continues - the license is his IEP goal and the course runs to 11/13.
IMPROVE: set the next one before he leaves. Next: 10/30.`, 'I', 'P', true, []),
  note(MO, 'f13-after-action-review-mo-002', `AAR 10/9 - home visit, Ray's address, 1400 hrs. Dispo: GOA - nobody answered the door, truck not in the drive. Left card. Improve: call ahead next time.`, 'I', 'P', false, [UA]),
  note(MO, 'f13-after-action-review-mo-003', `Dispatch log 10/12: 0815 call to Ray's cell - no answer. 1230 second call - VM, left callback #. Status: UTL.`, 'T', 'P', false, [UA]),
  note(MO, 'f13-after-action-review-mo-004', `AAR 10/13 phone. Ray called in 0740 from the range. Planned: confirm range hours. Actual: 14 of 40 range hrs logged; backed into the dock on the first try Mon. Sustain: keep the ITA through the 11/13 test date - on track. Improve: nothing. Next contact after the pre-trip test.`, 'T', 'P', true, []),
  // Missouri provider contact while he is on the road: hours, a test passed, why the ITA continues.
  note(MO, 'f13-after-action-review-mo-005', `AAR 10/20 - Provider contact. Ray on the road w/ his instructor, no phone. Talked to Ms. Kerr, Lincoln U. CDL coordinator, by phone: 22/40 range hrs, no absences, pre-trip passed 10/19. Sustain: ITA justified - he's on schedule for the 11/13 skills test. Next: reach Ray directly by 11/1.`, 'T', 'V', true, []),
  note(MO, 'f13-after-action-review-mo-006', `Incident 10/23: the dispatcher at Ray's new-hire orientation (Midwest Transport) called to verify his WIOA training. Gave dates only.`, 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'f13-after-action-review-mo-007', `AAR 11/14 in person, Jefferson City JC. Planned: post-test debrief. Happened: Ray passed his CDL-A skills test 11/13 on the first attempt; hired by Midwest Transport, orientation 11/30. Why: range hours + pre-trip drills. Sustain: case stays open for retention services per IEP through his first 90 days. Improve: get a copy of the offer letter.`, 'I', 'P', true, []),
  note(MO, 'f13-after-action-review-mo-008', `AAR 10/6 - Planned: OV w/ Cheyenne 1000. Happened: no-show, no call. Why: unknown. Improve: reminder text the day before.`, 'I', 'P', false, [UA]),
  note(MO, 'f13-after-action-review-mo-009', `10/7 1500 - text sent to Cheyenne re: the missed appt, asked her to pick a new time. Status: pending.`, 'E', 'P', false, [RP]),
  note(MO, 'f13-after-action-review-mo-010', `AAR 10/8 - Cheyenne texted back 0630: "sorry kid was sick. I'm still going to class at Metro Business College, 2 tests this wk, got 92 on the first." Replied w/ a new appt 10/15. Sustain: ITA continues, she's 60% through the medical assistant program. Improve: accept text replies as a first contact.`, 'E', 'P', true, []),
  // "10-22 till later": radio code for disregard; nothing was exchanged.
  note(MO, 'f13-after-action-review-mo-011', `10/15 1000 - Cheyenne picked up, said she was driving, 10-22 till later. No info exchanged. Status: callback pending.`, 'T', 'P', false, [UA]),
  // Her sister on speaker helps with dates; Cheyenne is the one reporting.
  note(MO, 'f13-after-action-review-mo-012', `AAR 10/15 1630 - contact made by phone w/ Cheyenne (her sister on speaker too, helping w/ childcare dates). Midterm avg 88, externship at Centerpoint starts 11/2. Sustain: ITA - the externship is the last block before the CMA exam. Improve: n/a.`, 'T', 'P', true, []),
  // Stood down before it happened: no contact and no attempt on her.
  note(MO, 'f13-after-action-review-mo-013', `AAR 11/2 - PLANNED: joint visit at Cheyenne's externship site. HAPPENED: stood down by the site mgr (flu outbreak, no visitors). Rescheduled.`, '-', '-', false, [CT, NS]),
  // A bounce is undelivered, like returned mail.
  note(MO, 'f13-after-action-review-mo-014', `11/9 - e-mail to Cheyenne re: externship week 1. Bounce-back: mailbox full.`, 'E', 'P', false, [UA]),
  note(MO, 'f13-after-action-review-mo-015', `11/12 - Cheyenne's grandmother (alt contact) phoned: says she's "doing great at the doctor's office."`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'f13-after-action-review-mo-016', `AAR 11/20 - Letter response. Sent the 90-day letter 11/3; Cheyenne's written reply rec'd 11/19 (in file): externship 80/160 hrs, supervisor eval "exceeds" in 4 of 5 areas, CMA exam booked 12/14. Sustain: ITA continues through the exam. Next: call 12/15.`, 'L', 'P', true, []),
  // Real progress, no reason given for services to continue.
  note(MO, 'f13-after-action-review-mo-017', `11/21 On scene Lebanon JC w/ Tomas, 20 min. Dispo: contact made. Tomas done w/ OSHA-10, forklift eval passed.`, 'I', 'P', true, [JM]),
  note(MO, 'f13-after-action-review-mo-018', `11/23 0900 call to Tomas - connected, line dropped on his first word; 3 callbacks, no answer. Dispo: UTL.`, 'T', 'P', false, [UA]),
  // The cousin's orientation, run by a colleague; the writer never saw Tomas.
  note(MO, 'f13-after-action-review-mo-019', `11/24 - Tomas brought his cousin in for the cousin's WIOA orientation (Deb ran it); Tomas waited in the truck. I did not see him.`, '-', '-', false, [CT, NS]),
  note(MO, 'f13-after-action-review-mo-020', `AAR 11/30 phone (Tomas called in). Planned: job search check. Happened: 3 apps (Lowe's DC, Hirschbach, Emery Sapp), interview at Lowe's DC 12/4. Sustain: career svcs continue per IEP - goal is full-time warehouse work and he's at the interview stage. Improve: mock interview before 12/4 - set for 12/2.`, 'T', 'P', true, []),
  note(MO, 'f13-after-action-review-mo-021', `12/1 - MoJobs message to Tomas with the mock interview time. Status "Viewed" 12/1 1904. No reply.`, 'E', 'P', false, [RP]),
  note(MO, 'f13-after-action-review-mo-022', `AAR 12/2 - Cheyenne on scene at Independence JC 1100. Externship 160/160 complete, supervisor offered her a PT job after the CMA exam. Sustain: ITA through the 12/14 exam, then placement. Improve: none.`, 'I', 'P', true, []),

  note(MN, 'f13-after-action-review-mn-001', `AAR - 9/30/26 - OV Duluth WFC
1. Planned: monthly contact w/ Kayla (LSC EMT course).
2. Happened: met 45 min. EMT course wk 7 of 12, practical skills 6/10 signed off, quiz avg 84.
3. Why: she's motivated, childcare solid.
4. Sustain/Improve: record reviewed, ISS current. Next: 10/28.`, 'I', 'P', true, []),
  note(MN, 'f13-after-action-review-mn-002', `10/27 1600 call to Kayla - "the wireless customer you are calling is not available." Dispo: UTL.`, 'T', 'P', false, [UA]),
  note(MN, 'f13-after-action-review-mn-003', `AAR 10/28 Kayla rang back 0710 before clinicals. Ride-alongs 2 of 4 done (Gold Cross), NREMT cognitive scheduled 12/9. ISS/WF1 reviewed.`, 'T', 'P', true, []),
  note(MN, 'f13-after-action-review-mn-004', `10/29 LSC EMT instructor called: Kayla passed ride-along #3, instructor eval "strong."`, 'T', 'V', false, [TP]),
  // "Sarge" is his nickname; he is the participant.
  note(MN, 'f13-after-action-review-mn-005', `AAR 11/3 - "Sarge" (Dwayne Hollis, client, ret. Army) walked into the Hibbing WFC 1300. Done w/ the heavy equipment course at Mesabi Range, 1st in his class on the excavator eval; Hibbing Taconite interview 11/10. ISS updated to job search; record reviewed.`, 'I', 'P', true, []),
  note(MN, 'f13-after-action-review-mn-006', `11/5 - Dwayne's wife told the front desk he "already talked to the mine." Not a contact w/ client.`, '-', '-', false, [CT, NS]),
  note(MN, 'f13-after-action-review-mn-007', `11/6 - monthly letter to Dwayne w/ the Dec contact form. Sent.`, 'L', 'P', false, [RP]),
  note(MN, 'f13-after-action-review-mn-008', `AAR 11/11 - Teams video w/ Dwayne from the Hibbing Taconite parking lot. Interview done 11/10, 2nd round 11/17. Planned vs actual: on track. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'f13-after-action-review-mn-009', `11/18 - e-mailed Dwayne re: the 2nd round. No response at 72 hrs.`, 'E', 'P', false, [RP]),
  note(MN, 'f13-after-action-review-mn-010', `11/21 - Dwayne's e-mail reply: "Got the job. Haul truck trainee, $31.40/hr, start 12/1 nights." Replied congrats + ISS goal met. Asked him for the offer letter.`, 'E', 'P', true, []),
  note(MN, 'f13-after-action-review-mn-011', `11/12 Brainerd - called Maria, she answered at work: "on the floor, can't talk." Dispo: callback.`, 'T', 'P', false, [UA]),
  // The interpreter is on the line for her; Maria gives her own news.
  note(MN, 'f13-after-action-review-mn-012', `AAR 11/13 - OV Brainerd WFC w/ Maria + Spanish interpreter (Language Line phone). Planned: check on her CNA class at CLC. Happened: Maria finished clinicals 11/10, state test 12/2. Why: she got shift swaps at work. ISS reviewed, WF1 current.`, 'I', 'P', true, []),
  note(MN, 'f13-after-action-review-mn-013', `11/16 - called Maria's home, husband answered, took msg. UTL.`, 'T', 'P', false, [UA]),
  note(MN, 'f13-after-action-review-mn-014', `11/17 - Maria was contacted by phone at 1830 after her shift. Went over her test-day plan and ran the skills list w/ her on the call - she's solid on 20 of 22 skills. Next contact after 12/2.`, 'T', 'P', true, []),
  note(MN, 'f13-after-action-review-mn-015', `11/19 - Essentia HR called asking about Maria's CNA status for her application. Referred them to Maria (no ROI).`, 'T', 'O', false, [TP, PM]),
  note(MN, 'f13-after-action-review-mn-016', `11/20 Anoka - TC w/ Jamal. 10-4.`, 'T', 'P', true, [PM, NS]),
  note(MN, 'f13-after-action-review-mn-017', `AAR 11/24 Anoka County WFC OV - Jamal. 1. Plan: check Anoka Tech HVAC. 2. Actual: term 1 done, GPA 3.1, EPA 608 universal passed 11/20. 3. Improve: get transcript. Record reviewed.`, 'I', 'P', true, []),
  note(MN, 'f13-after-action-review-mn-018', `11/25 - Jamal signed up for the 0900 resume workshop. Did not attend.`, 'I', 'P', false, [UA]),
  note(MN, 'f13-after-action-review-mn-019', `11/30 0830 - call to Jamal connected, dead air, dropped. Called back, VM. Dispo: UTL.`, 'T', 'P', false, [UA]),
  // The channel is only a place: at my desk.
  note(MN, 'f13-after-action-review-mn-020', `12/1 Jamal at my desk 1500: holiday hours at the Target DC, spring HVAC term registered (12 cr). ISS ok.`, 'I', 'P', true, []),
  note(MN, 'f13-after-action-review-mn-021', `Hot wash w/ supervisor 12/2: reviewed Kayla, Dwayne, Maria, Jamal - all current for Nov.`, '-', '-', false, [CT, NS]),
];
