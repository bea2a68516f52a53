/**
 * Closure, exit and follow-up notes (locked split, batch 8: scored and floored, aggregates only): exit summaries
 * typed as field lists (program, enrolled, exit, credential, employment at exit, final contact), "CLOSED - UNABLE
 * TO LOCATE" with the attempts that led there, exit interviews and exit letters, credential checks in licence and
 * certification registries, wage verification by fax or The Work Number, soft exits noted after the fact, and the
 * quarterly follow-up contacts after exit.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A summary's "last contact 8/30" is history, not this note's contact; a registry or wage look-up is no
 * contact at all. An exit note that records a real contact with the participant counts, and its reason to close
 * (employed, moved, completed) stands in for a reason to continue, which nobody owes a participant who is leaving;
 * a registrar's or employer's report at exit gives none, so in Missouri it is not a §2.2 contact.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, PII, note, type LabelledNote } from '../types';

export const STYLE = 'case-closure-exit-summaries';
export const BATCH = 8;

export const NOTES: LabelledNote[] = [
  note(MO, 'case-closure-exit-summaries-mo-001', `EXIT SUMMARY\nProgram: WIOA Adult   Enrolled: 02/03/2026   Exit: 11/30/2026\nDOB: 04/12/1988\nActivities: OST - Welding (Crowder College) 02/09-08/14\nCredential: yes - AWS D1.1 3G (08/12)\nEmployment at exit: Leggett & Platt, welder, $21.50/hr, 40 hrs\nFinal contact: TC w/ cust 11/24 - confirms still employed, no further services needed. Exit to follow-up.`, 'T', 'P', true, [PII]),
  note(MO, 'case-closure-exit-summaries-mo-002', `CLOSED - UNABLE TO LOCATE\nLast contact 7/22 (OV). Attempts: 8/19 TC NA; 9/3 TC disconnected; 9/10 letter to last known addr - returned "no forwarding"; 10/1 emergency contact (brother) # not in service. Soft exit 10/20. Case closed 10/21.`, 'T', 'P', false, [UA]),
  // The registrar gave substance but no reason to continue: a credential check at exit, not a §2.2 contact.
  note(MO, 'case-closure-exit-summaries-mo-003', `Credential verification 11/3: called Ozarks Tech registrar, confirmed cust completed the Practical Nursing program 8/8/26, diploma conferred; NCLEX-PN pass per MO Board of Nursing license lookup (license active 9/15). Cust not contacted.`, 'T', 'V', false, [TP, JM]),
  note(MO, 'case-closure-exit-summaries-mo-004', `Exit interview 11/5 in office. Cust brought pay stubs (Mercy, LPN, $26/hr, 36 hrs). Reviewed 12 months of follow-up services, she agreed to quarterly calls. Exit eff. 11/5, follow-up per IEP.`, 'I', 'P', true, []),
  note(MO, 'case-closure-exit-summaries-mo-005', `Wage verification at exit: CoxHealth employment verified through The Work Number 11/6, $19.80/hr, hire date 9/1.`, '-', '-', false, [CT]),
  note(MO, 'case-closure-exit-summaries-mo-006', `Q1 follow-up 2/10/27 - TC w/ cust. Still at Leggett & Platt, raise to $22.75 on 1/1. No needs. Continue follow-up per IEP, Q2 due May.`, 'T', 'P', true, []),
  note(MO, 'case-closure-exit-summaries-mo-007', `Q2 follow-up letter mailed 5/4 w/ survey. (See Q1 note 2/10 for last contact.)`, 'L', 'P', false, [RP]),
  note(MO, 'case-closure-exit-summaries-mo-008', `Closure recommended - 3 calls to cust (9/1, 9/15, 10/1), no answer each time. Supervisor approved closure 10/15.`, 'T', 'P', false, [UA]),
  // She wrote first, with news (moved for her husband's job): a message from her carrying news; the reason to close is given.
  note(MO, 'case-closure-exit-summaries-mo-009', `EXIT - NOT EMPLOYED\nCust moved to Arkansas; her text 10/2: "moved to rogers for my husbands job, thanks for everything." Replied wishing her well + NW Arkansas workforce center info. Exit reason: relocated.`, 'E', 'P', true, []),
  // The wife answered and gave one fact: not the considerable and substantive knowledge §2.2 asks.
  note(MO, 'case-closure-exit-summaries-mo-010', `Follow-up Q3 11/2: called cust, his wife answered - said he's on the road (OTR driver for Prime since Sept), home every 2 wks. Asked her to have him call.`, 'T', 'A', false, [TP, JM]),
  note(MO, 'case-closure-exit-summaries-mo-011', `Closed - unable to locate. See attempts log.`, '-', '-', false, [CT, NS]),
  note(MO, 'case-closure-exit-summaries-mo-012', `Exit OV 11/16. Cust done w/ Medical Asst at OTC 11/12, CCMA exam 12/3. Not employed yet - 2 interviews this wk. Holding exit until after the CCMA; cont job search per IEP.`, 'I', 'P', true, []),
  note(MO, 'case-closure-exit-summaries-mo-013', `Credential check 12/10: NHA portal shows cust passed the CCMA 12/3. Emailed cust congrats + asked about offers.`, 'E', 'P', false, [RP]),
  note(MO, 'case-closure-exit-summaries-mo-014', `Cust replied 12/11: "thank you!! I start at Jordan Valley 1/5, $18/hr." Exit planned after start is confirmed. Follow-up per IEP.`, 'E', 'P', true, []),
  note(MO, 'case-closure-exit-summaries-mo-015', `Soft exit occurred 11/1 (90 days no service). Last CMC in Toolbox 8/2. Noting for file.`, '-', '-', false, [CT]),
  note(MO, 'case-closure-exit-summaries-mo-016', `12/17 cust stopped in and signed her exit paperwork; copied the Jordan Valley offer letter (MA, $18/hr, start 1/5). Exit 1/5, follow-up per IEP.`, 'I', 'P', true, []),
  note(MO, 'case-closure-exit-summaries-mo-017', `CLOSED - UNABLE TO LOCATE (WIOA Adult, enrolled 3/2/26, OST CNA completed 6/12/26)\nLast contact: 7/14/26 TC w/ cust, she had an interview at Truman Lake Nursing & Rehab, no offer yet.\nAttempts since:\n8/11 called cell 660-555-0112, went to VM, left msg.\n8/25 called cell, VM full.\n9/2 mailed 60-day letter to 418 S. Main, Clinton; no response.\n9/16 texted cell: "Hi, this is Pam at the Job Center, please call me about your job search." No reply.\n9/30 called emergency contact (aunt, Carol) at 660-555-0148, number disconnected.\n10/5 checked Jobs.mo.gov: no log-ins since 7/20. CNA registry shows her certification active.\n10/14 called cell, recording says the number is no longer in service.\nSupervisor (D. Ames) reviewed 10/15 and agreed: no contact in 90+ days, no planned gap, no forwarding info. Soft exit date 10/12. Closed in Toolbox 10/15 as unable to locate.`, 'T', 'P', false, [UA, RP]),

  note(MN, 'case-closure-exit-summaries-mn-001', `EXIT SUMMARY - WIOA DW - exit 10/31/2026\nServices: assessment, ITA (Northland CDL-A), supportive (fuel, DOT physical)\nCredential: CDL Class A, issued 8/20\nEmployment at exit: Dakota Growers Pasta, driver, $27/hr\nContact for exit: phone w/ client 10/28, confirmed employment and address. Told him about follow-up calls.`, 'T', 'P', true, []),
  note(MN, 'case-closure-exit-summaries-mn-002', `Closed - unable to locate. Last contact 6/12. Jul: 2 calls, NA. Aug: 2 texts, no reply. Sep: letter 9/8, returned undeliverble. Exit 9/30.`, 'L', 'P', false, [UA, RP]),
  // A fax from the employer is written, like a letter: recorded, not the client's contact.
  note(MN, 'case-closure-exit-summaries-mn-003', `Wage verification 11/4 - Dakota Growers HR confirmed by fax: employed since 9/22, $27/hr, FT.`, 'L', 'V', false, []),
  note(MN, 'case-closure-exit-summaries-mn-004', `Follow-up Q1 - 1/14/27 - client returned my VM, we talked. Still driving, 50-55 hrs/wk, got a $1 raise. Next f/u April.`, 'T', 'P', true, []),
  // The wife's news (still driving) is recorded, not his contact.
  note(MN, 'case-closure-exit-summaries-mn-005', `Follow-up Q1 call 1/12 - wife answered, said he's on a run to Fargo, doing well. Will try again.`, 'T', 'A', false, []),
  note(MN, 'case-closure-exit-summaries-mn-006', `Credential verif. - DVS lookup 11/6: CDL-A valid, no restrictions.`, '-', '-', false, [CT]),
  note(MN, 'case-closure-exit-summaries-mn-007', `Exit interview 10/29 by Teams (video), client on camera from Grand Forks. Finished Accounting AAS at Northland 5/2026, hired at Altru billing 10/1, $22.40. Signed exit form by DocuSign. ISS closed.`, 'T', 'P', true, []),
  note(MN, 'case-closure-exit-summaries-mn-008', `Exit letter mailed 10/30 confirming closure + follow-up info.`, 'L', 'P', false, [RP]),
  note(MN, 'case-closure-exit-summaries-mn-009', `Client emailed 11/2 re: the exit letter: "got it thanks, job is going great, already trained on Epic."`, 'E', 'P', true, []),
  note(MN, 'case-closure-exit-summaries-mn-010', `CLOSURE - client deceased 9/14 per obituary (Bemidji Pioneer). Exit reason: deceased. No further action.`, '-', '-', false, [CT]),
  note(MN, 'case-closure-exit-summaries-mn-011', `Q2 f/u text 4/8: "Hi Maria, checking in for your 6 mo follow-up - still at Altru?" No response.`, 'E', 'P', false, [RP]),
  note(MN, 'case-closure-exit-summaries-mn-012', `Q2 f/u: Maria texted back 4/10 "yes still there, moved to the coding dept, 40 hrs".`, 'E', 'P', true, []),
  note(MN, 'case-closure-exit-summaries-mn-013', `Closed - moved out of state (Oregon) per client's mom on a 9/2 phone call. Client not reached. Exit 9/30.`, 'T', 'A', false, [PM]),
  // A summary on a screen with no date field: its dates are history, and it records no contact of its own.
  note(MN, 'case-closure-exit-summaries-mn-014', `Exit summ.\n- enrolled 3/2025 Youth\n- GED 6/2026 ✔\n- Paul Bunyan Transit PT 20 hrs\n- last contact 8/30\n- exited 11/30 (90 days no svc)`, '-', '-', false, [CT], { noDateField: true }),
  note(MN, 'case-closure-exit-summaries-mn-015', `12-mo follow-up 10/20/27: called client, talked. Left Dakota Growers in July for Bobcat (Gwinner), $29.50. Final follow-up, f/u closed in WF1.`, 'T', 'P', true, []),
  note(MN, 'case-closure-exit-summaries-mn-016', `Exit mtg 11/20 in person w/ client and his mom at the Crookston WFC. Client (youth, 19) finished his welding cert at Northland, hired at AGCO 11/17, $20/hr. Mom asked about transportation; gave a gas card. Exit 11/30.`, 'I', 'P', true, [], { field: 'I' }),
  note(MN, 'case-closure-exit-summaries-mn-017', `EXIT SUMMARY - WIOA Adult\nEnrolled: 01/13/2026   Exit date: 12/18/2026   Exit reason: employed, services complete\nCareer pathway: Medical office -> Medical coding\nServices: objective assessment 1/13; ISS 1/20; ITA - Medical Coding certificate, Northland CTC (Jan-Aug 2026); supportive services - gas cards x6, scrubs, laptop loan; job search assistance Aug-Oct.\nCredentials: Medical Coding certificate 8/14/2026; AAPC CPC-A passed 9/26/2026.\nEmployment: Altru Health System, coding specialist I, start 10/19/2026, 40 hrs, $21.80/hr, benefits.\nExit contact: in person at the Crookston WFC 12/15. Client brought her 2 most recent pay stubs (copies in file) and her 60-day review, rated "meets expectations." She's returned the loaner laptop. We reviewed the ISS: all goals met. She knows follow-up calls come quarterly for a year and gave her work e-mail as a second way to reach her. Activities closed in WF1.\nFollow-up Q1 due 3/2027.`, 'I', 'P', true, []),
];
