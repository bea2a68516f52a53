/**
 * System-generated logs: CRM auto-entries ("SYSTEM: e-mail sent", delivery and open receipts, auto-reminders,
 * click-to-dial dispositions, portal uploads, auto-flags and task assignments, voicemail transcriptions) mixed with
 * the staff's own lines (locked split, batch 4: scored, aggregates only). What the system did on its own is no
 * exchange with anyone: a delivered, opened or auto-answered message is still one-way, and a call the dialer marks
 * "connected" shows no conversation until someone writes down what was said. An inbound message counts when it is
 * the participant's own news.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'system-generated-logs';
export const BATCH = 4;

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'b4-sys-01', "SYSTEM 03/03/2025 09:14 - Outbound e-mail 'Quarterly Check-In' sent to customer. Delivery status: Delivered.\nSYSTEM 03/03/2025 13:02 - E-mail opened.", 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'b4-sys-02', "SYSTEM 03/04 - Auto-reminder (SMS) delivered: OV 03/05 10:00.\nSYSTEM 03/05 10:31 - Appointment status changed to NO SHOW by jmartin.\njmartin: Called cust 10:35, no answer.", 'T', 'P', false, ['unsuccessful-attempt', 'response-pending']),
  note('mo-dwd-toolbox', 'b4-sys-03', "SYSTEM 03/06 14:22 - Inbound SMS from customer: 'Passed my CDL skills test today!! Starting at Prime 3/20'\nkthomas 03/06: Called cust back at 14:40 and we talked about 10 min. She has her CDL-A and starts Prime orientation in Springfield 3/20 at $0.62/mile. Needs help with a hotel for orientation week; continue services per IEP (supportive service + follow-up).", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'b4-sys-04', "SYSTEM 03/07 - Case auto-flagged: 75 days since last CMC. Task 'Contact customer' assigned to rlee, due 03/14.", '-', 'P', false, ['contact-type-missing']),
  // A portal upload is none of the four contact types (§2): the grades are a document in the file.
  note('mo-dwd-toolbox', 'b4-sys-05', "SYSTEM 03/10 - Document uploaded by customer via portal: 'spring_grades.pdf' (Welding Technology, State Technical College: 3.4 GPA, 15 credits).\nSYSTEM 03/10 - Task 'Review upload' created for rlee.", '-', '-', false, ['contact-type-missing']),
  // A newsletter to hundreds is not written to this customer, but it did go to her and nothing came back.
  note('mo-dwd-toolbox', 'b4-sys-06', "SYSTEM 03/11 - Bulk e-mail 'Spring Hiring Events' sent to 412 recipients (includes customer).", 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'b4-sys-07', "SYSTEM 03/12 09:00 - Outbound call (click-to-dial), duration 00:00:41, disposition: Left Voicemail.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'b4-sys-08', "SYSTEM 03/12 10:15 - Outbound call, duration 00:14:22, disposition: Connected.\nagarcia: Spoke w/ cust. She has completed 9 of 12 weeks of the Medical Assistant program, externship at SSM starts 4/1. Car repair assistance approved. Continue ITA per IEP.", 'T', 'P', true, [], { field: 'T' }),
  // The dialer's "Connected" is not a documented conversation (§2.2): who answered and what was said are unknown.
  note('mo-dwd-toolbox', 'b4-sys-09', "SYSTEM 03/13 15:40 - Outbound call, duration 00:06:05, disposition: Connected.", 'T', 'P', false, ['progress-missing', 'justification-missing', 'not-substantive'], { field: 'T' }),
  note('mo-dwd-toolbox', 'b4-sys-10', "SYSTEM 03/14 - Participant self-scheduled an appointment via portal for 03/21 14:00 (In person, Columbia Job Center).", '-', 'P', false, ['contact-type-missing']),
  // An out-of-office message is her mail server answering, not her: the 3/14 e-mail still waits for a reply.
  note('mo-dwd-toolbox', 'b4-sys-11', "SYSTEM 03/17 - Auto-reply received from customer's address: 'I am out of the office until 3/24 with limited access to e-mail.'\nkthomas: that was the answer to my 3/14 e-mail about the OJT paperwork.", 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'b4-sys-12', "SYSTEM 03/18 - Identity verification completed. SSN 492-55-0183 matched.\nrlee: Customer came in 3/18 to redo the I-9 for her OJT at Boone Electric Co-op. She is at 260 of 520 OJT hours and her supervisor rates her 'good' on the 60-day evaluation. Continue OJT per IEP.", 'I', 'P', true, ['pii-in-note']),
  // An opt-out keyword to a bulk text campaign answers the robot, not a case manager: no exchange about anything.
  note('mo-dwd-toolbox', 'b4-sys-13', "SYSTEM 03/20 - SMS campaign 'Free tax help at the job center' delivered (customer opted in 2024).\nSYSTEM 03/20 - Inbound SMS from customer: 'STOP'. Customer unsubscribed from SMS.", 'E', 'P', false, []),
  note('mo-dwd-toolbox', 'b4-sys-14', "SYSTEM 03/25 - Inbound e-mail from customer matched to case: 'Hi, attached is my attendance for March (19 of 20 days). I passed the Excel certification exam 3/21. - Lena'\nSYSTEM 03/25 - Auto-acknowledgement sent.", 'E', 'P', true, ['justification-missing']),
  note('mn-wf1', 'b4-sys-15', "SYSTEM 02/02/2025 08:00 - Monthly contact reminder e-mail sent to client.", 'E', 'P', false, ['response-pending']),
  note('mn-wf1', 'b4-sys-16', "SYSTEM 02/03 - Inbound e-mail from client: 'Got your reminder. Finished fall semester at M State with a 3.1, registered for 14 credits this spring, still working at Cenex 20 hrs.'\nlsorensen: Replied thanks. ISS reviewed.", 'E', 'P', true, []),
  note('mn-wf1', 'b4-sys-17', "SYSTEM 02/04 - Text reminder: Appt 2/5 9:30 WFC Bemidji. Status: Delivered.\nSYSTEM 02/05 09:55 - Appointment marked No Show.", 'I', 'P', false, ['unsuccessful-attempt', 'response-pending']),
  note('mn-wf1', 'b4-sys-18', "SYSTEM 02/06 - Call logged: outbound to client, 0:00:12, No Answer.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'b4-sys-19', "SYSTEM 02/06 - Call logged: inbound from client, 0:11:47.\njhanson: Client returned my call. She is 2 weeks from finishing the dental assistant program at Northland, clinical evaluations all 'meets', board exam scheduled 3/14. ISS updated.", 'T', 'P', true, []),
  note('mn-wf1', 'b4-sys-20', "SYSTEM 02/07 - Activity 'Occupational Skills Training' end date reached; activity auto-closed.", '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mn-wf1', 'b4-sys-21', "SYSTEM 02/10 - E-mail to client undeliverable (mailbox full).\nSYSTEM 02/10 - Letter 'Monthly Contact Request' generated and mailed.", 'L', 'P', false, ['unsuccessful-attempt', 'response-pending']),
  // Her voicemail carries news, but a message left is not a conversation, and the call back did not connect.
  note('mn-wf1', 'b4-sys-22', "SYSTEM 02/12 11:03 - Voicemail transcription (inbound, from client): 'hi it's Kayla, I got the job at the Walmart DC, starting Monday, call me back'\nmnovak: Called back 2/12 at 3:00, no answer.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'b4-sys-23', "mnovak 02/13: Reached Kayla by phone. She starts at the Walmart DC in Fergus Falls 2/17, full time, $19/hr, and will finish the forklift class on Saturdays. ISS updated with employment.\nSYSTEM: Contact type set to Telephone.", 'T', 'P', true, []),
  note('mn-wf1', 'b4-sys-24', "SYSTEM 02/14 - Portal message from client: 'Where do I send my mileage form?'\nSYSTEM 02/14 - Auto-reply sent: 'Your counselor will respond within 2 business days.'", 'E', 'P', false, []),
  note('mn-wf1', 'b4-sys-25', "SYSTEM - Outbound e-mail 'Monthly contact' sent to client. No reply received.", 'E', 'P', false, ['response-pending', 'contact-date-missing'], { noDateField: true }),
  note('mn-wf1', 'b4-sys-26', "SYSTEM 02/18 - Duplicate records merged. DOB 04/12/1987 verified.\ntlarson: Met with client at the WFC 2/18 to sign the merged ISS. She passed her forklift recertification and has 3 interviews next week. ISS reviewed.", 'I', 'P', true, ['pii-in-note']),
  note('mn-wf1', 'b4-sys-27', "SYSTEM 02/20 - Case reassigned from jhanson to tlarson. Auto-letter 'Meet your new counselor' mailed to client.", 'L', 'P', false, ['response-pending']),
  note('mn-wf1', 'b4-sys-28', "SYSTEM 02/24 - Mail returned undeliverable (no forwarding address).", 'L', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'b4-sys-29', "SYSTEM 03/26 - Inbound call from customer, 0:09:10.\nSYSTEM 03/26 - Task 'Contact customer' auto-closed.\nrlee: Customer returned my call about the auto-flag. She's in week 10 of 16 of the lineworker program at State Tech and passed climbing and her CDL-B permit. Continue ITA per IEP.", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'b4-sys-30', "SYSTEM 03/27 - E-mail reply received to 'Quarterly Check-In' (sent 03/03): 'Sorry for the delay! I finished the phlebotomy course 3/15 and passed the NHA exam. I have an interview at Capital Region 3/31.'\nrlee: continue job placement services per IEP.", 'E', 'P', true, []),
  note('mn-wf1', 'b4-sys-31', "SYSTEM 02/25 - Video meeting (Teams) ended, duration 0:18:40, attendees: tlarson, client.\ntlarson: Client is 6 weeks into the HVAC program at M State with a 90% average and no absences. ISS reviewed.", 'T', 'P', true, []),
  note('mn-wf1', 'b4-sys-32', "SYSTEM 02/26 - SMS thread:\n[Out 10:02] Monthly check-in - how's the CNA class going?\n[In 13:47] good! passed my skills test, clinicals start Mon at Sanford\n[Out 13:50] awesome 🎉\ntlarson: ISS reviewed.", 'E', 'P', true, []),
];
