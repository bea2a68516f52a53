/**
 * Notes written by (or for) a contact center that works the 90-day and monthly contacts from a dialer: campaign
 * and attempt lines, call-result and disposition codes (NA, AM, LVM, BZ, DISC, WN, RPC right-party contact, TPC
 * third-party contact), scripted question-and-answer blocks, wrap codes, SMS and e-mail campaign statuses, QA
 * reviews (fresh split: new voices, scored and listed but not floored yet). Labels come from the policies and the
 * definition of a qualifying contact in ARCHITECTURE.md, written before the checker ever ran on them.
 * "RPC" says the participant was reached; what the answers show decides progress. "TPC" with a relative who only
 * takes a message is an attempt to reach the participant; a wrong number reaches a stranger ("other"). A message
 * the contact center took for the case manager is a relayed message, not a contact. A delivered or opened
 * e-mail or text is no reply. A caller who could not be verified is not known to be the participant.
 */
import { MO, MN, PM, JM, NS, UA, RP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'call-center-scripted';

export const NOTES: LabelledNote[] = [
  note(MO, 'call-center-scripted-mo-001', 'Outbound Campaign: WIOA 90-Day CMC | Attempt 1 of 3\nNumber dialed: (417) 555-0142\nCall Result: NA\nDisposition: LVM - standard script read\nNext Action: Attempt 2 in 48 hrs', 'T', 'P', false, [UA]),
  note(MO, 'call-center-scripted-mo-002', 'Outcome: Contacted — RPC\nIdentity verified (name, ZIP, DOB 07/22/1991)\nQ1 Still enrolled in training? — Yes, CDL at Drive Train\nQ2 Progress since last contact? — Passed pre-trip and road test 3/14; Class A license issued 3/16\nQ3 Employment? — Offer from Prime, orientation 3/24\nQ4 Needs? — Help with the DOT physical cost\nWrap: Continue services per IEP; supportive service referral sent to CM', 'T', 'P', true, [PII]),
  note(MO, 'call-center-scripted-mo-003', 'Disposition: DISC (number not in service)', 'T', 'P', false, [UA]),
  note(MO, 'call-center-scripted-mo-004', 'Call Result: WN — person who answered does not know customer\nAction: flag phone number for update', 'T', 'O', false, [UA]),
  note(MO, 'call-center-scripted-mo-005', 'Outcome: Contacted — TPC\nSpoke with: spouse (customer at work)\nInfo given: customer is "doing fine at school"\nMessage left for customer to call 1-888-555-0100', 'T', 'P', false, [UA]),
  note(MO, 'call-center-scripted-mo-006', 'Inbound call | Caller: customer | Queue: WIOA Participant Line\nReason: Reporting employment\nNotes: Customer started at Mercy Hospital 4/7 as a Pharmacy Technician, 40 hrs/wk, $17.25/hr. Completed the OTC Pharmacy Tech program 3/28.\nDisposition: Resolved — info updated; routed to CM for exit review and follow-up services per IEP.', 'T', 'P', true, []),
  note(MO, 'call-center-scripted-mo-007', 'Call Result: BZ (busy) x3 — 9:02, 11:40, 2:15\nDisposition: Max attempts reached for the day', 'T', 'P', false, [UA]),
  note(MO, 'call-center-scripted-mo-008', 'Inbound call 4/23 — CM unavailable. Message taken by contact center agent: customer says she passed the CNA state exam and wants a call back. Ticket #55821 routed to CM.', 'T', 'P', false, [UA]),
  note(MO, 'call-center-scripted-mo-009', 'CM return call 4/24 re: ticket #55821. Outcome: Contacted — RPC. Customer confirmed she passed the CNA state exam 4/21 (written 86, skills pass); she is now on the Missouri registry and interviewing at two nursing homes. Continue services for job placement per IEP.', 'T', 'P', true, []),
  note(MO, 'call-center-scripted-mo-010', 'SMS Campaign: 90-Day Check-In | Sent 5/1 09:00 | Status: Delivered | Reply: none as of 5/8', 'E', 'P', false, [RP]),
  note(MO, 'call-center-scripted-mo-011', 'SMS Campaign: 90-Day Check-In | Sent 5/1 | Reply 5/1 14:22: "still at welding school, passed my 3G test last week, 6 wks left" | Agent note: reply logged, continue ITA per IEP', 'E', 'P', true, []),
  note(MO, 'call-center-scripted-mo-012', 'Outcome: Contacted — RPC | Call duration 00:01:12 | Wrap code: GEN-CHECKIN | Notes: customer ok', 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'call-center-scripted-mo-013', 'Outcome: Contacted — unable to verify identity (caller could not confirm ZIP or the last 4 of the phone number). Script ended per privacy policy; no information discussed.', 'T', 'P', false, [UA]),
  note(MO, 'call-center-scripted-mo-014', 'Predictive dialer: call connected and abandoned before agent greeting (no agent available). Auto-requeued.', 'T', 'P', false, [UA]),
  note(MO, 'call-center-scripted-mo-015', '=== OUTBOUND CALL RECORD ===\nCampaign: WIOA Adult 90-Day CMC (Springfield)\nAgent: T. Marsh (Contact Center) — warm transfer to CM R. Diaz at 10:14\nAttempt: 2 of 3 (attempt 1 on 6/2: NA/LVM)\nOutcome: Contacted — RPC (identity verified: name, ZIP 65803)\nCall duration: 00:14:36\n--- CM notes ---\nSpoke with customer 6/4. She is in week 12 of 16 of the Medical Assistant program at Bryan University; her instructor\'s midterm evaluation (she read it to me) rates her "meets expectations" in all clinical skills, and her grades are A in Pharmacology and B in Medical Office Procedures. She missed 2 days in May for her daughter\'s surgery and made up both labs. Externship at CoxHealth starts 7/7. She asked about help with scrubs and the background check fee for the externship; CM will submit the supportive services request today.\nDisposition: RPC — Complete\nPlan: Continue ITA per IEP through the externship; next CMC by 7/15.', 'T', 'P', true, []),
  note(MN, 'call-center-scripted-mn-001', 'Campaign: Monthly Participant Contact (MN) | Dial 1/3\nResult: AM\nDisposition: LVM\nScript: MSG-02 (call back 218-555-0170)', 'T', 'P', false, [UA]),
  note(MN, 'call-center-scripted-mn-002', 'Outcome: Contacted — RPC\nQ1 Current activity? — CNA course at Northland, week 6\nQ2 Attendance/grades? — no absences, 88% on the skills checklist\nQ3 Work? — 12 hrs/wk at Villa St. Vincent\nQ4 Concerns? — none\nISS reviewed by CM after the call.', 'T', 'P', true, []),
  note(MN, 'call-center-scripted-mn-003', 'Outcome: Contacted — TPC. Spoke with client\'s mother; client moved to Fargo last month, new number not given.', 'T', 'P', false, [UA]),
  note(MN, 'call-center-scripted-mn-004', 'Call Result: NA, no VM set up', 'T', 'P', false, [UA]),
  note(MN, 'call-center-scripted-mn-005', 'Inbound | Caller: client | Reason: monthly check-in\nClient reports she passed the GED Science test 2/12 (155) and has one test left (Social Studies, 3/4). Working 20 hrs/wk at Subway.\nDisposition: Resolved — ISS note for CM', 'T', 'P', true, []),
  note(MN, 'call-center-scripted-mn-006', 'Outcome: Contacted — RPC | Wrap: CHK-IN | "all fine"', 'T', 'P', true, [PM, NS]),
  note(MN, 'call-center-scripted-mn-007', 'E-mail campaign MN-Monthly sent 3/3 | Opened 3/3 | Clicked: 0 | Reply: none', 'E', 'P', false, [RP]),
  note(MN, 'call-center-scripted-mn-008', 'E-mail campaign MN-Monthly sent 4/1 | Reply 4/2: "Hi, finished the welding program 3/28 and got hired at Arctic Cat, start 4/14, $21/hr." | Agent: routed to CM', 'E', 'P', true, []),
  note(MN, 'call-center-scripted-mn-009', 'Outbound to provider (Northland TRF registrar) | Outcome: Contacted | Info: client enrolled for spring, 12 credits, midterm GPA 3.1', 'T', 'V', false, []),
  note(MN, 'call-center-scripted-mn-010', 'Callback scheduled 4/18, 10-12, at CM\'s request. Agent to call client.', '-', 'P', false, [CT]),
  // The client answered the check-in text: a documented response (Letter 110 allows e-mail), with no results in it.
  note(MN, 'call-center-scripted-mn-011', 'SMS sent 5/5: "Hi from CareerForce, monthly check-in: how is school going?" Reply 5/5: "ok"', 'E', 'P', true, [PM, NS]),
  // The only date in the text is the date of birth; the call itself carries none and the screen has no date field.
  note(MN, 'call-center-scripted-mn-012', 'Outcome: Contacted — RPC. Verified: name, DOB 11/02/1985. Client reports 2nd semester at M State, 14 credits, working 16 hrs at Sanford. ISS reviewed.', 'T', 'P', true, [PII, DM], { noDateField: true }),
  // A supervisor's review of an agent's call is no contact with the participant; the call has its own note.
  note(MN, 'call-center-scripted-mn-013', 'QA review of call 5/12 (agent J. Lind): script followed, RPC verified, score 95%.', '-', '-', false, [CT, NS]),
  note(MN, 'call-center-scripted-mn-014', 'Inbound call 5/20 from client, warm-transferred to CM. Client told CM she failed the CDL road test on the first try (parallel parking) and retests 5/30. ISS updated with the new test date.', 'T', 'P', true, []),
  note(MN, 'call-center-scripted-mn-015', 'Inbound call 5/21 from client\'s number, caller abandoned in queue after 6:40. Agent called back: went to voicemail, LVM.', 'T', 'P', false, [UA]),
];
