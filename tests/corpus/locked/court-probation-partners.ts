/**
 * Court and probation partners: a reentry specialist's notes where probation and parole officers, drug and
 * treatment courts, treatment providers and jail programs are in the room (P&P, PO, agent, DOC, IOP, "UA" meaning a
 * drug screen, ROI on file, staffings and dockets) and the question is always who said what to whom (locked split,
 * batch 6: scored, aggregates only). A PO, court coordinator or treatment counselor is "other": recorded, never the
 * participant's contact, in either state. A training provider is the provider. A letter from the participant in jail
 * is a written reply. Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md,
 * written blind: before the checker ever ran on them.
 */
import { note, type LabelledNote, MO, MN, PM, JM, NS, UA, RP, TP } from '../types';

export const STYLE = 'court-probation-partners';
export const BATCH = 6;

export const NOTES: LabelledNote[] = [
  note(MO, 'b6-court-mo-01', 'Drug court staffing 3/3 (Boone Co. Treatment Court team: judge, coordinator, PO Sims, PFH counselor, this CM). Cust not present at staffing. PO Sims reports cust is compliant, 2 negative UAs this month, and attending his welding class at Columbia Area Career Center 4 nights/wk.', 'I', 'O', false, [TP, JM]),
  note(MO, 'b6-court-mo-02', 'After the 3/3 docket CM met w/ cust in the hallway outside Div. 7 for about 15 min. Cust reports she passed the forklift cert 3/2 and has applied at 3 warehouses (Hubbell, MBS, Kraft Heinz). Continue job search services per IEP; CM will send her the Hubbell hiring event flyer.', 'I', 'P', true, []),
  note(MO, 'b6-court-mo-03', 'PO Danner (P&P District 11) called 3/9: cust violated, in Callaway Co. jail since 3/8, hearing TBD.', 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'b6-court-mo-04', 'Called cust at Bridgeway residential 3/10. Tech answered, cust in group, can\'t come to the phone. Left msg for cust to call CM on his phone time.', 'T', 'P', false, [UA]),
  note(MO, 'b6-court-mo-05', 'Cust called CM from Bridgeway 3/12 on his approved phone time (staff on the line), ~10 min. He completes the 28-day program 4/2. He has been doing the HiSET practice tests on the unit, passed the math practice test with a 14. Plan per IEP: resume AEL at Lincoln Univ. the week of 4/6 and finish HiSET by June.', 'T', 'P', true, []),
  note(MO, 'b6-court-mo-06', 'E-mail from PO Sims 3/13 asking for cust\'s attendance records for the 3/17 court review. ROI on file; sent the Feb sign-in sheets.', 'E', 'O', false, [TP, PM, JM]),
  note(MO, 'b6-court-mo-07', '3-way call 3/16 w/ cust and PO Danner (cust in PO\'s office). Cust started at Tyson 3/9 on 2nd shift, $17.25/hr, 40 hrs. PO moved his curfew to 1 AM for the shift. Cust needs steel-toe boots by 3/23; will issue SS voucher and move to follow-up per IEP.', 'T', 'P', true, []),
  // A hearing watched from the gallery: the CM was there, but no word passed between CM and cust.
  note(MO, 'b6-court-mo-08', 'CM attended cust\'s treatment court review 3/17 (sat in the gallery). Judge told cust she is doing well and moved her to Phase 3. CM did not get to speak w/ cust, she left right after with her sponsor.', 'I', 'P', false, [UA]),
  note(MO, 'b6-court-mo-09', 'TC w/ cust\'s IOP counselor (Preferred Family Healthcare) 3/18, ROI on file. Counselor says cust attends IOP 3x/wk, 2 clean UAs, and that cust told group he passed his CDL permit test last week.', 'T', 'O', false, [TP, JM]),
  note(MO, 'b6-court-mo-10', 'PO Sims texted CM a photo of cust\'s paystub 3/20: 38.5 hrs at Casey\'s, $14.50/hr. Saved to file.', 'E', 'O', false, [TP, JM]),
  note(MO, 'b6-court-mo-11', 'OV 3/24 at the P&P district office (CM\'s Tues. office hours there). Met w/ cust in the interview room. Cust attended the Job Center resume workshop 3/19, has 6 applications out, interview at Hubbell 3/27. Did a mock interview. Cont job search/WEX referral per IEP; next OV 4/7.', 'I', 'P', true, []),
  note(MO, 'b6-court-mo-12', 'Cust was scheduled to meet CM at P&P 3/24 at 1:00 after her PO check-in; did not show for CM. PO said she reported to him at 9 AM and left.', 'I', 'P', false, [UA]),
  note(MO, 'b6-court-mo-13', 'Letter mailed 3/25 to cust c/o Boone Co. Jail re: keeping his WIOA enrollment open and the AEL classes offered inside. No reply as of today.', 'L', 'P', false, [RP]),
  note(MO, 'b6-court-mo-14', 'Letter rec\'d 4/6 from cust at Boone Co. Jail (answering CM\'s 3/25 letter): "I am in the GED class in here 4 days a week and I passed the math part on 3/31." Will keep enrollment open and resume the ITA on release per IEP.', 'L', 'P', true, []),
  // Treatment-court phases are not progress in the WIOA activity.
  note(MO, 'b6-court-mo-15', 'Treatment court coordinator\'s weekly e-mail to all team members 4/7: cust moved to Phase 2, attending all appointments.', 'E', 'O', false, [TP, PM, JM]),
  note(MO, 'b6-court-mo-16', 'TC w/ cust 4/8. Cust says his PO told him he can work nights now, so he is keeping the 3rd shift job at Orscheln DC. He is also in week 2 of the CNA class at Moberly, 100% attendance so far. Cont ITA; next TC 5/6.', 'T', 'P', true, []),

  note(MN, 'b6-court-mn-01', 'Polk County probation agent (J. Hagen) called 3/2: client is attending ABE 3 mornings/wk and got hired at Cenex in Crookston, 25 hrs/wk.', 'T', 'O', false, [TP]),
  note(MN, 'b6-court-mn-02', 'Met w/ client in person 3/4 at the Corrections office after his agent appointment. Client is in week 5 of Welding at Northland, passed the 2G plate, 95% attendance. Reviewed ISS and WF1 activities.', 'I', 'P', true, []),
  note(MN, 'b6-court-mn-03', 'Drug court 3/5. Client\'s progress reviewed by the team. Client present; after the session I talked with client in the lobby. He told me he starts at Arctic Cat Monday, 2nd shift, and finished his OSHA 10 on 3/3. ISS updated.', 'I', 'P', true, []),
  // Discharge from treatment is not progress in the WIOA activity.
  note(MN, 'b6-court-mn-04', 'E-mail from Glenmore Recovery (client\'s counselor) 3/6: client successfully discharged from residential treatment 3/5, aftercare plan in place.', 'E', 'O', false, [TP, PM]),
  note(MN, 'b6-court-mn-05', 'Called client 3/9. Staff at the treatment center answered; client\'s phone is held during programming and he was in group. Staff will give him the message.', 'T', 'P', false, [UA]),
  note(MN, 'b6-court-mn-06', 'Client called from treatment 3/11 (approved call), 12 min. He finishes the program 4/1 and wants to start the forklift class after. He has kept up the online OSHA 10 on the unit computer, 6 of 10 modules done. ISS updated.', 'T', 'P', true, []),
  note(MN, 'b6-court-mn-07', 'Joint home visit 3/12 with client\'s agent. Client not home; agent said he is probably at work.', 'I', 'P', false, [UA]),
  note(MN, 'b6-court-mn-08', 'Gave a letter for client to his probation agent 3/13 to hand to him at his 3/16 check-in (asks client to call about March contact). No reply yet.', 'L', 'P', false, [RP]),
  note(MN, 'b6-court-mn-09', 'E-mailed client 3/16 to check in. Client e-mailed back 3/17: "im doing good, passed my 2nd drug test and finished week 4 of the welding class, got a B on the weld test." Saved to file, ISS reviewed.', 'E', 'P', true, []),
  note(MN, 'b6-court-mn-10', 'Youth IDT 3/18 at Roseau HS: CM, juvenile probation officer, school counselor, youth and his mom. Youth told the team he has earned 3 of 4 credits this quarter and is going to school every day. ISS reviewed with youth.', 'I', 'P', true, []),
  note(MN, 'b6-court-mn-11', 'Text from client\'s PO 3/19: "your guy picked up a new charge, in custody."', 'E', 'O', false, [TP, PM]),
  note(MN, 'b6-court-mn-12', 'Attended client\'s sentencing 3/20. Spoke with the public defender after; she said sentencing was continued to 4/15.', 'I', 'O', false, [TP, PM]),
  // Court-ordered community service hours are not the enrolled activity.
  note(MN, 'b6-court-mn-13', 'Called the Sentence to Service crew leader 3/23: client has done 32 of his 40 court-ordered hours and shows up on time.', 'T', 'O', false, [TP, PM]),
  note(MN, 'b6-court-mn-14', 'Client came to the WFC 3/24 with the referral form from his agent. I was out at the jail; front desk gave him the job club schedule.', 'I', 'P', false, [UA]),
  note(MN, 'b6-court-mn-15', 'Talked to client on the phone 3/27. He is doing ok.', 'T', 'P', true, [PM, NS]),
  note(MN, 'b6-court-mn-16', 'Phone contact w/ client 3/30. Client completed the CDL-A course at Lake Superior College 3/26 and passed the road test 3/28; the court cleared his license restriction. Applying at 2 carriers. ISS reviewed, WF1 activity changed to job search.', 'T', 'P', true, []),
];
