/**
 * Notes written around supportive services: gas cards, bus passes, childcare, car repairs, uniforms and tools,
 * mileage and reimbursement checks, with vendors, county childcare workers and the front desk in the middle
 * (fresh split: new voices, scored and listed but not floored yet). Labels come from the policies and the
 * definition of a qualifying contact in ARCHITECTURE.md, written before the checker ever ran on them.
 * A payment processed, a receipt filed or a card left at the desk is no contact; a vendor or a county worker is
 * "other"; a form the participant mails back is a letter response (it counts, and says nothing of progress).
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'supportive-services';

export const NOTES: LabelledNote[] = [
  note(MO, 'supportive-services-mo-001', 'Supportive services: customer came in 3/3 for a $50 gas card for clinical travel to Cox South. Customer reports she is in week 9 of 16 in the LPN program at OTC, all clinicals attended, 86% in Med-Surg. Gas card issued per the IEP supportive services plan; continue ITA and mileage through completion. Receipt signed.', 'I', 'P', true, []),
  note(MO, 'supportive-services-mo-002', 'Gas card request approved by supervisor 3/5; card #4471 left at the front desk for customer pickup.', '-', '-', false, [CT, NS]),
  note(MO, 'supportive-services-mo-003', 'Called Midas on S. Glenstone 3/10 to confirm the repair estimate for customer\'s car ($640, brakes and tie rod). Vendor will invoice WIOA.', 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'supportive-services-mo-004', 'Customer called 3/12 asking if the car repair was approved. Told her yes; Midas will call her. She said she has missed 2 days of CDL school without the car and the instructor is letting her make up range hours on Saturday. Continue ITA and supportive services per IEP.', 'T', 'P', true, []),
  note(MO, 'supportive-services-mo-005', 'Childcare assistance: mailed customer the Child Care Subsidy referral and the WIOA childcare form 4/1; asked her to return it with her class schedule.', 'L', 'P', false, [RP]),
  // The mailed-back form is the customer's letter response (§2.3); it shows enrollment, not progress or a reason to continue.
  note(MO, 'supportive-services-mo-006', 'Customer returned the childcare form by mail 4/9 with her spring class schedule (M-Th 8-2, Medical Assistant program at Bryan University). No note or other contact.', 'L', 'P', true, [PM, JM]),
  note(MO, 'supportive-services-mo-007', '31-day bus pass issued to customer at OV 4/14. Customer reports he started the forklift course at MCC-Maple Woods 4/7, has attended all days, written test 4/21. Continue ITA and transportation support per IEP.', 'I', 'P', true, []),
  note(MO, 'supportive-services-mo-008', 'Customer no-show for the 4/28 appointment to sign the supportive services agreement. Bus pass not issued.', 'I', 'P', false, [UA]),
  note(MO, 'supportive-services-mo-009', 'Receipts for uniform and shoes ($112.40) received in interoffice mail from the Sedalia office 5/2. Reimbursement entered.', '-', '-', false, [CT, NS]),
  note(MO, 'supportive-services-mo-010', 'Texted customer 5/6: "Your reimbursement check is ready at the front desk." No reply; check still at the desk 5/13.', 'E', 'P', false, [RP]),
  note(MO, 'supportive-services-mo-011', 'Customer called 5/15 about the reimbursement check: she cannot pick it up until Friday because she now works 7-3 at the Tyson plant (started 5/5, $17.40/hr). Mailed the check at her request. Training complete; move to follow-up services per IEP.', 'T', 'P', true, []),
  note(MO, 'supportive-services-mo-012', 'TC w/ customer 6/2 re: car insurance payment. Processed.', 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'supportive-services-mo-013', 'Customer\'s mother called 6/9 to ask whether WIOA pays for daycare during the summer term. Told her CM can only discuss that with the customer; asked her to have the customer call.', 'T', 'A', false, [TP, PM, JM]),
  note(MN, 'supportive-services-mn-001', 'Support services: met with client 2/3 at the WFC and issued a $40 gas card for NCTC clinical travel. Client is in week 4 of Practical Nursing clinicals at Sanford Thief River Falls, all shifts attended, passed the med-math test (96%). Gas log reviewed; ISS updated.', 'I', 'P', true, []),
  // The client only asked for the card; the counselor's answer has no reply.
  note(MN, 'supportive-services-mn-002', 'Gas card request from client by email 2/10: "I need gas money for clinicals next week." CM e-mailed back 2/11 that the card is in the mail.', 'E', 'P', false, [RP]),
  note(MN, 'supportive-services-mn-003', 'Childcare: called Polk County child care assistance 2/18 to check client\'s CCAP status; the county worker says the application is pending verification of the client\'s school schedule.', 'T', 'O', false, [TP, PM]),
  note(MN, 'supportive-services-mn-004', 'Client called 2/20: CCAP approved, daycare starts 2/24, so she can go back to full days at the CNA class; she missed 3 days waiting. Paid the first week of the daycare copay per ISS.', 'T', 'P', true, []),
  note(MN, 'supportive-services-mn-005', 'Car repair: client dropped off two repair estimates at the WFC front desk 3/3 (Jake\'s Auto $880, Northland Tire $910). Did not meet with the counselor.', 'I', 'P', false, [UA]),
  note(MN, 'supportive-services-mn-006', 'Called client 3/5 to approve the Jake\'s Auto estimate; no answer, left VM. Faxed the approval to Jake\'s Auto.', 'T', 'P', false, [UA]),
  note(MN, 'supportive-services-mn-007', 'Client texted 3/10: "car\'s fixed, thank you!! back at school tomorrow, I\'m only behind on one lab." ISS reviewed.', 'E', 'P', true, []),
  note(MN, 'supportive-services-mn-008', 'Bus passes (2) mailed to client 4/1 for April.', 'L', 'P', false, [RP]),
  note(MN, 'supportive-services-mn-009', 'Client came in 4/14 for the May bus passes. Talked about school - "fine."', 'I', 'P', true, [PM, NS]),
  note(MN, 'supportive-services-mn-010', 'Tools and work boots for the OJT at Arctic Cat purchased 5/2 through the vendor (Fastenal, $236.18). Receipt in file.', '-', '-', false, [CT, NS]),
  note(MN, 'supportive-services-mn-011', 'Client called about mileage reimbursement and reported she finished the Phlebotomy course and starts at Altru next week, 32 hrs/wk. Mileage form processed. ISS updated.', 'T', 'P', true, [DM], { noDateField: true }),
  note(MN, 'supportive-services-mn-012', 'Emailed client the supportive services policy and the mileage form 6/3. She replied 6/4 with the completed form and her June work schedule at Altru (4 shifts a week). ISS reviewed.', 'E', 'P', true, []),
];
