/**
 * Summer youth employment and YouthBuild worksite monitors (fresh split: new voices, scored and listed but not floored
 * yet). The voice: seasonal monitors and youth case managers in Kansas City and St. Louis (Missouri) and Minneapolis,
 * St. Paul and Duluth (Minnesota) who drive a loop of worksites during a six-to-eight-week summer program and write up
 * each stop as a checklist ("Youth present: Y/N", "Supervisor present", "Hours verified", "Safety OK", "Spoke w/
 * youth"), plus YouthBuild construction sites with a crew lead and GED classes, payroll portals, timesheets missing a
 * signature, heat advisories, parents calling about pay day, Friday trainings for hundreds of interns, and
 * end-of-summer surveys. Sources of realism: city summer-jobs programs' site-monitoring forms and how youth workers
 * text, in shorthand, from the car.
 * How I read the policy for the hard cases: a youth seen working but not spoken with, a timesheet handed over, a
 * sign-in sheet at an orientation, or a site visit where only the supervisor was there is no contact with the youth.
 * The worksite supervisor or YouthBuild crew lead is the work-experience provider: in Missouri a detailed progress
 * report with a reason to continue counts (§2.2); in Minnesota it is recorded but never the monthly contact (TP). A
 * parent, a school counselor or a cousin's interview is someone else's. A guardian or relative in the room does not
 * spoil the contact when the youth speaks for herself. Video is labelled telephone.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'f12-summer-youth-worksite-monitor';

export const NOTES: LabelledNote[] = [
  note(MO, 'f12-summer-youth-worksite-monitor-mo-001', `SITE VISIT – summer youth – 6/16/26\nWorksite: KC Parks – Swope Park nature center\nYouth present: Y   Supervisor present: Y (Ms. Okafor)\nSpoke w/ youth: Y – she sorts donations and leads 2 kids' nature walks a day, likes it, 24 hrs last wk, no tardies.\nSupervisor rating: 4/5 punctuality.\nPlan: continue WEX per ISS through 8/1 - she is building the work history her ISS goal needs; wants a reference letter for a school-year job.`, 'I', 'P', true, []),
  // The youth was out; the supervisor's "fine" says nothing about progress.
  note(MO, 'f12-summer-youth-worksite-monitor-mo-002', `SITE VISIT 6/17/26 – Northland Habitat ReStore\nYouth present: N (called in sick per sup)\nSupervisor present: Y\nHours verified: N – timesheet not ready\nComments: sup says he's been fine.`, 'I', 'V', false, [TP, PM, JM]),
  // Seen at work, not spoken with: no exchange.
  note(MO, 'f12-summer-youth-worksite-monitor-mo-003', `Observed youth at the zoo concession stand 6/18 2:10 pm - in uniform, on the serving line, busy. Did not interrupt. Supervisor not available.`, 'I', 'P', false, [UA]),
  // Missouri §2.2: the supervisor's report is detailed and gives the reason to continue.
  note(MO, 'f12-summer-youth-worksite-monitor-mo-004', `Phone w/ worksite supervisor (Mr. Delgado, Northland Habitat ReStore) 6/19: youth has worked 4 of 4 wks, 25 hrs/wk, learned the register and forklift spotting, on time every day but one; Mr. D wants to keep him through August. Continue WEX per ISS - he is building retail skills for his goal of store management.`, 'T', 'V', true, []),
  note(MO, 'f12-summer-youth-worksite-monitor-mo-005', `Youth attended summer youth orientation 6/8 at the UMKC student union (about 300 youth). Sign-in sheet p. 4.`, '-', '-', false, [CT, NS]),
  note(MO, 'f12-summer-youth-worksite-monitor-mo-006', `Youth's mom called 6/22: he won't be at work tomorrow, family funeral in Sedalia. Let the site know.`, 'T', 'A', false, [TP, PM, JM]),
  // A real written exchange, but only about shift times: the contact stands, the progress and the reason are thin.
  note(MO, 'f12-summer-youth-worksite-monitor-mo-007', `Youth texted 6/23: "can I switch to the afternoon shift" - I replied she needs to ask her supervisor first; she answered "ok she said yes, 12-6 starting monday".`, 'E', 'P', true, [PM, JM, NS]),
  // The crew lead is the YouthBuild provider; his report is detailed and the plan says why the track goes on.
  note(MO, 'f12-summer-youth-worksite-monitor-mo-008', `YouthBuild – construction site visit 6/24 (Habitat build, 4100 blk Kossuth). Crew lead Marcus reports the trainee framed two walls on his own this week and passed OSHA 10 last Friday; 100% attendance for June. Trainee was up on the roof crew, gave me a thumbs up. Continue the YouthBuild construction track per ISS; NCCER Core test 7/10.`, 'I', 'V', true, []),
  note(MO, 'f12-summer-youth-worksite-monitor-mo-009', `Went to the Central Library 6/25 for the 10:00 check-in w/ youth - supervisor says youth didn't come in today, no call. Waited 20 min.`, 'I', 'P', false, [UA]),
  note(MO, 'f12-summer-youth-worksite-monitor-mo-010', `Payroll: youth's timesheet missing the supervisor's signature, returned to the site 6/26.`, '-', '-', false, [CT, NS]),
  note(MO, 'f12-summer-youth-worksite-monitor-mo-011', `TC w/ youth 6/29 (she called me on her lunch): 3rd wk at the hospital gift shop, learned the POS, moved up to 28 hrs. Asked about staying on in the fall. Will ask the hospital; continue WEX per ISS through 8/7.`, 'T', 'P', true, []),
  note(MO, 'f12-summer-youth-worksite-monitor-mo-012', `Called youth 6/30 - answered, at the pool w/ friends, "can u call tmrw".`, 'T', 'P', false, [UA]),
  note(MO, 'f12-summer-youth-worksite-monitor-mo-013', `Site visit 7/1 Cherokee St community garden: youth showed me the bed he built and talked about drip irrigation like a pro. Says he's saving for a car, 22 hrs/wk. Supervisor says perfect attendance. Continue WEX through 8/8 per ISS; will talk about a fall job at the garden's welcome center.`, 'I', 'P', true, []),
  note(MO, 'f12-summer-youth-worksite-monitor-mo-014', `Heat advisory 7/8 - all outdoor summer youth sites closed per the program director. Youth paid for scheduled hours.`, '-', '-', false, [CT, NS]),
  // Grandma is the guardian and was in the room; the youth gave his own progress.
  note(MO, 'f12-summer-youth-worksite-monitor-mo-015', `Youth + grandma (guardian) came in 7/9 to sign the school-year WEX agreement. Youth told me he finished 5 wks at the ReStore, 125 hrs total, and wants to keep working Saturdays during junior year. Grandma agreed to do rides. Continue WEX (school year) per ISS.`, 'I', 'P', true, []),
  note(MO, 'f12-summer-youth-worksite-monitor-mo-016', `E-mail from youth's school counselor 7/10: youth still needs 1 credit recovery class (English 10) before fall.`, 'E', 'O', false, [TP, JM]),
  // Handing over a timesheet is an errand, not a conversation.
  note(MO, 'f12-summer-youth-worksite-monitor-mo-017', `Picked up timesheets at the Y pool 7/13 - youth handed me his and went back to the deck. Hours: 26.`, '-', '-', false, [CT, NS]),
  note(MO, 'f12-summer-youth-worksite-monitor-mo-018', `Mailed the end-of-summer survey 8/10 w/ a return envelope to youth's home.`, 'L', 'P', false, [RP]),
  note(MO, 'f12-summer-youth-worksite-monitor-mo-019', `Youth returned the end-of-summer survey 8/21: "learned customer service and the cash drawer, I want to work at the zoo again, I start Gateway Tech 8/24." Continue youth follow-up per ISS into the school year.`, 'L', 'P', true, []),
  note(MO, 'f12-summer-youth-worksite-monitor-mo-020', `FaceTime w/ youth 7/15 from her worksite break room (camera on): she showed me the planting map she made for the urban ag site, 30 hrs/wk, supervisor gave her key-holder duty. Continue WEX per ISS through 8/7.`, 'T', 'P', true, []),
  note(MO, 'f12-summer-youth-worksite-monitor-mo-021', `Youth came along with her cousin to the cousin's summer youth interview 7/16 at the Grand Center office; waited outside in the car.`, '-', '-', false, [CT, NS]),
  note(MO, 'f12-summer-youth-worksite-monitor-mo-022', `Youth called 7/20 from the zoo break room (hair net story lol) - she moved to the sweets shop, 27 hrs, and her supervisor wrote her a reference. Wants fall hours; continue WEX per ISS because the zoo keeps summer youth who finish with good evals.`, 'T', 'P', true, []),
  note(MN, 'f12-summer-youth-worksite-monitor-mn-001', `Summer intern site visit 6/17/26 – Hennepin County Library, Franklin branch. Intern present; supervisor present (Ms. Yang). Intern and I talked 15 min: shelving, running the homework help table, 20 hrs/wk. Wants to learn the teen tech lab. ISS goal work readiness - on track.`, 'I', 'P', true, []),
  note(MN, 'f12-summer-youth-worksite-monitor-mn-002', `Site visit 6/18 Powderhorn Park rec center. Intern: ABSENT (per supervisor, summer cold). Supervisor: intern "doing fine."`, 'I', 'V', false, [TP, PM]),
  // Minnesota: a good supervisor report, recorded, not the contact with the youth.
  note(MN, 'f12-summer-youth-worksite-monitor-mn-003', `Supervisor call 6/22 (hospital nutrition services): youth on time all 3 weeks, now on the tray line, supervisor very pleased.`, 'T', 'V', false, [TP]),
  note(MN, 'f12-summer-youth-worksite-monitor-mn-004', `Phone check-in w/ youth 6/24 - 2nd wk at the stadium concessions, 18 hrs, wants more hours; we talked about how to ask her lead.`, 'T', 'P', true, []),
  note(MN, 'f12-summer-youth-worksite-monitor-mn-005', `Texted youth 6/25: reminder, timesheet due Friday.`, 'E', 'P', false, [RP]),
  note(MN, 'f12-summer-youth-worksite-monitor-mn-006', `Youth replied 6/25: "turned it in already. also they're moving me to the suite level next week, more hrs".`, 'E', 'P', true, []),
  note(MN, 'f12-summer-youth-worksite-monitor-mn-007', `YouthBuild – site visit 6/29 (Lincoln Park rehab, Duluth). Spoke with trainee on break: finished the drywall module, 2 GED tests left (math & science) at Duluth Adult Ed; says the crew lead is tough but fair. ISS updated with GED test dates 7/14 & 7/21.`, 'I', 'P', true, []),
  note(MN, 'f12-summer-youth-worksite-monitor-mn-008', `YouthBuild crew lead emailed 6/30: trainee late 3x this week.`, 'E', 'V', false, [TP]),
  note(MN, 'f12-summer-youth-worksite-monitor-mn-009', `Drove by the Como Zoo site 7/1 - saw youth at the carousel ticket booth, line was long so I didn't stop.`, 'I', 'P', false, [UA]),
  note(MN, 'f12-summer-youth-worksite-monitor-mn-010', `Youth's dad called 7/2 upset about the pay date. Explained the payroll schedule (every other Friday).`, 'T', 'A', false, [TP, PM]),
  note(MN, 'f12-summer-youth-worksite-monitor-mn-011', `7/6 midsummer check-in at the Northside office cancelled - youth's worksite field trip to Fort Snelling ran late. Rescheduled for 7/8.`, '-', '-', false, [CT, NS]),
  note(MN, 'f12-summer-youth-worksite-monitor-mn-012', `Youth in 7/8 for the midsummer check-in: 80 hrs so far at the food shelf, supervisor eval "meets" on all 5 items, wants to apply for the fall youth employment program. ISS updated.`, 'I', 'P', true, []),
  note(MN, 'f12-summer-youth-worksite-monitor-mn-013', `Verified youth's hours in the summer jobs payroll portal 7/10: 62.5 hrs pay period 2.`, '-', '-', false, [CT, NS]),
  note(MN, 'f12-summer-youth-worksite-monitor-mn-014', `Youth at the Friday intern training (financial literacy, about 140 interns, Target Center) 7/10.`, '-', '-', false, [CT, NS]),
  // Her mother was on speaker and asked in Hmong; the youth answered for herself.
  note(MN, 'f12-summer-youth-worksite-monitor-mn-015', `Youth called 7/13 with her mom on speaker (mom asked in Hmong, youth translated): youth wants to drop to 15 hrs to help at the family farm stand Saturdays; her supervisor agreed. 96 hrs so far. ISS updated with reduced hours.`, 'T', 'P', true, []),
  note(MN, 'f12-summer-youth-worksite-monitor-mn-016', `Called youth 7/15 - he picked up on the bus and the call dropped after "hello". Called back twice, straight to VM.`, 'T', 'P', false, [UA]),
  note(MN, 'f12-summer-youth-worksite-monitor-mn-017', `Intern's supervisor returned the mid-summer eval 7/17: 4s and 5s, comment "needs to put phone away."`, 'E', 'V', false, [TP]),
  note(MN, 'f12-summer-youth-worksite-monitor-mn-018', `7/20 site vst urban garden - yth + sup present, yth says "harvest days r the best", 2 wks left, 110 hrs, wants a ref ltr. ISS: ref ltr + fall job search.`, 'I', 'P', true, []),
  note(MN, 'f12-summer-youth-worksite-monitor-mn-019', `Youth's last day 8/7. Certificate of completion came from the site by mail 8/12.`, 'L', 'V', false, [TP]),
  // Her sister drove her and sat in; the youth gave her own news.
  note(MN, 'f12-summer-youth-worksite-monitor-mn-020', `Exit interview 8/11 at the WFC with youth (her older sister drove and sat in): 168 hrs total at the food shelf, supervisor reference in hand, starts 11th grade 9/2 and applied at Cub for weekends. ISS: move to follow-up.`, 'I', 'P', true, []),
  note(MN, 'f12-summer-youth-worksite-monitor-mn-021', `Crew lead told me at the 8/12 graduation rehearsal that the trainee (not there) is working at his uncle's roofing company now.`, 'I', 'V', false, [TP]),
  note(MN, 'f12-summer-youth-worksite-monitor-mn-022', `Yth (Jay) stopped by my desk 7/22 after the Friday training, on his own - 2 wks left at the art museum visitor desk, 96 hrs, they asked him to stay through Labor Day. Talked about juggling it with football practice. ISS: fall employment.`, 'I', 'P', true, []),
  note(MN, 'f12-summer-youth-worksite-monitor-mn-023', `Video check-in 7/29 (Google Meet, camera on) with intern + her program coach: intern says she finished the Excel training at her utility-company placement and built a tracking sheet her supervisor uses daily; 120 hrs. ISS updated: add an MS Office certificate goal.`, 'T', 'P', true, []),
];
