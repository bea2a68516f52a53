/**
 * Eligibility and intake desks (locked split, batch 10: scored and floored, aggregates only): eligibility
 * specialists, temp staff hired for an intake surge, and a state monitor's corrective-action items, writing the
 * notes around WIOA Adult and Dislocated Worker determinations in Jefferson County and St. Louis County, Missouri,
 * and in Rice and Olmsted counties, Minnesota: document checklists (identity, right to work, Selective Service,
 * low income, layoff notice, UI determination), self-attestation forms, FAMIS and MAXIS look-ups, re-determinations
 * of household income, kiosk help, Selective Service status-information letters, "Finding 2 / Corrective action".
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A document viewed, a look-up in another agency's system, a drop-box delivery, a file audit and a
 * corrective action that adds paperwork are no contact. A temp or an eligibility specialist is agency staff: a
 * talk with the person counts, whatever its subject. A form mailed back with a note, or an e-mail answering the
 * writer's request, is the participant's written reply. A former employer's HR and a girlfriend not listed are
 * someone else; a spouse giving household income is the alternate with nothing on progress; a registrar or
 * instructor is the provider (Missouri: counts with substantive progress and a reason to continue, §2.2;
 * Minnesota: recorded, never the monthly contact).
 */
import { MO, MN, PM, JM, UA, RP, TP, DM, CT, PII, note, type LabelledNote } from '../types';

export const STYLE = 'eligibility-intake';
export const BATCH = 10;

export const NOTES: LabelledNote[] = [
  note(MO, 'eligibility-intake-mo-001', `ELIGIBILITY INTERVIEW — in person, Arnold Job Center, 1/6/2025.
DW: laid off 12/20/24 from Midwest Plastics (Festus), plant closure; layoff letter + UI monetary determination viewed. Sel Svc: verified online, registered. ID/right to work: DL + passport viewed.
Customer scored TABE math 9.1, reading 11.4. Eligible DW, enrolled today. IEP: CNC machinist certificate at Jefferson College, spring start 1/21; ITA request submitted. Next contact: first week of class.`, 'I', 'P', true, []),
  // An errand at the front desk: documents handed over, no conversation with staff about her plan.
  note(MO, 'eligibility-intake-mo-002', `Customer dropped off birth certificate and DD-214 at the front desk 1/9; reception scanned and returned them to her.`, 'I', 'P', false, []),
  note(MO, 'eligibility-intake-mo-003', `E-mailed customer 1/13 asking for her last 6 months of paystubs for the low-income determination.`, 'E', 'P', false, [RP]),
  note(MO, 'eligibility-intake-mo-004', `Customer replied 1/16 to my 1/13 e-mail with 6 paystubs attached and wrote that her hours at Dollar General were cut to 18/wk and she starts the CNA class at Jefferson College 1/27. Low income confirmed; enrolled WIOA Adult. IEP goal CNA; ITA for the CNA course approved.`, 'E', 'P', true, []),
  note(MO, 'eligibility-intake-mo-005', `FAMIS inquiry 1/17: SNAP active for customer's household. Low-income priority of service documented. No contact.`, '-', '-', false, []),
  note(MO, 'eligibility-intake-mo-006', `TC 1/21/25 — customer answered; we completed the homeless self-attestation by phone (she has been sleeping in her car since 12/30). She is still set to start CNA 1/27 and needs scrubs and a gas card. Supportive services approved; IEP signing 1/24 at 2:00.`, 'T', 'P', true, []),
  // A real contact by temp intake staff; he is not enrolled yet, so there is no progress to report.
  note(MO, 'eligibility-intake-mo-007', `TEMP INTAKE (Kelly Services) — 2/10/25 — Helped customer at kiosk 3 finish his jobs.mo.gov registration and the WIOA pre-application. Laid off from a GM Wentzville supplier 1/31. Gave him the DW document checklist and booked eligibility appt 2/14 9:00 with Sandra.`, 'I', 'P', true, [PM]),
  note(MO, 'eligibility-intake-mo-008', `Customer no-show for 2/14 9:00 eligibility appt. Called 9:30, no answer, mailbox not set up.`, 'T', 'P', false, [UA]),
  note(MO, 'eligibility-intake-mo-009', `Walk-in 2/18. Customer brought layoff notice, UI determination, DL and SS card. Eligible DW, enrolled. IEP: welding certificate at St. Louis Community College (Forest Park), starts 3/31; until then he will do the Job Center's OSHA 10 online and job search for temporary work. Next contact by 3/31.`, 'I', 'P', true, []),
  note(MO, 'eligibility-intake-mo-010', `Eligibility interview in person 2/20. Right to work: SS card viewed (SSN 491-62-0784), DL viewed. Customer is in week 4 of the Truck Driver course at the Vatterott campus and passed the CDL permit 2/17. Eligible Adult (low income, SNAP). ITA continues per IEP through the road test.`, 'I', 'P', true, [PII]),
  note(MO, 'eligibility-intake-mo-011', `STATE MONITOR FINDING 2 (desk review 2/25/25): no 600 CMC in 94 days (11/18/24–2/20/25); soft exit risk.
Corrective action: CM called customer 2/26 at 10:10 — no answer, VM left. 90-day letter mailed 2/26.`, 'T', 'P', false, [UA, RP]),
  note(MO, 'eligibility-intake-mo-012', `CORRECTIVE ACTION (Finding 2) — completed: CM met customer in person at Jefferson College 3/5/25 between classes. Week 6 of the CNC machinist certificate, 2 of 4 NIMS credentials passed (measurement, CNC milling operations). IEP continues; ITA through the May completion.`, 'I', 'P', true, []),
  // The spouse answers for the household's income, not for his progress in training.
  note(MO, 'eligibility-intake-mo-013', `Re-determination 3/10: called to verify household income. Spouse answered, customer was in class; she said she now works 40 hrs at Hussmann, $17.25/hr, and faxed her paystub.`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'eligibility-intake-mo-014', `E-mail from STLCC registrar's office 3/14: customer enrolled in the welding certificate, start date 3/31.`, 'E', 'V', false, [TP, PM, JM]),
  note(MO, 'eligibility-intake-mo-015', `Selective Service: customer is 27 and never registered. Mailed him the request-for-status-information letter form 3/17 with instructions.`, 'L', 'P', false, [RP]),
  note(MO, 'eligibility-intake-mo-016', `Customer mailed back the SSS status information letter 4/14 with a note: "I was in foster care till 18 and nobody ever told me. Week 2 of welding is going good, I passed the flat plate test." Non-registration not knowing and willful: eligibility stands. ITA continues per IEP.`, 'L', 'P', true, []),
  note(MO, 'eligibility-intake-mo-017', `Home visit for the re-determination at customer's kitchen table today; income docs verified, still eligible Adult. She finished CNA classroom with a 92 and starts clinicals next week. IEP continues through the state exam.`, 'I', 'P', true, [DM], { noDateField: true }),

  note(MN, 'eligibility-intake-mn-001', `Eligibility appointment in person 1/13/25, Faribault WorkForce Center. DW: laid off 12/13/24 from Northstar Printing (notice of layoff and UI determination viewed). CASAS reading 248. Eligible DW, enrolled in WF1. ISS: CompTIA A+ / IT support certificate at South Central College, starts 2/10.`, 'I', 'P', true, []),
  note(MN, 'eligibility-intake-mn-002', `Self-attestation form for the layoff date mailed 1/14. Client returned it signed 1/24 with a note: "went to the IT info night, registered for 12 credits, books ordered." Form and note in record.`, 'L', 'P', true, []),
  note(MN, 'eligibility-intake-mn-003', `MAXIS inquiry 1/31: client's MFIP case closed 1/31 (earned income). No contact.`, '-', '-', false, []),
  note(MN, 'eligibility-intake-mn-004', `Phone call with client 2/4. Verified he has no income since the layoff other than UI. Class starts 2/10, books picked up, laptop from the college loan program. ISS reviewed and current in WF1.`, 'T', 'P', true, []),
  // A former employer's HR confirms a date for eligibility; it is neither provider nor alternate.
  note(MN, 'eligibility-intake-mn-005', `Called Northstar Printing HR 2/5 for a layoff verification. HR confirmed last day worked 12/13/24, permanent layoff.`, 'T', 'O', false, []),
  note(MN, 'eligibility-intake-mn-006', `Client dropped his UI determination in the drop box 2/6. Scanned to record.`, '-', '-', false, []),
  // A real call by the intake temp; he is not enrolled yet, so there is no progress.
  note(MN, 'eligibility-intake-mn-007', `Intake temp — 2/11 — screened client by phone for the DW program: laid off 1/31 from a Rochester auto dealership (detailer). Booked eligibility appt 2/18 10:00 and e-mailed him the document checklist.`, 'T', 'P', true, [PM]),
  note(MN, 'eligibility-intake-mn-008', `No-show 2/18 10:00 eligibility appt. Called at 10:20, no answer.`, 'T', 'P', false, [UA]),
  note(MN, 'eligibility-intake-mn-009', `Client came in 2/20 for eligibility. Eligible DW, enrolled in WF1. ISS: HVAC-R diploma at Riverland Community College, starting 3/17. CASAS math 236; he will do the math refresher in the meantime.`, 'I', 'P', true, []),
  note(MN, 'eligibility-intake-mn-010', `Supervisor eligibility audit 3/3: file complete, all documents in record, eligibility correctly determined.`, '-', '-', false, []),
  note(MN, 'eligibility-intake-mn-011', `DEED monitoring finding (3/2025 review): progress notes show no client contact for January.
Corrective action: emailed client 3/12 for his monthly contact; he replied 3/13 with his spring grades so far (A, A-, B) and 100% attendance. Grades placed in record; record reviewed.`, 'E', 'P', true, []),
  note(MN, 'eligibility-intake-mn-012', `Corrective action for the same finding: the January attempt (contact letter mailed 1/6) is now documented in progress notes 3/12. No response was received.`, 'L', 'P', false, [RP]),
  note(MN, 'eligibility-intake-mn-013', `Client's girlfriend called 3/20 to say he got a job offer and might quit school.`, 'T', 'O', false, []),
  note(MN, 'eligibility-intake-mn-014', `Phone 3/24 with client. He is staying in the HVAC-R program; the job offer was part-time evenings at Menards (16 hrs/wk) and he took it. First week of class went fine. ISS reviewed, activities current.`, 'T', 'P', true, []),
  note(MN, 'eligibility-intake-mn-015', `Riverland HVAC instructor emailed 4/15: client's midterm grades B and B+, attendance 95%. Copy to record.`, 'E', 'V', false, []),
  note(MN, 'eligibility-intake-mn-016', `In person 4/8 at the Rochester office to re-do his release forms: client wrote his SSN 503-18-2274 on the form and I copied it here for the WF1 update. Classes going well, passed the EPA 608 Type I. ISS reviewed.`, 'I', 'P', true, [PII]),
  // "Talked with" is a two-way contact; the note never says whether by phone or in person.
  note(MN, 'eligibility-intake-mn-017', `Talked with client 4/29: he passed EPA 608 Type II and is on track to finish the diploma in December. Record reviewed.`, '-', 'P', true, [CT]),
];
