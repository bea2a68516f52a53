/**
 * Transitioning service members, veterans and military spouses (locked split, batch 5: scored, aggregates only):
 * TAP and SkillBridge, DVOP and LVER referrals, the VA and VR&E, county veterans service officers, National Guard
 * deployments, PCS moves, .mil addresses, DD-214s, Yellow Ribbon events, written by WIOA staff who share the
 * veteran with JVSG staff. A DVOP, LVER, CVSO or VA counselor is someone else, however much they know; a spouse is
 * an alternate; a deployed participant answers nothing. A joint session the participant took part in is a contact
 * with him.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { note, MO, MN, PM, JM, NS, UA, RP, TP, CT, type LabelledNote } from '../types';

export const STYLE = 'military-transition';
export const BATCH = 5;

export const NOTES: LabelledNote[] = [
  note(MO, 'b5-mil-mo-01', "OV 2/3/26 at Ft. Leonard Wood SFL-TAP office (CM on site Tuesdays). Customer (SPC, 12B) separates 3/31 (ETS). He finished the TAP Employment Fundamentals workshop 1/29 and has applied to 4 jobs on USAJobs + MoJobs (Ameren lineworker pre-apprentice, Corrections Officer at SCCC Licking). Needs OST for lineworker - ITA application started. Continue career services per IEP.", 'I', 'P', true, []),
  note(MO, 'b5-mil-mo-02', "Referred customer to DVOP (J. Harlan, Rolla Job Center) 2/5 for SBE services. Referral entered in MoJobs.", '-', '-', false, [CT, NS]),
  note(MO, 'b5-mil-mo-03', "Per DVOP Harlan (Teams chat 2/12): he met w/ customer 2/11; customer has a VA disability rating of 70% and is eligible for VR&E (Ch. 31). Customer is deciding between VR&E and a WIOA ITA.", 'E', 'O', false, [TP, PM, JM]),
  note(MO, 'b5-mil-mo-04', "Customer's wife (alternate contact on IEP) called 2/20: customer is at the Truman VA in Columbia for C&P exams all week, asked CM to hold the ITA. She does not know if he finished the Linn State application.", 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'b5-mil-mo-05', "Letter sent 3/2 to customer's on-post address (Bldg 1240, FLW) re: ITA paperwork, plus an e-mail to his .mil address. No response as of 3/16; the .mil address deactivates at ETS.", 'L', 'P', false, [RP]),
  note(MO, 'b5-mil-mo-06', "TC w/ customer 3/17 on his personal cell (573-555-0162). He was accepted into the lineworker program at State Tech (Linn) - class begins 4/20, 11 wks. He chose a WIOA ITA over VR&E for this. Tuition $8,400; ITA approved. Continue WIOA DW per IEP; next CMC after wk 4.", 'T', 'P', true, []),
  note(MO, 'b5-mil-mo-07', "LVER (A. Cooley) e-mail 4/1: Ameren wants our veterans at their 4/15 hiring event, customer included.", 'E', 'O', false, [TP, PM, JM]),
  note(MO, 'b5-mil-mo-08', "State Tech wk 4 progress report from instructor Greer by e-mail 5/18: customer attendance 100%, climbing test passed 5/14, written test average 88%. Customer must finish wk 11 for the Ameren conditional offer; continue ITA per IEP.", 'E', 'V', true, []),
  note(MO, 'b5-mil-mo-09', "Texted customer 6/1: \"Checking in for your 90-day - how is pole climbing going?\" Delivered. No reply.", 'E', 'P', false, [RP]),
  note(MO, 'b5-mil-mo-10', "Customer called back 6/3 on his lunch at State Tech. Climbing is good, passed the rubber-glove test, 7 of 11 weeks done. Truck's transmission went out; asked about car repair help - referred to the MO Veterans Commission assistance fund and WIOA SS. Continue ITA.", 'T', 'P', true, []),
  note(MO, 'b5-mil-mo-11', "Military spouse customer. PCS orders came 6/20 - family moves from Whiteman AFB to JBSA-Lackland 8/1, per customer's e-mail 6/21 answering CM's 6/20 e-mail. She will finish her medical coding course online (module 5 of 8 done, 91% avg). Continue ITA online per IEP until the move; CM will refer her to Texas WIOA.", 'E', 'P', true, []),
  note(MO, 'b5-mil-mo-12', "Copy of customer's DD-214 (member 4) received by fax from the MO Veterans Commission 7/8. Character of service: Honorable. Scanned to Toolbox.", '-', '-', false, [CT, NS]),
  note(MO, 'b5-mil-mo-13', "Home visit 7/15 (Waynesville, off-post rental) - no one home; neighbor said the family already moved out. Left card in door.", 'I', 'P', false, [UA]),
  note(MO, 'b5-mil-mo-14', "Hiring Our Heroes / FLW Career Summit 8/5: CM talked with customer for about 10 min at the Ameren booth. He graduated State Tech lineworker 7/2 and starts with Ameren 8/17 as an apprentice lineworker, $26.85/hr. Continue WIOA for 90-day follow-up; exit after employment verified.", 'I', 'P', true, []),
  // He was in the audience; nothing he said to the writer is recorded.
  note(MO, 'b5-mil-mo-16', "SFL-TAP Employment Day, Ft. Leonard Wood, Bldg 470 classroom, 9/9/26. CM presented 'Using the Missouri Job Centers and WIOA after you ETS' (45 min) to 38 transitioning soldiers and 6 spouses, with DVOP Harlan covering priority of service for veterans. Topics: MoJobs registration, ITA process and the ETPL, SkillBridge vs. WIOA OST, the 90-day contact expectation once enrolled. Handed out 44 packets. Customer (enrolled 8/26, ETS 11/30) was on the class roster and signed in. Several soldiers stayed after with questions (mostly CDL and lineworker programs); customer was not one of them. CM will call him this week to start the ITA paperwork for the HVAC program at State Tech.", '-', '-', false, [CT, NS]),
  note(MO, 'b5-mil-mo-15', "DVOP reports customer is \"doing great\" at Ameren.", '-', 'O', false, [CT, TP, PM, JM]),

  note(MN, 'b5-mil-mn-01', "OV 1/8/26. Client (USMC vet, separated 10/25, Camp Lejeune) started spring semester at RCTC - HVAC, 12 credits. Post-9/11 GI Bill covers tuition; WIOA for tools and books. Books bought, tool list in file. Reviewed ISS.", 'I', 'P', true, []),
  note(MN, 'b5-mil-mn-02', "Called Olmsted County Veterans Service Office 1/9, spoke w/ Rick. He'll see client 1/15 about filing his VA disability claim.", 'T', 'O', false, [TP, PM]),
  note(MN, 'b5-mil-mn-03', "Client's appt w/ CVSO was 1/15; per Rick's e-mail 1/16 the claim was filed (tinnitus, L knee).", 'E', 'O', false, [TP, PM]),
  note(MN, 'b5-mil-mn-04', "Monthly contact attempt 2/4: called client, NA. Texted \"Hi Derek, monthly check-in, call me when you can.\"", 'T', 'P', false, [UA, RP]),
  note(MN, 'b5-mil-mn-05', "Client called back 2/5: midterm grades B and B+, on track. VA gave him a 30% rating (tinnitus 10, knee 20). GI Bill housing allowance arriving ok. ISS reviewed.", 'T', 'P', true, []),
  note(MN, 'b5-mil-mn-06', "MN National Guard client: mobilized w/ 1-194 AR (Camp Ripley) as of 3/1, per his spouse's phone call 3/2. Spouse says he will be gone about 9 months and asked that his WIOA case stay open.", 'T', 'A', false, [PM]),
  note(MN, 'b5-mil-mn-07', "E-mailed client's .mil address 3/4 re: a planned gap in service for the deployment; no reply.", 'E', 'P', false, [RP]),
  note(MN, 'b5-mil-mn-08', "Joint session 3/18 in person: DVOP (Sara M., Rochester), client and CM. Client wants to move from HVAC to the IBEW Local 343 inside wireman apprenticeship. DVOP will do JVSG individualized career services; CM keeps the ITA for spring term. Client brought his spring midterm: 3.2 GPA. ISS updated.", 'I', 'P', true, []),
  note(MN, 'b5-mil-mn-09', "Invitation letter for the IBEW 343 info session 4/10 mailed 3/25 to the 10 veterans on the LVER's list, client included.", 'L', 'P', false, [RP]),
  note(MN, 'b5-mil-mn-10', "Client did not attend the IBEW info session 4/10 per the sign-in sheet.", '-', '-', false, [CT, NS]),
  note(MN, 'b5-mil-mn-11', "Video call (Teams) 4/21 w/ client. He applied to the IBEW 343 apprenticeship 4/15, aptitude test scheduled 5/9. Finishing HVAC spring term - 2 finals left. Reviewed record.", 'T', 'P', true, []),
  // A question from the client with no answer yet: no exchange has happened.
  note(MN, 'b5-mil-mn-12', "Military spouse client, husband has PCS orders to Ft. Liberty. She e-mailed 5/2: \"we are moving 6/15, can I still finish my phlebotomy course?\"", 'E', 'P', false, []),
  note(MN, 'b5-mil-mn-13', "Replied to client's e-mail 5/3 and she answered the same day: phlebotomy at Hennepin Tech ends 6/6, she has 42 of 100 sticks and will finish before the move. Then we transfer her to NC WIOA. ISS reviewed.", 'E', 'P', true, []),
  note(MN, 'b5-mil-mn-14', "Spouse of client (Guard, deployed) called 6/10: his unit now returns about Nov. He e-mailed her that he wants to start the lineworker program in Jan.", 'T', 'A', false, [PM]),
  note(MN, 'b5-mil-mn-15', "Camp Ripley Yellow Ribbon event 6/21 - CM staffed the WIOA table. Client's spouse stopped by, said he is fine.", 'I', 'A', false, [PM, NS]),
  note(MN, 'b5-mil-mn-16', "Military spouse client - OV 7/1 at the Little Falls WF center (husband SFC, full-time Guard at Camp Ripley, so no PCS risk). She brought her spring transcript from Central Lakes College: Accounting AAS, 15 credits, 3.6 GPA, finished 2nd of 4 semesters. Summer she is working 24 hrs/wk at Camp Ripley's Morale, Welfare & Recreation office doing payables (NAF position, $16.80/hr) - good experience for the AAS. Fall registration done (13 credits, incl. Payroll Accounting and QuickBooks). She asked whether WIOA can cover the MyCAA gap: MyCAA only covers spouses of E1-E5/O1-O2, her husband is E7, so no. Reviewed her ISS; the ITA covers fall tuition minus her Pell. Copies of transcript and fall schedule placed in file. WF1 activities reviewed, no changes. Next contact in August before fall term.", 'I', 'P', true, []),
];
