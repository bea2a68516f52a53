/**
 * Virtual-services notes: Microsoft Teams, Zoom and Google Meet appointments and their chats, written by staff who
 * moved half their caseload online (fresh split: new voices, scored and listed but not floored yet). The voice:
 * "Teams mtg", "cam off / audio only", "joined but dropped", dial-in numbers, links sent in Outlook invites, chat-only
 * replies from someone at work, attendance reports of hybrid group sessions, breakout rooms. Sources of realism:
 * how one-stop staff describe virtual appointments in their systems (the platform first, then the connection trouble,
 * then the substance). Labels come from the policies and the definition of a qualifying contact, written before the
 * checker ever ran on them.
 * A video call, with or without the camera, is a real-time talk (telephone); a typed chat is written (e-mail) and
 * counts once the participant answers. A join with nothing said, a link, an invite accepted by a calendar, an
 * emoji reaction or a name on a group session's attendance report is no exchange with the case manager.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'teams-chat-hybrid';

export const NOTES: LabelledNote[] = [
  note(MO, 'teams-chat-hybrid-mo-001', `600 CMC - Virtual (MS Teams) 3/4/26. Cust joined w/ camera off, audio only d/t bad wifi at her apt. Cust reports she finished module 3 of the Medical Coding cert thru State Fair CC, 86% on last quiz, practicum starts 4/1. Cont. ITA per IEP; next Teams mtg 4/2.`, 'T', 'P', true, []),
  note(MO, 'teams-chat-hybrid-mo-002', `Teams link sent to cust for 3/9 10:00 virtual appt (IEP review). Cust did not join. CM waited in the meeting 15 min. No-show.`, 'T', 'P', false, [UA]),
  note(MO, 'teams-chat-hybrid-mo-003', `Zoom 3/11 @ 1pm - cust joined at 1:04 but her screen froze and she dropped at 1:05 before we got started. Called her cell right after, NA. Will resend link.`, 'T', 'P', false, [UA]),
  // Typed back and forth in the chat: written, and the customer's side carries her news.
  note(MO, 'teams-chat-hybrid-mo-004', `Teams chat 3/12 w/ cust (she was at work, couldn't talk). Cust typed that she passed her CompTIA A+ Core 1 exam on 3/10 and is scheduling Core 2 for April. CM replied congrats and reminded her to upload the score report. She sent it at 2:40. Cont ITA per IEP.`, 'E', 'P', true, []),
  // An attendance report of a group session says she was logged in, not that anyone talked with her: no case
  // management contact, so no contact type; the attendance itself is activity, so not empty.
  note(MO, 'teams-chat-hybrid-mo-005', `Hybrid Job Club 3/16 (Rm 104 + Teams). 11 attendees, 4 in person / 7 virtual. Topic: LinkedIn profiles, facilitated by D. Ames. Cust's name shows on the Teams attendance report (joined 9:02, left 10:30).`, '-', '-', false, [CT]),
  note(MO, 'teams-chat-hybrid-mo-006', `Hybrid Job Club 3/23 - cust attended in person this time. After the session CM met w/ cust 1:1 for 10 min: 2 applications this wk (Hy-Vee, Mercy), interview at Mercy 3/26. Needs interview clothes, referred to supportive svcs. Cont job search per IEP.`, 'I', 'P', true, []),
  // A calendar's "Accepted" is a click, not a reply: a monitor would not take it as the customer's response.
  note(MO, 'teams-chat-hybrid-mo-007', `Sent Google Meet invite for 3/25 2:00 PM to cust's gmail. Calendar shows cust Accepted the invite 3/24.`, 'E', 'P', false, [RP]),
  note(MO, 'teams-chat-hybrid-mo-008', `Teams call 3/30 - audio kept cutting out so cust called in on the dial-in # (573-555-0148, conf ID 448 201 77#). Cust reports 2nd 8 wks of CDL at Crowder going ok, passed pre-trip inspection 3/27. Skills test set 4/14. Cont ITA; CM will f/u after test.`, 'T', 'P', true, []),
  // The instructor's chat is one fact (absences) with no reason to continue; the customer was not reached.
  note(MO, 'teams-chat-hybrid-mo-009', `Rec'd Teams chat from cust's instructor (Ms. Pruitt, OTC) 4/2: "Jaylen missed the Monday Zoom lab again, that's 3 this term." CM replied thanks, will follow up.`, 'E', 'V', false, [TP, JM]),
  note(MO, 'teams-chat-hybrid-mo-010', `Called cust thru Teams 4/6, rang out to Teams voicemail, left msg. Also sent chat "pls call me when u can re: your 90 day". No response as of 4/8.`, 'T', 'P', false, [UA, RP]),
  note(MO, 'teams-chat-hybrid-mo-011', `Virtual appt via Zoom 4/8, cust on her phone from the break room. Held up her paystub to the camera: Amazon STL8, 36 hrs/wk @ $18.50, started 3/31. Training activity complete; moving to follow-up per IEP, next contact 5/8.`, 'T', 'P', true, []),
  note(MO, 'teams-chat-hybrid-mo-012', `Need to set up a Teams mtg w/ cust before 4/20 (90 days). Will send link once I hear back from her instructor on the clinical schedule.`, '-', 'P', false, [CT]),
  note(MO, 'teams-chat-hybrid-mo-013', `Teams mtg 4/16 w/ cust's instructor at Ozarks Tech (L. Haney); cust could not attend (working a double). Instructor reports 94% attendance, 3.4 mid-term GPA in HVAC I/II, on track to complete 5/15 and sit for EPA 608. Cust continues to meet IEP goal; cont ITA thru completion.`, 'T', 'V', true, []),
  // Joined the meeting but mic dead, so the whole exchange was typed: a written contact, and an empty one.
  note(MO, 'teams-chat-hybrid-mo-014', `Cust joined Teams 4/20 but her mic wasn't working so chat only. CM typed "how is class going?", cust typed "good". Cust left mtg.`, 'E', 'P', true, [PM, JM, NS]),
  // A colleague's word in a staff chat is no contact with the customer at all.
  note(MO, 'teams-chat-hybrid-mo-015', `Per D. Ames in our staff Teams channel 4/22, cust was in Tuesday's virtual Job Club session and "seemed really engaged." Attendance sheet uploaded.`, '-', '-', false, [CT]),
  note(MN, 'teams-chat-hybrid-mn-001', `Monthly contact - Teams video 3/3/26. Client on camera from home. Still attending LPN at Northland CTC (TRF), passed Pharm w/ a B. Clinicals at Sanford TRF Mon/Wed. ISS reviewed, no changes to WF1 activities.`, 'T', 'P', true, []),
  note(MN, 'teams-chat-hybrid-mn-002', `Sent Zoom link for monthly check-in 3/5 by text. Client didn't join; Zoom shows no participants but host. Will try calling.`, 'T', 'P', false, [UA]),
  note(MN, 'teams-chat-hybrid-mn-003', `Client called into the Google Meet from her landline 3/10 (no internet at home right now). Talked ~20 min: she has 120 of 160 WEX hrs done at the Polk Co library, supervisor happy with her. Bringing timesheet in 3/24.`, 'T', 'P', true, []),
  // A "hello" before the connection died is no exchange of anything; a monitor would not take it as the monthly contact.
  note(MN, 'teams-chat-hybrid-mn-004', `Teams 3/12: client joined at 2:01 cam off, I heard her say hello then she froze and dropped. Rejoined 2:06 for maybe 30 sec, just static. Never reconnected. Will try again tmrw.`, 'T', 'P', false, [UA]),
  note(MN, 'teams-chat-hybrid-mn-005', `Client messaged me in Teams chat 3/16 (she's on shift at Digi-Key, can't talk): "hey its Maria, got moved to 2nd shift, still 40 hrs, got my 90 day raise to $19.10". I replied congrats and asked if 2nd shift messes up her GED class; she said no, class is Sat mornings.`, 'E', 'P', true, []),
  // An emoji reaction to a channel post is no answer from her.
  note(MN, 'teams-chat-hybrid-mn-006', `Posted the CareerForce virtual hiring event link (3/19, 1-4pm) in the youth Teams channel. Client reacted with a thumbs up.`, 'E', 'P', false, [RP]),
  note(MN, 'teams-chat-hybrid-mn-007', `Hybrid workshop "Interviewing 101" 3/24, 6 in the room at CareerForce Bemidji, 9 on Zoom. Client had registered. Zoom list shows "iPhone (2)" and "Guest" - unable to tell if either was client.`, '-', '-', false, [CT, NS]),
  note(MN, 'teams-chat-hybrid-mn-008', `Hybrid group 3/26, client on Zoom. Breakout room 2 w/ me and two others; client shared she applied at Arctic Cat (assembler) and has an interview 3/31. We practiced the "tell me about yourself" question.`, 'T', 'P', true, []),
  // The VR counselor's meeting was hers, told to the writer by e-mail; Minnesota records it but it is not our contact.
  note(MN, 'teams-chat-hybrid-mn-009', `Email from client's VRS counselor (T. Olson) 3/27: she met w/ client on Teams 3/25, client started job coaching at Goodwill-Easter Seals and is doing well, 3 shifts so far. I was not on that call.`, 'E', 'O', false, [TP]),
  note(MN, 'teams-chat-hybrid-mn-010', `Meet link wouldn't load on client's chromebook 4/1 so I just called her cell. She's halfway thru the CNA course at Minnesota North, skills check-off 4/15. Needs gas $ for clinicals, went over the mileage form.`, 'T', 'P', true, []),
  note(MN, 'teams-chat-hybrid-mn-011', `Teams chat to client 4/3: "Hi Jess, time for our monthly check in, what works this wk?" Seen 4/3 9:14am. No reply.`, 'E', 'P', false, [RP]),
  note(MN, 'teams-chat-hybrid-mn-012', `Teams chat thread 4/6-4/8. Me 4/6: asked how welding is going and if he needs anything. Client 4/8: "sorry been busy, passed my 3G plate test friday, doing 4G next. need new gloves tho". Will get gloves thru supp svcs.`, 'E', 'P', true, []),
  note(MN, 'teams-chat-hybrid-mn-013', `4/10 Teams call - client's mom answered on his laptop, client asleep after night shift. Mom says he's still at Marvin, 40 hrs, got his forklift cert last week. Will try client Monday.`, 'T', 'A', false, []),
  // The customer's text only cancels; the new link went out and nothing came back.
  note(MN, 'teams-chat-hybrid-mn-014', `Zoom appt 4/14 cancelled by client by text "cant make it sick kid". Rescheduled to 4/21 10am, sent new link. No answer yet.`, 'E', 'P', false, [RP]),
  note(MN, 'teams-chat-hybrid-mn-015', `vid chat w/ client 4/20 (teams), cam off. still job searching, 4 apps this wk, 1 callback from Sanford`, 'T', 'P', true, []),
  // She was logged in to the session but never unmuted or answered when named, and the chat afterwards is unanswered.
  note(MO, 'teams-chat-hybrid-mo-016', `Virtual Cohort - Session 6 of 8 (Teams), 4/23/26, 9:00-11:00. Hosted by CM w/ co-facilitator A. Reyes from the Kansas City site. 9 of 12 cohort members joined; 3 had cameras on. Topics: reference lists, how to answer the felony question on applications, mock phone screen in breakout rooms. Cust's Teams name ("Keisha M iPhone") appeared at 9:07 with camera off and stayed in the meeting until 10:52. During the mock phone screen CM called on cust by name twice and asked her to unmute; no response either time, and she did not type in the chat. She was put in breakout room 3 with two others; Ms. Reyes reports she stayed muted there too. After the session CM sent a Teams chat: "Hi Keisha, we missed you in the breakout - can you call me today about your CNA class schedule and the 90-day review?" No reply as of 4:30 PM. Cohort certificate requires 7 of 8 sessions; cust has 5 so far. Soft exit date 5/2 - CM will call tomorrow AM and mail a letter if no contact.`, 'T', 'P', false, [UA, RP]),
  note(MN, 'teams-chat-hybrid-mn-016', `Monthly contact - Zoom 4/24/26, 45 min. Client joined from her car in the Sanford parking lot on her lunch break, camera off because she was eating, audio good. She finished the 8-week CNA course at Northland on 4/17 and took the state skills test 4/21 - passed all 5 skills, written test is scheduled 5/6 at the Pearson center in Grand Forks. Sanford offered her a CNA position (nights, 0.8 FTE, $18.90/hr) contingent on passing the written test; she is working as a dietary aide there in the meantime, 24 hrs/wk. She asked whether WIOA can cover the $50 retake fee if she fails; told her yes if it's on her ISS and I added it. Her car needs tires before winter - not urgent, will revisit in fall. Childcare: her mom is covering the nights once she starts. ISS reviewed: OST activity will be closed as completed once the credential is in; employment goal stays. Copy of skills test results requested - she'll upload a photo tonight. Next contact after the 5/6 written test.`, 'T', 'P', true, []),
];
