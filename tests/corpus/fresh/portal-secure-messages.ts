/**
 * Participant self-service portal notes: secure-message threads pasted with their system headers, document uploads,
 * live chat, read/unread statuses, auto-acknowledgements, appointment reminders and broadcasts (fresh split: new
 * voices, scored and listed but not floored yet). Written the way staff paste from a job-seeker portal's message
 * centre: timestamps, "Inbound/Outbound", "Status: Delivered – Not Read", ticket numbers, the participant's own
 * spelling. Labels come from the policies and the definition of a qualifying contact, written before the checker
 * ever ran on them.
 * A portal message is written (e-mail): it counts once the participant answers or writes in with news and the
 * exchange is shown; a read receipt, a login, an upload with no message, or a system auto-reply is no answer.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'portal-secure-messages';

export const NOTES: LabelledNote[] = [
  note(MO, 'portal-secure-messages-mo-001', 'SECURE MESSAGE THREAD #20931 (Participant Portal)\n03/02/2026 08:41 AM From: Participant | Subject: grades\n"Hi Ms. Dunn, I got my midterm grades back. A in Med Term, B+ in A&P. Clinicals start 3/16."\n03/02/2026 10:05 AM From: Staff (K. Dunn)\n"Great work Tasha! Upload your clinical schedule when you get it."\n03/02/2026 11:30 AM From: Participant\n"will do, thanks"\nCM: progress satisfactory, continue ITA for LPN program per IEP.', 'E', 'P', true, []),
  note(MO, 'portal-secure-messages-mo-002', 'Portal msg sent 3/5 to cust re: 90 day contact due. Status: Delivered - Not Read.', 'E', 'P', false, [RP]),
  // An upload answered only by the system's auto-acknowledgement is no exchange with anyone (and says nothing of progress).
  note(MO, 'portal-secure-messages-mo-003', '** AUTO-GENERATED ENTRY **\nParticipant uploaded document "paystub_march.pdf" (Category: Employment Verification) 03/09/2026 7:52 PM.\nAuto-acknowledgement sent to participant: "Thank you, your document has been received and will be reviewed within 3 business days."', '-', '-', false, [CT, NS]),
  note(MO, 'portal-secure-messages-mo-004', 'Cust messaged thru portal 3/11: "I passed my CDL permit test today!! Road test is 4/2." Replied 3/11 congratulating and reminded cust to send copy of permit. Cust responded w/ photo of permit same day. Cont. ITA at Crowder CDL per IEP.', 'E', 'P', true, []),
  note(MO, 'portal-secure-messages-mo-005', 'Portal activity: cust last logged in 03/14/2026 2:16 PM and viewed the message "Your 90-Day Review" (sent 3/12). No response submitted.', 'E', 'P', false, [RP]),
  // The college's admissions office wrote, not the customer: one fact (enrolment) and no reason to continue.
  note(MO, 'portal-secure-messages-mo-006', 'Message rec\'d in portal inbox 3/18 from "Admissions - State Fair CC" re: customer\'s enrollment verification: cust enrolled 12 cr hrs spring 2026. Saved to file.', 'E', 'V', false, [TP, JM]),
  note(MO, 'portal-secure-messages-mo-007', 'Portal chat 3/20 w/ cust. Cust says all good.', 'E', 'P', true, [PM, JM, NS]),
  note(MO, 'portal-secure-messages-mo-008', '3/23 Participant portal msg: "can you call me?"\n3/23 Staff reply: "Sure, what number and what time works for you?"\nNo further reply from cust as of 3/27.', 'E', 'P', false, [RP]),
  // An automated reminder is a one-way message to the customer; nothing came back.
  note(MO, 'portal-secure-messages-mo-009', '*** SYSTEM NOTICE ***\nAutomated appointment reminder sent to participant via portal and SMS on 03/25/2026 for appt 03/30/2026 10:00 AM (Case Mgmt Review). Delivery status: SENT.', 'E', 'P', false, [RP]),
  note(MO, 'portal-secure-messages-mo-010', '90-day letter mailed 2/27. Cust responded via secure portal 3/3: "Got your letter. I finished my welding cert at Ranken 2/20 and I start at Hussey Copper 3/9, $19.25/hr." Sent congrats + retention info. Moving cust to follow-up per IEP; retention check 4/3.', 'E', 'P', true, []),
  // The portal refused the message (like a bounce); the letter that followed has no reply yet.
  note(MO, 'portal-secure-messages-mo-011', 'Attempted to send secure msg 4/1 - ERROR: participant portal account inactive (no login in 180 days). Mailed letter to address on file instead 4/1.', 'L', 'P', false, [UA, RP]),
  note(MO, 'portal-secure-messages-mo-012', 'Cust uploaded spring transcript 4/6 (GPA 3.1, 15 cr completed) and wrote in the message box "here is my transcript, I\'m registered for summer too." CM replied 4/7 asking if she still needs the book voucher; cust replied 4/7 "yes its $212 for summer". Book voucher approved, continue ITA per IEP.', 'E', 'P', true, []),
  // Written from the customer's account but signed by his wife: her message, one piece of news, no justification.
  note(MO, 'portal-secure-messages-mo-013', 'Portal msg 4/10 from cust\'s account, signed "this is his wife Dana": Marcus is working nights at Tyson now and can\'t come in 4/14. CM replied asking Marcus to call when he can.', 'E', 'A', false, [TP, JM]),
  note(MO, 'portal-secure-messages-mo-014', 'Sent portal msg 4/15: reminder to turn in WEX timesheets by Fri. Cust replied "ok".', 'E', 'P', true, [PM, JM, NS]),
  // The customer's request carries no news, and the confirmation the system sent back is one-way.
  note(MO, 'portal-secure-messages-mo-015', 'Per cust\'s portal request submitted 4/20 ("need to reschedule"), rescheduled case mgmt appt to 4/28 at 1:00 PM. Confirmation auto-sent to cust.', 'E', 'P', false, [RP]),
  note(MO, 'portal-secure-messages-mo-016', 'Participant Portal - Secure Msg | Participant: Lena Ortiz | DOB 06/14/1991 | Case #MO-55821\nFrom Participant 4/22: "Passed my Praxis Core!! Student teaching placement at Lee\'s Summit starts in Aug."\nStaff reply 4/22: congrats, will update IEP. Lena replied "thank you so much".\nContinue ITA per IEP.', 'E', 'P', true, [PII]),
  note(MN, 'portal-secure-messages-mn-001', 'WF1 Secure Msg Center - Inbound 03/03/2026 4:47 PM\nFrom: client\n"hi Jordan its Kayla, just letting u know I started at Sanford as a CNA on 2/28, 32 hrs a week $18.75. thanks for everything"\nOutbound 03/04/2026 8:12 AM From: J. Lindqvist\n"Congrats Kayla! Can you upload your first paystub when you get it?"\nInbound 03/04/2026 9:30 AM\n"yep will do"\nISS updated, employment entered in WF1.', 'E', 'P', true, []),
  note(MN, 'portal-secure-messages-mn-002', 'Monthly contact msg sent via portal 3/6. No response.', 'E', 'P', false, [RP]),
  note(MN, 'portal-secure-messages-mn-003', 'Secure msg sent 3/9, resent 3/16, resent 3/23. All 3 show Unread. Will try phone next wk.', 'E', 'P', false, [RP]),
  // A file with no message is not an exchange; the schedule is progress, so the note is not empty.
  note(MN, 'portal-secure-messages-mn-004', 'Client uploaded "Spring_schedule.pdf" 3/11 - no message attached. Schedule shows 2 classes M/W evenings at NCTC. Saved to file.', '-', '-', false, [CT]),
  note(MN, 'portal-secure-messages-mn-005', 'Live chat (portal) 3/13 w/ client, approx 15 min. She asked about the mileage reimbursement form; she\'s still going to phlebotomy class Tues/Thurs and has 40 of 100 clinical hrs done. Sent form link.', 'E', 'P', true, []),
  note(MN, 'portal-secure-messages-mn-006', 'Client messaged 3/18 "i cant make it thurs, can we do a different day". Replied w/ 3/25 or 3/26 at 10. No reply yet.', 'E', 'P', false, [RP]),
  note(MN, 'portal-secure-messages-mn-007', 'Auto-reply received 3/20 from client\'s email (linked to her portal acct): "I am out of town until March 30, I will respond when I return."', 'E', 'P', false, [RP]),
  note(MN, 'portal-secure-messages-mn-008', 'Portal thread 3/24-3/26: CM asked for monthly update. Client answered 3/26: "still looking, applied at Arctic Cat and Digi-Key, interview at Digi-Key 4/1".', 'E', 'P', true, []),
  note(MN, 'portal-secure-messages-mn-009', 'Client\'s WEX supervisor (Polk County Fair Board) sent a secure msg 3/27: client worked 38 hrs this pay period, on time every day.', 'E', 'V', false, []),
  // The last reply is February's (documented then); March's two messages are unread.
  note(MN, 'portal-secure-messages-mn-010', 'Portal history reviewed 4/1: client last replied to my msg on 2/12. Msgs sent 3/3 and 3/20 still unread.', 'E', 'P', false, [RP]),
  note(MN, 'portal-secure-messages-mn-011', 'Video visit thru portal (Zoom link) 4/3. Client held her certificate up to the camera - Forklift Operator, Alexandria Tech, passed 3/31. Talked about applying at Bobcat. ISS reviewed.', 'T', 'P', true, []),
  // Her call went to the state helpdesk: someone else's contact, nothing for this record.
  note(MN, 'portal-secure-messages-mn-012', 'Client\'s portal password reset 4/7 at her request (she called the helpdesk). Helpdesk ticket #77120 closed.', '-', '-', false, [CT, NS]),
  note(MN, 'portal-secure-messages-mn-013', 'msg exchange 4/9, client says things r fine', 'E', 'P', true, [PM, NS]),
  // A broadcast to every participant is at most a one-way e-mail to this one.
  note(MN, 'portal-secure-messages-mn-014', 'Portal broadcast msg 4/10 to all WIOA Adult participants: CareerForce hiring event 4/17, 10-2. (Client\'s copy shows delivered.)', 'E', 'P', false, [RP]),
  note(MN, 'portal-secure-messages-mn-015', 'Secure msg from client: "I got the job at the Walmart DC!! start monday, 40 hrs". Replied congrats and asked for her offer letter. Client sent it back the same day.', 'E', 'P', true, [DM], { noDateField: true }),
  // Every inbound message only asks or arranges; the customer never says anything of her training, and the last question is unanswered.
  note(MO, 'portal-secure-messages-mo-017', 'Portal Message Center - Thread "Mileage" (export)\n04/24/2026 06:12 AM  INBOUND  Participant\n  Hi, how do I turn in mileage? I have receipts from March too. Do I need a form or can I just take pictures?\n04/24/2026 09:40 AM  OUTBOUND  K. Dunn (Career Specialist)\n  Good morning! You need the Supportive Services Mileage Log (attached). Fill in each trip to class, the miles, and sign at the bottom. Pictures of receipts are fine for parking. Please also tell me how classes are going and whether you still have clinicals on Fridays.\n04/24/2026 12:03 PM  INBOUND  Participant\n  ok do I send it here or bring it in\n04/24/2026 12:30 PM  OUTBOUND  K. Dunn\n  Either works. If you bring it in, the front desk can scan it. And how are classes going?\n04/28/2026 08:00 AM  SYSTEM\n  Reminder: you have 1 unread message.\nNo further messages as of 04/30. Mileage log not yet received.', 'E', 'P', false, [RP]),
];
