/**
 * Participants placed through temp and staffing agencies (locked split, batch 7: scored, aggregates only).
 * Recruiters and branch managers report assignments, timecards, no-call/no-shows (NCNS), "do not return" (DNR)
 * and temp-to-hire conversions; the participant calls about an assignment that ended. The agency is the
 * participant's employer of record, so a recruiter is labelled the activity provider: in Missouri that contact
 * counts only with substantive progress (hours, attendance, a review) and a reason to continue; in Minnesota it is
 * recorded (Letter 110, Policy 6) but never replaces the monthly contact with the client. A recruiter saying she
 * talked with the participant is her exchange, not ours; an agency's weekly report or a timecard left at the front
 * desk is no contact at all.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { CT, JM, MN, MO, NS, PM, RP, TP, UA, note, type LabelledNote } from '../types';

export const STYLE = 'staffing-agency-temps';
export const BATCH = 7;

export const NOTES: LabelledNote[] = [
  note(MO, 'staffing-agency-temps-mo-001', "TC w/ cust 2/3. Cust reports TriStar Staffing placed him on assignment at the Graybar warehouse 1/27, 2nd shift, 40 hrs/wk @ $16.25. Says the recruiter told him it's temp-to-hire after 520 hrs. Cust still needs steel-toe boots - CM will issue a supportive svc voucher. Continue transitional employment/follow-along per IEP.", 'T', 'P', true),
  note(MO, 'staffing-agency-temps-mo-002', "Spoke w/ Dana Pruitt, recruiter at QuickHire Temps (Joplin branch), by phone 2/10 re: cust. Cust has worked 3 straight weeks on the Leggett assignment - timecards show 38, 40 and 40 hrs, no tardies - and the client company rated him 'meets' on his 30-day review. Dana expects a conversion to perm in March. Cust remains enrolled in transitional jobs per IEP until conversion; CM to collect pay stubs at next OV.", 'T', 'V', true),
  // The recruiter's chat with the customer is hers; she gave CM nothing concrete.
  note(MO, 'staffing-agency-temps-mo-003', "Rec'd call from Heartland Labor Solutions recruiter Tom 2/12. Tom says he talked to cust this morning and cust is \"doing great\" on the Walmart DC assignment. He did not have his hours in front of him.", 'T', 'V', false, [TP, PM, JM, NS]),
  note(MO, 'staffing-agency-temps-mo-004', "Called cust 2/14 @ 417-555-0142 to f/u on assignment, VM full. Called TriStar branch, recruiter out until Mon.", 'T', 'P', false, [UA]),
  note(MO, 'staffing-agency-temps-mo-005', "Email from QuickHire 2/18: \"Assignment ended 2/16 - client company reduced headcount. Not a DNR, associate eligible for reassignment.\" No timecards attached.", 'E', 'V', false, [TP, JM]),
  note(MO, 'staffing-agency-temps-mo-006', "Cust called CM 2/19 - his assignment at Graybar ended Fri, the client didn't convert anybody from that temp class. Cust upset but already signed up at two other agencies (Labor Pros, Staff Plus). Went over the 3 forklift postings on MoJobs; cust will send his resume to all 3 by Mon. Cont. job search/transitional jobs per IEP, next TC 3/1.", 'T', 'P', true),
  // Dropped off with the front desk while CM was out: nobody met him, so no contact (the hours are progress).
  note(MO, 'staffing-agency-temps-mo-007', "Cust dropped off his TriStar timecards (wk ending 2/21 and 2/28) at the front desk for the WEX wage reimbursement. CM was at outreach, did not see cust. 36 + 40 hrs.", '-', '-', false, [CT]),
  note(MO, 'staffing-agency-temps-mo-008', "OV 3/3. Cust came in w/ his offer letter - converted from temp to perm at Leggett eff 3/1, $17.10/hr, benefits after 60 days. CM reviewed the offer w/ cust and updated employment in Toolbox. Keeping case open 30 days to confirm first paycheck and issue work-clothing voucher per IEP.", 'I', 'P', true),
  // Her tries to reach him are reported, not CM's attempts; the NCNS is news, but nothing says why services continue.
  note(MO, 'staffing-agency-temps-mo-009', "TriStar recruiter LaShonda called 3/5: cust was NCNS Mon & Tue at the Hubbell assignment and the client company DNR'd him. She tried his phone twice, no answer.", 'T', 'V', false, [TP, JM]),
  note(MO, 'staffing-agency-temps-mo-010', "Called cust 3/5 after the agency's call re: NCNS - no answer, LMOM to call CM. Mailed 'please contact your case manager' letter 3/6.", 'L', 'P', false, [UA, RP]),
  // Her text came first and CM's answer went unanswered; a monitor would want her reply before calling it a contact.
  note(MO, 'staffing-agency-temps-mo-011', "Cust texted 3/9 \"sorry had a family emergency can u help me find another agency\". CM texted back asking her to come in Thurs 3/12 at 10. No reply as of 3/11 close of business.", 'E', 'P', false, [RP]),
  note(MO, 'staffing-agency-temps-mo-012', "** STAFFING PARTNER WEEKLY REPORT (auto-import) **\nWeek ending 03/14\nAssociate: R. Delgado\nAssignment: Pick/pack - Hallmark DC\nHrs reg 40.00 / OT 4.50\nStatus: ACTIVE\nRecruiter notes: none", '-', '-', false, [CT]),
  note(MO, 'staffing-agency-temps-mo-013', "Met cust at the Staff Plus branch office 3/17 for his re-orientation (CM went w/ cust at his request). Cust passed the forklift eval and was assigned to Ozark Paper starting 3/18, 1st shift, $15.75. He's nervous about the 5am start; we went over bus route 9 and the early pass. Continue WEX/transitional employment per IEP.", 'I', 'P', true),
  note(MO, 'staffing-agency-temps-mo-014', "TC cust 3/24, on assignmnet at Ozark Paper, 40 hrs last wk, likes the crew. Cont per IEP.", 'T', 'P', true),
  note(MO, 'staffing-agency-temps-mo-015', "Phone call w/ Marisol at Labor Pros 3/26: cust worked 32 hrs wk 1 and 40 hrs wk 2 on the Ozark Paper assignment, line lead happy with him, no attendance points.", 'T', 'V', false, [TP, JM]),
  note(MO, 'staffing-agency-temps-mo-016', "Cust's assignment at Ozark Paper ends 4/30 (seasonal). Plan: OV 4/28 to update resume and refer to 2 more agencies.", '-', 'P', false, [CT]),
  note(MN, 'staffing-agency-temps-mn-001', "Monthly contact - phone 1/8. Spoke with client; she has been on assignment through Northland Temps at Digi-Key since 12/15, 40 hrs/wk, $17.50, and the recruiter told her it may go temp-to-hire in Feb. Reviewed ISS; closed job search activity in WF1 and added temp employment.", 'T', 'P', true),
  note(MN, 'staffing-agency-temps-mn-002', "E-mail from Kari (recruiter, Northland Temps) 1/12: client's timecards for Dec approved, 152 hrs total. Client is on the Digi-Key assignment through 3/31.", 'E', 'V', false),
  note(MN, 'staffing-agency-temps-mn-003', "Northland Temps recruiter called 1/20 - she checked in with client at the jobsite and said client's doing fine, no issues.", 'T', 'V', false, [PM, NS]),
  note(MN, 'staffing-agency-temps-mn-004', "Client called 2/2, her Digi-Key assignment ended early on 1/30 (client company cut all temps). She has filed for UI and is already on two agencies' call lists. We went over her resume and 3 postings on MinnesotaWorks. ISS updated, job search activity reopened in WF1.", 'T', 'P', true),
  note(MN, 'staffing-agency-temps-mn-005', "Texted client 2/16 the flyer for the Arctic Cat temp hiring event on 2/20. No response.", 'E', 'P', false, [RP]),
  // She came to a group event CM was staffing; nobody says they talked.
  note(MN, 'staffing-agency-temps-mn-006', "Northland Temps held a walk-in hiring event at the job center 2/20, 23 signed in. Client's name is on the sign-in sheet. CM was working the front table the whole time.", 'I', 'P', false),
  note(MN, 'staffing-agency-temps-mn-007', "Met w/ client at the job center 2/27. She started a new assignment 2/24 through ProTemp Solutions at Marvin, 2nd shift assembler, $18/hr. Talked about childcare for 2nd shift and referred her to CCAP. Next contact late March.", 'I', 'P', true),
  note(MN, 'staffing-agency-temps-mn-008', "TC with ProTemp branch mgr Jolene 3/6: client was ended from the Marvin assignment 3/5 for attendance (3 absences in 2 wks). ProTemp will not reassign her for 30 days.", 'T', 'V', false),
  note(MN, 'staffing-agency-temps-mn-009', "Called client 3/6 after the ProTemp call. Rang out, no voicemail set up. Tried again 3/7, same.", 'T', 'P', false, [UA]),
  // Her sister is the alternate contact and brings no news of the client's activity.
  note(MN, 'staffing-agency-temps-mn-010', "Client's sister called 3/9 to say client lost her phone and will come in to the office sometime next week.", 'T', 'A', false, [PM]),
  note(MN, 'staffing-agency-temps-mn-011', "Date of contact: 3/12\nType: Office visit\nClient came in at 9:30 for the appointment set up through her sister. She brought her new phone (same number, 218-555-0123, new SIM) and the letter from ProTemp. Client explained the absences at Marvin: her car broke down twice in one week and the second time it needed a new fuel pump she could not pay for until her UI back pay came in, and ProTemp's on-call line did not pick up when she called in the first morning, so it was logged as a no call. She understands ProTemp will not reassign her for 30 days and she is not contesting it. Since then she has registered with 2 other agencies (Integrity Staffing and Express in Grand Forks) and has an interview at Integrity on 3/14 for the packaging line at the Crookston plant, days, which she prefers. Car is fixed now. Discussed a backup plan for transportation - gave her a bus card and the Tri-Valley Heartland Express schedule, and went over calling both the agency and the client company when she has to miss. Updated her resume to add the Digi-Key and Marvin assignments and printed 3 copies for the interview. Reviewed ISS with client; temp employment activity ended in WF1 3/5, job search reopened. Next contact after the interview.", 'I', 'P', true),
  note(MN, 'staffing-agency-temps-mn-012', "Emailed client 3/20 asking how the Integrity interview went. Client replied same day: \"got it! start mon 3/23 at the Crookston plant, packaging, 7-3:30\"", 'E', 'P', true),
  note(MN, 'staffing-agency-temps-mn-013', "[Partner Portal Msg] From: Integrity Staffing - Crookston | Re: your referral | Associate started 03/23. Week 1 hrs: 39.75. Attendance: OK.", 'E', 'V', false),
  // Points back to March's e-mail; this month holds only the agency's timecard.
  note(MN, 'staffing-agency-temps-mn-014', "Monthly contact April: see 3/20 email exchange above. No new contact with client this month. Client still on the Integrity assignment per agency timecard 4/10 (40 hrs).", '-', '-', false, [CT]),
  note(MN, 'staffing-agency-temps-mn-015', "Teams video call w/ client 4/22 on her lunch break. Still at Integrity, moved to day shift, 40 hrs, $16.75. Agency told her she can convert at 480 hrs (she's at 310). Reviewed ISS.", 'T', 'P', true),
  note(MN, 'staffing-agency-temps-mn-016', "Client called 5/1 asking for another bus card, hers was stolen out of her car at the plant. Mailed a new card today.", 'T', 'P', true, [PM]),
  note(MN, 'staffing-agency-temps-mn-017', "Client stopped in 5/20 to drop off her pay stubs and we sat down for a few min - she is at 420 hrs at Integrity, conversion paperwork started. Reviewed ISS.", 'I', 'P', true),
];
