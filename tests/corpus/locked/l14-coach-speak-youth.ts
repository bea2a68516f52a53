/**
 * Former high-school coaches turned WIOA youth case managers who write in coach-speak (locked split, batch 14:
 * scored and floored, aggregates only): a football coach who carries out-of-school youth in Springfield and Joplin,
 * Missouri (adult education on Chestnut, OTC's HVAC program, Franklin Tech in Joplin), and a girls' basketball coach
 * who does the same in Mankato and St. Cloud, Minnesota (the Area Learning Center's credit recovery, South Central
 * College, a vet clinic in Sartell). Participants call them "Coach". The notes run on the game: the game plan (the
 * plan), huddles (check-ins), reps, the stat line, a W, "on the bench" (between activities), "the transfer portal"
 * (a change of program), "run it back" (try again), "practice" (the Tuesday job-readiness group), film sessions
 * (reviewing a recorded mock interview), scouting reports (from an instructor) and scouting (employers), a two-
 * minute drill, Friday night games and section playoffs, Instagram DMs, Snaps and voice memos.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them, reading the metaphors as the writer means them. A huddle with the youth in the office, by phone, in the
 * car after an interview or between quarters at a game is a contact; "practice" with the whole group, a film session
 * or scouting trip without him, a call picked up only to say "can't talk", a DM left on read, an opened Snap, a
 * voice memo he sent, and texts that only call a meeting off are not. An adult-education or ALC instructor is the
 * provider and a grandfather named on the ISS the alternate (Missouri: counts with substantive progress and a
 * reason to continue, §2.2; Minnesota: recorded, never the monthly contact); a mother in the bleachers who is not
 * on the ISS and an employer's manager are someone else.
 */
import { MO, MN, PM, NS, UA, RP, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l14-coach-speak-youth';
export const BATCH = 14;

export const NOTES: LabelledNote[] = [
  note(MO, 'l14-coach-01', "GAME PLAN CHECK-IN 9/8/25 - Sat down with Tre'Von Mayes at the Springfield youth office, 45 min. Stat line: GED Math passed (152), Science passed, RLA and Social left. He's putting in the reps: 3 mornings a week at adult ed on Chestnut. Game plan: RLA test 10/6, then the HVAC program at OTC in January. Needs a bus pass to keep showing up; approved. Next huddle 9/22.", 'I', 'P', true),
  note(MO, 'l14-coach-02', "9/22/25 - Tre'Von no-show for our huddle. Hit him up by text at 3:15, no response.", 'I', 'P', false, [UA, RP]),
  // He picked up only to say he could not talk: the writer's own "timeout".
  note(MO, 'l14-coach-03', "9/23/25 - Two-minute drill: called Tre'Von on his lunch, he picked up, said 'Coach I'm at work, can't talk,' and hung up. That's a timeout, not a conversation.", 'T', 'P', false, [UA]),
  note(MO, 'l14-coach-04', "9/25/25 - Tre'Von called back at 6 pm. Real talk, 20 min: he picked up hours at the car wash (25/wk), that's why he missed. Went to adult ed 2 of 3 mornings last week. Still wants RLA on 10/6. Game plan: keep the mornings, car wash afternoons. Bus pass continues. Next: 10/7 after his test.", 'T', 'P', true),
  // Reviewing his recorded mock interview with a co-worker, without him, is no contact.
  note(MO, 'l14-coach-05', "10/1/25 - Film session: watched the video of Tre'Von's mock interview from last month with my co-worker and wrote up notes for him (eye contact, handshake, 'tell me about yourself'). He was not here; will go over it with him next huddle.", '-', '-', false),
  // "Left on read": seen, not answered.
  note(MO, 'l14-coach-06', "10/7/25 - DM'd Tre'Von on IG: 'How'd the RLA go?? 🏈' Left on read since 4 pm.", 'E', 'P', false, [RP]),
  // The mother is not on the ISS and Tre'Von was not there: her word.
  note(MO, 'l14-coach-07', "10/10/25 - Friday night game at Central, Tre'Von's mom was in the bleachers near me. She said he passed RLA! Mom is not on his ISS. Still need to hear it from him.", 'I', 'O', false),
  note(MO, 'l14-coach-08', "10/13/25 - Tre'Von came by the office with his score sheet: RLA 149, PASSED. One more to go (Social Studies 10/27). Big W. Fist bump, then got to work on the OTC HVAC application, done and submitted. Next huddle 10/28.", 'I', 'P', true),
  // The instructor's "scouting report" gives attendance, a practice score and the test date, and why support continues (§2.2).
  note(MO, 'l14-coach-09', "10/20/25 - Scouting report from Ms. Keel, Tre'Von's adult ed instructor, by phone: 11 of 12 sessions this month, Social Studies practice test 155 (145 passes), she expects him to pass 10/27. He needs the WIOA support (bus pass, test fees) to close it out and start HVAC in January.", 'T', 'V', true),
  note(MO, 'l14-coach-10', "10/22/25 - Scouted two HVAC shops in north Springfield for a Tre'Von WEX in the spring: Ozark Comfort (owner open to it, wants him 18+ with a license) and a commercial outfit (not taking youth). Didn't talk to Tre'Von.", 'I', 'O', false),
  // "On the bench" and "transfer portal" are metaphors: she left one program for another, and they talked it through.
  note(MO, 'l14-coach-11', "11/3/25 - Joplin - Check-in with Kayla Dunaway at the Joplin office. She's on the bench this month: quit the CNA class after week 3, said the clinical instructor 'had it out for her.' We talked it through; she wants phlebotomy at Franklin Tech in January instead (transfer portal). Next: visit Franklin Tech together 11/17.", 'I', 'P', true),
  // Texts that only call the visit off are no exchange about her plan.
  note(MO, 'l14-coach-12', "11/17/25 - Franklin Tech visit with Kayla called off, she texted at 7:02 am 'cant today coach, car'. Told her no problem, we'll run it back Thursday.", 'E', 'P', false),
  note(MO, 'l14-coach-13', "11/20/25 - Ran it back: toured Franklin Tech phlebotomy with Kayla, met the instructor. She asked good questions about clinicals. She's in: application done, starts 1/12. She'll keep her shifts at Sonic (28 hrs/wk) till then. Next huddle 12/8.", 'I', 'P', true),
  // Her voice memo is a message left, and the calls back went to voicemail.
  note(MO, 'l14-coach-14', "12/8/25 - Kayla sent me a voice memo on Messenger: 'Hey coach, got my FAFSA done, can't make it today, my daughter's got an ear infection.' Called her back twice, straight to voicemail.", 'T', 'P', false, [UA]),
  // They talked, but "she's good" is no progress; the January start is the plan.
  note(MO, 'l14-coach-15', "12/15/25 - Quick call with Kayla. She's good. Starting in January.", 'T', 'P', true, [PM, NS]),
  // "Practice" is the group session the writer leads: no one-on-one.
  note(MO, 'l14-coach-16', "12/2/25 - Led practice (our Tuesday job-readiness group) for 9 youth incl. Tre'Von and Kayla. Mock interviews in pairs. Everybody got reps. No one-on-ones today.", 'I', 'P', false),
  note(MO, 'l14-coach-17', "1/5/26 - Tre'Von in the office. Passed Social Studies 10/27 = GED complete! OTC HVAC orientation done, classes start 1/12, Mon-Thu 5-9 pm. Filled out the OTC financial aid form with him; his SSN (219-09-9999) was missing on it, added. Next huddle 1/26.", 'I', 'P', true, [PII]),
  note(MN, 'l14-coach-18', "9/9/25 - Mankato - First practice of the season with Jaxon Bergstrom (new WIOA OSY), 1 hr at the Mankato office. Dropped out senior year, needs 3 credits; enrolled him in the Mankato ALC credit recovery, starts 9/15. Goal: diploma by December, then South Central College welding. Game plan written into the ISS.", 'I', 'P', true),
  note(MN, 'l14-coach-19', "9/29/25 - Check-in call with Jaxon. 2 weeks in at the ALC, finished 0.5 credit (English 12 part 1), perfect attendance. Says the teachers are 'actually chill.' Next huddle 10/20.", 'T', 'P', true),
  // Minnesota: the ALC advisor's report is recorded, never the monthly contact.
  note(MN, 'l14-coach-20', "10/14/25 - ALC advisor Mr. Pham emailed: Jaxon at 1.0 of 3 credits, attendance 96%.", 'E', 'V', false),
  note(MN, 'l14-coach-21', "10/20/25 - Jaxon benched himself: no-show, no call for our 3:30.", 'I', 'P', false, [UA]),
  // An opened Snap is a read receipt.
  note(MN, 'l14-coach-22', "10/20/25 - Sent him a Snap: 'u good?' Opened 5:48 pm. No reply.", 'E', 'P', false, [RP]),
  note(MN, 'l14-coach-23', "10/21/25 - Jaxon's grandpa Gene (he lives with him, alternate on the ISS) answered the house phone. Said Jaxon got a job at the Hy-Vee deli, nights, and was sleeping. Gene says he's still going to the ALC mornings.", 'T', 'A', false),
  note(MN, 'l14-coach-24', "10/23/25 - Jaxon called me from the Hy-Vee break room, 10 min. Working deli 20 hrs/wk, still at the ALC every morning, 1.5 credits now. He's tired. Adjusted the game plan: huddles by phone Thursdays at 2. Next 11/6.", 'T', 'P', true),
  note(MN, 'l14-coach-25', "11/6/25 - Called Jaxon at 2 as planned. Rang out. Texted 'missed ya, call me'. Nothing.", 'T', 'P', false, [UA, RP]),
  note(MN, 'l14-coach-26', "11/12/25 - St. Cloud - Met Mariah Youngbear at the St. Cloud office. She's on the bench since her WEX at the animal shelter ended 10/31 (120 hours completed, supervisor eval 'meets expectations' in all areas). Now applying for vet assistant jobs, 4 applications this week, interview at a clinic in Sartell Monday. Next: 11/24.", 'I', 'P', true),
  // Together in the car after her interview, she told the writer how it went: an in-person exchange.
  note(MN, 'l14-coach-27', "11/17/25 - Game day for Mariah in Sartell. I drove her there and waited in the car. She came out pumped, told me the interview went great and they want her back for a working interview. We talked on the drive home about what to wear and what they'll have her do.", 'I', 'P', true),
  note(MN, 'l14-coach-28', "11/19/25 - Clinic practice manager called: they'd like Mariah for a paid working interview 11/21, 4 hrs.", 'T', 'O', false),
  note(MN, 'l14-coach-29', "11/21/25 - Called Mariah at 6 pm to see how the working interview went. She picked up, said 'Coach I'm literally still here, they kept me late, I'll call you tomorrow.'", 'T', 'P', false, [UA]),
  note(MN, 'l14-coach-30', "11/22/25 - Mariah called. They hired her! Vet assistant, 32 hrs, $17.25, starts 12/1. Needs scrubs and non-slip shoes; will do a support service. Moving to follow-up once she starts.", 'T', 'P', true),
  // A real talk between quarters about his credits and plan is an in-person contact.
  note(MN, 'l14-coach-31', "11/7/25 - Section playoff game at Blakeslee. Jaxon was working the concession stand (ALC volunteer hours). We talked between quarters: he's at 2.0 credits, on pace for the December finish, still wants welding at South Central. Missed yesterday's call because his phone got shut off, bill paid now.", 'I', 'P', true),
  // No date field on this screen and none in the note.
  note(MN, 'l14-coach-32', "Halftime check-in by phone with Mariah: first week done at the clinic, 32 hrs, learned to run the autoclave and hold for vaccines. Likes it. Follow-up next month.", 'T', 'P', true, [DM], { noDateField: true }),
  note(MN, 'l14-coach-33', "12/5/25 - Paperwork day: closed Mariah's WEX activity in WF1, opened employment follow-up, ordered her scrubs. No contact with anybody.", '-', '-', false),
  note(MN, 'l14-coach-34', "12/18/25 - Jaxon's ALC graduation - he walked! I was in the crowd, hugged him after, he said 'we did it coach.' Talked 5 min: starts welding at South Central 1/12, FAFSA done, keeping Hy-Vee weekends. Next huddle 1/8.", 'I', 'P', true),
  // A voicemail first, then he called back between classes: a contact.
  note(MO, 'l14-coach-35', "1/27/26 - Called Tre'Von at 4, no answer, left a VM. He called back at 4:20 from OTC between classes: week 2 of HVAC, passed the safety quiz 90, tools list mostly bought, still needs gauges (will do a support service). Next huddle 2/9.", 'T', 'P', true),
];
