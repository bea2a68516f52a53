/**
 * Worksite, OJT and work-experience visits and supervisor contacts, with the participant present or not
 * (fresh split: new voices, scored and listed but not floored yet). Labels come from the policies and the
 * definition of a qualifying contact in ARCHITECTURE.md, written before any tuning.
 * With the participant present and talking, the visit is a contact with the participant. Without them, the
 * supervisor is the activity provider: in Missouri that counts only with detailed progress and a reason to
 * continue; in Minnesota it is recorded but never replaces the monthly contact.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'worksite-ojt';

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'worksite-ojt-mo-001', 'Worksite visit 3/5 at Hy-Vee Warehouse (OJT). Met with cust and supervisor Rick together on the dock. Cust has completed 6 of 12 OJT weeks, forklift certified 2/20, and the supervisor rates him 4 of 5 on the training plan skills. Cust says hours are steady at 40. OJT contract continues through 4/16 per IEP. Next visit 4/2.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'worksite-ojt-mo-002', 'WEX site visit 3/12, Boys & Girls Club. Cust not scheduled today. Supervisor Tina says cust "is fine" but Feb timesheets were not turned in and she could not say how many hours cust worked. CM left a timesheet reminder for cust.', 'I', 'V', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'worksite-ojt-mo-003', 'OJT monitoring visit 3/20 at Precision Machine. Participant was on break and joined CM and the plant manager. Reviewed the OJT training plan: blueprint reading and CNC setup signed off; still training on Mazak programming. Wage $18/hr per contract, 40 hrs/wk. Continue OJT to 5/30 per IEP.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'worksite-ojt-mo-004', 'Went to WEX site (MoDOT shed) 4/2 to meet with cust; site closed for the day due to weather. Will return 4/9.', 'I', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'worksite-ojt-mo-005', 'OJT employer (Midwest Tool) e-mailed the monthly OJT timesheet and evaluation 4/10: 160 hrs in March, supervisor rates cust satisfactory or above on all 8 skills. Cust has 2 months left. OJT continues per contract and IEP.', 'E', 'V', true, []),
  note('mo-dwd-toolbox', 'worksite-ojt-mo-006', 'Site visit Sunrise Senior Living 4/14 (WEX, CNA aide track). Cust was working and CM observed her assisting residents with meals; talked with her for 10 min on her break. She has 110 of 160 WEX hrs, no absences. Supervisor wants to hire her when her CNA cert comes through. Continue WEX through 5/15 per IEP.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'worksite-ojt-mo-007', 'Called OJT supervisor 4/20 to schedule the monitoring visit. Visit set for 4/28 10am.', 'T', 'V', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'worksite-ojt-mo-008', 'Worksite visit 4/28 Precision Machine. Cust called in sick today. Supervisor Dale showed CM the cust\'s training log: 480 of 640 OJT hours complete, all safety modules signed, reviews "meets" or "exceeds". On track to finish 6/13. OJT contract continues per IEP.', 'I', 'V', true, []),
  // The supervisor call connected (party: provider) but carries no reason to continue; the call to the customer did not connect.
  note('mo-dwd-toolbox', 'worksite-ojt-mo-009', 'WEX supervisor called 5/2 to report cust walked off the job 5/1 after an argument and has not returned. CM tried cust\'s cell 5/2, NA, LM.', 'T', 'V', false, ['third-party-insufficient', 'justification-missing', 'unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'worksite-ojt-mo-010', 'OJT site visit 5/15 at Heartland Fab. Met with cust in the shop; supervisor not available. Cust says he is now running the press brake alone and got a $0.50 raise at 90 days. 520 of 640 hrs done. OJT continues per contract through 6/27; will get the supervisor eval by phone.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'worksite-ojt-mo-011', 'WEX timesheets received in the mail 5/20 from Goodwill for cust: 72 hrs in April, signed by supervisor.', 'L', 'V', false, ['third-party-insufficient', 'justification-missing']),
  note('mo-dwd-toolbox', 'worksite-ojt-mo-012', 'Site visit 6/3 to Ozark Auto (OJT): cust no longer employed there per the owner; let go 5/30 for attendance. CM will attempt to reach cust.', 'I', 'V', false, ['third-party-insufficient', 'justification-missing']),
  note('mn-wf1', 'worksite-ojt-mn-001', 'Worksite visit 3/4 at Sanford Thief River (WEX). Met with client and her supervisor. Client has worked 68 of 120 hours; supervisor says she is reliable and learning the scheduling software. Reviewed ISS with client.', 'I', 'P', true, []),
  note('mn-wf1', 'worksite-ojt-mn-002', 'WEX site visit 3/11 at Pennington County Highway shop. Client was out on a plow route; talked with supervisor Gary, who says client works every scheduled shift and has his Class B permit now.', 'I', 'V', false, []),
  note('mn-wf1', 'worksite-ojt-mn-003', 'OJT check at Arctic Cat 3/18. Client was on the line and could not leave; CM waited 20 min, then spoke with HR, who confirmed 40 hrs/wk and no attendance issues.', 'I', 'V', false, []),
  note('mn-wf1', 'worksite-ojt-mn-004', 'Visited WEX site (Northwest Mental Health Center front desk) 3/25. Client was present and we talked at the desk between calls; she has 92 of 150 hrs and wants to apply for the receptionist opening. Supervisor signed her March timesheet. ISS reviewed.', 'I', 'P', true, []),
  note('mn-wf1', 'worksite-ojt-mn-005', 'WEX supervisor e-mailed client\'s timesheet 4/1 (36 hrs in March).', 'E', 'V', false, []),
  note('mn-wf1', 'worksite-ojt-mn-006', 'Went to OJT site (Digi-Key) 4/8 for the quarterly visit; client had been moved to day shift and was not there. Supervisor in meetings. Will reschedule.', 'I', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'worksite-ojt-mn-007', 'Worksite visit 4/15 at Altru Crookston, client and supervisor present. Client completed her WEX hours (160) and was offered a part-time PCA job starting 5/1. Closing WEX activity in WF1, adding employment.', 'I', 'P', true, []),
  note('mn-wf1', 'worksite-ojt-mn-008', 'Phone call with client\'s OJT supervisor at Marvin 4/22: client passed the 60-day review, now on the 2nd shift assembler line, 40 hrs/wk.', 'T', 'V', false, []),
  note('mn-wf1', 'worksite-ojt-mn-009', 'Worksite visit at Lake Region Coop 5/6. Client says it is going good. Supervisor not around.', 'I', 'P', true, ['progress-missing', 'not-substantive']),
  // The supervisor call connected (party: provider); the call to the client did not.
  note('mn-wf1', 'worksite-ojt-mn-010', 'Client\'s WEX supervisor called 5/13: client was a no-show for his last 3 shifts. Called client, NA, left msg.', 'T', 'V', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'worksite-ojt-mn-011', 'OJT site visit 5/20 at Polaris Roseau. Client met CM in the break room with his lead. He is signed off on 5 of 7 skill areas; lead says he is ahead of schedule. Reviewed ISS and OJT activity in WF1.', 'I', 'P', true, []),
  note('mn-wf1', 'worksite-ojt-mn-012', 'Site visit with client planned 6/3 at Bemidji Woolen Mills WEX.', '-', 'P', false, ['contact-type-missing']),
];
