/**
 * Housing authorities' Family Self-Sufficiency (FSS) coordinators who also carry the WIOA case (fresh split: new
 * voices, scored and listed but not floored yet). The voice: a public housing authority's or HRA's FSS coordinator
 * co-located with the job center, writing in housing words: "resident", "HOH" (head of household), the Contract of
 * Participation (CoP) and the ITSP (Individual Training and Services Plan) next to the IEP or ISS, escrow balances
 * that grow as earned income rises, interim and annual recertifications (re-exams), HQS inspections, Housing
 * Choice Vouchers (HCV), property managers and the housing specialist who sets the rent, Section 3 hiring, resident
 * council meetings. Sources of realism: HUD's FSS program, where one coordinator sees residents at recert and in the
 * lobby of the high-rise, and most news about income reaches her through rent paperwork rather than from the resident.
 * How the policy is read for the hard cases: an income change reported on a recert form, an escrow statement or a
 * pay stub in the rent file is a document, not a contact; a property manager, housing specialist or inspector is
 * someone else's staff ("other"), however much they know about the resident's job; a talk with the resident at an
 * inspection or in the lobby counts when the resident answers for herself; a spouse or co-head named as the
 * alternate contact is the alternate. An FSS appointment for another household member is not the participant's.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'housing-fss-coordinator';

export const NOTES: LabelledNote[] = [
  note(MO, 'housing-fss-coordinator-mo-001', `FSS/WIOA check-in 3/3/26, in person at the Ozark Plateau HA family site office. Resident (HOH) reports she finished wk 5 of the CNA course at OTC, 100% attendance, skills lab check-offs 8 of 12 done. Escrow not started yet (no earned income). ITSP goal 2 and IEP both on track; continue ITA and FSS case mgmt.`, 'I', 'P', true, []),
  // Pay stubs in the drop box are a document for the rent file; nobody wrote or spoke to anyone.
  note(MO, 'housing-fss-coordinator-mo-002', `Interim recert packet rec'd from resident in the drop box 3/6: new pay stubs from Mercy (dietary aide, 30 hrs). Forwarded to housing specialist for rent change.`, '-', '-', false, [CT, NS]),
  // Someone else's staff: the property manager knows the job facts only from the rent file.
  note(MO, 'housing-fss-coordinator-mo-003', `Property mgr (Dena, Cherry St. high-rise) called 3/9: resident told the office she started at Walmart DC nights, 36 hrs/wk, asked for her interim recert.`, 'T', 'O', false, [TP, JM]),
  note(MO, 'housing-fss-coordinator-mo-004', `Called resident 3/10 re FSS/WIOA quarterly - no answer, VM full. Will try at the 3/17 resident council mtg.`, 'T', 'P', false, [UA]),
  // Two-way in a hallway: unusual place, still the resident answering for herself.
  note(MO, 'housing-fss-coordinator-mo-005', `Caught resident after the 3/17 resident council meeting in the community room and we talked 15 min. Confirmed Walmart DC since 3/2, 36 hrs/wk nights at $19.50, 90-day probation ends 6/1. Wants the forklift cert next. Escrow will start with the rent increase 4/1. Continue WIOA follow-along and FSS per ITSP/IEP.`, 'I', 'P', true, []),
  // A statement mailed to the resident is a one-way letter until she answers it.
  note(MO, 'housing-fss-coordinator-mo-006', `FSS escrow statement run 3/31: balance $412.00 (credits Jan-Mar). Copy mailed to HOH w/ a note asking her to call re her ITSP goals.`, 'L', 'P', false, [RP]),
  note(MO, 'housing-fss-coordinator-mo-007', `FSS annual progress letter mailed 4/2 asking HOH to complete the goals worksheet and return it or call by 4/20.`, 'L', 'P', false, [RP]),
  note(MO, 'housing-fss-coordinator-mo-008', `Goals worksheet returned by resident 4/14 (mailed back in the envelope provided). He wrote: "Finished the HVAC cert at Ozarks Tech 4/3, passed EPA 608 universal. Applying to 3 shops, interview at Springfield Heating & Air 4/22." Next step: job placement asst; ITSP goal 3 met. Continue WIOA DW job search svcs.`, 'L', 'P', true, []),
  note(MO, 'housing-fss-coordinator-mo-009', `HQS inspection at unit 4/15 - inspector (Lutz) noted the resident was at work. Unit passed.`, '-', '-', false, [CT, NS]),
  note(MO, 'housing-fss-coordinator-mo-010', `At the unit 4/16 for the FSS home visit scheduled w/ HOH. Nobody home, left door hanger w/ my card.`, 'I', 'P', false, [UA]),
  // The spouse is the co-head and named alternate; she knows the training facts first-hand.
  note(MO, 'housing-fss-coordinator-mo-011', `Spoke by phone 4/20 w/ co-head Ms. Harlan (listed alternate contact) as participant was on the road. He is in wk 3 of 4 at the CDL school (Drive Ozarks), passed the pre-trip 4/17, range hours 22 of 40, road test set 5/1. Continue ITA per IEP; will reach him after the test.`, 'T', 'A', true, []),
  note(MO, 'housing-fss-coordinator-mo-012', `Texted resident 4/22 re the FSS mtg thurs. Got the auto-reply "Driving - I'll get back to you". Nothing since.`, 'E', 'P', false, [RP]),
  note(MO, 'housing-fss-coordinator-mo-013', `Phone appt 4/24 kept - resident called me at 12:10 on her lunch as we set. Still Mercy dietary, up to 36 hrs, $15.25. Started the online Medical Coding prereq (module 2 of 6). Needs childcare for evening class - referred to CCDF. Continue per IEP/ITSP.`, 'T', 'P', true, []),
  note(MO, 'housing-fss-coordinator-mo-014', `Housing specialist e-mailed 4/28: resident's annual re-exam done, earned income $31,200, rent up to $612.`, 'E', 'O', false, [TP, JM]),
  // Someone else's appointment: the daughter's own application, the resident not there.
  note(MO, 'housing-fss-coordinator-mo-015', `Resident's daughter (17) came to FSS office 4/29 for her own youth summer jobs application. Resident not present.`, 'I', 'O', false, [TP, PM, JM]),
  note(MO, 'housing-fss-coordinator-mo-016', `Met HOH 5/4 in the lobby. Doing ok.`, 'I', 'P', true, [PM, JM, NS]),
  note(MO, 'housing-fss-coordinator-mo-017', `FSS Program Coordinating Committee 5/6 (PHA, job center, OTC, CoC). Reviewed all 38 FSS files incl. this resident's; no residents present.`, '-', '-', false, [CT, NS]),
  // Section 3 employer: the HA's own maintenance contractor is the activity provider for a WEX placement.
  note(MO, 'housing-fss-coordinator-mo-018', `Section 3 WEX: talked w/ Brett Ayala, supervisor at Queen City Maintenance (resident's WEX site) 5/8. Resident has worked 96 of 240 WEX hrs, on time every shift, learning make-readies and now doing drywall patch on his own. Brett rates him 4/5. Continue WEX per IEP; goal is hire by the contractor at end of WEX.`, 'T', 'V', true, []),
  note(MO, 'housing-fss-coordinator-mo-019', `WEX timesheet for wk ending 5/15 faxed from Queen City Maintenance, 32 hrs.`, '-', '-', false, [CT, NS]),
  note(MO, 'housing-fss-coordinator-mo-020', `Resident came to the FSS office 5/20 to sign the CoP extension. Reviewed ITSP w/ her: CNA done 4/10, state test passed 5/12, hired at Mercy as CNA 5/18, $17.80, 36 hrs. Interim recert to follow. Continue WIOA follow-along for retention; FSS goal 4 (employment w/ benefits) met.`, 'I', 'P', true, []),
  note(MO, 'housing-fss-coordinator-mo-021', `Tried resident 5/27 at work # and cell, neither picked up; no VM set up on cell. Mailed FSS mtg reminder.`, 'T', 'P', false, [UA]),
  note(MN, 'housing-fss-coordinator-mn-001', `FSS + WIOA monthly, 3/2/26, met w/ participant at the Range HRA office during her annual recert appt. She is in wk 7 of the Pharmacy Tech program at Hibbing CC, grades B+ and A-, externship at Essentia starts 4/6. ISS reviewed, activities current.`, 'I', 'P', true, []),
  note(MN, 'housing-fss-coordinator-mn-002', `HRA housing specialist e-mailed 3/5 - participant's recert shows new employment at Fleet Farm, 28 hrs.`, 'E', 'O', false, [TP]),
  note(MN, 'housing-fss-coordinator-mn-003', `Called participant 3/6 to confirm the Fleet Farm job. It rang out twice, no voicemail.`, 'T', 'P', false, [UA]),
  note(MN, 'housing-fss-coordinator-mn-004', `Participant returned my call 3/9 from the Fleet Farm break room. Cashier since 2/23, 28 hrs, $15.50; still in the evening welding class at the CTC (wk 4 of 12, passed the first bend test). Escrow starts next month. ISS reviewed, no changes.`, 'T', 'P', true, []),
  note(MN, 'housing-fss-coordinator-mn-005', `Sent participant the March escrow statement and an invitation to the FSS homebuyer class via e-mail 3/12.`, 'E', 'P', false, [RP]),
  // A written reply in a thread: she answers the e-mail with her own news.
  note(MN, 'housing-fss-coordinator-mn-006', `Participant replied 3/14 to my 3/12 e-mail: "Thanks! I can't do the homebuyer class till after welding ends in May. Passed my second bend test this week and the instructor says I'm on pace for the AWS cert." Reply saved to file; ISS still accurate.`, 'E', 'P', true, []),
  note(MN, 'housing-fss-coordinator-mn-007', `Participant's FSS mtg 3/18 rescheduled by front desk at her request; new date 3/25.`, '-', '-', false, [CT, NS]),
  note(MN, 'housing-fss-coordinator-mn-008', `3/25 FSS mtg - participant no-showed. Will send a new appt for 4/8.`, 'L', 'P', false, [UA]),
  note(MN, 'housing-fss-coordinator-mn-009', `Annual re-exam 4/2: rent file shows participant's income from Cub Foods and 30 hrs/wk from the pay stubs. Re-exam completed by mail.`, '-', '-', false, [CT, NS]),
  note(MN, 'housing-fss-coordinator-mn-010', `Participant stopped at my desk 4/8 for our FSS mtg. Talked 20 min. She quit Cub 3/30 to take the overnight CNA job at the care center (Good Shepherd), 32 hrs, $19. Passed her CNA skills test 3/21. Updated ISS and WF1 activities: OST closed, employment added.`, 'I', 'P', true, []),
  // Seen, not spoken with: a wave across a parking lot is no exchange.
  note(MN, 'housing-fss-coordinator-mn-011', `Saw participant across the HRA parking lot 4/10 getting into her car, waved. Did not get to talk.`, '-', '-', false, [CT, NS]),
  note(MN, 'housing-fss-coordinator-mn-012', `Spoke to participant's husband (co-head) by phone 4/13: he said she started the CDL class but he didn't know the dates.`, 'T', 'A', false, [PM]),
  note(MN, 'housing-fss-coordinator-mn-013', `Phone call w/ participant 4/15. Good talk.`, 'T', 'P', true, [PM, NS]),
  note(MN, 'housing-fss-coordinator-mn-014', `FSS escrow interim disbursement approved 4/20 ($600 for car repair so participant can keep getting to her clinical site). Check issued to vendor.`, '-', '-', false, [CT, NS]),
  // The welding instructor is the provider: recorded, but Minnesota asks for the participant herself each month.
  note(MN, 'housing-fss-coordinator-mn-015', `Welding instructor (Lake Superior CTC) returned my call 4/22: participant has 100% attendance, passed 3 of 4 bend tests, AWS test scheduled 5/14.`, 'T', 'V', false, []),
  note(MN, 'housing-fss-coordinator-mn-016', `Participant called 4/28 after I left her a note on her door. She'd been sick a week, missed 3 welding classes, instructor is letting her make up the bend test 5/5. Talked about the escrow and her car. ISS reviewed; continuing OST.`, 'T', 'P', true, []),
  note(MN, 'housing-fss-coordinator-mn-017', `HQS inspection at participant's unit 5/6 - I went along for the FSS home visit. Participant answered the door; told me she passed the make-up bend test 5/5 and takes the AWS test 5/14. Talked about the homebuyer class in June. ISS current.`, 'I', 'P', true, []),
  note(MN, 'housing-fss-coordinator-mn-018', `Participant's adult son came to the HRA 5/12 to ask about his own FSS enrollment; asked him to have his mom call me.`, 'I', 'O', false, [TP, PM]),
  // Her news is real but left on a machine: a message left is not a conversation.
  note(MN, 'housing-fss-coordinator-mn-019', `Voice mail from participant 5/15 10:42 pm: "I passed the AWS!! call me tomorrow."`, 'T', 'P', false, [UA]),
  note(MN, 'housing-fss-coordinator-mn-020', `Called participant back 5/16 re her voicemail. She passed the AWS D1.1 3G test 5/14, has an interview at Cirrus 5/21 (welder, $24). ISS updated: OST completed, job search added. Next FSS mtg 6/10.`, 'T', 'P', true, []),
  note(MN, 'housing-fss-coordinator-mn-021', `Texted participant 5/22 "how did Cirrus go?" - read 5/22, no reply.`, 'E', 'P', false, [RP]),
];
