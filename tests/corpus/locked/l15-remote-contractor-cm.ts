/**
 * Remote case managers for an out-of-state WIOA contractor (locked split, batch 15: scored and floored, aggregates
 * only): a national workforce contractor runs the youth and adult case management for a Missouri region (the
 * Bootheel and the southeast) and for a Minnesota county's dislocated-worker program from home offices in Georgia,
 * Arizona and Ohio. The writers have never been to either state and never meet anyone in person: every contact is a
 * Zoom or Teams video, a phone call from a softphone, a text from a web texting tool, an e-mail, a portal message or
 * an e-signature envelope. The voice carries its working day: time zones spelled out ("10:00 ET / 9:00 CT"), the
 * waiting room, camera off, audio only, Calendly bookings, DocuSign envelopes "completed", screen sharing the job
 * board, the local job center's front desk asked to check on someone, and towns they misspell.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A video call with the participant is a telephone contact (two-way, in real time); a Zoom chat typed both
 * ways in real time is a written exchange answered; a waiting room nobody joined, a booking made on Calendly, an
 * envelope signed, a text delivered, a call that rolled to voicemail and a front-desk colleague's sighting are
 * not. The training provider is the provider (Missouri: counts with substantive progress and a reason to
 * continue, §2.2; Minnesota: recorded, never the monthly contact); a grandmother named on the ISS is the alternate;
 * the local job center's staff and a landlord are someone else.
 */
import { MO, MN, PM, JM, NS, UA, RP, DM, note, type LabelledNote } from '../types';

export const STYLE = 'l15-remote-contractor-cm';
export const BATCH = 15;

export const NOTES: LabelledNote[] = [
  note(MO, 'l15-rm-01', "Virtual appt (Zoom) 01/08/2025 10:00 ET / 9:00 CT with Brayden Tidwell (ISY, Kennett). Camera on. Brayden is in week 4 of HiSET prep at the adult ed center: passed math subtest 1/6 (score 12), reading 1/22. Still working 15 hrs/wk at Sonic. We reviewed his ISS goal (HiSET by March, then welding at the tech center). Continued enrollment - he needs the HiSET to start welding. Next Zoom 1/22.", 'T', 'P', true),
  note(MO, 'l15-rm-02', "01/10/2025 2:00 ET - Scheduled Zoom w/ Kaylynn Sisk. Waited in meeting 20 min, she never joined. Sent text via TextBridge at 2:25 ET: 'Missed you today, reply with a time that works.' Delivered.", 'T', 'P', false, [UA, RP]),
  // Booking a slot on Calendly is a click, not a word back.
  note(MO, 'l15-rm-03', "01/11/2025 Kaylynn booked a new Calendly slot for 1/15 3:00 ET. No message with it.", 'E', 'P', false, [RP]),
  note(MO, 'l15-rm-04', "1/15/25 Zoom w/ Kaylynn Sisk (audio only, she said camera broken). Sorry about last week, car broke down in Caruthersville. CNA class at the career center: 3 absences in Dec, instructor warned her. Clinicals start 2/3 at the nursing home in Hayti. Gas card approved for clinicals. Continue per IEP: CNA completion 3/14. Next call 1/29.", 'T', 'P', true),
  note(MO, 'l15-rm-05', "01/16/2025 Emailed CNA instructor at the career center re: Kaylynn's attendance record for the file.", 'E', 'V', false),
  // The instructor's e-mail reply gives hours and scores and why to continue: substantive.
  // An instructor answering the writer's question in writing is a provider contact both ways.
  note(MO, 'l15-rm-06', "01/17/2025 Reply from CNA instructor Mrs. Pruett: Kaylynn 86/96 classroom hrs, 3 absences (12/4, 12/11, 12/18), quiz avg 81%, skills checklist 14 of 22 signed off. Eligible for clinicals if no more absences. Recommend she continue.", 'E', 'V', true),
  // Typed both ways in the meeting's chat, in real time, with news: a written exchange answered.
  note(MO, 'l15-rm-07', "1/22/25 10:00 ET Zoom w/ Brayden - link sent, he joined from his phone but audio failed both ways. We typed in Zoom chat for 15 min: he passed reading subtest (score 14), science 2/5. He asked if WIOA pays the welding kit - I typed yes w/ ITA. Continue per ISS (HiSET, then welding). Next 2/5.", 'E', 'P', true),
  note(MO, 'l15-rm-08', "1/28/2025 Called Dakota Pfeiffer (adult, Sikeston) from softphone 11:30 ET. Rolled to VM after 6 rings. LVM w/ my callback # 404-555-0192 and hours in CT.", 'T', 'P', false, [UA]),
  // The local job center's front desk saw him: another agency's staff, not a contact with the writer.
  note(MO, 'l15-rm-09', "1/29/25 Per email from Sikeston job center front desk (Tammy): Dakota came in to use the computers, said he would call me. He did not.", 'E', 'O', false),
  // An envelope completed in DocuSign is a signature, not a reply in words.
  note(MO, 'l15-rm-10', "01/30/2025 DocuSign envelope 'IEP Update Jan 2025' sent to Dakota Pfeiffer 1/28 - status Completed 1/30 8:14 PM CT.", 'E', 'P', false, [RP]),
  note(MO, 'l15-rm-11', "2/3/2025 Teams call (video) w/ Dakota Pfeiffer 1:00 ET. He's 3 weeks into the truck driving school in Cape Girardeau, passed the permit 1/20, backing practice now. He signed the IEP update because he agrees with the new target date (CDL by 3/7). Needs lodging help for weeknights in Cape - sending the supportive services request. Continue ITA per IEP.", 'T', 'P', true),
  // His grandmother is the alternate on the ISS; her report has scores and the plan (Missouri §2.2), so it counts
  // although he missed the call.
  note(MO, 'l15-rm-12', "2/5/25 Brayden missed Zoom. Called his alternate contact (grandmother Lorene Tidwell, on ISS): he is at adult ed every Mon/Wed/Thu, took the science subtest 2/5 morning and got 15, only social studies left 2/19. She has his score report. Continue: HiSET completion this month then welding per ISS.", 'T', 'A', true),
  note(MO, 'l15-rm-13', "02/12/2025 Texted Kaylynn via TextBridge 4:10 ET: 'How are clinicals going?' Delivered, no reply.", 'E', 'P', false, [RP]),
  // Her words back with news make it a written reply; nothing says why services continue.
  note(MO, 'l15-rm-14', "2/13/2025 Kaylynn texted back 7:42 PM CT: 'good!! 2 days done, had 4 residents, the nurse said I'm quick. just tired.' Replied great, call Friday.", 'E', 'P', true, [JM]),
  note(MO, 'l15-rm-15', "2/19/25 - reviewed Brayden's file, updated ISS in Toolbox, uploaded HiSET score reports from grandmother's photos.", '-', '-', false),
  // Answered on the softphone and asked to be called back: no exchange about him.
  note(MO, 'l15-rm-16', "2/24/2025 TC Dakota 2:00 ET, he answered from the truck yard, said he's in the middle of a backing test and hung up. Will retry tomorrow.", 'T', 'P', false, [UA]),
  // Progress, but nothing on why services go on or what comes next.
  note(MO, 'l15-rm-17', "02/25/2025 Phone w/ Dakota 10:15 ET. Passed the backing test yesterday, road test 3/5. Lodging voucher for 2/24-3/7 approved.", 'T', 'P', true, [JM]),
  note(MN, 'l15-rm-18', "12/3/2024 Teams video w/ Paul Hjelmstad (DW, Hibbing) 9:00 AM AZ / 10:00 CT. Laid off from the taconite plant 10/18. In week 6 of the Mesabi Range welding certificate, 3 of 5 plates passed. UI runs through April. Check-in 1/7.", 'T', 'P', true),
  note(MN, 'l15-rm-19', "12/10/2024 Sent Lori Kangas a Teams invite for 12/12 and portal message re: her job search log. Portal shows message opened 12/10 5:52 PM.", 'E', 'P', false, [RP]),
  note(MN, 'l15-rm-20', "12/12/24 Teams 11 AM CT - Lori Kangas no-show. Stayed on 15 min. Called after: no answer, no voicemail.", 'T', 'P', false, [UA]),
  note(MN, 'l15-rm-21', "12/13/2024 Lori replied to the portal message: 'Forgot our meeting, sorry. Log attached - 6 applications this week, interview at Essentia Monday for patient access rep.' Log reviewed, 6 entries verified. Reply sent: good luck Monday, Teams 12/19.", 'E', 'P', true),
  // The landlord called about rent: someone else, nothing of her plan.
  note(MN, 'l15-rm-22', "12/16/24 Landlord for Lori Kangas called the contractor's 800 line asking if we pay rent. Told him we can't discuss participants.", 'T', 'O', false),
  note(MN, 'l15-rm-23', "12/19/2024 Teams w/ Lori (camera off, she was in her car). Essentia offered her patient access rep, 0.8 FTE, starts 1/6. She accepted. Needs scrubs? No - business casual. Will do a 30-day follow-up.", 'T', 'P', true),
  note(MN, 'l15-rm-24', "1/7/2025 Teams w/ Paul H. (no camera, bad signal in Hibbing so we moved to a phone call halfway). He passed plates 4 and 5, cert test 1/24. Asked about job leads in Duluth - shared screen on the job board earlier, sent 3 links by email after.", 'T', 'P', true),
  note(MN, 'l15-rm-25', "01/08/2025 Welding instructor at Mesabi Range emailed Paul's progress report (for file): 180/200 lab hrs, all 5 plates passed visual + bend, cert test 1/24.", 'E', 'V', false),
  note(MN, 'l15-rm-26', "1/14/2025 Called Gerald Oja (DW, Virginia MN) 8:30 CT. Phone answered by 'Gerald's phone, he is out fishing, this is his wife' - she will have him call.", 'T', 'O', false, [UA]),
  note(MN, 'l15-rm-27', "1/15/25 Texted Gerald Oja: please call me re: the forklift class start. Seen.", 'E', 'P', false, [RP]),
  note(MN, 'l15-rm-28', "01/21/2025 Gerald called 10:45 CT, we talked 20 min. He started the forklift + warehouse class at the college 1/20, 2 days in, likes it. Fishing was the ice house, no signal. Wants to stay near Virginia; warehouse at the hospital supply co. hiring. Talk next month.", 'T', 'P', true),
  // "All good" by text, answering a question about nothing: a reply, but with no news of anything.
  note(MN, 'l15-rm-29', "1/27/25 text to Paul H.: 'how's it going' / Paul: 'all good'", 'E', 'P', true, [PM, NS]),
  note(MN, 'l15-rm-30', "01/31/2025 Paul's cert test 1/24 results requested from the college by email. Waiting.", 'E', 'V', false),
  note(MN, 'l15-rm-31', "2/4/2025 Video (Zoom) w/ Paul Hjelmstad. Passed AWS D1.1 3G/4G on 1/24 (certs uploaded). Interview at the Duluth shipyard 2/10. Needs steel toes + hood - supportive services approved $260. Next call after interview.", 'T', 'P', true),
  note(MN, 'l15-rm-32', "2/5/2025 Lori Kangas - 30-day follow-up. Emailed her a 3-question check-in (hours? any issues? need anything?).", 'E', 'P', false, [RP]),
  // The AI meeting summary says the participant "attended" but the transcript is the writer talking alone.
  note(MN, 'l15-rm-33', "2/11/25 Teams auto-summary: 'Meeting with Gerald Oja, 11:00-11:12. Attendees: J. Whitcomb.' Gerald's link never opened. Recording is me waiting.", 'T', 'P', false, [UA]),
  note(MN, 'l15-rm-34', "Phone w/ Lori Kangas 30-day f/u: at Essentia 4 weeks, 32 hrs/wk, passed her probation training modules, likes the team. No needs. Next f/u at 60 days.", 'T', 'P', true, [DM], { noDateField: true }),
];
