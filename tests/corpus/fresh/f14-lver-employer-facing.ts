/**
 * A Local Veterans' Employment Representative (LVER) who works employers for the veterans on the caseload and writes
 * in the participant's record (fresh split, batch 14: new voices, scored and listed but not floored yet). The voice:
 * third person ("LVER"), ranks and military nicknames for the veteran ("SSG Hale", "Top", "SrA Brooks", "PO2
 * Greene"), 24-hour times, "employer outreach", "job development contact", "pitched", "promoted", SkillBridge, Hiring
 * Our Heroes, VR&E, drill weekends and annual training, around Fort Leonard Wood, Whiteman AFB, Independence, Cape
 * Girardeau and Springfield (Missouri) and St. Cloud, Camp Ripley/Little Falls, Eagan, Rochester and Duluth
 * (Minnesota). Sources of realism: LVER and business-services staff whose day is employer calls, hiring events and
 * VFW posts, and who log the veteran's contacts among them.
 * How I read the policy for the hard cases: a prospective employer, a recruiter, Allina or Jack Henry HR, a VA counselor
 * or social worker is "other" - recorded, never the veteran's contact, however good the news. An employer or school
 * where the veteran's enrolled activity is (the CDL range, the welding lab) is the provider: in Missouri it counts
 * with hours, tests and a reason to continue when the veteran is out of reach; in Minnesota it is filed, never the
 * monthly contact. Briefing a room the veteran sat in, waving across a hiring event, a son who answers the phone,
 * a message on LinkedIn marked "Seen" are not contacts. A conversation at the VFW or in a parking lot is in person.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, DM, note, type LabelledNote } from '../types';

export const STYLE = 'f14-lver-employer-facing';

export const NOTES: LabelledNote[] = [
  // His wife sat in; the progress is his.
  note(MO, 'f14-lver-employer-facing-mo-001', `11/02/2026 LVER note. Vet SSG (Ret.) Marcus Hale, 11B, 22 yrs. Met w/ SSG Hale in person at the St. Robert Job Center 45 min, his wife present. He finished the CompTIA Security+ boot camp through SkillBridge at Fort Leonard Wood 10/30 and passed (781). Resume translated (11B -> security operations). IEP: ITA for CySA+ continues; target employers Boeing St. Louis, Jack Henry. Next: 11/16.`, 'I', 'P', true, []),
  note(MO, 'f14-lver-employer-facing-mo-002', `11/04 LVER employer outreach: Jack Henry & Associates (Monett) - spoke w/ talent acquisition (Ms. Fry). Promoted SSG Hale for SOC analyst I; she will review his resume. No contact w/ vet.`, 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'f14-lver-employer-facing-mo-003', `11/06 1410 LVER called SSG Hale to pass on the Jack Henry lead - NA, LM on home line w/ Ms. Fry's email.`, 'T', 'P', false, [UA]),
  note(MO, 'f14-lver-employer-facing-mo-004', `11/09 SSG Hale returned LVER's call, 12 min. Jack Henry phone screen set 11/12. CySA+ course: 3 of 8 modules done, practice exam 71%. ITA continues per IEP. Next: after the screen.`, 'T', 'P', true, []),
  // A prospective employer's interview feedback, forwarded: not his contact and not his training progress.
  note(MO, 'f14-lver-employer-facing-mo-005', `11/13 Jack Henry (Ms. Fry) emailed: SSG Hale "did well on the screen", second interview 11/20. Forwarded to vet.`, 'E', 'O', false, [TP, PM, JM]),
  // "Top" is SSG Hale.
  note(MO, 'f14-lver-employer-facing-mo-006', `11/20 Spoke w/ Top (SSG Hale goes by "Top" from his 1SG days) on his cell right after the 2nd interview: went well, offer expected by 12/1. CySA+ module 5 done. ITA continues through CySA+ per IEP.`, 'T', 'P', true, []),
  note(MO, 'f14-lver-employer-facing-mo-007', `11/03 Knob Noster. SrA Tasha Brooks (separating 1/2027) - Hiring Our Heroes intake scheduled 0900. She did not report. Her supervisor emailed later that base legal had her that morning.`, 'I', 'P', false, [UA]),
  note(MO, 'f14-lver-employer-facing-mo-008', `11/05 Email from SrA Brooks: "Sorry about Monday - legal appt ran over. I passed the CDL-A permit test and start the State Fair CC truck course 11/16." LVER replied w/ a new intake time 11/10; she confirmed "see you then". ITA for the CDL course approved per IEP 10/28.`, 'E', 'P', true, []),
  note(MO, 'f14-lver-employer-facing-mo-009', `11/10 SrA Brooks in person, 30 min, LVER office Warrensburg. Course starts 11/16, 4 wks; DOT physical done. ITA covers tuition per IEP; goal regional CDL-A job, Werner/Prime interviews in Dec.`, 'I', 'P', true, []),
  // Provider while she was on the range without a phone: hours, test, attendance, continue.
  note(MO, 'f14-lver-employer-facing-mo-010', `11/30 SrA Brooks on the range all week (no phones). LVER called State Fair CC CDL instructor Mr. Vick: range hrs 28/40, pre-trip passed, 0 absences, road test 12/11. Recommends she continue. ITA continues per IEP.`, 'T', 'V', true, []),
  note(MO, 'f14-lver-employer-facing-mo-011', `12/01 SrA Brooks' mother called from Texas asking whether her daughter "is done with the truck school yet". Told her to ask her daughter. No info shared.`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'f14-lver-employer-facing-mo-012', `11/02 Independence. Employer visit, Ford KC Assembly (Claycomo) HR, for the vet hiring event 11/14. Discussed vets on my list incl. Sgt. Ray Ortiz (USMC). No contact with Sgt. Ortiz.`, 'I', 'O', false, [TP, PM, JM]),
  // Seen across the room is not spoken to.
  note(MO, 'f14-lver-employer-facing-mo-013', `11/14 Ford vet hiring event @ Claycomo. Saw Sgt. Ortiz in line at the Ford table, waved; didn't get to talk.`, 'I', 'P', false, [UA]),
  note(MO, 'f14-lver-employer-facing-mo-014', `11/15 Sgt. Ortiz texted: "Ford wants me for a 2nd interview 11/21!" LVER texted back congrats + asked if his welding class at MCC-Business & Technology is still Tu/Th. He replied "yes, passed my 3G plate this wk". ITA continues (IEP: AWS cert + mfg job).`, 'E', 'P', true, []),
  note(MO, 'f14-lver-employer-facing-mo-015', `11/22 LVER messaged Sgt. Ortiz on LinkedIn asking about the 2nd interview. Shows "Seen".`, 'E', 'P', false, [RP]),
  // His son picked up: an attempt to reach him.
  note(MO, 'f14-lver-employer-facing-mo-016', `11/24 Called Sgt. Ortiz; his son answered, said dad is at welding class, will call back.`, 'T', 'P', false, [UA]),
  note(MO, 'f14-lver-employer-facing-mo-017', `11/05 Cape Girardeau. VA VR&E counselor (Ms. Lutz) called LVER about SPC (Ret.) Jamal Price's Chapter 31 plan - wants to coordinate with WIOA. LVER explained our ITA. No contact w/ Jamal.`, 'T', 'O', false, [TP, PM, JM]),
  // A group workshop, then a 1:1 conversation: the 1:1 is the contact.
  note(MO, 'f14-lver-employer-facing-mo-018', `11/12 Jamal came to the Cape JC for the veterans' resume workshop (group of 9). Afterward LVER talked w/ him 1:1 for 15 min: week 4 of the SEMO IT support certificate, 2 quizzes 88/92, no absences. ITA continues per IEP (IT cert -> help desk job). Next: 12/10.`, 'I', 'P', true, []),
  note(MO, 'f14-lver-employer-facing-mo-019', `11/19 Mailed Jamal the Hire Vets job fair flyer (12/8, Osage Centre) w/ a handwritten note asking him to RSVP.`, 'L', 'P', false, [RP]),
  // A real talk at the VFW lunch, and nothing in it.
  note(MO, 'f14-lver-employer-facing-mo-020', `11/20 Springfield. Talked to PO2 Greene at the VFW post lunch. Said things are good.`, 'I', 'P', true, [PM, JM, NS]),
  // He cancelled through the front desk while the LVER was in the field: nothing exchanged with him.
  note(MO, 'f14-lver-employer-facing-mo-021', `11/24 PO2 Greene's 0830 appt w/ LVER - Greene called the front desk at 0800 to cancel (car trouble); LVER in the field, desk took the message.`, 'T', 'P', false, [UA]),
  note(MO, 'f14-lver-employer-facing-mo-022', `12/01 PO2 Greene (Navy hull tech) reached on his cell at the OTC welding shop during break, 10 min: passed the 2G test 11/28, 85% attendance (missed 3 days, car), instructor moving him to pipe in Jan. ITA continues to the pipe cert per IEP. Next: 1/5.`, 'T', 'P', true, []),

  note(MN, 'f14-lver-employer-facing-mn-001', `10/05/2026 St. Cloud. LVER note. Vet: Sgt. Jenna Kowalski (MNARNG, 12B). In person at St. Cloud CareerForce, 30 min. Week 5 of St. Cloud Tech's electrical lineworker prep, attendance 20/20, climbing cert passed. WF1 activities match ISS. Next: 11/2.`, 'I', 'P', true, []),
  note(MN, 'f14-lver-employer-facing-mn-002', `10/07 Employer outreach: Xcel Energy recruiter (Mr. Hahn) - pitched Sgt. Kowalski for the lineworker apprenticeship; he'll flag her application. No contact w/ vet.`, 'T', 'O', false, [TP, PM]),
  note(MN, 'f14-lver-employer-facing-mn-003', `10/12 Sgt. Kowalski at Camp Ripley for annual training this week. Texted her the Xcel application deadline (10/20). Delivered, no reply.`, 'E', 'P', false, [RP]),
  note(MN, 'f14-lver-employer-facing-mn-004', `10/21 Jenna replied to the 10/12 text: "Back from AT. Applied to Xcel 10/18. Passed my CDL permit too!" LVER replied w/ interview tips.`, 'E', 'P', true, []),
  note(MN, 'f14-lver-employer-facing-mn-005', `10/22 St. Cloud Tech instructor (Mr. Dahl) emailed: Jenna 100% attendance, climbing + pole-top rescue passed, graduates 12/11. Filed.`, 'E', 'V', false, []),
  note(MN, 'f14-lver-employer-facing-mn-006', `11/02 Jenna's husband Mike called - she's at the Xcel pre-employment test today and asked him to tell LVER. Nothing more.`, 'T', 'A', false, [TP, PM]),
  note(MN, 'f14-lver-employer-facing-mn-007', `11/03 Call w/ Jenna 20 min: passed Xcel's CAST test, interview 11/10; lineworker prep 8 of 10 weeks done, all present. ISS: training -> Xcel. Next after the interview.`, 'T', 'P', true, []),
  // Sitting in the audience of a briefing is no exchange with him.
  note(MN, 'f14-lver-employer-facing-mn-008', `10/09 Little Falls. Outreach at the Camp Ripley transition class (briefed 14 service members). Cpl. Aaron Benson (WIOA DW) sat in the back; didn't talk with him.`, 'I', 'P', false, [UA]),
  // Channel named by the office phone he called from.
  note(MN, 'f14-lver-employer-facing-mn-009', `10/16 Cpl. Benson called from the Ripley education office, 15 min: Central Lakes College welding starts 10/26 (ITA approved), finished his TAP capstone, terminal leave begins 11/1. ISS updated. Next: after wk 2.`, 'T', 'P', true, []),
  note(MN, 'f14-lver-employer-facing-mn-010', `11/09 LVER visit to the Central Lakes College welding lab, Brainerd: Benson out sick today. Instructor: 10/10 days before today, 1F/2F passed.`, 'I', 'V', false, []),
  note(MN, 'f14-lver-employer-facing-mn-011', `11/13 Benson and LVER talked in the CLC parking lot after class, 10 min: back in class, 3F done, testing 4F 11/20. Next: 12/11.`, 'I', 'P', true, []),
  note(MN, 'f14-lver-employer-facing-mn-012', `10/14 Eagan. Vet SPC (Ret.) Luis Moreno, 68W. Called re: his EMT-to-paramedic bridge at Inver Hills - rang out, no VM.`, 'T', 'P', false, [UA]),
  note(MN, 'f14-lver-employer-facing-mn-013', `10/15 0910 Luis picked up, said "driving the rig, can't talk, text me"; hung up.`, 'T', 'P', false, [UA]),
  note(MN, 'f14-lver-employer-facing-mn-014', `10/15 text thread (pasted):
LVER: Luis, quick check - how's the bridge going?
Luis: good. A&P II 89, clinical rotations at HCMC start nov
LVER: great, need anything?
Luis: just the book voucher`, 'E', 'P', true, []),
  note(MN, 'f14-lver-employer-facing-mn-015', `10/29 Allina HR emailed LVER asking if Luis is "job ready" for paramedic openings. LVER replied he graduates in May. No contact w/ Luis.`, 'E', 'O', false, [TP, PM]),
  note(MN, 'f14-lver-employer-facing-mn-016', `11/10 Luis ghosted the 1400 Teams check-in; LVER waited 15 min in the meeting.`, 'T', 'P', false, [UA]),
  note(MN, 'f14-lver-employer-facing-mn-017', `11/17 Met Luis at Dakota County CareerForce, 25 min. A&P II final 91; first HCMC clinical shift 11/3, 2 more scheduled. ISS unchanged.`, 'I', 'P', true, []),
  note(MN, 'f14-lver-employer-facing-mn-018', `11/02 Rochester. Vet TSgt (Ret.) Kim Nguyen - mailed the monthly letter (no phone or email on file since her move).`, 'L', 'P', false, [RP]),
  // Her reply came as an e-mailed photo of the reply form.
  note(MN, 'f14-lver-employer-facing-mn-019', `11/18 Kim's reply to the 11/2 letter (emailed a photo of the reply form): working PT at Mayo Clinic materials mgmt, 24 hrs/wk; Rochester CTC supply chain certificate 3 of 5 courses done, B avg.`, 'E', 'P', true, []),
  note(MN, 'f14-lver-employer-facing-mn-020', `Talked to PFC Olson on the phone. He's good.`, 'T', 'P', true, [PM, NS, DM], { noDateField: true }),
  note(MN, 'f14-lver-employer-facing-mn-021', `11/23 Duluth. VA social worker (Ms. Berg) and LVER on a call about PFC Olson's housing; Olson not on the call.`, 'T', 'O', false, [TP, PM]),
  note(MN, 'f14-lver-employer-facing-mn-022', `11/30 PFC Olson walked in to Duluth CareerForce (first visit since Sept), 20 min with LVER: Lake Superior College HVAC, passed the EPA 608 universal, 2 absences in Nov. ISS updated; WF1 activity confirmed.`, 'I', 'P', true, []),
];
