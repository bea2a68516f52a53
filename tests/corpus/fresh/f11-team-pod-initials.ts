/**
 * Team-based caseloads written by a pod (fresh split: new voices, scored and listed but not floored yet). The
 * voice: a job center or workforce contractor that moved from one-case-manager-per-participant to small teams (a
 * career coach, a navigator, a business liaison and an intern or a VISTA) sharing one caseload, in Kansas City and
 * Springfield, Missouri, and Minneapolis, St. Paul and Duluth, Minnesota. Notes are signed with initials ("-JR",
 * "/AB", "KT for the team"), say "we" and "the team", refer to each other ("per AB's 3/2 note", "JR covering"),
 * log huddles and hand-offs, and sometimes leave it unclear which of them did what. Sources of realism: team-based
 * case management pilots in American Job Centers and CareerForce locations, and the huddle boards they run on.
 * Reading of the policy for the hard cases: any member of the pod is program staff, so a two-way exchange between
 * any of them and the participant is the contact, whoever signs the note. A huddle, a hand-off, a task assigned,
 * or "the team heard" with no one saying how, is no contact. The business liaison talking with the employer is a
 * provider contact: in Missouri it counts only with substantive progress and a reason to continue; in Minnesota
 * it never stands in for the participant.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'f11-team-pod-initials';

export const NOTES: LabelledNote[] = [
  note(MO, 'f11-team-pod-initials-mo-001', `Team Blue huddle 2/2/26 - reviewed P's file. P due for 90-day contact by 2/20. JR to call this wk. -AB`, '-', '-', false, [CT, NS]),
  note(MO, 'f11-team-pod-initials-mo-002', `JR called P 2/3, no answer, VM left w/ the team line # 816-555-0190. -JR`, 'T', 'P', false, [UA]),
  // Signed by one member, contact made by another: still program staff talking with her.
  note(MO, 'f11-team-pod-initials-mo-003', `P called the team line 2/4 and got KT (intern). KT spoke w/ P ~10 min: P is in wk 3 of the MCC-Penn Valley medical billing cert, all assignments in, quiz avg 91. Needs a laptop - KT passed to AB for supportive svc. Cont ITA per IEP. -AB for KT`, 'T', 'P', true, []),
  note(MO, 'f11-team-pod-initials-mo-004', `Laptop request approved 2/5, ordered through IT. -AB`, '-', '-', false, [CT, NS]),
  note(MO, 'f11-team-pod-initials-mo-005', `P picked up laptop at front desk 2/12, signed the equipment form. -front desk (DM)`, 'I', 'P', false, [PM, JM, NS]),
  note(MO, 'f11-team-pod-initials-mo-006', `We heard P is doing well in billing. -team`, '-', '-', false, [CT, NS]),
  note(MO, 'f11-team-pod-initials-mo-007', `OV w/ P 2/19 - JR and AB both in the room (JR leading). P: billing cert 60% done, CPC-A practice exam 71, needs 70 to sit. Plan: finish by 4/30, then job search w/ the biz liaison. Cont ITA. -JR`, 'I', 'P', true, []),
  // The business liaison with an employer; the employer says little of the participant.
  note(MO, 'f11-team-pod-initials-mo-008', `TS (biz liaison) talked with Saint Luke's HR 2/24 about billing openings; mentioned P, HR said send her resume when she's certified. -TS`, 'T', 'V', false, [TP, PM, JM]),
  note(MO, 'f11-team-pod-initials-mo-009', `Handoff: AB out on leave 3/2-3/27, JR takes P. P's next contact due by 5/20. -AB`, '-', '-', false, [CT, NS]),
  // Her "ok thx" is a written reply from her, so the exchange happened; it says nothing of her training.
  note(MO, 'f11-team-pod-initials-mo-010', `JR texted P 3/4 to intro as her lead while AB is out. P: "ok thx". -JR`, 'E', 'P', true, [PM, JM, NS]),
  note(MO, 'f11-team-pod-initials-mo-011', `P emailed the team inbox 3/10 w/ her CPC-A practice score (78) and asked about the exam voucher. JR replied same day with the voucher steps; P wrote back 3/11 she scheduled the exam 4/14. Cont ITA per IEP. -JR`, 'E', 'P', true, []),
  note(MO, 'f11-team-pod-initials-mo-012', `Springfield pod (Team Green) 3/2/26: new P assigned to us from the Joplin transfer. File review only. -MC`, '-', '-', false, [CT, NS]),
  note(MO, 'f11-team-pod-initials-mo-013', `MC + DL did a joint intro call w/ P 3/5. P is at OTC in HVAC yr 1, spring schedule 14 credits, fall GPA 3.1. Explained the team model, who to call for what. Cont ITA per IEP. -MC`, 'T', 'P', true, []),
  note(MO, 'f11-team-pod-initials-mo-014', `DL sent P the team's welcome letter 3/6 with all 4 of our photos + numbers.`, 'L', 'P', false, [RP]),
  // The training provider's own report, with attendance, a credential and a reason to go on: Missouri counts it.
  note(MO, 'f11-team-pod-initials-mo-015', `OTC HVAC instructor emailed DL 3/20: P at 100% attendance, passed EPA 608 Type I, on pace to finish the cert in Dec. Recommends continuing. -DL`, 'E', 'V', true, []),
  note(MO, 'f11-team-pod-initials-mo-016', `Someone on the team talked to P last wk? Board says "contact" in P's row but no note. -MC`, '-', '-', false, [CT, NS]),
  note(MO, 'f11-team-pod-initials-mo-017', `Answer to MC: it was me - late entry for 3/24: P came to the Thursday drop-in, sat with me 20 min. Car broke down, missing labs; we set up a bus pass and P will make up the 2 labs Sat. Cont ITA per IEP. -DL`, 'I', 'P', true, []),
  note(MO, 'f11-team-pod-initials-mo-018', `Task assigned to JR: call P about exam result after 4/14. Due 4/17.`, '-', '-', false, [CT, NS]),
  note(MO, 'f11-team-pod-initials-mo-019', `JR TC'd P 4/16 - she passed the CPC-A (4/14)! Applying at Saint Luke's and Truman now, TS sending her resume over. Training complete; job placement svcs continue per IEP. -JR`, 'T', 'P', true, []),
  note(MO, 'f11-team-pod-initials-mo-020', `TS to P 4/21 via LinkedIn msg: the Truman posting closes Fri. -TS`, 'E', 'P', false, [RP]),
  note(MO, 'f11-team-pod-initials-mo-021', `Tried P x2 this wk (4/27 JR, 4/29 TS), both to VM. -JR`, 'T', 'P', false, [UA]),
  note(MO, 'f11-team-pod-initials-mo-022', `After Friday job club 4/3 P stayed and talked with TS one-on-one 15 min: interviews at Saint Luke's 4/6 and Truman 4/8, we practiced the "tell me about a claim denial" question. Still PT at the call center. Job placement svcs continue per IEP. -TS`, 'I', 'P', true, []),
  note(MN, 'f11-team-pod-initials-mn-001', `North Mpls pod huddle 1/6/26. P's ISS review due; AK to schedule. LS out until 1/15.`, '-', '-', false, [CT, NS]),
  note(MN, 'f11-team-pod-initials-mn-002', `AK + the VISTA (Rae) met P 1/8 at the WFC. P started the Hennepin Tech welding cert 1/5, has all PPE except a helmet. Rae took her to buy the helmet after. ISS reviewed and updated. /AK`, 'I', 'P', true, []),
  note(MN, 'f11-team-pod-initials-mn-003', `Rae's receipt for the helmet turned in 1/9, $89. /AK`, '-', '-', false, [CT, NS]),
  note(MN, 'f11-team-pod-initials-mn-004', `P texted the team phone 1/20: "helmet's great, passed the first weld test". Rae answered, "awesome! can you talk Thurs?", P: "yes after 3". /Rae`, 'E', 'P', true, []),
  note(MN, 'f11-team-pod-initials-mn-005', `Thurs 1/22 after 3 - AK called P, NA. /AK`, 'T', 'P', false, [UA]),
  note(MN, 'f11-team-pod-initials-mn-006', `LS back. LS + P by phone 1/26: 3 of 16 weeks done, 1 absence (sick). Wants to keep her Target job 20 hrs. Next check Feb. /LS`, 'T', 'P', true, []),
  // An instructor's update through the liaison: a provider, not the participant.
  note(MN, 'f11-team-pod-initials-mn-007', `Biz liaison (DW) heard from the Hennepin Tech welding instructor 2/3 that P is "top 3 in the cohort". /DW`, '-', 'V', false, [CT, TP]),
  note(MN, 'f11-team-pod-initials-mn-008', `Team huddle 2/9: P's the one the team talks about as a success - nobody has had contact in Feb yet. AK to call.`, '-', '-', false, [CT, NS]),
  note(MN, 'f11-team-pod-initials-mn-009', `AK called P 2/10, we talked 15 min. Midterm practical passed (flux core vertical). Target cut her to 12 hrs; she's OK w/ that during school. /AK`, 'T', 'P', true, []),
  note(MN, 'f11-team-pod-initials-mn-010', `St. Paul pod 2/2/26 - P transferred to us from the Duluth team. Reviewed their notes: last contact 1/14. /MB`, '-', '-', false, [CT, NS]),
  note(MN, 'f11-team-pod-initials-mn-011', `Per Duluth team's 1/14 note, P "finished CDL permit, looking for a school". Carried over for our file. /MB`, '-', '-', false, [CT, NS]),
  note(MN, 'f11-team-pod-initials-mn-012', `MB emailed P 2/3 to introduce the St. Paul team.`, 'E', 'P', false, [RP]),
  note(MN, 'f11-team-pod-initials-mn-013', `P replied to MB's 2/3 email on 2/5: enrolled at Dakota County Tech CDL, starts 2/23, moved in with his sister in Eagan. MB replied with the school's ITA steps. /MB`, 'E', 'P', true, []),
  note(MN, 'f11-team-pod-initials-mn-014', `P's sister called the team line 2/12 to say he got a job offer from Metro Transit?? Needs confirming.`, 'T', 'A', false, [TP, PM]),
  note(MN, 'f11-team-pod-initials-mn-015', `MB + CJ met P 2/17 at the St. Paul WFC. Metro Transit offer is for their paid bus operator training (they train him, CDL included), starts 3/9. P wants to take it instead of DCTC. ISS changed from ITA to employment. /CJ`, 'I', 'P', true, []),
  note(MN, 'f11-team-pod-initials-mn-016', `CJ: cancelled DCTC ITA 2/18, emailed the school.`, 'E', 'V', false, [TP, PM]),
  note(MN, 'f11-team-pod-initials-mn-017', `Duluth pod 3/3/26 - P no-showed the 10:00 w/ SG. SG + HT waited 20 min.`, 'I', 'P', false, [UA]),
  note(MN, 'f11-team-pod-initials-mn-018', `HT caught P 3/4 on the phone - P's shift at Essentia got moved, forgot to call. She's in wk 7 of LSC's pharmacy tech program online, 2 modules behind. We set a catch-up plan: one module/wk. /HT`, 'T', 'P', true, []),
  // A talk happened, but nothing says how (it could have been a text), so it is not shown to be an accepted kind.
  note(MN, 'f11-team-pod-initials-mn-019', `SG and P had a good talk.`, '-', 'P', false, [CT, PM, NS]),
  note(MN, 'f11-team-pod-initials-mn-020', `SG met P at the LSC library 3/18 for a study session (I was there too - HT). P caught up 1 of the 2 modules, 84% on the last quiz. Kept the weekly plan.`, 'I', 'P', true, [], { noDateField: true }),
  note(MN, 'f11-team-pod-initials-mn-021', `Team met with P. Going well. /SG`, 'I', 'P', true, [PM, NS, DM], { noDateField: true }),
  // The VISTA serves in the pod, so she is program staff; the drive was a face-to-face talk about his training.
  note(MN, 'f11-team-pod-initials-mn-022', `Rae (VISTA) drove P to the Hennepin Tech career fair 3/12 and they talked the whole way: 10 of 16 wks done, passed the 2G plate test, wants pipe welding next. Talked to Viking Gas at the fair. /Rae`, 'I', 'P', true, []),
  note(MN, 'f11-team-pod-initials-mn-023', `CJ talked to P by phone 3/16, 1 wk into Metro Transit operator training: passed the CDL permit, classroom 8-4:30 M-F, paid $24.49/hr. ISS: employed, in employer training. /CJ`, 'T', 'P', true, []),
];
