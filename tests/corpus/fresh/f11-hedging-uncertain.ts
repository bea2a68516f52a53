/**
 * The hedging writer (fresh split: new voices, scored and listed but not floored yet). The voice: a careful case
 * manager who is never quite sure and says so: "I believe", "I want to say it was Tuesday", "(?)", "if I remember
 * right", "pretty sure", "not 100%", "I may have", self-corrections mid-note ("-- scratch that, it was Wed"),
 * notes written from memory at the end of a long week in St. Joseph, Cape Girardeau and Poplar Bluff, Missouri, and
 * Rochester, St. Cloud, Mankato and Brainerd, Minnesota. Sources of realism: new staff and overloaded staff who
 * write late entries from memory and hedge what they did not write down at the time; supervisors' "be definite"
 * comments in file reviews.
 * Reading of the policy for the hard cases: the hedge decides only when it is about the contact itself. Unsure
 * whether she talked to the participant at all, or to whom she talked (the participant or a relative who sounded
 * like him), or whether the call connected: the note does not clearly show a two-way contact and does not
 * qualify. Unsure only of the day, the length or a detail of what was said, while the conversation itself is
 * stated plainly: it qualifies, and the vague part is a documentation matter. "I think I left a message" is an
 * attempt. Missouri provider contacts count only with substantive progress; Minnesota's monthly contact is with the
 * participant himself.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'f11-hedging-uncertain';

export const NOTES: LabelledNote[] = [
  // Unsure of the weekday, sure of the call.
  note(MO, 'f11-hedging-uncertain-mo-001', `I want to say this was Tues 3/10 (could have been Wed 3/11) - spoke w/ cust by phone about 15 min. She finished week 6 of 8 in the phlebotomy course at Hillyard Tech, has all her sticks logged except 5. Cont ITA per IEP; externship placement next.`, 'T', 'P', true, []),
  // Unsure whether it was her or her sister on the line: not clearly the participant.
  note(MO, 'f11-hedging-uncertain-mo-002', `Called cust 3/12. A woman answered and said cust was "doing good at school" - I think it was cust but it may have been her sister, they sound alike and she didn't say. Will call again to confirm.`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'f11-hedging-uncertain-mo-003', `I think I left a VM for cust on 3/16? Phone log shows a 1 min call to her number.`, 'T', 'P', false, [UA]),
  note(MO, 'f11-hedging-uncertain-mo-004', `Late entry from memory (sorry, week got away from me). Cust came in to the St. Joseph JC on, I believe, 3/18. We talked at my desk maybe 20 min. Pretty sure she said she passed the state phlebotomy exam - she showed me the score sheet, 88. Starting at Mosaic Life Care lab PRN. Continue WIOA through job retention per IEP.`, 'I', 'P', true, []),
  note(MO, 'f11-hedging-uncertain-mo-005', `May have talked to cust at the job fair at Missouri Western 3/20, there were a lot of people and I'm not certain it was him. Will follow up.`, '-', '-', false, [CT, NS]),
  note(MO, 'f11-hedging-uncertain-mo-006', `Following up the job fair - called cust 3/23 and yes, it was him I saw. He said he talked to BNSF and Tyson recruiters there. Still 20 hrs/wk at the Walmart on Belt Hwy while he waits on the CDL class start 4/6. Continue OST per IEP (CDL-A at Hillyard).`, 'T', 'P', true, []),
  note(MO, 'f11-hedging-uncertain-mo-007', `Not 100% sure the letter went out 3/24 - I signed it but didn't see it go in the mail bin. Letter asked cust to call re: 90 day contact.`, 'L', 'P', false, [RP]),
  // Something came back, but the writer cannot say it is his answer.
  note(MO, 'f11-hedging-uncertain-mo-008', `Got an email 3/27 from an address I don't recognize that says "this is Darnell, I got the letter, I'm good" - probably cust but no way to tell. Replied to it asking him to call me from his phone on file.`, 'E', 'P', false, [RP]),
  note(MO, 'f11-hedging-uncertain-mo-009', `Darnell called 3/30 from the number on file and confirmed the 3/27 email was his (new gmail). Started CDL-A at Hillyard 3/23 (a week earlier than I had!), passed pre-trip day 1. Continue OST per IEP.`, 'T', 'P', true, []),
  note(MO, 'f11-hedging-uncertain-mo-010', `I believe cust's instructor said at the advisory board mtg 4/1 that "all the WIOA folks are doing fine" - didn't catch if he meant cust specifically.`, 'I', 'V', false, [TP, PM, JM]),
  note(MO, 'f11-hedging-uncertain-mo-011', `TC w/ cust 4/2 (I think around 2:30). Went over his FAFSA verification - I may have the wrong form, he thinks SEMO wants the IRS transcript. He is still enrolled full time in the Industrial Technology AAS, spring midterms all C or better. Continue ITA; he will upload the transcript.`, 'T', 'P', true, []),
  // An "ok" that may not be hers, to a reminder: no clear written reply from the participant.
  note(MO, 'f11-hedging-uncertain-mo-012', `Either cust or someone on her phone texted back "ok" to my appt reminder 4/6. Not sure that counts as hearing from her.`, 'E', 'P', false, [RP, NS]),
  note(MO, 'f11-hedging-uncertain-mo-013', `Cust seemed to be at the appt 4/8 - she signed in per the front desk sheet - but I was pulled into a staffing and when I came out she had gone. Did not talk to her.`, '-', '-', false, [CT, NS]),
  note(MO, 'f11-hedging-uncertain-mo-014', `OV 4/10 with cust, short - maybe 10 min, she had to get back to work. She says she is "mostly" keeping up with the online Medical Assistant modules at Three Rivers - 9 of 14 done, I think, she wasn't sure herself. Continue ITA. I'll ask the college for the gradebook.`, 'I', 'P', true, []),
  note(MO, 'f11-hedging-uncertain-mo-015', `Talked with the MA program coordinator at Three Rivers 4/13 - she confirms cust completed 9 of 14 modules with an 84 average and has not missed a live session; on pace to finish 6/12. That sounds right to me. Continue ITA per IEP.`, 'T', 'V', true, []),
  note(MO, 'f11-hedging-uncertain-mo-016', `Drove by cust's address in Poplar Bluff 4/15 on my way back from Dexter, I think her car was there but I did not stop.`, '-', '-', false, [CT, NS]),
  note(MO, 'f11-hedging-uncertain-mo-017', `Not sure if I wrote this up already: 4/16 cust called me, we talked, he's still at the Briggs plant 40 hrs, got the forklift cert 4/10. Cont job retention svcs per IEP.`, 'T', 'P', true, []),
  // A call that may or may not have been picked up: nothing clearly two-way.
  note(MO, 'f11-hedging-uncertain-mo-018', `Called cust 4/20 - the line picked up, I heard noise, maybe a TV, said hello a few times, then it dropped. Possibly a pocket answer? Did not get to talk.`, 'T', 'P', false, [UA]),
  // A contact the writer only believes happened, with nothing of it written down: not clearly shown.
  note(MO, 'f11-hedging-uncertain-mo-019', `I'm fairly certain I met with cust 4/22. Notes are in my other notebook.`, 'I', 'P', false, [PM, JM, NS]),
  note(MO, 'f11-hedging-uncertain-mo-020', `Correction to my 4/22 entry: found the notebook. Met cust 4/22 in person at the Cape JC, 30 min. She got the offer from Saint Francis as a unit secretary, starts 5/4, $16.25. Plan: job retention per IEP, check in after 30 days.`, 'I', 'P', true, []),
  // Unplanned, in a parking lot, hedged numbers - but they talked face to face about her work.
  note(MO, 'f11-hedging-uncertain-mo-022', `Spoke with cust in the JC parking lot 4/30 when she dropped off her WEX timesheet - I think she said 32 hrs last week at the Salvation Army store, and her supervisor mentioned hiring her permanent at 90 days (5/15?). Continue WEX per IEP until then.`, 'I', 'P', true, []),
  note(MO, 'f11-hedging-uncertain-mo-021', `I guess cust's phone is off? 3 calls this week (4/27, 4/28, 4/30), none rang through, straight to "not available".`, 'T', 'P', false, [UA]),
  note(MN, 'f11-hedging-uncertain-mn-001', `Spoke w/ client on the phone 2/3 I believe (might have been 2/4). He said he is about halfway through the Rochester CTC CNA course, clinicals at Charter House start 2/17. ISS reviewed, training continues.`, 'T', 'P', true, []),
  note(MN, 'f11-hedging-uncertain-mn-002', `Left a message I think - the VM greeting was a robot voice so not sure it's still client's number. 2/6.`, 'T', 'P', false, [UA]),
  // She is not sure the person was the client: the "client" may be his father with the same name.
  note(MN, 'f11-hedging-uncertain-mn-003', `2/9 talked w/ "Abdi" on client's number - it might have been his dad, Abdi Sr., who also uses that phone; he said Abdi is at work a lot and "fine". Didn't get any detail.`, 'T', 'A', false, [TP, PM]),
  note(MN, 'f11-hedging-uncertain-mn-004', `Client came by the St. Cloud WFC 2/12 (I think it was the 12th, a Thurs). We sat down in the small room. Warehouse job at Coborn's DC: 40 hrs, nights, he likes it OK. Wants to look at the Electrical line worker program at SCTCC for fall. Updated ISS with that goal.`, 'I', 'P', true, []),
  note(MN, 'f11-hedging-uncertain-mn-005', `Might have a new phone number for client - someone at the front desk said he wrote one on the sign-in sheet 2/13 but I couldn't find it.`, '-', '-', false, [CT, NS]),
  note(MN, 'f11-hedging-uncertain-mn-006', `2/18 - email to client asking how the CNA state test went, not sure he checks that email anymore.`, 'E', 'P', false, [RP]),
  note(MN, 'f11-hedging-uncertain-mn-007', `He did check it! Reply 2/19: "passed written, skills test is 3/2, kinda nervous about the transfer belt". Wrote back w/ the practice video link. ISS: training continues to state test.`, 'E', 'P', true, []),
  // Whoever answered only said he was asleep: the call did not reach him and says nothing of his progress.
  note(MN, 'f11-hedging-uncertain-mn-008', `Client's girlfriend, I think, answered 2/24 and said he was sleeping after night shift. I said I'd try tomorrow.`, 'T', 'P', false, [UA]),
  // Unsure about his hours, sure they talked.
  note(MN, 'f11-hedging-uncertain-mn-009', `2/25 caught client on the phone after his shift. Tired. Hours are somewhere around 36-40, he couldn't remember exactly, and the skills test got moved to 3/9 (or 3/10?). He'll text me the date.`, 'T', 'P', true, []),
  note(MN, 'f11-hedging-uncertain-mn-010', `Probably should have noted this earlier: client's mom dropped off his paystub 3/1. Didn't see client.`, '-', '-', false, [CT, NS]),
  note(MN, 'f11-hedging-uncertain-mn-011', `I believe client was at the Resume Lab workshop 3/4 - name on the Zoom participant list but camera off, no chat, no audio from him that I noticed.`, '-', '-', false, [CT, NS]),
  note(MN, 'f11-hedging-uncertain-mn-012', `Client called me 3/6 - I'm sure of this one, it's on my call log 11:42, 18 min. Passed the skills test 3/5 (so not the 9th after all). He'll be on the MN Nursing Assistant Registry in a week or so. Applying at Mayo and Madonna. ISS: training complete, job search next.`, 'T', 'P', true, []),
  note(MN, 'f11-hedging-uncertain-mn-013', `Texted client 3/9 "congrats again!!" - no reply that I saw.`, 'E', 'P', false, [RP]),
  note(MN, 'f11-hedging-uncertain-mn-014', `Mankato: met client (or at least I think this is the right file - she goes by Lupe, file says Guadalupe M.) at the WFC 3/11. Confirmed birthdate with her to be sure: yes. She's 2 wks into the SCC welding cert, 100% attendance, loves the MIG. ISS goal on track.`, 'I', 'P', true, []),
  // Supervisor's "be definite" comment and nothing else.
  note(MN, 'f11-hedging-uncertain-mn-015', `[Sup review 3/13] Please stop writing "I think" about whether contact happened. Either it did or it didn't. -KP`, '-', '-', false, [CT, NS]),
  note(MN, 'f11-hedging-uncertain-mn-016', `Per KP's review, definite this time: 3/16 phone call with client, both of us talking, 12 min. She finished the 1st welding module (grade 91) and has her next module test 3/27. ISS training goal continues.`, 'T', 'P', true, []),
  note(MN, 'f11-hedging-uncertain-mn-017', `Brainerd - client may have moved to Fargo. Letter 3/18 to last address, we'll see.`, 'L', 'P', false, [RP]),
  // Someone says "yeah" and hangs up: not clearly the client, not clearly an exchange.
  note(MN, 'f11-hedging-uncertain-mn-018', `3/20 called, someone said "yeah?" then "wrong number I guess" and hung up. Could've been client not wanting to talk? Unclear.`, 'T', 'P', false, [UA]),
  note(MN, 'f11-hedging-uncertain-mn-019', `Client texted 3/23 from a 701 number: "its Marcus, moved to Fargo, got a job at Bobcat, still want to do the welding class if I can". Called him back the same day, it was him. Full time at Bobcat in West Fargo since 3/9, 2nd shift. Talked about transfer to ND workforce center for training. ISS updated: employed.`, 'T', 'P', true, []),
  note(MN, 'f11-hedging-uncertain-mn-020', `3/26 think I talked to client about the Fargo move yesterday? Possibly that was a different Marcus on my caseload - will check.`, '-', '-', false, [CT, NS]),
  // A plain two-way call; "going OK at work" is thin but is news of his job, and the screen has no date field.
  // A chance meeting at the grocery store is still a face-to-face exchange with her about her training.
  note(MN, 'f11-hedging-uncertain-mn-022', `Client (Lupe) stopped me at Hy-Vee Sat 3/28 - not a planned meeting but we talked 5 min by the deli. Passed welding module 2 test, 87 I think she said. Told her to come in for the ISS review 4/8.`, 'I', 'P', true, []),
  note(MN, 'f11-hedging-uncertain-mn-021', `Talked with client by phone, approx. 10 min, maybe less. Going OK at work he said.`, 'T', 'P', true, [NS, DM], { noDateField: true }),
];
