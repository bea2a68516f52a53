/**
 * Letters and the mail room (fresh split: new voices, scored and listed but not floored yet). The voice: rural and
 * small-office case managers for whom the mailed letter is still the main way to reach people without working
 * phones: 90-day and monthly contact letters with a tear-off response form and a stamped envelope, certified mail
 * with its green return-receipt card and USPS tracking lines, mail returned with the carrier's yellow sticker ("RTS -
 * Attempted Not Known", "Vacant", "Forwarding order expired"), replies written on the back of the letter, letters
 * from the participant (from a relative's house, from jail), mailed progress reports and report cards from schools,
 * and the old "mail log" screens that have no date field.
 * Sources of realism: the contact-letter and response-form packets of Missouri regions and Minnesota WSAs, soft-exit
 * and intent-to-exit letters, USPS tracking wording.
 * How the policy is read here: a letter counts only when the participant's own written, phoned or in-person response
 * is documented (MO Issuance 01-02 §3; MN Letter 110 ¶2). A signed green card or "Delivered" tracking proves the
 * letter arrived, not that she answered; returned or unclaimed mail is an unsuccessful attempt. A response form with
 * only a box ticked is her reply, so it counts, with its missing detail flagged. A spouse or parent writing back is an
 * alternate contact (MO: counts only with substantive progress and a reason to continue; MN: recorded, never the
 * monthly contact); a school's or provider's mailed report is the provider's (same reading). When the letter brought
 * an e-mail, a call or a visit, the contact type is that reply's.
 * A note listing attempts by several means is typed by the last one tried.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'mail-room-letters';

export const NOTES: LabelledNote[] = [
  note(MO, 'mail-room-letters-mo-001', `600 CMC - Letter. 90-day contact letter mailed 3/2/26 to cust's address on file (Rt 2 Box 14, Doniphan) w/ response form and SASE. Asked cust to return form or call by 3/20.`, 'L', 'P', false, [RP]),
  note(MO, 'mail-room-letters-mo-002', `600 CMC - Letter. Response form rec'd by mail 3/16/26, signed by cust 3/12. Cust wrote: "Still in the LPN program at Three Rivers. Passed Fundamentals with an 84, in Med-Surg now. Clinicals at Poplar Bluff Regional Tues and Thurs." Cust on track for Aug graduation. Continue ITA per IEP; copy of form scanned to file.`, 'L', 'P', true, []),
  // The green card proves the letter reached him, not that he answered it.
  note(MO, 'mail-room-letters-mo-003', `Certified letter 7019 0700 0001 5555 0142 mailed 2/27. Green card returned 3/9 signed by cust. No response from cust yet; will call 3/16.`, 'L', 'P', false, [RP]),
  note(MO, 'mail-room-letters-mo-004', `Contact letter of 2/27 returned by USPS 3/11, yellow sticker: "RETURN TO SENDER - NOT DELIVERABLE AS ADDRESSED - UNABLE TO FORWARD". No other address on file. Will check MoJobs registration for updated address.`, 'L', 'P', false, [UA]),
  note(MO, 'mail-room-letters-mo-005', `Cust called 3/3 - said she got the letter we mailed 2/20. Truck driving school at Crowder: classroom done, passed CDL permit test 2/26, range starts 3/9. Needs DOT physical - referred to clinic, supportive svcs will pay. Continue ITA per IEP through CDL.`, 'T', 'P', true, []),
  note(MO, 'mail-room-letters-mo-006', `Cust walked in 3/4 holding the contact letter mailed 2/20. Met at my desk 20 min. He completed the OSHA 10 and forklift cert at the Kennett training site on 2/28 and has an interview at the Hayward Pool Products DC on 3/6. Continue job search asst per IEP; call after interview.`, 'I', 'P', true, []),
  // A ticked box is her reply; "still in training" is not progress in any detail.
  note(MO, 'mail-room-letters-mo-007', `Response form rec'd 3/18 by mail. Cust checked "☒ I am still in my training program" (other boxes blank), signed and dated 3/15. Nothing written in comments.`, 'L', 'P', true, [PM, JM, NS]),
  note(MO, 'mail-room-letters-mo-008', `Rec'd by mail 3/19: Mineral Area College mid-term progress report for cust (Industrial Maintenance, spring term). Attendance 94%; grades: Hydraulics B+, PLC I A-, Motor Controls B. Instructor comment: "Consistently prepared, strong lab work." Cust on track to complete 5/9. Continue ITA per IEP.`, 'L', 'V', true, []),
  note(MO, 'mail-room-letters-mo-009', `Letter rec'd 3/20 from Vatterott admissions: "This letter verifies that the above student is enrolled in the HVAC diploma program for the spring 2026 term."`, 'L', 'V', false, [TP, PM, JM]),
  // His wife wrote on the form: an alternate contact with no progress to report.
  note(MO, 'mail-room-letters-mo-010', `Response form returned 3/23, filled out by cust's wife: "He is working out of town on a pipeline job in Oklahoma, back in 2 weeks, he will call you."`, 'L', 'A', false, [TP, PM, JM]),
  note(MO, 'mail-room-letters-mo-011', `Letter response rec'd 3/24. Cust copied her SSN 498-55-2231 onto the form "so you can find me". She wrote that she is 6 weeks into the Medical Assistant program at Bryan University, 100% attendance, externship in May. Continue ITA per IEP. Form to secure file.`, 'L', 'P', true, [PII]),
  note(MO, 'mail-room-letters-mo-012', `Ltr mailed - 90 day.`, 'L', 'P', false, [RP, DM], { noDateField: true }),
  note(MO, 'mail-room-letters-mo-013', `Soft exit warning letter mailed 4/1 (no contact since 1/8). Letter states services end 4/8 unless cust contacts the Job Center.`, 'L', 'P', false, [RP]),
  // He answered on the back of the letter itself: his own written reply, with news but no reason to continue.
  note(MO, 'mail-room-letters-mo-014', `Our 3/20 letter came back 4/2 in the SASE with cust's note on the back: "Call me at my new number 573-555-0193, I'm at the Walmart DC in St. James now, 40 hrs, days. Thanks for the help."`, 'L', 'P', true, [JM]),
  // The returned letter is an attempt; the mother is an alternate contact who knows nothing of his training.
  note(MO, 'mail-room-letters-mo-015', `Letter returned 4/6 "ATTEMPTED - NOT KNOWN". Called cust's mother (alt contact) 4/7: she says he moved to KC in March and "is doing good," does not know about school.`, 'T', 'A', false, [UA, TP, PM, JM]),
  // The letter brought an e-mail: the reply is the contact, so its type is e-mail.
  note(MO, 'mail-room-letters-mo-016', `Contact letter mailed 4/1. Cust replied by e-mail 4/6: she finished the pharmacy technician course at OTC 3/27 and has the PTCB exam scheduled 4/22; she works 20 hrs/wk at Walgreens as a cashier meanwhile. Continue ITA for exam fee and job search asst per IEP.`, 'E', 'P', true, []),
  note(MO, 'mail-room-letters-mo-017', `Rec'd handwritten letter from cust 5/8, written from the Greene County Jail: "I am here until June 2, I can't finish the welding class, please hold my spot for summer." CM wrote back 5/12 explaining a planned gap and asked him to call on release. Planned gap entered; welding ITA to resume in the summer term per IEP.`, 'L', 'P', true, []),
  note(MO, 'mail-room-letters-mo-018', `Letter sent 5/5 in Spanish and English to cust. No response as of 5/29.`, 'L', 'P', false, [RP]),
  // She dropped her form at the front desk without seeing the case manager: the form is her written reply.
  note(MO, 'mail-room-letters-mo-019', `Cust dropped off the response form at the front desk 5/14 (CM was in a workshop). Form: "CNA class at Crowder Neosho done, state test is 6/3, I need a gas card to get to Joplin for it." Gas card approved. Continue OST through state test per IEP.`, 'L', 'P', true, []),
  note(MO, 'mail-room-letters-mo-020', `Second letter sent certified 6/1. USPS tracking: 6/3 "Notice Left (No Authorized Recipient Available)", 6/18 "Unclaimed - Being Returned to Sender".`, 'L', 'P', false, [UA]),
  note(MO, 'mail-room-letters-mo-021', `600 CMC - Telephone.\nLetters: 90-day letter 5/20 (no reply); certified 6/1 (unclaimed, returned 6/22).\nCust called 6/24 from her aunt's phone after the aunt saw the returned-mail notice. We spoke 15 min. She moved to 1405 Elm, Rolla, 6/1 and did not get mail. She is still in the Rolla Tech Center LPN program: 2nd term grades A-, B, B+, attendance 96%, clinicals at Phelps Health. Updated address in Toolbox. Continue ITA per IEP through the 12/2026 completion; next contact by phone in Sept.`, 'T', 'P', true, []),

  note(MN, 'mail-room-letters-mn-001', `Case Note - Contact Type: Letter - Monthly contact letter and check-in sheet mailed 3/2 to client in Warroad. Return envelope enclosed.`, 'L', 'P', false, [RP]),
  note(MN, 'mail-room-letters-mn-002', `Case Note - Contact Type: Letter - Client's check-in sheet rec'd 3/13 by mail (dated 3/10): WEX at Warroad Public Library 16 hrs/wk, "learning the checkout system and shelving," attending ALC classes M-Th, 2 credits earned in Feb. ISS reviewed; activities current. Sheet filed.`, 'L', 'P', true, []),
  note(MN, 'mail-room-letters-mn-003', `Monthly letter returned 3/12 by USPS: "VACANT - UNABLE TO FORWARD". Will ask the county about a new address.`, 'L', 'P', false, [UA]),
  note(MN, 'mail-room-letters-mn-004', `Client phoned 3/5 after getting the monthly letter. Talked 12 min: finishing the CDL-A at Northland Community & Technical College, road test 3/21 in Thief River Falls, then a job offer from Dick's Transport pending the license. ISS updated.`, 'T', 'P', true, []),
  note(MN, 'mail-room-letters-mn-005', `Certified monthly letter 3/3. Return receipt (PS 3811) back 3/10 signed by client. No reply yet.`, 'L', 'P', false, [RP]),
  note(MN, 'mail-room-letters-mn-006', `Rec'd by mail 3/16 from Bemidji High School counseling office: youth's 3rd quarter report card. English 10 C+, Algebra I B-, Bio C, attendance 91%. Copy to file.`, 'L', 'V', false, [TP]),
  // A parent's line on the form: an alternate contact, and "doing good" is not a result.
  note(MN, 'mail-room-letters-mn-007', `Check-in sheet came back 3/18 filled in by youth's mother: "Mai is doing good in school and likes her job." No other information.`, 'L', 'A', false, [TP, PM]),
  note(MN, 'mail-room-letters-mn-008', `Client came in 3/20 with the letter mailed in Hmong and English. Met 25 min with the Hmong interpreter on the phone line. She started the Medical Office Assistant class at Saint Paul College 3/16, 4 classes, no problems so far; needs a bus card. ISS updated with the training activity.`, 'I', 'P', true, []),
  // A ticked box is his reply, with nothing in it to call a result.
  note(MN, 'mail-room-letters-mn-009', `Check-in sheet rec'd 3/24. Client checked "still working at the same job", signed. No comments.`, 'L', 'P', true, [PM, NS]),
  note(MN, 'mail-room-letters-mn-010', `Letter from client rec'd 4/6, mailed from her sister's in Fargo: "Our house had a fire on 3/28, we are ok but staying here for a few weeks. I had to stop the phlebotomy class, Minnesota State Moorhead says I can restart in the summer session." Wrote back 4/8 with the restart steps and an emergency assistance referral. ISS: planned break until summer session.`, 'L', 'P', true, []),
  note(MN, 'mail-room-letters-mn-011', `Monthly letter sent.`, 'L', 'P', false, [RP, DM], { noDateField: true }),
  note(MN, 'mail-room-letters-mn-012', `Letter rec'd from client 6/3: started at Sanford Health Bemidji in environmental services 5/26, 32 hrs/wk, $17.10/hr, days. Asked to stay in the program for the CNA class in the fall.`, 'L', 'P', true, [], { noDateField: true }),
  note(MN, 'mail-room-letters-mn-013', `Mailed monthly letter 4/1. Client e-mailed back 4/3: she is 3 weeks into the accounting clerk certificate at Hennepin Tech (online), scored 90% on the first QuickBooks test. ISS reviewed.`, 'E', 'P', true, []),
  note(MN, 'mail-room-letters-mn-014', `Letter rec'd 4/10 from Marvin Windows HR: confirms client hired 3/30 as production associate, $19.50/hr, OJT agreement 480 hrs, and that he has worked 80 hrs so far.`, 'L', 'V', false, [TP]),
  note(MN, 'mail-room-letters-mn-015', `Letter rec'd 4/14 from client's probation agent (Beltrami County): client is compliant and attending his welding classes at NTC "every day".`, 'L', 'O', false, [TP]),
  note(MN, 'mail-room-letters-mn-016', `April letter returned 4/15: "RETURN TO SENDER - FORWARD TIME EXPIRED", yellow label with new address in Crookston. Re-mailed 4/16 to the new address.`, 'L', 'P', false, [UA, RP]),
  note(MN, 'mail-room-letters-mn-017', `Drove out to client's house in Red Lake Falls 4/22 to hand-deliver the monthly letter. No one home; left it in the door.`, 'I', 'P', false, [UA]),
  note(MN, 'mail-room-letters-mn-018', `Client brought her check-in sheet in person 5/6 and we talked at the front desk for 10 min: EMT course at Northwest Technical College finishing 5/22, passed the skills practical, NREMT written scheduled 6/1. ISS reviewed.`, 'I', 'P', true, []),
  note(MN, 'mail-room-letters-mn-019', `Intent-to-exit letter mailed 7/1 (last contact 4/28). Client has 30 days to respond before exit.`, 'L', 'P', false, [RP]),
  note(MN, 'mail-room-letters-mn-020', `Check-in sheet rec'd 5/12, client wrote her DOB 04/09/1998 at the top. She finished the forklift and OSHA 10 classes at the WFC 5/1 and starts at Digi-Key Thief River Falls 5/18, 2nd shift. ISS updated.`, 'L', 'P', true, [PII]),
  // Attempts by several means are typed by the last one tried (here the calls).
  note(MN, 'mail-room-letters-mn-021', `May contact - letters and calls, no contact made.\n5/1 monthly letter mailed to Hallock address; returned 5/9 "NO SUCH NUMBER".\n5/11 letter to the Kennedy address from the county; no response as of 5/29.\n5/12 and 5/20 called client's number on file, no answer, mailbox full.\nWill ask the WEX site supervisor whether client still works there.`, 'T', 'P', false, [UA, RP]),
];
