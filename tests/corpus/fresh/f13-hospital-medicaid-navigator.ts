/**
 * Hospital-based navigators who co-manage a patient's WIOA enrollment and the Medicaid work requirement (fresh
 * split, batch 13: new voices, scored and listed but not floored yet). The voice: community health workers and
 * "patient navigators" employed by a hospital's community health department and co-located with the job center by
 * a partnership, writing in Springfield and Kansas City (Missouri: MO HealthNet, FSD, the 80-hour "CE"
 * community-engagement month) and Minneapolis and Duluth (Minnesota: Medical Assistance, the county financial
 * worker, MNsure): bedside visits, clinic hallways, infusion chairs and dialysis units, Epic and MyChart messages
 * with their "Read" stamps, unit clerks and RNs answering the phone, interpreters on an iPad, hospital social
 * workers paging, exemption screens (medically frail, postpartum). Sources of realism: how hospital CHW notes and
 * workforce co-enrollment notes are written, and the Medicaid community-engagement rules states were preparing in
 * 2026.
 * How I read the policy for the hard cases: the navigator is the case manager. A MyChart message marked "Read" is
 * delivered, not answered; a reply in the portal is a written response and counts. A patient asleep or sedated at
 * the bedside, a daughter or RN who answers for him, or a call picked up from the chemo chair and put off is no
 * exchange. Family present at the patient's request does not take the contact away from him. Hospital social
 * workers, financial workers and a spouse's own appointment are someone else. In Missouri a training instructor,
 * or a sister who lives with him and reads his results letter when the instructor is away, counts when she gives
 * real progress and why services go on; in Minnesota they are recorded and never the monthly contact. Video is
 * labelled telephone; texts and portal messages e-mail.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'f13-hospital-medicaid-navigator';

export const NOTES: LabelledNote[] = [
  note(MO, 'f13-hospital-medicaid-navigator-mo-001', `Navigator visit at bedside, 4 West rm 412, 10/6/26. Mr. Okafor (pt / WIOA participant) awake and talkative; admitted 10/3 for cellulitis, expects d/c Thu. He asked if missing his CNA clinical week drops him from the Ozarks Tech program - told him I'd call the instructor. Progress: 6 of 8 clinical wks done, passed skills check 9/28. Continue ITA - one clinical wk left, IEP goal CNA cert by 12/2026. Next: call instructor 10/7.`, 'I', 'P', true, []),
  // Missouri provider contact: attendance, make-up plan and why the ITA continues, said by the instructor herself.
  note(MO, 'f13-hospital-medicaid-navigator-mo-002', `10/7 TC w/ Ms. Haddad, CNA clinical instructor, Ozarks Tech: Okafor may make up the missed clinical week 10/26-10/30; attendance otherwise 100%, skills check passed, on track to test in Nov. Continuing the ITA is justified - completion this term is realistic.`, 'T', 'V', true, []),
  note(MO, 'f13-hospital-medicaid-navigator-mo-003', `Called pt's cell 10/12 after d/c to confirm make-up dates: straight to VM, mailbox full, could not leave msg.`, 'T', 'P', false, [UA]),
  // "Read" is a receipt, not an answer.
  note(MO, 'f13-hospital-medicaid-navigator-mo-004', `MyChart message sent to pt 10/13 w/ clinical make-up dates and the CE hours log for Nov. Status shows "Read" 10/13 9:42 PM. No reply.`, 'E', 'P', false, [RP]),
  note(MO, 'f13-hospital-medicaid-navigator-mo-005', `MyChart reply from pt 10/15: "got it, will be at clinical 10/26, thx. can the hrs at clinical count for the medicaid thing?" - answered him same day: yes, training hrs count toward the 80/mo. Progress: make-up wk set. Cont ITA to finish clinicals.`, 'E', 'P', true, []),
  // The wife left papers at the desk; nobody talked about him.
  note(MO, 'f13-hospital-medicaid-navigator-mo-006', `Pt's wife left his d/c paperwork at the navigator office front desk 10/20 for the FSD exemption file. Pt not present. Scanned to Epic media.`, '-', '-', false, [CT, NS]),
  // The sister in the room at his request does not make it her contact.
  note(MO, 'f13-hospital-medicaid-navigator-mo-007', `10/22 pt seen in Family Medicine clinic (his f/u) - navigator joined after the MD left, pt's sister present at his request. Pt reports wound healed, back at clinical make-up next wk, worried about the 80-hr CE rule starting Jan. Screened: not exempt once d/c'd. Plan: clinical hrs + part-time job search count; IEP updated. Cont WIOA training svcs.`, 'I', 'P', true, []),
  // He waved across the lobby at his mother's appointment: nobody exchanged anything.
  note(MO, 'f13-hospital-medicaid-navigator-mo-008', `Pt drove his mother to her cardiology appt 10/27, waved at me in the main lobby on their way in. Her appt, not ours - did not stop.`, '-', '-', false, [CT, NS]),
  // Passive, with an implied first try; the second try reached him.
  note(MO, 'f13-hospital-medicaid-navigator-mo-009', `Pt was reached by phone 11/2 on the 2nd try that afternoon. Clinical make-up completed 10/30; state CNA skills test scheduled 11/18. Asked about night-shift CNA openings here - referred to talent acquisition. ITA continues thru the test; employment goal next on IEP.`, 'T', 'P', true, []),
  note(MO, 'f13-hospital-medicaid-navigator-mo-010', `11/9 phoned pt at the # from the FSD record - a man answered, said wrong number, never heard of him. Epic demographics flagged for update.`, 'T', 'P', false, [UA]),
  note(MO, 'f13-hospital-medicaid-navigator-mo-011', `Pt's sister (alt contact on IEP) called 11/10 to say he "is fine, just busy."`, 'T', 'A', false, [TP, PM, JM]),
  // Missouri alternate with real knowledge, while the instructor is away and his phone is off: results, job, reason to go on.
  note(MO, 'f13-hospital-medicaid-navigator-mo-012', `11/20 TC w/ sister Adaeze (alt contact, lives with him; instructor on leave, pt's phone off for nonpayment). She read me his Headmaster results letter: passed skills and written 11/18. He starts CNA orientation on 5 Tower 12/1, 36 hrs/wk. Cont WIOA for retention f/u and CE hours reporting to FSD until 90 days on the job.`, 'T', 'A', true, []),
  // She had left before the navigator got there: an in-person try that failed.
  note(MO, 'f13-hospital-medicaid-navigator-mo-013', `11/3 ED registration flagged Ms. Reyes-Lund (WIOA) in fast-track. Went down at 14:10 - she had already been discharged and left.`, 'I', 'P', false, [UA]),
  note(MO, 'f13-hospital-medicaid-navigator-mo-014', `11/4 in person at Reyes-Lund's infusion chair (3-hr infusion, her idea to meet there), Spanish interpreter by iPad video. She finished module 4 of 6 of the MOSTECH medical billing course online; 2 modules behind due to treatment. Wants an extension - I'll request it. Training is still her path to remote work she can do during treatment; cont ITA.`, 'I', 'P', true, []),
  note(MO, 'f13-hospital-medicaid-navigator-mo-015', `Letter mailed 11/5 to Reyes-Lund re: CE exemption (medically frail) - documentation needed by 12/15, asked her to call the nav line.`, 'L', 'P', false, [RP]),
  note(MO, 'f13-hospital-medicaid-navigator-mo-016', `E-mailed MOSTECH advisor 11/6 re: extension for Reyes-Lund. Advisor replied the request was received and will be reviewed.`, 'E', 'V', false, [TP, PM, JM]),
  note(MO, 'f13-hospital-medicaid-navigator-mo-017', `Talked w/ "Lupe" (Guadalupe Reyes-Lund) by phone 11/12 - she called the nav line from home. Extension granted to 1/31; module 5 started. Her oncologist signed the frailty form; FSD exemption filed. Completion still realistic by the new date, cont ITA. Next: call 12/10.`, 'T', 'P', true, []),
  note(MO, 'f13-hospital-medicaid-navigator-mo-018', `11/24 called Reyes-Lund - she picked up from the chemo chair, said she felt too sick to talk, call next wk. Ended the call.`, 'T', 'P', false, [UA]),
  note(MO, 'f13-hospital-medicaid-navigator-mo-019', `12/1 TC to pt - connected, line cut out before either of us said anything; called back x2, no answer.`, 'T', 'P', false, [UA]),
  // Real progress, but nothing says why WIOA services go on.
  note(MO, 'f13-hospital-medicaid-navigator-mo-020', `OV 11/30 Dyson Tate (pt) at the navigator desk in the main lobby. He got his forklift cert 11/25 and has an interview at the Kraft Heinz plant 12/4.`, 'I', 'P', true, [JM]),
  note(MO, 'f13-hospital-medicaid-navigator-mo-021', `Tate, 11/16, obs unit bedside: chest pain ruled out, d/c today. He is 3 of 4 wks into forklift class at Ozarks Tech CE; instructor told him he can make up Monday. Wants a job fast for his CE hours. Cont OST per IEP - one week to the cert; next contact after cert.`, 'I', 'P', true, []),

  note(MN, 'f13-hospital-medicaid-navigator-mn-001', `CHW/navigator note 9/29/26 - met Hodan at her bedside, Mother-Baby unit (delivered 9/27). She asked to keep her MA work-requirement exemption going postpartum; explained the postpartum exemption, then 80 hrs/mo. WIOA: her phlebotomy class at Hennepin Tech restarts in Jan, she wants to keep her spot. ISS: planned break thru Dec, noted.`, 'I', 'P', true, []),
  note(MN, 'f13-hospital-medicaid-navigator-mn-002', `Hennepin Tech phlebotomy instructor called 10/1 - Hodan's spot is held for spring; she completed 7 of 12 wks before leave.`, 'T', 'V', false, [TP]),
  note(MN, 'f13-hospital-medicaid-navigator-mn-003', `10/14 texted Hodan re: postpartum check and the Jan class date. Delivered.`, 'E', 'P', false, [RP]),
  note(MN, 'f13-hospital-medicaid-navigator-mn-004', `Hodan replied 10/15 (text): "baby good, sleeping bad lol. yes I will come jan 12. can I bring her to orientation?" Me: "no kids at orientation, we can ask about child care assistance." She: "ok pls send the form." Return 1/12 confirmed; CCAP form mailed.`, 'E', 'P', true, []),
  // The husband's own renewal appointment; she stayed in the car.
  note(MN, 'f13-hospital-medicaid-navigator-mn-005', `Hodan's husband had his own MA renewal appt with me 10/22 (he is not in WIOA). Hodan waited in the car with the baby.`, 'I', 'O', false, [TP, PM]),
  // His daughter interprets at his choice; he is the one talking.
  note(MN, 'f13-hospital-medicaid-navigator-mn-006', `Participant (Mr. Vang) seen in the HCMC dialysis unit 10/6 with his daughter interpreting (his preference; Hmong interpreter offered and declined). He passed the CDL permit test 10/2 and wants to drive part time around dialysis MWF. ISS reviewed; employment goal changed to local delivery, part time.`, 'I', 'P', true, []),
  note(MN, 'f13-hospital-medicaid-navigator-mn-007', `10/20 called Vang - daughter answered, he's asleep after dialysis, she'll have him call.`, 'T', 'P', false, [UA]),
  note(MN, 'f13-hospital-medicaid-navigator-mn-008', `Vang called me back 10/21. CDL school behind-the-wheel starts 11/2, Tue/Thu only; he confirmed his ride. The MA work rule scares him - explained dialysis likely = medically frail exemption, county financial worker decides. WF1 activities reviewed.`, 'T', 'P', true, []),
  // Cancelled by the navigator: a meeting that never took place is no contact and no attempt on him.
  note(MN, 'f13-hospital-medicaid-navigator-mn-009', `Planned mtg w/ Vang at the dialysis unit 11/4 cancelled on our side (unit on isolation precautions). Will reschedule.`, '-', '-', false, [CT, NS]),
  note(MN, 'f13-hospital-medicaid-navigator-mn-010', `Video visit (Epic/Zoom) 11/9 w/ Vang at home: 3 of 8 BTW sessions done, instructor calls him steady. Missed 11/5 for a fistula issue, made it up 11/7. ISS reviewed, enrollments current.`, 'T', 'P', true, []),
  // "Pastor" is his title; he is the participant.
  note(MN, 'f13-hospital-medicaid-navigator-mn-011', `11/12 Pastor Her stopped at my desk in the Whittier Clinic after his diabetes class - he's our WIOA DW participant (laid off from the food plant). Told me he finished wk 3 of the Medical Interpreter course at Century College, 2 quizzes 90+. Next: monthly call in Dec.`, 'I', 'P', true, []),
  note(MN, 'f13-hospital-medicaid-navigator-mn-012', `Pastor Her's daughter told the clinic front desk 11/20 that he "talked to his navigator last week." That is the 11/12 visit, already noted.`, '-', '-', false, [CT, NS]),
  note(MN, 'f13-hospital-medicaid-navigator-mn-013', `11/23 e-mailed Pastor Her re: Dec check-in. Auto-reply: "Out of the office for Thanksgiving, back 11/30."`, 'E', 'P', false, [RP]),
  note(MN, 'f13-hospital-medicaid-navigator-mn-014', `Pastor Her's reply 12/1 to my 11/23 e-mail: course midterm passed (86%), practicum at Regions starts 1/5. He asked about mileage - answered w/ the support request form.`, 'E', 'P', true, []),
  note(MN, 'f13-hospital-medicaid-navigator-mn-015', `Inpatient SW paged me 11/2: WIOA participant Deshawn Ellis admitted overnight, stable, no visitors today.`, 'T', 'O', false, [TP, PM]),
  note(MN, 'f13-hospital-medicaid-navigator-mn-016', `11/3 went up to see Deshawn on 6 Red - asleep/sedated, did not wake him. Left my card with his RN.`, 'I', 'P', false, [UA]),
  // Shorthand fragment with initials as the actor.
  note(MN, 'f13-hospital-medicaid-navigator-mn-017', `11/5 bedside 6 Red, DE awake, talked ~15 min. Wants to keep his Summit Academy construction slot; misses wks 6-7. Summit ok'd make-up (DE called them on speaker while I was there). ISS: keep OST; planned break 11/3-11/16 entered WF1.`, 'I', 'P', true, []),
  note(MN, 'f13-hospital-medicaid-navigator-mn-018', `DE left VM on the nav line 11/18 after hrs: "back at Summit Monday." Called back 11/19 x2, no answer.`, 'T', 'P', false, [UA]),
  note(MN, 'f13-hospital-medicaid-navigator-mn-019', `11/24 DE rang me from the Summit Academy parking lot: back since 11/17, attendance 5 of 5 days, framing module graded "meets." Reviewed ISS - no changes.`, 'T', 'P', true, []),
  note(MN, 'f13-hospital-medicaid-navigator-mn-020', `Hodan TC 11/30. Doing ok.`, 'T', 'P', true, [PM, NS]),
  note(MN, 'f13-hospital-medicaid-navigator-mn-021', `Hennepin County financial worker e-mailed 11/30: Hodan's MA renewal is approved through 11/2027.`, 'E', 'O', false, [TP, PM]),
];
