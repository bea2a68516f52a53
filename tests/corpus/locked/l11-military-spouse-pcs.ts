/**
 * Military spouses (locked split, batch 11: scored and floored, aggregates only): spouse employment navigators at
 * the St. Robert and Warrensburg job centers beside Fort Leonard Wood and Whiteman AFB, and in St. Cloud, Little
 * Falls and Minneapolis beside Camp Ripley, the Minnesota National Guard and the 934th Airlift Wing, who write
 * polished notes for spouses enrolled as dislocated workers or adults: PCS orders and report dates, household goods
 * pick-up, licensure by endorsement and the nurse licensure compact, MyCAA, Hiring Our Heroes fellowships, the
 * Army Community Service employment office, deployments and homecomings, Beyond the Yellow Ribbon events, Teams and
 * WhatsApp calls from wherever the family happens to be.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. The spouse is the participant. The service member, unless listed as the alternate, is someone else, as
 * are Army Community Service, a fellowship coordinator and an employer's HR; a mother or sister listed on the plan
 * is the alternate (Missouri: counts with substantive progress and a reason to continue, §2.2; Minnesota: recorded,
 * never the monthly contact). A Teams or WhatsApp call that connects by voice is a call; a name on an event list,
 * an uploaded document and an apology after a missed meeting are no exchange.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, note, type LabelledNote } from '../types';

export const STYLE = 'l11-military-spouse-pcs';
export const BATCH = 11;

export const NOTES: LabelledNote[] = [
  note(MO, 'l11-military-spouse-pcs-mo-001', `In-person meeting 8/26/2025 at the job center's outreach desk in the Fort Leonard Wood ACS building. Ms. Okonkwo (RN, multistate license from Texas, valid in Missouri under the compact) has applied to three USAJOBS postings at the post hospital with military spouse preference and one at Phelps Health in Rolla. Her resume was converted to federal format today. IEP goal: RN employment by 11/1; next meeting 9/9 to prepare for interviews.`, 'I', 'P', true, []),
  // The husband is not listed as the alternate and gives only a scheduling message.
  note(MO, 'l11-military-spouse-pcs-mo-002', `SGT Okonkwo (participant's husband) called 9/4/2025: his wife cannot make Thursday's appointment, she is at an EFMP appointment with their son.`, 'T', 'O', false, [TP]),
  // The video failed and the two finished by phone: a telephone contact.
  note(MO, 'l11-military-spouse-pcs-mo-003', `9/9/2025 Teams meeting with Ms. Dubois; video froze after two minutes, so this navigator called her cell and we finished by phone (25 min). Her cosmetology license application by reciprocity is filed with the Missouri board; the board accepted her Georgia hours and she sits the jurisprudence exam 9/30. She has a chair-rental offer in St. Robert once licensed. Continue per IEP; follow up after the exam.`, 'T', 'P', true, []),
  note(MO, 'l11-military-spouse-pcs-mo-004', `Emailed Ms. Pryor 9/15/2025 that her MyCAA funding for the medical coding course was approved and asked her to confirm her start date.`, 'E', 'P', false, [RP]),
  note(MO, 'l11-military-spouse-pcs-mo-005', `Email exchange 10/6/2025. This navigator asked Ms. Pryor how the medical coding course is going. Her reply (10/7): "Module 3 of 8 done, quiz average 91%. The ICD-10 part is hard but I'm keeping up, about 12 hours a week." WIOA covers the CPC exam fee after MyCAA; continue per IEP, next check 11/4.`, 'E', 'P', true, []),
  note(MO, 'l11-military-spouse-pcs-mo-006', `Letter to Ms. Haskins at her on-post housing address returned 10/10/2025: "Unit vacated — PCS".`, 'L', 'P', false, [UA]),
  note(MO, 'l11-military-spouse-pcs-mo-007', `WhatsApp voice call 10/20/2025 with Ms. Pryor from her mother's home in Ponce, PR, where she is for two weeks. Medical coding course continues online: 5 of 8 modules, still averaging 90%. She wants to sit the CPC exam in January; this navigator will request the voucher. Continue per IEP.`, 'T', 'P', true, []),
  note(MO, 'l11-military-spouse-pcs-mo-008', `Fort Leonard Wood spouse hiring fair, Nutter Field House, 10/23/2025. This navigator staffed the WIOA table. Ms. Okonkwo came by and we talked about 10 minutes: second interview with the post hospital's ICU on 10/28, and a tentative offer from Phelps Health she is holding. Will help her compare the offers 10/29. IEP: RN employment.`, 'I', 'P', true, []),
  // A fellowship coordinator from another program reports her placement.
  note(MO, 'l11-military-spouse-pcs-mo-009', `Hiring Our Heroes fellowship coordinator called 10/30/2025: Ms. Dubois accepted into the January spouse fellowship cohort (12 weeks, salon management).`, 'T', 'O', false, [TP]),
  // The unit's homecoming ceremony explains the no-show; it is still a no-show.
  note(MO, 'l11-military-spouse-pcs-mo-010', `Ms. Haskins did not keep her 11/4/2025 10:00 appointment. Per the FRG leader, the battalion's redeployment ceremony was that morning.`, 'I', 'P', false, [UA]),
  // The listed alternate says why she is away, nothing on the training.
  note(MO, 'l11-military-spouse-pcs-mo-011', `11/12/2025 Ms. Pryor's sister (alternate contact on the IEP) returned my call: Ms. Pryor is on bed rest with a high-risk pregnancy and asked her to let me know.`, 'T', 'A', false, [TP, PM]),
  note(MO, 'l11-military-spouse-pcs-mo-012', `Voicemail left for Ms. Haskins 12/1/2025 and 12/3/2025 at 573-555-0117.`, 'T', 'P', false, [UA]),
  note(MO, 'l11-military-spouse-pcs-mo-013', `1/14/2026 in person, Warrensburg job center. Ms. Ferreira (spouse, Whiteman AFB) passed CompTIA A+ Core 1 (712) on 1/9 at State Fair Community College; Core 2 is scheduled 2/20. She is studying evenings while her husband is TDY. ITA continues through Security+ per IEP; next meeting 2/24.`, 'I', 'P', true, []),
  // A copy of orders uploaded to the portal is a document, not an exchange.
  note(MO, 'l11-military-spouse-pcs-mo-014', `Copy of PCS orders uploaded by Ms. Ferreira to the document portal 3/2/2026: report date Fort Carson 4/15/2026.`, '-', '-', false, []),
  note(MO, 'l11-military-spouse-pcs-mo-015', `Telephone 3/18/2026 with Ms. Ferreira before the PCS. Core 2 passed 2/20 (A+ complete); Security+ course at week 4 of 10, she can finish it online from Colorado. Household goods pick-up 4/6. With her consent this navigator referred her to the Pikes Peak workforce center for co-enrollment and a warm hand-off; Missouri services continue until she is enrolled there.`, 'T', 'P', true, []),
  // Another program's staff reporting a workshop.
  note(MO, 'l11-military-spouse-pcs-mo-016', `Email 3/20/2026 from the ACS Employment Readiness Program manager: Ms. Haskins attended the federal resume workshop on 3/19.`, 'E', 'O', false, [TP]),
  note(MO, 'l11-military-spouse-pcs-mo-017', `Emailed Ms. Haskins 3/23/2026 asking whether she still wants WIOA services. She wrote back the same day: "yes".`, 'E', 'P', true, [PM, JM, NS]),

  note(MN, 'l11-military-spouse-pcs-mn-001', `In person 2/3/2026, St. Cloud CareerForce. Mrs. Lindahl's husband deployed with the 34th Red Bull to Kuwait in January. She is in the LPN-to-RN bridge at the technical college, second semester, 3.4 GPA, clinicals at CentraCare start 3/2. Childcare for clinical days is the barrier; this navigator referred her to the Guard's family assistance and will check on it 2/17.`, 'I', 'P', true, []),
  // The deployed husband writes about his wife's funding: someone else, and no progress.
  note(MN, 'l11-military-spouse-pcs-mn-002', `Email 2/10/2026 from SSG Lindahl (participant's husband, deployed) asking whether WIOA can pay for his wife's NCLEX review course.`, 'E', 'O', false, [PM]),
  note(MN, 'l11-military-spouse-pcs-mn-003', `Text reminder sent 2/16 to Mrs. Lindahl for the 2/17 call. No reply.`, 'E', 'P', false, [RP]),
  note(MN, 'l11-military-spouse-pcs-mn-004', `Phone 2/19/2026 with Mrs. Lindahl. Passed pharmacology (B+); the Guard family assistance coordinator found her a drop-in daycare for clinical days. Clinicals start 3/2 as planned.`, 'T', 'P', true, []),
  // The navigator never saw her; her name was only on the RSVP list.
  note(MN, 'l11-military-spouse-pcs-mn-005', `Beyond the Yellow Ribbon event, Brainerd, 3/7/2026: staffed the CareerForce table. Mrs. Lindahl was on the RSVP list; did not see her.`, '-', '-', false, []),
  // Her mother, listed on the plan, gives real progress: recorded, not the monthly contact.
  note(MN, 'l11-military-spouse-pcs-mn-006', `3/16/2026 Mrs. Lindahl's mother (alternate contact) called back for her: clinicals going well, two absences so far when the baby was sick, instructor evaluation "satisfactory" at midterm.`, 'T', 'A', false, []),
  // A Teams call with no camera is a voice call.
  note(MN, 'l11-military-spouse-pcs-mn-007', `Teams call 3/24/2026 with Mrs. Bakke (audio only, her camera is broken). Her Tier 2 teaching license by portfolio was approved by PELSB on 3/20; she starts subbing in Little Falls schools next week and applied for the fall 4th-grade opening. Next check after her interview.`, 'T', 'P', true, []),
  note(MN, 'l11-military-spouse-pcs-mn-008', `Mrs. Lindahl mailed back the ISS signature page 4/2/2026 with a sticky note: "Passed my HESI exit exam! 88. Graduation 5/15."`, 'L', 'P', true, []),
  // The husband answered her phone and only took a message.
  note(MN, 'l11-military-spouse-pcs-mn-009', `Called Mrs. Bakke 4/6; her husband (home on leave) answered her phone, said she was out with the kids and he'd tell her I called.`, 'T', 'P', false, [UA]),
  // An employer's HR verifying the hire is someone else: recorded, no contact with her.
  note(MN, 'l11-military-spouse-pcs-mn-010', `CentraCare HR called 4/9/2026 to verify Mrs. Lindahl's training dates for her conditional RN offer (start 6/8, $36.50/hr pending NCLEX).`, 'T', 'O', false, []),
  // A covering counselor who met her in person has a contact of her own.
  note(MN, 'l11-military-spouse-pcs-mn-011', `Covering for the spouse navigator (out sick). Met with Mrs. Bakke in person 4/14/2026 when she came in for her appointment. She interviewed for the 4th-grade job 4/10 and is subbing three days a week. Updated her resume with the subbing. Navigator back 4/16.`, 'I', 'P', true, []),
  note(MN, 'l11-military-spouse-pcs-mn-012', `Email exchange 4/21–4/22/2026 with Mrs. Sato (Air Force Reserve spouse, PCS from Hickam to the 934th in January). She asked if WIOA covers the Minnesota licensing exams for her respiratory therapy license; this navigator answered yes and sent the form. She replied 4/22 that she passed the TMC exam 4/18 and attached the score report; clinical simulation exam is 5/12.`, 'E', 'P', true, []),
  // An e-mail that bounced never reached her.
  note(MN, 'l11-military-spouse-pcs-mn-013', `Email to Mrs. Sato's old work address 5/4 bounced (address not found). Will use her personal email.`, 'E', 'P', false, [UA]),
  note(MN, 'l11-military-spouse-pcs-mn-014', `LinkedIn messages 5/11/2026: Mrs. Bakke wrote "I got the 4th grade job!! Thank you!" This navigator replied congratulations and asked for a copy of the offer letter. She sent it the same evening: start 8/24, $49,800, Little Falls Community Schools.`, 'E', 'P', true, []),
  // Her apology after the missed meeting is no contact.
  note(MN, 'l11-military-spouse-pcs-mn-015', `Waited 45 min for Mrs. Sato at the Little Falls library 5/13 (her choice of place). She didn't come. She texted at 6 pm "omg sorry I totally forgot".`, 'I', 'P', false, [UA]),
  note(MN, 'l11-military-spouse-pcs-mn-016', `Phone 5/20/2026, Mrs. Lindahl called me back. Her husband's unit comes home 6/2; she graduated 5/15 and her NCLEX is 6/20. She asked to pause services for the homecoming week; planned gap 6/1–6/7 entered. Next call 6/9 to prep for NCLEX.`, 'T', 'P', true, []),
  // Reading her name in a newsletter is reported news, not a contact.
  note(MN, 'l11-military-spouse-pcs-mn-017', `Saw in the Red Bull FRG newsletter (June) that Mrs. Lindahl started at CentraCare as a graduate nurse. Will confirm at next contact.`, '-', '-', false, []),
];
