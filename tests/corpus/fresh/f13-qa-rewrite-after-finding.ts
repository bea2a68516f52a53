/**
 * A contractor's quality-assurance "case note re-write" after a monitor's finding (fresh split, batch 13: new
 * voices, scored and listed but not floored yet). The voice: QA staff at the operators that hold the job-center
 * contracts in Missouri regions (Sedalia, Kirksville, Joplin, Springfield) and in northwest Minnesota (Crookston,
 * Bemidji, Thief River Falls, Roseau), re-writing or correcting notes after a state or board monitor sampled the
 * files: "CASE NOTE RE-WRITE per finding C-3", "ORIGINAL: ... / REVISED: ...", "Date / Type / Results" lines, the
 * monitor's comment copied in, staff interviews, call logs with durations and texting-platform exports as the
 * evidence. Sources of realism: WIOA monitoring reports and the corrective-action plans operators write in
 * answer, where notes must be "re-written" from the original evidence, never invented.
 * How I read the policy for the hard cases: the revised text decides. A re-write that finds the "contact" was a
 * voicemail, a relative, HR, an auto-reply, a "Seen" stamp, a call the participant put off, or a line that dropped
 * corrects it into what it was, and it does not qualify. A re-write that documents from the log or the printed
 * reply a real exchange with the participant qualifies, even when the original was thin. The monitor's and QA's own
 * words are no contact. A re-write that still says only "spoke with customer by phone" is a contact with its gaps
 * flagged. A spouse beside the participant at his request leaves the contact his. Video is labelled telephone;
 * texts and Messenger e-mail.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'f13-qa-rewrite-after-finding';

export const NOTES: LabelledNote[] = [
  note(MO, 'f13-qa-rewrite-after-finding-mo-001', `CASE NOTE RE-WRITE per DWD monitoring finding C-3 (10/2026). Original 600 CMC entry 7/22/26 read: "TC w/ cust." Re-written from the staff member's phone log and her desk notes of that day: On 7/22/26 the case manager spoke with the customer by telephone for 12 min. Customer reported she completed week 6 of 10 in the Phlebotomy program at State Fair CC, attendance 100%, quiz average 88%. Services continue because the ITA-funded program ends 8/28 and she needs the national exam voucher. Next contact by 8/28.`, 'T', 'P', true, []),
  // The re-write corrects a "contact" into the voicemail it was.
  note(MO, 'f13-qa-rewrite-after-finding-mo-002', `RE-WRITE (finding C-3): Original 8/5/26 entry "Contacted customer re: progress" is corrected. The phone log shows the 8/5 call rang out and a voicemail was left; there was no conversation. This entry documents an attempt only.`, 'T', 'P', false, [UA]),
  note(MO, 'f13-qa-rewrite-after-finding-mo-003', `Revised entry - original date of contact 6/30/26. In person at the Sedalia Job Center: customer brought his CDL-A permit and reported passing the pre-trip inspection on his 2nd try; range driving starts 7/7. ITA continues to the license test (IEP goal: CDL-A, regional driver). Original note omitted progress and justification; added per monitor.`, 'I', 'P', true, []),
  note(MO, 'f13-qa-rewrite-after-finding-mo-004', `Monitor's comment (copied into the record as required): "File lacks evidence of a qualifying contact between 3/1 and 6/15/26." Contractor response: concur; no contact can be documented for that period.`, '-', '-', false, [CT, NS]),
  // Missouri provider contact re-written with hours, a test passed and why the ITA continues.
  note(MO, 'f13-qa-rewrite-after-finding-mo-005', `RE-WRITE of the 9/9/26 note (finding C-7: provider contact lacked progress). On 9/9/26 the case manager spoke by phone with Mr. Ferris, lead instructor, Hillyard Tech welding: customer has 212 of 300 booth hours, passed the 3G plate bend test 9/4, no absences since July. Services continue - the ITA covers the program through 11/20 and the customer is on track for AWS certification.`, 'T', 'V', true, []),
  note(MO, 'f13-qa-rewrite-after-finding-mo-006', `Original 9/18 entry said "customer says she is working." QA check: this came from the customer's mother, who answered the phone; the customer was not on the line. Entry re-labelled alternate contact. Mother gave no details of hours or employer.`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'f13-qa-rewrite-after-finding-mo-007', `RE-WRITE: 10/1/26 letter to customer (90-day contact letter, copy in file) asking her to call about her training status. No response documented. Not a 600 CMC until a response is received.`, 'L', 'P', false, [RP]),
  note(MO, 'f13-qa-rewrite-after-finding-mo-008', `Revised (finding C-9, e-mail contact): CM e-mailed customer 10/1/26; customer replied by e-mail 10/3/26 (reply printed to file): she finished the Medical Coding course 9/30 with a final grade of B+ and has an interview at Centene 10/10. Services continue for job placement assistance per IEP.`, 'E', 'P', true, []),
  note(MO, 'f13-qa-rewrite-after-finding-mo-009', `RE-WRITE: Original 10/8 note "OV" corrected - appointment was set for 10/8 at 10:00; customer did not come. Receptionist log confirms no check-in.`, 'I', 'P', false, [UA]),
  // The wife beside him at his request; he is the one reporting.
  note(MO, 'f13-qa-rewrite-after-finding-mo-010', `Revised entry 10/14/26 (originally entered only as "mtg w/ cust and spouse"). In-person meeting with customer at the Kirksville Job Center; his wife attended at his request and helped with dates. Customer reported he finished the HVAC Level 1 modules (6/6) at Moberly Area CC with a 3.2 GPA and starts Level 2 in January. Services continue: Level 2 is on his IEP and funded by the same ITA.`, 'I', 'P', true, []),
  note(MO, 'f13-qa-rewrite-after-finding-mo-011', `RE-WRITE: the 10/20 "TC w/ customer" was a call the customer answered at work and asked the CM to call back after 5; no information was exchanged. Entry corrected to an attempt.`, 'T', 'P', false, [UA]),
  // A real call with progress; even re-written it gives no reason for services to go on.
  note(MO, 'f13-qa-rewrite-after-finding-mo-012', `Revised from the 10/22/26 original ("talked to cust"): Phone call with customer 10/22/26. She said she is attending all classes and passed the first Pharmacy Tech exam with 91%.`, 'T', 'P', true, [JM]),
  note(MO, 'f13-qa-rewrite-after-finding-mo-013', `Original: "Texted customer 10/27." QA note: the text asked the customer to call; no reply in the texting platform export.`, 'E', 'P', false, [RP]),
  note(MO, 'f13-qa-rewrite-after-finding-mo-014', `CASE NOTE RE-WRITE (#C-11) - Customer came to the Joplin Job Center 10/29/26 and met with the CM for 30 min. Progress: completed 4 of 6 Forklift/Warehouse modules; missed 2 sessions for a sick child, made up 1. Justification: the credential is needed for the warehouse job goal in his IEP; continue OST. Next: check module 6 completion 11/12.`, 'I', 'P', true, []),
  // Nineteen seconds connected and a hello: nothing exchanged.
  note(MO, 'f13-qa-rewrite-after-finding-mo-015', `RE-WRITE: the 11/2 call log shows 00:00:19 connected. CM recalls the line dropped right after the customer said hello; the callback went to VM. No contact.`, 'T', 'P', false, [UA]),
  note(MO, 'f13-qa-rewrite-after-finding-mo-016', `QA interview with the case manager 11/3/26 on finding C-12. CM could not locate notes for the 8/2026 contact. No re-write made.`, '-', '-', false, [CT, NS]),
  note(MO, 'f13-qa-rewrite-after-finding-mo-017', `Revised 11/5 entry. Marisol called the CM's direct line 11/5/26 and they talked about her clinical placement: she started at Freeman West 11/2, 3 shifts done, preceptor signed off on IV starts. Continuing services (ITA, LPN) - 5 weeks of clinicals left before the NCLEX-PN.`, 'T', 'P', true, []),
  note(MO, 'f13-qa-rewrite-after-finding-mo-018', `RE-WRITE of 11/9: the call was with Freeman HR, not the customer - HR confirmed the customer's clinical badge is active. No customer contact.`, 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'f13-qa-rewrite-after-finding-mo-019', `Rev. 11/12/26 (orig "OV"): OV w/ cust @ Springfield JC. TABE retest math 578 (up from 523). Still 2 lvls short of the program entry req. Cont. Adult Ed + WIOA career svcs per IEP; retest 12/10.`, 'I', 'P', true, []),
  note(MO, 'f13-qa-rewrite-after-finding-mo-020', `Original 11/16: "E-mailed customer, reply received." QA correction: the reply was an automatic out-of-office message. No response from the customer.`, 'E', 'P', false, [RP]),
  // The call happened; the re-write has nothing more to add.
  note(MO, 'f13-qa-rewrite-after-finding-mo-021', `Re-write not possible beyond: CM spoke with customer by phone 11/18/26.`, 'T', 'P', true, [PM, JM, NS]),

  note(MN, 'f13-qa-rewrite-after-finding-mn-001', `Progress note REVISED 9/30/26 per NWPIC QA review (original: "Met w/ client"). Date: 9/15/26. Type: in person, Crookston WorkForce Center. Results: client in 2nd semester of the Northland CTC Electrical program, midterm grades B/B+/A-, attendance 98%. Record reviewed; activities in WF1 match the ISS.`, 'I', 'P', true, []),
  note(MN, 'f13-qa-rewrite-after-finding-mn-002', `REVISED per QA: the 9/22 "TC" was an attempt. Client's phone rang 8 times; no voicemail set up.`, 'T', 'P', false, [UA]),
  note(MN, 'f13-qa-rewrite-after-finding-mn-003', `Date 9/29/26 / Type telephone / Results: client called back 9/29 from the lineworker school in Bemidji; climbing week completed, passed pole-top rescue. Grades posted to file. ISS reviewed.`, 'T', 'P', true, []),
  // His mother, at a school night for another youth; "doing well" is no result.
  note(MN, 'f13-qa-rewrite-after-finding-mn-004', `REVISED 10/6: the original "client doing well in school" came from his mother at a parent-teacher night the CM attended for another youth; the client was not there.`, 'I', 'A', false, [TP, PM]),
  note(MN, 'f13-qa-rewrite-after-finding-mn-005', `Monthly contact letter mailed to client 10/7/26 (copy in file). No reply as of the QA review.`, 'L', 'P', false, [RP]),
  note(MN, 'f13-qa-rewrite-after-finding-mn-006', `Revision: the 10/7 letter was answered - client returned the response form 10/16/26 (in file): working 32 hrs/wk at Digi-Key as an assembler since 10/1, $18.75/hr; still taking the online quality cert class, 2 of 5 units done.`, 'L', 'P', true, []),
  // Minnesota: an instructor's grades are recorded, never the participant's monthly contact.
  note(MN, 'f13-qa-rewrite-after-finding-mn-007', `REVISED (QA): the 10/20 entry was with the client's instructor at Bemidji State (e-mail): grades A, B, B; attendance fine. Client not contacted.`, 'E', 'V', false, [TP]),
  note(MN, 'f13-qa-rewrite-after-finding-mn-008', `Rev. 10/27/26 - Teams video w/ youth (she was at the Thief River Falls Career Center lab), 20 min. Finished CNA course 10/24, state test 11/12. Next: call after the test. ISS checked.`, 'T', 'P', true, []),
  note(MN, 'f13-qa-rewrite-after-finding-mn-009', `Note to file: DEED monitor sampled this record 10/29/26. Finding 2 (missing results in 3 notes) addressed by the revisions above.`, '-', '-', false, [CT, NS]),
  note(MN, 'f13-qa-rewrite-after-finding-mn-010', `REVISED 11/2 entry. Client was met with in person 11/2/26 at the Roseau County courthouse outreach office; she reported her first paycheck from Polaris (2nd shift, 40 hrs) and the end of her welding certificate coursework. ISS goal "employment" marked achieved; record reviewed.`, 'I', 'P', true, []),
  // The original restated her voicemail as if it were a talk.
  note(MN, 'f13-qa-rewrite-after-finding-mn-011', `Original 11/4 note: "Client said she called Polaris HR." QA: that note only restated a voicemail the client left 11/3; CM never reached her.`, 'T', 'P', false, [UA]),
  note(MN, 'f13-qa-rewrite-after-finding-mn-012', `REVISED: 11/6-11/7 e-mail thread with client printed to file. CM 11/6 asked how 2nd shift is going. Client 11/7: "its good, I got moved to weld cell 3 and they are paying for my next cert." Results: employed, employer-paid certification.`, 'E', 'P', true, []),
  // His brother's intake; he drove him and sat in the lobby.
  note(MN, 'f13-qa-rewrite-after-finding-mn-013', `REVISED 11/9: the "OV" was the client's brother's intake; client drove him and sat in the lobby.`, 'I', 'O', false, [TP, PM]),
  note(MN, 'f13-qa-rewrite-after-finding-mn-014', `Rev. 11/12 - "Bud" (Harold Lindqvist, client) came in to the WFC to use the copier and we sat down for 20 min: he's 6 weeks into the CDL course at Northland, backing skills passed, road test 12/3. Record reviewed, ISS unchanged.`, 'I', 'P', true, []),
  note(MN, 'f13-qa-rewrite-after-finding-mn-015', `REVISED (QA): 11/13 "contact" corrected to attempts - 11/13 TC no ans; 11/14 TC no ans, LM; 11/16 text, undelivered.`, 'T', 'P', false, [UA]),
  note(MN, 'f13-qa-rewrite-after-finding-mn-016', `REVISED 11/18: Telephone contact with client 11/18/26 about his schedule. (No results recorded by CM; QA could not add any.)`, 'T', 'P', true, [PM, NS]),
  note(MN, 'f13-qa-rewrite-after-finding-mn-017', `REVISED: 11/19 was a call from the county MFIP worker asking for the client's hours; CM gave none (no ROI on file).`, 'T', 'O', false, [TP, PM]),
  note(MN, 'f13-qa-rewrite-after-finding-mn-018', `Progress note (re-write of the 11/20 "contacted client" entry). 11/20/26, phone. Client reports she passed the CNA state test 11/12 (written and skills); applying at Altru and Valley Health. Results letter copy to file; ISS updated to job search.`, 'T', 'P', true, []),
  note(MN, 'f13-qa-rewrite-after-finding-mn-019', `REVISED: 11/23 Facebook Messenger msg to client shows "Seen" but no answer.`, 'E', 'P', false, [RP]),
  // A rank before the name is the participant's title.
  note(MN, 'f13-qa-rewrite-after-finding-mn-020', `Rev. 11/25: SSG (ret.) Morales, client, stopped in at the Bemidji WFC and told me he's done with A+ module 2 (score 742), testing module 3 in Dec. Record reviewed.`, 'I', 'P', true, []),
  note(MN, 'f13-qa-rewrite-after-finding-mn-021', `REVISED (QA): the 11/30 call dropped before the client could answer the first question - he picked up in a dead zone. No results. CM to try again.`, 'T', 'P', false, [UA]),
];
