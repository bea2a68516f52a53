/**
 * A Cambodian-American navigator who grew up in a meatpacking town and now carries a caseload of plant workers and
 * their families (fresh split: new voices, scored and listed but not floored yet). The voice: English written the way
 * Khmer is spoken — no articles, no tense endings, time told by a word ("already", "yesterday"), "bong" and "Om" in
 * quoted texts, plant words (B-shift, debone, trim line, kill floor, sanitation), calls made in Khmer after a night
 * shift, relatives who answer the phone or help with the English paper. Offices and plants in Noel, Monett, Joplin and
 * Neosho (Missouri) and Worthington, Austin and Windom (Minnesota). Sources of realism: navigators hired by workforce
 * boards and resettlement agencies from the Khmer communities around the packing plants, who write notes the same day
 * in the language they have for it.
 * How I read the policy for the hard cases: a call where a daughter helps with English but the participant himself
 * talks is a contact with him; a wife or son who answers and takes a message is an attempt to reach him. Meeting him at
 * the temple or the market and only saying hello is no contact. A letter he wrote back on counts; one nobody answered
 * waits. The ESL teacher in Missouri counts only with attendance, tests and a reason to continue; in Minnesota a
 * teacher or a relative is recorded and never replaces the month's contact with the participant.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, DM, note, type LabelledNote } from '../types';

export const STYLE = 'f17-khmer-meatpacking-navigator';

export const NOTES: LabelledNote[] = [
  note(MO, 'f17-khmer-meatpacking-navigator-mo-001', `3/4/26 I call Mr. Sokha cell 7:40am after his shift. He answer, we talk 15 min in Khmer. He finish week 3 of ESL class at Crowder Neosho, teacher say his reading go up. Still work B-shift Tyson Noel debone. He want continue class for get CDL permit later, so services continue per IEP.`, 'T', 'P', true, []),
  note(MO, 'f17-khmer-meatpacking-navigator-mo-002', `3/11/26 call Mr. Sokha 2 time, no answer. Phone ring and ring, voicemail not set up.`, 'T', 'P', false, [UA]),
  // His wife answers and takes the message: an attempt to reach him.
  note(MO, 'f17-khmer-meatpacking-navigator-mo-003', `3/12/26 Mr. Sokha wife Srey answer the phone, she say he sleep after night shift. I tell her please he call me back.`, 'T', 'P', false, [UA]),
  note(MO, 'f17-khmer-meatpacking-navigator-mo-004', `3/13/26 Mr. Sokha call me back on office phone 2:10pm. Talk about ESL, he miss 2 class because overtime, teacher give homework packet. He pass unit 4 quiz 80%. We agree he need keep going so he can read forklift test. Continue ESL per IEP, next call April.`, 'T', 'P', true, []),
  note(MO, 'f17-khmer-meatpacking-navigator-mo-005', `4/1/26 Mail letter in Khmer and English to Ms. Chanthy at Monett address, ask her call me about CNA class. No answer yet.`, 'L', 'P', false, [RP]),
  // She wrote her answer on the letter itself; her son carried it in.
  note(MO, 'f17-khmer-meatpacking-navigator-mo-006', `4/9/26 Ms. Chanthy answer my letter — she write back on same paper and her son bring it to office: "I still go CNA class at Monett every Tue Thu, pass skill check 3, clinical start May." CNA training continue per IEP, ITA already pay.`, 'L', 'P', true, []),
  // A greeting at the temple's New Year is no exchange about the case.
  note(MO, 'f17-khmer-meatpacking-navigator-mo-007', `4/12/26 See Ms. Chanthy at the wat in Springfield for Khmer New Year. Only say hello, too many people, not talk about class.`, 'I', 'P', false, []),
  note(MO, 'f17-khmer-meatpacking-navigator-mo-008', `4/20/26 Go to Tyson Noel breakroom for HR open house. Meet Mr. Sokha there on his lunch, talk 20 min face to face. He get moved from debone to trim line, pay go $18.40. ESL class still 2 night a week. He need keep ESL for CDL permit study, continue per plan.`, 'I', 'P', true, []),
  // The employer's HR, in person, with nothing on his activity and no reason to continue.
  note(MO, 'f17-khmer-meatpacking-navigator-mo-009', `4/20/26 At Tyson HR office same day, HR lady Amanda tell me Mr. Vuthy not come work since 4/14, she think maybe he go back to Cambodia for funeral. I not talk to Mr. Vuthy.`, 'I', 'V', false, [TP, JM]),
  // The daughter helps with English; he talks himself.
  note(MO, 'f17-khmer-meatpacking-navigator-mo-010', `5/5/26 Phone call with Mr. Rith, his daughter Malis do English for him but I speak Khmer with him myself too. He say welding class at Franklin Tech almost done, only 2 week left, pass 3G test. Need help for boots money. Continue services til completion per IEP.`, 'T', 'P', true, []),
  // He called while she was out and left a voicemail; her call back went unanswered.
  note(MO, 'f17-khmer-meatpacking-navigator-mo-011', `5/14/26 Mr. Rith call office when I at Monett, he leave voice message say "call me". I call back 4pm, no answer.`, 'T', 'P', false, [UA]),
  note(MO, 'f17-khmer-meatpacking-navigator-mo-012', `5/18/26 Text Mr. Rith, no reply. 5/19/26 He come to Joplin Job Center himself, we sit down 30 min. He finish welding class 5/15, get certificate. Apply 3 welding job (Leggett, Able Mfg, Tamko). Keep him in services for job search, next meeting 6/2.`, 'I', 'P', true, []),
  note(MO, 'f17-khmer-meatpacking-navigator-mo-013', `6/3/26 Text with Ms. Sophea: me: "how is class?" her: "good bong, finish medical assistant module 5, test score 88" me: "good job, still go every day?" her: "yes, externship start 6/15". MA program Ozarks Tech continue per IEP.`, 'E', 'P', true, []),
  note(MO, 'f17-khmer-meatpacking-navigator-mo-014', `6/10/26 Text Ms. Sophea reminder for externship paperwork. Message show delivered.`, 'E', 'P', false, [RP]),
  note(MO, 'f17-khmer-meatpacking-navigator-mo-015', `6/22/26 Call Mr. Dara number on file, a Spanish man answer, he say no Dara live here, wrong number.`, 'T', 'P', false, [UA]),
  note(MO, 'f17-khmer-meatpacking-navigator-mo-016', `6/25/26 talk Mr. Dara by phone. ok.`, 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'f17-khmer-meatpacking-navigator-mo-017', `7/7/26 Mr. Dara have appointment 10am at Monett office for TABE retest, he no come. I wait 30 min.`, 'I', 'P', false, [UA]),
  // The ESL teacher while he could not be reached: attendance, a test, a recommendation.
  note(MO, 'f17-khmer-meatpacking-navigator-mo-018', `7/8/26 Call Crowder ESL teacher Mrs. Harlan about Mr. Dara because I cannot reach him 3 week. She say he come 11 of 12 class in June, pass level 2 test 7/1, move to level 3 in August. She recommend he continue. ESL stay on IEP, continue services.`, 'T', 'V', true, []),
  note(MO, 'f17-khmer-meatpacking-navigator-mo-019', `7/20/26 Call Mr. Dara home. His son answer, say dad at work second shift. I leave message with son.`, 'T', 'P', false, [UA]),
  note(MO, 'f17-khmer-meatpacking-navigator-mo-020', `8/3/26 Home visit Mr. Dara in Monett with Mr. Bun (cousin) because Mr. Dara want family hear plan. We sit at table and talk almost 1 hour, mostly Khmer, cousin help with some English paper. Mr. Dara say he stop go to ESL in July because plant change him to night shift and he so tired, he sorry he not answer phone. He still want CDL. We look at schedule together; Crowder have Saturday ESL class, he say he can go Saturday. I give him form to sign for change class. Plant pay now $17.90, he work 48 hour week. He know soft exit if no contact, I explain 90 day again. Continue ESL Saturday class per IEP goal CDL, I call him 8/17 after first Saturday class.`, 'I', 'P', true, []),

  note(MN, 'f17-khmer-meatpacking-navigator-mn-001', `02/02/26 Phone with Mrs. Kanha 20 min (Khmer). She start Minnesota West nursing assistant class in Worthington 1/26, go 4 day already, like the teacher. Still work part time JBS sanitation night. Review ISS with her, CNA still her goal.`, 'T', 'P', true, []),
  note(MN, 'f17-khmer-meatpacking-navigator-mn-002', `02/05/26 Call Mrs. Kanha, phone off. Send text in Khmer.`, 'E', 'P', false, [UA, RP]),
  note(MN, 'f17-khmer-meatpacking-navigator-mn-003', `02/06/26 Mrs. Kanha text back: "sorry bong I was in class. Test 1 I get 92. Clinical maybe March." I text her good job and remind bus card.`, 'E', 'P', true, []),
  // The husband answers and says she is fine: news from him, and an attempt to reach her.
  note(MN, 'f17-khmer-meatpacking-navigator-mn-004', `03/03/26 Call Mrs. Kanha, her husband Mr. Sam answer. He say she fine, class going ok, she at work now. I ask him tell her call me.`, 'T', 'P', false, [UA]),
  note(MN, 'f17-khmer-meatpacking-navigator-mn-005', `03/10/26 Mrs. Kanha come to WorkForce Center Worthington after class, we meet in my office 25 min. Pass CNA skills 8 of 10 so far, clinical at Sanford 3/24. Need scrubs, give voucher. Record review done, enrollment in WF1 correct.`, 'I', 'P', true, []),
  // He sat through the job club and left before they talked.
  note(MN, 'f17-khmer-meatpacking-navigator-mn-006', `04/14/26 Austin — job club at Cambodian temple, 9 people come. Mr. Ry come, sit in back, leave early before I can talk to him.`, 'I', 'P', false, []),
  note(MN, 'f17-khmer-meatpacking-navigator-mn-007', `04/16/26 Call Mr. Ry cell 10:15. Talk 10 min. He say he leave job club early because shift start 2pm at Quality Pork. He still take forklift class Saturday at Riverland, pass written test. ISS update: forklift cert then lead job.`, 'T', 'P', true, []),
  note(MN, 'f17-khmer-meatpacking-navigator-mn-008', `04/20/26 Talk on phone with Riverland forklift instructor Mr. Olson about Mr. Ry: attend 4 of 4 Saturday, pass written, driving test 5/2. I still need talk with Mr. Ry this month.`, 'T', 'V', false, []),
  // A paper left at the front desk while she was at lunch: nobody talked with him.
  note(MN, 'f17-khmer-meatpacking-navigator-mn-009', `05/04/26 Mr. Ry drop off forklift certificate copy at front desk while I at lunch. Front desk scan it to file.`, 'I', 'P', false, []),
  note(MN, 'f17-khmer-meatpacking-navigator-mn-010', `05/20/26 Letter to Mr. Ry return by post office, "moved left no address".`, 'L', 'P', false, [UA]),
  // His wife calls with news of the injury; recorded, not the month's contact with him.
  note(MN, 'f17-khmer-meatpacking-navigator-mn-011', `06/01/26 Mr. Bopha wife call me, say he in hospital for hand injury from plant, he cannot go to welding class 2 week. She not know when he come back.`, 'T', 'A', false, []),
  note(MN, 'f17-khmer-meatpacking-navigator-mn-012', `06/15/26 Visit Mr. Bopha at home in Worthington. Hand in cast. We talk 30 min, his wife there too. Doctor say 4 more week. He want go back to welding class at Minnesota West in July, teacher say ok. ISS review, put planned gap in WF1 until 7/13.`, 'I', 'P', true, []),
  note(MN, 'f17-khmer-meatpacking-navigator-mn-013', `07/06/26 Text Mr. Bopha about class start 7/13. It say Read 9:02pm. No answer.`, 'E', 'P', false, [RP]),
  note(MN, 'f17-khmer-meatpacking-navigator-mn-014', `07/14 call NA. 07/15 call, voicemail full. 07/16 go to house, nobody home, leave card.`, 'I', 'P', false, [UA]),
  note(MN, 'f17-khmer-meatpacking-navigator-mn-015', `07/17/26 Mr. Bopha call me from plant break room phone. He back in welding class since 7/13, hand ok, teacher give extra time for missed lab. Working light duty JBS. Record and ISS reviewed.`, 'T', 'P', true, []),
  // Hello at the market and "I will call you": nothing about the program.
  note(MN, 'f17-khmer-meatpacking-navigator-mn-016', `08/02/26 I see Ms. Leakhena at Asian market in Worthington, she say hi, she busy now, she will call me. No talk about program.`, 'I', 'P', false, []),
  note(MN, 'f17-khmer-meatpacking-navigator-mn-017', `08/10/26 TC Ms. Leakhena. Good.`, 'T', 'P', true, [PM, NS]),
  // "not no-show": she called before the appointment and they talked.
  note(MN, 'f17-khmer-meatpacking-navigator-mn-018', `08/24/26 Ms. Leakhena not come to WorkForce Center appointment today but she not no-show — she call me 8:30am before appointment, we talk 15 min on phone. Her baby sick. She pass ServSafe test 8/20, start cook job at Sanford cafeteria 9/1, $17.25. Update ISS to employment.`, 'T', 'P', true, []),
  note(MN, 'f17-khmer-meatpacking-navigator-mn-019', `09/08/26 Email from Minnesota West ESL teacher: Mr. Kosal miss 5 class in August, she worry. I email back ask more info.`, 'E', 'V', false, []),
  note(MN, 'f17-khmer-meatpacking-navigator-mn-020', `Mr. Kosal come office with his daughter, we talk 20 min. He say ESL hard, he miss class because overtime at JBS. We make plan: Tue Thu only. Teacher agree. ISS update.`, 'I', 'P', true, [DM], { noDateField: true }),
];
