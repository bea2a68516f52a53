/**
 * Voicemail transcripts and call logs: notes built around what the phone system saved (RingCentral-style call-log
 * lines with direction, result and duration, voicemail-to-e-mail transcriptions with their misheard words, IVR
 * callback requests, Teams call records), with the case manager's own line under them (locked split, batch 6:
 * scored, aggregates only). A log line that says "Answered" or shows a duration proves only that the line opened;
 * the note has to say who was on it and what was said. A voicemail either way is a message left, whatever news it
 * carries. Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written
 * blind: before the checker ever ran on them.
 */
import { note, type LabelledNote, MO, MN, PM, JM, NS, UA, DM } from '../types';

export const STYLE = 'voicemail-transcripts';
export const BATCH = 6;

export const NOTES: LabelledNote[] = [
  note(MO, 'b6-vm-mo-01', 'Call Log 03/04/2026 10:12 AM | Outbound | To: (573) 555-0148 | Result: No Answer | Duration 00:00:31\nLeft VM for cust to call me re: spring grades.', 'T', 'P', false, [UA]),
  note(MO, 'b6-vm-mo-02', 'Call Log 03/05/2026 2:40 PM | Inbound | From: (573) 555-0148 | Result: Answered | Duration 00:14:22\nCust returned my call. She is in wk 5 of 8 of the CNA class at Moberly Area CC, passed her skills check-off on 3/3 and has not missed a day. Clinicals start 3/23. Cont ITA per IEP; she still needs scrubs for clinicals, will issue SS voucher.', 'T', 'P', true, []),
  note(MO, 'b6-vm-mo-03', 'Voicemail (0:38) rec\'d 3/6 8:02 AM, transcription: "Hi miss Karen this is Darnell returning your call uh I passed the C D L permit test yesterday so I\'m good to start the driving part call me back at five five five zero one nine two thanks." Called cust back 3/6 at 9:15, no answer, VM full.', 'T', 'P', false, [UA]),
  note(MO, 'b6-vm-mo-04', '3/9 missed call from cust 4:51 PM + VM "call me when you get a chance." CM called back 3/10 8:30 AM, connected 12 min. Cust is in wk 9 of welding at Ranken, passed 3G vertical plate 3/6, attendance 100%. Next module is pipe. Cont ITA thru 5/15 per IEP; next TC 4/10.', 'T', 'P', true, []),
  // The phone system logs a voicemail greeting that picks up as "Answered".
  note(MO, 'b6-vm-mo-05', 'Outbound 3/11 1:15 PM - shows Answered 00:00:52 but it was her voicemail greeting that picked up, not cust. Left message re: turning in Feb timesheets.', 'T', 'P', false, [UA]),
  note(MO, 'b6-vm-mo-06', 'Voicemail from instructor Pam Ruiz (State Fair CC, Ag Mechanics) 3/12, transcription: "calling about your student, he\'s missed the last two labs, give me a call." Returned her call 3/12 3:00 PM, got her voicemail. Left msg.', 'T', 'V', false, [UA]),
  note(MO, 'b6-vm-mo-07', 'Inbound 3/13 | From: cust cell | Missed | VM 0:22 "I can\'t make it Thursday my car broke down can we do it over the phone." Called cust back 3/13 11:40 AM, talked about 5 min, changed the 3/19 OV to a phone appt 3/19 at 10.', 'T', 'P', true, [PM, JM]),
  note(MO, 'b6-vm-mo-08', 'Call history for cust:\n3/2 9:04 AM Outbound No Answer 0:00:28\n3/3 2:17 PM Outbound No Answer 0:00:30\n3/5 6:48 PM Inbound Missed 0:00:00\n3/5 6:49 PM Voicemail 0:00:09 "yeah call me"\nNo live contact yet. Will try again Mon.', 'T', 'P', false, [UA]),
  note(MO, 'b6-vm-mo-09', 'Outbound 3/16 5:30 PM | Answered | 00:02:10. Cust\'s daughter answered, said her mom is at work, she started at Tyson Monday on 2nd shift. Asked her to have mom call me.', 'T', 'P', false, [UA]),
  note(MO, 'b6-vm-mo-10', 'VM transcription 3/17 (poor quality): "hey it\'s [inaudible] from the [inaudible] class is Tuesday now and I need the [inaudible] for the books." Unable to tell what cust needs. Called back 3/17 and 3/18, mailbox full both times.', 'T', 'P', false, [UA]),
  note(MO, 'b6-vm-mo-11', 'Teams call 3/18 10:00-10:22 AM (video) w/ cust. Cust completed 6 of 10 Google IT Support courses on Coursera, scored 88 on the last graded quiz, studying 15 hrs/wk. On track to finish by 5/1. Continue OST per IEP, next check-in 4/15.', 'T', 'P', true, []),
  note(MO, 'b6-vm-mo-12', 'Outbound 3/19 9:02 AM | Result: Failed | "The number you have dialed is not in service." Checked Toolbox, no other number. Will mail letter.', 'T', 'P', false, [UA]),
  note(MO, 'b6-vm-mo-13', 'Inbound 9:14 AM 3/20, 00:06:33, answered by CM. cust cld re bk voucher. wk 8 of 16 HVAC @ Vatterott, 2 tests 88 & 91, 0 abs. will issue bk voucher, cont ITA', 'T', 'P', true, []),
  note(MO, 'b6-vm-mo-14', 'IVR callback request: cust pressed 2 for callback 3/23 4:52 PM. Called back 5:01 PM - connected 00:00:03, call dropped. Called again 5:03, went straight to VM. LM.', 'T', 'P', false, [UA]),
  // Staff wrote the voicemail up as the contact; a message left is not a telephone contact (MO 2.2), whatever it says.
  note(MO, 'b6-vm-mo-15', 'CMC 600 - Cust VM 4/2 2:14 PM: "just letting you know I finished my last clinical and pinning is May 9th." Cust is progressing in the LPN program, continue ITA through graduation.', 'T', 'P', false, [UA]),
  note(MO, 'b6-vm-mo-16', 'RingCentral: Outbound 4/6 11:20 AM | To (417) 555-0177 | Answered | 00:18:40\nSpoke w/ cust. Laid off from Leggett 3/27 (plant closing line 2). Has applied at 4 places, interview at CoxHealth warehouse 4/9. Wants to start forklift OST; will complete ITA packet with him 4/13 OV. Continue services per IEP.', 'T', 'P', true, []),
  note(MO, 'b6-vm-mo-17', 'VM from Kelly at Hannibal CC nursing office 4/7 asking for a call back about cust. Called her back 4/7 2:30 PM and spoke with her: cust passed Med-Surg II with an 86, attendance 98%, clinical eval "meets expectations"; cust was unavailable (at clinicals). Cont ITA per IEP for final semester.', 'T', 'V', true, []),

  note(MN, 'b6-vm-mn-01', 'Voicemail to Email - New voicemail from (218) 555-0164, 0:37\nTranscription: "hi it\'s Kayla I got the job at Sanford I start the fourteenth call me."\nCalled back 2/10 4:00 PM - no answer.', 'T', 'P', false, [UA]),
  note(MN, 'b6-vm-mn-02', 'Inbound call 2/11 11:03 AM, 00:09:12, answered. Client is in week 4 of the Pharmacy Tech certificate at NCTC, 92% on the first exam, working 20 hrs at Cenex on weekends. Reviewed ISS and WF1 activities, no changes.', 'T', 'P', true, []),
  note(MN, 'b6-vm-mn-03', 'Outbound 2/12 9:30 AM - Busy. Outbound 2/12 1:45 PM - Busy.', 'T', 'P', false, [UA]),
  note(MN, 'b6-vm-mn-04', 'VM from client 2/17 0:19: "can you call me after 3 I\'m at clinicals." Called her 3:15 PM, talked 8 min. She passed the Medication Aide exam 2/16 and has 2 clinical shifts left at Riverview. ISS reviewed.', 'T', 'P', true, []),
  note(MN, 'b6-vm-mn-05', 'Outbound 2/18 | Answered | 00:00:41. Man answered, said there is no Jessica at this number. Wrong number - need updated phone for client.', 'T', 'O', false, [UA]),
  note(MN, 'b6-vm-mn-06', 'Phone tag w/ client this week:\n3/3 client VM 0:44 "passed my welding 2G test, call me about the gas card"\n3/4 I left VM\n3/5 client VM 0:12 "sorry missed you again"\nStill have not talked live.', 'T', 'P', false, [UA]),
  note(MN, 'b6-vm-mn-07', 'Teams meeting 3/6 | Duration 0:24:10 | Participants: CM, client (video on). Client is in week 6 of 12 in the CDL-A course at Lake Superior College, passed pre-trip inspection, road test scheduled 4/2. ISS updated with the test date.', 'T', 'P', true, []),
  note(MN, 'b6-vm-mn-08', 'Voicemail from client\'s instructor (Northland CTC, Electrical) 3/9, 1:02: says client passed the NEC code exam and has perfect attendance this term. Called instructor back 3/10, VM.', 'T', 'V', false, [UA]),
  note(MN, 'b6-vm-mn-09', 'Client called the front desk 3/10 9:40 AM; transferred to me while I was on another call. Went to my VM (1:12): "just calling to say the bus pass worked and I went to all my classes this week."', 'T', 'P', false, [UA]),
  note(MN, 'b6-vm-mn-10', 'Outbound 3/12, connected 00:14:55. TC w/ client. Client says everything is fine.', 'T', 'P', true, [PM, NS]),
  note(MN, 'b6-vm-mn-11', 'Inbound 3/13 3:20 PM from client\'s mom (Donna), 00:05:20. Donna says client started at Digi-Key 3/9, 1st shift, 40 hrs/wk, and is "loving it." Client was at work.', 'T', 'A', false, []),
  note(MN, 'b6-vm-mn-12', 'Automated appointment reminder call to client 3/19 for the 3/20 10:00 appt - status: Delivered (answering machine).', 'T', 'P', false, [UA]),
  note(MN, 'b6-vm-mn-13', 'Outbound 3/24 2:05 PM, answered by client, 00:07:02. Client was laid off from Polar Corp 3/20 (seasonal). Has applied at 3 places in Roseau. Changed WF1 activity to job search and updated ISS.', 'T', 'P', true, []),
  note(MN, 'b6-vm-mn-14', 'Spoke w/ client by phone (00:11:40 on the call log). Finished week 3 of the CNA course at Northland, passed the vitals check-off, clinicals next week. ISS reviewed.', 'T', 'P', true, [DM], { noDateField: true }),
  note(MN, 'b6-vm-mn-15', 'Copy of my VM to client 3/26: "Hi Jordan, this is Pat from the Workforce Center, checking on how the welding class is going this month, please call me back at 218-555-0110."', 'T', 'P', false, [UA]),
  note(MN, 'b6-vm-mn-16', 'Client returned my call 3/27 (inbound, 00:10:05, answered). She passed the GED math test 3/25 with a 158 and is scheduled for Science 4/8. Studying at the ABE lab 3 mornings/wk. ISS reviewed and next call set for April.', 'T', 'P', true, []),
  // The answered call in the log is February's, already written up; March has only tries.
  note(MN, 'b6-vm-mn-17', 'Call history, last 30 days:\n2/27 Inbound Answered 00:12:10 (Feb contact, see 2/27 note)\n3/6 Outbound No Answer 00:00:29\n3/13 Outbound No Answer 00:00:31\nMarch contact not made yet.', 'T', 'P', false, [UA]),
];
