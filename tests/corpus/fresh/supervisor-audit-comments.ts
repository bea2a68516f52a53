/**
 * Case notes carrying their own review trail (fresh split: new voices, scored and listed but not floored yet): a
 * supervisor's approval line, a QA reviewer's bracketed comment, the case manager's answer to it, corrections and
 * addenda ("per QA review add…", "Correction: contact was by phone"), late entries for a contact on an earlier
 * date, a state monitor's finding pasted in, supervisors' own file reviews. Sources of realism: the QA and
 * monitoring cycles of WIOA programs, where reviewers write in the note itself and staff answer underneath.
 * A reviewer's words are no contact with the participant; a correction decides what the contact was (a visit that
 * was really a phone call is a phone call; a "call with the customer" that was really with a roommate is not
 * one); a late entry that documents what happened on the earlier date counts, one that only points to another note
 * does not.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'supervisor-audit-comments';

export const NOTES: LabelledNote[] = [
  note(MO, 'supervisor-audit-comments-mo-001', `600 CMC 2/27/26 - TC w/ cust. Cust reports she completed Phlebotomy didactic at Ozarks Tech w/ 91%, externship at Cox South starts 3/9. Cont ITA per IEP.\n--- Supervisor review 3/2 (R. Hale): Approved. ---`, 'T', 'P', true, []),
  note(MO, 'supervisor-audit-comments-mo-002', `TC to cust 3/3, no answer, LM.\n[QA 3/10 - M. Ortiz: This entry is coded 600 CMC but documents an attempt only. Not a CMC per DWD 01-02 Ch. 1. Please recode as attempt and make contact before 90 days (soft exit 4/2).]`, 'T', 'P', false, [UA]),
  note(MO, 'supervisor-audit-comments-mo-003', `LATE ENTRY (entered 3/16 for 3/6): Met w/ cust in office 3/6. Cust brought midterm grades from MACC: B in Anatomy, A in Med Term. Needs scrubs for clinicals - supportive svc request submitted. Cont ITA per IEP. Entry late d/t CM on leave 3/9-3/13.`, 'I', 'P', true, []),
  // Only a pointer to another entry and a claim that the customer "was seen": nothing here documents the contact.
  note(MO, 'supervisor-audit-comments-mo-004', `Late entry - see 3/6 note. Per supv, documenting that cust was seen.`, '-', 'P', false, [CT, NS]),
  // The drop-down still says In Person; the correction says the contact was by phone, and that is what happened.
  note(MO, 'supervisor-audit-comments-mo-005', `Correction per QA review 3/18: original note of 3/12 said "OV w/ cust"; contact was actually by phone (cust was at work). TC w/ cust 3/12: cust reports 32 hrs/wk at Hussmann as assembler, $19.40/hr, OJT wk 6 of 12. Cont OJT per IEP.`, 'T', 'P', true, [], { field: 'I' }),
  note(MO, 'supervisor-audit-comments-mo-006', `SUPERVISOR FILE REVIEW 3/20 (R. Hale): Last CMC 12/28/25. No contact documented since. Soft exit 3/28. Discussed with CM.`, '-', '-', false, [CT, NS]),
  note(MO, 'supervisor-audit-comments-mo-007', `Letter mailed to cust 3/2 re: 90-day contact.\n** QA comment 3/25: Response from customer not documented. A letter alone does not meet CMC requirement. **\nCM response 3/26: Cust has not responded. Will attempt TC.`, 'L', 'P', false, [RP]),
  note(MO, 'supervisor-audit-comments-mo-008', `CMC 3/24 - Email exchange w/ cust. CM emailed 3/20 asking for an update; cust replied 3/24: started 2nd semester at Ranken, Automotive Tech, 4.0 first 8 wks. Cont ITA per IEP.\n[Added per QA review 3/30: cust's reply printed and placed in file.]`, 'E', 'P', true, []),
  // A contact, thin even after the reviewer asked: "going well" is no progress and nothing says why services continue.
  note(MO, 'supervisor-audit-comments-mo-009', `In person contact 3/26 w/ cust.\n>> QA 4/1 (K. Barr): Note does not include progress or justification. Please add.\n>> CM 4/2: Cust stated training going well.`, 'I', 'P', true, [PM, JM, NS]),
  // A monitor's finding about an old entry is a review, not a contact.
  note(MO, 'supervisor-audit-comments-mo-010', `3/31 State monitoring visit, sample #14 - Monitor finding: CMC dated 1/15 documents contact with cust's mother only; mother's information not substantive. No valid CMC in 90 days. Corrective action due 4/30.`, '-', '-', false, [CT, NS]),
  note(MO, 'supervisor-audit-comments-mo-011', `TC w/ cust 4/3, supervisor R. Hale also on the line (three-way, follow-up to her complaint). Cust says she's back in class at Crowder after the 2-wk suspension, caught up on 3 of 4 missed modules. Cont ITA, review again 4/17.`, 'T', 'P', true, []),
  note(MO, 'supervisor-audit-comments-mo-012', `4/6 per supv instruction, re-sent 90 day letter to cust's new address (the 3/20 letter came back 4/1 "not deliverable as addressed").`, 'L', 'P', false, [UA, RP]),
  note(MO, 'supervisor-audit-comments-mo-013', `Called ITA provider (Vatterott, admissions rep) 4/8 re: cust's status. Rep said cust is "still enrolled."\nQA 4/12: Provider contact lacks progress and justification - does not meet 01-02 2.2. Do not count as CMC.`, 'T', 'V', false, [TP, PM, JM]),
  note(MO, 'supervisor-audit-comments-mo-014', `LATE ENTRY - entered 4/14/26 for home visit on 4/7/26. Reason for late entry: CM's laptop was in for repair 4/8-4/13 and notes were kept on paper; paper notes scanned to file. Home visit 4/7 at cust's residence in Lebanon, cust and CM present. Cust is in week 9 of 16 of the Industrial Maintenance certificate at Lebanon Tech. Cust showed CM his progress report: 92% attendance, passed Electrical Fundamentals and Hydraulics I modules, currently in PLC Basics with a 78. Instructor wants him to do more lab hours; cust said he can come in Tuesday evenings now that his wife's schedule changed. Transportation: truck is running, no need for gas card this month. Cust asked about job openings at Emerson and CM showed him the posting; cust will apply after the PLC module. Justification: cust is progressing toward IEP goal (maintenance tech), remains enrolled, continue ITA through 6/5. Next contact: phone 5/5.\n----\nSupervisor co-sign 4/15 (R. Hale): Late entry reason documented. Approved.`, 'I', 'P', true, []),
  // The "call with the customer" of 4/10 was with his roommate; someone else answering is not reaching him.
  note(MO, 'supervisor-audit-comments-mo-015', `Addendum 4/15 to 4/10 entry: the 4/10 "TC w/ cust" was actually w/ cust's roommate; cust was not home. Roommate said cust started at FedEx Ground. Corrected per QA.`, 'T', 'O', false, [UA, TP, JM]),
  note(MN, 'supervisor-audit-comments-mn-001', `Monthly contact 3/2 - OV. Client finished week 4 of the Welding cert at Minnesota North (Eveleth), passed the 2F test. Attendance 100%. ISS reviewed.\nReviewed by: J. Carlson, Supervisor 3/5 - OK`, 'I', 'P', true, []),
  note(MN, 'supervisor-audit-comments-mn-002', `Called client 3/4 - straight to VM, mailbox full.\nSupv comment 3/9: Two attempts in March, both by phone. Try another method (email/letter/home visit) per local procedure.`, 'T', 'P', false, [UA]),
  note(MN, 'supervisor-audit-comments-mn-003', `Late entry 3/20 for contact on 3/11: client called me 3/11, said she got the CNA job at Good Samaritan Warren, 24 hrs/wk, starts 3/16. Forgot to enter - caught on supv review. Employment entered in WF1.`, 'T', 'P', true, []),
  note(MN, 'supervisor-audit-comments-mn-004', `Email to client 3/12: monthly check-in.\nQA 3/19: Was there a reply? Please add.\nCM 3/20: No reply as of today.`, 'E', 'P', false, [RP]),
  note(MN, 'supervisor-audit-comments-mn-005', `3/14 Client in office for ISS update. Discussed: completed Forklift (OSHA) 3/7, applying at Polaris and Arctic Cat. Needs steel toes.\n**Per QA review 3/21: add supporting docs - forklift cert scanned to file 3/21.**`, 'I', 'P', true, []),
  // The only contact named is February's, in a review of the record.
  note(MN, 'supervisor-audit-comments-mn-006', `Per supervisor request, reviewed all March notes for client. No contact for March yet; last contact 2/20 (TC). Will call this wk.`, '-', 'P', false, [CT]),
  note(MN, 'supervisor-audit-comments-mn-007', `Correction 3/25: my 3/24 note said "met w/ client" - it was her mom who came in to drop off the timesheet (client at work). Mom said client is working 20 hrs at Subway + WEX 15 hrs.`, 'I', 'A', false, []),
  note(MN, 'supervisor-audit-comments-mn-008', `Teams video w/ client 3/26 (supv J. Carlson observing for my annual eval). Client in 2nd semester of Accounting AAS at Northland; midterm grades A/B/B. Wants a summer internship - will check w/ employer svcs.`, 'T', 'P', true, []),
  note(MN, 'supervisor-audit-comments-mn-009', `3/28 - see note dated 3/26. Entered per supv to document ISS review.`, '-', '-', false, [CT, NS]),
  note(MN, 'supervisor-audit-comments-mn-010', `CASE REVIEW 3/31 - J. Carlson (Supervisor) w/ CM\nClient has not had a contact in March. February: OV 2/6 (client reported passing the first CDL module) and a TC 2/21 where she said her car had broken down. March: TC 3/5 no answer; TC 3/19 left msg w/ her sister, who said client is "staying in Fosston for a while"; text 3/24 undelivered. CDL school (Northland) reports she has not attended since 3/2. Supervisor recommends: letter to last known address and to the sister's address, home visit if no response by 4/10, discuss exit at next review. CM agrees.`, 'T', 'P', false, [UA]),
  note(MN, 'supervisor-audit-comments-mn-011', `Late entry 4/2 (contact 3/30, WF1 was down): Home visit. Client home w/ new baby, on leave from LPN program until fall - confirmed w/ her she intends to return. Planned gap entered in WF1. Next contact 4/30 by phone.`, 'I', 'P', true, []),
  note(MN, 'supervisor-audit-comments-mn-012', `QA note 4/3: Case note 3/30 "Contact w/ client" does not state type or results. CM please correct.`, '-', '-', false, [CT, NS]),
  note(MN, 'supervisor-audit-comments-mn-013', `CORRECTED ENTRY (orig 4/6, corrected 4/8 per supv - wrong client selected, moved from another participant's file): TC w/ client 4/6. Still at Digi-Key 40 hr/wk, passed the IPC soldering test.`, 'T', 'P', true, []),
  note(MN, 'supervisor-audit-comments-mn-014', `Client called the main line 4/9 while I was out; supv J. Carlson took a msg: "call me about bus card". Called client back 4/9 at 4pm, no answer, LM.`, 'T', 'P', false, [UA]),
  note(MN, 'supervisor-audit-comments-mn-015', `Monthly contact 4/14 via phone. Client reports still in CDL class at Northland, passed her permit, driving range 3x/wk.\n[Supervisor comment 4/16: good note. -JC]`, 'T', 'P', true, []),
];
