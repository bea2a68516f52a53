/**
 * Financial coaching bundled with WIOA services (fresh split: new voices, scored and listed but not floored yet).
 * The voice: staff of a Financial Opportunity Center-style program where the WIOA career coach and the financial
 * coach sit side by side, or are the same person: sessions numbered "FC #3", credit scores from soft pulls
 * ("582 -> 611"), net income and budget surplus, debt-to-income, Bank On accounts, credit-builder loans, IDA
 * matches, benefits screenings and cliff talk, VITA tax appointments, and the outcome fields their database wants
 * ("Bundled: Y"); the workforce part sometimes reduced to a line at the end, sometimes missing.
 * Sources of realism: bundled-services centers in Kansas City, St. Louis, Minneapolis and Saint Paul, the outcome
 * tracking those networks ask for, credit-union partners.
 * How the policy is read here: a coaching session with the participant, in person, by phone or by video, is a
 * contact (MO §2.1-2.2; MN Letter 110 ¶2). What she is enrolled in under WIOA is training, job search or work
 * experience: a credit score, a budget or a benefits screening is not progress in that activity, so a session that
 * reports only money has progress missing (and, in Missouri, the reason to continue services). A soft credit pull,
 * a VITA log line or a credit union's call are not her contact; the credit union, a volunteer preparer and a
 * landlord are other parties. A budget sheet e-mailed to her counts once she answers it.
 * A note listing attempts by several means is typed by the last one tried.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'financial-coaching';

export const NOTES: LabelledNote[] = [
  note(MO, 'financial-coaching-mo-001', `FC #1 + career coaching, in person, 3/2/26, KC Prosperity Center. Bundled: Y. Built a first budget with cust: net $1,840/mo (DoorDash + part-time at Price Chopper), $210 short each month. Credit 548 (soft pull, consent on file). Career: she starts the Medical Assistant program at Concorde KC 3/16, ITA approved; her Pell covers part. Justification: MA job pays ~$19/hr vs $13.50 now, closing the budget gap per IEP.`, 'I', 'P', true, []),
  note(MO, 'financial-coaching-mo-002', `Soft credit pull 3/4/26 for cust (consent on file): 552, 3 collections, 1 open card at 94% utilization.`, '-', '-', false, [CT, NS]),
  // A full money session, but nothing about the MA program she is enrolled in.
  note(MO, 'financial-coaching-mo-003', `FC #2 by phone 3/18/26, 35 min. Reviewed the budget: cut $85 in subscriptions, set up Bank On account at Community America CU, enrolled in the $500 credit-builder loan. Discussed disputing one medical collection. Next FC in 30 days.`, 'T', 'P', true, [PM, JM]),
  note(MO, 'financial-coaching-mo-004', `E-mailed cust the budget worksheet and the dispute letter template 3/19/26.`, 'E', 'P', false, [RP]),
  note(MO, 'financial-coaching-mo-005', `Cust e-mailed back 3/23/26 with the completed budget: surplus now $40/mo. She wrote "first week of MA class done, I love it, 100% so far on the quizzes, clinical skills lab is Thursdays." Continue ITA per IEP; FC #3 in April.`, 'E', 'P', true, []),
  note(MO, 'financial-coaching-mo-006', `Community America CU called 3/25/26: cust's credit-builder loan funded, first payment due 4/20.`, 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'financial-coaching-mo-007', `FC #3 no-show 4/15/26. Called cust, VM full. Texted new time 4/22.`, 'E', 'P', false, [UA, RP]),
  note(MO, 'financial-coaching-mo-008', `FC #3 + career check-in 4/22/26 via Zoom. Cust on camera from the Concorde library. Week 6 of MA program, attendance 100%, 93% avg, externship application in. Credit 588 (+36). Made first credit-builder payment early. Continue ITA per IEP; discuss car savings goal next time.`, 'T', 'P', true, []),
  note(MO, 'financial-coaching-mo-009', `VITA site log 2/14/26: cust's 2025 return filed by volunteer preparer, EITC $3,120. (Per log; not seen by this coach.)`, '-', '-', false, [CT, NS]),
  note(MO, 'financial-coaching-mo-010', `New cust (St. Louis FOC) intake 3/5/26 in person. DW from the Boeing supplier layoff. Benefits screening: UI $320/wk, no SNAP eligibility, spouse's income counted. Wants the CDL at Missouri Truck Driving Academy (4 wks). Credit 701; no debt issues. IEP: OST - CDL-A; ITA justified, local CDL openings pay $24-28/hr vs UI ending 6/1.`, 'I', 'P', true, []),
  note(MO, 'financial-coaching-mo-011', `Cust and spouse in person 3/26/26 for the joint budget (FC #2). Spouse did most of the budget talk; cust said CDL school is going well - passed the pre-trip 3/24, 60 of 160 hrs done. Emergency fund goal $1,000 by June. Continue OST per IEP.`, 'I', 'P', true, []),
  note(MO, 'financial-coaching-mo-012', `Talked budget with cust.`, '-', 'P', false, [CT, PM, JM, NS]),
  note(MO, 'financial-coaching-mo-013', `Cust's landlord called 4/2/26 asking if the program can pay April rent. Told him we can only discuss with cust. No info on cust's training.`, 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'financial-coaching-mo-014', `Returned cust's call 4/3/26 about rent; we talked 20 min. April rent short $300 because CDL school means fewer hours at his side job. Emergency rent referral to Salvation Army made. CDL: passed range test 4/1, 120 of 160 hrs, road test 4/14. Continue OST per IEP; supportive svc limits explained.`, 'T', 'P', true, []),
  note(MO, 'financial-coaching-mo-015', `Mailed cust the IDA program application 4/6/26.`, 'L', 'P', false, [RP]),
  note(MO, 'financial-coaching-mo-016', `Cust came in 4/20/26 to sign the IDA agreement ($1 match per $1 saved, up to $2,000, for a car). Stayed 10 min. Cust gave SSN 512-55-0198 for the IDA bank form; entered there only.`, 'I', 'P', true, [PM, JM, PII]),
  // Her text only cancels the session: like a no-show, an attempt that did not happen.
  note(MO, 'financial-coaching-mo-017', `FC #4 cancelled by cust (texted "sick") 5/4/26.`, 'E', 'P', false, [UA]),
  note(MO, 'financial-coaching-mo-018', `FC #4 phone 5/11/26. Cust passed CDL road test 4/14, license issued 4/16; hired by Schnuck's distribution as a driver, $26/hr, starts 5/18. Budget re-done on new income: surplus $640/mo; IDA deposits $200/mo. Employment goal met per IEP; retention services and FC continue.`, 'T', 'P', true, []),
  note(MO, 'financial-coaching-mo-019', `Credit report dispute letter for cust mailed to Equifax 5/12/26.`, 'L', 'O', false, [TP, PM, JM]),
  note(MO, 'financial-coaching-mo-020', `Benefits cliff calculator run for cust (no contact), 5/14/26: at $26/hr her childcare subsidy ends; net gain still +$410/mo.`, '-', '-', false, [CT, NS]),
  note(MO, 'financial-coaching-mo-021', `In person 5/28/26 - cust brought her MA externship timesheet: 80 of 160 hrs at Truman Medical Center, evaluation "meets/exceeds" in all areas. Credit 611. Car fund $450. Continue ITA through externship completion 6/26 per IEP, then job placement.`, 'I', 'P', true, []),

  note(MN, 'financial-coaching-mn-001', `FC session 1 + career, in person 3/3 at Northside Opportunity Center, Minneapolis. Bundled. Client on MFIP, 2 kids. Budget: net $1,610, short $140/mo. Credit 520. Career: enrolled in the Medical Office Assistant class at MCTC, started 2/23, 2 weeks done, no absences. ISS updated with the training activity.`, 'I', 'P', true, []),
  note(MN, 'financial-coaching-mn-002', `Soft pull 3/5 (consent on file): 523, 2 collections (Xcel, Verizon).`, '-', '-', false, [CT, NS]),
  // A rich money session with nothing about the class she is enrolled in: results in the activity are missing.
  note(MN, 'financial-coaching-mn-003', `FC session 2 by phone 3/17, 40 min. Set up a payment plan with Xcel ($35/mo), opened a Bank On account at Sunrise Banks, talked about the MFIP exit cliff. Next FC 4/14.`, 'T', 'P', true, [PM]),
  note(MN, 'financial-coaching-mn-004', `E-mailed client the spending tracker 3/18.`, 'E', 'P', false, [RP]),
  note(MN, 'financial-coaching-mn-005', `Client replied 3/24 with the tracker filled in and wrote: "Class is going ok, I got 85 on the terminology test. My car needs brakes though." Replied with the car repair program info. ISS reviewed.`, 'E', 'P', true, []),
  note(MN, 'financial-coaching-mn-006', `Sunrise Banks called 3/26 to confirm the client's account opened and the first direct deposit posted.`, 'T', 'O', false, [TP, PM]),
  note(MN, 'financial-coaching-mn-007', `FC session 3, 4/14 - client did not show. Called, no answer. Left VM.`, 'T', 'P', false, [UA]),
  note(MN, 'financial-coaching-mn-008', `Client called 4/15 to apologize - son was sick. Rescheduled FC to 4/21. She said class is fine.`, 'T', 'P', true, [PM]),
  note(MN, 'financial-coaching-mn-009', `FC session 3, video 4/21 (Google Meet). Client: MOA class 8 of 16 weeks, 92% attendance, passed the medical billing module with 88. Credit 561 (+38). Brakes fixed through the car repair program. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'financial-coaching-mn-010', `Saint Paul client, DW (Target HQ layoff). Intake in person 3/9 at East Side Opportunity Center. Severance ends 5/1; UI filed. Wants the project management certificate (Google + PMP prep) through Saint Paul College. Credit 742. ISS started, OST PM cert.`, 'I', 'P', true, []),
  note(MN, 'financial-coaching-mn-011', `VITA appointment for client 3/12 with volunteer; return filed. (Per VITA schedule.)`, '-', '-', false, [CT, NS]),
  note(MN, 'financial-coaching-mn-012', `Benefits screening done with client.`, '-', 'P', false, [CT, PM, NS, DM], { noDateField: true }),
  note(MN, 'financial-coaching-mn-013', `Phone 4/6 with client: Google PM cert 4 of 6 courses done on Coursera, PMP prep class starts 4/20 at Saint Paul College. Budget fine on UI. Wants resume help. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'financial-coaching-mn-014', `Sent client an e-mail 4/27 with the resume template and a budget check-in form. Sent a reminder 5/4.`, 'E', 'P', false, [RP]),
  note(MN, 'financial-coaching-mn-015', `Client's sister (listed as emergency contact) called 5/6 to ask if the program can help with client's rent.`, 'T', 'A', false, [TP, PM]),
  note(MN, 'financial-coaching-mn-016', `In person 5/12 with client and her 2 kids at the center. Finished the MOA class 5/8, all modules passed; applied to 4 clinics. MFIP counselor knows. Credit 574. Emergency fund $120. ISS updated: training complete, job search.`, 'I', 'P', true, []),
  // Her photo came one way, with no word from her and no answer from the coach: a one-way text awaiting an exchange.
  note(MN, 'financial-coaching-mn-017', `Client texted a photo of her offer letter 5/20 (Allina clinic, front desk, $20.50/hr). No message.`, 'E', 'P', false, [RP]),
  note(MN, 'financial-coaching-mn-018', `Called client 5/21 about the offer letter she sent - talked 15 min. Starts 6/1, 40 hrs; worried about MFIP ending and childcare copay. Ran the cliff calculator together: +$520/mo after childcare. ISS updated with employment.`, 'T', 'P', true, []),
  note(MN, 'financial-coaching-mn-019', `Credit-builder loan application submitted for client to Sunrise Banks 5/22.`, '-', '-', false, [CT, NS]),
  note(MN, 'financial-coaching-mn-020', `Client came in 5/26 to sign IDA papers; DOB 07/11/1989 and account # written in this note by mistake - removed from bank form copy. Quick chat, all good.`, 'I', 'P', true, [PM, NS, PII]),
  note(MN, 'financial-coaching-mn-021', `Left VM 6/9 for DW client re: PMP exam date. E-mailed 6/9 too. No reply.`, 'E', 'P', false, [UA, RP]),
];
