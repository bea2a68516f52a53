/**
 * A Vietnamese-first job developer who places participants in nail salons and food plants (fresh split, batch 14:
 * new voices, scored and listed but not floored yet). The voice: English with Vietnamese grammar (no tense marking,
 * "finish already", "is come", topic first), Vietnamese kinship titles as names ("chị Lan", "anh Hùng", "em Vy",
 * "cô Bích", "chú Sáu"), Vietnamese phrases with her own translation, Zalo messages and Zalo calls, plant HR and salon
 * owners, in Kansas City, St. Louis (South Grand), Springfield, Noel and Monett (Missouri) and Worthington, Willmar,
 * St. Paul and Brooklyn Park (Minnesota). Sources of realism: bilingual staff hired for the nail-school ITAs and the
 * poultry and pork plants' OJTs, who write the note as they speak it and paste the participant's own words.
 * How I read the policy for the hard cases: a title is the person - "anh Hùng answer on Zalo" is the participant
 * writing back. A Zalo message with one check mark, a letter, or a forward of the plant's interview notice is one-way;
 * a Zalo call that happened is a telephone contact, one that dropped at "alo alo" is not. "Call later, I am in class"
 * is an attempt. A husband, wife, son, sister or cousin speaking for them is an alternate; a refugee office or plant
 * HR is "other". In Missouri a salon owner or OJT supervisor giving hours, skills and why it goes on, when the
 * participant is off or unreachable, counts; in Minnesota the provider's word is recorded, never the monthly contact.
 * A reply the participant dictated to a daughter who typed it is still the participant's reply.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, PII, note, type LabelledNote } from '../types';

export const STYLE = 'f14-vietnamese-job-developer';

export const NOTES: LabelledNote[] = [
  note(MO, 'f14-vietnamese-job-developer-mo-001', `10/27/2026 Kansas City. I meet chị Lan (Lan N.) at the Northeast KC job center, 30 min, in Vietnamese. She finish 300 of 400 hours at the nail school on Independence Ave already, theory test practice 82%. Her goal in IEP is the MO nail tech license then work at salon, so ITA continue. Next: I call her 11/10.`, 'I', 'P', true, []),
  note(MO, 'f14-vietnamese-job-developer-mo-002', `10/28 Call chị Lan 2 times (10am, 3pm), no one pick up. Her voicemail is in Vietnamese, I leave message.`, 'T', 'P', false, [UA]),
  // One check mark on Zalo: sent, not even delivered to her eyes.
  note(MO, 'f14-vietnamese-job-developer-mo-003', `11/03 Send Zalo message to chị Lan about the state board test date. Not seen yet (only one check mark).`, 'E', 'P', false, [RP]),
  // A title as the actor: "chị Lan reply" is the participant writing back.
  note(MO, 'f14-vietnamese-job-developer-mo-004', `11/05 Chị Lan reply on Zalo (translate): "Dạ em, chị đã thi lý thuyết rồi, đậu 78" = she already take the theory test, pass with 78. Practical exam 12/2. I answer her: ok, bring the kit list. ITA continue until practical per IEP.`, 'E', 'P', true, []),
  note(MO, 'f14-vietnamese-job-developer-mo-005', `11/12 Zalo video call with chị Lan 15 phút (min). She practice for the practical at school every day, instructor check her acrylic set, good. Still need practical 12/2 for license (IEP goal), ITA pay the exam fee. Next call after exam.`, 'T', 'P', true, []),
  // Her husband, and "studying" is no progress.
  note(MO, 'f14-vietnamese-job-developer-mo-006', `11/13 Anh Minh (chị Lan husband) call me ask if ITA pay for her kit. I say yes. He say she is "học bài" (studying). I not talk to chị Lan.`, 'T', 'A', false, [TP, PM, JM]),
  // Missouri provider in person while the participant was off: hours, skill, and why the WEX goes on.
  note(MO, 'f14-vietnamese-job-developer-mo-007', `11/09 Springfield. Visit Perfect Nails on Glenstone, owner cô Hoa. Tuấn (Tuan P.) do his work experience there 20 hr/week; Tuấn was off today. Cô Hoa show me his timesheet: 78 of 80 hours Oct, she say his pedicure now fast, customers ask for him. WEX continue 2 more months per IEP, he need the hours for the apprentice license.`, 'I', 'V', true, []),
  // The cousin's hearsay about "the job lady" was not me; my own call found the phone off.
  note(MO, 'f14-vietnamese-job-developer-mo-008', `11/10 Tuấn cousin say Tuấn already "talk to the job lady" this week. Not me. I call Tuấn, phone off.`, 'T', 'P', false, [UA]),
  note(MO, 'f14-vietnamese-job-developer-mo-009', `11/16 Tuấn call me back from the salon phone on his lunch. Talk 10 min. He say hours 22 this week, learn gel-X, cô Hoa let him do customers alone now. WEX continue per IEP until 600 hrs for the apprentice. Next: visit salon 12/7.`, 'T', 'P', true, []),
  // The OJT supervisor stood near; Khánh told his own progress.
  note(MO, 'f14-vietnamese-job-developer-mo-010', `11/02 Noel, Tyson plant. Khánh (Khanh V.) start the OJT on 2nd shift deboning 10/26. I go to the plant and meet Khánh in the break room 15 min, the OJT supervisor Mr. Delgado near us. Khánh say hands hurt first week, now ok, 40 hrs each week, no absence. Supervisor agree. OJT contract 8 weeks, he is week 2, continue per IEP. Next: 11/30.`, 'I', 'P', true, []),
  note(MO, 'f14-vietnamese-job-developer-mo-011', `11/16 I wait at the Tyson gate 2:15 for Khánh before his shift like we agree. He not come out. Security say can not call inside.`, 'I', 'P', false, [UA]),
  note(MO, 'f14-vietnamese-job-developer-mo-012', `11/17 Khánh phone not working. I call Mr. Delgado (OJT supervisor) instead: Khánh 120 of 120 scheduled hours in the OJT so far, yield on the deboning line 92%, pass the knife safety check. OJT continue to week 8, it is his IEP training.`, 'T', 'V', true, []),
  note(MO, 'f14-vietnamese-job-developer-mo-013', `11/18 Call from Catholic Charities refugee office (Ms. Pham) ask Khánh work schedule for his ESL class. I tell her 2nd shift. No contact with Khánh.`, 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'f14-vietnamese-job-developer-mo-014', `11/20 Khánh phone still off. I mail letter in Vietnamese and English to his apartment in Monett, ask him call me.`, 'L', 'P', false, [RP]),
  // He brought the answered letter and talked with me at the counter: in person.
  note(MO, 'f14-vietnamese-job-developer-mo-015', `11/30 Anh Khánh answer my letter - he write on the back and bring it to the office, give to me himself. New phone 417-555-0193, OJT week 6, "everything ok, 40 giờ". I talk with him 5 min at the counter too: he want stay on deboning after the OJT. OJT continue per IEP.`, 'I', 'P', true, []),
  // Paper left at the front desk, then my call unanswered: no contact.
  note(MO, 'f14-vietnamese-job-developer-mo-016', `11/05 St. Louis, South Grand. Chị Thu (Thu T.) is come to office but I am at the Tyson site. She leave her nail school attendance paper with Kim at the front. I call her later, no answer.`, 'T', 'P', false, [UA]),
  note(MO, 'f14-vietnamese-job-developer-mo-017', `11/06 Nói chuyện với chị Thu qua điện thoại (talk with chị Thu on phone). OK.`, 'T', 'P', true, [PM, JM, NS]),
  // Her daughter interpreted a few words; the progress is chị Thu's own.
  note(MO, 'f14-vietnamese-job-developer-mo-018', `11/12 Chị Thu and her daughter (15 yr, interpret some English words) come to office. Chị Thu tell me she finish 200 hours at the nail school, miss 1 day for sick, theory book chapter 1-6 done. She still need the license, IEP goal, ITA continue. Next 12/10.`, 'I', 'P', true, []),
  note(MO, 'f14-vietnamese-job-developer-mo-019', `11/19 Zalo call from chị Thu, I answer but only "alo alo" then it drop, nothing. I call back on Zalo, not answer.`, 'T', 'P', false, [UA]),
  note(MO, 'f14-vietnamese-job-developer-mo-020', `11/20 Copy from school enrollment form for the file: Thu T., SSN 498-55-2310, start 10/1/26.`, '-', '-', false, [CT, NS, PII]),
  // The office closed; the text telling her is one-way and no meeting happened.
  note(MO, 'f14-vietnamese-job-developer-mo-021', `11/24 I cancel our appointment today because the office close early (water pipe). Text chị Thu to tell her, no answer yet. No meeting.`, 'E', 'P', false, [RP]),
  // "ghé qua" (stopped by) is an in-person visit.
  note(MO, 'f14-vietnamese-job-developer-mo-022', `12/01 Chị Lan ghé qua (stop by) after her practical exam. She pass! License come in mail 2-3 weeks. Now ITA finish; IEP next step is job placement at salon, I give her 3 salon openings in Overland Park + KC north. Follow up 12/15.`, 'I', 'P', true, []),

  note(MN, 'f14-vietnamese-job-developer-mn-001', `10/05/2026 Worthington. Meet anh Hùng (Hung L.) at the Nobles County workforce office, 25 min, Vietnamese. He is week 3 of the forklift + sanitation training at Minnesota West, attendance 9/9 days, forklift written test pass 88. WF1 activity match ISS. Next 11/2.`, 'I', 'P', true, []),
  note(MN, 'f14-vietnamese-job-developer-mn-002', `10/06 Call anh Hùng about the JBS interview, line busy 3 times (9:05, 9:20, 10:00).`, 'T', 'P', false, [UA]),
  // HR's notice forwarded on Zalo: one-way to him.
  note(MN, 'f14-vietnamese-job-developer-mn-003', `10/14 JBS HR (Ms. Ortega) email me: anh Hùng interview 10/20 at 7am, bring ID. I forward to him on Zalo.`, 'E', 'P', false, [RP]),
  note(MN, 'f14-vietnamese-job-developer-mn-004', `10/15 Anh Hùng trả lời trên Zalo (answer on Zalo): "ok em, anh sẽ đi, cảm ơn" (ok, I will go, thank you) and he say class finish Friday, he get the forklift card. I reply good luck.`, 'E', 'P', true, []),
  note(MN, 'f14-vietnamese-job-developer-mn-005', `10/23 Minnesota West instructor Mr. Boe call me: anh Hùng complete the forklift + sanitation course 10/16, 100% attendance, certificate issue. Copy in file.`, 'T', 'V', false, []),
  note(MN, 'f14-vietnamese-job-developer-mn-006', `10/27 Anh Hùng call me. He start JBS 10/26, 2nd shift trim line, 40 hrs, $21.50. Hands tired but ok. Update WF1: employed, keep retention follow-up per ISS. Next 11/23.`, 'T', 'P', true, []),
  // His wife's own errand; her remark about overtime is not his contact.
  note(MN, 'f14-vietnamese-job-developer-mn-007', `11/10 Chị Mai (anh Hùng wife) come to office to ask about English class for herself. She say anh Hùng working a lot of overtime.`, 'I', 'A', false, [TP, PM]),
  note(MN, 'f14-vietnamese-job-developer-mn-008', `10/08 St. Paul, University Ave. Em Vy (Vy H., 19) no show for 2pm appointment for the nail school enrollment. Her mom call 3pm say Vy sick.`, 'I', 'P', false, [UA]),
  // A real written exchange, but about paperwork: nothing on progress.
  note(MN, 'f14-vietnamese-job-developer-mn-009', `10/12 Text with em Vy:
Me: Vy oi, can we meet Wed 2pm for the nail school paper?
Vy: dạ ok chị. I feel better now
Me: ok bring your ID + diploma
Vy: yes chị, I find my diploma already`, 'E', 'P', true, [PM]),
  note(MN, 'f14-vietnamese-job-developer-mn-010', `10/14 Em Vy come Wed 2pm with her older sister. Enroll in the nail tech program at the St. Paul nail academy, start 10/19, 350 hrs. We do ISS together, goal: MN nail tech license. Next: call after week 2.`, 'I', 'P', true, []),
  // Her sister's text relays Vy's claim of a call that never happened.
  note(MN, 'f14-vietnamese-job-developer-mn-011', `11/02 Vy sister text me: "Vy say she already call you last week?" I tell her no, last contact 10/14. Ask Vy call me.`, 'E', 'A', false, [TP, PM]),
  note(MN, 'f14-vietnamese-job-developer-mn-012', `11/03 Gọi em Vy, không bắt máy (call Vy, no answer). Voicemail not set up.`, 'T', 'P', false, [UA]),
  // She picked up only to whisper "call later".
  note(MN, 'f14-vietnamese-job-developer-mn-013', `11/04 Vy answer phone but she is in class, whisper "chị ơi em đang học, gọi lại sau" (I am in class, call later). Ok.`, 'T', 'P', false, [UA]),
  note(MN, 'f14-vietnamese-job-developer-mn-014', `11/04 evening 6:30 call Vy back, 15 min. 64 of 350 hrs done, she pass the sanitation quiz 90, teacher say her manicure is neat (she tell me). ISS same. Next 12/2.`, 'T', 'P', true, []),
  // The OJT lead sat with us; chú Sáu spoke for himself.
  note(MN, 'f14-vietnamese-job-developer-mn-015', `11/09 Willmar, Jennie-O OJT. Visit the plant, meet chú Sáu (Sau D., 58) in the cafeteria with the OJT lead Ms. Larson. Chú Sáu say he learning the packaging machine, 38-40 hrs/week, no missed shift. Ms. Larson show his skills checklist 6 of 10 done. Next: 12/7.`, 'I', 'P', true, []),
  // Title as the actor, on his son's phone.
  note(MN, 'f14-vietnamese-job-developer-mn-016', `11/23 Chú Sáu call me from his son phone. He finish 9 of 10 on the checklist, only the changeover left. 40 hrs. Next 12/7.`, 'T', 'P', true, []),
  note(MN, 'f14-vietnamese-job-developer-mn-017', `11/30 Chú Sáu son call to ask for his dad paycheck stub for the housing application. I tell him it's from Jennie-O HR, not us.`, 'T', 'A', false, [TP, PM]),
  note(MN, 'f14-vietnamese-job-developer-mn-018', `11/05 Brooklyn Park. Mail monthly letter (Vietnamese + English) to cô Bích (Bich T.), she no phone since October.`, 'L', 'P', false, [RP]),
  note(MN, 'f14-vietnamese-job-developer-mn-019', `11/19 Cô Bích letter come back, "moved, left no address".`, 'L', 'P', false, [UA]),
  // Her daughter typed it, she wrote it: the participant's own reply.
  note(MN, 'f14-vietnamese-job-developer-mn-020', `11/24 Email from cô Bích daughter's email, but cô Bích write it herself in Vietnamese (daughter typed): she move to her daughter house in Brooklyn Center, still go to the Hennepin Tech medical assistant class, 2 quizzes this month 85 and 90. I reply with the new address form.`, 'E', 'P', true, []),
  // This screen has no date field, but the note gives the date.
  note(MN, 'f14-vietnamese-job-developer-mn-021', `Met cô Bích at Hennepin Tech, Brooklyn Park campus, after class 20 min; she on week 9 of 16 of the MA program, all classes attended in November. Date of visit: 12/01/2026.`, 'I', 'P', true, [], { noDateField: true }),
];
