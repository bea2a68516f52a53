/**
 * A case manager covering another's caseload during leave or a vacancy (fresh split: new voices, scored and listed
 * but not floored yet). The voice: "covering for Jen", "per Jen's last note", "(coverage)" after a name, hand-off and
 * transfer summaries with the previous worker's contact history, template transfer letters, the first contact by
 * the new or covering worker, the returning worker reading the coverage notes, a supervisor working an open
 * position's files before soft exit. Sources of realism: one-stops where FMLA leave, vacations and turnover mean a
 * third of a caseload is someone else's for months, and notes lean on the absent worker's file.
 * Only this note's contact counts: the previous worker's contacts listed in a summary, a voicemail left on her line,
 * or what her last note said are history. A transfer letter is a one-way letter until the participant answers it.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'coverage-backup';

export const NOTES: LabelledNote[] = [
  note(MO, 'coverage-backup-mo-001', `Covering for Jen Marsh (FMLA) - first contact w/ cust. TC 3/2: introduced myself as her coverage through May. Cust is in week 8 of LPN at State Fair CC, passed Pharm 1 w/ 82, clinical at Bothwell going well. Needs uniform voucher. Cont ITA per IEP.`, 'T', 'P', true, []),
  note(MO, 'coverage-backup-mo-002', `Per Jen's last note (2/14), cust was to bring in her spring schedule. Not in file. Covering CM called 3/3, NA, LM w/ my name + direct line.`, 'T', 'P', false, [UA]),
  // Every fact in a hand-off summary is the other worker's history.
  note(MO, 'coverage-backup-mo-003', `HAND-OFF SUMMARY (J. Marsh → D. Ruiz, eff. 3/1)\nCust: enrolled WIOA Adult, ITA for Welding at Crowder (spring term). Last CMC 2/10 (TC). Attending per 2/10 note. Next CMC due by 5/10. Known barrier: transportation. Preferred contact: text after 3 pm.`, '-', '-', false, [CT]),
  note(MO, 'coverage-backup-mo-004', `Transfer letter mailed 3/4: "Your case manager Jen Marsh is on leave; I am your case manager until June. Please call me at 417-555-0190."`, 'L', 'P', false, [RP]),
  note(MO, 'coverage-backup-mo-005', `Cust called 3/9 in response to the transfer letter. Told me welding is going OK: passed the 2F bend test 3/6, 1 absence in Feb. Asked if the tool allowance is still coming - yes, per Jen's plan. Cont ITA per IEP.`, 'T', 'P', true, []),
  note(MO, 'coverage-backup-mo-006', `Jen spoke w/ cust 2/26 before her leave (see her note). No contact by covering CM yet this period.`, '-', '-', false, [CT, NS]),
  // Her voicemail on Jen's line carries news but is a message, and the call back failed.
  note(MO, 'coverage-backup-mo-007', `Jen's VM forwarded to me: cust left it 3/10 - "Hi Jen, it's Tammy, I passed my CNA test, call me." Called Tammy back 3/11 - NA, VM full.`, 'T', 'P', false, [UA]),
  note(MO, 'coverage-backup-mo-008', `Cust walked in 3/12 asking for Jen. Met w/ cust as covering CM: he was laid off from Kraft Heinz 3/6 (line closing), applying to 5 jobs/wk, interview at Cargill 3/16. Reviewed IEP - switching to job search asst; cont per IEP.`, 'I', 'P', true, []),
  note(MO, 'coverage-backup-mo-009', `Caseload vacancy (position 4 open since 2/27). Supervisor reviewing this file 3/13: last CMC 12/20/2025. Soft exit date 3/20. Assigned to D. Ruiz for immediate outreach.`, '-', '-', false, [CT, NS]),
  note(MO, 'coverage-backup-mo-010', `D. Ruiz (coverage) TC 3/13 at 2:10 - number disconnected. Texted alt # on file - no reply. Mailed letter 3/13.`, 'L', 'P', false, [UA, RP]),
  // The aunt (the listed alternate) knows almost nothing: no substantive progress.
  note(MO, 'coverage-backup-mo-011', `Called alternate contact listed in Toolbox (cust's aunt, Rosa) 3/16. Rosa thinks he moved to Springfield and "got on at some plant." She will pass on my number.`, 'T', 'A', false, [TP, JM]),
  note(MO, 'coverage-backup-mo-012', `E-mail from cust 3/18: "Got your letter. Yes I moved to Springfield, I'm working at Kraft Heinz 2nd shift, $18.40. I want to finish my GED, 2 tests left (math + science). Can I transfer to the Springfield office?" Replied 3/18 w/ Springfield Job Center info. Cont per IEP; transfer request sent to Springfield.`, 'E', 'P', true, []),
  note(MO, 'coverage-backup-mo-013', `First contact by new permanent CM (A. Patel, hired 4/6): OV 4/8 w/ cust. Reviewed what coverage CM did in March. Cust passed HiSET math 4/2 (score 12), science scheduled 4/22. Works 36 hrs at O'Reilly. Cont HiSET prep per IEP.`, 'I', 'P', true, []),
  note(MO, 'coverage-backup-mo-014', `Returned from leave 5/4 (J. Marsh). Read D. Ruiz's coverage notes: cust had contacts 3/9 and 4/2, all on track. Will call cust this week to reconnect.`, '-', '-', false, [CT]),
  // A real two-way call, though it only confirms an appointment: the contact happened, the note lacks its substance.
  note(MO, 'coverage-backup-mo-015', `Covering for Mike (vacation) - cust called Mike's line 5/6, transferred to me. Cust just wanted to confirm her OV w/ Mike 5/13. Confirmed.`, 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'coverage-backup-mo-016', `CASELOAD TRANSFER - CASE SUMMARY\nFrom: Jen Marsh (leaving agency 6/12) To: Dana Ruiz\nCustomer enrolled WIOA Dislocated Worker 10/14/2025 after the Leggett & Platt layoff in Carthage. ITA: Industrial Maintenance Technician, Crowder College, 1/12/2026-7/31/2026.\nContact history: 1/15 OV (Jen) - started classes. 2/26 TC (Jen) - attendance good, passed OSHA 10. 3/9 TC (Dana, coverage) - passed electrical fundamentals. 4/2 TC (Dana) - 1 absence, midterm B. 5/20 OV (Jen) - hydraulics lab complete, looking at summer internship at Kraft Heinz.\nOpen items: internship paperwork (employer agreement not signed), tool allowance balance $140, mileage reimbursement for April not yet submitted.\nNext CMC due by 8/18 (90 days from 5/20). Customer prefers calls after 4 pm, cell 417-555-0126.\nDana: I have not spoken with the customer since 4/2. I will call him the week of 6/15 to introduce myself as his permanent CM and go over the internship.`, '-', '-', false, [CT]),
  note(MN, 'coverage-backup-mn-001', `Covering for Sarah (parental leave) thru 6/1. First mtg w/ client 3/3 at WFC. Client at St. Cloud Tech HVAC, 2nd semester, 3.1 GPA, 1 absence. Working 16 hrs at Menards. ISS reviewed w/ him, no changes.`, 'I', 'P', true, []),
  note(MN, 'coverage-backup-mn-002', `Per Sarah's 2/20 note client was to send Feb attendance. Covering CM e-mailed 3/4 asking for it + introduced self.`, 'E', 'P', false, [RP]),
  note(MN, 'coverage-backup-mn-003', `Client replied 3/5 to my e-mail: attached Feb attendance (100%) and says the refrigeration lab is his favorite. Put in file. ISS ok.`, 'E', 'P', true, []),
  note(MN, 'coverage-backup-mn-004', `Sarah's caseload split 3 ways during leave - this client to K. Olson. No contact yet.`, '-', '-', false, [CT, NS]),
  note(MN, 'coverage-backup-mn-005', `K. Olson (coverage) called client 3/9 - NA. Called again 3/11 - LM.`, 'T', 'P', false, [UA]),
  note(MN, 'coverage-backup-mn-006', `Client returned my call 3/12, she thought Sarah had quit. Explained coverage. She said she finished the CNA course at Anoka Tech 3/6, state test 3/28. Wants help w/ test fee. ISS updated.`, 'T', 'P', true, []),
  // Sarah's sticky note is her contact of another date, read from the paper file.
  note(MN, 'coverage-backup-mn-007', `Reviewed Sarah's paper file: her 2/27 sticky note says "client came in, 40 hrs at Coborn's, doing great." No contact yet by coverage this month.`, '-', '-', false, [CT]),
  note(MN, 'coverage-backup-mn-008', `Video call (Teams) 3/16 w/ client - covering CM's first contact. Client laid off from Polaris 3/13 (seasonal). Applying to 3 jobs this wk; wants to look at a welding certificate. ISS updated: job search + training assessment.`, 'T', 'P', true, []),
  note(MN, 'coverage-backup-mn-009', `Client's county MFIP worker e-mailed 3/17 to say client has a new phone #: 320-555-0184. Updated.`, 'E', 'O', false, [TP, PM]),
  note(MN, 'coverage-backup-mn-010', `Texted client at new # 3/18: "Hi, it's Lee covering for Sarah, monthly check-in, call me." Delivered.`, 'E', 'P', false, [RP]),
  note(MN, 'coverage-backup-mn-011', `3/20 OV scheduled by coverage CM - client did not come. Called 3/20 11:00, VM.`, 'T', 'P', false, [UA]),
  note(MN, 'coverage-backup-mn-012', `Covering CM called Hennepin Tech welding instructor 3/24: client attending, 1st weld test passed.`, 'T', 'V', false, []),
  note(MN, 'coverage-backup-mn-013', `Client in for interview clothes voucher. Told me (coverage) she has a 2nd interview at Medtronic for assembler, $21/hr. ISS notes updated.`, 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'coverage-backup-mn-014', `Transfer letter (template) mailed 3/27: "Your case has been assigned to a new counselor, Lee Yang. Please call 320-555-0150 to set up a meeting."`, 'L', 'P', false, [RP]),
  note(MN, 'coverage-backup-mn-015', `Sarah back 6/2. Hand-off from Lee: client's last contact 5/14 (TC). Sarah to do June contact.`, '-', '-', false, [CT, NS]),
  note(MN, 'coverage-backup-mn-016', `First contact - new counselor (Lee Yang) after Sarah Lindgren left the WFC 4/3.\nMet client in person 04/09/2026 at the Willmar WFC, 45 min. Introduced myself, explained Sarah's caseload is now mine and that her notes and ISS carry over. Client said he was worried his ITA would stop when Sarah left; reassured him the ITA for the Ridgewater College Electrician program stays in place through 5/15/2027. He is in the second term: passed NEC Code I (B), Residential Wiring lab 94%, missed one class for his daughter's surgery (excused). He works Saturdays at Fleet Farm (8 hrs). Barriers: truck needs a clutch ($1,100 estimate); applied for Ridgewater's emergency grant, will bring the decision. Reviewed the ISS with him: added the apprenticeship application with IBEW Local 292 for fall. Checked WF1 activities: training enrollment current, supportive services activity open for mileage. Next meeting the first week of May; he prefers text to set it up.`, 'I', 'P', true, []),
];
