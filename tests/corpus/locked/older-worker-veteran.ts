/**
 * Older workers and veterans: SCSEP co-enrollment and host-agency supervisors, DVOP/JVSG staff, VA medical and
 * VR&E appointments, DD-214s, participants without phones or e-mail (locked split, batch 2: scored, aggregates
 * only). A host-agency supervisor is the activity provider; a DVOP or a VA counselor is another program's staff
 * ("other"), whose word is recorded but is not the participant's contact.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'older-worker-veteran';
export const BATCH = 2;

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'older-worker-veteran-mo-001', "TC 3/3 w/ customer (SCSEP co-enrolled, age 67) about her host agency assignment at the Cole County Senior Center. She has worked 20 hrs/wk as receptionist since 1/6 and finished the Microsoft Word class at the library. IEP goal: unsubsidized front-desk job. Continue co-enrollment; next TC 4/2.", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'older-worker-veteran-mo-002', "Visited the host agency (Salvation Army thrift store) 3/5 and met with supervisor Gail; customer was off that day. Gail reports he worked all 80 scheduled hours in February, learned the POS register and now prices donations on his own. Continue SCSEP/WIOA training per IEP.", 'I', 'V', true, []),
  note('mo-dwd-toolbox', 'older-worker-veteran-mo-003', "Host agency supervisor called 3/7: 'Mr. Barnes is a real asset.'", 'T', 'V', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'older-worker-veteran-mo-004', "Customer (Army veteran) called 3/10 to say he can't make the 3/12 OV because of a VA appointment in Columbia. He has finished 3 of 5 HVAC modules and is averaging 85. Rescheduled to 3/19. Continue ITA per IEP.", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'older-worker-veteran-mo-005', "DVOP Tom Rice e-mailed 3/11 that he met with our customer about his resume and his VA disability rating.", 'E', 'O', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'older-worker-veteran-mo-006', "Called customer 3/13; his wife answered and said he is at the VA hospital in Poplar Bluff for surgery this week and will call when he is home.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'older-worker-veteran-mo-007', "OV 3/17 w/ customer, 71. She completed the CNA refresher at Three Rivers 3/14 and passed; she has applied at two nursing homes and interviews at Lutheran Home 3/20. Continue job search per IEP.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'older-worker-veteran-mo-008', "Sent the 90-day letter 3/18 to customer's P.O. box; he has had no phone since he moved into the VA domiciliary.", 'L', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'older-worker-veteran-mo-009', "Customer wrote back 3/26 (answering my 3/18 letter): he attends the computer class at the Dom 3 days a week and finished the typing unit at 32 wpm. Continue training per IEP; next letter 4/25.", 'L', 'P', true, []),
  note('mo-dwd-toolbox', 'older-worker-veteran-mo-010', "TC 3/24 w/ vet. 'Same old, same old.'", 'T', 'P', true, ['progress-missing', 'justification-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'older-worker-veteran-mo-011', "OV 3/27 w/ customer to finish SCSEP co-enrollment paperwork. SSN 487-22-9103 checked against his DD-214. He has worked 8 of his 20 hrs/wk at the library host site so far; continue per IEP.", 'I', 'P', true, ['pii-in-note']),
  note('mo-dwd-toolbox', 'older-worker-veteran-mo-012', "Customer's new address: 1800 Hwy 50 W, Apt 4, Jefferson City, MO 65109. Phone 573-555-0188. Veteran status verified from DD-214 copy in the file.", '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'older-worker-veteran-mo-013', "Supervisor Rhonda at the Senior Center host site called 3/28: customer has missed 3 shifts this week without calling in and worked 6 of his 20 hours.", 'T', 'V', true, ['justification-missing']),
  note('mo-dwd-toolbox', 'older-worker-veteran-mo-014', "Customer left a VM 3/31 at 9:15 cancelling today's OV; the VA shuttle did not come.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'older-worker-veteran-mn-001', "Monthly contact 2/4 in person at the host agency (Polk County Library). Client, 69, works 20 hrs/wk at the circulation desk; her supervisor Ann says she now trains patrons on the self-checkout. ISS reviewed.", 'I', 'P', true, []),
  note('mn-wf1', 'older-worker-veteran-mn-002', "Host agency supervisor at the Crookston Food Shelf called 2/6: client completed 76 of 80 hours in January and was trained on the inventory database.", 'T', 'V', false, []),
  note('mn-wf1', 'older-worker-veteran-mn-003', "Joint appointment 2/10 with client and DVOP Karen at the WorkForce Center. Client (Navy veteran) has applied to 5 maintenance jobs and interviews at the Fargo VA Medical Center 2/14. ISS reviewed.", 'I', 'P', true, []),
  note('mn-wf1', 'older-worker-veteran-mn-004', "Called client 2/12 at 1:30 pm, no answer; his voicemail greeting says he is at the St. Cloud VA until Friday.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'older-worker-veteran-mn-005', "Mailed the monthly letter 2/13; client does not use e-mail or text.", 'L', 'P', false, ['response-pending']),
  note('mn-wf1', 'older-worker-veteran-mn-006', "TC 2/17 w/ client (SCSEP, 72). She finished the AARP Foundation computer class and has her typing certificate (35 wpm). She wants to apply to the county as a clerk. ISS reviewed.", 'T', 'P', true, []),
  note('mn-wf1', 'older-worker-veteran-mn-007', "Client's wife answered 2/19 and said he is out ice fishing; she does not know about his class.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'older-worker-veteran-mn-008', "VR&E counselor e-mailed 2/20 that client's Chapter 31 plan was approved; he started the welding class 2/17 and attended all 4 sessions so far.", 'E', 'O', false, []),
  note('mn-wf1', 'older-worker-veteran-mn-009', "Client called 2/24 asking if his SCSEP paycheck was late. Told him to call the SCSEP office.", 'T', 'P', true, ['progress-missing']),
  note('mn-wf1', 'older-worker-veteran-mn-010', "Site visit 2/25 at the Senior Center host site; client had called in sick. Supervisor said nothing new.", 'I', 'V', false, ['progress-missing']),
  note('mn-wf1', 'older-worker-veteran-mn-011', "Texted client's daughter 2/26 to ask him to call. 2/27 client called from her phone: he passed the forklift certification at the VA work program 2/25 and starts the 8-week warehouse placement 3/10. ISS updated.", 'T', 'P', true, []),
  note('mn-wf1', 'older-worker-veteran-mn-012', "DVOP said client told him last week he has been going to his VA appointments and is 'thinking about school.'", '-', 'O', false, ['contact-type-missing', 'progress-missing']),
];
