/**
 * Registered apprenticeship and employer check-ins: sponsors, apprenticeship coordinators, journeyworkers,
 * foremen and HR, related technical instruction (RTI), on-the-job learning (OJL) hours and wage steps
 * (locked split, batch 2: scored, aggregates only). The employer-sponsor and its journeyworkers are the activity
 * provider: in Missouri they count with substantive progress; in Minnesota they are recorded, never the
 * participant's monthly contact.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'apprenticeship-employer';
export const BATCH = 2;

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'apprenticeship-employer-mo-001', "Site visit 3/4 at Capital Electric. Met with the apprentice (customer) and her journeyworker, Rick. She has logged 1,120 of 8,000 OJL hours and finished first-year RTI at the JATC with a 91 average; her wage stepped from $18.40 to $20.15. Continue supportive services per IEP; next site visit 6/3.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'apprenticeship-employer-mo-002', "Customer is on a job site all day and could not be reached by phone this week. TC 3/6 with his sponsor's apprenticeship coordinator, Linda Voss at Boone Plumbing: he has 1,600 OJL hours posted, passed his second-term RTI exams (84 and 88) and moved to the 55% journeyworker wage on 3/1. Continue ITA for RTI tuition per IEP.", 'T', 'V', true, []),
  note('mo-dwd-toolbox', 'apprenticeship-employer-mo-003', "Talked with journeyworker Mike at the shop 3/10 while the apprentice was out on a service call. Mike said he is 'a good kid.'", 'I', 'V', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'apprenticeship-employer-mo-004', "E-mailed apprentice 3/12 asking for his updated RTI schedule. He replied 3/13: Tuesday and Thursday nights at Linn State, started block 3, and passed the NEC code test with an 82. Continue RTI tuition per IEP.", 'E', 'P', true, []),
  note('mo-dwd-toolbox', 'apprenticeship-employer-mo-005', "Called customer 3/14 at 7:15 AM before his shift, no answer. Called the shop; the foreman said he was already on a roof in Fulton and took a message for him.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'apprenticeship-employer-mo-006', "Sponsor's wage progression form scanned into the file 3/17: apprentice moved to $21.60 on 3/1.", '-', '-', false, ['contact-type-missing']),
  note('mo-dwd-toolbox', 'apprenticeship-employer-mo-007', "Customer came in 3/19 after his shift. He is on the second-year crew now, running conduit on the hospital job, and he got his OSHA 30 card.", 'I', 'P', true, ['justification-missing']),
  note('mo-dwd-toolbox', 'apprenticeship-employer-mo-008', "Stopped by the carpenters' training center 3/21; saw customer in the shop and said hello. Instructor says he's fine.", 'I', 'P', true, ['progress-missing', 'justification-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'apprenticeship-employer-mo-009', "Mailed the 90-day contact letter 3/24 to the apprentice's home address; he works out of town Monday to Friday on the pipeline job.", 'L', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'apprenticeship-employer-mo-010', "3/25 LM for cust. 3/26 cust returned my call at 6:40p from the jobsite: he finished his first RTI block (welding symbols, 93%) and has 2,050 OJL hrs. Needs new boots; will submit the support request. Continue per IEP.", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'apprenticeship-employer-mo-011', "HR at Jefferson Fabrication called 3/27: customer was terminated from the apprenticeship 3/25 after missing 4 shifts in two weeks, and the sponsor will cancel his apprenticeship agreement with DOL.", 'T', 'V', true, ['justification-missing']),
  note('mo-dwd-toolbox', 'apprenticeship-employer-mo-012', "Journeyworker texted me a photo of customer's weekly hours sheet 3/28 (38 hrs).", 'E', 'V', false, ['third-party-insufficient', 'justification-missing']),
  note('mo-dwd-toolbox', 'apprenticeship-employer-mo-013', "Phone contact with the apprentice 3/31, 5:30 pm. He passed the second-year inside wireman exam (87) and has 3,400 of 8,000 hours; the sponsor raised him to 60% of the JW rate, $23.10/hr. Needs help with tool costs; continue supportive services per IEP.", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'apprenticeship-employer-mo-014', "Apprentice texted 4/1 asking if WIOA can pay for his code book.", 'E', 'P', false, []),
  note('mn-wf1', 'apprenticeship-employer-mn-001', "Worksite visit 2/4 at Marvin with the apprentice and his supervisor. He has 900 OJL hours, passed his first RTI term at Northland (3.2 GPA), and his wage went to $19.75. ISS reviewed; WF1 apprenticeship activity current.", 'I', 'P', true, []),
  note('mn-wf1', 'apprenticeship-employer-mn-002', "Sponsor's apprenticeship coordinator e-mailed the quarterly progress report 2/6: 1,450 OJL hours, RTI grades A and B, next wage step in April. Saved to the record.", 'E', 'V', false, []),
  note('mn-wf1', 'apprenticeship-employer-mn-003', "TC w/ apprentice 2/10 on his lunch break. He is on the second wage step ($21.40), working the new hospital job with his JW; RTI block 2 starts 3/1.", 'T', 'P', true, []),
  note('mn-wf1', 'apprenticeship-employer-mn-004', "Called the supervisor at Dakota Pipe 2/12 to set up a site visit; we agreed on 2/26 at 10 a.m.", 'T', 'V', false, ['progress-missing']),
  note('mn-wf1', 'apprenticeship-employer-mn-005', "Left VM on apprentice's cell 2/13 at 6:45 pm.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'apprenticeship-employer-mn-006', "Met the apprentice at Northland's RTI night class 2/17 during the break. She passed the blueprint reading module, and her JW has signed off on 11 of 20 work processes. ISS reviewed.", 'I', 'P', true, []),
  note('mn-wf1', 'apprenticeship-employer-mn-007', "Foreman at Norman Builders told me by phone 2/19 that client quit the apprenticeship 2/14 and took a job in Fargo.", 'T', 'V', false, []),
  note('mn-wf1', 'apprenticeship-employer-mn-008', "Mailed the monthly contact letter 2/20 to the apprentice's address in Thief River Falls.", 'L', 'P', false, ['response-pending']),
  note('mn-wf1', 'apprenticeship-employer-mn-009', "Apprentice e-mailed 2/24 in answer to my 2/20 letter: he logged 400 more OJL hours in January and February and passed the OSHA 10. Reviewed ISS.", 'E', 'P', true, []),
  note('mn-wf1', 'apprenticeship-employer-mn-010', "Texted apprentice 2/25 reminding him to send his pay stubs; he replied 'ok'.", 'E', 'P', true, ['progress-missing', 'not-substantive']),
  note('mn-wf1', 'apprenticeship-employer-mn-011', "Site visit 2/26 at Dakota Pipe. The apprentice had been sent to a job in Grand Forks that day, so I did not see him. His supervisor said he is on track and working 40 hrs/wk.", 'I', 'V', false, []),
  note('mn-wf1', 'apprenticeship-employer-mn-012', "Talked w/ apprentice by phone, he says all good at work, nothing new.", 'T', 'P', true, ['progress-missing', 'not-substantive', 'contact-date-missing'], { noDateField: true }),
];
