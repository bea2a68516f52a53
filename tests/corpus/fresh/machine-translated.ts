/**
 * Notes by bilingual staff serving Somali, Hmong, Karen and Spanish-speaking communities (fresh split: new voices,
 * scored and listed but not floored yet), written in English with a first language's word order or run through a
 * machine translator. The voice: odd prepositions ("in day of Friday", "the school of CNA"), "the customer he say",
 * present tense for the past ("I call to customer"), literal idioms ("the phone is ringing ringing"), a phrase of
 * Somali, Hmong or Spanish left in, interpreters (agency, Language Line, a family member) named in the note.
 * Sources of realism: refugee-resettlement and one-stop staff in Minneapolis-St Paul, Worthington, Willmar, Kansas
 * City and St. Louis who write notes after a full day of interpreting.
 * An interpreter (agency, phone line or family member) carries the participant's words: a conversation through
 * one is a contact with the participant. An interpreter or relative speaking about the participant on their own
 * is not. A call the interpreter joined that nobody answered is an attempt.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'machine-translated';

export const NOTES: LabelledNote[] = [
  note(MO, 'machine-translated-mo-001', `Today 3/3 I make the call by telephone to the customer. The customer he say the class of welding is going very good, he pass the test of the 3G in day of Friday. He need the boots of safety still. We continue the ITA for the plan IEP.`, 'T', 'P', true, []),
  note(MO, 'machine-translated-mo-002', `Call to customer 3/4 in morning. Nobody take the phone, I leave the message of voice for call to me back.`, 'T', 'P', false, [UA]),
  note(MO, 'machine-translated-mo-003', `Customer come to the office 3/6 with interpreter of Somali (Mr. Abdi, from the agency of language). We are talking about the school of CNA. She tell me she finish 40 hours of clinical from 75 and the teacher is happy of her. She need help with the bus because the car is broke. I give bus pass. Continue training, plan IEP.`, 'I', 'P', true, []),
  note(MO, 'machine-translated-mo-004', `The husband of customer answer the telephone 3/9, he say she is in the work and she will return the call to me. Until now she did not return.`, 'T', 'P', false, [UA]),
  note(MO, 'machine-translated-mo-005', `Send the email to customer 3/10 for to ask the grades of semester. Wait the answer.`, 'E', 'P', false, [RP]),
  note(MO, 'machine-translated-mo-006', `The customer answer my email of 3/10 in day 3/12, he write: "Teacher give me B in the math and A in computer, I am going every day." Continue ITA for IEP, next contact in April.`, 'E', 'P', true, []),
  // The interpreter speaks for himself, about the customer's health only: someone else, with no progress.
  note(MO, 'machine-translated-mo-007', `The interpreter of Karen language (Saw Htoo) call me 3/13 and say the customer is sick with the fever, she cannot come in the appointment of 3/14. He not know about the school.`, 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'machine-translated-mo-008', `Appointment 3/14 in 10am, customer not come, not call.`, 'I', 'P', false, [UA]),
  note(MO, 'machine-translated-mo-009', `Hablé con el cliente por teléfono 3/17. He tell me he finish the course of forklift and have the certificate, now he apply in three warehouses (Amazon, FedEx, Walmart DC). Need help with the resume in English. We continue services of job search by the IEP, appointment for resume 3/24.`, 'T', 'P', true, []),
  note(MO, 'machine-translated-mo-010', `3/18 I call to customer, the line is say "the number is not in service". Mail letter to the address.`, 'L', 'P', false, [UA, RP]),
  // She left a paper at the front desk while the case manager was in a meeting: nobody met her.
  note(MO, 'machine-translated-mo-011', `Customer come to office 3/20 only for to give the paper of attendance to the front desk, I was in meeting, I not see her. Paper say 95% attendance.`, 'I', 'P', false, [UA]),
  note(MO, 'machine-translated-mo-012', `The teacher of English (ESL class, Mrs. Jovanovic) she send email 3/23, she say the customer is coming 3 days of 4 in the week and his level go up from 3 to 4 in the test CASAS. Customer not available because is working night. Continue the ESL enrollment, is needed for the plan of job.`, 'E', 'V', true, []),
  note(MO, 'machine-translated-mo-013', `Customer and me we meet in the library of Northeast 3/24 because she not have the car. She say that she is working now in the hotel Marriott, housekeeping, 32 hours for week, $15.50 for hour, start 3/24. She is happy. We pass her to the follow-up by IEP, I will call her in 30 days.`, 'I', 'P', true, []),
  // One piece of news from her brother at his own appointment: an alternate contact without substantive progress.
  note(MO, 'machine-translated-mo-014', `The brother of customer (he is also our customer) tell me in his appointment 3/26 that the sister find the job in the factory of chicken. I not talk with her yet, I will call.`, 'I', 'A', false, [TP, JM]),
  note(MO, 'machine-translated-mo-015', `I try to make the call 3/30 with the line of interpretation (Language Line, Somali), the interpreter is connect but the customer not pick up. We leave the message together.`, 'T', 'P', false, [UA]),
  note(MO, 'machine-translated-mo-016', `Contact by telephone in day 04/02/2026 with the customer, and with the interpreter of Language Line (Spanish, ID 20417) in three-way, because the customer prefer to speak in his language for the things of the school. First the customer he say thank you for the call. He explain that the program of HVAC in the Vatterott is more hard now because the teacher speak very fast, but he is passing: the test of the refrigeration he get 78 and the practice of the brazing he pass in the first time. He have two absences in March because his son was in the hospital, the school know about this and give the permission. I ask him about the tools; he buy with his money the gauges, he want to know if the program can pay back. I explain him that we need the receipt before, not after, and I will ask the supervisor one time. Also he say the job of weekend in the restaurant is finish, now he only study. We continue the ITA by the IEP until the graduation in July, he need this certificate for to get the job of technician. Next call in May, first week.`, 'T', 'P', true, []),
  note(MN, 'machine-translated-mn-001', `Client she come in the WFC 3/3 with her daughter for translate. We talk the monthly contact. She say the class of English is good, she go Monday Wednesday Thursday, and the teacher say she is ready for the level 3. ISS look again, is okay.`, 'I', 'P', true, []),
  note(MN, 'machine-translated-mn-002', `I call client in 3/4, the phone is ringing ringing, no person answer. I am try again next week.`, 'T', 'P', false, [UA]),
  note(MN, 'machine-translated-mn-003', `Hu xov tooj (call phone) to client 3/6. He is tell me he is working now in the company of plastic in Shakopee, the night shift, 40 hour, $17. He want to stop the class of forklift because no time. I update WF1 activity, end the training.`, 'T', 'P', true, []),
  note(MN, 'machine-translated-mn-004', `Client uncle call to me 3/9 and he say the client go to the Thailand for visit the mother who is sick, come back in May maybe. He not know about the job.`, 'T', 'A', false, []),
  note(MN, 'machine-translated-mn-005', `Send the text message in Somali language to client 3/10 for remind the monthly meeting. Client not answer.`, 'E', 'P', false, [RP]),
  // Her reply answers the text, so there was an exchange, but it says nothing of her activity.
  note(MN, 'machine-translated-mn-006', `Client reply my text 3/11: "Haa, waan imanayaa" (yes I will come). Only this.`, 'E', 'P', true, [PM, NS]),
  note(MN, 'machine-translated-mn-007', `Client come 3/16 in the appointment. The Karen interpreter (from the county) not come, so we are using the phone interpreter. Client say she finish the class of the sewing machine operator at the Goodwill-Easter Seals, have the certificate, and she have interview in 3/20 in the factory of Worthington. ISS updated, employment goal.`, 'I', 'P', true, []),
  note(MN, 'machine-translated-mn-008', `3/18 home visit for client. The neighbor open the door of the building and say client is moving, she not know where.`, 'I', 'P', false, [UA]),
  // The county's MFIP worker is someone else's staff.
  note(MN, 'machine-translated-mn-009', `Mr. Yusuf the case manager of the county (MFIP) he call me 3/20, he tell me the client is doing the job search 20 hours and he give her the bus card. We agree to share the papers.`, 'T', 'O', false, [TP]),
  note(MN, 'machine-translated-mn-010', `Talk with client by telephone 3/23. She is say "everything fine, no problem".`, 'T', 'P', true, [PM, NS]),
  note(MN, 'machine-translated-mn-011', `The email of client arrive 3/25 in answer to my letter: she write she is in the school of nursing assistant in the Saint Paul College, finish the module 2, and she send the paper of grades. I put the grades in the file.`, 'E', 'P', true, []),
  // What she agreed "in the last month" is history; this month's meeting is only planned.
  note(MN, 'machine-translated-mn-012', `Next month we are going to make the meeting in the house of client 4/14, 10 o'clock, with interpreter of Hmong. Client agree in the last month.`, '-', 'P', false, [CT]),
  note(MN, 'machine-translated-mn-013', `Client is calling me 3/27 but I am in the training, she leave the voice message: "I find the job, call me." I call back 3/27 afternoon, no answer.`, 'T', 'P', false, [UA]),
  note(MN, 'machine-translated-mn-014', `Client visit the office for the monthly. He is show me the paystub of the Jennie-O, 38 hour the week. He is say the supervisor is good with him. ISS ok.`, 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'machine-translated-mn-015', `The letter of the monthly contact I send in the mail 4/1 in two language (English and Somali). Still no answer from client.`, 'L', 'P', false, [RP]),
  // She sat in a group session the case manager gave; they did not talk.
  note(MN, 'machine-translated-mn-016', `Client is in the group of the orientation 4/3 at the WFC (Somali session, 12 person). I give the presentation, I not have the time for talk with her alone.`, 'I', 'P', false, []),
];
