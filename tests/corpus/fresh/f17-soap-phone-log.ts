/**
 * A case manager trained in a behavioural-health clinic who writes every entry as S:/O:/A:/P:, but puts a phone log
 * inside the S: line — each call with its 24-hour time and an arrow for its direction ("0905 out → cust cell, 11 min",
 * "1440 in ← cust r/c") — because a clinic audit once asked her to prove every call (fresh split: new voices, scored
 * and listed but not floored yet). O: is what she saw in records (attendance printouts, transcripts, MoJobs or WF1
 * screens), A: her one-line judgement, P: the next step, often a dash when there is nothing. Offices in St. Charles and
 * St. Louis (Missouri) and Rochester and Mankato (Minnesota). Sources of realism: SOAP notes carried from clinical
 * settings into workforce case management, and the call logs a phone system prints.
 * How I read the policy for the hard cases: an "out →" line with NA, LM, a busy signal or a roommate answering is a
 * try; "in ←" is only a contact when we talked or the participant wrote back (a voicemail she left while I was on
 * the other line is not). An auto-reply answers nothing. An O: line from a record, a workshop sign-in or a posting is
 * no contact at all. A provider or the listed alternate with attendance and grades counts in Missouri when the
 * customer cannot be reached and services are justified; in Minnesota they are recorded only.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'f17-soap-phone-log';

export const NOTES: LabelledNote[] = [
  note(MO, 'f17-soap-phone-log-mo-001', `03/03/26 S: 0905 out → cust cell, 11 min. Cust states she passed Phlebotomy module 2 written (86%), clinical hrs 22/40. "Tired but ok." O: STLCC attendance printout 3/2 shows 100% Feb. A: on track, completion 4/24. P: cont ITA per IEP; next TC 4/1.`, 'T', 'P', true, []),
  note(MO, 'f17-soap-phone-log-mo-002', `03/10/26 S: 1015 out → cust cell, NA. 1440 out → cust cell, NA, VM full. O: — A: unable to reach. P: try again 3/12, text if NA.`, 'T', 'P', false, [UA]),
  note(MO, 'f17-soap-phone-log-mo-003', `03/12/26 S: 0930 out → txt to cust "pls call re: clinical schedule". 1600 no reply. O: none. A: no contact. P: letter 3/16.`, 'E', 'P', false, [RP]),
  // Her voicemail came in while the CM was on another line; the call back at lunch went unanswered.
  note(MO, 'f17-soap-phone-log-mo-004', `03/13/26 S: 0812 in ← cust r/c (VM on main line, left while CM on other line): "got your text, call me at lunch." 1215 out → cust, NA. O: — A: phone tag. P: retry tomorrow 1215.`, 'T', 'P', false, [UA]),
  note(MO, 'f17-soap-phone-log-mo-005', `03/14/26 S: 1215 out → cust, answered, 9 min. Cust says clinical moved to BJC Tues/Thurs, 28/40 hrs done, boss at Schnucks gave her mornings off. O: clinical log photo texted during call, in file. A: progressing. P: cont per IEP (phlebotomy tech), TC 4/10.`, 'T', 'P', true, []),
  // The customer did not answer; the instructor gave hours, a passed practical and the exam date.
  note(MO, 'f17-soap-phone-log-mo-006', `04/10/26 S: 1000 out → cust NA/LM. 1030 out → STLCC phlebotomy instructor (Ms. Greer), 6 min: cust 40/40 clinical hrs done, passed final practical 4/8, sits NHA exam 4/20. O: — A: completing on schedule. P: cont ITA thru NHA exam per IEP; reach cust after 4/20.`, 'T', 'V', true, []),
  // Only a screen: nobody was reached.
  note(MO, 'f17-soap-phone-log-mo-007', `04/15/26 S: — O: MoJobs shows cust completed Resume workshop 4/14 (virtual). A: active. P: TC next week.`, '-', '-', false, [CT]),
  note(MO, 'f17-soap-phone-log-mo-008', `04/22/26 S: 1330 in ← cust walk-in, OV 20 min, St. Charles JC. "I passed!" NHA CPT cert 4/20. Applied Mercy, BJC, Quest. O: cert copy scanned. A: training complete. P: job search, keep in services until placement, OV 5/6.`, 'I', 'P', true, []),
  note(MO, 'f17-soap-phone-log-mo-009', `05/06/26 S: 1400 OV sched, cust NS. 1430 out → cust cell, NA. O: — A: no contact. P: letter.`, 'T', 'P', false, [UA]),
  note(MO, 'f17-soap-phone-log-mo-010', `05/07/26 S: — O: Ltr mailed to cust re missed OV. A: awaiting response. P: f/u 5/21.`, 'L', 'P', false, [RP]),
  note(MO, 'f17-soap-phone-log-mo-011', `05/12/26 S: 0716 in ← e-mail from cust: "Sorry about the 6th, I had my interview at Quest that day! They offered me $19.25 start 5/26." 0840 out → replied congrats, asked for offer letter. O: — A: employed pending start. P: retain in services until 1st paycheck; TC 6/1.`, 'E', 'P', true, []),
  note(MO, 'f17-soap-phone-log-mo-012', `06/01/26 S: 1100 out → cust, spoke. O: — A: fine. P: —`, 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'f17-soap-phone-log-mo-013', `06/02/26 S: 1420 out → cust (M. Jefferson) cell: "number you have dialed is not in service." O: — A: #disc. P: check MoJobs for new #.`, 'T', 'P', false, [UA]),
  // The listed alternate contact, with attendance and a grade, while the customer has no phone.
  note(MO, 'f17-soap-phone-log-mo-014', `06/09/26 S: 1010 out → cust home #, mother (Ms. Jefferson, listed alt contact) answered, 12 min: cust at Ranken daily, finished HVAC unit 3 with 91, got new phone. O: — A: cust unreachable direct; alt contact knowledgeable. P: cont HVAC ITA per IEP; TC cust new # 6/11.`, 'T', 'A', true, []),
  note(MO, 'f17-soap-phone-log-mo-015', `06/11/26 S: 1615 out → cust new #, 15 min. Confirms unit 4 started, 1 absence (car). O: Ranken attendance 96%. A: good. P: gas card issued, cont per IEP, TC 7/9.`, 'T', 'P', true, []),
  note(MO, 'f17-soap-phone-log-mo-016', `07/09/26 S: 1900 Teams video w/ cust (evening, works days), 18 min. Says unit 5 brazing lab passed, EPA 608 core test sched 7/24. O: — A: on track. P: cont ITA per IEP. Next 8/6.`, 'T', 'P', true, []),
  // An auto-reply is no answer.
  note(MO, 'f17-soap-phone-log-mo-017', `08/06/26 S: 0900 out → txt; 0901 in ← auto "I'm driving, will text when I arrive." 1700 nothing further. O: — A: no contact. P: TC 8/7.`, 'E', 'P', false, [RP]),
  // Financial aid called in with funding news: nothing on progress, no reason to continue.
  note(MO, 'f17-soap-phone-log-mo-018', `08/07/26 S: 1330 in ← Ranken financial aid (Mr. Pruitt) called CM: cust's Pell came through, no balance due. O: — A: info only. P: TC cust.`, 'T', 'V', false, [TP, PM, JM]),
  note(MO, 'f17-soap-phone-log-mo-019', `08/07/26 S: 1512 in ← cust called CM, 7 min. EPA 608 universal passed 7/24. Last unit starts 8/17, grad 9/25. O: — A: on track. P: cont per IEP; TC 9/4.`, 'T', 'P', true, []),
  note(MO, 'f17-soap-phone-log-mo-020', `09/03/26 S: — O: — A: — P: TC w/ cust 9/4 1200 re: grad & job fair.`, '-', '-', false, [CT]),

  note(MN, 'f17-soap-phone-log-mn-001', `01/08/26 S: 0830 out → participant cell, 14 min. Reports she finished fall semester at RCTC, GPA 3.1, registered 12 cr spring (Rad Tech prereqs). O: unofficial transcript e-mailed to CM 1/7, in WF1 docs. A: progressing. P: ISS reviewed, no change in enrollments. TC Feb.`, 'T', 'P', true, []),
  note(MN, 'f17-soap-phone-log-mn-002', `02/05/26 S: 0910 out → NA, LM. 1305 out → NA. O: — A: — P: text.`, 'T', 'P', false, [UA]),
  note(MN, 'f17-soap-phone-log-mn-003', `02/06/26 S: 1120 in ← text from participant: "sorry crazy week, A&P 2 going good, got 89 on exam 1, can talk fri". O: — A: written reply w/ progress. P: TC Fri 2/9.`, 'E', 'P', true, []),
  note(MN, 'f17-soap-phone-log-mn-004', `02/09/26 S: 1400 out → participant, busy signal x3. O: — A: — P: retry Mon.`, 'T', 'P', false, [UA]),
  note(MN, 'f17-soap-phone-log-mn-005', `03/04/26 S: 1000 OV Rochester WFC, 35 min. Participant says she is thinking of dropping Chem, working 30 hrs at Mayo dietary. O: midterm grades A&P 84, Chem 61 (copy in file). A: at risk in Chem. P: tutoring referral RCTC, ISS updated, enrollment reviewed. OV 4/1.`, 'I', 'P', true, []),
  // The tutoring centre reports; recorded, not the month's contact.
  note(MN, 'f17-soap-phone-log-mn-006', `03/20/26 S: 1500 in ← RCTC tutoring center (Jenna) called: participant attended 3 tutoring sessions, Chem quiz up to 74. O: — A: improving. P: TC participant before 3/31.`, 'T', 'V', false, []),
  note(MN, 'f17-soap-phone-log-mn-007', `03/30/26 S: 0745 out → participant, NA. 0750 txt. 2100 no reply. O: — A: — P: ltr.`, 'E', 'P', false, [UA, RP]),
  // The letter went out; she answered it by e-mail.
  note(MN, 'f17-soap-phone-log-mn-008', `04/03/26 S: — O: Ltr mailed 3/31 asking participant to call. 4/3 1030 in ← participant replied by e-mail: "got your letter, I withdrew from Chem on 4/1 (W), keeping A&P and Psych, will retake Chem summer." A: withdrawal, still 8 cr. P: ISS updated, WF1 activity end date for Chem course entered.`, 'E', 'P', true, []),
  // A hello at a workshop break.
  note(MN, 'f17-soap-phone-log-mn-009', `04/15/26 S: — O: Participant attended WFC resume workshop 1-3pm (sign-in sheet). CM said hello at break. A: — P: TC by 4/30.`, 'I', 'P', false, []),
  note(MN, 'f17-soap-phone-log-mn-010', `04/28/26 S: 1630 Zoom w/ participant 20 min (camera on, at home). A&P 2 final 5/10, Psych B+. Applied Rad Tech program, interview 5/20. O: — A: on track. P: ISS goal updated. Next contact May.`, 'T', 'P', true, []),
  note(MN, 'f17-soap-phone-log-mn-011', `S: in ← participant called CM, 11 min. Accepted to Rad Tech cohort starting Aug, A&P 2 final 88. O: acceptance letter copy in file. A: on track. P: ISS updated, review record at next contact.`, 'T', 'P', true, [DM], { noDateField: true }),
  note(MN, 'f17-soap-phone-log-mn-012', `05/26/26 S: — O: Participant's name on RCTC Rad Tech acceptance list (program posting). A: — P: TC to confirm.`, '-', '-', false, [CT]),
  note(MN, 'f17-soap-phone-log-mn-013', `06/02/26 S: 1010 out → participant cell, roommate answered, said she's at clinical til 3. O: — A: — P: retry after 3.`, 'T', 'P', false, [UA]),
  note(MN, 'f17-soap-phone-log-mn-014', `06/02/26 S: 1530 out → participant, 10 min. Summer Chem retake started 6/1, MWF. Still 30 hrs Mayo dietary. O: — A: — P: record reviewed, ISS current. TC July.`, 'T', 'P', true, []),
  note(MN, 'f17-soap-phone-log-mn-015', `07/07/26 S: 0900 out → participant, 4 min, "all good." O: — A: no change. P: TC Aug.`, 'T', 'P', true, [PM, NS]),
  note(MN, 'f17-soap-phone-log-mn-016', `08/03/26 S: 1300 out → e-mail to participant re: Aug contact & Chem grade. O: — A: — P: await reply.`, 'E', 'P', false, [RP]),
  note(MN, 'f17-soap-phone-log-mn-017', `08/06/26 S: 0655 in ← participant e-mail reply: "Chem summer final B-, passed! Rad Tech orientation 8/20." O: grade screenshot attached, saved to WF1. A: prereqs complete. P: ISS: Rad Tech enrollment added.`, 'E', 'P', true, []),
  note(MN, 'f17-soap-phone-log-mn-018', `09/10/26 S: 1100 home visit (new address per USPS), no answer at door, car not there. O: — A: — P: card left.`, 'I', 'P', false, [UA]),
  // Her mother writes with news; the participant herself has not been reached.
  note(MN, 'f17-soap-phone-log-mn-019', `09/14/26 S: 0820 in ← e-mail from participant's mother (alt contact): "she moved to Mankato for the program, phone broke, she is ok and going to class every day." O: — A: — P: wait for participant.`, 'E', 'A', false, []),
  note(MN, 'f17-soap-phone-log-mn-020', `09/21/26 S: 1745 in ← participant called from new #, 22 min. Moved to Mankato, shares apt w/ 2 classmates; phone was broken 3 wks. Rad Tech at MSU-Mankato wk 5: positioning lab 93, physics quiz 78. Clinical site assigned Mayo Mankato from Oct. Worried about rent, ~$150 short/mo. O: class schedule PDF texted during call, in WF1. A: progressing, housing cost is the risk. P: supportive svc request (rent) to supervisor; ISS updated w/ new address; record reviewed; enrollments current. TC 10/19.`, 'T', 'P', true, []),
];
