/**
 * Online IT and coding bootcamps (locked split, batch 8: scored and floored, aggregates only): a cohort's Slack or
 * Discord, DMs pasted as threads with handles, channel posts and emoji reactions, LMS auto-reports, instructors'
 * progress e-mails, office hours on Zoom, demo days, CompTIA and Pearson vouchers, capstone check-ins, written by
 * case managers who live in the cohort's chat as much as in the case system.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A DM thread counts when the participant's own line answers; a channel post nobody answered, a reaction,
 * a read receipt, a form RSVP or a camera-off seat at office hours is no exchange. An instructor's or registrar's
 * e-mail is the provider writing, one-way: in Missouri a provider counts only in a contact the case manager had
 * with them (§2.1, §2.2); in Minnesota it is recorded, never the monthly contact. A video call is `telephone`.
 */
import { MO, MN, PM, JM, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'it-bootcamp-cohort';
export const BATCH = 8;

export const NOTES: LabelledNote[] = [
  note(MO, 'it-bootcamp-cohort-mo-001', `Slack DM thread w/ cust 9/14:\nMe: how's week 6 going?\nTanisha: good! finished the JS module, 94% on the quiz, starting React mon\nMe: great, any issues w/ the loaner laptop?\nTanisha: nope works fine\nCont. ITA per IEP (cohort ends 12/18).`, 'E', 'P', true, []),
  note(MO, 'it-bootcamp-cohort-mo-002', `Posted reminder in #wioa-cohort-7 9/15: monthly check-ins due by 9/30, reply here or DM me. 4 of 11 reacted 👍 (cust not one of them).`, 'E', 'P', false, [RP]),
  // Substantive, with a reason to continue, but it is the instructor's e-mail: no contact the case manager had.
  note(MO, 'it-bootcamp-cohort-mo-003', `Instructor progress email from Gateway Code Academy (lead instructor D. Osei) 9/16: cust attendance 100% wks 1-6, 11 of 12 assignments in, avg 89%, "on track for capstone". Continue ITA, on pace to graduate 12/18 per IEP.`, 'E', 'V', false, [TP]),
  note(MO, 'it-bootcamp-cohort-mo-004', `Zoom 1:1 w/ cust 9/22, camera on. She's behind on the SQL unit (missed 2 classes, sick kid), instructor gave her til Fri. Talked through a backup sitter. Still wants to finish; cont ITA per IEP.`, 'T', 'P', true, []),
  // She presented; the writer watched from the back and left. Watching is no exchange, and no attempt either.
  note(MO, 'it-bootcamp-cohort-mo-005', `Demo Day 12/16 at T-REX. Cust presented her capstone (food pantry inventory app) to ~40 employers. I watched from the back, had to leave before the mingling and didn't get to talk to her.`, 'I', 'P', false, []),
  note(MO, 'it-bootcamp-cohort-mo-006', `CompTIA Security+ voucher (code on file) emailed to cust 12/19 from the voucher pool. Expires 6/30/27.`, 'E', 'P', false, [RP]),
  note(MO, 'it-bootcamp-cohort-mo-007', `Cust emailed back 12/20 - scheduled Sec+ for 1/9 at the Pearson center in Chesterfield. Also has 2 interviews next wk (Centene help desk, Enterprise IT intern). Cont job search + cert per IEP.`, 'E', 'P', true, []),
  // A public post not addressed to the case manager; the reply in its thread got none back.
  note(MO, 'it-bootcamp-cohort-mo-008', `Discord: cust posted in #job-wins 1/10 "PASSED SEC+ 791!!". Reacted 🎉 and congratulated her in the thread. No DM exchange.`, 'E', 'P', false, [RP]),
  note(MO, 'it-bootcamp-cohort-mo-009', `TC w/ cust 1/12. Passed Sec+ 1/9 (791). Offer from Centene, IT Service Desk Analyst I, $22.40/hr, starts 1/26. Training complete - close ITA, move to retention services per IEP.`, 'T', 'P', true, []),
  note(MO, 'it-bootcamp-cohort-mo-010', `Instructor (D. Osei) Slack'd me 1/13 asking if we need a letter of completion for cust's file.`, 'E', 'V', false, [TP, PM, JM]),
  note(MO, 'it-bootcamp-cohort-mo-011', `Cohort 8 Slack: cust hasnt been active since 10/2 per channel stats. DM'd her 10/9 "hey checking in - you ok?" Seen ✓✓, no reply.`, 'E', 'P', false, [RP]),
  note(MO, 'it-bootcamp-cohort-mo-012', `Called cust 10/10 NA. Called again 10/11, VM full.`, 'T', 'P', false, [UA]),
  // Substantive (withdrew, 3 of 14 weeks, 71%) but no reason to continue: §2.2 asks both.
  note(MO, 'it-bootcamp-cohort-mo-013', `Ozark Tech Bootcamp admissions confirmed by phone 10/12: cust withdrew 10/8, "family reasons"; remaining tuition being refunded to the ITA. She had completed 3 of 14 weeks, last graded project 71%.`, 'T', 'V', false, [TP, JM]),
  note(MO, 'it-bootcamp-cohort-mo-014', `Cust called 10/14 - confirmed she withdrew (dad in the hospital in Joplin). Wants to re-enroll in Cohort 9 (starts 2/2). Planned gap til then per IEP; will revisit 1/15.`, 'T', 'P', true, []),
  // A yes on a sign-up form answers a mass e-mail and says nothing of her progress: a monitor would not take it as her contact.
  note(MO, 'it-bootcamp-cohort-mo-015', `Demo day invite emailed 12/1 to all cohort 8 WIOA participants (11), RSVP via Google form. Cust RSVP'd "yes" through the form 12/2.`, 'E', 'P', false, []),
  note(MO, 'it-bootcamp-cohort-mo-016', `Capstone check-in 11/20 on Teams, cust + her team lead + me. She demo'd the API, 2 bugs left, on track for 12/16. Cont ITA per IEP.`, 'T', 'P', true, []),
  note(MO, 'it-bootcamp-cohort-mo-017', `E-mail thread w/ cust re: instructor report (pasted):\n---\nFrom: Kelsey Burns (Job Center)\nSent: 11/2/2026 9:12 AM\nTo: Marisol Vega\nSubject: FW: Week 9 progress - Cohort 8\nHi Marisol - your instructor sent the week 9 report (below). It shows 2 labs missing and attendance 80% the last 2 wks. Can you let me know what's going on and if you need anything? - Kelsey\n> From: D. Osei, Gateway Code Academy: Marisol Vega - attendance 80% (wks 8-9), Labs 14 and 15 not submitted, quiz avg 86%. Capstone team assigned.\n---\nFrom: Marisol Vega\nSent: 11/3/2026 10:47 PM\nSubject: RE: FW: Week 9 progress - Cohort 8\nsorry!! my internet got shut off for 6 days, its back now. I turned in lab 14 tonight and will do 15 this weekend. can I get help with the internet bill? capstone team is good, we meet tues.\n---\nSupportive svc request for one month internet ($65) submitted 11/4. Cont ITA per IEP; grad 12/18.`, 'E', 'P', true, []),

  note(MN, 'it-bootcamp-cohort-mn-001', `Discord DM w/ client 9/8:\n[me] hey, week 3 check-in, how's Python going?\n[jordan_r] ok. loops were rough but got 8/10 on the lab\n[me] nice. need anything?\n[jordan_r] headset mic broke\n[me] I'll put in a supportive svc request\nISS reviewed.`, 'E', 'P', true, []),
  note(MN, 'it-bootcamp-cohort-mn-002', `Bootcamp LMS auto-report 9/12: client 87% attendance wks 1-3, 2 missing assignments.`, '-', 'V', false, [CT]),
  note(MN, 'it-bootcamp-cohort-mn-003', `Instructor Ms. Halvorsen emailed 9/15: client missed live sessions Tue + Thu and isn't answering in Slack.`, 'E', 'V', false, []),
  note(MN, 'it-bootcamp-cohort-mn-004', `Slack DM to client 9/15: "Hi Jordan, your instructor says you missed a couple sessions - everything ok?" Delivered, no reply as of 9/18.`, 'E', 'P', false, [RP]),
  note(MN, 'it-bootcamp-cohort-mn-005', `Called client 9/18, he picked up. Working extra shifts at Digi-Key (harvest OT) and fell behind. Will catch up weekends, instructor ok'd an extension on 2 labs.`, 'T', 'P', true, []),
  // In the room with his camera off, never spoke: no exchange.
  note(MN, 'it-bootcamp-cohort-mn-006', `Cohort Zoom office hours 9/25, 14 students. Client joined w/ camera off, didn't say anything, left at 7:40.`, 'T', 'P', false, []),
  note(MN, 'it-bootcamp-cohort-mn-007', `Client texted 10/2: "can u call me tmrw". Called 10/3 AM, NA, LM.`, 'T', 'P', false, [UA]),
  note(MN, 'it-bootcamp-cohort-mn-008', `Client returned call 10/3 PM. He's dropping the bootcamp, can't keep up with work hours. Wants Northland's IT evening cert instead. Will meet 10/10 to plan.`, 'T', 'P', true, []),
  note(MN, 'it-bootcamp-cohort-mn-009', `Bootcamp registrar confirmed by email: withdrawal eff. 10/4, prorated refund to the ITA.`, 'E', 'V', false, []),
  note(MN, 'it-bootcamp-cohort-mn-010', `OV 10/10 w/ client at TRF WFC. Applied to Northland's CompTIA A+ evening cert (starts 10/28, 2 nights/wk). Updated ISS and WF1 activities (ended bootcamp, added OST).`, 'I', 'P', true, []),
  note(MN, 'it-bootcamp-cohort-mn-011', `A+ Core 1 voucher request submitted to DEED 11/20 for client.`, '-', '-', false, [CT]),
  note(MN, 'it-bootcamp-cohort-mn-012', `Voucher code emailed to client 11/24 with the Pearson scheduling steps.`, 'E', 'P', false, [RP]),
  note(MN, 'it-bootcamp-cohort-mn-013', `Client replied 11/25: "thanks! booked for 12/12 in Fargo".`, 'E', 'P', true, []),
  note(MN, 'it-bootcamp-cohort-mn-014', `Northland instructor posted final grades in the partner portal 12/14: client A- in A+ Core 1 prep, 100% attendance.`, '-', 'V', false, [CT]),
  note(MN, 'it-bootcamp-cohort-mn-015', `Client on Teams 12/15 (video) - passed Core 1 on 12/12 (712). Core 2 in Jan. Interview at Sanford IT help desk 12/19.`, 'T', 'P', true, []),
  note(MN, 'it-bootcamp-cohort-mn-016', `No contact yet for January. Plan: TC 1/20 after his 2nd interview.`, '-', 'P', false, [CT]),
  // A day of the cohort channel: her posts answered by the instructor, the writer's post and DM unanswered.
  note(MN, 'it-bootcamp-cohort-mn-017', `Cohort 12 Slack digest 11/5 (copied for file):\n#general - instructor Halvorsen: "Capstone proposals due Fri 11/8, 1 page, see pinned template."\n#general - client (jordan_r): "can our capstone use a public API or does it have to be our own backend?"\n#general - Halvorsen replied in thread: "public API is fine, but you need at least one table you design."\n#general - client reacted 👍\n#wioa-checkins - me: "Reminder: November check-ins, DM me a quick update on class + work by 11/15."\n#random - client posted a photo of his new monitor setup.\nDM'd client 11/6: "Saw your capstone question, what's your idea? Also need your Nov update when you get a sec." Not read as of 11/7 4 PM.`, 'E', 'P', false, [RP]),
];
