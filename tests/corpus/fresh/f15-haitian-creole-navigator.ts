/**
 * A navigator whose first language is Haitian Creole, serving packing-plant workers and their families (fresh split,
 * batch 15: new voices, scored and listed but not floored yet). The voice: English learned as an adult after French
 * schooling, so "li" habits show — "he" for a woman now and then, "I call him for see", present tense for the past
 * ("she tell me"), "pale" for talked, "rele" for called, "mesi" and "Madanm" kept, French dates slipping in (03/11 for
 * 3 November is written out as "3 Nov"), the plant's shift names (A-shift, kill floor, second shift). Offices and
 * plants in Milan, Noel, Marshall, Monett and Carthage (Missouri) and Worthington, Willmar, Austin, Faribault and
 * St. James (Minnesota). Sources of realism: plant towns where a Haitian community grew after 2010 and 2021, job
 * centers that hired a bilingual navigator for them, and participants who work second shift while they train.
 * How I read the policy for the hard cases: "I rele him" with no answer, "the phone ring ring" and "voice mail" are
 * attempts; "he tell me by WhatsApp" is a written reply (e-mail kind); a cousin, a pastor or the plant's HR who
 * speaks for the participant is someone else unless, in Missouri, it is the training provider with grades and
 * "continue". A note that says she "will come Tuesday" is a plan, not a contact. A home visit where nobody opens the door is an
 * attempt. An alien registration number typed into a note is identifying information, like a Social Security number.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'f15-haitian-creole-navigator';

export const NOTES: LabelledNote[] = [
  note(MO, 'f15-haitian-creole-navigator-mo-001', `10/05/2026 Milan office. I meet with Jean-Robert Pierre in person, 30 minute. He finish week 4 of industrial maintenance at NCMC, he have 100% attendance and pass the electrical safety test 88. He work second shift at the plant still. ITA continue because it is his IEP goal (maintenance tech). Next meeting 2 Nov.`, 'I', 'P', true, []),
  note(MO, 'f15-haitian-creole-navigator-mo-002', `10/19/26 I rele Jean-Robert 2 time, the phone ring ring, no voice mail. I will try tomorrow after his shift.`, 'T', 'P', false, [UA]),
  // A WhatsApp reply is written: e-mail kind, and it answers the navigator's message.
  note(MO, 'f15-haitian-creole-navigator-mo-003', `10/20/26 I send WhatsApp to Jean-Robert. He answer me same night: "mesi, I pass the motor control quiz 90, I miss one class for overtime". I tell him ok, keep the ITA going, don't take more overtime on class day. ITA continue per IEP.`, 'E', 'P', true, []),
  // His cousin speaks for him as family (an alternate, like the other relatives here); nothing he says is about the training.
  note(MO, 'f15-haitian-creole-navigator-mo-004', `10/28/26 Cousin of Jean-Robert (Wilner) come to office, he say Jean-Robert is sick this week. I did not pale with Jean-Robert.`, 'I', 'A', false, [TP, PM, JM]),
  note(MO, 'f15-haitian-creole-navigator-mo-005', `11/02/26 Phone with Jean-Robert 12 min. He is better, back in class, week 7, PLC module start. Attendance 95%. ITA continue, still good for his IEP. Next 30 Nov.`, 'T', 'P', true, []),
  note(MO, 'f15-haitian-creole-navigator-mo-006', `10/07/26 Noel. Madanm Marie-Ange Joseph come for her appointment with me 9am. 40 min with interpreter for her husband no need, she speak for herself. ESL level 3 at Crowder Neosho, attendance 22 of 24, teacher say she go to level 4 in January. She want CNA after. Continue ESL per IEP, plan CNA in spring.`, 'I', 'P', true, []),
  // She came, but for her husband's appointment; the navigator talked with him.
  note(MO, 'f15-haitian-creole-navigator-mo-007', `10/21/26 Marie-Ange come to office with her husband Frantz for HIS intake. I do intake with Frantz only. She wait in the car with the baby.`, 'I', 'O', false, [TP, PM, JM]),
  note(MO, 'f15-haitian-creole-navigator-mo-008', `11/04/26 I text Marie-Ange about the monthly contact. Message show "seen". She don't answer.`, 'E', 'P', false, [RP]),
  // The ESL teacher, with attendance and a recommendation, while Marie-Ange did not answer.
  note(MO, 'f15-haitian-creole-navigator-mo-009', `11/06/26 Marie-Ange not answering. I call her ESL teacher Mrs. Kline at Crowder: attendance 26 of 28, she pass level 3 test 81, teacher recommend continue to level 4. Training continue per IEP.`, 'T', 'V', true, []),
  note(MO, 'f15-haitian-creole-navigator-mo-010', `10/12/26 Marshall. Kervens Augustin call me from the plant break room, 10 min. CDL class at State Fair CC, he have permit now, range practice 18 hours of 40. He take vacation days for class. ITA continue for CDL-A per IEP.`, 'T', 'P', true, []),
  // He picked up and said "not now".
  note(MO, 'f15-haitian-creole-navigator-mo-011', `10/26/26 I rele Kervens, he answer but say "I am on the line, call me Friday". We don't pale about nothing.`, 'T', 'P', false, [UA]),
  note(MO, 'f15-haitian-creole-navigator-mo-012', `10/30/26 Friday. Kervens and me on phone 15 min. Range 32 of 40, road test 11/14. No absent. ITA continue per IEP.`, 'T', 'P', true, []),
  note(MO, 'f15-haitian-creole-navigator-mo-013', `11/16/26 Kervens will come Tuesday to bring CDL license copy.`, '-', '-', false, [CT, NS]),
  note(MO, 'f15-haitian-creole-navigator-mo-014', `10/09/26 Monett. Letter send to Guerline Alexis, her phone is disconnect. I ask her to call or write back.`, 'L', 'P', false, [RP]),
  note(MO, 'f15-haitian-creole-navigator-mo-015', `10/23/26 Guerline write back on the paper I send, she put it in the drop box: "I am in phlebotomy at Crowder Cassville, I do 35 stick, I have new phone 417-555-0119". I call the new phone, no answer. Training continue per IEP.`, 'L', 'P', true, []),
  // The pastor knows she goes to class; a pastor is not her alternate contact with knowledge of her grades.
  note(MO, 'f15-haitian-creole-navigator-mo-016', `11/08/26 Pastor Celestin from the Haitian church call me, he say Guerline go to class every day and she is happy. He don't know her grade.`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'f15-haitian-creole-navigator-mo-017', `11/10/26 Guerline visit office 20 min, her friend come with her. 62 sticks done of 100, exam in December, no absent. Training continue per IEP.`, 'I', 'P', true, []),
  // A home visit where nobody opened the door.
  note(MO, 'f15-haitian-creole-navigator-mo-018', `11/12/26 Carthage. I go to Nadège apartment for home visit 4pm like we plan, nobody open the door. I leave my card.`, 'I', 'P', false, [UA]),
  // An alien registration number is personal identifying information like an SSN.
  note(MO, 'f15-haitian-creole-navigator-mo-019', `11/13/26 In person with Nadège 25 min after her A-shift. Forklift + warehouse cert at Carthage Tech: 3 of 4 week done, she pass the forklift driving test. ITA continue for warehouse lead goal (IEP). Her A-number A-123-555-789 on file.`, 'I', 'P', true, [PII]),
  note(MO, 'f15-haitian-creole-navigator-mo-020', `11/20/26 Nadège pale with me.`, '-', 'P', false, [CT, PM, JM, NS]),
  note(MO, 'f15-haitian-creole-navigator-mo-021', `11/24/26 Call Nadège 417-555-0162, it go to voice mail, I leave message in Creole.`, 'T', 'P', false, [UA]),

  note(MN, 'f15-haitian-creole-navigator-mn-001', `10/06/2026 Worthington. I meet Fabienne Louis at CareerForce 35 min. Minnesota West CNA: she finish classroom, clinical at Sanford start 10/20, quiz average 86. She still work JBS second shift weekends. ISS review, no change.`, 'I', 'P', true, []),
  note(MN, 'f15-haitian-creole-navigator-mn-002', `10/20/26 I rele Fabienne 2 time, no answer. Text also, not deliver.`, 'T', 'P', false, [UA]),
  note(MN, 'f15-haitian-creole-navigator-mn-003', `10/22/26 Fabienne call me back on lunch break 8 min. Clinical going good, 16 of 40 hours, nurse say she is careful. State test after Thanksgiving.`, 'T', 'P', true, []),
  note(MN, 'f15-haitian-creole-navigator-mn-004', `10/29/26 Minnesota West instructor email me: Fabienne clinical 24/40 hr, no absence, skills checklist 14 of 22. Filed.`, 'E', 'V', false, []),
  // Her daughter answered; "she is at work" tells nothing of her training.
  note(MN, 'f15-haitian-creole-navigator-mn-005', `11/05/26 Call Fabienne, her daughter answer, say manman at work. I ask to tell her call me.`, 'T', 'A', false, [TP, PM]),
  note(MN, 'f15-haitian-creole-navigator-mn-006', `11/09/26 Willmar. Jocelyn Etienne and me meet at the library 20 min, his wife is there too. Ridgewater welding week 9 of 16, he pass 2G, 1 absence (snow). ISS goal still welding, ok.`, 'I', 'P', true, []),
  note(MN, 'f15-haitian-creole-navigator-mn-007', `11/10/26 Jocelyn wife Rose-Marie ask me about childcare for HER class. I help her with the form. Not Jocelyn contact.`, 'I', 'O', false, [TP, PM]),
  note(MN, 'f15-haitian-creole-navigator-mn-008', `11/16/26 Jocelyn no show for 2pm meeting at CareerForce. I wait 30 min.`, 'I', 'P', false, [UA]),
  // "He tell me" by voice message — a one-way voicemail, no talk back.
  note(MN, 'f15-haitian-creole-navigator-mn-009', `11/17/26 Jocelyn leave me voice message: he was at the plant, overtime. I rele back, no answer.`, 'T', 'P', false, [UA]),
  note(MN, 'f15-haitian-creole-navigator-mn-010', `11/18/26 Jocelyn and me pale on phone 10 min finally. 3G test next week, attendance good. Continue per ISS.`, 'T', 'P', true, []),
  // "Mailbox full" means the e-mail never reached her: a bounce, like a letter come back.
  note(MN, 'f15-haitian-creole-navigator-mn-011', `10/08/26 Austin. Email to Widlyne Noël for monthly contact. Auto answer: "this mailbox is full".`, 'E', 'P', false, [UA]),
  note(MN, 'f15-haitian-creole-navigator-mn-012', `10/13/26 Widlyne answer my email from her school account: Riverland accounting, 2 class, grades B and A-, she switch to day shift at QPP. I write back congratulation and next contact in November.`, 'E', 'P', true, []),
  note(MN, 'f15-haitian-creole-navigator-mn-013', `11/10/26 Video call on WhatsApp with Widlyne 15 min, camera on. Midterm accounting 84, payroll class 91. ISS reviewed.`, 'T', 'P', true, []),
  // Plant HR about her schedule, not with her.
  note(MN, 'f15-haitian-creole-navigator-mn-014', `11/12/26 QPP HR call to ask if Widlyne can do class on Tuesday, I say ask her. No talk with Widlyne.`, 'T', 'O', false, [TP, PM]),
  note(MN, 'f15-haitian-creole-navigator-mn-015', `10/14/26 Faribault. Mail letter to Emmanuel Desir with return envelope, for monthly contact.`, 'L', 'P', false, [RP]),
  note(MN, 'f15-haitian-creole-navigator-mn-016', `10/30/26 Letter for Emmanuel come back, "not deliverable as addressed".`, 'L', 'P', false, [UA]),
  note(MN, 'f15-haitian-creole-navigator-mn-017', `11/03/26 Emmanuel walk in, 25 min with me. He move to St. James. South Central maintenance tech, 5 of 8 course done, GPA 3.1. New address updated. ISS ok.`, 'I', 'P', true, []),
  // The call rang through and dropped with no words.
  note(MN, 'f15-haitian-creole-navigator-mn-018', `11/20/26 St. James. Emmanuel call me, I say allo, the line cut. I call back, voice mail.`, 'T', 'P', false, [UA]),
  note(MN, 'f15-haitian-creole-navigator-mn-019', `11/21/26 Phone Emmanuel 6 min. OK.`, 'T', 'P', true, [PM, NS]),
  note(MN, 'f15-haitian-creole-navigator-mn-020', `Met Emmanuel in person 20 min at the St. James library. 6 of 8 course done, final in December.`, 'I', 'P', true, [DM], { noDateField: true }),
  // A full SSN written for the Pell form during a real call.
  note(MN, 'f15-haitian-creole-navigator-mn-021', `11/24/26 Phone with Fabienne 12 min. She pass CNA state test written part, skills 12/10. For FAFSA she give me SSN 477-55-3018, I put on the form. ISS update: job search at Sanford.`, 'T', 'P', true, [PII]),
];
