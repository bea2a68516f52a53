/**
 * Trade Adjustment Assistance case managers who head every note with the petition and the benefit week (locked
 * split, batch 16: scored and floored, aggregates only): in Missouri, workers from a Lebanon trailer plant and a
 * Fulton foundry certified under TAA, training at Ozarks Technical Community College's Lebanon center and State
 * Technical College of Missouri, some older workers on RTAA wage subsidies; in Minnesota, workers from a Cloquet
 * paper mill in Lake Superior College nursing and Fond du Lac Tribal and Community College welding, served from
 * CareerForce Duluth and Cloquet. The voice: a benefits administrator's precision on top of counseling - "TAA |
 * TA-W-97,881 | Add'l TRA wk 61 of 78" before the date, training benchmarks, waivers, the training-enrollment
 * deadline, RTAA recalculations, good-cause forms, completion TRA, transportation and subsistence forms; claim
 * processing and registrar verifications sit in the same log as the talks with the worker.
 * Labels come from the policies and the definition of a qualifying contact, written before any checker ran on
 * them. How I read the hard cases: a TRA claim processed or a biweekly certification filed online is no contact;
 * a benchmark form or paystubs mailed back at our request are the worker's written reply (MO §2.3); a registrar
 * with full-time credits, no withdrawals and midterm grades plus "continues per the approved plan" is a provider
 * contact with substantive progress and a reason to continue (MO §2.2), a registrar's bare "enrolled 12 cr" is
 * not; a husband asking about a short TRA check is an alternate with nothing about her progress; a correction
 * saying "not a no-show" is no contact; a log whose latest entries are tries still documents its earlier call;
 * in Minnesota the nursing coordinator's and the clinical instructor's reports, and a wife's news, are recorded
 * (Letter 110, Policy 6), never the monthly contact; Zoom is telephone, texts are e-mail.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l16-taa-petition-weeks';
export const BATCH = 16;

export const NOTES: LabelledNote[] = [
  note(MO, 'l16-taa-petition-weeks-mo-001', `TAA | TA-W-97,881 | Add'l TRA wk 61 of 78 | 10/05/2026 OV w/ Kevin Stroud, 35 min. OTC Lebanon industrial maintenance AAS, fall: PLCs II (B), hydraulics (A), motor controls lab 92%. Attendance 100% per his schedule. Benchmark 4 met. Continue training per IEP and the approved TAA training plan; projected completion 5/2027, within his TRA weeks.`, 'I', 'P', true),
  // Benefit processing: no one talked with anyone.
  note(MO, 'l16-taa-petition-weeks-mo-002', `TAA | TA-W-97,881 | 10/09/2026 TRA claim wk ending 10/03 processed, no issues. Kevin's biweekly cert filed online 10/05.`, '-', '-', false, [CT, NS]),
  note(MO, 'l16-taa-petition-weeks-mo-003', `TAA | TA-W-97,881 | 10/20/2026 Benchmark verification: TC w/ OTC Lebanon registrar re: Kevin - enrolled full time 13 cr, no withdrawals, midterm grades B, A, A-. Registrar confirmed on track for May 2027; training continues per the approved plan.`, 'T', 'V', true),
  // The registrar's e-mail gives one fact and no reason to continue.
  note(MO, 'l16-taa-petition-weeks-mo-004', `TAA | TA-W-97,881 | 10/21/2026 OTC registrar emailed enrollment verification for Tina Marsh: enrolled 12 cr.`, 'E', 'V', false, [TP, PM, JM]),
  note(MO, 'l16-taa-petition-weeks-mo-005', `TAA | TA-W-97,881 | Add'l TRA wk 58 | 10/06/2026 Emailed Tina Marsh the 60-day benchmark form to sign and have her instructor sign. Due 10/20.`, 'E', 'P', false, [RP]),
  // The form came back from her with her own note: her written reply.
  note(MO, 'l16-taa-petition-weeks-mo-006', `TAA | TA-W-97,881 | 10/19/2026 Tina mailed back the benchmark form signed by her and her welding instructor: 240 of 600 shop hrs, 3G plate passed, attendance 96%. Her note on it: "starting pipe next month". Continue approved training per IEP.`, 'L', 'P', true),
  note(MO, 'l16-taa-petition-weeks-mo-007', `TAA | 10/23/2026 Tina's husband called asking why her TRA check was short this week. Explained I can't discuss it without her on the line; he said she's in class til 4.`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'l16-taa-petition-weeks-mo-008', `TAA | 10/23/2026 4:20 Tina called me back from the shop parking lot, 10 min. TRA short because wk ending 10/17 she missed 2 days with no good cause filed - explained the good cause form for her son's surgery. Pipe starts 11/2, 3G passed. Continue per IEP.`, 'T', 'P', true),
  note(MO, 'l16-taa-petition-weeks-mo-009', `TAA | TA-W-97,881 | RTAA | 10/12/2026 Larry Beck (57) reemployed at Lebanon Cabinet Co. at $17.40 vs $23.10 at separation. RTAA wage subsidy calc mailed to him with a request for paystubs.`, 'L', 'P', false, [RP]),
  note(MO, 'l16-taa-petition-weeks-mo-010', `TAA | RTAA | 11/02/2026 No paystubs from Larry. Called, no answer - recording says mailbox not set up.`, 'T', 'P', false, [UA]),
  note(MO, 'l16-taa-petition-weeks-mo-011', `TAA | RTAA | 11/04/2026 Larry emailed 2 paystubs (10/16, 10/30) in reply to my 10/12 letter: 40 hrs/wk at $17.40, now 2nd shift lead trainee. Asked if RTAA continues if he gets a raise - replied yes, recalculated at each raise. Continue RTAA per the approved plan.`, 'E', 'P', true),
  note(MO, 'l16-taa-petition-weeks-mo-012', `TAA | TA-W-97,881 | Add'l TRA wk 66 | 11/09/2026 Zoom w/ Kevin 20 min (snow day at OTC). Motor controls final project 11/20, PLC II midterm B+. Asked about Add'l TRA ending - wk 78 falls in Feb; completion TRA (13 wks) may cover the last term, I'll submit. Continue training per IEP.`, 'T', 'P', true),
  note(MO, 'l16-taa-petition-weeks-mo-013', `TAA | 11/10/2026 Correction: Kevin was not a no-show 11/9, the OV was moved at his request. See 11/9 note.`, '-', '-', false, [CT, NS]),
  note(MO, 'l16-taa-petition-weeks-mo-014', `TAA | TA-W-98,102 | Basic TRA wk 20 | 10/14/2026 Waiver review for Rosa Delgado: called her 2x (9:00, 1:30), no answer, no VM set up. Waiver expires 10/31.`, 'T', 'P', false, [UA]),
  note(MO, 'l16-taa-petition-weeks-mo-015', `TAA | TA-W-98,102 | 10/16/2026 Rosa walked in 10:15, 30 min. Training waiver (State Tech HVAC not enrolling til Jan) renewed thru 1/5. Spring HVAC application submitted 10/15, placement test 11/6. Meanwhile job search: 3 apps this wk. Continue per IEP, training approval pending.`, 'I', 'P', true),
  note(MO, 'l16-taa-petition-weeks-mo-016', `TAA | TA-W-98,102 | 11/07/2026 TC w/ Rosa. Placement test done 11/6, placed in college algebra, accepted for Jan HVAC. TAA training approval packet started - confirmed DOB 07/22/1971 for the form. Continue per IEP.`, 'T', 'P', true, [PII]),
  note(MO, 'l16-taa-petition-weeks-mo-017', `TAA | 11/24/2026 LM for Tina.`, 'T', 'P', false, [UA]),

  note(MN, 'l16-taa-petition-weeks-mn-001', `TAA | TA-W-97,640 Arrowhead Paper (Cloquet) | Add'l TRA wk 55 of 78 | 10/6/26 In person w/ Gail Nordin at CareerForce Duluth, 45 min. LSC practical nursing, fall: pharm B+, med-surg clinical passing, attendance 100%. Benchmark 5 form signed. EP and WF1 training activity reviewed; on track for 5/2027.`, 'I', 'P', true),
  note(MN, 'l16-taa-petition-weeks-mn-002', `TAA | TA-W-97,640 | 10/12/26 Emailed Gail the TRA training attendance form for Oct.`, 'E', 'P', false, [RP]),
  // The nursing coordinator's report: recorded, not the monthly contact.
  note(MN, 'l16-taa-petition-weeks-mn-003', `TAA | TA-W-97,640 | 10/14/26 LSC nursing program coordinator emailed attendance verification for Gail: all Oct clinicals attended, theory exam avg 84.`, 'E', 'V', false),
  note(MN, 'l16-taa-petition-weeks-mn-004', `TAA | TA-W-97,640 | 10/15/26 Gail replied w/ the Oct attendance form signed: no absences, clinical at St. Luke's. Said she passed the dosage calc test 100%.`, 'E', 'P', true),
  note(MN, 'l16-taa-petition-weeks-mn-005', `TAA | TA-W-97,640 | Basic TRA exhausted, Add'l pending | 10/19/26 Called Rick Salo re: Add'l TRA (must be enrolled in training by the deadline). Busy, then NA. Letter mailed same day with the 11/1 deadline.`, 'L', 'P', false, [UA, RP]),
  note(MN, 'l16-taa-petition-weeks-mn-006', `TAA | TA-W-97,640 | 10/26/26 Rick called back, 15 min. Enrolled at Fond du Lac T&CC welding, starts 11/2 - in before the deadline, Add'l TRA ok. Still helping at his brother's bait shop Saturdays. EP updated, WF1 training activity opened.`, 'T', 'P', true),
  note(MN, 'l16-taa-petition-weeks-mn-007', `TAA | 11/4/26 Rick's wife Deb called: he started welding 11/2 and likes it; asked about mileage for the 22 mi drive. Told her Rick needs to call me himself.`, 'T', 'A', false),
  note(MN, 'l16-taa-petition-weeks-mn-008', `TAA | 11/5/26 Emailed Rick the TAA transportation form. 11/9 no reply.`, 'E', 'P', false, [RP]),
  note(MN, 'l16-taa-petition-weeks-mn-009', `TAA | TA-W-97,640 | 11/12/26 Rick came to CareerForce Cloquet to drop off the transportation form and we sat down 20 min: welding wk 2, SMAW 1F and 2F passed, 0 absences. Mileage approved from 11/2. EP reviewed.`, 'I', 'P', true),
  note(MN, 'l16-taa-petition-weeks-mn-010', `TAA | TA-W-97,640 | RTAA | 10/20/26 Zoom w/ Dana Bergstrom 25 min. She's decided not to train (retiring in 14 months). Reemployed at the Fleet Farm warehouse $16.75 vs $24 at the mill. RTAA application started, needs paystubs. EP: RTAA + part-time.`, 'T', 'P', true),
  // Paystubs mailed back at our request: her written reply.
  note(MN, 'l16-taa-petition-weeks-mn-011', `TAA | RTAA | 11/2/26 Dana mailed back my 10/20 RTAA paystub request with 2 stubs (10/17, 10/31), 32 hrs/wk at $16.75, and wrote on it "hours going up soon". Entered in the RTAA calc.`, 'L', 'P', true),
  note(MN, 'l16-taa-petition-weeks-mn-012', `TAA | 11/16/26 Monthly contact - Dana. Called 10:00, no answer. Texted her.`, 'E', 'P', false, [UA, RP]),
  note(MN, 'l16-taa-petition-weeks-mn-013', `TAA | 11/17/26 Dana texted back: "sorry was at work. hours went up to 36, they want me full time in Jan". Replied congrats, RTAA recalculated with the next stub. EP no change.`, 'E', 'P', true),
  // The clinical instructor's bad news: recorded, not the monthly contact.
  note(MN, 'l16-taa-petition-weeks-mn-014', `TAA | 11/18/26 LSC clinical instructor called: Gail failed her med-surg skills check, retake 11/25, may need to repeat clinical.`, 'T', 'V', false),
  note(MN, 'l16-taa-petition-weeks-mn-015', `TAA | TA-W-97,640 | 11/20/26 TC w/ Gail 25 min re: skills check. She's practicing in the lab Tu/Th, retake 11/25. If she fails she repeats med-surg in spring - TAA training amendment needed, TRA wks still ok thru 8/2027. EP: noted possible amendment.`, 'T', 'P', true),
  note(MN, 'l16-taa-petition-weeks-mn-016', `TRA claim processed.`, '-', '-', false, [CT, NS, DM], { noDateField: true }),
  // A log: the 11/19 call is its contact, whatever tries follow.
  note(MN, 'l16-taa-petition-weeks-mn-017', `TAA | Rick - contact log: 11/19 TC w/ Rick, welding wk 3, 3F passed, no absences. 11/23 called re: holiday class schedule, VM, LM. 11/24 called, NA.`, 'T', 'P', true),
];
