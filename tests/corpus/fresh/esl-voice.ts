/**
 * A case manager writing English as a second language: dropped articles, tense and agreement slips ("I am
 * call", "she tell me", "customer is come") (fresh split: new voices, scored and listed but not floored yet).
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written before any
 * tuning.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'esl-voice';

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'esl-voice-mo-001', 'Today I am call to customer by telephone, 3/4. She tell me she is finish the module 2 of Medical Assistant in Vatterott and have grade 89. She need more help for bus pass. We continue the ITA until she finish in June, next call on April.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'esl-voice-mo-002', 'I was calling customer 3/10 but nobody answer, I leave the message for call me back.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'esl-voice-mo-003', 'Customer is come to office 3/12 with his paper from school. He have attendance 100 percent and pass the welding test 3G. Plan is continue ITA for finish program in May, IEP goal is certified welder. Next visit 4/12.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'esl-voice-mo-004', 'Send email to customer 3/15 for ask about his grades. Still no answer from him.', 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'esl-voice-mo-005', 'Customer did not came to appointment 3/20, no call. I will send him letter.', 'I', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'esl-voice-mo-006', 'Customer answer my email 3/22, he say he have B in all class and teacher say he do good job. We continue the training with ITA, next contact in 30 days.', 'E', 'P', true, []),
  // The wife gives some progress but says she knows no more, and nothing says why services continue.
  note('mo-dwd-toolbox', 'esl-voice-mo-007', 'Talk with customer wife by phone 4/1 because customer is working. She say he go to class every night and he pass the first exam of HVAC. She don\'t know more. Customer will call me back.', 'T', 'A', false, ['third-party-insufficient', 'justification-missing']),
  note('mo-dwd-toolbox', 'esl-voice-mo-008', 'Customer call me 4/3 but I am in meeting, she leave voicemail. I call back same day, we talk 15 minute. She is pass the CNA state exam on 3/29! Now she look for job in nursing home, I give her 3 job lead. We continue job search service in IEP, next call 5/3.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'esl-voice-mo-009', 'Customer phone is not work, the message say number is disconnect.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'esl-voice-mo-010', 'Meet customer in job center 4/10. We talk about his problem with car. Give him gas card.', 'I', 'P', true, ['progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'esl-voice-mo-011', 'Customer was not no-show, she is come 20 minute late because bus. We review her IEP, she finish 6 of 8 class in IT Support program, grade average 85. Continue ITA. Next appointment 5/15.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'esl-voice-mo-012', 'Instructor from Ranken call me 4/20, he say customer is miss 4 days this month and maybe fail Electrical 2.', 'T', 'V', false, ['third-party-insufficient', 'justification-missing']),
  note('mo-dwd-toolbox', 'esl-voice-mo-013', 'Phone contact with customer Oksana on 4/24/25, she call me back after I leave message in morning. She is in the Medical Assistant program at Metro Business College since January, this is her second term. She tell me the grades for first term is A in Medical Terminology, B in Anatomy and B in Office Procedures, and she send me the grade report by email same day. In this term she have externship begin on 5/12 in clinic of Dr. Patel in Independence, 160 hour. She worry because she have small child and the externship is day time, her husband work day time too. We talk about child care, I explain she can apply for child care assistance from Family Support Division and I give her phone number for the office. Her English is better now and she is more confident in class, she say. Plan: continue ITA until program finish in July, help with child care and gas for externship in support service. IEP goal is Medical Assistant certificate and job in clinic. Next call after externship start, around 5/20.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'esl-voice-mo-014', 'Customer and me talk on phone 5/20. He is finish OJT 480 hour at Precision Machine and company is hire him permanent, $19 per hour. We close OJT and he go to follow-up service in IEP. Next call in 30 day.', 'T', 'P', true, []),
  note('mn-wf1', 'esl-voice-mn-001', 'I am meet with client 2/3 in WorkForce Center. He show me grades from Northland: A in Math, B in English. He attend all class. I review ISS with him.', 'I', 'P', true, []),
  note('mn-wf1', 'esl-voice-mn-002', 'Call client 2/10 two time, no answer. Voicemail is full so I can not leave message.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'esl-voice-mn-003', 'Client send me text 2/14 she is sick and not go to class this week. I text back she must tell teacher. She say she already tell.', 'E', 'P', true, []),
  note('mn-wf1', 'esl-voice-mn-004', 'Mail letter to client 2/20 because I can not reach by phone.', 'L', 'P', false, ['unsuccessful-attempt', 'response-pending']),
  note('mn-wf1', 'esl-voice-mn-005', 'Client mother call me 2/25, she say client is start new job at Walmart last week. I ask client call me.', 'T', 'A', false, []),
  note('mn-wf1', 'esl-voice-mn-006', 'Talk by phone with client 3/3. He is finish CDL school and pass the road test 2/28! He is apply to 4 trucking company. I change activity in WF1 to job search.', 'T', 'P', true, []),
  note('mn-wf1', 'esl-voice-mn-007', 'Client is not come to appointment 3/10 and not answer phone after.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'esl-voice-mn-008', 'Teams video call with client 3/18, she is in clinical at Altru, finish 40 hour of 120. Instructor is happy with her. ISS review.', 'T', 'P', true, []),
  note('mn-wf1', 'esl-voice-mn-009', 'Client come to office 3/25 for bus card. We talk little bit.', 'I', 'P', true, ['progress-missing', 'not-substantive']),
  note('mn-wf1', 'esl-voice-mn-010', 'Email to client 4/1, she answer 4/2: she have test next week in Pharmacology, she is nervous but study every day, grade now is B.', 'E', 'P', true, []),
  note('mn-wf1', 'esl-voice-mn-011', 'I go to client house 4/8 for home visit, nobody open door.', 'I', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'esl-voice-mn-012', 'Client boss from Marvin call me 4/15, say client is good worker, work 40 hour every week.', 'T', 'V', false, []),
  note('mn-wf1', 'esl-voice-mn-013', 'Meeting in person with client Abdi on 4/29/25 in Moorhead WorkForce Center. Client is dislocated worker from American Crystal Sugar, he is in the CDL Class A training at Northland in Thief River Falls. Before meeting I am try call him two time last week, he not answer because he is in truck with instructor all day. Today he come to office himself. He show me his permit and the school progress sheet: he finish the classroom part, pass pre-trip inspection test, and now he do backing and road driving, 30 hour of 80. Instructor write on the sheet he is careful driver but need more practice in city driving. Road test date is 5/20. He ask about help for DOT physical cost, I tell him we pay it with support service and give him voucher. We review together his ISS and the activities in WF1, all is correct. Progress sheet copy go in file. Next contact after road test.', 'I', 'P', true, []),
  note('mn-wf1', 'esl-voice-mn-014', 'Client come to WorkForce Center 5/22, she bring certificate of Phlebotomy from Northland, she pass exam with 88. Now she is apply for job in Sanford and Altru. I change activity in WF1, ISS review.', 'I', 'P', true, []),
];
