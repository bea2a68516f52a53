/**
 * Employer and HR verification: notes about proving employment (The Work Number look-ups, HR calls and verification
 * forms, paystubs the participant e-mails, texts or drops off, supervisors' OJT evaluations, plant-floor check-ins)
 * (locked split, batch 6: scored, aggregates only). A database or an HR office saying "still employed" is no contact
 * with the participant; HR or a supervisor is the provider (Missouri: counts only with substantive progress and a
 * reason to continue; Minnesota: recorded, never the monthly contact). A paystub the participant sends in answer to
 * a request is a written reply; one uploaded with no word is a document, not a contact. Labels come from the
 * policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind: before the checker ever ran
 * on them.
 */
import { note, type LabelledNote, MO, MN, PM, JM, NS, UA, RP, TP, CT, PII } from '../types';

export const STYLE = 'employer-hr-verification';
export const BATCH = 6;

export const NOTES: LabelledNote[] = [
  note(MO, 'b6-hr-mo-01', 'The Work Number verification 3/3/26: cust employed at Walmart DC #6018 since 01/12/2026, status Active, base rate $19.00/hr. Printout in file. No contact w/ cust.', '-', '-', false, [CT]),
  note(MO, 'b6-hr-mo-02', 'TC w/ HR at Tyson Sedalia (Maria, HR generalist) 3/4 to verify employment for the performance measure. Cust hired 1/20, full time, $17.25/hr, still active.', 'T', 'V', false, [TP, JM]),
  note(MO, 'b6-hr-mo-03', 'Cust e-mailed 2 paystubs 3/5 in reply to CM\'s request: "here you go, I\'m getting 40 hrs plus OT most weeks." Stubs show $18.40/hr at Leonardo DRS. Cont follow-up services per IEP; retention check 6/5.', 'E', 'P', true, []),
  note(MO, 'b6-hr-mo-04', 'OJT check-in at Hubbell (Centralia) 3/9. Met w/ cust and his supervisor Ron on the floor. Cust says he is learning the press brake and likes days. Ron says 240 of 480 OJT hrs done, "meets" on the 60-day eval. Cont OJT per contract and IEP.', 'I', 'P', true, []),
  note(MO, 'b6-hr-mo-05', 'OJT monthly eval e-mailed by supervisor (Midwest Block & Brick) 3/10: 160 hrs in Feb, rated 4 of 5 in all areas, passed the forklift cert.', 'E', 'V', false, [TP, JM]),
  note(MO, 'b6-hr-mo-06', 'Called cust\'s supervisor at Casey\'s (Jefferson City #2) 3/11 to verify hours. Supervisor said "she\'s a good worker" but HR handles hours, could not give any.', 'T', 'V', false, [TP, PM, JM]),
  note(MO, 'b6-hr-mo-07', 'Texted cust 3/12 asking for her last 2 paystubs for the file. No response.', 'E', 'P', false, [RP]),
  // A photo sent back in answer to the request is her reply (MO 2.3), even with no words: the stub is the news.
  note(MO, 'b6-hr-mo-08', 'Texted cust 3/12 for paystubs. 3/13 cust texted back a photo of her stub, no message: 36 hrs, $15.50/hr at Dollar General DC. Saved to file.', 'E', 'P', true, [JM]),
  note(MO, 'b6-hr-mo-09', 'Tyson HR (Maria) called 3/14: cust was terminated 3/13 for attendance (3 no-call/no-shows).', 'T', 'V', false, [TP, JM]),
  note(MO, 'b6-hr-mo-10', 'TC w/ cust 3/16 re: the termination. Cust confirms she was let go from Tyson for missing 3 shifts when her childcare fell through. She has applied at Hostess and Walmart DC since. Will re-open job search services per IEP and refer her to the childcare subsidy; next TC 3/30.', 'T', 'P', true, []),
  note(MO, 'b6-hr-mo-11', 'The Work Number search 3/17 for cust: "No record found." Will ask cust for a paystub.', '-', '-', false, [CT, NS]),
  note(MO, 'b6-hr-mo-12', 'Cust dropped off an employment verification letter at the front desk 3/18 (Mercy letterhead: full time since 2/1, $16/hr, unit secretary). CM was in a staffing and did not see cust.', 'I', 'P', false, [UA]),
  note(MO, 'b6-hr-mo-13', 'OJT site visit 3/19, Midwest Block & Brick (Jefferson City). Cust off today. Supervisor Gary reports 320 of 480 OJT hrs, passed the forklift cert 3/2, no attendance issues. Cont OJT per contract; final invoice due after 480 hrs.', 'I', 'V', true, []),
  note(MO, 'b6-hr-mo-14', 'TC w/ cust 3/20. Cust says work is fine.', 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'b6-hr-mo-15', 'E-mailed HR at Leggett & Platt 3/23 for cust\'s 90-day retention verification. Got an automatic reply: out of office until 3/30.', 'E', 'V', false, [UA]),
  note(MO, 'b6-hr-mo-16', 'TC w/ cust 3/25 on her lunch break. She passed her 90-day probation at Leggett, raise to $18.75, benefits start 4/1, moving to 1st shift. Retention follow-up per IEP, next contact 6/25.', 'T', 'P', true, []),
  note(MO, 'b6-hr-mo-17', 'The Work Number search 3/27 by cust SSN 498-55-0172: employed at Hostess Brands since 3/23, $16.80/hr, full time. No contact w/ cust.', '-', '-', false, [CT, PII]),

  note(MN, 'b6-hr-mn-01', 'Work Number verification 3/2: client active at Digi-Key (TRF), hire date 1/5/26, $19.00/hr. Saved to file.', '-', '-', false, [CT]),
  note(MN, 'b6-hr-mn-02', 'Client e-mailed 3/3: "Attached are my last two check stubs. I\'m up to 40 hours now and got a raise to $17.50." Stubs saved to file, ISS updated.', 'E', 'P', true, []),
  note(MN, 'b6-hr-mn-03', 'TC w/ client\'s OJT supervisor at Marvin (Warroad) 3/4: client has 200 of 400 OJT hours and is learning the CNC router.', 'T', 'V', false, []),
  note(MN, 'b6-hr-mn-04', 'OJT check-in at Polaris (Roseau) 3/5. Met client in the plant break room with his lead. Client says he likes 2nd shift and the paint line; lead says 180 OJT hrs so far and he is cross-trained on two stations. ISS reviewed.', 'I', 'P', true, []),
  note(MN, 'b6-hr-mn-05', 'Client uploaded a paystub to the WF1 document portal 3/9, no message. Stub shows 32 hrs at $16.25, Sanford Thief River Falls.', '-', '-', false, [CT]),
  note(MN, 'b6-hr-mn-06', 'Called Arctic Cat HR 3/10 to verify employment for Q1 follow-up. HR confirmed client is still employed; would not give hours.', 'T', 'V', false, [PM]),
  note(MN, 'b6-hr-mn-07', 'Texted client 3/11 asking for a current paystub. Nothing back yet.', 'E', 'P', false, [RP]),
  note(MN, 'b6-hr-mn-08', 'Client texted 3/12 at 11:48 PM: "sorry just got off shift, im at 40 hrs now at Walmart DC, will send a stub Friday." ISS reviewed.', 'E', 'P', true, []),
  note(MN, 'b6-hr-mn-09', 'WEX supervisor report received by mail 3/13 (Pennington Co. Highway): 48 hrs in Feb, good attendance, "learning fast."', 'L', 'V', false, []),
  note(MN, 'b6-hr-mn-10', 'Called client at work 3/16 (Hanson Silo main line). Front desk said he is on the line and can\'t come to the phone; left a message for him.', 'T', 'P', false, [UA]),
  note(MN, 'b6-hr-mn-11', 'Phone w/ client 3/18. Laid off from RDO 3/13 (seasonal), applied for UI, has applications in at 2 places in Crookston. ISS updated, WF1 activity changed to job search.', 'T', 'P', true, []),
  note(MN, 'b6-hr-mn-12', 'Digi-Key HR called 3/19 to report client quit 3/17.', 'T', 'V', false, []),
  note(MN, 'b6-hr-mn-13', 'Client came in 3/20 with 3 paystubs (38-40 hrs/wk at $18 at Central Boiler). Copies to file. Reviewed ISS with client, moving to follow-up.', 'I', 'P', true, []),
  note(MN, 'b6-hr-mn-14', 'Q2 retention verification requested through The Work Number 3/23, pending.', '-', '-', false, [CT, NS]),
  // The supervisor answered; the client, cc'd on the same e-mail, did not.
  note(MN, 'b6-hr-mn-15', 'E-mailed client and his OJT supervisor 3/24 about the April schedule. Supervisor replied 3/25: client worked 152 hrs in March, no issues. No reply from client.', 'E', 'V', false, [RP]),
  note(MN, 'b6-hr-mn-16', 'Phone contact with client 3/30, about 20 min, she called on her break. She had her 90-day review at Sanford TRF on 3/26: meets expectations in all areas, raise from $16.25 to $17.10, moved from PRN to 0.8 FTE (32 hrs/wk) on the med-surg floor as a nursing assistant. She is still using the CCAP slot for her youngest and says the new hours line up with daycare. She e-mailed the review summary and her last stub, both in the file. She asked about the LPN program at NCTC for fall; told her we can look at it at our April contact. ISS reviewed, follow-up continues.', 'T', 'P', true, []),
  note(MN, 'b6-hr-mn-17', 'Sent client a secure message in the CareerForce portal 3/26 asking for her March paystubs for the Q1 follow-up. Message status: Unread.', 'E', 'P', false, [RP]),
];
