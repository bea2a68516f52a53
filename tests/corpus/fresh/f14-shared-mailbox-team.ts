/**
 * A workforce team that works one shared mailbox, one shared phone line and one front counter, where whoever picks up
 * logs it (fresh split, batch 14: new voices, scored and listed but not floored yet). The voice: a log header per
 * item ("[Shared inbox] 11/02 9:14 AM | From: ... | Subj: RE: ... | Picked up by: KP"), shared-line voicemails typed
 * up by the front desk, mail-out and mail-in logs, Outlook read receipts, bounces and automatic replies logged like
 * any other item, a team calendar, a Teams channel post pasted in, initials everywhere, in Jefferson City, Rolla,
 * West Plains and Chillicothe (Missouri) and Brainerd, Fergus Falls, Red Wing and Marshall (Minnesota). Sources of
 * realism: small rural offices and contractors that replaced per-worker phones and inboxes with a team line and a
 * group mailbox, and log every item into the case note.
 * How I read the policy for the hard cases: the teammate who answered is program staff, so a real conversation with
 * the participant counts whoever logged it. A participant's voicemail on the team line is one-way, however full of
 * progress; a call that was only "have her call me" or "not today" is an attempt. A read receipt ("Read: ..."), an
 * automatic reply and a bounce are the mail system, not the participant. A relative, a probation officer or a
 * boyfriend's appointment is someone else's contact. In Missouri a provider's e-mailed progress and reason to
 * continue, asked for while the participant's address bounced, counts; in Minnesota it is recorded, never the
 * monthly contact. Texts, e-mail and mailbox items are e-mail; the team line is telephone.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'f14-shared-mailbox-team';

export const NOTES: LabelledNote[] = [
  note(MO, 'f14-shared-mailbox-team-mo-001', `[Shared inbox - Jefferson City WIOA Team] 11/02/2026 9:14 AM | From: Darius W. | Subj: RE: 90-day check-in | Picked up by: KP
Darius answered our 10/28 check-in email: still in Lincoln University's CDL program, classroom finished (score 91), range days 3 of 10, no absences. KP replied w/ the range schedule. IEP: ITA continues through the CDL-A test. Assigned CM (Jen) cc'd.`, 'E', 'P', true, []),
  note(MO, 'f14-shared-mailbox-team-mo-002', `[Shared inbox] 10/28/2026 4:40 PM | To: Darius W. | Subj: 90-day check-in | Sent by: JL
Sent the standard 90-day check-in questions (training status, hours, barriers). Awaiting reply.`, 'E', 'P', false, [RP]),
  // A read receipt is Outlook talking.
  note(MO, 'f14-shared-mailbox-team-mo-003', `[Shared inbox] 10/29 | From: Darius W. | Subj: Read: 90-day check-in | Logged by: MO (front line)
Read receipt only - "Your message was read on 10/29/2026 7:02 AM." No reply text.`, 'E', 'P', false, [RP]),
  // His voicemail on the team line is full of progress but one-way: nobody talked with him.
  note(MO, 'f14-shared-mailbox-team-mo-004', `Shared line VM (573-555-0140) 11/05 8:02 AM, typed up by RT:
"Hey this is Darius, my range test got moved to the 19th, I'm still going every day, call me back whenever." RT forwarded to Jen. Nobody has called him back yet.`, 'T', 'P', false, [UA]),
  // A teammate, not his CM, talked with him: program staff, so the conversation counts.
  note(MO, 'f14-shared-mailbox-team-mo-005', `Shared line 11/10 1:30 PM - answered by Toni (front desk team). Darius called for Jen; Jen out, Toni talked with him ~8 min: range test 11/19, he's been at every range day, needs his DOT med card renewed before the test. Toni set up the physical voucher. ITA continues to the CDL test per IEP. -TR`, 'T', 'P', true, []),
  // "Just have her call me" and gone: nothing exchanged.
  note(MO, 'f14-shared-mailbox-team-mo-006', `Shared line 11/12 10:15 - answered by KP. Darius asked for Jen, said "just have her call me", hung up before KP could ask anything else.`, 'T', 'P', false, [UA]),
  note(MO, 'f14-shared-mailbox-team-mo-007', `[Shared inbox] 11/13 | From: Mail Delivery Subsystem | Subj: Undeliverable: Your IEP review appointment | Logged by: JL
Message to Brianna S. bounced - mailbox does not exist. Need a new email for her.`, 'E', 'P', false, [UA]),
  note(MO, 'f14-shared-mailbox-team-mo-008', `[Shared inbox] 11/14 | From: Brianna S. (student acct) | Subj: Automatic reply: IEP review | Logged: MO
"I am out of the office until Monday. For urgent matters contact the nursing office." - auto-reply from her school email, not her.`, 'E', 'P', false, [RP]),
  note(MO, 'f14-shared-mailbox-team-mo-009', `[Shared inbox] 11/17 7:48 PM | From: Brianna S. | Subj: Re: IEP review | Picked up by: DH (next morning)
Brianna wrote: "sorry for the delay, clinicals are crazy. I passed the med-surg exam (84) and I have 96 of 120 clinical hrs. Can we meet after finals 12/12?" Sent from my iPhone.
DH replied yes, booked 12/12 in Rolla. IEP: ITA continues for the LPN program (Rolla Tech, completion Feb).`, 'E', 'P', true, []),
  note(MO, 'f14-shared-mailbox-team-mo-010', `Shared line 11/18 - picked up by Toni. Brianna's mother called to ask if the program pays for scrubs. Toni said we'd check. Nothing about Brianna's classes.`, 'T', 'A', false, [TP, PM, JM]),
  // Provider asked while her e-mail bounced: attendance, grades, hours, and why the ITA goes on.
  note(MO, 'f14-shared-mailbox-team-mo-011', `[Shared inbox] 11/19 | From: Rolla Tech LPN coordinator (Ms. Greer) | Subj: Brianna S. - progress | Handled by: DH
Coordinator's answer to our 11/13 request (Brianna's email was bouncing then): attendance 100% in Oct/Nov, med-surg 84, pharm 88, 96/120 clinical hours, on track for Feb completion. DH logged in Toolbox. ITA continues per IEP toward the LPN license.`, 'E', 'V', true, []),
  // Nickname as the caller; a teammate answered and they talked.
  note(MO, 'f14-shared-mailbox-team-mo-012', `Shared line 11/03 - answered by RT. "Mikey" (Michael D., West Plains) asking about the welding class start date. RT told him 1/12/27 at South Central Career Center. He said he passed his HiSET math retake w/ a 15. Stays on the youth ISS toward HiSET + welding. -RT`, 'T', 'P', true, []),
  note(MO, 'f14-shared-mailbox-team-mo-013', `Shared line 11/04 - DH called Mikey back at the # on the log, it rang once and dropped; second try went to "voicemail not set up".`, 'T', 'P', false, [UA]),
  note(MO, 'f14-shared-mailbox-team-mo-014', `[Shared inbox] 11/06 | From: Howell County probation (PO Smith) | Subj: Michael D. | Handled: KP
PO asked for Mikey's attendance. KP replied we need a signed release. No contact w/ Mikey.`, 'E', 'O', false, [TP, PM, JM]),
  note(MO, 'f14-shared-mailbox-team-mo-015', `Front counter log 11/09 - Mikey dropped off his HiSET transcript in the team tray. Didn't ask for anyone. Scanned - RT`, '-', '-', false, [CT, NS]),
  // A chat happened, and that is all the note says.
  note(MO, 'f14-shared-mailbox-team-mo-016', `Shared line 11/16 - KP answered, Mikey, quick chat. Logged.`, 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'f14-shared-mailbox-team-mo-017', `Team mail-out log 11/20: 90-day letters mailed to 14 participants incl. Alicia R. (Chillicothe). Return envelope enclosed. -JL`, 'L', 'P', false, [RP]),
  note(MO, 'f14-shared-mailbox-team-mo-018', `Team mail-in log 12/01 - Alicia R.'s reply form came back (postmark 11/27). She checked "still in training" and wrote: "ServSafe Manager passed 11/15, culinary class at North Central MO College - 2 of 3 terms done, B average." Logged by JL for her CM. IEP: ITA for the culinary certificate continues (term 3 starts 1/20).`, 'L', 'P', true, []),
  // Her boyfriend's orientation; she sat in the lobby.
  note(MO, 'f14-shared-mailbox-team-mo-019', `Front counter 11/24 - Alicia came in with her boyfriend for HIS orientation appt w/ KP; she sat in the lobby on her phone. KP did his intake. -KP`, 'I', 'O', false, [TP, PM, JM]),
  note(MO, 'f14-shared-mailbox-team-mo-020', `Team calendar 11/25: Alicia's 10:00 IEP review (conf. room B) - cancelled by the team, JL out sick; nobody reached Alicia to tell her, and she wasn't here anyway per front counter.`, 'I', 'P', false, [UA]),
  note(MO, 'f14-shared-mailbox-team-mo-021', `Front counter 12/02 - Alicia walked in, KP grabbed her in the lobby for 15 min (her CM out). Term 2 final grades posted: B, B+; term 3 registration done for 1/20. Needs a knife kit ($140) - ITA covers per IEP. Next: CM to call 1/5. -KP`, 'I', 'P', true, []),
  // Channel named only by the truck school's office phone.
  note(MO, 'f14-shared-mailbox-team-mo-022', `Shared line 11/23 - answered by Toni. Darius called from the truck school's office: passed the CDL-A road test 11/19!! License printed. Orientation at a regional carrier 12/7. ITA done; IEP continues for 90 days of job-retention follow-up. Toni cc'd Jen. -TR`, 'T', 'P', true, []),
  // The channel is a place: lunch at the hospital cafeteria.
  note(MO, 'f14-shared-mailbox-team-mo-023', `Team channel (Teams) post pasted 11/30, Jen: "Had lunch with Brianna at the Phelps Health cafeteria today between clinicals - 104 of 120 clinical hrs, finals 12/10, passing all courses. ITA continues for the LPN per IEP."`, 'I', 'P', true, []),

  note(MN, 'f14-shared-mailbox-team-mn-001', `[CareerForce Brainerd team inbox] 10/05/2026 11:20 | From: Sam K. | Subj: RE: October check in | Answered by: LB
Sam replied to our 10/1 check-in: finished module 3 of Central Lakes College welding (GMAW), 92%, missed 1 day (car). LB replied about the gas card. Record reviewed: OST activity matches ISS. -LB`, 'E', 'P', true, []),
  note(MN, 'f14-shared-mailbox-team-mn-002', `[team inbox] 10/01 | To: Sam K., Jordan P., Kaylee M. (bcc) | Subj: October check in | Sent by: LB
Monthly check-in questions sent to the three CLC welders.`, 'E', 'P', false, [RP]),
  note(MN, 'f14-shared-mailbox-team-mn-003', `[team inbox] 10/02 | From: Jordan P. | Subj: Automatic reply: October check in
"Thanks for your message! I'm at work and will reply tonight." - auto-reply. -LB`, 'E', 'P', false, [RP]),
  // His voicemail returning our e-mail: one-way.
  note(MN, 'f14-shared-mailbox-team-mn-004', `Shared phone (218-555-0166) VM 10/06 7:40 PM, typed up by AS: Jordan: "Hey it's Jordan P returning your email. I'm good, class is fine. Try me after 3." AS put a callback on the board.`, 'T', 'P', false, [UA]),
  note(MN, 'f14-shared-mailbox-team-mn-005', `Shared phone 10/07 3:20 PM - AS called Jordan back. Talked 12 min: he's on 2nd shift at Clow Stamping now + CLC welding evenings, 3 of 6 modules done, 88 avg. ISS: training + employment, WF1 updated by AS.`, 'T', 'P', true, []),
  // A real, very short two-way call about a gas card: it counts, with nothing on progress.
  note(MN, 'f14-shared-mailbox-team-mn-006', `Shared phone 10/14 - MT picked up; Kaylee M. asking if her gas card came. MT said not yet. Call was 1 min, she had to go.`, 'T', 'P', true, [PM, NS]),
  note(MN, 'f14-shared-mailbox-team-mn-007', `[team inbox] 10/20 | From: Central Lakes College (instructor Peterson) | Subj: Kaylee M. attendance | Handled by: LB
Instructor: Kaylee at 18/20 days in October, passed her 2F vertical test. Saved to file.`, 'E', 'V', false, []),
  note(MN, 'f14-shared-mailbox-team-mn-008', `[team inbox] 10/28 | From: Kaylee M. | Subj: RE: October check in | Answered by: MT
Kaylee (late reply to the 10/1 email): "sorry!! I passed 2F, working on 3F now, and I got hired part time at Potlatch." MT replied congrats + asked for her Potlatch start date; she wrote back "11/3". -MT`, 'E', 'P', true, []),
  note(MN, 'f14-shared-mailbox-team-mn-009', `Shared phone 11/02 - answered by Deb (reception). Caller said she was Tina R.'s daughter; Tina is in the hospital (not serious), will miss M State classes this week. Deb passed it to the team. No contact with Tina.`, 'T', 'A', false, [TP, PM]),
  note(MN, 'f14-shared-mailbox-team-mn-010', `[team inbox] 11/03 | To: Tina R. | Subj: Thinking of you + November check-in | Sent by: AS`, 'E', 'P', false, [RP]),
  note(MN, 'f14-shared-mailbox-team-mn-011', `[team inbox] 11/09 | From: Tina R. | Subj: RE: Thinking of you + November check-in | Answered by: AS
Tina: "Home now, back at M State Monday. Instructor is letting me make up the anatomy lab. I'm at 81% in the class." AS replied with the make-up form. ISS unchanged (CNA -> LPN path).`, 'E', 'P', true, []),
  note(MN, 'f14-shared-mailbox-team-mn-012', `[team inbox] 11/10 | From: Microsoft Outlook | Subj: Read: November check-in | Logged by: MT
Read receipt from Marcus O. (Red Wing). No reply.`, 'E', 'P', false, [RP]),
  note(MN, 'f14-shared-mailbox-team-mn-013', `Shared phone 11/12 - MT called Marcus O., he answered "I'm at a funeral, not today", hung up. -MT`, 'T', 'P', false, [UA]),
  note(MN, 'f14-shared-mailbox-team-mn-014', `Shared phone 11/17 - Marcus O. returned the team's call, got LB. 15 min: he's in wk 7 of the Minnesota State College Southeast truck-driving class, passed the pre-trip test, 40 of 40 hrs attended. WF1 activity matches ISS. -LB`, 'T', 'P', true, []),
  // Met at the library (the channel is the place), and little else.
  note(MN, 'f14-shared-mailbox-team-mn-015', `Team board 11/18 - "Marcus O. - met at the Red Wing library by LB, 2:00, he brought his permit; ok" -LB`, 'I', 'P', true, [PM, NS]),
  // His wife's e-mail: a test date is his schedule, not his progress.
  note(MN, 'f14-shared-mailbox-team-mn-016', `[team inbox] 11/19 | From: Dana O. (Marcus O.'s wife) | Subj: Marcus schedule | Handled: AS
Dana says Marcus has his road test 12/4 and can't come to the 12/2 group. AS replied fine.`, 'E', 'A', false, [TP, PM]),
  note(MN, 'f14-shared-mailbox-team-mn-017', `Shared phone 11/20 - call from Marcus O., AS answered; line dropped before he said anything but "hello?" AS called back twice, no answer.`, 'T', 'P', false, [UA]),
  note(MN, 'f14-shared-mailbox-team-mn-018', `[team inbox] 11/23 | From: Ana G. | Subj: (no subject) | Answered by: MT
Ana sent a photo of her Southwest MN State certificate in medical coding and wrote "DONE!!! thank u all". MT replied congrats and asked about her job search; Ana replied: "applied at Avera Marshall and Sanford, interview at Avera 12/1".`, 'E', 'P', true, []),
  note(MN, 'f14-shared-mailbox-team-mn-019', `Shared phone - LB spoke with Ana G., Avera interview went well, 2nd interview next week. Ana's coding cert is in the file.`, 'T', 'P', true, [DM], { noDateField: true }),
  // Her voicemail about the car: the meeting never happened and nobody talked with her.
  note(MN, 'f14-shared-mailbox-team-mn-020', `Team calendar 11/30: Ana G. 1:00 in-person - she left a VM on the team line at 12:50, car won't start; nobody met with her. -MT`, 'I', 'P', false, [UA]),
  note(MN, 'f14-shared-mailbox-team-mn-021', `Front desk 12/01 - Ana stopped in to drop off her Avera offer letter; MT met her in the lobby 10 min: starts 12/14 as coding specialist, $22/hr, FT. WF1: exit to employment pending, follow-up per ISS. -MT`, 'I', 'P', true, []),
];
