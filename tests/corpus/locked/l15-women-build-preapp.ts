/**
 * Pre-apprenticeship navigators in women-in-construction programs (locked split, batch 15: scored and floored,
 * aggregates only): a 10-week tradeswomen cohort run out of a union training center in north St. Louis County and a
 * Kansas City community college's construction lab, both co-enrolled in WIOA Adult, and a nonprofit tradeswomen
 * program in north Minneapolis feeding the building trades' apprenticeships in the metro. The navigator came off the
 * tools herself (a journeyworker carpenter, 14 years) and writes like a foreman's daily log: times in 24-hour
 * form, the week of the cohort, MC3 and NCCER Core modules, OSHA-10, the forklift and aerial-lift cards, the tool and
 * boot allowance, 5:30 a.m. childcare, the union's aptitude test and interview panel, "on the list" (ranked for
 * indenture), the jobsite, the site super, the JATC coordinator, and "sister" for another tradeswoman.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A talk with the participant about her plan is a contact wherever it happens (the lab, the jobsite
 * trailer, the phone); a cohort class she sat in, a group text, a sign-in, a "thumbs up" reaction and a crew she
 * was seen on are not. The lead instructor and the JATC coordinator are the provider (Missouri: counts with
 * substantive progress and a reason to continue, §2.2; Minnesota: recorded, never the monthly contact); a mother
 * listed on the IEP is the alternate; a site super, a foreman and a partner not on the plan are someone else.
 */
import { MO, MN, PM, NS, UA, RP, TP, DM, note, type LabelledNote } from '../types';

export const STYLE = 'l15-women-build-preapp';
export const BATCH = 15;

export const NOTES: LabelledNote[] = [
  note(MO, 'l15-wb-01', "02/04/2025 0715 - Met w/ Tanisha Rourke at the training center before lab. Wk 3 of 10: passed OSHA-10 Fri, MC3 modules 1-3 done, 100% attendance. Short on steel-toes (sz 8.5 W) - approved boot allowance, voucher given. Continue: she still needs NCCER Core + forklift card to apply to Carpenters in April per IEP. Next check-in 2/18 at lab.", 'I', 'P', true),
  // Taught the whole cohort; Tanisha was in the room but nobody talked with her about her own plan.
  note(MO, 'l15-wb-02', "02/06/2025 - Taught blueprint reading block (1300-1530) to cohort 11, 9 of 11 present incl. T. Rourke, D. Vang, M. Okafor. Covered scale, section views, door schedules. Quiz Tues.", 'I', 'P', false),
  note(MO, 'l15-wb-03', "2/11/25 TC to Deja Vang 0640 re: missed Mon lab. No answer, VM full. Will try again at lunch.", 'T', 'P', false, [UA]),
  note(MO, 'l15-wb-04', "2/11/25 1210 - Deja called back on her lunch. Missed Mon b/c daycare on Riverview didn't open (pipe burst). Back today. She's behind on MC3 mod 4 (Blueprint), will make it up Sat open lab 0800-1200. Still wants Laborers; aptitude test 3/8. Keep on plan - transportation gas card approved for Sat. F/u after Sat.", 'T', 'P', true),
  // Lead instructor is the provider; attendance, scores and the reason to go on are all there.
  note(MO, 'l15-wb-05', "02/13/2025 TC w/ lead instructor Ray Dunmore (training center) re: Maribel Okafor - attendance 28/30 hrs this wk, NCCER Core modules 00101-00104 passed (scores 84, 90, 88, 92), strong on power tools, needs work on rigging math. Client not reachable this week (working nights at the warehouse). Continue in pre-app: she is on track to sit the IBEW aptitude in March, which is the IEP goal.", 'T', 'V', true),
  // Instructor says only "doing fine": no hours, scores or completion.
  note(MO, 'l15-wb-06', "2/14/25 Spoke w/ instructor Dunmore in hallway, says Okafor is doing fine. Will keep an eye on her.", 'I', 'V', false, [TP]),
  note(MO, 'l15-wb-07', "2/18/2025 0700 lab - Tanisha check-in as scheduled. NCCER Core 00105-00106 passed, forklift card earned 2/15 (copy in file). Carpenters application submitted online 2/17, confirmation # in her email. Interview prep 2/25. Continue: pre-app completion 3/14, application review pending.", 'I', 'P', true),
  // Group text to the whole cohort; a thumbs-up reaction is not a reply.
  note(MO, 'l15-wb-08', "02/19/2025 Group text to cohort 11: reminder Sat open lab + bring PPE. T. Rourke and D. Vang reacted 👍. No other replies.", 'E', 'P', false, [RP]),
  note(MO, 'l15-wb-09', "02/20/2025 Home visit attempt for Keyana Pruitt (KC cohort), 3415 Benton Blvd. No one home, left program card + lab schedule in door. She has missed 4 of last 6 sessions.", 'I', 'P', false, [UA]),
  note(MO, 'l15-wb-10', "2/24/25 Keyana came into the KC lab at 1500 after her shift at the car wash. Talked in the tool crib 20 min. Says she can't make 0630 starts, no bus that early on Prospect. Attendance 16/36 hrs, MC3 mod 1 only. We agreed to move her to the evening cohort starting 3/17; she will finish mod 2 online by then. Need to keep her - she tested 8th grade math on intake and passed the reading, good fit for Laborers. Gas card denied (no car); bus pass issued.", 'I', 'P', true),
  // Her mother is the alternate on the IEP, but she only relays that Keyana "is trying".
  note(MO, 'l15-wb-11', "3/3/25 Keyana's mom (alternate on IEP) called, said Keyana is sick and 'is really trying with the class.' Asked her to have K call me.", 'T', 'A', false, [TP]),
  note(MO, 'l15-wb-12', "03/05/2025 Email to Deja Vang: Laborers aptitude test confirmation attached, 3/8 0800, 12 Hunt Ave, bring photo ID + #2 pencils. Asked her to confirm she has a ride.", 'E', 'P', false, [RP]),
  note(MO, 'l15-wb-13', "03/06/2025 Deja replied to my 3/5 email: 'got it, my sister driving me, I did the practice test twice, 78 and 85.' Finished MC3 mods 4-5 Sat. Continue toward Laborers apprenticeship per IEP; call her after test.", 'E', 'P', true),
  // Someone else's interview: the navigator sat on a JATC panel, not with the participant.
  note(MO, 'l15-wb-14', "3/10/2025 Sat in on JATC interview panel for Carpenters (observer only) 0900-1200. 14 applicants interviewed. None of our cohort scheduled today; ours are 3/24.", '-', '-', false),
  note(MO, 'l15-wb-15', "3/14/25 Cohort 11 completion ceremony at the training center. Tanisha R. got her certificate + MC3 completion. Talked w/ her after: Carpenters interview 3/24 at 1000, she's nervous about the 'why construction' question - practiced it twice with me at the table. Still unemployed, working part-time at Dollar General. Continue: placement support until indentured. Mock interview 3/20.", 'I', 'P', true),
  // She picked up only to put the call off and never called back: nothing was exchanged.
  note(MO, 'l15-wb-16', "3/21/25 Called Maribel Okafor 1615 - picked up, said she was driving and would call me back tonight. Didn't.", 'T', 'P', false, [UA]),
  // A super on the jobsite saying she is "a good hand" is someone else's word, not the participant.
  note(MO, 'l15-wb-17', "04/08/2025 Jobsite visit, Hwy 141 school addition (site super Gary Lutz). Tanisha indentured 4/1 as 1st-period apprentice. Gary says she's a good hand, on time every day. She was up in the lift, didn't come down - waved.", 'I', 'O', false),
  note(MN, 'l15-wb-18', "11/12/2024 - Intake follow-up w/ Shay Lindqvist at the north Mpls shop. Cohort 7 wk 2: 24/24 hrs, measured and cut stair stringers in lab today. Tool allowance paid (tape, speed square, hammer, bags). Next: aerial lift card 11/22. Check in 12/3.", 'I', 'P', true),
  note(MN, 'l15-wb-19', "11/14/24 TC Abeni Sorensen 1645 - phone rang through, no vm set up. Texted her to call me.", 'T', 'P', false, [UA, RP]),
  note(MN, 'l15-wb-20', "11/15/2024 Abeni texted back 0612: 'sorry my kid had croup, back Monday, did the online OSHA units 4-6 last night'. I texted ok, see you Mon. Confirmed in the OSHA portal: units 1-6 of 10 done.", 'E', 'P', true),
  // A text from her partner, who is not on the plan: someone else.
  note(MN, 'l15-wb-21', "11/19/2024 Text from Abeni's boyfriend Marcus (from her phone): 'she lost her phone at the site, she'll be in tmrw'. Replied thanks.", 'E', 'O', false),
  note(MN, 'l15-wb-22', "11/20/24 0730 Abeni in lab. New phone, new #612-555-0148 updated. Wk 3: 20/24 hrs (missed Tues), passed hand tool test 92%. She wants IBEW Local 292 over the Carpenters now after the electrical rotation. Talked through the aptitude test (algebra + reading) - signed her up for Tuesday math tutoring.", 'I', 'P', true),
  // The navigator's call with the JATC coordinator is a provider contact: never the monthly contact in Minnesota.
  note(MN, 'l15-wb-23', "12/2/2024 TC w/ Carpenters JATC coordinator re Shay Lindqvist: application complete, aptitude passed (ranked 11 of 40), interview 12/16. Coordinator says classroom hours from our cohort will count toward related instruction.", 'T', 'V', false),
  note(MN, 'l15-wb-24', "12/03/2024 Shay didn't show for 1500 check-in. Texted 1530, no response.", 'I', 'P', false, [UA, RP]),
  note(MN, 'l15-wb-25', "12/4/24 Shay called 0810. Overslept yesterday after a double at the restaurant. Aerial lift card done 11/22 (copy in file). JATC interview 12/16 - we'll do a mock on 12/10. Wants steel-toe winter boots, will bring receipt. Cohort ends 12/20.", 'T', 'P', true),
  // A note of what a classmate said about her: reported speech, not a contact with her.
  note(MN, 'l15-wb-26', "12/9/24 Per classmate Jo M., Abeni is thinking of dropping out to take a warehouse job at $21/hr. Need to reach Abeni.", '-', 'O', false),
  note(MN, 'l15-wb-27', "12/10/2024 Video call (Teams) w/ Abeni 1900, her kids in the background. She was offered the warehouse job. We went through apprenticeship wage scale (IBEW 1st year $24.60 + benefits) vs. $21 no benefits. She'll stay through cohort end 12/20 and sit the IBEW aptitude 1/11. Attendance this wk 24/24. Next call 12/17.", 'T', 'P', true),
  note(MN, 'l15-wb-28', "12/12/2024 Mailed Shay the completion letter + pay stub request for the ISS. Return envelope included.", 'L', 'P', false, [RP]),
  note(MN, 'l15-wb-29', "12/16/24 Drove Shay to the JATC interview in my car (hers in shop). Talked on the way over her answers - why carpentry, a time she solved a problem on a team. After, she said it went ok, they asked about her forklift card. Results in 2 wks.", 'I', 'P', true),
  // Seen across the lab at the ceremony with no talk: a wave is no exchange.
  note(MN, 'l15-wb-30', "12/20/2024 Cohort 7 graduation, 9 of 12 completed. Shay and Abeni both walked. Busy day, didn't get to talk with either one, will call next week.", 'I', 'P', false),
  note(MN, 'l15-wb-31', "1/6/25 - Shay - TC. She got the letter: accepted, indenture date 1/27, Carpenters Local 322 crew on the Eden Prairie hospital job. Needs hard hat + harness per contractor; ordered through supportive services.", 'T', 'P', true),
  // A real word both ways in the store, so a contact, but nothing of her progress or results: thin.
  note(MN, 'l15-wb-32', "1/14/25 ran into Abeni at the Cub on W Broadway, talked a min, she says she's good.", 'I', 'P', true, [PM, NS]),
  note(MN, 'l15-wb-33', "1/13/2025 Emailed Abeni 2x about IBEW aptitude results, read receipt came back 1/13 1932. No answer yet.", 'E', 'P', false, [RP]),
  note(MN, 'l15-wb-34', "met w abeni at the shop after her warehouse shift. IBEW aptitude score came back: 5 (need 4). interview in feb. she is doing 3 shifts/wk at the warehouse til then, still coming to tues math. fu 2/3", 'I', 'P', true, [DM], { noDateField: true }),
];
