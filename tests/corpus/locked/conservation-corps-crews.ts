/**
 * Youth on conservation-corps crews (locked split, batch 9: scored and floored, aggregates only): WIOA Youth paid
 * work experience on trail, forestry, glade-restoration and invasive-species crews in the Missouri Ozarks and St.
 * Louis parks and in northern Minnesota, written by youth case managers who chase crews between hitches (8 days on,
 * 6 off), spike camps and the Boundary Waters with no service, safety tailgates, chainsaw (S-212) and wildland fire
 * (S-130/S-190) certificates, crew leaders' evaluations, timesheet batches, and satellite messengers (inReach) that
 * reach a crew's device rather than the youth.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. The crew leader or the corps' field office is the work-experience provider (Missouri: counts with
 * substantive progress and a reason to continue, §2.2; Minnesota: recorded, never the monthly contact); a message a
 * crew leader sends from her device about the youth is hers, not his. A satellite message the youth himself answers
 * is a written exchange with him. A timesheet batch is a document; a youth on stage at a banquet, not spoken with,
 * is no contact.
 */
import { MO, MN, PM, JM, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'conservation-corps-crews';
export const BATCH = 9;

export const NOTES: LabelledNote[] = [
  note(MO, 'conservation-corps-crews-mo-001', `Youth WEX check-in 9/8/26 at the crew base in Eminence. Met with youth at the tool cage after the morning safety tailgate. He is on hitch 3 of 6, has 186 of 400 WEX hours, and passed his S-212 chainsaw cert 9/2. Wants to apply to the MDC seasonal crew in spring. Continue WEX per IEP/ISS through 11/20.`, 'I', 'P', true, []),
  note(MO, 'conservation-corps-crews-mo-002', `Called youth 9/15, straight to VM (crew on spike camp at Peck Ranch through 9/21, no service). Did not leave a msg.`, 'T', 'P', false, [UA]),
  // Crew leader by phone: hours, attendance and the work, with the reason to continue.
  note(MO, 'conservation-corps-crews-mo-003', `TC w/ crew leader Jess Tuttle 9/22 (she called from the base landline). Youth logged 40 of 40 hrs last hitch, 1 tardy, ran the saw on the glade restoration unit with no safety write-ups. WEX continues per ISS through 11/20; he still needs 174 hours toward his 400.`, 'T', 'V', true, []),
  // The crew leader's message about him, from her device: hers, not his, and it says nothing concrete.
  note(MO, 'conservation-corps-crews-mo-004', `inReach message 9/24 from the crew leader's device: "Marcus says tell his caseworker he's good, back Fri."`, 'E', 'V', false, [TP, PM, JM]),
  note(MO, 'conservation-corps-crews-mo-005', `Hitch-end check-in 9/26 by phone after the crew got back to Eminence. Youth: "tired but good." He's at 226 hours and got his first paycheck with OT. Mom's car died so he needs a ride to the base Mondays; the crew van can pick him up in Winona. Continue WEX per ISS.`, 'T', 'P', true, []),
  // A timesheet batch e-mailed by the field office is a document, not anyone's contact.
  note(MO, 'conservation-corps-crews-mo-006', `Field coordinator e-mailed the hitch 4 timesheet batch 10/1 - youth 48 hrs.`, '-', 'V', false, [CT]),
  note(MO, 'conservation-corps-crews-mo-007', `Youth no-show at the 10/5 career-readiness session at the Eminence library (part of his WEX). Crew leader says he was at a cousin's funeral.`, 'I', 'P', false, [UA]),
  note(MO, 'conservation-corps-crews-mo-008', `Texted youth 10/7 re: a make-up session. Delivered.`, 'E', 'P', false, [RP]),
  note(MO, 'conservation-corps-crews-mo-009', `Youth texted back 10/7: "sorry bout monday, can do thurs. also got picked for the burn module." Set Thurs 10/9. Continue WEX per ISS.`, 'E', 'P', true, []),
  note(MO, 'conservation-corps-crews-mo-010', `Career-readiness make-up 10/9, 1:1 with youth at the library, 1 hr. Built his first resume. He finished the S-130/S-190 wildland fire online modules (certificates printed) and has 274 WEX hours. Goal: MDC fire crew or a USFS seasonal job. Continue WEX per ISS through 11/20.`, 'I', 'P', true, []),
  // In person with the crew leader and her log: progress, but nothing says why the WEX should go on.
  note(MO, 'conservation-corps-crews-mo-011', `Site visit 10/14 to the St. Louis urban crew at Tower Grove Park. Youth (Destiny) was out sick; the crew leader showed me her work log: 31 of 32 hrs the last 2 weeks, riparian planting and trail edging, no write-ups.`, 'I', 'V', false, [JM]),
  note(MO, 'conservation-corps-crews-mo-012', `Called Destiny 10/15 to see how she's feeling. Her grandma answered and said she's at urgent care.`, 'T', 'P', false, [UA]),
  note(MO, 'conservation-corps-crews-mo-013', `Destiny called 10/16: strep, back on crew 10/20 with a doctor's note. Asked if she'd be docked; explained the WEX sick policy. She has 212 of 300 hours and 4 weeks left on the crew; continue WEX per ISS.`, 'T', 'P', true, []),
  note(MO, 'conservation-corps-crews-mo-014', `Crew season ended 11/20. Mailed youth his completion certificate and WEX evaluation 11/24.`, 'L', 'P', false, [RP]),
  note(MO, 'conservation-corps-crews-mo-015', `Youth came in 11/30 with his completion certificate: 400/400 WEX hours, crew leader's eval "exceeds" in 5 of 6 areas. Applied to the MDC seasonal fire crew (closes 1/15). ISS updated: job search, then follow-up.`, 'I', 'P', true, []),
  note(MO, 'conservation-corps-crews-mo-016', `Crew leader called 10/28 about Destiny: "she's great, the crew loves her."`, 'T', 'V', false, [TP, PM, JM]),
  // She carries the crew's device this hitch, so the satellite thread is her own two-way exchange.
  note(MO, 'conservation-corps-crews-mo-017', `inReach thread w/ Destiny 11/3 (she carries the crew's device as assistant leader this hitch):\nMe: how's the Hercules Glades hitch?\nDestiny: good, 2 acres cedar cleared, 38 hrs so far\nMe: nice! still good for 11/12?\nDestiny: yes\nContinue WEX per ISS.`, 'E', 'P', true, []),

  note(MN, 'conservation-corps-crews-mn-001', `F2F 6/10/26 at crew orientation in Grand Rapids. Youth completed first aid/CPR and chainsaw safety on day 1. Reviewed ISS goals with her: WEX 320 hrs on the crew, then the natural resources technology program at Itasca CC.`, 'I', 'P', true, []),
  note(MN, 'conservation-corps-crews-mn-002', `Crew on an 8-day hitch in the BWCA 6/15-6/22, no contact possible. Field supervisor at the corps office said by phone the crew is on schedule.`, 'T', 'V', false, []),
  note(MN, 'conservation-corps-crews-mn-003', `Phone w/ youth 6/23 (day off in Ely). Hitch went ok, 80 hrs this hitch, lots of portaging, blisters. Paid 6/27. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'conservation-corps-crews-mn-004', `Crew leader (Maya) texted 6/30: youth was late 2 days this week, otherwise a solid worker.`, 'E', 'V', false, []),
  note(MN, 'conservation-corps-crews-mn-005', `Texted youth 7/1 about the lateness, asked her to call.`, 'E', 'P', false, [RP]),
  note(MN, 'conservation-corps-crews-mn-006', `Youth called 7/2 - her ride (cousin) changed jobs. Arranged a gas card so her mom can drive her. Hours 152/320. Talked about sticking with it; she wants to. ISS unchanged.`, 'T', 'P', true, []),
  note(MN, 'conservation-corps-crews-mn-007', `Youth no-show 7/8 for her ISS check-in at the Hibbing WFC.`, 'I', 'P', false, [UA]),
  note(MN, 'conservation-corps-crews-mn-008', `Drove out to the crew's worksite 7/9 (Scenic State Park trail rebuild). Talked with youth on her lunch break about 15 min: she has 184 hrs, learning rock work, moved our ISS meeting to 7/15. Crew leader says she's been early every day this week.`, 'I', 'P', true, []),
  note(MN, 'conservation-corps-crews-mn-009', `Sent an inReach message to the crew's device 7/20 for youth: "call me when you're out." No reply.`, 'E', 'P', false, [RP]),
  note(MN, 'conservation-corps-crews-mn-010', `Voicemail from youth 7/28 on the crew leader's phone: "back from hitch, call me tomorrow."`, 'T', 'P', false, [UA]),
  note(MN, 'conservation-corps-crews-mn-011', `Phone w/ youth 7/29. 256 hrs. Crew leader asked her to be sawyer-in-training next hitch. She asked about the Itasca CC application; sent her the link while we were on the phone. ISS updated.`, 'T', 'P', true, []),
  // A parent of a second youth gives news; in Minnesota the alternate is recorded, never the monthly contact.
  note(MN, 'conservation-corps-crews-mn-012', `Second youth's dad called 8/4: his son quit the crew, says it's too far from home.`, 'T', 'A', false, []),
  note(MN, 'conservation-corps-crews-mn-013', `Called second youth 8/5 about his dad's call. We talked: he quit 8/1 (bugs, homesick). Agreed to look at a WEX closer to home with the Grand Rapids parks dept. Closed the crew WEX activity; ISS updated.`, 'T', 'P', true, []),
  // On stage at the banquet while the writer was across the room: no exchange, and no attempt.
  note(MN, 'conservation-corps-crews-mn-014', `Crew season wrap-up banquet 8/22 at Itasca State Park. Youth received her 320-hour certificate on stage. I was at the far end of the hall at the partner table and left before I could talk to her.`, 'I', 'P', false, []),
  note(MN, 'conservation-corps-crews-mn-015', `E-mailed youth 8/25 to congratulate her, attached her completion letter and the Itasca CC application checklist.`, 'E', 'P', false, [RP]),
  note(MN, 'conservation-corps-crews-mn-016', `Youth e-mailed back 8/27: applied to Itasca CC Natural Resources Technology for spring, FAFSA submitted, and she wants to do the fall weekend crew too. ISS updated: postsecondary plus WEX.`, 'E', 'P', true, []),
  note(MN, 'conservation-corps-crews-mn-017', `Corps HR/payroll called 9/2 about a missing I-9 document for youth's fall crew.`, 'T', 'V', false, []),
];
