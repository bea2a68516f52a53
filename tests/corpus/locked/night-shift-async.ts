/**
 * Night shift and odd hours: participants who work nights, sleep days and answer when they can (after-hours
 * voicemails, texts at 6 a.m. as a shift lets out, e-mails sent at 2 a.m. from a break room, read receipts,
 * co-workers and partners passing on word, the case manager's flex-hour visits before a shift) (locked split, batch
 * 6: scored, aggregates only). The hour does not matter; the direction does: a participant's reply or news by text
 * or e-mail is the contact, their voicemail is a message left, a co-worker's word is someone else's, and a read receipt
 * is no reply. Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written
 * blind: before the checker ever ran on them.
 */
import { note, type LabelledNote, MO, MN, PM, JM, NS, UA, RP, TP, CT, DM } from '../types';

export const STYLE = 'night-shift-async';
export const BATCH = 6;

export const NOTES: LabelledNote[] = [
  note(MO, 'b6-night-mo-01', 'Cust works 3rd shift at Tyson, we agreed to text.\nCM 3/2 9:10 AM: How is the forklift class going?\nCust 3/3 5:52 AM: good passed the written 92 start the driving part monday\nCont OST per IEP; will check on the driving test next month.', 'E', 'P', true, []),
  note(MO, 'b6-night-mo-02', 'After-hours VM from cust 3/3 2:14 AM: "it\'s Tasha, they moved me to nights so I can\'t do Thursday, I\'m still doing the classes online." Called her back 3/3 at 10 AM, no answer (sleeping).', 'T', 'P', false, [UA]),
  note(MO, 'b6-night-mo-03', 'E-mail rec\'d from cust 3/4 at 2:07 AM: "Sorry for the late email I\'m on break. I finished module 4 of the pharmacy tech course with a 91 and I\'m working 36 hrs at Walgreens overnight." Cont ITA per IEP.', 'E', 'P', true, []),
  note(MO, 'b6-night-mo-04', 'Cust\'s co-worker (Walmart DC, nights) called CM 3/5 to pass on that cust will call after his shift.', 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'b6-night-mo-05', 'Texted cust 3/6 7:15 AM (he gets off at 7): "call me when you\'re up." No response.', 'E', 'P', false, [RP]),
  note(MO, 'b6-night-mo-06', 'Stayed late 3/9 - OV w/ cust at 5:30 PM before his 7 PM shift. He was hired at 3M Nevada on nights, $21/hr, and finished his OSHA 10 on 3/6. Moving to follow-up per IEP; retention check 4/9.', 'I', 'P', true, []),
  note(MO, 'b6-night-mo-07', 'Cust called CM\'s cell 3/10 at 6:40 AM on his way home from the plant, CM picked up. Talked ~10 min. He passed the 3G welding test and is going to day classes at Ranken 3x/wk, 100% attendance. Cont ITA.', 'T', 'P', true, []),
  note(MO, 'b6-night-mo-08', 'Cust e-mailed 3/11 at 3:11 AM asking to move Thursday\'s appt. Replied at 8 AM offering 3/19 at 4 PM; no answer yet.', 'E', 'P', false, [RP]),
  note(MO, 'b6-night-mo-09', 'Called cust 3/12 at 11 PM on his lunch break (he asked me to call then). His lead answered the break room phone, said cust was on the line and he would tell him I called.', 'T', 'P', false, [UA]),
  note(MO, 'b6-night-mo-10', 'Teams video call 3/13 at 6 PM (flex hours) before cust\'s shift. Cust passed the CDL road test 3/11 and has a conditional offer from Prime, orientation 3/30. Cont ITA til license issued, then follow-up per IEP.', 'T', 'P', true, []),
  note(MO, 'b6-night-mo-11', 'VM from cust 3/16 at 4:30 AM about a raise. Called him back at 2 PM and spoke with him: raise to $19.50 after his 90 days at Leggett, still 3rd shift, 40 hrs. Retention follow-up per IEP, next TC 4/16.', 'T', 'P', true, []),
  note(MO, 'b6-night-mo-12', 'Texted cust 3/17 6 AM a reminder for the 3/18 10 AM appt. No reply. Cust did not show 3/18.', 'I', 'P', false, [UA, RP]),
  note(MO, 'b6-night-mo-13', 'Cust\'s wife called 3/19: he is sleeping days now, working 10 PM-6:30 AM at Leggett, 40 hrs, and best to text him.', 'T', 'A', false, [TP, JM]),
  note(MO, 'b6-night-mo-14', 'From: CM\nSent: 3/20 9:02 AM\nSubject: March check-in\nHow is the HVAC class going?\n\nFrom: cust\nSent: 3/21 1:48 AM\nSubject: RE: March check-in\nIts going good, we did the EPA 608 last week and I passed core and type 1.\n\nCont ITA per IEP.', 'E', 'P', true, []),
  note(MO, 'b6-night-mo-15', 'Met cust at the Waffle House on Hwy 63 at 6:45 AM 3/24 after his shift (his choice). He has applied to 4 day-shift jobs and has interviews at MFA and the VA 3/26 and 3/27. Cont job search services per IEP; next contact after the interviews.', 'I', 'P', true, []),
  note(MO, 'b6-night-mo-16', 'Night shift supervisor at Tyson left a VM 3/25 at 1 AM: cust has not shown up for 2 nights.', 'T', 'V', false, [UA]),
  note(MO, 'b6-night-mo-17', 'Text 3/26 4:02 AM from an unknown number: "this is Rico from work, Dante lost his phone, he said tell you hes coming Tuesday."', 'E', 'O', false, [TP, PM, JM]),
  // The carried-forward call is February's; this entry is a text with no answer.
  note(MO, 'b6-night-mo-18', '*** Copied from 2/14 note: TC w/ cust 6:30 AM after his shift, passed welding 2G, cont ITA. ***\nNew 3/14: texted cust at 6:05 AM to check in for March. No reply.', 'E', 'P', false, [RP]),

  note(MN, 'b6-night-mn-01', 'Client works overnights at Sanford TRF. Text from client 3/2 6:58 AM: "just got off, passed my med aide test yesterday!!" ISS reviewed.', 'E', 'P', true, []),
  note(MN, 'b6-night-mn-02', 'Client VM 3/3 1:30 AM: "call me after 2 I sleep days." Called her 3/3 at 2:15 PM and talked. She is on nights at Digi-Key, 40 hrs, and finished module 3 of the online Quality cert. ISS reviewed.', 'T', 'P', true, []),
  note(MN, 'b6-night-mn-03', 'VM from client 3/4 at 3:00 AM: "hey it\'s Kyle, just wanted to say I got on at Polaris nights." Called 3/4 at 1 PM and 3/5 at 2 PM, no answer either time.', 'T', 'P', false, [UA]),
  // A read receipt says the e-mail was opened, not answered.
  note(MN, 'b6-night-mn-04', 'E-mailed client 3/5 re: March contact. Read receipt came back 3/6 2:40 AM. No reply.', 'E', 'P', false, [RP]),
  note(MN, 'b6-night-mn-05', 'Client\'s co-worker at American Crystal Sugar (nights) texted CM 3/6: "Jake says he can\'t make the 3/9 appt, he\'s working a double."', 'E', 'O', false, [TP, PM]),
  note(MN, 'b6-night-mn-06', 'Evening OV 3/9 at 6 PM before client\'s shift. Client is in his 2nd semester of Electrical at NCTC, 3.2 GPA, and works 11 PM-7 AM at Hugo\'s warehouse. ISS updated.', 'I', 'P', true, []),
  note(MN, 'b6-night-mn-07', 'Text thread:\nCM (3/10 10:14 AM): Hi Marcus, checking in for March. How are classes?\nMarcus (3/11 4:47 AM): sorry was at work. classes ok. failed my first road test tho, retake is 3/20\nCM (3/11 8:00 AM): Good luck, let me know how it goes\nISS updated with retake date.', 'E', 'P', true, []),
  note(MN, 'b6-night-mn-08', 'Texted client 3/12 at 7 AM: "you up? call when you can." No reply.', 'E', 'P', false, [RP]),
  note(MN, 'b6-night-mn-09', 'Client called the office line 3/13 at 5:20 AM and left a VM (0:45): "I\'m working nights at the sugar plant now, I quit Hugo\'s, call me."', 'T', 'P', false, [UA]),
  note(MN, 'b6-night-mn-10', 'Zoom 3/16 at 7:15 AM (came in early) right after her shift. She is in week 10 of Practical Nursing at NCTC, passed the dosage calc exam with 100%. ISS reviewed.', 'T', 'P', true, []),
  note(MN, 'b6-night-mn-11', 'Called client 3/17 at 3 PM. His girlfriend answered, said he\'s asleep, works nights, call after 5. Called at 5:30, no answer.', 'T', 'P', false, [UA]),
  note(MN, 'b6-night-mn-12', 'E-mail from client rec\'d 3/18 2:13 AM: "Hi, just wanted to let you know I started the night stocking job at Target, 32 hours. Still doing my GED classes Tues mornings." ISS updated.', 'E', 'P', true, []),
  note(MN, 'b6-night-mn-13', 'Night supervisor at Marvin called 3/19: client has perfect attendance on 3rd shift and 220 OJT hours.', 'T', 'V', false, []),
  note(MN, 'b6-night-mn-14', 'Client left his OJT timesheet in the after-hours drop box 3/20 (72 hrs for 2 weeks). No contact.', '-', '-', false, [CT]),
  note(MN, 'b6-night-mn-15', 'Phone call 3/23 at 11:30 PM on client\'s lunch break (CM on flex schedule). Talked w/ client. All good.', 'T', 'P', true, [PM, NS]),
  note(MN, 'b6-night-mn-16', 'Text from client at 4 AM: "passed the forklift cert, start days next month." ISS updated.', 'E', 'P', true, [DM], { noDateField: true }),
];
