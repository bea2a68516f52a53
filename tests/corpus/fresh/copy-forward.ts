/**
 * Notes carried forward from an earlier entry: the old text is copied in (marked "carried forward", "copied from
 * 2/10", "[cf]", "Prior note:", or not marked at all) and a new line or two is added for this entry (fresh split:
 * new voices, scored and listed but not floored yet). Labels come from the policies and the definition of a
 * qualifying contact in ARCHITECTURE.md, written before the checker ever ran on them.
 * Only what the new lines record is this note's contact: copied text documents an earlier contact that already
 * counted (or did not) on its own date. So "carried forward: TC w/ cust, attending … / 3/12: LM" is an attempt,
 * and an entry whose new line only says "no change, see above" records no contact at all (contact-type-missing,
 * and not-substantive: the copied progress is not new).
 */
import { MO, MN, JM, NS, UA, RP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'copy-forward';

export const NOTES: LabelledNote[] = [
  note(MO, 'copy-forward-mo-001', '*** Carried forward from 2/10/25 note ***\nTC w/ customer 2/10. Customer reports she is attending the Phlebotomy program at SFCC daily and passed the venipuncture check-off. Continue ITA per IEP.\n*** New 3/12/25 ***\nCalled customer, no answer, left VM.', 'T', 'P', false, [UA]),
  note(MO, 'copy-forward-mo-002', 'Previous note (1/15): Customer in week 3 of CDL at Drive Train, 0 absences. Continue ITA.\nUpdate 3/3: TC w/ customer - he passed the Class A road test 2/27 and has two job offers (Prime Inc., CFI). Continue services through placement per IEP.', 'T', 'P', true, []),
  note(MO, 'copy-forward-mo-003', 'Cust attending daily, passed unit 2. Cont ITA. [cf 4/1]\n5/2 lm', 'T', 'P', false, [UA]),
  note(MO, 'copy-forward-mo-004', 'Copied from 4/7 OV: Customer brought in her grade report (3.2 GPA), reviewed IEP, continue ITA for Medical Assistant at Bryan.\n5/12: 90-day letter mailed.', 'L', 'P', false, [RP]),
  note(MO, 'copy-forward-mo-005', 'Text below copied from the 5/1 entry and updated.\n[5/1] Customer e-mailed asking whether WIOA will pay for her NCLEX review course. CM replied with the ITA policy and asked for her program completion date.\n[5/20 update] Customer replied by e-mail 5/19: she graduated from the Three Rivers PN program 5/16 (GPA 3.5) and sits for the NCLEX-PN 6/10. CM approved the review course under the ITA; continue services until licensure per IEP.', 'E', 'P', true, []),
  note(MO, 'copy-forward-mo-006', 'From prior note: OV set for 6/4 at 9:00 to review the OJT timesheets.\n---\n6/4: customer did not come in; no call.', 'I', 'P', false, [UA]),
  // The 6/6 entry is a file review; the visit below it is the 5/6 note copied in.
  note(MO, 'copy-forward-mo-007', 'No change from 5/6 note (see below). Reviewed file 6/6.\n\n5/6: In person with customer at the Kansas City Job Center. She is in week 6 of 10 of the Pharmacy Tech course at MCC, 91% average. Continue ITA.', '-', '-', false, [CT, NS]),
  note(MO, 'copy-forward-mo-008', '[Copied 6/2] TC w/ instructor at Ranken, cust 90% att.\n[7/7] TC w/ Ranken instructor Ms. Hale: customer now at 95% attendance, passed the NCCER Core test 7/1, B+ average. Customer was in lab during the call. Continue ITA per IEP.', 'T', 'V', true, []),
  note(MO, 'copy-forward-mo-009', 'Last CMC (6/15, copied): customer attending the HVAC program, passed EPA 608, continue ITA.\nToday 7/21: TC to customer, his mother answered; he is at work. Asked her to have him call CM.', 'T', 'P', false, [UA]),
  note(MO, 'copy-forward-mo-010', 'COPIED FORWARD - REVIEW BEFORE SAVING\nContact Type: Telephone\nCustomer reports attending class, no absences. Continue ITA.\n8/4 added: customer called back after my 8/1 VM; she is now on clinical rotation at Mercy, 40 of 120 hrs done, and passed her pharmacology final (B). Plan stays the same, continue ITA.', 'T', 'P', true, []),
  note(MO, 'copy-forward-mo-011', 'Prior: TC w/ cust 7/1, working 30 hrs at Hy-Vee while in the welding program, passed 2G. Cont ITA.\nNew 8/12: texted cust re: fall schedule.', 'E', 'P', false, [RP]),
  // The customer's own voicemail and her calls to the school are not a contact with CM; CM's return call failed.
  note(MO, 'copy-forward-mo-012', '(carried forward from 8/1) Customer in week 2 of CNA at Moberly Area CC, attending.\n8/20: Customer left CM a voicemail saying she has called the school 3 times about her clinical site and nobody has called her back. CM returned her call 8/20, NA.', 'T', 'P', false, [UA]),
  note(MO, 'copy-forward-mo-013', 'Copied from 9/2: Customer in Truck Driving at Crowder, passed permit.\n9/30 OV: cust passed road test 9/26, hired at Prime $0.52/mi, starts 10/6. Close OST, follow-up services per IEP.', 'I', 'P', true, []),
  note(MO, 'copy-forward-mo-014', '[carried forward] 10/1 called cust NA LM\n[carried forward] 10/3 called cust NA\n10/6 cust called CM back: passed the A&P midterm with an 81, attending all labs.', 'T', 'P', true, [JM]),
  note(MN, 'copy-forward-mn-001', '--- Copied from 1/13 ---\nMonthly contact by phone. Client reports she passed the CNA skills test and started clinicals at Sanford. ISS reviewed.\n--- 2/12 ---\nLeft VM for monthly contact.', 'T', 'P', false, [UA]),
  note(MN, 'copy-forward-mn-002', 'Copied from last month and updated: Client in Practical Nursing at Northland, working 16 hrs at Altru.\n3/10 update: TC w/ client, passed Med-Surg I with a B, Altru hours now 20/wk. ISS reviewed.', 'T', 'P', true, []),
  note(MN, 'copy-forward-mn-003', 'same as 3/10 note - client in PN at Northland, working at Altru. ISS reviewed 4/9.', '-', '-', false, [CT, NS]),
  note(MN, 'copy-forward-mn-004', '[carried forward from 4/8] Client e-mailed midterm grades (A, B, B).\n[5/6] E-mailed client for the monthly contact, asked for final grades.', 'E', 'P', false, [RP]),
  note(MN, 'copy-forward-mn-005', '[carried forward from 4/8] Client e-mailed midterm grades.\n[5/6] E-mailed client for monthly contact.\n[5/9] Client replied: finished spring term, 3.3 GPA, starts summer Anatomy 6/2.', 'E', 'P', true, []),
  note(MN, 'copy-forward-mn-006', 'Prior entry (5/5): OV w/ client, on track in welding, passed 3G.\nEntry 6/3: TC w/ welding instructor at NW Tech - client has passed 4G and has 1 absence in May.', 'T', 'V', false, []),
  note(MN, 'copy-forward-mn-007', 'From 6/3 note: Client working at Marvin, 40 hrs, $18.\n7/1: Texted client for the July contact. No reply.', 'E', 'P', false, [RP]),
  note(MN, 'copy-forward-mn-008', 'Carried forward from 6/10 (for reference): Client is a dislocated worker from the Polaris plant in Roseau, enrolled in the Industrial Maintenance diploma at Northland TRF since January. Fall term: 14 credits, GPA 3.0. Client was working 12 hrs/wk at Menards. ISS goal: maintenance technician by December.\n\nNew 7/15: Met with client in person at the Thief River Falls WFC. Client finished the summer PLC course with an A- and the Hydraulics lab with a B; attendance sheet shows no absences since June. He quit Menards 7/1 to take a paid summer internship at Digi-Key facilities (24 hrs/wk, $19/hr), which counts toward his program hours. He is worried about the fall schedule because the Motor Controls class is only offered days; we talked through moving his internship hours to evenings and he will ask his supervisor this week. Copies of the grade report and the internship agreement placed in the record. ISS updated with the internship; WF1 activities reviewed. Next monthly contact mid-August by phone.', 'I', 'P', true, []),
  note(MN, 'copy-forward-mn-009', '[cf] Youth attending ALC daily, passed GED math.\n8/5 TC - youth\'s mom answered, youth at work. Mom says youth passed the GED science test 7/30 (152) and has one test left.', 'T', 'A', false, []),
  note(MN, 'copy-forward-mn-010', 'Previous: OV 7/15, client in Industrial Maintenance at Northland, internship at Digi-Key.\n8/20: see above, no change.', '-', '-', false, [CT, NS]),
  note(MN, 'copy-forward-mn-011', 'Last contact 8/4 (copied): client at Digi-Key 40 hrs.\n9/2: Client left CM a voicemail at 4:50 pm saying "call me back." CM returned the call 9/3, no answer.', 'T', 'P', false, [UA]),
  note(MN, 'copy-forward-mn-012', 'Copied 8/4: client at Digi-Key 40 hrs/wk.\n9/15 client came in - same as above, still 40 hrs at Digi-Key, and got her forklift certification 9/10. ISS updated.', 'I', 'P', true, []),
  // The only date in the text belongs to the copied entry; today's call carries none and the screen has no date field.
  note(MN, 'copy-forward-mn-013', 'Copied from 9/15: client came in, 40 hrs at Digi-Key, forklift certified.\nNew: TC w/ client - she is now a team lead at Digi-Key, $21/hr. ISS updated.', 'T', 'P', true, [DM], { noDateField: true }),
  note(MN, 'copy-forward-mn-014', '[copied 10/6] Client in CDL class, passed permit.\n[copied 11/3] Called client, NA.\n11/4 Client called back: passed the CDL skills test 10/31, starting at Team Industries 11/17. ISS updated; follow-up begins.', 'T', 'P', true, []),
];
