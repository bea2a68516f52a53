/**
 * Two-way texting platform exports (fresh split: new voices, scored and listed but not floored yet). The voice: a
 * board buys a staff texting platform (a Signal Vine / Mongoose / Textline kind of tool) and case managers paste the
 * participant's conversation log into the case note: direction arrows or OUTBOUND/INBOUND, time stamps, the
 * platform's delivery status (Delivered, Undelivered with a carrier code, Read), its call log with durations and
 * results, auto-replies, opt-out keywords, bulk "campaign" sends to a whole list, scheduled messages not yet sent, a
 * translation layer for Somali and Spanish speakers, and a line or two the case manager adds underneath.
 * Sources of realism: youth and adult programs that moved check-ins to texting after 2020 and paste the log as the
 * note; the way those tools print status lines, carrier error codes and machine replies.
 * How the policy is read here: a text is written contact, so it is an e-mail-like contact (`email`) that counts only
 * once the participant's own reply is in the log (MO Issuance 01-02 §3; MN Letter 110 ¶2). A "Delivered" or "Read"
 * status, an auto-reply ("I'm driving"), an opt-out keyword and a message still queued are not replies. A message
 * the carrier refused never arrived: an unsuccessful attempt. A video visit through the platform's link is
 * `telephone`. A relative or employer texting the number is a third party: in Missouri a provider or alternate
 * counts only with substantive progress and a reason to continue; in Minnesota it is recorded, never the monthly
 * contact. A thin reply ("yes") is still a two-way contact, with its missing progress and justification flagged.
 * A note listing attempts by several means is typed by the last one tried.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, note, type LabelledNote } from '../types';

export const STYLE = 'sms-platform-export';

export const NOTES: LabelledNote[] = [
  note(MO, 'sms-platform-export-mo-001', `Conversation export - TextLink - Renee W. (573) 555-0142\n03/02/2026 09:14 AM  OUTBOUND  M. Okafor: Hi Renee, it's Marcus at the Joplin Job Center. Checking in on CDL school, how are the road hours going?  [Delivered]\n03/02/2026 12:51 PM  INBOUND: hey! 32 of 40 road hrs done, test is 3/19 at the Joplin site. instructor says my backing is good now\nCM: cust replied by text. Continue ITA through CDL skills test per IEP; will call after 3/19.`, 'E', 'P', true, []),
  note(MO, 'sms-platform-export-mo-002', `03/03/2026 08:30 AM  OUTBOUND  M. Okafor -> (573) 555-0178: Hi Terrance, your 90-day check-in is due. Please call or text me back this week.  [Delivered]`, 'E', 'P', false, [RP]),
  // The carrier refused the text: it never reached him, so it is an attempt, not a message waiting for a reply.
  note(MO, 'sms-platform-export-mo-003', `03/03/2026 08:31 AM  OUTBOUND -> (417) 555-0190  "Hi Deshawn, this is Amy w/ Ozark Region WIOA, please text back when you can."  Status: UNDELIVERED (30007 - carrier filtered)\nAmy: number may be disconnected, will try alt contact.`, 'E', 'P', false, [UA]),
  // The only reply is the phone's Do Not Disturb auto-reply: no person answered.
  note(MO, 'sms-platform-export-mo-004', `▶ 3/4 2:10p (Staff K. Lutz) Hi Brianna, checking on your phlebotomy class - how many sticks do you have logged?  ✓ Delivered\n◀ 3/4 2:10p I'm driving with Do Not Disturb While Driving turned on. I'll see your message when I get where I'm going.`, 'E', 'P', false, [RP]),
  note(MO, 'sms-platform-export-mo-005', `Call log - 03/09/2026 2:02 PM - Outbound to (660) 555-0121 - Duration 00:00:41 - Result: Voicemail - Staff: J. Brandt\nLeft VM asking cust to call back re: training progress.`, 'T', 'P', false, [UA]),
  note(MO, 'sms-platform-export-mo-006', `Call log - 03/10/2026 10:05 AM - Inbound from (660) 555-0121 - Duration 00:14:22 - Result: Connected - Staff: J. Brandt\nCust returned yesterday's VM. Finished Module 3 of the Medical Billing & Coding cert at State Fair CC, quiz avg 88%, Module 4 starts 3/16. Laptop screen cracked - referred to supportive svcs for repair quote. Continue ITA per IEP; next check-in mid-April.`, 'T', 'P', true, []),
  // The sister is a relative (alternate contact) and "still going to class" is not progress in detail.
  note(MO, 'sms-platform-export-mo-007', `◀ 3/11 6:47p from (573) 555-0166: this is Kayla's sister she lost her phone at work. she said tell u she's still going to class and she'll come by\n▶ 3/11 7:02p K. Lutz: Thanks - please have Kayla call me at the Job Center.  ✓ Delivered`, 'E', 'A', false, [TP, PM, JM]),
  // A bare "yes" is still the participant's reply, so the contact counts; the note carries nothing else.
  note(MO, 'sms-platform-export-mo-008', `OUT 03/12 9:02 AM: Hi Luis, are you still planning to come in Thursday at 10?  [Read 9:40 AM]\nIN  03/12 9:41 AM: yes`, 'E', 'P', true, [PM, JM, NS]),
  note(MO, 'sms-platform-export-mo-009', `Campaign send 03/13/2026 - "Spring Hiring Event, Missouri State Fairgrounds 3/26, 10a-2p, 40+ employers" - list: WIOA Adult Sedalia (84 recipients) - this participant included - 81 delivered, 3 failed.`, 'E', 'P', false, [RP]),
  note(MO, 'sms-platform-export-mo-010', `03/16/2026 7:58 PM  INBOUND (816) 555-0134: Ms Harper I got hired at Tyson 2nd shift $17.25 start 3/23!! do I still need to come to the resume class\n03/17/2026 8:15 AM  OUTBOUND  D. Harper: Congratulations!! No need for the class. We'll keep you on retention services for the next year - I'll call you the first week to see how it's going.  [Delivered]\nCM: Employment goal met per IEP; job retention services continue.`, 'E', 'P', true, []),
  // A message the platform is holding for later: nothing has been sent, let alone answered.
  note(MO, 'sms-platform-export-mo-011', `SCHEDULED - sends 04/01/2026 9:00 AM - "Hi Tasha, it's been about 60 days since we talked. Can you give me a call this week about your CNA class?" - created by R. Vance 3/18`, 'E', 'P', false, [RP]),
  // STOP is the carrier's opt-out keyword, processed by the platform: not a reply to the case manager.
  note(MO, 'sms-platform-export-mo-012', `▶ 3/18 10:20a R. Vance: Hi Tasha, checking in on the CNA class at Moberly, can you text me your clinical schedule?\n◀ 3/18 10:21a STOP\n⚠ System: Contact has opted out of SMS. No further messages can be sent to this number.`, 'E', 'P', false, [RP]),
  note(MO, 'sms-platform-export-mo-013', `Email-to-text thread (provider)\nOUT 3/19 - to J. Pruitt, HVAC instructor, State Fair CC: Can you give me Jalen's attendance and grades for midterm?\nIN 3/19 - J. Pruitt: Jalen has 100% attendance, midterm 91 in HVAC I and 86 in Electrical Fundamentals. On track to finish 5/8 and sit for EPA 608 in May.\nCM: Continue ITA through completion per IEP.`, 'E', 'V', true, []),
  note(MO, 'sms-platform-export-mo-014', `OUT 3/19 to Ranken admissions: can you confirm Daquan's status in the auto tech program?\nIN 3/20 Ranken admissions: He is enrolled.`, 'E', 'V', false, [TP, PM, JM]),
  note(MO, 'sms-platform-export-mo-015', `Video visit (link sent by text) 03/20/2026 1:00-1:22 PM - Connected - Staff: D. Harper\nCust on camera from home with her toddler on her lap. Medical assistant program at Concorde: 6 of 9 modules done, externship at CoxHealth starts 4/14, 97% attendance. Needs childcare for the externship hours - referred to the childcare subsidy. Continue ITA per IEP.`, 'T', 'P', true, []),
  note(MO, 'sms-platform-export-mo-016', `Video visit 03/21/2026 3:00 PM - Session ended 3:20 PM - Participant did not join. Reminder text sent 2:45 PM [Delivered].`, 'T', 'P', false, [UA]),
  // He texted first, but only to ask for a call, and the call went unanswered: no exchange happened.
  note(MO, 'sms-platform-export-mo-017', `◀ 3/23 4:12p (417) 555-0109: can u call me\nCall log 3/23 4:30p Outbound - 00:00:00 - No answer (no voicemail set up)`, 'T', 'P', false, [UA]),
  note(MO, 'sms-platform-export-mo-018', `OUT 04/02 11:03 AM  B. Nunez: Hi Whitney! How did the Security+ exam go?  [Delivered]\nIN  04/09 6:40 PM: Sorry just seeing this!! Passed on 4/7 with an 812. Job fair at MSU next week, can you look at my resume before?\nCM: Cert earned per IEP. Continue job search assistance - resume review set 4/13.`, 'E', 'P', true, []),
  // A read receipt shows the message was opened, not that she answered it.
  note(MO, 'sms-platform-export-mo-019', `OUT 4/10 3:05 PM (MMS, 1 image: Rolla job fair flyer) "Hi Mikayla - thought of you for this, lots of healthcare employers"  Read 4/10 3:12 PM`, 'E', 'P', false, [RP]),
  // She sent her timesheet and the case manager answered it: a two-way written exchange, with progress.
  note(MO, 'sms-platform-export-mo-020', `◀ Apr 14, 5:55 PM  (image) here's my WEX hours for last week\n   [photo: timesheet wk of 4/6, 24 hrs, Boys & Girls Club Hannibal, signed by site supervisor]\n▶ Apr 14, 6:10 PM  J. Brandt: Got it, thank you! Looks great.`, 'E', 'P', true, [JM]),
  note(MO, 'sms-platform-export-mo-021', `Conversation - Dominic R. - week of 4/20\n4/20 OUT: Hi Dominic, welding class check-in this week? [Delivered]\n4/21 OUT: Following up - call or text when you get a minute [Delivered]\n4/22 IN: busy w/ finals call me fri\n4/24 Call log: Outbound 2:15 PM, 00:11:50, Connected\nCM: Spoke with cust by phone 4/24. Finished the SMAW course at Four Rivers Career Center with a B, 1G and 2G plate tests passed, starts FCAW 5/4. Still needs boots and a hood - supportive svcs request sent. Continue ITA per IEP; next contact in 30 days.`, 'T', 'P', true, []),

  note(MN, 'sms-platform-export-mn-001', `TextLink log - Abdi H. - WF1 case\n03/02 10:12 AM OUTBOUND L. Sorensen: Hi Abdi, it's Lena at the Workforce Center. Monthly check-in - how is bus operator training going?\n03/02 11:30 AM INBOUND: Hi Lena. Week 5 of 7 at Metro Transit training, passed the practice road test Friday. Thank you\nISS reviewed - training activity current.`, 'E', 'P', true, []),
  note(MN, 'sms-platform-export-mn-002', `03/03 9:00 AM OUTBOUND to (612) 555-0147: Hi Mai, this is Lena from the Workforce Center. Time for our monthly check-in - please call or text back. [Delivered]`, 'E', 'P', false, [RP]),
  note(MN, 'sms-platform-export-mn-003', `03/03 9:01 AM OUTBOUND to (651) 555-0183 - FAILED: number is a landline or unreachable (30006). Will try by phone.`, 'E', 'P', false, [UA]),
  // Whoever answered is not the client: the text reached a stranger, so the client was not reached at all.
  note(MN, 'sms-platform-export-mn-004', `▶ 3/4 1:15 PM: Hi Jordan, checking in on your welding class at Hennepin Tech - can you text me your schedule?\n◀ 3/4 1:40 PM: wrong number who is this\n▶ 3/4 1:42 PM: Sorry about that!\nCounselor: need a new number for client.`, 'E', 'P', false, [UA]),
  // She answered and spoke, briefly: a real phone exchange, but with no results recorded.
  note(MN, 'sms-platform-export-mn-005', `Call log 03/05 3:30 PM Outbound (763) 555-0115 00:00:52 Connected\nClient answered, said she is at work and will call back tonight.`, 'T', 'P', true, [PM, NS]),
  note(MN, 'sms-platform-export-mn-006', `Call log 03/05 7:48 PM Inbound (763) 555-0115 00:18:03 Connected\nClient called back as promised. She is 4 weeks into the Pharmacy Technician program at Saint Paul College, 92% on the first exam, externship placement at Fairview in May. Childcare is working. ISS reviewed and current.`, 'T', 'P', true, []),
  note(MN, 'sms-platform-export-mn-007', `◀ 3/9 8:02 PM from (612) 555-0126: Hi this is Nasra's mom. Nasra had the baby Sat, she is still in the hospital. She will text you next week\n▶ 3/9 8:15 PM: Congratulations to your family! Thank you for letting me know.`, 'E', 'A', false, [TP, PM]),
  note(MN, 'sms-platform-export-mn-008', `OUT 3/10 4:00 PM (Youth - K. Vang): hey Tyrese! did u turn in ur WEX hours this week?\nIN 3/10 4:26 PM: 👍 yes i got 18 hrs at the library this week. mr olson said i can do the summer too`, 'E', 'P', true, []),
  note(MN, 'sms-platform-export-mn-009', `Broadcast 3/31 to list "WIOA Adult/DW - Bemidji" (57): "The Workforce Center is closed Friday 4/3. Call 218-555-0100 for help with your UI account." 57 delivered.`, 'E', 'P', false, [RP]),
  note(MN, 'sms-platform-export-mn-010', `Auto-translate on (Somali)\n▶ 4/1 10:00 AM: Hello Hodan, this is your counselor. How is the forklift class?\n◀ 4/1 1:12 PM [Translated from Somali]: Hello. I finished the forklift class and I received the certificate on Monday. I start at the Amazon warehouse in Shakopee next week, night shift.\nISS updated: training complete, employment entered.`, 'E', 'P', true, []),
  note(MN, 'sms-platform-export-mn-011', `OUT 4/2 2:15 PM: Hi Ramon, reminder that your monthly check-in is due by the 30th. Reply or call anytime.  Read 4/2 2:17 PM`, 'E', 'P', false, [RP]),
  // One reply to a group reminder is still her own reply; it says nothing about her progress.
  note(MN, 'sms-platform-export-mn-012', `Group message 4/6 to cohort "CNA Pathways - Spring" (12 recipients): "Reminder: skills lab Thursday 9 AM, bring your gait belt."\nReplies (3), incl. this client 4/6 5:10 PM: "see u thurs"`, 'E', 'P', true, [PM, NS]),
  note(MN, 'sms-platform-export-mn-013', `◀ 4/7 11:30 AM from OJT supervisor (Dale, Arctic Cat Thief River Falls): Brady is doing great. 160 hrs done of the 480 on the OJT plan, passed his weld test on the frame line, perfect attendance.`, 'E', 'V', false, [TP]),
  note(MN, 'sms-platform-export-mn-014', `Video visit 04/08/2026 10:30-10:55 AM Connected (link sent by text)\nMet with client over video - she is at her sister's in Duluth this week. HVAC program at Lake Superior College: passed the EPA 608 core, 3 weeks left, job interview with Hanson Heating 4/20. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'sms-platform-export-mn-015', `◀ 4/13 7:05 AM: cant make it tues my car broke down again\n▶ 4/13 8:10 AM: No problem. Can we do a phone check-in Wed at 2 instead? Also ask me about the car repair program\n◀ 4/13 8:12 AM: ok wed works`, 'E', 'P', true, [PM]),
  note(MN, 'sms-platform-export-mn-016', `Call log - client - April\n4/14 9:10 AM Outbound 00:00:28 No answer\n4/16 1:45 PM Outbound 00:00:35 Voicemail\n4/20 4:00 PM Outbound 00:00:30 No answer\nNo contact yet this month.`, 'T', 'P', false, [UA]),
  // His voicemail tells news, but it is one-way: nobody spoke with him.
  note(MN, 'sms-platform-export-mn-017', `Voicemail received 4/21 5:52 PM (transcribed by TextLink): "Hi this is Jorge returning your call, I'm still at Dakota County Tech in the welding, I passed the two test plates, call me back after four thanks"`, 'T', 'P', false, [UA]),
  note(MN, 'sms-platform-export-mn-018', `Call log 4/22 4:20 PM Outbound (952) 555-0161 00:09:40 Connected\nReached Jorge after his VM. Welding program at Dakota County Tech: passed 2 of 4 certification plates (3G, 4G), finishing 5/15. Asked about jobs at the Rosemount refinery contractors. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'sms-platform-export-mn-019', `(Covering for L. Sorensen) 4/23 OUT: Hi Pa, your bus card is ready at the front desk.\n4/23 IN: got it at the front desk thanks!!`, 'E', 'P', true, [PM, NS]),
  note(MN, 'sms-platform-export-mn-020', `◀ 4/27 9:15 PM: Hi Ms Vang can I switch my WEX to mornings, I got into summer school for 2 credits\n▶ 4/28 8:05 AM: Yes! I'll call the site. Which school and when does it start?\n◀ 4/28 8:30 AM: Roosevelt, starts June 8, english and algebra. I need the 2 credits to graduate\nISS updated: summer school + WEX mornings.`, 'E', 'P', true, []),
  note(MN, 'sms-platform-export-mn-021', `Export - Fartun A. - 5/1 to 5/6\n5/1 OUT: Hi Fartun, May check-in - how is the medical interpreter course? [Delivered]\n5/4 OUT: Just following up! [Delivered]\n5/6 IN [Translated from Somali]: Sorry for the delay, my son was sick. I passed the midterm with 85 and I have 3 weeks left. I practiced at Hennepin Healthcare on Friday.\nCounselor: ISS reviewed; training on track.`, 'E', 'P', true, []),
  // Three reminders, each "Delivered", none answered: the participant never wrote back.
  note(MN, 'sms-platform-export-mn-022', `OUT 5/11 10:00 AM: Hi Kia, do you still want the Medical Office class in the fall? Registration closes 5/29. [Delivered]\nOUT 5/18 10:00 AM: Hi Kia, just checking again about fall registration. [Delivered]\nOUT 5/26 10:00 AM: Last reminder - registration closes Friday. [Delivered]`, 'E', 'P', false, [RP]),
];
