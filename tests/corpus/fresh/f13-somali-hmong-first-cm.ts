/**
 * Somali-first and Hmong-first case managers writing in English (fresh split, batch 13: new voices, scored and
 * listed but not floored yet). The voice: staff hired from the communities they serve - Somali in Minneapolis, St.
 * Cloud and Northeast Kansas City, Hmong in St. Paul and among the Hmong poultry farmers around Cassville and Monett
 * in southwest Missouri - writing fluent but second-language English: present progressive for past ("he is tell
 * me"), dropped articles and plurals, "call me back" for returned calls, "two time"; respectful kin titles used for
 * participants and family alike (Abti = uncle, Hooyo = mother; an elder father-in-law), a few words left in Somali or
 * Hmong with the meaning beside them ("Waan gudbay" = I passed, "nyob zoo" = hello, "ua tsaug" = thank you),
 * WhatsApp video, the mosque after Friday prayer, a funeral, Hmong New Year at the fairground. Sources of realism:
 * how bilingual community staff in Minnesota and Missouri job centers write when nobody edits them.
 * How I read the policy for the hard cases: a title decides nothing - "Abti Farah (the participant)" is him, "Hooyo
 * Sahra" is his wife. A son or father-in-law who comes along leaves the contact the participant's; the father-in-law
 * calling alone is someone else. News heard at the mosque or a hello at New Year is no contact. A participant's son's
 * unanswered calls to a college, reported by the participant on a real call, do not undo that call. In Missouri the
 * CDL school director's report of range hours, tests and the reason the ITA continues counts when the participant's
 * phone is off; in Minnesota the instructor's e-mail is recorded, never the monthly contact. WhatsApp video is
 * labelled telephone; texts e-mail.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, PII, note, type LabelledNote } from '../types';

export const STYLE = 'f13-somali-hmong-first-cm';

export const NOTES: LabelledNote[] = [
  note(MO, 'f13-somali-hmong-first-cm-mo-001', `9/30/26 Mr. Abdullahi Hassan (participant, we call him Abti Abdullahi) visit the Full Employment Council office Northeast KC. He is tell me he pass the CDL permit 9/25 at the first try, start driving range at the school 10/5. IEP goal CDL-A is continue, the ITA is pay the school until 11/20. Next I call him 10/20.`, 'I', 'P', true, []),
  note(MO, 'f13-somali-hmong-first-cm-mo-002', `10/15 I try to call Abti Abdullahi two time, phone is off. I leave VM.`, 'T', 'P', false, [UA]),
  // Missouri provider while his phone is off: range hours, attendance, and why the ITA continues.
  note(MO, 'f13-somali-hmong-first-cm-mo-003', `10/20 Abti phone is still off, so I call the CDL school (Mr. Ruiz, director). He say Abdullahi have 18 of 40 range hours, pass pre-trip practice, he is never absent. He is on schedule for the test in November. Justification: continue ITA, the license is his IEP goal.`, 'T', 'V', true, []),
  // "Hooyo Sahra" is his wife; she gives nothing about his progress.
  note(MO, 'f13-somali-hmong-first-cm-mo-004', `10/22 Abti wife Hooyo Sahra call, she say "he is very busy at the school." Nothing about hours.`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'f13-somali-hmong-first-cm-mo-005', `10/27 I text Abti; he text back: "sorry my phone broke. now new phone. i pass the backing test today." I answer congratulation, next is skills test 11/18. Continue ITA.`, 'E', 'P', true, []),
  // The son translates a few words because Abti wants it; Abti is the one talking.
  note(MO, 'f13-somali-hmong-first-cm-mo-006', `11/19 Abti come to office with his son (son is translate some word, Abti want it). Abti pass CDL-A skill test 11/18!!! He have offer from a trucking company in Riverside, regional, start 12/1. IEP: employment goal, keep case for retention follow-up 90 days.`, 'I', 'P', true, []),
  note(MO, 'f13-somali-hmong-first-cm-mo-007', `11/20 mail letter to Ms. Faadumo Ali about her 90-day contact. No answer yet.`, 'L', 'P', false, [RP]),
  note(MO, 'f13-somali-hmong-first-cm-mo-008', `12/1 Faadumo letter come back to me with her answer write on it: she is in 2nd term Medical Assistant at Concorde, grade B+ and A, externship start January. Continue ITA per IEP - she finish in March.`, 'L', 'P', true, []),
  note(MO, 'f13-somali-hmong-first-cm-mo-009', `11/23 I email Faadumo, get automatic answer "this mailbox is not monitored" from the school email.`, 'E', 'P', false, [RP]),
  note(MO, 'f13-somali-hmong-first-cm-mo-010', `11/10 Faadumo appointment at 10:00 - she did not come, no call.`, 'I', 'P', false, [UA]),
  note(MO, 'f13-somali-hmong-first-cm-mo-011', `11/12 I call Faadumo, she answer but say "I am in class, teacher is looking" and hang up.`, 'T', 'P', false, [UA]),
  note(MO, 'f13-somali-hmong-first-cm-mo-012', `10/6 Cassville - I visit Mr. Yer Lee at his chicken farm (we talk in Hmong). He finish the Farm Business Management class at Crowder College module 2 of 4, he show me his records book. His poultry contract is end in March, so the WIOA plan is still training for maintenance tech at the plant. Continue.`, 'I', 'P', true, []),
  note(MO, 'f13-somali-hmong-first-cm-mo-013', `10/13 Yer wife call me, say he is go to Fayetteville for his brother. She don't know when back.`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'f13-somali-hmong-first-cm-mo-014', `10/20 Yer call me back from Arkansas. He is back Thursday, not miss class because the Crowder class is online this week; he do module 3 quiz, 80%. Continue plan per IEP, maintenance tech job is the goal when contract end.`, 'T', 'P', true, []),
  // The nephew's own intake; Yer waited in the truck.
  note(MO, 'f13-somali-hmong-first-cm-mo-015', `10/28 Yer bring his nephew to the Joplin job center for the nephew WIOA youth intake with me. Yer wait in the truck, I did not talk with him.`, 'I', 'O', false, [TP, PM, JM]),
  // His own progress in person, but no reason given for services to continue.
  note(MO, 'f13-somali-hmong-first-cm-mo-016', `11/4 Yer come to Monett office. He pass Crowder module 3 and start module 4.`, 'I', 'P', true, [JM]),
  // A real call with Yer; the "nobody answer" is his son's calls to the college, not ours.
  note(MO, 'f13-somali-hmong-first-cm-mo-017', `11/9 Yer call me and tell me his son try to call the Crowder office three time and nobody answer about his financial aid. I will call Crowder for him.`, 'T', 'P', true, [PM, JM]),
  note(MO, 'f13-somali-hmong-first-cm-mo-018', `11/16 I call Yer, the phone connect but only noise and drop, no talking. Call again, no answer.`, 'T', 'P', false, [UA]),
  note(MO, 'f13-somali-hmong-first-cm-mo-019', `11/23 Yer and me talk on the phone 20 min. He finish the Crowder class all 4 modules 11/20 and Tyson Monett call him for maintenance tech interview 12/2. IEP: continue job placement until he is hire.`, 'T', 'P', true, []),
  // A greeting at a festival is no exchange about anything.
  note(MO, 'f13-somali-hmong-first-cm-mo-020', `11/28 Hmong New Year at the Springfield fairground, I see Yer family, only say "nyob zoo" (hello), no talking about program.`, '-', '-', false, [CT, NS]),
  note(MO, 'f13-somali-hmong-first-cm-mo-021', `12/1 Yer call me, he give his SSN 498-55-0113 for the Tyson background form, I tell him don't send it by text. Interview is 12/2, he is ready, we practice questions on the phone. Continue placement per IEP.`, 'T', 'P', true, [PII]),

  note(MN, 'f13-somali-hmong-first-cm-mn-001', `10/1/26 Hodan Warsame come to Minneapolis WFC (South) for monthly contact. She is telling me she finish the CNA class at MCTC 9/26, grades A and B, state test is 10/21. I am reviewing her ISS, activities is correct in WF1. She need bus card for the test day, I give her.`, 'I', 'P', true, []),
  note(MN, 'f13-somali-hmong-first-cm-mn-002', `10/8 I call Hodan, her brother is answer, he say she is sleeping because night shift. I leave message with him.`, 'T', 'P', false, [UA]),
  note(MN, 'f13-somali-hmong-first-cm-mn-003', `10/9 Hodan call me back. Haa (yes), she start part time at Walker Methodist, 24 hours, while she wait the state test. She is happy. Activity updated in WF1.`, 'T', 'P', true, []),
  // "Abti" is a title here: he is the participant; his son only drove.
  note(MN, 'f13-somali-hmong-first-cm-mn-004', `10/14 Abti Farah (the participant, 61 years, everybody in the office call him Abti = uncle) come in person St. Cloud WFC, his son drive him and wait outside. Abti tell me he pass the forklift class at St. Cloud Tech 10/10 and Coborn's warehouse call him for interview 10/20. ISS reviewed.`, 'I', 'P', true, []),
  // News from a community member at the mosque: not a contact with Abti.
  note(MN, 'f13-somali-hmong-first-cm-mn-005', `10/17 At the mosque after Friday prayer one brother tell me Abti Farah already get the job. I did not talk to Abti. I will call him.`, 'I', 'O', false, [TP]),
  note(MN, 'f13-somali-hmong-first-cm-mn-006', `10/21 Abti Farah is reached on phone. He is hired at Coborn's DC, 2nd shift, $20.50, start 10/27. I say congratulation. ISS goal employment, WF1 updated.`, 'T', 'P', true, []),
  note(MN, 'f13-somali-hmong-first-cm-mn-007', `10/28 I send text to Hodan (in Somali) about the test result. Text delivered, no answer.`, 'E', 'P', false, [RP]),
  note(MN, 'f13-somali-hmong-first-cm-mn-008', `10/29 Hodan answer my text: "Waan gudbay!" - mean I passed. She pass the CNA state test 10/21, both parts. I ask her bring the certificate copy. ISS updated to employed.`, 'E', 'P', true, []),
  note(MN, 'f13-somali-hmong-first-cm-mn-009', `10/30 Ayaan appointment 1:00 - she not come. I call two time, no answer.`, 'I', 'P', false, [UA]),
  // Her mother's appointment with another worker; a hello in the hallway exchanged nothing.
  note(MN, 'f13-somali-hmong-first-cm-mn-010', `11/2 Ayaan come with her mother because mother have appointment with the SNAP E&T worker. I see them in hallway, say hello only, we did not talk about Ayaan program.`, '-', '-', false, [CT, NS]),
  note(MN, 'f13-somali-hmong-first-cm-mn-011', `11/5 Ayaan video call (WhatsApp video, she is home with baby sick). She finish module 3 of the Medical Interpreter course at Century College, quiz 88. She miss 10/30 because baby is sick. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'f13-somali-hmong-first-cm-mn-012', `11/9 monthly letter mail to Ayaan with the November form.`, 'L', 'P', false, [RP]),
  note(MN, 'f13-somali-hmong-first-cm-mn-013', `11/10 Kou Xiong (Mr.) call me in the morning, he say "nyob zoo" and we speak in Hmong. He is in week 8 of HVAC at Saint Paul College, grade B, no absent. He will miss 11/27 for Hmong New Year with family, already tell the teacher. ISS and WF1 activities check.`, 'T', 'P', true, []),
  note(MN, 'f13-somali-hmong-first-cm-mn-014', `11/13 I call Kou, he answer but he is at his uncle house for funeral, he say call after. I say ok, sorry.`, 'T', 'P', false, [UA]),
  note(MN, 'f13-somali-hmong-first-cm-mn-015', `11/17 Saint Paul College HVAC teacher email me Kou attendance 100%, midterm 84.`, 'E', 'V', false, [TP]),
  note(MN, 'f13-somali-hmong-first-cm-mn-016', `11/18 I email Kou, he reply same day: "funeral finish. back to class Thursday. ua tsaug." He also say the final project is due 12/10. ISS ok.`, 'E', 'P', true, []),
  note(MN, 'f13-somali-hmong-first-cm-mn-017', `11/20 I call Mai Vang, she pick up, say hello and the call drop. I call back 3 time, not connect.`, 'T', 'P', false, [UA]),
  // The father-in-law came along as an elder; Mai gave her own news.
  note(MN, 'f13-somali-hmong-first-cm-mn-018', `11/24 Mai Vang come to office with her father-in-law (he want to come, he is respected elder). Mai tell me she take the Pharmacy Tech exam 11/21, pass, score 1200. She apply CVS and Walgreens. ISS goal update.`, 'I', 'P', true, []),
  note(MN, 'f13-somali-hmong-first-cm-mn-019', `11/25 Mai father-in-law call me, say Mai is busy and she will call me. He ask about his own job search.`, 'T', 'A', false, [TP, PM]),
  note(MN, 'f13-somali-hmong-first-cm-mn-020', `11/30 talk with Mai on phone. Ok.`, 'T', 'P', true, [PM, NS]),
  note(MN, 'f13-somali-hmong-first-cm-mn-021', `12/1 Mai drop the CVS offer letter at front desk, I was in meeting.`, '-', '-', false, [CT, NS]),
];
