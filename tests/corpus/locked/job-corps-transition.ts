/**
 * Job Corps transitions (locked split, batch 10: scored and floored, aggregates only): WIOA youth and young-adult
 * case managers co-enrolling students at St. Louis, Excelsior Springs and Mingo Job Corps in Missouri and Hubert H.
 * Humphrey Job Corps in St. Paul, before and after separation: career preparation, development and transition
 * periods (CPP, CDP, CTP), Training Achievement Records (TAR), HSD/HSE, NCCER and ServSafe, home leave, student
 * e-mail accounts closed at separation, separation reports in the center's system, Career Transition Services
 * (CTS) specialists who verify placements, parents and aunts who keep track.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A trade instructor or the center's counselor, while the student is on center, is the training provider
 * (Missouri: counts with substantive progress and a reason to continue, §2.2; Minnesota: recorded, never the
 * monthly contact). A CTS specialist is another program's staff ("other"), however good the news. A separation
 * report, a graduation program or a student seen on a stage is no contact; a three-way call with the student on
 * the line is a call with the student.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'job-corps-transition';
export const BATCH = 10;

export const NOTES: LabelledNote[] = [
  note(MO, 'job-corps-transition-mo-001', `Visited Excelsior Springs Job Corps 1/9/2025 and met with youth in the Career Success Standards room for about 30 min. He is in CDP for Electrical, TAR about 70% complete, and he finished his HSD through the center's academy in December. He wants to come home to Kansas City and apply to IBEW Local 124's inside wireman program after completion. WIOA Youth co-enrollment continues per ISS; next contact in 60 days or at separation.`, 'I', 'P', true, []),
  note(MO, 'job-corps-transition-mo-002', `TC 1/15/25 with Ms. Okafor, youth's counselor at St. Louis Job Corps (youth was in class and could not come to the phone). Per Ms. Okafor: Culinary Arts TAR 11 of 14 duty areas signed off, attendance 98% for the quarter, ServSafe Food Handler passed 1/6. Projected completion 3/2025. Continue WIOA Youth co-enrollment through completion and placement per ISS goal (line cook, Schnucks commissary or similar).`, 'T', 'V', true, []),
  // The center's front office is the provider's, but "still on center" says nothing about progress.
  note(MO, 'job-corps-transition-mo-003', `Called Mingo Job Corps main office 1/21 to check if youth still enrolled. Front desk said yes she is on center but could not give out anything else without the counselor.`, 'T', 'V', false, [TP, PM, JM]),
  // A separation report read in the file is a document, not anyone reached.
  note(MO, 'job-corps-transition-mo-004', `Rec'd separation report from Mingo JC CTS: youth separated 1/17/2025, completer, HSD + Facilities Maintenance TAR. Transition allowance pending. File updated; will reach out this week.`, '-', '-', false, []),
  note(MO, 'job-corps-transition-mo-005', `Texted youth 2/3 at the cell # on the separation form: "Welcome home! This is Keisha from the Sikeston Job Center, your WIOA case manager. Call or text me so we can set up a time." No reply as of 2/10.`, 'E', 'P', false, [RP]),
  note(MO, 'job-corps-transition-mo-006', `Youth returned my call 2/11 from his grandmother's landline (573-555-0148). He is back in Sikeston, has his HSD and his Facilities Maintenance TAR certificate, and put in applications at Orgill and the Walmart DC. Needs help w/ resume (wrote "JC" everywhere instead of the center's name) and a bus pass until first check. Appt set 2/18 10:00 to redo resume; continue WIOA Youth per ISS (goal: maintenance tech).`, 'T', 'P', true, []),
  note(MO, 'job-corps-transition-mo-007', `Youth no-show for 2/18 10:00 resume appt. Called at 10:30, grandmother's line rang out, no machine.`, 'T', 'P', false, [UA]),
  // Good news, but from the CTS specialist, another program's staff, not from the youth.
  note(MO, 'job-corps-transition-mo-008', `Mr. Rios (CTS, Job Corps transition contractor) called 2/26: he verified youth started at Orgill 2/24, 2nd shift, $16.50/hr, and is entering the placement in his system. Asked if WIOA can help with work boots. Told him I would ask the youth directly.`, 'T', 'O', false, []),
  // Mother is the listed alternate contact; "doing good" is no knowledge of his progress.
  note(MO, 'job-corps-transition-mo-009', `Youth's mother stopped in at the front desk 3/3 with his TAR certificate for our file. She said he is "doing good" and will call me when he gets a day off.`, 'I', 'A', false, [TP, PM, JM]),
  note(MO, 'job-corps-transition-mo-010', `Walk-in 3/10/25, Cape Girardeau Job Center. Youth brought two paystubs from Orgill (38.5 and 40 hrs) and says he likes the maintenance crew lead. He wants the forklift/OSHA 10 certification so he can bid on the day-shift maintenance opening. Referred to Three Rivers College short course; will submit ITA request. F/U 30 days.`, 'I', 'P', true, []),
  note(MO, 'job-corps-transition-mo-011', `90-day letter mailed 3/3 to youth at 412 N. Kingshighway, Sikeston. Letter returned 3/14 by USPS: "Not deliverable as addressed - unable to forward."`, 'L', 'P', false, [UA]),
  note(MO, 'job-corps-transition-mo-012', `E-mail rec'd 3/19 from youth (reply to my 3/12 check-in e-mail): "Hi Ms. Bauer, yes I'm still at Ford KCAP, 3rd month, 40 hrs plus OT most weeks. I passed my 90 day review. I want to go back for the Advanced Manufacturing at Excelsior Springs if they take alumni." Replied same day that alumni can't re-enroll for the same trade but I'll look at an ITA for MCC's Industrial Maintenance certificate; continue follow-up services per ISS.`, 'E', 'P', true, []),
  // The instructor spoke with the writer in person with real progress, but gave no reason to continue; the youth was only seen on a panel.
  note(MO, 'job-corps-transition-mo-013', `Attended Excelsior Springs JC Career Day 3/27. Youth was on the student panel; did not get a chance to talk to him after. His carpentry instructor Mr. Haynes told me he passed NCCER Core and Carpentry Level 1 last week.`, 'I', 'V', false, [TP, JM]),
  note(MO, 'job-corps-transition-mo-014', `PC w/ youth 4/2. Said he's "all good" and couldn't talk, at work.`, 'T', 'P', true, [PM, JM, NS]),
  // Only planned: the meeting has not happened yet.
  note(MO, 'job-corps-transition-mo-015', `Youth's graduation at St. Louis Job Corps is 5/16. I will meet her there after the ceremony to sign the updated ISS and talk about her move back to Hannibal.`, 'I', 'P', false, []),
  note(MO, 'job-corps-transition-mo-016', `OV 1/8/2025 during youth's winter home leave. Completed WIOA Youth co-enrollment paperwork; SSN 498-33-1207 verified from his SS card for the Job Corps data match. He is in CPP week 4 at Mingo, TABE math 6.8, and picked Welding for his trade. ISS goal welder; continue co-enrollment.`, 'I', 'P', true, [PII]),
  note(MO, 'job-corps-transition-mo-017', `Covering for Dana S. — called youth 5/5/25 and he answered. He quit Orgill 4/30 (said the 2nd shift supervisor kept cutting his hours) and has applied at Procter & Gamble Cape and Havco. Referred him back to Mr. Rios (CTS) for the Job Corps job leads and booked him with Dana 5/12 at 9:00 to update his plan; continue WIOA follow-up per ISS.`, 'T', 'P', true, []),

  note(MN, 'job-corps-transition-mn-001', `Monthly contact: met client in the visitation room at Hubert H. Humphrey Job Corps 1/14/25. She finished CPP and is in CDP for Medical Office Support, 6 of 12 modules done; TABE reading went from 8.4 to 10.2. ISS reviewed, WF1 enrollments match (Youth OST + Job Corps co-enrollment).`, 'I', 'P', true, []),
  // Students may not carry phones during the training day; the call went nowhere.
  note(MN, 'job-corps-transition-mn-002', `2/4 called client's cell at 11:10, recording "the wireless customer you are calling is not available". HHH students cannot have phones during the training day. Will try evening.`, 'T', 'P', false, [UA]),
  note(MN, 'job-corps-transition-mn-003', `Emailed client 2/5 at her jobcorps.org student address. She replied 2/6: passed the CMAA practice exam with 84%, typing at 52 wpm, and her projected completion is 4/18. Record reviewed, enrollments current in WF1.`, 'E', 'P', true, []),
  note(MN, 'job-corps-transition-mn-004', `Instructor Ms. Her (Medical Office Support, HHH) emailed February attendance: client 100%, no write-ups. Copy placed in client record.`, 'E', 'V', false, []),
  note(MN, 'job-corps-transition-mn-005', `Client's aunt (legal guardian, on release) called 3/2. Client came home to Maplewood for spring break and is "doing great", excited about graduation.`, 'T', 'A', false, []),
  note(MN, 'job-corps-transition-mn-006', `Monthly contact 3/11 by phone with client. Nothing new.`, 'T', 'P', true, [PM, NS]),
  // The CTS specialist's e-mail about the student is hers, not the student's.
  note(MN, 'job-corps-transition-mn-007', `Per e-mail from Ms. Lindqvist (CTS, HHH Job Corps) 3/24: client separated 3/21/25 as a completer with HSD + TAR Carpentry. Post-separation CTS services start now; she asked us to keep the WIOA case open for the apprenticeship application.`, 'E', 'O', false, []),
  note(MN, 'job-corps-transition-mn-008', `Client walked in at CareerForce St. Paul 4/1/25, 10 days after separating. Updated his resume with the TAR duty areas and NCCER Core, and we filled out the North Central States Regional Council of Carpenters apprenticeship application together. He is staying with his brother in Roseville. ISS updated (goal: union carpenter apprentice); record reviewed.`, 'I', 'P', true, []),
  note(MN, 'job-corps-transition-mn-009', `Letter sent 4/1 to client at his mother's address in Duluth asking him to call for his monthly contact. No response as of 4/30.`, 'L', 'P', false, [RP]),
  note(MN, 'job-corps-transition-mn-010', `Text thread 4/22:
Me 9:14am: how did the interview at the training center go?
Client 12:40pm: GOT IN!! starts may 12 in the first year class
Me 12:52pm: congrats!! call me this week about tools & boots
Client 12:53pm: 👍
Apprenticeship acceptance letter to be scanned to record when he brings it.`, 'E', 'P', true, []),
  note(MN, 'job-corps-transition-mn-011', `No-show 4/29 2:00 appt at WorkForce Center. LVM at 2:20 asking him to reschedule.`, 'T', 'P', false, [UA]),
  note(MN, 'job-corps-transition-mn-012', `Called the apprenticeship coordinator at the Carpenters training center 5/14: client started 5/12, showed up on time both days.`, 'T', 'V', false, []),
  note(MN, 'job-corps-transition-mn-013', `Client called me 5/20 on his lunch break from the jobsite (Mortenson, Roseville). Two weeks in, 80 OJL hours logged, foreman has him on formwork. Needs steel-toe boots and a tape/hammer kit: approved supportive services voucher, pick up at front desk. Monthly contact done; ISS and WF1 activities reviewed.`, 'T', 'P', true, []),
  // Seen across a gym at a ceremony, no word exchanged: no contact of any kind.
  note(MN, 'job-corps-transition-mn-014', `HHH Job Corps graduation 5/23. Client is listed in the program as a Medical Office Support completer. I sat in the audience; she left with her family before I could get to her.`, '-', '-', false, []),
  note(MN, 'job-corps-transition-mn-015', `Spoke with client in person today at the center's open house. She is 3 weeks from completing Medical Office Support and has an interview at Regions Hospital patient access. ISS reviewed.`, 'I', 'P', true, [DM], { noDateField: true }),
  // A bounce is a message that never arrived, like returned mail.
  note(MN, 'job-corps-transition-mn-016', `E-mail to client's jobcorps.org address 4/7 bounced back: "550 mailbox unavailable". Student accounts are closed at separation. Need a personal e-mail.`, 'E', 'P', false, [UA]),
  note(MN, 'job-corps-transition-mn-017', `Three-way call 2/20/25: client, her HHH counselor Mr. Abdi, and me. Client said she is on module 7 of 12, typing 45 wpm, and asked about medical receptionist jobs near her aunt's in Maplewood; Mr. Abdi confirmed she is on track for April. ISS goal unchanged; record reviewed.`, 'T', 'P', true, []),
];
