/**
 * WIOA career counselors embedded in supported-employment teams at community mental health centers (locked split,
 * batch 12: scored and floored, aggregates only): Individual Placement and Support (IPS) teams in Joplin,
 * Springfield and Kirksville in Missouri and in Rochester, Mankato and Brainerd in Minnesota, where the WIOA
 * counselor sits with the center's employment specialists and writes in the center's PIRP shape (Purpose,
 * Intervention, Response, Plan), person-first and strengths-based: "the individual", "per his preference", rapid
 * job search, zero exclusion, benefits counseling, releases of information before any employer is called,
 * treatment-team huddles, follow-along supports, hospital stays and crisis residences, payees and guardians,
 * audio-only telehealth.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A talk with the individual on the unit, in a crisis residence's phone room or at the center is a contact;
 * a group the counselor co-leads, a wave in a waiting room and a visit declined through staff are not. An OJT
 * employer reporting on the training (with a release) is the provider; a payee or guardian listed on the plan is the alternate
 * (Missouri: counts with substantive progress and a reason to continue, §2.2; Minnesota: recorded, never the
 * monthly contact); a therapist, a psychiatrist, the center's IPS specialist, crisis staff and a mother not on the
 * plan are someone else. Medical detail is kept to what the work plan needs.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'l12-ips-mental-health';
export const BATCH = 12;

export const NOTES: LabelledNote[] = [
  note(MO, 'l12-ips-mental-health-mo-001', `2/10/2026 In person, CMHC Joplin, 45 min.
P: Review first two weeks of work experience.
I: Writer and individual (Jolene) went over her WEX timesheets at the thrift store — 24 of 24 scheduled hrs, no call-ins. Supervisor's check-in sheet says "friendly with customers, learning the register."
R: Jolene said the morning shift works best with her medication schedule and she wants to add a third day.
P: Continue WEX per IEP through 4/30; writer will ask the site about a third shift and see her 2/24.`, 'I', 'P', true),
  note(MO, 'l12-ips-mental-health-mo-002', `2/17/26 TC, individual called writer after his first week at the car wash. P: follow-along. I: talked 15 min. R: Darnell worked all 4 shifts (20 hrs), says the noise is hard by the end of the day and he uses the break room. P: writer will ask his IPS specialist to set up ear protection with the manager; WIOA job retention services continue, next contact 3/3.`, 'T', 'P', true),
  // The treatment team talked about him without him; the psychiatrist and the therapist are someone else.
  note(MO, 'l12-ips-mental-health-mo-003', `2/19/26 Treatment team huddle (in person). Individual not present. Psychiatrist and therapist report Darnell is "stable, sleeping better." P: writer will keep WIOA job retention services open and see him at work 3/3.`, 'I', 'O', false, [TP, PM]),
  // He declined the visit through the unit's staff: the writer never saw him.
  note(MO, 'l12-ips-mental-health-mo-004', `3/9/26 Went to the inpatient unit at the hospital in Springfield (individual admitted 3/6). Unit staff asked him; he declined visitors today. Left writer's card with staff.`, 'I', 'P', false, [UA]),
  note(MO, 'l12-ips-mental-health-mo-005', `3/12/26 In person, hospital inpatient unit dayroom, 15 min. P: keep the job in view during the stay. I/R: Individual (Curtis) agreed to see writer today. He wants to keep his dishwasher OJT at the diner; writer told him the manager is holding his shifts through 3/23 (release on file). He had worked 7 of the 12 OJT weeks, 25 hrs/week, before admission. P: continue the OJT under his IEP; writer will set a return-to-work meeting with the manager once discharge date is known.`, 'I', 'P', true),
  // The employer on his WIOA OJT reports on it, with a release on file: the activity provider.
  note(MO, 'l12-ips-mental-health-mo-006', `3/24/26 TC w/ diner manager (OJT employer, ROI on file). Curtis returned 3/20, has worked 3 shifts, 8 hrs each, on time. Manager says dish line is "caught up again." P: OJT continues per IEP, 5 weeks left; writer will see Curtis at the center 4/1.`, 'T', 'V', true),
  // The payee is listed as the alternate contact, and she gives hours, pay and attendance.
  note(MO, 'l12-ips-mental-health-mo-007', `3/30/26 TC with individual's representative payee (listed alternate contact on IEP), Ms. Farris. She reports Darnell has now worked 6 straight weeks, 20 hrs/wk, and brought her his pay stubs ($11.75/hr) for the SSA report. He has not missed a shift. P: continue retention services; writer will reach Darnell directly next week.`, 'T', 'A', true),
  note(MO, 'l12-ips-mental-health-mo-008', `4/2/26 TC to individual. NA, LM asking him to call back about the benefits counseling appt.`, 'T', 'P', false, [UA]),
  note(MO, 'l12-ips-mental-health-mo-009', `4/6/26 Mailed letter to individual (no working phone) asking him to come in or call about his 90-day review of the employment plan.`, 'L', 'P', false, [RP]),
  // He wrote back on the writer's own letter and left it at the front desk: a written reply.
  note(MO, 'l12-ips-mental-health-mo-010', `4/14/26 Individual left the 4/6 letter at the CMHC front desk with his reply written on the back: "Got this. I am working at Sparkle car wash 20 hrs, 3rd month. Phone is off till the 1st. Come see me at work after 3." P: WIOA retention services continue; writer will visit at the car wash after 3 on 4/21.`, 'L', 'P', true),
  // The IPS specialist is the center's staff: what he tells the writer is someone else's report.
  note(MO, 'l12-ips-mental-health-mo-011', `4/15/26 CMHC's IPS specialist (K. Oduya) told writer in the office that Jolene told him she got hired at the pharmacy, cashier, 16 hrs. Writer has not talked with Jolene since 3/31.`, 'I', 'O', false, [TP, JM]),
  note(MO, 'l12-ips-mental-health-mo-012', `4/20/26 Met w/ Jolene. Doing well.`, 'I', 'P', true, [PM, JM, NS]),
  // The benefits counselor led the meeting, but the writer and the individual talked in it too.
  note(MO, 'l12-ips-mental-health-mo-013', `4/22/26 In person at CMHC, benefits counseling with the WIPA counselor, Jolene and writer. Jolene started at the pharmacy 4/13, 16 hrs/wk at $13.00; she asked writer whether she can still keep the thrift store WEX days and writer said no, WEX ends now that she is hired. WIPA counselor explained Trial Work Period months. P: close WEX as completed, open WIOA follow-along; writer will check her first pay stub 5/6.`, 'I', 'P', true),
  // He answered from group and put it off: no exchange.
  note(MO, 'l12-ips-mental-health-mo-014', `5/5/26 TC to Curtis 10:10. He answered, said he was in group and would call back. No call back today.`, 'T', 'P', false, [UA]),
  // A wave across a waiting room before his own appointment: no exchange at all.
  note(MO, 'l12-ips-mental-health-mo-015', `5/7/26 Saw Darnell in the CMHC waiting room before his psychiatry appt; he waved, he was with his mother and was called back before writer could talk with him.`, 'I', 'P', false),
  note(MO, 'l12-ips-mental-health-mo-016', `5/13/26 E-mail reply from individual (Jolene) to writer's 5/11 e-mail: "Pay stub is attached. I am up to 20 hours now, they gave me Saturdays. I like it." Stub shows 40 hrs for the pay period. P: follow-along continues; writer will meet her 6/1.`, 'E', 'P', true),
  // Audio-only telehealth is a telephone call.
  note(MO, 'l12-ips-mental-health-mo-017', `5/28/26 Telehealth (audio only, individual at home). P: job search. I: 25 min — Curtis was let go from the diner 5/20 (missed shifts after a medication change); he wants to try the warehouse on nights. R: he agreed to apply to two warehouses this week with his IPS specialist. P: WIOA job search services continue per IEP; writer will call 6/4.`, 'T', 'P', true),

  note(MN, 'l12-ips-mental-health-mn-001', `1/14/26 In person, mental health center, Rochester. P: rapid job search. I: writer and individual (Marcus) applied online to 4 jobs he picked (2 grocery, 1 library shelver, 1 parking ramp). R: he has one interview 1/20. ISS reviewed; WF1 activities match (job search). P: mock interview 1/16.`, 'I', 'P', true),
  note(MN, 'l12-ips-mental-health-mn-002', `2/3/26 TC with individual. Marcus started at the grocery store 1/27, 16 hrs/wk stocking, nights. He has worked every shift. Reviewed ISS, job search ended and employment added in WF1.`, 'T', 'P', true),
  // The therapist is someone else: recorded, not the monthly contact.
  note(MN, 'l12-ips-mental-health-mn-003', `2/10/26 TC w/ individual's therapist (ROI on file) re: coordinating work schedule and therapy times. Therapist says Marcus moved his sessions to Mondays so he can keep his Thursday shifts.`, 'T', 'O', false),
  // The employer is the provider: recorded, not the monthly contact in Minnesota.
  note(MN, 'l12-ips-mental-health-mn-004', `2/24/26 TC w/ grocery night manager (ROI on file). Marcus has worked 4 weeks, 64 hrs, on time, one call-in with notice. Manager may add a shift.`, 'T', 'V', false),
  // The guardian is listed as the alternate: recorded, never the monthly contact.
  note(MN, 'l12-ips-mental-health-mn-005', `3/2/26 TC w/ individual's guardian (alternate contact on ISS), Ms. Lindahl, re: Ashley. Ashley finished the 4-week CNA prep at the center with all quizzes passed and takes the Red Cross course starting 3/16.`, 'T', 'A', false),
  // The individual did not come to the interview the writer went to with her.
  note(MN, 'l12-ips-mental-health-mn-006', `3/9/26 Met Ashley's interview time at the nursing home, 1:00 (writer to accompany per her request). Ashley did not come. Waited 30 min, interviewer rescheduled.`, 'I', 'P', false, [UA]),
  note(MN, 'l12-ips-mental-health-mn-007', `3/9/26 Texted Ashley 2:00 — "Missed you at the interview, are you OK? They can do Thursday." No reply.`, 'E', 'P', false, [RP]),
  note(MN, 'l12-ips-mental-health-mn-008', `3/11/26 Ashley texted back: "sorry had a bad morning. thursday ok. i started the red cross online part already, 3 modules done." Confirmed Thursday 1:00 by text.`, 'E', 'P', true),
  // The crisis residence's staff handed her the phone; the two of them talked.
  note(MN, 'l12-ips-mental-health-mn-009', `4/1/26 TC to the crisis residence in Mankato, staff put individual (Ashley) on the phone, 10 min. She is there through the weekend. She has 2 Red Cross classes to make up and the instructor agreed; she wants to keep the interview rescheduled for 4/14. ISS reviewed with her; no changes.`, 'T', 'P', true),
  note(MN, 'l12-ips-mental-health-mn-010', `4/3/26 TC to crisis residence. Staff asked Ashley, she declined the call today. Will try Monday.`, 'T', 'P', false, [UA]),
  // Co-leading a group she attends is no exchange with her alone.
  note(MN, 'l12-ips-mental-health-mn-011', `4/8/26 Co-facilitated the Work & Wellness group (7 attended, 60 min): talking about a gap on an application. Marcus attended and shared.`, 'I', 'P', false),
  note(MN, 'l12-ips-mental-health-mn-012', `4/8/26 After group, 1:1 w/ Marcus 15 min. He got the extra shift — now 24 hrs/wk. He asked for help with the store's online benefits enrollment; done together on writer's laptop. ISS reviewed.`, 'I', 'P', true),
  note(MN, 'l12-ips-mental-health-mn-013', `4/21/26 TC w/ Marcus, checked in.`, 'T', 'P', true, [PM, NS]),
  // A chart review for the fidelity visit is no event with anyone.
  note(MN, 'l12-ips-mental-health-mn-014', `4/28/26 Chart reviewed for the IPS fidelity review. Employment plan, ROIs and job start dates current.`, '-', 'P', false, [CT]),
  // No date in the note, and no date field on the page.
  note(MN, 'l12-ips-mental-health-mn-015', `In person at the center with Ashley. She passed the Red Cross CNA course and the skills test; state written test is scheduled. Interview at the nursing home went well, she's waiting to hear. ISS reviewed, activities current in WF1.`, 'I', 'P', true, [DM], { noDateField: true }),
  // Her mother is not on the plan; what she says is someone else's report.
  note(MN, 'l12-ips-mental-health-mn-016', `5/12/26 Ashley's mother (not on ISS) called writer: Ashley "quit the nursing home job already" and is staying with her. Writer has not reached Ashley.`, 'T', 'O', false),
  note(MN, 'l12-ips-mental-health-mn-017', `5/14/26 Letter to Ashley's last address returned by USPS 5/13, "not deliverable as addressed."`, 'L', 'P', false, [UA]),
];
