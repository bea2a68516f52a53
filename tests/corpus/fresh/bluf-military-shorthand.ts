/**
 * A retired senior NCO turned WIOA case manager who writes every note like a staff report (fresh split: new voices,
 * scored and listed but not floored yet). The voice: BLUF (bottom line up front), date-time groups ("031430MAR26"),
 * 24-hour times, "POC", "NLT", "ETA", "WILCO", "ACK", "negative contact", "comms est.", "SITREP", "RTB", "no joy",
 * "good copy", "lima charlie", "stand by", "OBE" (overtaken by events), "msn" for the training mission, numbered
 * paragraphs, "1. SITUATION 2. ACTIONS 3. WAY AHEAD". The participants are civilians as often as veterans; DVOPs,
 * LVERs and county veterans service officers appear as other programs' staff. Sources of realism: how former
 * military staff in job centers write when nobody stops them.
 * How the policy is read for the hard cases: "comms est." or "good copy" with the participant's own report is a
 * conversation; "negative contact", "no joy", "rang out", "VM", "stand by for callback" are attempts; "ACK" on a
 * text the participant never answered is one-way; a SITREP passed by a DVOP or CVSO is someone else's word; an
 * appointment "OBE" did not take place.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'bluf-military-shorthand';

export const NOTES: LabelledNote[] = [
  note(MO, 'bluf-military-shorthand-mo-001', `BLUF: Cust on track in HVAC msn, cont ITA.\n1. TC 031430MAR26, comms est. 15 min.\n2. Cust reports wk 6 of 16 at Ranken, attendance 100%, EPA 608 core passed 2/27. Tool kit issue resolved.\n3. WAY AHEAD: cont ITA per IEP. Next TC NLT 15 APR.`, 'T', 'P', true, []),
  note(MO, 'bluf-military-shorthand-mo-002', `BLUF: Negative contact. TC 101000MAR26 - rang out x2, no VM set up. Will re-attempt NLT 13 MAR.`, 'T', 'P', false, [UA]),
  note(MO, 'bluf-military-shorthand-mo-003', `SITREP 12MAR: cust walked in 0915 unannounced. Face to face 20 min. Started at Boeing as assembler trainee 3/9, 1st shift, $23.10. Still wants the A&P cert at night. IEP updated: employed, OST cont. Next contact NLT 12 JUN.`, 'I', 'P', true, []),
  // The DVOP's report is another program's: recorded, not the case manager's contact.
  note(MO, 'bluf-military-shorthand-mo-004', `DVOP (SGT ret. Alvarez) SITREP 16MAR: vet cust attending CDL at Sage, wk 2, range hrs on track. No issues.`, '-', 'O', false, [TP, CT, JM]),
  note(MO, 'bluf-military-shorthand-mo-005', `Text sent 181100MAR26: "Mr. Kemp, need 5 min for your quarterly. Call NLT Fri." Delivered. No ACK.`, 'E', 'P', false, [RP]),
  // Written reply in the thread with his own facts.
  note(MO, 'bluf-military-shorthand-mo-006', `Mr. Kemp replied by text 191742MAR26: "Roger. Finished the CompTIA A+ core 1 Sat, scored 712. Core 2 scheduled 4/11. Working 30 hrs at Best Buy Geek Squad." Good copy. Cont ITA per IEP.`, 'E', 'P', true, []),
  note(MO, 'bluf-military-shorthand-mo-007', `Appt 24MAR 1000 OBE - cust at work, msn changed. No contact. Rescheduled 31MAR.`, 'I', 'P', false, [UA]),
  note(MO, 'bluf-military-shorthand-mo-008', `31MAR 1000 OV w/ cust. Lima charlie. All good.`, 'I', 'P', true, [PM, JM, NS]),
  note(MO, 'bluf-military-shorthand-mo-009', `1. SITUATION: Cust in welding msn at Lex La-Ray, wk 10 of 18.\n2. ACTIONS: Phoned instructor (Mr. Dorsey) 020900APR26. Attendance 96%, passed 3G bend test, 2 of 4 AWS plates done, behavior squared away.\n3. WAY AHEAD: cont ITA per IEP, cust remains on track for 5/22 completion.`, 'T', 'V', true, []),
  note(MO, 'bluf-military-shorthand-mo-010', `TC 061300APR26 cust's wife (alt contact) picked up. Cust at drill weekend, ETA home Mon. Asked her to pass msg.`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'bluf-military-shorthand-mo-011', `Cust returned call 081620APR26. Drill went fine. Wk 11 of 18 at Lex La-Ray, 3rd AWS plate passed 4/7. Needs 2 days off for annual training in June - instructor OK'd make-up. Cont ITA per IEP.`, 'T', 'P', true, []),
  note(MO, 'bluf-military-shorthand-mo-012', `14APR: 90-day ltr mailed to cust's address of record. Stand by for response.`, 'L', 'P', false, [RP]),
  note(MO, 'bluf-military-shorthand-mo-013', `CVSO (county veterans svc officer) called 15APR re cust's VA claim status. Cust not on line.`, 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'bluf-military-shorthand-mo-014', `Ltr response rec'd 22APR, cust's handwriting on our form: "Completed Security+ 4/18, passed 768. Starting job search for SOC analyst, 3 apps out." Msn accomplished for the OST. IEP updated: job search assistance, cont svcs.`, 'L', 'P', true, []),
  note(MO, 'bluf-military-shorthand-mo-015', `VM left 281100APR26 and text sent. No joy.`, 'T', 'P', false, [UA]),
  note(MO, 'bluf-military-shorthand-mo-016', `Case staffing w/ LVER and biz svcs 30APR: cust flagged for the Fort Leonard Wood contractor hiring event. Cust not present.`, '-', '-', false, [CT, NS]),
  note(MO, 'bluf-military-shorthand-mo-017', `Hiring event 06MAY 0900-1300: spoke w/ cust at the Leidos table 10 min. He interviewed on the spot, 2nd interview 5/12. Still finishing CCNA module 4 of 7 online. Cont ITA per IEP.`, 'I', 'P', true, []),
  note(MO, 'bluf-military-shorthand-mo-018', `Cust's mother called 08MAY asking if he has a job yet. Referred her to cust.`, 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'bluf-military-shorthand-mo-019', `BLUF: Cust employed. TC 131045MAY26, he answered on 1st ring. Offered Leidos help desk tier 1, starts 6/1, $24. Will finish CCNA by July. IEP: employment goal met, retention svcs cont. Next contact NLT 15 JUL.`, 'T', 'P', true, []),
  // He picked up only to put the call off: nothing was exchanged, so an attempt.
  note(MO, 'bluf-military-shorthand-mo-020', `TC 201400MAY26 - cust answered, said "in a brief, call you back", disconnected. Stand by.`, 'T', 'P', false, [UA]),
  note(MO, 'bluf-military-shorthand-mo-021', `Case reviewed 27MAY for 90-day compliance. Last contact 13MAY. Green.`, '-', '-', false, [CT, NS]),
  note(MN, 'bluf-military-shorthand-mn-001', `BLUF: Client squared away.\n1. OV 021030MAR26 at WFC, 30 min.\n2. Client reports wk 4 of 8 Cisco Network Academy at Dakota County TC, quizzes 92/88/95. Job shadow at Hormel IT set for 3/20.\n3. ISS reviewed, activities current.`, 'I', 'P', true, []),
  note(MN, 'bluf-military-shorthand-mn-002', `TC 091500MAR26 - DISC, number no longer in svc. Will check WF1 for alt #.`, 'T', 'P', false, [UA]),
  note(MN, 'bluf-military-shorthand-mn-003', `E-mail out 100800MAR26 to client's .mil acct requesting new phone #.`, 'E', 'P', false, [RP]),
  note(MN, 'bluf-military-shorthand-mn-004', `Client answered e-mail 101945MAR26: new # on file. "Still in the Cisco course, 5 of 8 wks, got 90 on the subnetting test." Good copy.`, 'E', 'P', true, []),
  note(MN, 'bluf-military-shorthand-mn-005', `DVOP passed word 13MAR: client has been accepted into SkillBridge at a Twin Cities MSP. No other details.`, '-', 'O', false, [TP, CT, PM]),
  note(MN, 'bluf-military-shorthand-mn-006', `Job shadow 20MAR OBE - Hormel IT cancelled (their staffing).`, '-', '-', false, [CT, NS]),
  note(MN, 'bluf-military-shorthand-mn-007', `TC 231330MAR26 w/ client, comms est. 12 min. Course wk 7 of 8, final 4/3. Job shadow moved to 4/10. ISS ok.`, 'T', 'P', true, []),
  note(MN, 'bluf-military-shorthand-mn-008', `Instructor e-mail 06APR: client passed the final (89) and the CCNA practice exam (82%).`, 'E', 'V', false, []),
  note(MN, 'bluf-military-shorthand-mn-009', `10APR: client at the Hormel shadow per Hormel IT lead's e-mail. Lead says he asked sharp questions.`, 'E', 'V', false, []),
  note(MN, 'bluf-military-shorthand-mn-010', `TC 131100APR26 - VM. 141100 - VM. 151100 - rang out. No joy x3.`, 'T', 'P', false, [UA]),
  note(MN, 'bluf-military-shorthand-mn-011', `Client called 161720APR26 from the Guard armory. Passed the CCNA cert 4/14. Hormel wants him back for interview 4/28. ISS updated: OST complete, job search.`, 'T', 'P', true, []),
  note(MN, 'bluf-military-shorthand-mn-012', `Client on orders 20APR-04MAY (annual training, Camp Ripley). Planned break entered in WF1. No contact expected.`, '-', '-', false, [CT, NS]),
  // A reply to my text, in his words, though it says little.
  note(MN, 'bluf-military-shorthand-mn-013', `Texted client 28APR "how'd the Hormel interview go?" Reply 29APR: "went good, they decide in 2 wks". WILCO on follow-up.`, 'E', 'P', true, [PM, NS]),
  note(MN, 'bluf-military-shorthand-mn-014', `OV 051400MAY26 - client did not report. Negative contact.`, 'I', 'P', false, [UA]),
  note(MN, 'bluf-military-shorthand-mn-015', `Client's spouse called 06MAY: he's sick, will call when he's up.`, 'T', 'A', false, [PM]),
  note(MN, 'bluf-military-shorthand-mn-016', `Video (Teams) 081000MAY26 w/ client, cam on, 20 min. Hormel offer: network tech, $27.40, start 5/27. Accepted. Ends SkillBridge plans. ISS: employment goal added, OST closed.`, 'T', 'P', true, []),
  // A document from the employer, copied to him: nobody exchanged anything with the writer.
  note(MN, 'bluf-military-shorthand-mn-017', `Offer letter rec'd 12MAY by e-mail from Hormel HR (client cc'd); saved to file.`, '-', '-', false, [CT, NS]),
  note(MN, 'bluf-military-shorthand-mn-018', `Monthly: TC 081600JUN26 client on break at Hormel. 2 wks in, on call rotation starts July, likes the team. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'bluf-military-shorthand-mn-019', `HR verif (Work Number) 15JUN: client employed Hormel since 5/27.`, '-', '-', false, [CT, NS]),
  note(MN, 'bluf-military-shorthand-mn-020', `Sent client the retention-svcs letter 22JUN. Stand by.`, 'L', 'P', false, [RP]),
  note(MN, 'bluf-military-shorthand-mn-021', `In person 290730JUN26 at the coffee shop by the plant before his shift. Client good, 40 hrs days now, passed 30-day review. Wants the Network+ next spring. ISS reviewed, retention cont.`, 'I', 'P', true, []),
];
