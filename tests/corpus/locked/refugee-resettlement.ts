/**
 * Refugee resettlement: resettlement-agency caseworkers, family members and sponsors interpreting, telephone
 * interpreter lines, letters in two languages, staffings at the resettlement office (locked split, batch 4: scored,
 * aggregates only). A contact held through an interpreter (a relative, a sponsor, agency staff or a language line) is
 * a contact with the participant. A resettlement caseworker is someone else's staff (other), not the participant's
 * alternate; a sponsor or relative named as the alternate contact is the alternate; a relative who only answers the
 * phone takes a message, which is an attempt. ESL and training instructors are providers.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'refugee-resettlement';
export const BATCH = 4;

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'b4-rr-01', "Home visit 3/3 with customer (Dari speaker) at his apartment in south city; his 15-year-old son interpreted. Customer is in week 4 of 12 of the warehouse and forklift class at St. Louis Community College, attendance 100%, and passed the OSHA-10 quiz. Needs his bus pass renewed; continue training per IEP.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'b4-rr-02', "Called customer 3/4 through the language line (Tigrinya). The interpreter was on, but customer's phone went to voicemail, and the interpreter left a message in Tigrinya asking him to call back.", 'T', 'P', false, ['unsuccessful-attempt']),
  // A resettlement caseworker is neither the provider nor the alternate on file: someone else entirely.
  note('mo-dwd-toolbox', 'b4-rr-03', "Resettlement caseworker at IRC (Amina) called 3/5: customer has been going to the CNA class every day and passed the first skills test.", 'T', 'O', false, ['third-party-insufficient', 'justification-missing']),
  // The sponsor is the named alternate and knows the facts first-hand (start date, shift, wage, hours): §2.2 allows it.
  note('mo-dwd-toolbox', 'b4-rr-04', "Customer's sponsor, Mr. Dale Whitcomb (listed as alternate contact on her application), called 3/6. Customer started at Tyson 3/1 on 2nd shift, $18.25/hr, 40 hrs a week; he drives her until the carpool starts. She finished 6 of the 8 job-readiness sessions before she started. She needs help with the direct-deposit forms; continue job placement follow-up per IEP.", 'T', 'A', true, []),
  note('mo-dwd-toolbox', 'b4-rr-05', "Letter mailed to customer 3/7 in English and Arabic with his 90-day appointment date and my number.", 'L', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'b4-rr-06', "OV 3/10 with customer and her husband, who interpreted (Swahili). Customer says the CNA classes are going well.", 'I', 'P', true, ['progress-missing', 'justification-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'b4-rr-07', "Called customer 3/11; her brother answered in Pashto and all I could make out was that she was not home. Will try again with an interpreter.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'b4-rr-08', "Staffing at the International Institute 3/12 with the resettlement team on the Haidari family: the move to the Affton apartment on 3/28, school enrollment for the three youngest children, the oldest daughter's asthma appointments and the family's cash assistance ending in April. The team asked that WIOA keep the father's training on track since he is the only earner after April. After the staffing I went down to the ESL room where customer was waiting, and with the Institute's Dari interpreter we talked for about 20 minutes. He passed the forklift certification 3/8 and has an interview at the FedEx hub in Hazelwood 3/14. He needs steel-toed boots before the interview; continue job placement services per IEP and I will bring the boots voucher 3/13.", 'I', 'P', true, []),
  // The cousin is not the alternate on file; what he brings has no reason to continue services either.
  note('mo-dwd-toolbox', 'b4-rr-09', "Customer's cousin came to the job center 3/13 to drop off customer's Ranken attendance sheet (18 of 20 days). Cousin says customer is also working nights at Schnucks.", 'I', 'A', false, ['third-party-insufficient', 'justification-missing']),
  note('mo-dwd-toolbox', 'b4-rr-10', "Text in Arabic (Google Translate) sent to customer 3/17 asking her to call me. No reply.", 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'b4-rr-11', "Customer called 3/18 with her daughter interpreting on speaker. She passed the ServSafe food handler exam 3/15 and Kaldi's wants her in the bakery at $15/hr. Continue support per IEP; I will help with the I-9 documents.", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'b4-rr-12', "Customer's 3/20 OV with the Bosnian interpreter: customer did not come. Interpreter waited 30 minutes and left.", 'I', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'b4-rr-13', "Met customer's ESL teacher at the International Welcome School 3/24 about his progress: customer moved from level 2 to level 3 and has 95% attendance.", 'I', 'V', false, ['third-party-insufficient', 'justification-missing']),
  note('mo-dwd-toolbox', 'b4-rr-14', "Resettlement agency asked for a meeting with customer and his IRC caseworker 3/27 at the IRC office to review his job plan.", '-', 'P', false, ['contact-type-missing']),
  note('mn-wf1', 'b4-rr-15', "Met client at the LSS office in St. Cloud 2/2 with a Somali interpreter (LSS staff). Client is in week 3 of the CNA course at St. Cloud Tech and passed the first skills check. ISS reviewed.", 'I', 'P', true, []),
  note('mn-wf1', 'b4-rr-16', "Client's wife called 2/3 to say he is sick and will miss his orientation at JBS Worthington on 2/5.", 'T', 'A', false, []),
  note('mn-wf1', 'b4-rr-17', "Called client 2/4 through the interpreter line (Karen). No answer; the interpreter could not leave a message because the mailbox isn't set up.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'b4-rr-18', "Arrive Ministries caseworker e-mailed 2/5: client started at Hormel Austin 2/1 on 2nd shift, $20.50/hr. She asked if WIOA can help with his work boots.", 'E', 'O', false, []),
  note('mn-wf1', 'b4-rr-19', "Client walked in 2/6 with his 12-year-old daughter interpreting (Tigrinya). He showed me his first pay stub from Hormel (38 hrs) and says the line work is hard but okay. ISS updated with employment; boots voucher issued.", 'I', 'P', true, []),
  note('mn-wf1', 'b4-rr-20', "Letter sent 2/7 in Somali and English: monthly contact needed, please call or come in.", 'L', 'P', false, ['response-pending']),
  note('mn-wf1', 'b4-rr-21', "Client brought my letter to the WFC 2/10 with her sponsor, who interprets Dari for her. Through the sponsor she told me she finished the 8-week warehouse course at Rochester CTC and has applied at McNeilus and the Kwik Trip DC. ISS reviewed.", 'I', 'P', true, []),
  note('mn-wf1', 'b4-rr-22', "Sponsor (Pastor Mike, Willmar) called 2/11: client got his MN driver's permit and is looking at the CDL class in March.", 'T', 'A', false, []),
  note('mn-wf1', 'b4-rr-23', "Home visit 2/12 with the interpreter. A neighbor said the family moved to Sioux Falls last week.", 'I', 'O', false, ['unsuccessful-attempt']),
  // The nephew writes for his uncle: a relayed one-way message, not the participant's own exchange with us.
  note('mn-wf1', 'b4-rr-24', "Client's nephew texted 2/14 for him: 'my uncle says he passed the welding test'.", 'E', 'A', false, []),
  note('mn-wf1', 'b4-rr-25', "Phone call with client and a language line Amharic interpreter (3-way). Client says ESL class is going good and she likes her teacher.", 'T', 'P', true, ['progress-missing', 'not-substantive', 'contact-date-missing'], { noDateField: true }),
  note('mn-wf1', 'b4-rr-26', "Client did not come to the 2/18 appt. Her LSS caseworker said by phone that client had a clinic appointment for the baby.", 'T', 'O', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'b4-rr-27', "WhatsApp video call 2/20 with client from the Arrive office, with their Oromo interpreter. He finished the forklift certification at Hennepin Tech and starts at the Target DC 2/26, $21/hr. ISS updated.", 'T', 'P', true, []),
  note('mn-wf1', 'b4-rr-28', "Lutheran Social Service faxed the monthly case plan update for client: attending ESL 4 days a week, 2 job applications in.", '-', '-', false, ['contact-type-missing']),
  note('mo-dwd-toolbox', 'b4-rr-29', "Customer called 3/28 through the language line (Arabic) after we missed each other three times this week. He finished the Schnucks deli training 3/26 and is now on 32 hrs a week at $14.75; he still goes to the evening English class twice a week. Continue job retention follow-up per IEP.", 'T', 'P', true, []),
  note('mn-wf1', 'b4-rr-30', "Client and his sponsor came in 2/25 to go over his hours. Client answered most questions himself in English now; the sponsor helped with a few words. He has 160 of 320 OJT hours at Bayliner and passed the gelcoat safety training. ISS reviewed.", 'I', 'P', true, []),
  note('mn-wf1', 'b4-rr-31', "Client mailed back the 2/7 monthly contact letter with the form filled in (in Somali; LSS translated it): working at Jennie-O 40 hrs/wk since 1/27 at $19/hr, still going to CNA class on Saturdays.", 'L', 'P', true, []),
];
