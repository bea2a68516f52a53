/**
 * A first-year case manager in her early twenties who writes everything in lower case, the way she texts (fresh
 * split, batch 14: new voices, scored and listed but not floored yet). The voice: no capitals, "ngl", "fr", "rn",
 * "lowkey", "tmrw", "ab" (about), "bc", "ft" (FaceTime), "dm'd", "gc" (group chat), "left me on read", "ghosted",
 * "pulled up", "hopped on a call", emoji, participants by nickname, in Columbia, St. Charles, Cape Girardeau and
 * Kirksville (Missouri) and Minneapolis, Moorhead, Winona and Bloomington (Minnesota). Sources of realism: new
 * hires straight from college placed on youth and adult caseloads, who reach participants on Instagram and FaceTime
 * and write notes the way they message.
 * How I read the policy for the hard cases: the casual words decide nothing, the events do. "left me on read" and
 * "seen 2:14pm" are read receipts, not replies; a DM or group-chat reply in her own words is a written reply. A
 * FaceTime or Zoom that happened is a telephone contact; one she never joined is an attempt, and one answered only to
 * say "later" is an attempt too. A relative who picks up, calls in or shows up is an alternate, whose vague word is
 * never the participant's contact (in Missouri it counts only with substantive progress, none here). "talked to" or
 * a "convo" with no channel named is a conversation whose type is missing, so it does not qualify.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'f14-genz-lowercase';

export const NOTES: LabelledNote[] = [
  note(MO, 'f14-genz-lowercase-mo-001', `11/03/26 met w/ destiny in person @ columbia jc, like 35 min. she's lowkey crushing it - 3 wks into medical billing at moberly area cc (online), 2 modules done w/ 92 + 88, no missed log-ins. ita stays open bc she needs the cert for the billing jobs in her iep. nxt: check in 12/1`, 'I', 'P', true, []),
  note(MO, 'f14-genz-lowercase-mo-002', `11/04 called destiny ab her fafsa thing, no answer, vm full fr. will try tmrw`, 'T', 'P', false, [UA]),
  // "left me on read": she saw it and did not answer.
  note(MO, 'f14-genz-lowercase-mo-003', `11/05 texted destiny the fafsa link + asked her to lmk when it's done. she left me on read 🙃`, 'E', 'P', false, [RP]),
  note(MO, 'f14-genz-lowercase-mo-004', `11/07 destiny finally texted back "did the fafsa!! also got 95 on module 3 test". told her that's huge. progress: module 3 done (95). still on track for the cert in feb, ita continues per iep`, 'E', 'P', true, []),
  // Answered while driving and put off: nothing exchanged.
  note(MO, 'f14-genz-lowercase-mo-005', `11/10 ft'd destiny at 4, she answered but was driving and said "can we do this later" so we didn't talk ab anything. resched for thurs`, 'T', 'P', false, [UA]),
  note(MO, 'f14-genz-lowercase-mo-006', `11/13 ft w/ destiny (thurs, as planned) 20 min. module 4 started, attendance in the lms 100%. she wants the billing job at mu health care after the cert so the iep goal stays the same + ita continues. nxt 12/1`, 'T', 'P', true, []),
  // Her mother, and no word about her classes.
  note(MO, 'f14-genz-lowercase-mo-007', `11/14 destiny's mom called the main line asking if destiny "still has to do the workforce thing". said yes, asked her to have destiny call me. didn't get into her classes.`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'f14-genz-lowercase-mo-008', `11/17 jay (jaylen m., st charles) was supposed to come in at 10 for his iep review. no show, no call. 🫠`, 'I', 'P', false, [UA]),
  // A friend sitting in is no reason to doubt his own conversation.
  note(MO, 'f14-genz-lowercase-mo-009', `11/18 jaylen came in today w/ his best friend (moral support, she sat w/ us). talked 30 min. he got 78 on the osha-10 quiz + is halfway thru hvac-1 at ranken, showed up all 12 days. ita keeps going bc hvac cert = iep goal. nxt: call 12/2`, 'I', 'P', true, []),
  note(MO, 'f14-genz-lowercase-mo-010', `11/20 dm'd jay on the agency insta (his pref) ab the bus pass form. "seen" under it, no reply`, 'E', 'P', false, [RP]),
  note(MO, 'f14-genz-lowercase-mo-011', `11/24 jay replied on insta dm: "ayy sorry was slammed. hvac going good, passed the brazing practical today, still perfect attendance". i sent the bus pass form again + he said he'd bring it fri. ita continues thru hvac-1 (iep)`, 'E', 'P', true, []),
  note(MO, 'f14-genz-lowercase-mo-012', `11/25 jay dropped off the bus pass form at front desk, didn't stay. ty jay`, '-', '-', false, [CT, NS]),
  // Provider while he was in the lab with his phone off: attendance, practicals, grades, and why the ITA goes on.
  note(MO, 'f14-genz-lowercase-mo-013', `11/26 jay's at ranken all day + phone off during lab so i called his instructor mr. okafor instead. he said jay's attendance is 100%, brazing + soldering practicals passed, writtens avg 81. recommends he keep going to hvac-2 in jan. ita continues per iep.`, 'T', 'V', true, []),
  note(MO, 'f14-genz-lowercase-mo-014', `12/01 called kayla (cape) - it connected for like 1 sec then dropped, didn't hear anything. called back 2x, straight to vm.`, 'T', 'P', false, [UA]),
  note(MO, 'f14-genz-lowercase-mo-015', `12/02 kayla called back. ~10 min. cna class @ southeast hosp college wk 4/6, clinicals start 12/8, no absences. ita ok thru cna test per iep. nxt 12/15`, 'T', 'P', true, []),
  // The page's drop-down says Telephone; the note itself holds nothing.
  note(MO, 'f14-genz-lowercase-mo-016', `12/03 talked to kayla. she's good ngl.`, 'T', 'P', true, [PM, JM, NS], { field: 'T' }),
  // A "convo" with no channel anywhere: the type is missing, so it cannot count.
  note(MO, 'f14-genz-lowercase-mo-017', `12/04 convo w/ kayla ab the clinicals schedule. all good`, '-', 'P', false, [CT, PM, JM, NS]),
  note(MO, 'f14-genz-lowercase-mo-018', `11/12 kirksville - had a zoom set w/ bri (briana t.) at 2, she never joined + i waited 15. sent a "u good?" text after`, 'T', 'P', false, [UA]),
  note(MO, 'f14-genz-lowercase-mo-019', `11/19 zoom w/ bri, cam on, 25 min. she finished the lpn prereq at moberly (anatomy, B+), applying for the spring lpn cohort, deadline 12/15. ita continues - lpn is her iep goal. nxt: call after she applies`, 'T', 'P', true, []),
  note(MO, 'f14-genz-lowercase-mo-020', `11/20 mailed bri the 90-day letter bc her number's been off. asked her to call or text me by 12/10`, 'L', 'P', false, [RP]),
  // Her probation officer: another agency's staff, and I told him nothing.
  note(MO, 'f14-genz-lowercase-mo-021', `11/21 bri's probation officer emailed asking if she's "still in school". told him i can't share w/o a release. haven't talked to bri since 11/19`, 'E', 'O', false, [TP, PM, JM]),
  // "pulled up": she came to the office.
  note(MO, 'f14-genz-lowercase-mo-022', `11/30 bri pulled up to the kirksville office unannounced lol. sat w/ her 15 min: lpn app submitted 11/28, teas test 12/6 (practice tests at 71%). ita stays open for the lpn per iep. nxt: text after teas`, 'I', 'P', true, []),

  note(MN, 'f14-genz-lowercase-mn-001', `10/06/26 mpls northside - met w/ marcus (goes by "kush") in person, 30 min. he's in wk 5 of the summit academy carpentry program, 23/24 days present, osha-10 done. iss + wf1 activities line up (occupational skills training). nxt: 11/3`, 'I', 'P', true, []),
  note(MN, 'f14-genz-lowercase-mn-002', `10/08 dm'd kush on ig bc his phone is off. "seen 2:14pm". nothing`, 'E', 'P', false, [RP]),
  // His cousin's hearsay about a talk that was not with me.
  note(MN, 'f14-genz-lowercase-mn-003', `10/09 kush's cousin told me in the lobby that kush "talked to his workforce lady yesterday" - that wasn't me?? last time i saw him was 10/6. idk who she means`, 'I', 'A', false, [TP, PM]),
  note(MN, 'f14-genz-lowercase-mn-004', `10/13 kush called me back frfr. 12 min. framing unit done, instructor signed off his blueprint quiz (84). said hes thinking ab the union apprenticeship after. nxt 11/3`, 'T', 'P', true, []),
  // Minnesota: the provider's attendance sheet is recorded, never the monthly contact.
  note(MN, 'f14-genz-lowercase-mn-005', `10/20 emailed w/ summit academy's retention coordinator (dana) - she sent kush's attendance: 34/35 days, on track to grad 11/21. saved to file`, 'E', 'V', false, []),
  // A reply in a group chat, then the card he sent: written two-way.
  note(MN, 'f14-genz-lowercase-mn-006', `10/27 kush replied in our cohort gc (the one w/ the 4 summit ppl, he's @kush.builds): "yall i passed the forklift cert today". i replied congrats + asked him to send me the card pic, he sent it 5 min later.`, 'E', 'P', true, []),
  note(MN, 'f14-genz-lowercase-mn-007', `11/03 called kush for the monthly. it said "the number you have dialed is not in service"`, 'T', 'P', false, [UA]),
  // Her husband talked most, but she told her own progress.
  note(MN, 'f14-genz-lowercase-mn-008', `11/05 moorhead - anya (says her english is "not so good but ok") came in for her appt w/ her husband, he did most of the talking. anya told me herself she finished level 4 esl at m state + started the cdl class 11/2. nxt 12/3`, 'I', 'P', true, []),
  // A test date from her husband is his word about her schedule, not her progress.
  note(MN, 'f14-genz-lowercase-mn-009', `11/12 anya's husband called, said she can't come 11/14 bc she has the cdl permit test. didn't talk to anya`, 'T', 'A', false, [TP, PM]),
  // Passive: her own text, and I answered it.
  note(MN, 'f14-genz-lowercase-mn-010', `11/17 anya's permit results were texted to me by anya herself: "I pass permit!! 1 mistake only" + she asked ab the road test $. i told her the ita covers it. nxt: road test 12/1`, 'E', 'P', true, []),
  // Her husband answered and put it off: an attempt to reach her.
  note(MN, 'f14-genz-lowercase-mn-011', `11/24 called anya, her husband picked up + said she's in class, "call back at 5". didnt talk to her`, 'T', 'P', false, [UA]),
  note(MN, 'f14-genz-lowercase-mn-012', `11/24 5:05pm call back - talked w/ anya 15 min. behind-the-wheel hrs 8/40 done at m state, she says backing is going good. nxt 12/1`, 'T', 'P', true, []),
  note(MN, 'f14-genz-lowercase-mn-013', `talked to anya on the phone, road test passed!! class A. she's applying at the sugar beet plant rn`, 'T', 'P', true, [DM], { noDateField: true }),
  note(MN, 'f14-genz-lowercase-mn-014', `10/15 winona - had an in-person set w/ tj (tyler j.) at 1. he didn't show. no text, nothing 👻`, 'I', 'P', false, [UA]),
  note(MN, 'f14-genz-lowercase-mn-015', `10/22 tj came in!! 25 min. he's 2 wks into the cnc machining cert at southeast tech, attendance 10/10, first part passed inspection. wf1 activity matches iss. nxt 11/19`, 'I', 'P', true, []),
  note(MN, 'f14-genz-lowercase-mn-016', `11/19 tj's phone is disconnected so i mailed him the monthly contact letter w/ my cell on it`, 'L', 'P', false, [RP]),
  // His reply to the letter came by e-mail.
  note(MN, 'f14-genz-lowercase-mn-017', `11/25 tj emailed me back from the southeast tech library: "got ur letter, new phone # is 507-555-0147, cnc going ok, passed the g-code quiz 90%". updated his contact info`, 'E', 'P', true, []),
  note(MN, 'f14-genz-lowercase-mn-018', `11/02 bloomington - hennepin county fin worker called asking for kelsey's training schedule. sent it per her ROI. no contact w/ kelsey`, 'T', 'O', false, [TP, PM]),
  note(MN, 'f14-genz-lowercase-mn-019', `11/09 ft w/ kelsey. vibes were good`, 'T', 'P', true, [PM, NS]),
  note(MN, 'f14-genz-lowercase-mn-020', `11/16 kelsey + i hopped on a call, she's at 60% of the pharmacy tech course at normandale, quiz avg 87, externship at the cvs on lyndale in jan. nxt 12/14`, 'T', 'P', true, []),
  note(MN, 'f14-genz-lowercase-mn-021', `11/30 kelsey called, i picked up, just static then it hung up. called back - no answer.`, 'T', 'P', false, [UA]),
  note(MN, 'f14-genz-lowercase-mn-022', `12/01 emailed kelsey her december check-in questions, not opened yet (no read receipt)`, 'E', 'P', false, [RP]),
];
