/**
 * An employment specialist at an LGBTQ+ youth drop-in center who carries WIOA Youth and young-adult cases (fresh
 * split: new voices, scored and listed but not floored yet). The voice: affirming, first-person, chosen names with
 * the legal name noted once for the system ("Rowan (legal name in Toolbox: R. Whitfield)"), singular "they" and
 * "xe", pronouns that change over a year, and the plural "they" of parents, roommates, employers and group chats
 * sitting right beside it; the drop-in's Discord, the clothing closet, name-change paperwork, ID and Social
 * Security card appointments, employers who misgender, parents who are not safe to call. Sources of realism: youth
 * drop-in centers and host homes in St. Louis and Kansas City, Missouri, and Minneapolis, St. Paul and Duluth,
 * Minnesota, that co-locate WIOA Youth staff.
 * Reading of the policy for the hard cases: "they" is read from the sentence: the participant speaking with the
 * specialist (a singular they) is the contact; a "they" that is the parents, the roommates, the employer or the
 * Discord group is someone else, and their word never stands in for the participant in Minnesota, nor in Missouri
 * without substantive progress and a reason to continue. A post in a group channel, a reaction, or seeing the
 * youth at the drop-in's dinner is not a one-on-one exchange.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'f11-affirming-youth-they-them';

export const NOTES: LabelledNote[] = [
  note(MO, 'f11-affirming-youth-they-them-mo-001', `Rowan (they/them; legal name in Toolbox: R. Whitfield) met with me at the drop-in 1/12/26, 40 min. They started the Ranken Tech pre-apprenticeship HVAC class 1/5, 5/5 days so far. They need steel-toe boots - ordered through SS. Continue ISS goal: HVAC cert by June.`, 'I', 'P', true, []),
  // "They" here are Rowan's roommates, not Rowan.
  note(MO, 'f11-affirming-youth-they-them-mo-002', `Called Rowan's apartment 1/19 - the roommates picked up. They said Rowan was at class and they'd pass on the message.`, 'T', 'P', false, [UA]),
  note(MO, 'f11-affirming-youth-they-them-mo-003', `Rowan called back 1/19 at 6 pm. They're loving the sheet-metal lab, got 94 on the 1st quiz. Boots arrived. Continue per ISS.`, 'T', 'P', true, []),
  note(MO, 'f11-affirming-youth-they-them-mo-004', `Rowan posted in the drop-in Discord #wins channel 1/26: "passed my OSHA 10!!". Reacted 🎉.`, 'E', 'P', false, [RP]),
  note(MO, 'f11-affirming-youth-they-them-mo-005', `DM'd Rowan on Discord 1/26 to ask about the OSHA card for the file. They answered 1/27: "card comes in 2 wks, class is going good, 3rd in the class on the ductwork practical". Continue ISS.`, 'E', 'P', true, []),
  // The instructor misgenders Rowan, but the report itself is detailed and says why to continue.
  note(MO, 'f11-affirming-youth-they-them-mo-006', `Ranken instructor called 2/2 re: attendance sheet (he said "she" - corrected him). Rowan at 100% attendance wks 1-4, quiz avg 91, OSHA 10 done, recommends Rowan for the paid apprenticeship track in May. Continue ISS / training.`, 'T', 'V', true, []),
  note(MO, 'f11-affirming-youth-they-them-mo-007', `Rowan's mom called 2/9. Not on the ROI, and Rowan asked us not to share with family. Said I can't discuss. She said they (the family) just want to know Rowan is OK.`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'f11-affirming-youth-they-them-mo-008', `Told Rowan about the call from mom, in person at dinner night 2/11 - they were glad I didn't share. Also: legal name change hearing 3/4, wants the new name on the Ranken cert. Helped with the fee waiver form. Continue per ISS.`, 'I', 'P', true, []),
  note(MO, 'f11-affirming-youth-they-them-mo-009', `Dinner night 2/18 - Rowan and friends were there, didn't get to talk one-on-one.`, '-', '-', false, [CT, NS]),
  note(MO, 'f11-affirming-youth-they-them-mo-010', `KC drop-in 2/2/26: Jules (xe/xem; Toolbox: J. Okafor) no-showed the 3:00 mock interview.`, 'I', 'P', false, [UA]),
  note(MO, 'f11-affirming-youth-they-them-mo-011', `Texted Jules 2/3: "missed you yesterday, want to reschedule?"`, 'E', 'P', false, [RP]),
  note(MO, 'f11-affirming-youth-they-them-mo-012', `Jules texted back 2/4: xe had a panic attack, sorry. Called xem right after and we talked 15 min: still at the Crown Center Starbucks 25 hrs, wants to do the mock interview for shift supervisor Fri. Continue ISS (work readiness).`, 'T', 'P', true, []),
  note(MO, 'f11-affirming-youth-they-them-mo-013', `Fri 2/6 mock interview w/ Jules, 45 min. Xe answered 8 questions, strongest on conflict, weakest on "why management". Interview w/ the district mgr 2/10. Continue per ISS.`, 'I', 'P', true, []),
  note(MO, 'f11-affirming-youth-they-them-mo-014', `Starbucks district mgr called 2/12 for a reference for Jules. Gave it. She said they're "deciding this week".`, 'T', 'V', false, [TP, PM, JM]),
  note(MO, 'f11-affirming-youth-they-them-mo-015', `Jules's roommate came in 2/16 to get Jules's mail from the drop-in mailbox.`, 'I', 'A', false, [TP, PM, JM]),
  note(MO, 'f11-affirming-youth-they-them-mo-016', `Jules FaceTimed me 2/17 (both on camera) - got shift supervisor!! starts 3/1, +$2/hr, 32 hrs. Continue ISS: retention follow-up monthly.`, 'I', 'P', true, []),
  // Rowan's own appointment, the specialist beside them the whole time and hearing how class is going: a contact.
  note(MO, 'f11-affirming-youth-they-them-mo-017', `SSA appt for Rowan's new card 3/20 - I went with them. They did the talking at the window; new card coming in 2 wks. Ranken: 11 of 16 wks done, still 100%. Continue ISS.`, 'I', 'P', true, []),
  note(MO, 'f11-affirming-youth-they-them-mo-018', `Group DM in the drop-in Discord (#job-club, 6 youth) 3/24: posted the Ameren summer internship link. Rowan reacted 👍.`, 'E', 'P', false, [RP]),
  note(MO, 'f11-affirming-youth-they-them-mo-019', `Called Jules 3/30, 4/1 - no answer, mailbox full.`, 'T', 'P', false, [UA]),
  note(MO, 'f11-affirming-youth-they-them-mo-020', `They said it was fine.`, '-', '-', false, [CT, NS]),
  // Rowan now uses a new name; the old one is given once for the system. "They" is Rowan throughout.
  note(MO, 'f11-affirming-youth-they-them-mo-021', `Quinn (formerly Rowan - name change granted 3/4, Toolbox updated 3/10) stopped by my office 4/6 and we talked 20 min. They finished Ranken pre-apprenticeship 4/3, 100% attendance, and were accepted into the Sheet Metal Workers Local 36 apprenticeship, first day 5/4. Continue ISS through the apprenticeship start.`, 'I', 'P', true, []),
  note(MN, 'f11-affirming-youth-they-them-mn-001', `Mpls drop-in 1/7/26. Sat down with Eli (he/they; WF1 legal name: E. Lindgren). He finished the Summit Academy construction bootcamp week 3, perfect attendance, OSHA 10 done. They want the carpenters' apprenticeship. ISS reviewed: training goal continues.`, 'I', 'P', true, []),
  note(MN, 'f11-affirming-youth-they-them-mn-002', `Eli's host-home parents (Avenues host home) emailed 1/13: they think he's doing well, up early every day for class.`, 'E', 'A', false, [TP]),
  note(MN, 'f11-affirming-youth-they-them-mn-003', `Called Eli 1/20. NA. Texted the drop-in number.`, 'T', 'P', false, [UA]),
  note(MN, 'f11-affirming-youth-they-them-mn-004', `Eli called the drop-in 1/21 and asked for me. We talked 10 min: bootcamp week 5, passed the forklift cert, interview with the Carpenters union 2/3. ISS: apprenticeship goal.`, 'T', 'P', true, []),
  note(MN, 'f11-affirming-youth-they-them-mn-005', `Eli's employer (Summit Academy job developer) called 2/4: they placed Eli on a site with Mortenson, starts 2/9.`, 'T', 'V', false, [TP]),
  note(MN, 'f11-affirming-youth-they-them-mn-006', `St. Paul drop-in 2/2/26: Sky (she/they, Toolbox says legal name) came in for the clothing closet - picked out interview clothes. The closet volunteer helped; I was in a meeting.`, '-', '-', false, [CT, NS]),
  note(MN, 'f11-affirming-youth-they-them-mn-007', `Sky and I met 2/3, 30 min. She is in week 2 of the Saint Paul College pharmacy tech program, 1 absence (bus), quiz 88. She wants a part-time job near campus. ISS: training + PT job search.`, 'I', 'P', true, []),
  note(MN, 'f11-affirming-youth-they-them-mn-008', `Emailed Sky the Walgreens tech-trainee posting 2/5.`, 'E', 'P', false, [RP]),
  note(MN, 'f11-affirming-youth-they-them-mn-009', `Sky replied 2/6: "applied! interview Tues. class is hard but ok, got 85 on the calc quiz". Wrote back good luck. ISS: training + PT job.`, 'E', 'P', true, []),
  note(MN, 'f11-affirming-youth-they-them-mn-010', `Sky's mom called 2/11 - she uses Sky's deadname; Sky has asked we not talk with her. Did not share anything.`, 'T', 'A', false, [TP, PM]),
  // The group chat: Sky posts to everyone, not a one-on-one exchange with the specialist.
  note(MN, 'f11-affirming-youth-they-them-mn-011', `Job club group chat 2/12: Sky posted "got the walgreens job!!" and everybody cheered. Need to follow up with her.`, 'E', 'P', false, [RP]),
  note(MN, 'f11-affirming-youth-they-them-mn-012', `Phone with Sky 2/13: Walgreens tech trainee, 16 hrs/wk, starts 2/17 at the University Ave store. Keeping school full time. ISS: training + employment.`, 'T', 'P', true, []),
  note(MN, 'f11-affirming-youth-they-them-mn-013', `Duluth drop-in 3/2/26: youth dinner. Ari (they/them) there with friends. Just said hi.`, 'I', 'P', false, [PM, NS]),
  note(MN, 'f11-affirming-youth-they-them-mn-014', `3/3 Ari and I met in the back office, 25 min. They're in LSC's welding diploma, 6 of 16 weeks, missed 2 days (housing move). Moved into the host home 2/28. ISS: training continues, housing stable.`, 'I', 'P', true, []),
  note(MN, 'f11-affirming-youth-they-them-mn-015', `Ari's LSC instructor (Mr. Oja) emailed 3/9 - they (Ari) have caught up the missed welds, "solid 2G".`, 'E', 'V', false, [TP]),
  note(MN, 'f11-affirming-youth-they-them-mn-016', `Texted Ari 3/16 re the ISS update. Delivered, no reply.`, 'E', 'P', false, [RP]),
  note(MN, 'f11-affirming-youth-they-them-mn-017', `Ari's host-home parents said they'd remind Ari to call me.`, '-', 'A', false, [CT, TP, PM]),
  note(MN, 'f11-affirming-youth-they-them-mn-018', `Ari called 3/20 - they passed the 3G vertical test, 8 of 16 wks now, host home going well. We set the next check-in for April. ISS updated.`, 'T', 'P', true, []),
  note(MN, 'f11-affirming-youth-they-them-mn-019', `Mpls 3/24 - Eli asked the front desk to give me his new number; he didn't stay.`, '-', '-', false, [CT, NS]),
  note(MN, 'f11-affirming-youth-they-them-mn-020', `Eli (now going by "E") video-called me 3/31 on the drop-in's Teams, both on camera. Started at Mortenson 2/9, 40 hrs, indentured in the Carpenters apprenticeship 3/16. ISS: employed, apprentice.`, 'I', 'P', true, []),
  // A three-way call: Sky and the county's housing worker both on the line; Sky spoke about her own plan.
  note(MN, 'f11-affirming-youth-they-them-mn-021', `3-way call 4/2 with Sky and her Ramsey Co. housing worker. Sky told us she's moving to a Prior Ave studio 4/15, still 16 hrs at Walgreens, passed the pharmacy tech midterm (83). ISS: training + employment, housing stable.`, 'T', 'P', true, []),
  // Xe writes back on Discord in a direct message, answering the specialist's question: a written reply.
  note(MN, 'f11-affirming-youth-they-them-mn-022', `Discord DM with Nico (xe/xem) 4/7. Me: "how's the Hennepin Tech CNC class going?" Nico: "week 4, made my first part on the haas, 0 absences". Me: "amazing, can you do a call next wk?" Nico: "tues after 2". ISS: training continues.`, 'E', 'P', true, []),
];
