/**
 * WIOA youth case managers who put the young person's own words in quotation marks, slang and all, because their
 * program trains them to "document in the youth's voice" (locked split, batch 17: scored and floored, aggregates
 * only): in Missouri, out-of-school youth programs in Kansas City and north St. Louis County (HiSET, YouthBuild-
 * style pre-apprenticeship, summer WEX); in Minnesota, youth programs in Minneapolis, Saint Paul and Duluth (GED,
 * Youth at Work, Step Up-style internships). The voice: third person with the youth's quotes dropped in ("Y stated
 * it's 'lowkey going good'", "'no cap I passed'", "he said he was 'cooked' on the math"), "Y" or "youth" for the
 * participant, the case manager's own plain lines around the quotes, texts quoted whole, and the ISS goal at the
 * end. Sources: youth program case-note trainings that ask staff to quote the young person.
 * Labels come from the policies and the definition of a qualifying contact, written before any checker ran on them.
 * How I read the hard cases: a quote counts only as the youth's side of a talk or a reply the note shows happening
 * with us now; a quote from last week's talk, from the youth's text to a friend shown to us by her mother, or from
 * what a teacher says the youth said, is no contact with us. "Left me on read" is no reply, and a DM that says only
 * "yo", answered by us and then silence, exchanges nothing about the case. A youth who picks up to say "can't talk
 * rn" was not talked with. The youth's mom
 * or grandmother is the alternate contact: in Missouri she counts only with real knowledge of progress and a reason
 * to go on (§2.2); a HiSET teacher is the provider. In Minnesota both are recorded (Letter 110, Policy 6) and never
 * the monthly contact. FaceTime is telephone; Snapchat and Instagram messages are e-mail.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l17-youth-slang-quotes';
export const BATCH = 17;

export const NOTES: LabelledNote[] = [
  note(MO, 'l17-youth-slang-quotes-mo-001', `1/12/26 OV - Y (Jaylen, 19) came to the KC office for his monthly check-in. Y stated HiSET prep is "lowkey going good." Passed HiSET math practice 14/20, reading test 2/3. Attends Tue/Thu at the Full Employment Council classroom, 8 of 8 sessions in Dec. Y needs bus pass, issued. Services continue per ISS goal (HiSET then pre-apprenticeship).`, 'I', 'P', true, []),
  note(MO, 'l17-youth-slang-quotes-mo-002', `1/26/26 Called Y, no answer. Texted "hey Jaylen its Ms. Brooks call me when u can." Y left me on read.`, 'E', 'P', false, [UA, RP]),
  // His answer is a text reply with his news.
  note(MO, 'l17-youth-slang-quotes-mo-003', `1/28/26 Y texted back: "my bad Ms B phone was dead. I took the reading test tuesday and passed it no cap. math is 2/10." Replied congrats + reminder about math tutoring. HiSET per ISS, services continue.`, 'E', 'P', true, []),
  note(MO, 'l17-youth-slang-quotes-mo-004', `2/10/26 Phone call w/ Y. Y said the math test was "crazy" and he "might be cooked." Results in 10 days. Still attending Tue/Thu, 5 of 6 in Jan. Continue HiSET per ISS, will go over results w/ him.`, 'T', 'P', true, []),
  note(MO, 'l17-youth-slang-quotes-mo-005', `2/23/26 Y's grandma (guardian on file) called. She said Jaylen "told me he passed that test" but she don't know which one. She wanted the bus pass for March.`, 'T', 'A', false, [TP, JM]),
  note(MO, 'l17-youth-slang-quotes-mo-006', `2/24/26 FaceTime w/ Y 10 min. He passed HiSET math 2/10 (score 9), "I'm locked in now." All 5 subtests done, HiSET issued. Applied to the IBEW pre-apprenticeship, interview 3/9. ISS updated, continue services for pre-apprenticeship and placement.`, 'T', 'P', true, []),
  note(MO, 'l17-youth-slang-quotes-mo-007', `3/10/26 Y no show for mock interview appt at 3pm. Texted, no reply.`, 'E', 'P', false, [UA, RP]),
  // The youth's words from an earlier talk, copied into today's note.
  note(MO, 'l17-youth-slang-quotes-mo-008', `3/17/26 Update: last month Y said the pre-apprenticeship was "the move fr." Still waiting to hear about the IBEW interview. Called Y today, VM full.`, 'T', 'P', false, [UA]),
  note(MO, 'l17-youth-slang-quotes-mo-009', `4/6/26 Y walked in. "Ms B I got in!!" Accepted to the IBEW/NECA pre-apprenticeship starting 4/20, 8 weeks. Needs steel toes and a tool belt, purchased through supportive services. ISS goal updated; services continue through completion.`, 'I', 'P', true, []),
  note(MO, 'l17-youth-slang-quotes-mo-010', `5/4/26 Instagram DM from Y: "yo" Replied "hey!! how's the program?" no answer.`, 'E', 'P', false, [RP]),
  note(MO, 'l17-youth-slang-quotes-mo-011', `St. Louis Co. - 5/12/26 OV w/ Y (Amari, 17, OSY). Amari said summer WEX at the library "kinda fire, not gonna lie." 28 hrs so far, supervisor timesheet attached. HiSET science still not passed, retest 6/3. Continue WEX and HiSET per ISS.`, 'I', 'P', true, []),
  note(MO, 'l17-youth-slang-quotes-mo-012', `5/27/26 HiSET teacher (Mr. Okafor) emailed: Amari attended 3 of 8 classes in May, science practice 6/20 (needs 8). Says Amari told him she is "over it." No reason given to keep going.`, 'E', 'V', false, [TP, JM]),
  note(MO, 'l17-youth-slang-quotes-mo-013', `5/29/26 Spoke w/ Y by phone. She said she's "good."`, 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'l17-youth-slang-quotes-mo-014', `6/8/26 Home visit, Amari's mom answered. Amari "at her boo's house." Left appt card w/ mom for 6/11.`, 'I', 'P', false, [UA]),
  note(MO, 'l17-youth-slang-quotes-mo-015', `6/11/26 Amari came in w/ her mom. Amari: "I'm not dropping out, I just hate science." Retest moved to 6/24, we set up tutoring M/W at the library. WEX 52 hrs total. Mom says she will drive her. Continue per ISS.`, 'I', 'P', true, []),
  note(MO, 'l17-youth-slang-quotes-mo-016', `6/30/26 Snapchat from Amari: "PASSED SCIENCE 🎉🎉 its over for yall" (screenshot of score 10 saved to file). Replied congrats, HiSET complete. Next step per ISS: CNA or the Job Corps app, will meet 7/8.`, 'E', 'P', true, []),
  note(MO, 'l17-youth-slang-quotes-mo-017', `Y (Amari) - tried to call, number not in service. Mom's number, NA.`, 'T', 'P', false, [UA, DM], { noDateField: true }),

  note(MN, 'l17-youth-slang-quotes-mn-001', `01/08/26 - In person, Mpls office. Youth (Destiny, 18) says GED class at the Adult Ed center is "mid" but she's going. Attended 9 of 12 sessions, passed GED Social Studies 12/18 (152). Science next. ISS and record reviewed.`, 'I', 'P', true, []),
  note(MN, 'l17-youth-slang-quotes-mn-002', `01/29/26 - texted Destiny "hey checking in! how's science prep?" Delivered. No reply.`, 'E', 'P', false, [RP]),
  note(MN, 'l17-youth-slang-quotes-mn-003', `02/02/26 - Destiny texted back: "sorry been sick, science is 2/20 im not ready ngl." Asked if she wants the tutor, she said "bet." Tutor set for Thursdays. ISS reviewed.`, 'E', 'P', true, []),
  // Her text to a friend, shown to me by her mother.
  note(MN, 'l17-youth-slang-quotes-mn-004', `02/23/26 - Destiny's mom came by the office and showed me Destiny's text to her cousin: "i passed science lets gooo." Mom doesn't know the score. Destiny did not come with her.`, 'I', 'A', false, []),
  note(MN, 'l17-youth-slang-quotes-mn-005', `02/25/26 - phone w/ Destiny. She confirmed GED Science passed 2/20 (149), "barely but it counts." Only Math left, scheduled 3/27. Record reviewed.`, 'T', 'P', true, []),
  note(MN, 'l17-youth-slang-quotes-mn-006', `03/30/26 - called Destiny twice, NA, voicemail box not set up.`, 'T', 'P', false, [UA]),
  note(MN, 'l17-youth-slang-quotes-mn-007', `04/02/26 - FaceTime w/ Destiny. Math "went crazy," she thinks she failed, scores 4/3. She wants to start the Youth at Work internship anyway. ISS reviewed, internship app started together.`, 'T', 'P', true, []),
  note(MN, 'l17-youth-slang-quotes-mn-008', `04/20/26 - checked in with Destiny. She's "chillin."`, '-', 'P', false, [CT, PM, NS]),
  note(MN, 'l17-youth-slang-quotes-mn-009', `Saint Paul - 05/05/26 OV w/ youth (Marcus T., 20). Step Up-style internship at the Science Museum: "it's giving corporate but I like it." 64 hrs so far, $16/hr. Supervisor eval "meets." ISS reviewed, WF1 WEX activity updated.`, 'I', 'P', true, []),
  note(MN, 'l17-youth-slang-quotes-mn-010', `05/19/26 - Marcus's internship supervisor (Ms. Vang) called: he was late 3 times this month, otherwise "solid," 112 hrs total.`, 'T', 'V', false, []),
  note(MN, 'l17-youth-slang-quotes-mn-011', `05/21/26 - called Marcus, he picked up but said "I'm on the bus, can't talk rn." Asked him to call back, he didn't.`, 'T', 'P', false, [UA]),
  note(MN, 'l17-youth-slang-quotes-mn-012', `05/22/26 - Marcus came by after work. Late because the 21 bus is "trash" in the morning. We looked at the Metro Transit trip planner, he'll take the 6:40. Still 112 hrs, last day 6/13. ISS reviewed.`, 'I', 'P', true, []),
  note(MN, 'l17-youth-slang-quotes-mn-013', `Duluth - 06/09/26 - letter mailed to youth (Kayden R.) re: June contact, asked to call or text.`, 'L', 'P', false, [RP]),
  note(MN, 'l17-youth-slang-quotes-mn-014', `06/15/26 - Kayden replied to the letter on Instagram: "got ur letter, im working at Grandma's Saloon now dishwasher 30 hrs, GED on pause til fall." Replied asking to meet 6/25. ISS reviewed.`, 'E', 'P', true, []),
  note(MN, 'l17-youth-slang-quotes-mn-015', `06/25/26 - Kayden no-show for 6/25 meeting. Snap sent, opened, no reply.`, 'E', 'P', false, [UA, RP]),
  note(MN, 'l17-youth-slang-quotes-mn-016', `07/14/26 - phone w/ Kayden 5 min: "all good."`, 'T', 'P', true, [PM, NS]),
  note(MN, 'l17-youth-slang-quotes-mn-017', `08/11/26 - in person at Lincoln Park library. Kayden wants to restart GED in Sept at the Duluth Adult Learning center, registered for 9/8 orientation. Still at Grandma's, now 36 hrs, got a $1 raise. ISS updated. DOB 03/14/2007 on the GED form.`, 'I', 'P', true, [PII]),
];
