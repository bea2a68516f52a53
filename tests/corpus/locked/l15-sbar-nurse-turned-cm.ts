/**
 * Former hospital nurses now WIOA case managers, writing in SBAR (locked split, batch 15: scored and floored,
 * aggregates only): a healthcare-pathways grant at a Kansas City job center and a Cape Girardeau one, and a
 * healthcare-careers navigator in Duluth and St. Cloud, Minnesota, all staffed by RNs who left the bedside. They
 * chart the participant the way they charted patients: Situation / Background / Assessment / Recommendation (or
 * "S:/B:/A:/R:"), times in 24-hour form, "pt" corrected to "ppt" or left in, "c/o", "w/", "s/p" (status post),
 * "WNL", "d/c'd", "PRN", "q2wk", "f/u", "per" for a source, "denies", "reports", "verbalized understanding",
 * "RTC" (return to clinic: the next appointment), and the programs they know from the inside: CNA, phlebotomy,
 * sterile processing, pharmacy tech, medical assistant, LPN, surgical tech, clinical hours and skills check-offs.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. What the participant "reports" or "verbalized" in a talk with the writer is a contact; what the
 * clinical instructor or the unit manager reports about her is a provider's or someone else's word; an SBAR
 * handed off to another worker, a chart review and a call the participant did not pick up are not contacts. A
 * program's clinical instructor is the provider (Missouri: counts with substantive progress and a reason to
 * continue, §2.2; Minnesota: recorded, never the monthly contact); a mother named as alternate on the IEP is the
 * alternate; a unit manager at the participant's job and a sister not on the plan are someone else.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, DM, note, type LabelledNote } from '../types';

export const STYLE = 'l15-sbar-nurse-turned-cm';
export const BATCH = 15;

export const NOTES: LabelledNote[] = [
  note(MO, 'l15-sb-01', "S: 10/07/2024 1400 office visit, ppt Jasmine Okoro, phlebotomy cert (OST). B: Enrolled 9/9, 12-wk program at the college, works PRN as dietary aide. A: Reports 100% attendance, 38 of 100 successful venipunctures logged, passed midterm 86%. Denies barriers except childcare on clinical days. R: Continue OST per IEP (cert needed for hospital lab jobs). Childcare referral given. RTC 11/4.", 'I', 'P', true),
  note(MO, 'l15-sb-02', "S: 10/15/24 0930 TC to ppt Jasmine Okoro. B: Clinical site needs flu shot record. A: No answer x2. VM left. R: Retry 1600.", 'T', 'P', false, [UA]),
  note(MO, 'l15-sb-03', "S: 10/15/24 1610 TC w/ Jasmine. B: Flu shot record needed by 10/18. A: Pt reports she got flu shot at Walgreens 10/12, will email the record tonight. Venipunctures now 52/100. R: Continue program; f/u after record received.", 'T', 'P', true),
  // Her e-mail answers the writer's request in writing, so a written reply; a vaccine record is not progress in
  // the program and "R: none" gives no reason to continue.
  note(MO, 'l15-sb-04', "S: 10/16/2024 email rec'd from ppt Jasmine Okoro w/ flu vaccine record attached. B: Requested 10/15 by phone. A: Record WNL, forwarded to clinical coordinator. R: none.", 'E', 'P', true, [PM, JM]),
  // The clinical instructor's report carries counts, scores and the reason to continue.
  note(MO, 'l15-sb-05', "S: 11/01/2024 TC w/ clinical instructor (provider) re: ppt Marcus Bell, sterile processing tech program. B: Ppt not reachable since 10/22 (phone disconnected). A: Per instructor, Marcus attending all clinical shifts at the hospital SPD, 240/400 hrs complete, instrument ID exam 91%, on track for CRCST exam 1/2025. R: Continue OST per IEP - CRCST is the credential the plan targets. Will mail letter to update phone #.", 'T', 'V', true),
  note(MO, 'l15-sb-06', "S: 11/01/2024 Letter mailed to Marcus Bell. B: Phone disconnected. A: -- R: Asked him to call w/ new number.", 'L', 'P', false, [RP]),
  note(MO, 'l15-sb-07', "S: 11/4/24 RTC for Jasmine Okoro 1400. B: Scheduled 10/7. A: Pt did not present. R: Reschedule.", 'I', 'P', false, [UA]),
  // Her mother is the alternate on the IEP, but she says only that Jasmine "is doing ok at school".
  note(MO, 'l15-sb-08', "S: 11/5/24 TC from ppt's mother (alternate on IEP). B: Jasmine missed 11/4. A: Mother reports Jasmine 'is doing ok at school, just busy.' R: Asked mother to have her call.", 'T', 'A', false, [TP]),
  note(MO, 'l15-sb-09', "S: 11/8/2024 1215 in person at the college, met ppt Jasmine in the student center between labs. B: Missed RTC 11/4 (car). A: Venipunctures 84/100, passed skills check-off 11/6. Verbalized understanding that the national exam needs 100 sticks + 25 capillary. R: Continue OST; RTC 12/2 (she will use the bus).", 'I', 'P', true),
  // He called and talked: a contact, but "fine, busy" is no progress and a date is no reason to continue.
  note(MO, 'l15-sb-10', "S: 11/12/2024 Marcus Bell called from new # 816-555-0133. B: Letter 11/1. A: Reports he's fine, busy w/ clinicals. R: f/u Dec.", 'T', 'P', true, [PM, JM, NS]),
  // An SBAR handed off to a coworker covering her caseload: no contact with anyone.
  note(MO, 'l15-sb-11', "S: 11/22/2024 Handoff SBAR to A. Morales (covering my caseload 11/25-12/6). B: 31 active ppts, 4 due for 90-day contact in Dec. A: Jasmine Okoro - stable, on track. Marcus Bell - phone changed, updated. R: Call both in the week of 12/2.", '-', '-', false),
  note(MO, 'l15-sb-12', "S: 12/3/24 A. Morales covering - TC Marcus Bell. B: Per handoff. A: Rang, call went to VM 'mailbox full'. R: Cathy to f/u on return.", 'T', 'P', false, [UA]),
  note(MO, 'l15-sb-13', "S: 12/10/2024 0800 TC ppt Marcus Bell. B: Dec check-in, CRCST exam 1/2025. A: Reports clinical hrs 352/400, registered for CRCST 1/14 at the testing center. Anxious about the exam; gave him the practice exam link. R: Continue per IEP until CRCST + placement. F/u after exam.", 'T', 'P', true),
  note(MO, 'l15-sb-14', "S: 12/12/2024 Text to Jasmine re: exam date. B: Program ends 12/13. A: Message delivered; no response as of 1700. R: Try call 12/13.", 'E', 'P', false, [RP]),
  // The unit manager who hired her reports her start: the employer's word, not the participant.
  note(MO, 'l15-sb-15', "S: 1/6/2025 TC from lab manager, St. Luke's outreach lab. B: Employment verification for Jasmine Okoro. A: Manager reports Jasmine hired as phlebotomist 12/30, FT, day shift. R: Verify with ppt.", 'T', 'O', false),
  note(MO, 'l15-sb-16', "S: 1/7/25 video visit (Zoom) w/ Jasmine. B: Hired 12/30 per employer. A: Pt reports passed NHA CPT exam 12/20, FT phlebotomist $19.40/hr, likes day shift. R: Move to follow-up/retention, q30d calls. Exit when retention plan done.", 'T', 'P', true),
  note(MN, 'l15-sb-17', "S: 2/3/2025 1030 ofc visit, ppt Hodan Warsame, LPN program (Lake Superior College). B: Semester 2 started 1/13. A: Reports Fundamentals II 88%, med pass check-off passed 1/30. C/o fatigue from working nights as CNA. R: Discussed fewer shifts; RTC 3/3.", 'I', 'P', true),
  note(MN, 'l15-sb-18', "S: 2/10/25 TC ppt Brandon Kuusisto, surgical tech program. B: Monthly contact due. A: Phone answered by his sister, states he is at clinical and will call back. R: Await call.", 'T', 'O', false, [UA]),
  note(MN, 'l15-sb-19', "S: 2/12/2025 Brandon returned call 1745. B: Left msg w/ sister 2/10. A: Reports 3rd clinical rotation (ortho), 46 scrubbed cases logged of 120, no issues. Wants to move to St. Cloud after grad. R: F/u March.", 'T', 'P', true),
  // The program's clinical coordinator: a provider contact, never the Minnesota monthly contact.
  note(MN, 'l15-sb-20', "S: 2/14/2025 TC w/ clinical coordinator, surgical tech program. B: Attendance verification for Brandon Kuusisto (ITA). A: 100% attendance, case log on pace, skills eval 'proficient'. R: Continue ITA.", 'T', 'V', false),
  note(MN, 'l15-sb-21', "S: 2/18/25 email to Hodan re: FAFSA deadline for summer term. B: Her Pell may run out. A: No reply. R: Call if nothing by 2/25.", 'E', 'P', false, [RP]),
  note(MN, 'l15-sb-22', "S: 2/24/2025 Hodan emailed back. B: FAFSA reminder 2/18. A: States FAFSA submitted 2/22, SAR attached, Pell eligible summer. Clinical at the nursing home going well. R: none needed.", 'E', 'P', true),
  note(MN, 'l15-sb-23', "S: 3/3/25 RTC ppt Hodan Warsame 1030. B: Scheduled 2/3. A: Did not present. Called 1100, no answer, VM left. R: Resched.", 'I', 'P', false, [UA]),
  note(MN, 'l15-sb-24', "S: 3/4/2025 1215 Hodan called. B: Missed 3/3 (sick child). A: Reports midterm Med-Surg 81%, passed IV therapy check-off, clinicals on track. Dropped to 2 night shifts/wk. R: RTC 4/7.", 'T', 'P', true),
  note(MN, 'l15-sb-25', "S: 3/7/2025 Chart review, Brandon Kuusisto. B: Quarterly file review. A: ISS activities current in WF1, ITA balance $1,240. R: none.", '-', '-', false),
  note(MN, 'l15-sb-26', "S: 3/11/2025 ofc visit, new ppt Ana Lucia Ferreira, med assistant program. B: Intake 2/25, DW (laid off from a dental office). A: Reports MA program starts 3/31 at St. Cloud Tech, 30 wks. Has not done her immunization titers yet; verbalized plan to go to the clinic 3/14. R: Titers, then supplies voucher. RTC 3/25.", 'I', 'P', true),
  // She picked up and said "not a good time" and hung up: nothing exchanged.
  note(MN, 'l15-sb-27', "S: 3/18/2025 TC ppt Ana Lucia. B: Titers check. A: Pt answered, stated 'not a good time,' hung up. R: Retry.", 'T', 'P', false, [UA]),
  note(MN, 'l15-sb-28', "S: 3/20/25 text from Ana Lucia: 'titers done, all immune, got the paper.' B: Asked 3/18. A: Replied to confirm she brings it 3/25. R: RTC 3/25.", 'E', 'P', true),
  // Someone else's appointment: she sat in on her sister's CNA orientation, not her own plan.
  note(MN, 'l15-sb-29', "S: 3/24/2025 CNA orientation at the job center (group, 14 attendees). B: Ana Lucia's sister enrolling. A: Ana Lucia came with her sister to translate; we said hello. R: none.", 'I', 'P', false),
  note(MN, 'l15-sb-30', "S: 3/25/2025 ofc visit Ana Lucia Ferreira. B: Titers. A: Titer results WNL, copy to file. Scrubs + stethoscope voucher given. Orientation 3/28. R: F/u after first 2 wks of class.", 'I', 'P', true),
  note(MN, 'l15-sb-31', "S: 4/7/25 Hodan RTC - present. B/A: Semester on track, 3rd clinical rotation. Reports no concerns. R: RTC 5/5.", 'I', 'P', true),
  note(MN, 'l15-sb-32', "S: 4/14/2025 TC Brandon Kuusisto 1900. B: Monthly. A: Call connected, heard background noise, line dropped. Called back: straight to VM. R: Retry tomorrow.", 'T', 'P', false, [UA]),
  note(MN, 'l15-sb-33', "S: TC w/ Brandon Kuusisto. B: April check-in. A: Reports 98 of 120 cases, passed mock CST exam 78%, applied to 2 St. Cloud hospitals. R: F/u May.", 'T', 'P', true, [DM], { noDateField: true }),
];
