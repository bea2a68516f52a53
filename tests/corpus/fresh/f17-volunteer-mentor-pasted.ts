/**
 * Case managers whose participants are matched with volunteer mentors — retired teachers from a partner mentoring
 * corps — and who paste the mentors' logs into the case note as they arrive (fresh split: new voices, scored and
 * listed but not floored yet). Two voices in one entry: the case manager's own line, clipped and coded (TC, OV, LM,
 * "cont per IEP"), and the mentor's, in the full sentences and gentle judgement of a teacher ("She is bright and
 * quiet", "We worked fractions for an hour"), often with what the participant told the mentor. Offices in Springfield
 * and St. Louis County (Missouri) and Duluth (Minnesota). Sources of realism: adult-literacy and GED mentoring
 * programs run with retired educators' associations, whose volunteers send a weekly log by e-mail or a note to the
 * front desk.
 * How I read the policy for the hard cases: the mentor is another organisation's volunteer, so a log of the mentor's
 * meeting, call or no-show is someone else's contact — it never replaces ours, however good the news in it, and the
 * mentor's unanswered calls are not our attempts. A meeting where the case manager sat in and talked with the
 * participant is ours. A participant's text or mailed-back form with news counts as a written reply.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'f17-volunteer-mentor-pasted';

export const NOTES: LabelledNote[] = [
  note(MO, 'f17-volunteer-mentor-pasted-mo-001', `3/4/26 TC w/ cust Jalen 3/4, 15 min: he says GED math class at Ozarks Tech going better, practice test 142 (was 131). Cont GED per IEP. Mentor notes rec'd by e-mail same day, pasted: "Met Jalen at the Library Center Tuesday. We worked fractions for an hour. He is trying hard and arrived on time. — D. Fenn"`, 'T', 'P', true, []),
  // The mentor's log alone: someone else's meetings, however good the news.
  note(MO, 'f17-volunteer-mentor-pasted-mo-002', `3/18/26 Mentor notes (D. Fenn, Retired Educators Mentoring Corps), e-mailed 3/18, pasted: "Jalen and I met twice this week at the Library Center. He finished the fractions packet and scored 8/10 on my decimals quiz. He tells me he has a GED math test on April 2." CM did not speak with cust this week.`, 'E', 'O', false, [TP, JM]),
  // The mentor's unanswered calls are hers, not ours.
  note(MO, 'f17-volunteer-mentor-pasted-mo-003', `3/25/26 From mentor D. Fenn (text to CM): "Jalen didn't come to the library today. I called him twice, no answer." CM to follow up.`, 'E', 'O', false, [TP, JM]),
  note(MO, 'f17-volunteer-mentor-pasted-mo-004', `3/26/26 Called cust re: missed mentor session. Cust answered, said his shift at Kraft Heinz got changed to days and he forgot to tell Mrs. Fenn. GED math test still 4/2. Needs mentor sessions moved to evenings, CM will tell mentor. Cont GED per IEP.`, 'T', 'P', true, []),
  note(MO, 'f17-volunteer-mentor-pasted-mo-005', `4/3/26 TC cust, NA. LM re: GED math test result.`, 'T', 'P', false, [UA]),
  note(MO, 'f17-volunteer-mentor-pasted-mo-006', `4/4/26 Cust texted back: "passed math 152!!! only science left". Cont GED, science test to schedule. Told Mrs. Fenn.`, 'E', 'P', true, []),
  // The case manager sat in on the mentoring session and talked with him.
  note(MO, 'f17-volunteer-mentor-pasted-mo-007', `4/15/26 Mentor session held in our conference room. CM sat in last 15 min and talked with cust and Mrs. Fenn: science test sched 4/29, cust reading 2 chapters/week in the study guide. Cont GED per IEP, CM will check in after 4/29.`, 'I', 'P', true, []),
  note(MO, 'f17-volunteer-mentor-pasted-mo-008', `4/30/26 Pasted from Mrs. Fenn's e-mail 4/30: "Jalen called me this morning, he passed science! He is so proud. He wants to look at the welding program next." No CM contact yet.`, 'E', 'O', false, [TP, JM]),
  note(MO, 'f17-volunteer-mentor-pasted-mo-009', `5/5/26 OV w/ cust at Springfield Job Center 40 min. GED complete (all 4 sections passed 4/29). Went to OTC welding info session 5/1. Completed IEP update: goal welding cert, ITA application started. Mentor match to continue thru enrollment.`, 'I', 'P', true, []),
  note(MO, 'f17-volunteer-mentor-pasted-mo-010', `5/12/26 New mentor match: Rosa V. with volunteer Mr. Harold Tibbs (retired shop teacher). Intro letter mailed to cust with mentor's name and first meeting date 5/19.`, 'L', 'P', false, [RP]),
  note(MO, 'f17-volunteer-mentor-pasted-mo-011', `5/19/26 Mr. Tibbs e-mailed: "Waited at the Brentwood library 45 minutes. Ms. V. never came." CM called cust 5/19 3pm, voicemail, left message.`, 'T', 'P', false, [UA]),
  note(MO, 'f17-volunteer-mentor-pasted-mo-012', `5/21/26 Cust returned CM's call 5/21. Talked 10 min — she had no bus fare. MetroLink pass given for mentor meetings. She is in week 2 of CNA class at the Red Cross, passed vitals check-off. Cont CNA training per IEP.`, 'T', 'P', true, []),
  // The mentor's phone call with her, told in the mentor's log.
  note(MO, 'f17-volunteer-mentor-pasted-mo-013', `6/2/26 Mentor log (H. Tibbs), pasted: "Spoke with Rosa by phone Sunday. She has clinicals at Delmar Gardens starting June 8 and is nervous about the lifting. We practiced the interview questions." CM has not talked with cust since 5/21.`, 'E', 'O', false, [TP, JM]),
  note(MO, 'f17-volunteer-mentor-pasted-mo-014', `6/9/26 Text from cust: "first clinical day done, I did 3 bed baths". CM texted back congrats and asked her state test date. Cont CNA per IEP.`, 'E', 'P', true, []),
  note(MO, 'f17-volunteer-mentor-pasted-mo-015', `6/23/26 TC to cust, phone answered by her sister, cust at clinical. Left msg w/ sister.`, 'T', 'P', false, [UA]),
  note(MO, 'f17-volunteer-mentor-pasted-mo-016', `7/1/26 Joint call (speaker) w/ cust and Mr. Tibbs 20 min. Cust passed CNA state skills 6/27, written 7/10. Mr. Tibbs helping with practice tests. Cont per IEP until certified and placed.`, 'T', 'P', true, []),
  note(MO, 'f17-volunteer-mentor-pasted-mo-017', `7/14/26 Checked in with cust.`, '-', 'P', false, [CT, PM, JM, NS]),
  note(MO, 'f17-volunteer-mentor-pasted-mo-018', `7/20/26 Cust mailed back the employment verification form CM sent 7/10, signed, with note: "Got hired at Delmar Gardens, start 7/27, $17.50/hr, CNA license came in the mail." Keep open; cont services until 30 days on job per IEP.`, 'L', 'P', true, []),
  note(MO, 'f17-volunteer-mentor-pasted-mo-019', `8/10/26 Final mentor summary from Mr. Tibbs (e-mailed, pasted as written): "Rosa and I met eleven times between May and August, mostly at the Brentwood library and twice at the McDonald's on Manchester when the library was closed. She came to nine of the eleven. We worked on her medical terminology flash cards, on reading the care plans, and on how to talk to a charge nurse. She passed her written exam on July 10 with an 84 and told me she has been hired at Delmar Gardens. She asked whether she can call me if she has trouble at work, and I said yes. I am glad to mentor another adult this fall." CM note: mentor match closed.`, 'E', 'O', false, [TP, JM]),
  note(MO, 'f17-volunteer-mentor-pasted-mo-020', `OV w/ cust at South County Job Center. She brought first paystub, 38 hrs, $17.50. Likes 7-3 shift. Will keep in follow-up services per IEP; next check 9/15.`, 'I', 'P', true, [], { noDateField: true }),

  note(MN, 'f17-volunteer-mentor-pasted-mn-001', `01/13/26 Met w/ Destiny at Duluth WFC 30 min. She is in ABE at Lincoln Park, math level up to 6.0. Matched with volunteer mentor Gene Halvorsen (retired Denfeld science teacher), first meeting 1/20. ISS updated with mentoring.`, 'I', 'P', true, []),
  note(MN, 'f17-volunteer-mentor-pasted-mn-002', `01/22/26 Mentor log from G. Halvorsen (e-mailed 1/21), pasted: "First meeting with Destiny at the main library, 4-5:30. She is bright and quiet. We did a reading passage on wolves and she answered 7 of 8 questions. Next Tuesday." CM has not talked with Destiny since 1/13.`, 'E', 'O', false, []),
  note(MN, 'f17-volunteer-mentor-pasted-mn-003', `02/03/26 Called Destiny, phone went to "mailbox not set up." Texted.`, 'E', 'P', false, [UA, RP]),
  note(MN, 'f17-volunteer-mentor-pasted-mn-004', `02/05/26 Destiny texted back: "hi sorry my phone was shut off. ABE is good I passed the math checkpoint. gene is nice". ISS reviewed.`, 'E', 'P', true, []),
  // The mentor's message through the front desk about his own unanswered call.
  note(MN, 'f17-volunteer-mentor-pasted-mn-005', `02/17/26 From Gene (phone msg to front desk): Destiny missed mentoring today, he called her and got no answer.`, 'T', 'O', false, []),
  note(MN, 'f17-volunteer-mentor-pasted-mn-006', `02/18/26 TC w/ Destiny 12 min. She missed mentoring because her little brother was sick and she babysat. ABE attendance 3 of 4 days last week. Wants to keep Gene. Record reviewed, enrollment current.`, 'T', 'P', true, []),
  note(MN, 'f17-volunteer-mentor-pasted-mn-007', `03/10/26 TC to Destiny, NA, LM on new vm.`, 'T', 'P', false, [UA]),
  note(MN, 'f17-volunteer-mentor-pasted-mn-008', `03/12/26 Three-way meeting at library: Destiny, Gene and CM. Destiny took GED RLA practice, 148. She will test RLA 4/2. Gene to keep Tues. ISS updated with test date.`, 'I', 'P', true, []),
  note(MN, 'f17-volunteer-mentor-pasted-mn-009', `04/03/26 Text to Destiny asking how RLA test went. Delivered.`, 'E', 'P', false, [RP]),
  // Her result, told by the mentor: still not from her.
  note(MN, 'f17-volunteer-mentor-pasted-mn-010', `04/04/26 Gene e-mailed: Destiny told him she passed RLA with a 156. (Pasted to file.) Still need to hear from Destiny.`, 'E', 'O', false, []),
  note(MN, 'f17-volunteer-mentor-pasted-mn-011', `04/07/26 Destiny came to WFC to print her score report. Talked 15 min in lobby. RLA 156 passed. Next: math, she wants to wait until May. ISS: GED math by June.`, 'I', 'P', true, []),
  note(MN, 'f17-volunteer-mentor-pasted-mn-012', `Destiny stopped by.`, 'I', 'P', false, [PM, NS]),
  note(MN, 'f17-volunteer-mentor-pasted-mn-013', `05/05/26 Mentor log, G. Halvorsen, pasted: "Destiny and I met 4/28 and 5/5. Math is the hard one. She got 11 of 20 on the practice test. I suggested Khan Academy. She says she is working 20 hours at Cub Foods now." No CM contact this week.`, 'E', 'O', false, []),
  note(MN, 'f17-volunteer-mentor-pasted-mn-014', `05/19/26 Phone call with Destiny 20 min. Math practice up to 14/20. Cub Foods 20 hrs, cashier. Asked about youth work experience instead of Cub; will look at WEX sites. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'f17-volunteer-mentor-pasted-mn-015', `06/09/26 Home visit, mom answered, said Destiny at work. Left card.`, 'I', 'P', false, [UA]),
  note(MN, 'f17-volunteer-mentor-pasted-mn-016', `06/10/26 Destiny called back about the card. Math test 6/24. Gene meeting 2x/week now. Record reviewed; WEX on hold until after GED.`, 'T', 'P', true, []),
  note(MN, 'f17-volunteer-mentor-pasted-mn-017', `06/25/26 Letter of congratulations mailed (GED complete per state system 6/24).`, 'L', 'P', false, [RP]),
  note(MN, 'f17-volunteer-mentor-pasted-mn-018', `07/08/26 Destiny e-mailed a thank-you back about the letter: "Thank you!! I start at LSC in the fall for medical office. Gene helped me fill out the FAFSA." ISS updated post-secondary goal.`, 'E', 'P', true, []),
  note(MN, 'f17-volunteer-mentor-pasted-mn-019', `07/30/26 Gene's closing mentor report (e-mail): met 22 times, GED completed, FAFSA done, enrolled LSC fall. Mentor match closed. No contact with Destiny today.`, 'E', 'O', false, []),
  note(MN, 'f17-volunteer-mentor-pasted-mn-020', `08/14/26 TC Destiny. Nothing new.`, 'T', 'P', true, [NS, PM]),
];
