/**
 * A case manager who came to St. Louis from Bosnia as a teenager in the late 1990s and writes English the way it was
 * learned at work, with Bosnian grammar under it (fresh split: new voices, scored and listed but not floored yet). The
 * voice: full sentences in past continuous ("I was speaking with him on telephone", "we were speaking"), "he told
 * that", "in office came", "until now no answer", "like in his IEP", the passive where English would not use it
 * ("Customer was called two times"), "made conversation", SMS for a text, names with their diacritics, and a
 * "Justification:" line because a supervisor once asked for one. Offices in South St. Louis (Bevo Mill) and Lemay
 * (Missouri) and Rochester (Minnesota). Sources of realism: the Bosnian communities of St. Louis and southern
 * Minnesota and the refugee-employment and WIOA staff who came out of them.
 * How I read the policy for the hard cases: "we were speaking" with no word for how does not say the type, so it is
 * no qualifying contact yet; a cousin translating some words while she speaks herself is her contact; a wife,
 * daughter or brother answering is an attempt; a voicemail she left while I was in a meeting, or a visit to the front
 * desk while I was out, is no contact. An employer or externship coordinator in Missouri counts only with progress and
 * a reason to continue; in Minnesota teachers and relatives are recorded only.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'f17-bosnian-english-cm';

export const NOTES: LabelledNote[] = [
  note(MO, 'f17-bosnian-english-cm-mo-001', `03/02/2026 I was speaking with customer Emir Hodžić on telephone 15 minutes. He told that he is finished with CDL class in Ranken Truck Driving on 02/27 and he passed skills test from the first time. Now he is searching job, he applied in two companies (Bosna Express, Hogan). Services continue for job placement like in his IEP. Next call in two weeks.`, 'T', 'P', true, []),
  note(MO, 'f17-bosnian-english-cm-mo-002', `03/16/2026 Customer was called two times (10:00 and 15:30), he was not answering. Voicemail box is full, message could not be left.`, 'T', 'P', false, [UA]),
  note(MO, 'f17-bosnian-english-cm-mo-003', `03/17/2026 I called customer and his wife answered. She told that he is on road with instructor, first trip. She will tell him to call me back.`, 'T', 'P', false, [UA]),
  note(MO, 'f17-bosnian-english-cm-mo-004', `03/19/2026 Customer called back in the evening, we were speaking 10 minutes. He started in Bosna Express on 03/16, $0.55 per mile, he is now with trainer driver until April. He is very happy. Services continue for 30 days on job like in IEP, after that follow-up.`, 'T', 'P', true, []),
  // The employer confirms work and training, but gives no reason to continue services.
  note(MO, 'f17-bosnian-english-cm-mo-005', `04/20/2026 Owner of Bosna Express (Mr. Kovač) confirmed on telephone that customer is working full time since 03/16 and finished training with trainer driver, now he drives alone. Customer was not available, he is on road until Friday.`, 'T', 'V', false, [TP, JM]),
  note(MO, 'f17-bosnian-english-cm-mo-006', `04/24/2026 Customer came in office on Friday after his route. We made conversation 20 minutes. He has first full month, check was $4,100. He asked about class for hazmat endorsement. Justification: hazmat endorsement increases pay; will stay in services, IEP updated.`, 'I', 'P', true, []),
  note(MO, 'f17-bosnian-english-cm-mo-007', `05/01/2026 I sent letter to customer Amra Begović on address in Lemay for appointment about medical assistant program. Until now no answer.`, 'L', 'P', false, [RP]),
  note(MO, 'f17-bosnian-english-cm-mo-008', `05/06/2026 Customer Amra answered on my letter with SMS: "Hello, I got letter. I am in class every day, first exam I had 91. Can we meet next week?" I answered her that Wednesday 10 AM is good. Program continues per IEP.`, 'E', 'P', true, []),
  note(MO, 'f17-bosnian-english-cm-mo-009', `05/13/2026 Customer did not come on appointment at 10 AM. I was waiting until 10:45.`, 'I', 'P', false, [UA]),
  // The cousin helps with some words; the customer speaks for herself.
  note(MO, 'f17-bosnian-english-cm-mo-010', `05/15/2026 Customer came in office with her cousin Lejla who was translating some words, but mostly customer was speaking herself in English. She is in week 6 from 16 in medical assistant at Vatterott, attendance is good, exam 2 she had 88. She needs money for scrubs. IEP goal stays same, services continue.`, 'I', 'P', true, []),
  // A talk with no word for how it happened.
  note(MO, 'f17-bosnian-english-cm-mo-011', `06/01/2026 We were speaking with Amra about her externship, she starts in Mercy clinic on 06/15. Continue per IEP.`, '-', 'P', false, [CT]),
  note(MO, 'f17-bosnian-english-cm-mo-012', `06/16/2026 I called customer to ask about first day of externship. Her daughter answered and said mom is sleeping after shift. I will try again tomorrow.`, 'T', 'P', false, [UA]),
  note(MO, 'f17-bosnian-english-cm-mo-013', `06/17/2026 Telephone conversation with customer, 12 minutes. Externship in Mercy clinic is going good, she is doing vitals and injections, supervisor gave her good evaluation after first week. She has 40 from 160 hours. Services continue until she finishes and finds job.`, 'T', 'P', true, []),
  note(MO, 'f17-bosnian-english-cm-mo-014', `07/10/2026 E-mail sent to customer to ask about externship hours. No answer until now.`, 'E', 'P', false, [RP]),
  // The externship coordinator, with hours, evaluations and a recommendation, while the customer does not answer.
  note(MO, 'f17-bosnian-english-cm-mo-015', `07/14/2026 Because customer is not answering, I called externship coordinator in Vatterott (Mrs. Patterson). She told that customer has 132 from 160 hours, evaluations are "meets or exceeds", graduation is planned 08/07. Coordinator recommends that she finishes. Services continue per IEP until graduation.`, 'T', 'V', true, []),
  note(MO, 'f17-bosnian-english-cm-mo-016', `07/20/2026 Talked with customer, everything is good.`, '-', 'P', false, [CT, PM, JM, NS]),
  note(MO, 'f17-bosnian-english-cm-mo-017', `08/10/2026 Called new customer Selma Mujić on number from application. Man answered in Spanish, it is wrong number.`, 'T', 'P', false, [UA]),
  note(MO, 'f17-bosnian-english-cm-mo-018', `08/12/2026 Customer Selma came in office because she got my message through her friend from mosque. We were speaking 30 minutes in Bosnian. She is laid off from Hussmann in July, she is dislocated worker, she wants forklift and warehouse. I explained about ITA and training providers. We made IEP: forklift certification in St. Louis Community College, then job search. Next appointment 08/26.`, 'I', 'P', true, []),
  // A message given to a friend, with no word for how.
  note(MO, 'f17-bosnian-english-cm-mo-019', `08/11/2026 I gave message for customer Selma to her friend Aida (from mosque) because telephone number is wrong. Aida promised to tell her.`, '-', 'P', false, [UA, CT]),
  note(MO, 'f17-bosnian-english-cm-mo-020', `09/09/2026 Telephone contact with customer Selma, 20 minutes, she called me from break in school. She is in forklift class in STLCC for two weeks now. She told that instructor is very strict but she likes him. She passed written test 09/04 with 92 and practical test on sit-down forklift, next week is reach truck and order picker. She is worried because unemployment ends in October and she has two kids, husband works in Amazon only part time. I told her that we can help with job search after certificate and maybe supportive services for childcare while she is in class; I will check with supervisor. Justification: certificate is needed for warehouse jobs she is applying, services continue per IEP. Next contact after class finishes 09/25.`, 'T', 'P', true, []),

  note(MN, 'f17-bosnian-english-cm-mn-001', `01/07/2026 I met with participant Mirza Delić in WorkForce Center Rochester, 30 minutes. He is in welding program in RCTC, first semester finished with grade B. He is working part time in Pace Industries on weekend. ISS was reviewed together, nothing to change.`, 'I', 'P', true, []),
  note(MN, 'f17-bosnian-english-cm-mn-002', `02/03/2026 Participant was called on cell phone, he was not answering. Message was left.`, 'T', 'P', false, [UA]),
  // His message came while the CM was in a meeting.
  note(MN, 'f17-bosnian-english-cm-mn-003', `02/04/2026 Participant called back when I was in meeting and left message that he will come on Friday.`, 'T', 'P', false, [UA]),
  note(MN, 'f17-bosnian-english-cm-mn-004', `02/06/2026 Participant did not come in office on Friday like he promised.`, 'I', 'P', false, [UA]),
  note(MN, 'f17-bosnian-english-cm-mn-005', `02/09/2026 Telephone conversation with participant. He was sick with flu, now better. Second semester started 01/20, he has MIG and TIG classes, he missed one week but teacher gave him chance to make up. Record and ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'f17-bosnian-english-cm-mn-006', `03/02/2026 RCTC welding instructor (Mr. Lund) sent e-mail: participant attendance in February 92%, he passed 2F and 3F plate tests.`, 'E', 'V', false, []),
  note(MN, 'f17-bosnian-english-cm-mn-007', `03/05/2026 I was sending SMS to participant for monthly contact. He answered: "All ok, I passed two tests, Lund told me good work." ISS reviewed.`, 'E', 'P', true, []),
  note(MN, 'f17-bosnian-english-cm-mn-008', `04/06/2026 I called participant and his brother answered, he told that Mirza is in Bosnia for two weeks because father is sick.`, 'T', 'P', false, [UA]),
  note(MN, 'f17-bosnian-english-cm-mn-009', `04/08/2026 E-mail sent to participant about absence from class and planned gap.`, 'E', 'P', false, [RP]),
  note(MN, 'f17-bosnian-english-cm-mn-010', `04/10/2026 Participant answered on e-mail from Bosnia: father is better, he returns on 04/19, teacher approved that he makes up labs in May. Planned gap entered in WF1 04/06–04/19, ISS updated.`, 'E', 'P', true, []),
  // At the front desk while the CM was out.
  note(MN, 'f17-bosnian-english-cm-mn-011', `05/04/2026 Participant came to WorkForce Center for bus card. I was not in office, front desk gave him card. I did not speak with him.`, 'I', 'P', false, []),
  note(MN, 'f17-bosnian-english-cm-mn-012', `05/05/2026 I called participant, we were speaking 10 minutes. He is back in class since 04/20, made up 3 of 5 labs. Next month he has certification test AWS. Record reviewed, enrollment in WF1 is correct.`, 'T', 'P', true, []),
  note(MN, 'f17-bosnian-english-cm-mn-013', `06/01/2026 Letter for monthly contact was sent to participant Ajla Hasanović. She does not have telephone now.`, 'L', 'P', false, [RP]),
  note(MN, 'f17-bosnian-english-cm-mn-014', `06/12/2026 Letter came back to office, "return to sender, no such number".`, 'L', 'P', false, [UA]),
  note(MN, 'f17-bosnian-english-cm-mn-015', `06/15/2026 Participant's mother (alternate contact) called me. She told that Ajla moved to Austin and works in Hormel, she does not know about school.`, 'T', 'A', false, []),
  note(MN, 'f17-bosnian-english-cm-mn-016', `06/18/2026 Participant Ajla called me from new number. We were speaking 15 minutes. She stopped CNA class in May because she moved, she works in Hormel now, second shift, $19.50. She wants to finish CNA in Riverland in fall. ISS updated, CNA training activity closed in WF1.`, 'T', 'P', true, []),
  note(MN, 'f17-bosnian-english-cm-mn-017', `07/20/2026 Called participant. She is ok.`, 'T', 'P', true, [PM, NS]),
  note(MN, 'f17-bosnian-english-cm-mn-018', `08/17/2026 I sent SMS to participant about Riverland registration. Message was delivered but she did not answer until now.`, 'E', 'P', false, [RP]),
  note(MN, 'f17-bosnian-english-cm-mn-019', `08/24/2026 Video call on WhatsApp with participant, 10 minutes. She registered for CNA in Riverland, start 09/08, evening class, Hormel will give her first shift. ISS updated with new training.`, 'T', 'P', true, []),
  note(MN, 'f17-bosnian-english-cm-mn-020', `Participant Mirza came in office with his AWS certificate. We were speaking about job search, he has interview in Pace Industries for full time welder. Copy of certificate put in file, ISS reviewed.`, 'I', 'P', true, [DM], { noDateField: true }),
];
