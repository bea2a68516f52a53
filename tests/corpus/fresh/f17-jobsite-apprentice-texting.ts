/**
 * An apprenticeship navigator who spends the day driving between construction sites and union halls and types notes
 * on a phone — in the truck, at the tailgate, in a heated tent — that sync into the case file later (fresh split: new
 * voices, scored and listed but not floored yet). The voice: lower case, no year on the date, dropped subjects, texting
 * spellings ("u", "ur", "abt", "w/", "txt'd", "tonite"), building-trades words (OJL hours, JATC, block test,
 * indenture, out-of-work list, dispatch, foreman, super, gang box, deck), and participants' texts quoted as sent.
 * Sites and halls in Kansas City and St. Louis (Missouri) and Minneapolis, Rochester and Duluth (Minnesota). Sources
 * of realism: pre-apprenticeship and registered-apprenticeship navigators funded under WIOA, who check on apprentices
 * where they work.
 * How I read the policy for the hard cases: seeing an apprentice up on a deck or under a welding hood and waving is not
 * a contact; a break-time talk on site is in person. A foreman or super who gives hours, attendance and a crew move
 * counts in Missouri while the apprentice is away, with a reason to continue; "she's doing fine" from a site lead
 * does not. In Minnesota the foreman is recorded and the month still needs the apprentice. A hello at the door of
 * an info session is no contact; a FaceTime call is a telephone contact.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'f17-jobsite-apprentice-texting';

export const NOTES: LabelledNote[] = [
  note(MO, 'f17-jobsite-apprentice-texting-mo-001', `3/2 on site @ McCownGordon job 18th & Grand. talked w/ Marcus at lunch on the tailgate 15 min. he's got 312 OJL hrs logged, passed 1st yr block 2 at the JATC last wk. foreman says he's one of the good ones. cont pre-app supports per IEP, boots + tool belt voucher next wk`, 'I', 'P', true, []),
  // Up on the deck; a wave is not a talk.
  note(MO, 'f17-jobsite-apprentice-texting-mo-002', `3/9 swung by McCownGordon site, marcus up on the 4th floor deck, couldnt get up there w/o escort. waved. will call tonite`, 'I', 'P', false, [UA]),
  note(MO, 'f17-jobsite-apprentice-texting-mo-003', `3/9 called marcus 7:30pm no ans. txt'd "call me when u can re: voucher"`, 'E', 'P', false, [UA, RP]),
  note(MO, 'f17-jobsite-apprentice-texting-mo-004', `3/10 marcus txt back "got ur msg, cant talk on deck. hrs r 340 now, need boots size 11 bad". voucher sent to his email. cont per IEP`, 'E', 'P', true, []),
  // The foreman, with attendance, hours and a crew move, while the apprentice is off for the day.
  note(MO, 'f17-jobsite-apprentice-texting-mo-005', `3/23 talked to foreman Rick Dunn (McCownGordon) on site, marcus off today (dentist). Rick says 100% attendance since Jan, 352 hrs, moving him to forming crew next month. recommends keep him in the program. cont per IEP.`, 'I', 'V', true, []),
  note(MO, 'f17-jobsite-apprentice-texting-mo-006', `4/6 TC marcus 10 min on his drive home. says JATC block 3 test 4/20, worried abt the math part. set him up w/ tutor at the JATC. cont supports per IEP`, 'T', 'P', true, []),
  note(MO, 'f17-jobsite-apprentice-texting-mo-007', `4/21 txt marcus "how'd the test go??" — nothing back yet`, 'E', 'P', false, [RP]),
  note(MO, 'f17-jobsite-apprentice-texting-mo-008', `4/22 marcus called me back, passed block 3 w/ 81. 410 hrs. raise to $22.10 at 6 mo. next check in May on site. cont per IEP`, 'T', 'P', true, []),
  // She was in the trailer with the crew; the navigator left without talking to her.
  note(MO, 'f17-jobsite-apprentice-texting-mo-009', `5/4 Keisha (pre-app, Local 1 / MCC): site visit @ Clayco job on Olive. she was there but on break in the trailer w/ the crew, waited 20 min had to leave for next site. didnt get to talk.`, 'I', 'P', false, [UA]),
  note(MO, 'f17-jobsite-apprentice-texting-mo-010', `5/5 Keisha came to the office after work. 25 min. pre-app wk 6 of 10, passed NCCER core module 4, OSHA 10 done. wants to apply to Local 1 inside wireman in June. cont pre-app, help w/ application per IEP.`, 'I', 'P', true, []),
  note(MO, 'f17-jobsite-apprentice-texting-mo-011', `5/19 TC Keisha, her # going straight to vm "the subscriber is not available". lm`, 'T', 'P', false, [UA]),
  // The site lead met by chance: "doing fine" is no progress.
  note(MO, 'f17-jobsite-apprentice-texting-mo-012', `5/20 ran into Keisha's site lead (Dom) at the supply house, he said shes doing fine.`, 'I', 'V', false, [TP, PM, JM]),
  note(MO, 'f17-jobsite-apprentice-texting-mo-013', `5/26 keisha txt'd pic of her OSHA 10 card + "applied to local 1 today!!" i txt'd back "proud of u, interview prep thurs?" she said yes. cont per IEP`, 'E', 'P', true, []),
  note(MO, 'f17-jobsite-apprentice-texting-mo-014', `5/28 keisha no show for interview prep @ 4. called no answer.`, 'T', 'P', false, [UA]),
  note(MO, 'f17-jobsite-apprentice-texting-mo-015', `5/29 keisha called, her ride fell thru. did interview prep over the phone 30 min — mock questions, shes ready. aptitude test 6/8. cont pre-app per IEP.`, 'T', 'P', true, []),
  // Her mother's news: she took the test and "thinks it went ok".
  note(MO, 'f17-jobsite-apprentice-texting-mo-016', `6/9 keisha's mom called, said keisha took the aptitude test yesterday and thinks it went ok`, 'T', 'A', false, [TP, JM]),
  note(MO, 'f17-jobsite-apprentice-texting-mo-017', `6/15 tc w/ keisha, all good`, 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'f17-jobsite-apprentice-texting-mo-018', `6/22 mailed keisha the Local 1 interview info packet + bus pass.`, 'L', 'P', false, [RP]),
  note(MO, 'f17-jobsite-apprentice-texting-mo-019', `6/30 called keisha NA. 7/1 she txt'd back "sorry was at work, interview w/ local 1 is 7/14, i got 88 on the aptitude". 7/2 called her, talked 10 min abt what to wear, what to bring. cont per IEP til she's indentured.`, 'T', 'P', true, []),
  note(MO, 'f17-jobsite-apprentice-texting-mo-020', `7/15 met keisha at the Local 1 hall right after her interview, we sat in my truck in the lot and talked 20 min. said the panel asked about her OSHA 10 and why electrical, she thinks she did good. ranked list comes out in 2 wks. meanwhile she's still on the Clayco site w/ the pre-app, 9 of 10 wks done, graduation 7/24. she needs $ for the $150 union initiation if selected. told her we can cover under supportive svcs. cont pre-app thru graduation and help w/ indenture per IEP. will check back 7/29.`, 'I', 'P', true, []),

  note(MN, 'f17-jobsite-apprentice-texting-mn-001', `1/12 jobsite visit Mortenson job downtown Mpls (stadium village). talked w/ Tou (apprentice carpenter, yr 1) at break in the heated tent 15 min. 520 hrs, got his first raise, night class at the Carpenters Training Center Tues/Thurs going ok, B on the framing test. ISS reviewed.`, 'I', 'P', true, []),
  note(MN, 'f17-jobsite-apprentice-texting-mn-002', `1/26 txt Tou re: monthly checkin. left on read.`, 'E', 'P', false, [RP]),
  note(MN, 'f17-jobsite-apprentice-texting-mn-003', `2/2 called Tou, NA, vm full`, 'T', 'P', false, [UA]),
  // The foreman gives hours; the apprentice was out of reach on the fifth floor.
  note(MN, 'f17-jobsite-apprentice-texting-mn-004', `2/3 talked to Tou's foreman at Mortenson (Jake) on site: he's there every day, 610 hrs, moving to the concrete crew. Tou was up on the 5th floor, couldnt get to him.`, 'I', 'V', false, []),
  note(MN, 'f17-jobsite-apprentice-texting-mn-005', `2/9 Tou txt'd me back finally "sorry phone broke. concrete crew is cold but good. 640 hrs. class test fri". record + ISS reviewed`, 'E', 'P', true, []),
  note(MN, 'f17-jobsite-apprentice-texting-mn-006', `3/4 facetime w/ Tou from his truck 10 min, passed the concrete forms test 85. carpenters center wants him to take the welding elective. ISS updated w/ elective`, 'T', 'P', true, []),
  // The super's news of the layoff; Tou was not there.
  note(MN, 'f17-jobsite-apprentice-texting-mn-007', `3/30 site visit Mortenson, Tou laid off 3/27 per the super, job wrapping up. didnt see Tou.`, 'I', 'V', false, []),
  note(MN, 'f17-jobsite-apprentice-texting-mn-008', `3/31 called Tou 4pm, 12 min. laid off when Mortenson job ended, on the out-of-work list at the hall, should be dispatched in 1-2 wks. applied UI. still going to night class. ISS updated, WF1 activity stays apprenticeship.`, 'T', 'P', true, []),
  note(MN, 'f17-jobsite-apprentice-texting-mn-009', `4/14 txt Tou "any dispatch yet?" no response`, 'E', 'P', false, [RP]),
  note(MN, 'f17-jobsite-apprentice-texting-mn-010', `4/15 Tou called back, dispatched to Kraus-Anderson job in Rochester starting 4/20, carpooling w/ 2 other apprentices. 700 hrs. record reviewed, gas card approved.`, 'T', 'P', true, []),
  // Under the welding hood the whole visit; the instructor reports.
  note(MN, 'f17-jobsite-apprentice-texting-mn-011', `5/6 Amira (pre-app, Duluth). class visit at the Duluth building trades training center. she was at the welding booth and had her hood down the whole time, instructor said she passed her 3G bend test Mon and hasnt missed a day. didnt talk to her.`, 'I', 'V', false, []),
  note(MN, 'f17-jobsite-apprentice-texting-mn-012', `5/7 called Amira after class 6pm, talked 20 min. passed 3G bend test, 4 wks left of 8. wants ironworkers or boilermakers. ISS updated w/ apprenticeship goal, record reviewed`, 'T', 'P', true, []),
  note(MN, 'f17-jobsite-apprentice-texting-mn-013', `5/21 Amira no-show for the boilermakers info session i set up w/ Local 647. called her twice after, NA`, 'T', 'P', false, [UA]),
  // Her e-mail explains the missed session: a written exchange, nothing on the pre-apprenticeship itself.
  note(MN, 'f17-jobsite-apprentice-texting-mn-014', `5/22 amira emailed: "I'm so sorry, my daughter's daycare closed and I couldn't leave her. Can I go to the June one?" replied yes, signed her up for 6/11.`, 'E', 'P', true, [PM]),
  note(MN, 'f17-jobsite-apprentice-texting-mn-015', `6/11 saw amira at the boilermakers info session, she sat up front. just a quick hi at the door, she had to run to pick up her daughter`, 'I', 'P', false, []),
  note(MN, 'f17-jobsite-apprentice-texting-mn-016', `6/12 TC amira 15 min: graduated pre-app 6/5 (cert in file). applied Local 647 boilermakers 6/11, test 6/25. working PT at Menards til then. ISS + WF1 activities updated: pre-app closed, job search open.`, 'T', 'P', true, []),
  note(MN, 'f17-jobsite-apprentice-texting-mn-017', `6/26 amira's sister answered amira's phone, said amira at the test. call back later.`, 'T', 'P', false, [UA]),
  note(MN, 'f17-jobsite-apprentice-texting-mn-018', `6/29 text from Amira: "passed the boilermaker test!!! interview 7/9" — texted back congrats, want to meet before the 9th?`, 'E', 'P', true, []),
  note(MN, 'f17-jobsite-apprentice-texting-mn-019', `7/6 mock interview w/ amira planned 7/8 3pm at WFC.`, '-', '-', false, [CT]),
  note(MN, 'f17-jobsite-apprentice-texting-mn-020', `on site at Kraus-Anderson Rochester, talked w Tou in the gang box area 10 min. 880 hrs, yr 2 raise comes at 1000. night class done for semester, A-. ISS reviewed.`, 'I', 'P', true, [DM], { noDateField: true }),
];
