/**
 * Job-center staff working hand in hand with the 2-1-1 helpline (fresh split, batch 14: new voices, scored and listed
 * but not floored yet). The voice: "warm handoff", "warm transfer", "3-way", "the navigator stayed on the line", the
 * 211 referral fax or shared note pasted under an ROI, notes about what 211 told us as much as what the participant
 * did, in St. Louis, Kansas City, Springfield, Joplin, Hannibal and Sedalia (Missouri) and Duluth, St. Cloud, Bemidji,
 * Mankato and Rochester (Minnesota). Sources of realism: United Way 2-1-1 lines that transfer a caller live to a
 * workforce or housing worker instead of handing out a number, and the co-enrolment that follows.
 * How I read the policy for the hard cases: a handoff counts only where the case manager and the participant spoke
 * to each other - the navigator introducing them and dropping off still leaves a real conversation; a line that cut
 * out at hello, a navigator's own call, e-mail or shared note about the participant is someone else's contact
 * ("other": recorded, never the participant's). A participant in the lobby while someone else has their intake had
 * no contact. A text "Read" is no reply, an auto-reply is the mail system talking. In Missouri a provider (or, with
 * the provider out of reach, an alternate who really knows) counts with concrete progress and a reason to continue;
 * in Minnesota the provider's word is recorded, never the monthly contact. Video is telephone; texts are e-mail.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'f14-211-warm-handoff';

export const NOTES: LabelledNote[] = [
  note(MO, 'f14-211-warm-handoff-mo-001', `11/02/2026 Warm handoff rec'd from 211 (United Way 2-1-1, St. Louis) - navigator Dee stayed on the line for the intro then dropped off. Spoke w/ participant Anthony R. by phone 20 min. He is in wk 6 of 10 of the forklift/warehouse cert at St. Louis Community College, attendance 100%, passed written safety test 11/1. IEP: ITA continues through cert, he needs the practical exam to be hire-ready. Next: CM call 11/16 after practical.`, 'T', 'P', true, []),
  note(MO, 'f14-211-warm-handoff-mo-002', `11/03/2026 211 navigator tried to conference me in w/ Anthony - his phone went straight to VM. Navigator left msg w/ my direct line 314-555-0182. No contact.`, 'T', 'P', false, [UA]),
  // The navigator's own call about him: another agency's staff, neither provider nor alternate.
  note(MO, 'f14-211-warm-handoff-mo-003', `11/04 Call from 2-1-1 St. Louis (navigator Dee) - says Anthony called them last night asking about utility help; she referred him to LIHEAP and gave him my number again. I have not spoken w/ him since 11/2.`, 'T', 'O', false, [TP, PM, JM]),
  // Her housing navigator sat in: a third person present does not undo her own conversation.
  note(MO, 'f14-211-warm-handoff-mo-004', `11/09/2026 OV Kansas City Job Center. Keisha B. came in w/ her 211 housing navigator (Mr. Ortiz) - warm handoff in person. Met w/ Keisha 40 min; Ortiz sat in for the housing part. Keisha finished CNA clinicals at Penn Valley 11/6, 120 of 120 hrs; state exam sched 11/20. ITA continues until she tests - CNA cert is the IEP goal. Next: check exam result 11/23.`, 'I', 'P', true, []),
  // Someone else's intake; Keisha only waited in the lobby.
  note(MO, 'f14-211-warm-handoff-mo-005', `11/10 Keisha brought her cousin Tamara to Tamara's own 211 referral intake at 10:00; I did Tamara's eligibility screening. Keisha waited in the lobby w/ the kids.`, 'I', 'O', false, [TP, PM, JM]),
  // Picked up, but put it off: nothing was exchanged about her.
  note(MO, 'f14-211-warm-handoff-mo-006', `11/12 called Keisha 2:15 - picked up, said she's on the bus w/ both kids and can't talk, "call me tomorrow after 3". Will do.`, 'T', 'P', false, [UA]),
  note(MO, 'f14-211-warm-handoff-mo-007', `11/13 TC w/ Keisha 3:20 pm. She passed the skills portion of the CNA exam (written 11/20 still to go). Still needs childcare for exam day - warm handoff back to 211 for a childcare voucher, I stayed on the 3-way call until the childcare line picked up. ITA open until written exam per IEP. Next contact 11/21.`, 'T', 'P', true, []),
  note(MO, 'f14-211-warm-handoff-mo-008', `11/16/2026 Mailed 90-day contact letter to Roberto V. (Springfield) at the address 211 had on file - asks him to call by 12/1 about his welding class.`, 'L', 'P', false, [RP]),
  note(MO, 'f14-211-warm-handoff-mo-009', `11/24 The 11/16 letter to Roberto came back "Return to Sender - Not Deliverable as Addressed". Asked 211 Springfield if they have a newer address; they can't share it w/o his consent.`, 'L', 'P', false, [UA]),
  note(MO, 'f14-211-warm-handoff-mo-010', `11/30 Roberto's reply to my letter (re-sent to his sister's address 11/25) arrived today - reply slip filled out in his hand: still at OTC welding, finished the SMAW module w/ a B, starts GMAW 12/7. Wants to stay in the program; IEP goal (AWS cert) needs GMAW + FCAW. Will call him to confirm the Jan schedule.`, 'L', 'P', true, []),
  // The transfer connected, but the line died before a word was said.
  note(MO, 'f14-211-warm-handoff-mo-011', `12/01 Roberto called the 211 warm line and they transferred him to me - the line dropped the second I picked up, before either of us said anything. Called back the number 211 gave, no answer.`, 'T', 'P', false, [UA]),
  // Provider contact while he had no phone: attendance, module grade, and why the ITA goes on.
  note(MO, 'f14-211-warm-handoff-mo-012', `11/18/2026 Roberto not reachable (no phone; 211 says he's staying between addresses). TC w/ Mr. Haskins, OTC welding instructor: Roberto has missed 0 days this term, SMAW module passed 86%, on schedule for GMAW in Dec. Instructor recommends he continue. ITA continues per IEP (AWS cert goal).`, 'T', 'V', true, []),
  // "Doing ok, still going" is no substantive knowledge of his progress.
  note(MO, 'f14-211-warm-handoff-mo-013', `11/19 Spoke w/ Roberto's sister Ana (alt contact on file) by phone - she says he's "doing ok" and still going to school. Asked her to have him call me.`, 'T', 'A', false, [TP, PM, JM]),
  // The 211 navigator's note relays what Jasmine told them; I have not talked to her.
  note(MO, 'f14-211-warm-handoff-mo-014', `11/20 211 navigator's case note e-mailed to us under the ROI: "Caller (Jasmine T.) reports she is attending CDL class at Crowder daily and wants help with a DOT physical." Forwarded to me for follow-up; I have not spoken w/ Jasmine yet.`, 'E', 'O', false, [TP, JM]),
  // Nickname as the actor, channel named only by the payphone.
  note(MO, 'f14-211-warm-handoff-mo-015', `11/23 Jazzy (Jasmine T.) called me back from the truck stop payphone - 15 min. CDL-A class at Crowder: range week, passed pre-trip inspection on 2nd try, road test 12/4. ITA continues to the road test (IEP: Class A license + job w/ regional carrier). Gave her the DOT physical voucher number. Next: call 12/5.`, 'T', 'P', true, []),
  // A read receipt is not a reply.
  note(MO, 'f14-211-warm-handoff-mo-016', `11/25 Texted Jasmine re: the DOT physical appt 11/30 8am at Freeman Joplin. Shows "Read 4:12 PM". No reply.`, 'E', 'P', false, [RP]),
  note(MO, 'f14-211-warm-handoff-mo-017', `11/30 Jasmine texted back at 9:40: "physical done, med card in hand, road test still 12/4." Replied w/ good luck + reminder to bring the card. Progress: DOT med card done, road test pending; ITA continues until license per IEP.`, 'E', 'P', true, []),
  note(MO, 'f14-211-warm-handoff-mo-018', `11/17/2026 Hannibal office: 211 booked Marcus L. for a 1:00 warm-handoff appt w/ me. He didn't come. 211 says they reminded him yesterday.`, 'I', 'P', false, [UA]),
  // A drop-off at the desk is no contact, however useful the paper.
  note(MO, 'f14-211-warm-handoff-mo-019', `11/18 Marcus L. dropped his HiSET score report at the front desk for his file; left before I came out. Scanned to Toolbox.`, '-', '-', false, [CT, NS]),
  // Real visit, nothing in it: no progress, no reason to continue.
  note(MO, 'f14-211-warm-handoff-mo-020', `11/19 Marcus came in. Talked about his classes. Will see him next month.`, 'I', 'P', true, [PM, JM, NS]),
  // Passive, with the channel named by his grandmother's landline.
  note(MO, 'f14-211-warm-handoff-mo-021', `12/02/2026 Sedalia - Marcus was reached at his grandmother's landline after 211 passed on the number. HiSET: math and science passed (15, 16), reading/writing/social studies left; studying at the State Fair CC lab Tue/Thu. IEP goal HiSET by March then welding ITA; services continue. Next call 12/16.`, 'T', 'P', true, []),
  note(MO, 'f14-211-warm-handoff-mo-022', `11/21 Pasted from 211 referral fax: Name: Marcus L.  SSN 512-55-8841  Need: GED + job, bus pass. Referred by: 2-1-1 Hannibal.`, '-', '-', false, [CT, NS, PII]),
  // Provider closed for the holiday and Roberto unreachable: his sister drives him daily and showed his grade sheet.
  note(MO, 'f14-211-warm-handoff-mo-023', `11/26 Roberto still unreachable and OTC closed for the holiday. Spoke w/ his sister Ana (alt contact) in person when she came to the Springfield JC - she drives him to class every day 7:30-2, showed me a photo of his grade sheet: SMAW 86%, GMAW starts 12/7, no absences. Continue ITA per IEP, AWS cert goal.`, 'I', 'A', true, []),

  note(MN, 'f14-211-warm-handoff-mn-001', `10/05/2026 Duluth CareerForce. Warm handoff from 211 Minnesota - navigator conferenced in Shawna K., stayed 2 min for intros, then left us. Phone conversation w/ Shawna 25 min: Lake Superior College phlebotomy, 6 of 8 wks done, 42 of 100 sticks logged, attendance perfect. Reviewed her record: enrolled in Occupational Skills Training, matches ISS. Next: check-in 10/19.`, 'T', 'P', true, []),
  note(MN, 'f14-211-warm-handoff-mn-002', `10/06 211 navigator (Carla) e-mailed that Shawna asked them about car repair help and they sent her to the Salvation Army. I didn't talk to Shawna.`, 'E', 'O', false, [TP, PM]),
  note(MN, 'f14-211-warm-handoff-mn-003', `10/20 Called Shawna for monthly check-in, 11:05. Rang out to a full mailbox, couldn't leave VM.`, 'T', 'P', false, [UA]),
  // Her written replies in the thread are the two-way part.
  note(MN, 'f14-211-warm-handoff-mn-004', `10/21 text thread w/ Shawna:
me 9:12: hi Shawna, monthly check in - how's phlebotomy going?
Shawna 9:40: good!! 78 sticks now, externship at Essentia starts 11/2
me 9:41: great. bring your immunization record by Fri pls
Shawna 9:58: will do`, 'E', 'P', true, []),
  // The auto-reply is her mail system, not her.
  note(MN, 'f14-211-warm-handoff-mn-005', `11/03 Emailed Shawna re: externship schedule + her 2nd TB read. Got an auto-reply: "I am at clinical until 11/6 and will respond when I return."`, 'E', 'P', false, [RP]),
  // Minnesota: the coordinator's report is recorded, not the participant's contact.
  note(MN, 'f14-211-warm-handoff-mn-006', `11/10/2026 TC w/ Jill Tan, LSC phlebotomy coordinator: Shawna is 4 days into the Essentia externship, 100 of 100 sticks complete, graduating 11/20. Copy of the skills log requested for the file.`, 'T', 'V', false, []),
  // Nickname as the actor.
  note(MN, 'f14-211-warm-handoff-mn-007', `11/20 St. Cloud WorkForce Center - "Doc" (Dominic P., nickname from his Army medic days) stopped by for our scheduled 2:00. Met in my office 30 min. He finished the Excel module at St. Cloud Tech w/ 94%, now in QuickBooks. Still on the 211 waitlist for energy assistance; did a warm handoff to the county EA worker at her desk while he was there. Next: call 12/4.`, 'I', 'P', true, []),
  // The video meeting never happened.
  note(MN, 'f14-211-warm-handoff-mn-008', `11/24 Doc and I had a Teams video call set for 10:00. I sat in the meeting 20 min; he never joined. Sent the link again.`, 'T', 'P', false, [UA]),
  // His wife's message about a sick week: an alternate's word, no progress in the activity.
  note(MN, 'f14-211-warm-handoff-mn-009', `11/25 Doc's wife Renee called - he's sick w/ the flu, will miss class this week, asked me to let the instructor know.`, 'T', 'A', false, [TP, PM]),
  note(MN, 'f14-211-warm-handoff-mn-010', `11/30 TC Doc 10m. bk in class, QB ch 4-6 done, 1 absence (flu). plan same. nxt 12/14`, 'T', 'P', true, []),
  note(MN, 'f14-211-warm-handoff-mn-011', `10/08 Bemidji - 211 referred Tyler J. for a warm handoff and left me his cell. Called it 3x today (9:30, 12:10, 4:45) - no answer, no VM set up.`, 'T', 'P', false, [UA]),
  // Passive with an unusual verb.
  note(MN, 'f14-211-warm-handoff-mn-012', `10/14/2026 Tyler was caught up with by phone on his break at the Walmart DC. Says he's keeping 32 hrs/wk, passed the PIT (forklift) eval 10/10. OJT continues 6 more wks per ISS. Next: 11/10.`, 'T', 'P', true, []),
  // Reported speech: Tyler told his supervisor he had checked in; he had not. The supervisor's own facts are a provider's report.
  note(MN, 'f14-211-warm-handoff-mn-013', `11/12 Per Mr. Greer (DC supervisor, by phone), Tyler told him he "already did his check-in with workforce" this month. He hasn't - my last contact w/ Tyler was 10/14. Greer says his hrs are steady at 32 and he's been moved to the dock crew.`, 'T', 'V', false, []),
  note(MN, 'f14-211-warm-handoff-mn-014', `11/16 Tyler answered my 11/12 email today: "Yeah still 32 hrs, got moved to the dock crew, PIT card came." Replied with congrats. Progress: OJT on track, PIT card received.`, 'E', 'P', true, []),
  note(MN, 'f14-211-warm-handoff-mn-015', `10/22 Sent monthly contact letter to Ahmed Y. (Mankato) in English and Somali w/ a stamped reply card; asked about his CDL permit test.`, 'L', 'P', false, [RP]),
  // His uncle interpreted part of it; Ahmed himself gave his progress.
  note(MN, 'f14-211-warm-handoff-mn-016', `10/29 Ahmed came to the Mankato office w/ his uncle Farah, who interpreted part of the time. Ahmed passed the CDL permit test 10/27, starts behind-the-wheel at South Central College 11/2, 3 wks. Uncle asked about housing - warm handoff to 211 while they sat with me. Next: monthly 11/30.`, 'I', 'P', true, []),
  // The uncle's errand: an alternate's vague word, not Ahmed.
  note(MN, 'f14-211-warm-handoff-mn-017', `11/05 Uncle Farah stopped by to pick up a bus card for Ahmed. Said Ahmed is "busy with the truck class." Gave him the bus card.`, 'I', 'A', false, [TP, PM]),
  note(MN, 'f14-211-warm-handoff-mn-018', `11/06 Rochester - Maria G. came through on the 211 warm transfer, I said hello and the call cut out; no voice on her side. Called back twice - voicemail.`, 'T', 'P', false, [UA]),
  // A work radio handed over by her supervisor is still a live voice conversation with her.
  note(MN, 'f14-211-warm-handoff-mn-019', `11/09 Reached Maria on her work radio (she's at the Mayo laundry, her supervisor handed it over) - 10 min. She's in week 3 of the EVS trainee job, 40 hrs, no missed shifts. Next check 12/7.`, 'T', 'P', true, []),
  note(MN, 'f14-211-warm-handoff-mn-020', `11/25 talked w/ Maria on phone. doing fine.`, 'T', 'P', true, [PM, NS]),
  // No date anywhere, and this screen has no date field.
  note(MN, 'f14-211-warm-handoff-mn-021', `Warm handoff complete: 211 navigator, Maria and me on a 3-way call; Maria confirmed she got the rent help and is still at Mayo EVS full time, now hired permanent. Next month check-in.`, 'T', 'P', true, [DM], { noDateField: true }),
];
