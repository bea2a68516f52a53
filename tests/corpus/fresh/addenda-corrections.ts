/**
 * Notes that amend earlier notes: "Addendum to 3/2 entry", "Late entry for …", "Correction:", "Entry made in
 * error" (fresh split: new voices, scored and listed but not floored yet). Labels come from the policies and
 * the definition of a qualifying contact in ARCHITECTURE.md, written before the checker ever ran on them.
 * A late entry or an addendum that itself documents a two-way exchange with the participant ("During the 3/2 TC,
 * customer also reported …") is labelled as that contact. One that only fixes a field, a program, a wage or the
 * justification of an earlier note records no contact: contact-type-missing, and not-substantive unless it
 * carries progress. A correction saying the contact did not happen is the attempt it describes.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'addenda-corrections';

export const NOTES: LabelledNote[] = [
  note(MO, 'addenda-corrections-mo-001', 'Addendum to 3/2 entry: During the 3/2 TC, customer also reported she passed the Medication Aide exam on 2/27 (score 88). This supports continuing the ITA through the LPN prerequisites per IEP.', 'T', 'P', true, []),
  note(MO, 'addenda-corrections-mo-002', 'Late entry for 3/14/25 (entered 3/24): In person contact with customer at the Joplin Job Center on 3/14. Customer completed week 8 of 12 of the welding program at Franklin Tech, passed the 1G and 2G bend tests, no absences. Continue ITA through 5/2 per IEP. Next contact 4/14.', 'I', 'P', true, []),
  note(MO, 'addenda-corrections-mo-003', 'Correction to 4/7 entry: the 4/7 note says "TC w/ cust" in error. CM left a voicemail for the customer on 4/7; the customer was not reached.', 'T', 'P', false, [UA]),
  note(MO, 'addenda-corrections-mo-004', 'Correction: contact type on the 5/1 CMC should read E-mail, not Telephone. No other changes.', '-', '-', false, [CT, NS]),
  note(MO, 'addenda-corrections-mo-005', 'Addendum to 5/12 CMC: customer e-mailed her grade report 5/13 - Anatomy B+, Pharmacology A-, Med Terminology A. Copy scanned to file. Continue ITA per IEP.', 'E', 'P', true, []),
  // The customer left timesheets at the front desk while CM was out: no exchange with the case manager.
  note(MO, 'addenda-corrections-mo-006', 'Late entry (entered 6/9): customer came in on 6/2 but CM was out of the office; customer left her May WEX timesheets (60 hrs) with the front desk. CM did not see her.', 'I', 'P', false, [UA]),
  note(MO, 'addenda-corrections-mo-007', 'Addendum to 6/20 entry: justification was left out. Customer needs the summer term (2 courses) to complete the HVAC certificate; ITA continues.', '-', '-', false, [CT, NS]),
  note(MO, 'addenda-corrections-mo-008', 'Late entry for 7/8 (entered 7/21, CM on leave): TC with customer 7/8. Customer reports she was let go from the OJT at Midwest Machining 7/3 for attendance. Discussed options; she wants to return to the CNC program at OTC in the fall. Continue services; CM to request an ITA modification. Next TC 7/22.', 'T', 'P', true, []),
  note(MO, 'addenda-corrections-mo-009', 'Entry made in error - wrong customer. Disregard note of 8/4. See correct note under customer J. Ortiz.', '-', '-', false, [CT, NS]),
  note(MO, 'addenda-corrections-mo-010', 'Addendum to 8/12 no-show entry: customer called CM at 4:45 pm the same day. He said his car broke down; he is still attending the CDL program (range hours 40 of 80) and passed the pre-trip 8/10. Rescheduled OV for 8/19. Continue ITA per IEP.', 'T', 'P', true, []),
  note(MO, 'addenda-corrections-mo-011', 'Correction to 9/3 entry: the person CM spoke with by phone on 9/3 was the customer\'s aunt (alternate contact), not the customer. The aunt did not know how the customer is doing in class.', 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'addenda-corrections-mo-012', 'Late entry for 9/25: 90-day letter mailed to customer 9/25. No response as of this entry (10/6).', 'L', 'P', false, [RP]),
  note(MO, 'addenda-corrections-mo-013', 'Addendum to 10/1 OV: at the visit customer also turned in his Ranken attendance report (96% for September) and said he has an interview for a part-time maintenance job at Barnes-Jewish. No change to plan; ITA continues.', 'I', 'P', true, []),
  note(MN, 'addenda-corrections-mn-001', 'Addendum to 1/14 monthly phone contact: client also said she picked up 8 more hours a week at Sanford (now 24 hrs/wk). WF1 employment activity updated.', 'T', 'P', true, []),
  note(MN, 'addenda-corrections-mn-002', 'Late entry (entered 2/12) for 2/3: Met with client at the Crookston WFC. Client completed the first 4 weeks of the CNA course at Northland, passing all quizzes; clinicals start 2/17. ISS reviewed.', 'I', 'P', true, []),
  note(MN, 'addenda-corrections-mn-003', 'Correction to 2/20 entry: the office visit recorded on 2/20 did not happen - client was a no-show. The note was entered from the appointment schedule in error.', 'I', 'P', false, [UA]),
  note(MN, 'addenda-corrections-mn-004', 'Addendum to 3/5 entry: copy of client\'s winter term grades (3.0 GPA) received from the Bemidji State registrar and placed in file.', '-', 'V', false, [CT]),
  note(MN, 'addenda-corrections-mn-005', 'Late entry for 3/26: texted client for monthly contact. No response yet (as of 4/2).', 'E', 'P', false, [RP]),
  note(MN, 'addenda-corrections-mn-006', 'Addendum to 4/8 phone contact: results were left out. Client reported she passed her Accounting II midterm (B) and is working 12 hrs/wk at H&R Block.', 'T', 'P', true, []),
  note(MN, 'addenda-corrections-mn-007', 'Correction: the 4/22 entry was entered under the wrong program (Youth). The same entry applies to the WIOA Adult enrollment.', '-', '-', false, [CT, NS]),
  note(MN, 'addenda-corrections-mn-008', 'Late entry - 5/6 home visit. Drove to client\'s home in Fosston for the scheduled HV at 3 pm. No one answered; left card in door.', 'I', 'P', false, [UA]),
  note(MN, 'addenda-corrections-mn-009', 'Addendum to 5/15 entry: client called back 5/16 after my voicemail. Client is finishing the last week of the Phlebotomy course and her externship at Altru starts 5/27. ISS reviewed and updated with the externship dates.', 'T', 'P', true, []),
  note(MN, 'addenda-corrections-mn-010', 'Late entry for 6/2: called client, her mom answered and said client is at basic training until August. Will update WF1 with the planned gap.', 'T', 'P', false, [UA]),
  note(MN, 'addenda-corrections-mn-011', 'Correction to 6/18 note: client\'s hourly wage at Digi-Key is $19.75, not $17.95.', '-', '-', false, [CT]),
  note(MN, 'addenda-corrections-mn-012', 'Late entry for 7/1 (system was down): in person contact at WFC 7/1. Client brought her Class A CDL (issued 6/28) and a job offer from Northern Star Transport, start 7/14. Training activity ended in WF1; follow-up begins.', 'I', 'P', true, []),
];
