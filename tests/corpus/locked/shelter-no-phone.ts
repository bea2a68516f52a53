/**
 * Participants living in shelters, missions or their vehicles, with no phone of their own: messages left with and
 * relayed by shelter staff, borrowed phones, mail c/o a shelter or General Delivery, drop-ins at the job center,
 * outreach hours at shelters and meal sites (locked split, batch 3: scored, aggregates only). Shelter staff and
 * shelter advocates are another agency's workers ("other"): what they pass on is recorded but is never the
 * participant's contact, and a message left with them is an attempt to reach the participant. A drop-in nobody
 * met is an attempt, not a contact.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'shelter-no-phone';
export const BATCH = 3;

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'shelter-no-phone-mo-001', "Customer dropped in at the Columbia Job Center 3/3 without an appointment (staying at the Salvation Army Center of Hope, no phone). Met with her in the lobby about 20 min. She has finished 4 of 6 weeks of the warehouse/forklift class at Job Point with perfect attendance and passed the written forklift test. Needs a bus pass for the last 2 weeks; continue training per IEP. I will stop by the shelter 3/17.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'shelter-no-phone-mo-002', "Called the Center of Hope front desk 3/5 to reach customer (no phone of his own). Staff said he was out for the day and took a message for him to call me.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'shelter-no-phone-mo-003', "Customer called 3/6 from the shelter office phone, returning my 3/5 message. He is still going to HiSET prep at the Daniel Boone library Mon/Wed/Fri and passed the math practice test with a 152. Continue per IEP; next contact in person 3/20 during my shelter office hours.", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'shelter-no-phone-mo-004', "Renee, case manager at Room at the Inn, called 3/9: customer moved out of the shelter last week and she does not know where he went.", 'T', 'O', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'shelter-no-phone-mo-005', "Stopped at the Kansas City Rescue Mission 3/10 to look for customer; he was not there. Staff told me customer says he tried to call me twice from the pay phone and got no answer; I have no missed calls or voicemails from him.", 'I', 'O', false, ['unsuccessful-attempt', 'third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'shelter-no-phone-mo-006', "Letter mailed 2/24 c/o Harbor House came back 3/11 stamped 'no longer a resident'. Customer has no phone on file.", 'L', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'shelter-no-phone-mo-007', "Customer has been living in her car in the Walmart lot on Hwy 63; no phone. Found her 3/12 at the Loaves & Fishes lunch during my outreach hour and we talked over lunch. She is still attending the CNA class at Boone Hospital and passed the midterm with an 84, but is worried about gas money for clinicals. Approved a gas card; continue ITA per IEP.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'shelter-no-phone-mo-008', "Customer no-show for the 3/13 OV at 10:00. Shelter staff said she left early that morning for a day-labor job.", 'I', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'shelter-no-phone-mo-009', "Lisa at the shelter front desk called 3/16 with a message from customer: 'tell her I got the warehouse job at Amazon, I start Monday.' I have not talked with customer myself.", 'T', 'O', false, ['third-party-insufficient', 'justification-missing']),
  note('mo-dwd-toolbox', 'shelter-no-phone-mo-010', "OV 3/18 w/ customer at the job center; he walked in without an appt. Touched base.", 'I', 'P', true, ['progress-missing', 'justification-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'shelter-no-phone-mo-011', "Customer borrowed a volunteer's cell phone and called me 3/20. He started at Tyson 3/16 on second shift, $17.25/hr, 40 hrs/wk, and plans to move out of the shelter after his second paycheck. Continue follow-up per IEP; will help him with work boots.", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'shelter-no-phone-mo-012', "Went to the Center of Hope resource fair 3/24 hoping to see customer; he was at work. Left my card with staff for him.", 'I', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'shelter-no-phone-mo-013', "Customer came to my Thursday office hours at Room at the Inn 3/26. She passed the CNA state skills exam 3/25 and the written exam is set for 4/8. Still no phone; she checks e-mail at the library. Continue ITA per IEP; job placement help after the written exam.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'shelter-no-phone-mo-014', "E-mailed customer 3/27 (she uses the library computers). She replied 3/28: she finished the ServSafe class, scored 81, and has an interview at the Hy-Vee kitchen 4/1. Continue job search per IEP; next contact at the shelter 4/9.", 'E', 'P', true, []),
  note('mn-wf1', 'shelter-no-phone-mn-001', "Monthly contact 2/3 in person at the Churches United shelter in Moorhead (client has no phone). Client attends the GED class at the Adult Learning Center 4 mornings a week and passed the GED social studies test 1/28. ISS reviewed.", 'I', 'P', true, []),
  note('mn-wf1', 'shelter-no-phone-mn-002', "Called the shelter front desk 2/5 and left a message for client asking him to call me.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'shelter-no-phone-mn-003', "Client called back 2/6 from the shelter office phone. He is working 25 hrs/wk at the Cenex car wash and has applied to 3 warehouse jobs since we last talked. WF1 activity updated.", 'T', 'P', true, []),
  note('mn-wf1', 'shelter-no-phone-mn-004', "Shelter advocate at Mahube-Otwa called 2/9: client was exited from the shelter for a rules violation and she does not know where client is staying.", 'T', 'O', false, ['progress-missing']),
  note('mn-wf1', 'shelter-no-phone-mn-005', "Client is living in his van. He came to the WorkForce Center 2/11 to use the computers and we talked in the resource room. He finished the OSHA 10 online and has an interview at Dakota Growers 2/14. ISS reviewed.", 'I', 'P', true, []),
  note('mn-wf1', 'shelter-no-phone-mn-006', "Client texted 2/12 from a friend's phone: 'this is J, my phone got stolen, will come by.'", 'E', 'P', false, []),
  note('mn-wf1', 'shelter-no-phone-mn-007', "Sent the monthly contact letter 2/13 to client c/o General Delivery, Bemidji post office.", 'L', 'P', false, ['response-pending']),
  note('mn-wf1', 'shelter-no-phone-mn-008', "Client came in 2/18 without an appointment while I was at a Rapid Response session. She left a copy of her CNA class schedule with the front desk; I did not see her.", 'I', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'shelter-no-phone-mn-009', "Talked with client at the shelter 2/19, she says things are fine.", 'I', 'P', true, ['progress-missing', 'not-substantive']),
  note('mn-wf1', 'shelter-no-phone-mn-010', "E-mailed client 2/20 (she checks e-mail at the public library). She wrote back 2/22: finished week 3 of the pharmacy tech course with a 90% on the quiz, and her clinical placement at Sanford starts 3/4. ISS updated.", 'E', 'P', true, []),
  note('mn-wf1', 'shelter-no-phone-mn-011', "Called the Salvation Army shelter 2/24 for client; staff said he checked out 2/20 and left no number.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'shelter-no-phone-mn-012', "Ran into client 2/26 at the Project Community Connect event at the armory (he came for the free haircut and dental). He finished the forklift class, has his card and started at Arvig 2/24, 40 hrs/wk. ISS updated; WF1 training activity closed.", 'I', 'P', true, []),
  note('mn-wf1', 'shelter-no-phone-mn-013', "Client stopped in and we talked in the lobby. She started the phlebotomy course at the college and has not missed a class so far.", 'I', 'P', true, ['contact-date-missing'], { noDateField: true }),
];
