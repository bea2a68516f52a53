/**
 * A Spanish-first case manager in meatpacking towns, writing in English with Spanish grammar and false friends
 * (locked split, batch 12: scored and floored, aggregates only): job-center staff in Noel, Monett and Milan in
 * Missouri and in Worthington, Willmar and St. James in Minnesota, serving plant workers and their families. The
 * voice translates word for word: "I attended the participant" (atender: met with and served him), "she assists to
 * the classes" (asistir: attends), "I realized a call" (realizar: made), "he did not contest" (contestar: answer),
 * "actually" (actualmente: at present), "she pretends to finish" (pretender: intends), "I recorded him the
 * appointment" (recordar: reminded), "she is embarrassed" (embarazada: pregnant), "the career of nursing"
 * (carrera: degree program), "left a recado", second shift at the plant, ESL and CASAS levels, K'iche' speakers
 * who need an interpreter even with a Spanish-speaking counselor.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them, reading each false friend as the writer means it. An ESL or college instructor and the plant's HR on a
 * maintenance OJT are the provider; a wife or husband listed on the plan is the alternate (Missouri: counts with
 * substantive progress and a reason to continue, §2.2; Minnesota: recorded, never the monthly contact); a
 * sister-in-law not on the plan and another program's counselor are someone else. A reminder sent is one-way.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l12-spanish-calques-plant-towns';
export const BATCH = 12;

export const NOTES: LabelledNote[] = [
  // "Attended the participant" is atender: she met with and served him in the office.
  note(MO, 'l12-spanish-calques-plant-towns-mo-001', `02/09/2026 Today I attended the participant in the office of Monett, 30 minutes. She assists to the ESL classes 3 nights in the week at the adult education and she passed the level 3 of CASAS with 212. She works second shift in the plant. She pretends to start the CNA in the summer. We continue with the ESL in her IEP and I will see her in March.`, 'I', 'P', true),
  // "Realized a call" and "he contested": she made the call and he answered.
  note(MO, 'l12-spanish-calques-plant-towns-mo-002', `02/11/2026 I realized a call to the participant at 2:30 before his shift and he contested. He passed the permit of CDL in Joplin last Friday and the school of trucks starts 2/23. He is very happy. We continue the ITA for the CDL class A, next call when he finish the first week.`, 'T', 'P', true),
  note(MO, 'l12-spanish-calques-plant-towns-mo-003', `02/18/2026 I realized three calls to the participant (9am, 12pm, 4pm) but he not contest. I left a recado in the voicemail to call me back.`, 'T', 'P', false, [UA]),
  // "Recorded him the appointment" is recordar: a reminder sent, one way.
  note(MO, 'l12-spanish-calques-plant-towns-mo-004', `02/23/2026 I recorded him by text the appointment of Thursday 10am in the office for sign the papers of the ITA.`, 'E', 'P', false, [RP]),
  // The plant's HR reports on his maintenance OJT: the provider, with hours, performance and the plan.
  note(MO, 'l12-spanish-calques-plant-towns-mo-005', `03/02/2026 E-mail from the HR of the plant (Ms. Keller) about the OJT of maintenance: the participant completed 160 of 520 hours of the OJT, his supervisor of maintenance evaluates him "satisfactory" in all the areas and he passed the lockout/tagout training. The OJT continues until June according to the contract; I will visit the plant in April.`, 'E', 'V', true),
  // "Actually" is actualmente: she is working now; this was a real call.
  note(MO, 'l12-spanish-calques-plant-towns-mo-006', `03/04/2026 TC with the participant. Actually she is working in the plant in the second shift, 40 hours, and she assists to the CNA class in the mornings at the college in Neosho, she has 94% in the class. She pretends to finish in May. We continue the ITA, next contact in April.`, 'T', 'P', true),
  // Someone else's appointment: the husband calls about her lawyer's appointment; nothing on her training.
  note(MO, 'l12-spanish-calques-plant-towns-mo-007', `03/09/2026 The husband of the participant (he is the alternate contact) called me to say that she can not come today because she has appointment with the lawyer of immigration in Kansas City. He does not know when she can come.`, 'T', 'A', false, [TP, PM, JM]),
  // "Embarrassed" is embarazada: pregnant. A real meeting with progress and the plan.
  note(MO, 'l12-spanish-calques-plant-towns-mo-008', `03/16/2026 I attended the participant in the office of Noel. She is embarrassed of 6 months and the doctor says she can continue the class until April. She has 2 absences in the CNA class, she passed the clinical skills of the week 5. The plan is to finish the class in April and take the state test after the baby; the ITA continue.`, 'I', 'P', true),
  note(MO, 'l12-spanish-calques-plant-towns-mo-009', `03/18/2026 Attended the participant. All good.`, 'I', 'P', true, [PM, JM, NS]),
  note(MO, 'l12-spanish-calques-plant-towns-mo-010', `03/23/2026 I sent a letter in Spanish and English to the participant for the contact of 90 days, because his phone is disconnected. No response.`, 'L', 'P', false, [RP]),
  // His WhatsApp message answers the letter, with his news: a written reply from him.
  note(MO, 'l12-spanish-calques-plant-towns-mo-011', `04/01/2026 The participant answered my letter by WhatsApp (his new number): "Recibí su carta. I am in the school of trucks, week 4, I passed the pre-trip and the backing. I finish the 24 of April." We continue the ITA until the license; I will call him the 27.`, 'E', 'P', true),
  // A sister-in-law, not on the plan, took a message: nobody reached him.
  note(MO, 'l12-spanish-calques-plant-towns-mo-012', `04/06/2026 I called the participant, his sister-in-law contested and said he is in the plant until 11pm. I left the recado with her.`, 'T', 'P', false, [UA]),
  // The ESL teacher is the provider, with attendance, a test score and the plan.
  note(MO, 'l12-spanish-calques-plant-towns-mo-013', `04/08/2026 TC with the teacher of ESL in Milan. She informed that the participant assisted to 18 of 20 classes in March and passed the CASAS reading with 221, so he moves to the level 4. He continues in the ESL according to his IEP; I will see him in May.`, 'T', 'V', true),
  // He answered from the line and put it off: no exchange.
  note(MO, 'l12-spanish-calques-plant-towns-mo-014', `04/15/2026 I realized the call, he contested but he is in the line of the plant and said "call me later" and hang up.`, 'T', 'P', false, [UA]),
  // "I will realize the visit": a plan only.
  note(MO, 'l12-spanish-calques-plant-towns-mo-015', `04/20/2026 I will realize the visit to the home of the participant Thursday in the afternoon because he don't have phone.`, '-', 'P', false, [CT]),
  // A Social Security number typed into the note is PII; the meeting itself is real.
  note(MO, 'l12-spanish-calques-plant-towns-mo-016', `04/28/2026 I attended the participant in the office. I verified his number of social 512-66-0987 for the application of the college. He passed the CDL test 4/24 and he has the license class A. He pretends to work for the trucking company of the plant. I close the ITA like completed and he continues in follow-up.`, 'I', 'P', true, [PII]),
  note(MO, 'l12-spanish-calques-plant-towns-mo-017', `05/05/2026 TC with the participant (she called me). She had the baby 4/29, a girl, everybody healthy. She finished the CNA class 4/10 with all the clinical hours, she will take the state test in June when she can. We continue the ITA until the test and I will call her the first of June.`, 'T', 'P', true),

  note(MN, 'l12-spanish-calques-plant-towns-mn-001', `1/13/2026 Today I attended to the client in the WorkForce Center of Worthington. He assists to the welding career at Minnesota West, semester 2, he has B in the two classes. He works weekends in the plant. Reviewed the ISS and the activities in WF1.`, 'I', 'P', true),
  note(MN, 'l12-spanish-calques-plant-towns-mn-002', `1/20/2026 I realized a call to the client and she contested. She is in the career of nursing (LPN) at Ridgewater and she passed the first semester with 3.2. Reviewed ISS with her.`, 'T', 'P', true),
  note(MN, 'l12-spanish-calques-plant-towns-mn-003', `1/27/2026 I realized the call, nobody contest, the mailbox is full. No recado.`, 'T', 'P', false, [UA]),
  note(MN, 'l12-spanish-calques-plant-towns-mn-004', `2/2/2026 I recorded her by text the appointment of 2/5 for the monthly contact.`, 'E', 'P', false, [RP]),
  // Her text back answers the reminder with her progress.
  note(MN, 'l12-spanish-calques-plant-towns-mn-005', `2/3/2026 The client answered the text: "yes I go 2/5. I have the schedule of the college, 4 classes, and I passed the math test for the nursing." Schedule saved in the file.`, 'E', 'P', true),
  // The instructor is the provider: recorded, not the monthly contact in Minnesota.
  note(MN, 'l12-spanish-calques-plant-towns-mn-006', `2/10/2026 TC with the instructor of welding at Minnesota West. He informed the client assists to all the classes and passed the 2G plate test. He is on time to finish in May.`, 'T', 'V', false),
  // The wife is listed as the alternate: recorded, never the monthly contact.
  note(MN, 'l12-spanish-calques-plant-towns-mn-007', `2/17/2026 TC with the wife of the client (alternate on the ISS). The client is in the class; she says he passed the 3G test and has the job offer of the trailer factory for June.`, 'T', 'A', false),
  // He went to the plant's job fair and they talked there ten minutes.
  note(MN, 'l12-spanish-calques-plant-towns-mn-008', `2/24/2026 I saw the client in the job fair of the plant in Willmar and we talked 10 minutes in my table. He assisted to the interview of maintenance there. Actually he is in the module 3 of the industrial maintenance certificate and has 88%. Reviewed ISS.`, 'I', 'P', true),
  // His name on the job fair's list is all there is: no event with him.
  note(MN, 'l12-spanish-calques-plant-towns-mn-009', `3/3/2026 The list of the job fair of St. James (2/28) has the name of the client, he assisted. I was not in that job fair.`, '-', 'P', false, [CT]),
  note(MN, 'l12-spanish-calques-plant-towns-mn-010', `3/10/2026 TC with client, everything good.`, 'T', 'P', true, [PM, NS]),
  // "Did not present": presentarse, she did not come.
  note(MN, 'l12-spanish-calques-plant-towns-mn-011', `3/16/2026 The client did not present to the appointment of 10am in the office. No call.`, 'I', 'P', false, [UA]),
  note(MN, 'l12-spanish-calques-plant-towns-mn-012', `3/23/2026 The letter of 3/9 to the client returned, the post office put "no such number."`, 'L', 'P', false, [UA]),
  // "Actually he is not working" means at present; the meeting is real and says where he stands.
  note(MN, 'l12-spanish-calques-plant-towns-mn-013', `3/30/2026 I attended the client in the office. Actually he is not working, the plant reduced the second shift. He is looking: he applied to 3 jobs this week (the turkey plant, the ethanol plant and the hospital kitchen) and assists to the job club on Tuesdays. Reviewed ISS, added job search in WF1.`, 'I', 'P', true),
  note(MN, 'l12-spanish-calques-plant-towns-mn-014', `4/6/2026 I sent e-mail to the client asking for the grades of the semester. No response still.`, 'E', 'P', false, [RP]),
  note(MN, 'l12-spanish-calques-plant-towns-mn-015', `4/9/2026 The client answered the e-mail with the grades: A in pharmacology, B in fundamentals, B in clinical. She pretends to take the NCLEX-PN in August.`, 'E', 'P', true),
  // Another program's counselor reports a canceled meeting of hers with the client: someone else, no contact.
  note(MN, 'l12-spanish-calques-plant-towns-mn-016', `4/14/2026 The counselor of VR informed me by e-mail that the meeting of the client with her was cancelled, the client is sick this week.`, 'E', 'O', false, [PM]),
  // A K'iche' interpreter on the phone line, with the client talking: a call with him.
  note(MN, 'l12-spanish-calques-plant-towns-mn-017', `4/21/2026 TC with the client with interpreter of K'iche' by the phone line (his Spanish is little). He assists to the ESL at the adult basic education 4 mornings, and passed the CASAS listening level 2. He works first shift in the plant. Reviewed the ISS with him.`, 'T', 'P', true),
  // No date in the note and no date field on the page.
  note(MN, 'l12-spanish-calques-plant-towns-mn-018', `I attended the client in the office of St. James. She passed the NCLEX-PN practice with 78% and finished the last clinical of the career. Reviewed ISS and activities in WF1.`, 'I', 'P', true, [DM], { noDateField: true }),
];
