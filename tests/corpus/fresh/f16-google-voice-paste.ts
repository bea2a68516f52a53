/**
 * A case manager whose office gave every staff member a Google Voice number, and who documents by pasting the call
 * history, the voicemail transcript or the text thread straight from the Voice app into the case note, then typing a
 * line or two under it (fresh split: new voices, scored and listed but not floored yet). The voice: the app's own
 * lines ("Outgoing call · 0:00", "Missed call", "Voicemail · 0:41", "Transcript: …", "Me:" and the contact's name or
 * number in a thread), newest first as the app lists them, timestamps like "10:14 AM", the transcription's run-on
 * sentences and mistakes, and the writer's summary ("Spoke w/ …", "Talked w/ her on the 2:14 call"). Offices in
 * Springfield, Kansas City, Cape Girardeau and Rolla (Missouri) and Minneapolis, Duluth, Mankato and St. Paul
 * (Minnesota). Sources of realism: small boards and contracted providers that use consumer VoIP numbers, and staff who
 * treat the paste as the proof.
 * How I read the policy for the hard cases: a call log line is no conversation unless the note says one happened; a
 * voicemail the participant left us (its transcript pasted) is phone tag, not a contact, however much news it holds;
 * a text thread counts once the participant writes back; a missed call from the participant is an attempt of
 * theirs; a long call with the participant's employer is the employer's. Texts are e-mail; calls, including a Voice
 * video call, are telephone.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'f16-google-voice-paste';

export const NOTES: LabelledNote[] = [
  note(MO, 'f16-google-voice-paste-mo-001', `Outgoing call · Jasmine R. · Feb 3, 2026, 10:14 AM · 0:00
Outgoing call · Jasmine R. · Feb 3, 2026, 3:50 PM · 0:00`, 'T', 'P', false, [UA]),
  // Her voicemail has news, but nobody talked.
  note(MO, 'f16-google-voice-paste-mo-002', `Voicemail · Jasmine R. · Feb 4, 2026, 7:02 AM · 0:48
Transcript: "Hi miss Carla it's Jasmine returning your call sorry I was at class all day yesterday. I'm still at the beauty college I got like 600 hours now. Call me back after four please okay bye."
Will call back after 4.`, 'T', 'P', false, [UA]),
  note(MO, 'f16-google-voice-paste-mo-003', `Outgoing call · Jasmine R. · Feb 4, 2026, 4:20 PM · 16:32
Spoke w/ Jasmine. Cosmetology at Paul Mitchell Springfield, 612 of 1500 hrs, practical exam #2 passed. Working weekends at Great Clips as receptionist. Needs kit replacement (stolen), SS request to supervisor. ITA continues per IEP to licensure.`, 'T', 'P', true, []),
  note(MO, 'f16-google-voice-paste-mo-004', `Me (Mar 5, 9:12 AM): Hi Jasmine, this is Carla w/ the Job Center. Need your March hours sheet when you can.
Me (Mar 9, 1:40 PM): Checking in again on the hours sheet.`, 'E', 'P', false, [RP]),
  note(MO, 'f16-google-voice-paste-mo-005', `Me (Mar 12, 8:30 AM): Hi Jasmine, still need the March hours
Jasmine R. (Mar 12, 8:47 AM): omg sorry. 688 hrs. I passed the state written practice test 82. sending pic of sheet now
Jasmine R. (Mar 12, 8:48 AM): [image]
Me (Mar 12, 8:55 AM): Got it thank you! Great work
Hours sheet saved to file. Continuing ITA per IEP.`, 'E', 'P', true, []),
  note(MO, 'f16-google-voice-paste-mo-006', `Missed call · (816) 555-0187 · Jan 20, 2026, 5:41 PM
Marcus D. called after hours, no VM.`, 'T', 'P', false, [UA]),
  note(MO, 'f16-google-voice-paste-mo-007', `Incoming call · Marcus D. · Jan 21, 2026, 11:05 AM · 9:14
Talked with Marcus. He wanted to know about the bus pass.`, 'T', 'P', true, [PM, JM]),
  note(MO, 'f16-google-voice-paste-mo-008', `Incoming call · Marcus D. · Feb 18, 2026, 3:15 PM · 12:40
Outgoing call · Marcus D. · Feb 17, 2026, 10:02 AM · 0:32 (voicemail)
Marcus called back. Youth WEX at KC Parks, 18 of 20 hrs each week, supervisor gave him the mowing crew lead. Finished HiSET math (passed 152). Remains in youth program per ISS, next goal HiSET science.`, 'T', 'P', true, []),
  // A long call, but with his worksite supervisor, who only wanted a form.
  note(MO, 'f16-google-voice-paste-mo-009', `Outgoing call · KC Parks - Terrence (supervisor) · Mar 16, 2026, 9:00 AM · 7:22
Terrence wanted the new WEX timesheet form, emailed it to him. He did not say how Marcus is doing.`, 'T', 'V', false, [TP, PM, JM]),
  note(MO, 'f16-google-voice-paste-mo-010', `Me (Mar 18): Marcus u good? haven't heard from u
Me (Mar 20): Please call me re: your WEX timesheet`, 'E', 'P', false, [RP]),
  note(MO, 'f16-google-voice-paste-mo-011', `Video call · Tanya G. · Jan 13, 2026, 1:00 PM · 22:05
Video call w/ Tanya (Voice video). DW, laid off Procter & Gamble Cape. Medical billing & coding at Southeast Missouri State, first 8 wks: 2 As, 1 B. Job search on hold until cert. ITA continues per IEP.`, 'T', 'P', true, []),
  note(MO, 'f16-google-voice-paste-mo-012', `Outgoing call · Tanya G. · Feb 10, 2026, 2:00 PM · 0:04
Call dropped right away. Texted her.
Me: Sorry call dropped, try you tomorrow`, 'E', 'P', false, [UA, RP]),
  note(MO, 'f16-google-voice-paste-mo-013', `Tanya G. (Feb 10, 6:12 PM): No worries! I'm on clinical at Saint Francis this week. ICD-10 test was 91. Can we talk Friday?
Me (Feb 10, 6:20 PM): Yes Friday 10am
Continue per IEP.`, 'E', 'P', true, []),
  note(MO, 'f16-google-voice-paste-mo-014', `Outgoing call · Tanya G. · Feb 13, 2026, 10:00 AM · 0:00
Outgoing call · Tanya G. · Feb 13, 2026, 10:15 AM · 0:00`, 'T', 'P', false, [UA]),
  note(MO, 'f16-google-voice-paste-mo-015', `Incoming call · Eli W. · Apr 2, 2026 · 14:18
Eli called from the lineman school (Rolla). Climbing cert done, CDL permit 3/28, 9 wks left. Wife had baby 3/20, missed 3 days, made up. ITA continue per IEP (journeyman lineman).`, 'T', 'P', true, []),
  note(MO, 'f16-google-voice-paste-mo-016', `Incoming call · Eli W. · May 4, 2026 · 3:02
Spoke w/ Eli.`, 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'f16-google-voice-paste-mo-017', `Outgoing call · Rolla lineman school office · Jun 1, 2026 · 3:10
Linda in the office needs a WIOA completion form signed for Eli. She did not have his grades.`, 'T', 'V', false, [TP, PM, JM]),
  note(MO, 'f16-google-voice-paste-mo-018', `Outgoing call · Eli W. · Jun 2, 2026 · 0:38 (voicemail)
Left VM re: form from school. Text also sent.`, 'E', 'P', false, [UA, RP]),
  note(MO, 'f16-google-voice-paste-mo-019', `Eli W. (Jun 3, 7:10 AM): Got your message. Finished the school 5/29!! CDL test 6/10. Starting with Ameren line crew 6/15 pending CDL, $24/hr
Me: Congrats! I'll bring the form by
Keep open thru CDL + start date per IEP.`, 'E', 'P', true, []),
  note(MO, 'f16-google-voice-paste-mo-020', `Outgoing call · Tanya G. · 0:00 · Mar 3, 2026
(number shows "not in service")`, 'T', 'P', false, [UA]),

  note(MN, 'f16-google-voice-paste-mn-001', `Outgoing call · Fatuma O. · Jan 6, 2026, 9:10 AM · 0:00
Outgoing call · Fatuma O. · Jan 7, 2026, 9:05 AM · 0:00
Outgoing call · Fatuma O. · Jan 8, 2026, 4:30 PM · 0:00`, 'T', 'P', false, [UA]),
  note(MN, 'f16-google-voice-paste-mn-002', `Incoming call · Fatuma O. · Jan 9, 2026, 8:15 AM · 11:47
Fatuma returned my calls, her phone was off (bill). CDL class at Dakota County Tech week 3, pre-trip inspection passed, backing practice next wk. ISS reviewed, enrollment current.`, 'T', 'P', true, []),
  // Her brother answered her phone and spoke for her; he had nothing on her training.
  note(MN, 'f16-google-voice-paste-mn-003', `Outgoing call · Fatuma O. · Feb 9, 2026, 10:30 AM · 2:10
Her brother picked up, said she is at the range and will call back.`, 'T', 'P', false, [UA]),
  note(MN, 'f16-google-voice-paste-mn-004', `Fatuma O. (Feb 9, 6:40 PM): Hi this is Fatuma. I passed the backing test today. Road test is Feb 24 at Eagan
Me (Feb 9, 6:52 PM): Amazing! Good luck on the 24th. Call me after
ISS reviewed.`, 'E', 'P', true, []),
  note(MN, 'f16-google-voice-paste-mn-005', `Voicemail · Fatuma O. · Feb 24, 2026, 1:15 PM · 0:19
Transcript: "I pass I pass the road test! Call me."`, 'T', 'P', false, [UA]),
  note(MN, 'f16-google-voice-paste-mn-006', `Outgoing call · Fatuma O. · Feb 25, 2026 · 8:36
Talked w/ Fatuma. Class A CDL issued 2/24. Two job offers (Schwan's, Dart Transit), deciding by Friday. ISS updated with employment goal.`, 'T', 'P', true, []),
  note(MN, 'f16-google-voice-paste-mn-007', `Outgoing call · Dustin K. · Jan 15, 2026 · 0:27 (voicemail)
LM for Dustin re: monthly check-in.`, 'T', 'P', false, [UA]),
  note(MN, 'f16-google-voice-paste-mn-008', `Video call · Dustin K. · Jan 16, 2026 · 18:30
Voice video w/ Dustin from his truck (on break). Lake Superior College welding: MIG cert passed, TIG at 70%. Working 30 hrs at Duluth shipyard fab shop. Record and ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'f16-google-voice-paste-mn-009', `Incoming call · Dustin K. · Feb 17, 2026 · 4:50
Dustin called. Doing good. Will talk next month.`, 'T', 'P', true, [PM, NS]),
  note(MN, 'f16-google-voice-paste-mn-010', `Me (Mar 16): Hi Dustin, March check in. How is TIG going?
Me (Mar 23): Hi Dustin, please text or call back`, 'E', 'P', false, [RP]),
  note(MN, 'f16-google-voice-paste-mn-011', `Outgoing call · Ashley P. · Feb 2, 2026, 3:30 PM · 6:12
Ashley's mom answered, talked 6 min about Ashley's transportation. Ashley was not home.`, 'T', 'A', false, [UA, TP, PM]),
  note(MN, 'f16-google-voice-paste-mn-012', `Ashley P. (Feb 3, 10:02 PM): hey its ashley my mom said u called. I go to GED class mon wed now, passed social studies!!
Me (Feb 4, 8:05 AM): That's great Ashley!! What's next?
Ashley P. (Feb 4, 8:30 AM): math 😩 test in march
ISS reviewed.`, 'E', 'P', true, []),
  note(MN, 'f16-google-voice-paste-mn-013', `Me (Mar 6): Hey Ashley how was the math test?
Ashley P. (Mar 6): 👍`, 'E', 'P', false, [RP]),
  note(MN, 'f16-google-voice-paste-mn-014', `Outgoing call · Ashley P. · Mar 10, 2026 · 0:00
Outgoing call · Ashley P. · Mar 12, 2026 · 13:44
Spoke with Ashley on the 3/12 call. Math test moved to 3/30, doing practice at Mankato ABE 2x wk. Looking at CNA class summer. ISS updated.`, 'T', 'P', true, []),
  note(MN, 'f16-google-voice-paste-mn-015', `Missed call · Nhia L. · Apr 6, 2026, 12:10 PM
Voicemail · Nhia L. · Apr 6, 2026, 12:11 PM · 0:09
Transcript: "Hi it's Nhia call me back."`, 'T', 'P', false, [UA]),
  note(MN, 'f16-google-voice-paste-mn-016', `Outgoing call · Nhia L. · Apr 6, 2026, 2:00 PM · 15:03
Call w/ Nhia. Saint Paul College network admin: CCNA 1 done (89), CCNA 2 in progress. Got an interview at Securian help desk 4/14. Reviewed ISS and WF1 enrollments.`, 'T', 'P', true, []),
  note(MN, 'f16-google-voice-paste-mn-017', `Outgoing call · Nhia L. · 11:20
Talked with Nhia. Securian offered help desk job, $22/hr, starts 5/4. Will finish CCNA 2 nights. ISS updated.`, 'T', 'P', true, [DM], { noDateField: true }),
  note(MN, 'f16-google-voice-paste-mn-018', `Outgoing call · Securian HR (Beth) · May 12, 2026 · 5:40
HR confirmed Nhia started 5/4, full time, $22/hr.`, 'T', 'V', false, []),
  note(MN, 'f16-google-voice-paste-mn-019', `Incoming call · Nhia L. · Jun 3, 2026 · 9:55
Nhia called, SSN 561-22-0937 needed for the Securian tuition form, gave it to him from file. Still at Securian, CCNA 2 final 6/20.`, 'T', 'P', true, [PII]),
  note(MN, 'f16-google-voice-paste-mn-020', `Copied log for Dustin K. - see 1/16 note.`, '-', '-', false, [CT, NS]),
];
