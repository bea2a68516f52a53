/**
 * Tribal (WIOA Section 166) and rural programs: long drives and home visits, roads and weather, no cell service,
 * relatives and neighbours answering or relaying, community events (powwows, feasts, elders' lunches), rural route
 * and P.O. box mail (locked split, batch 3: scored, aggregates only). A parent, grandparent, spouse or a relative
 * named as the alternate contact is the alternate; a relative who only answers the phone takes a message, which is
 * an attempt to reach the participant; tribal college instructors and worksite supervisors are providers.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'tribal-rural';
export const BATCH = 3;

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'tribal-rural-mo-001', "Drove out to customer's place past Eminence 3/4 (2 hrs round trip, no cell service past Winona). Met with him on the porch. He has completed 6 of 10 weeks of the CDL course at the Mountain Grove campus and passed the pre-trip inspection. Needs a gas card for range days; continue ITA per IEP.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'tribal-rural-mo-002', "Called customer 3/6. The call dropped twice before it rang through, then no answer the third time.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'tribal-rural-mo-003', "Customer's grandmother (alternate contact on his application) called 3/9 from her landline. She says he has been at every class in the American Indian Council's welding program, finished his 3G plate test, and the instructor wants him in the advanced section. Continue training per IEP.", 'T', 'A', true, []),
  note('mo-dwd-toolbox', 'tribal-rural-mo-004', "Called the family phone 3/11; customer's cousin answered and said he was out hauling hay and he would tell him I called.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'tribal-rural-mo-005', "Saw customer at the spring powwow at the county fairgrounds 3/14 and talked about 15 minutes at the AIC booth. She said she's doing well.", 'I', 'P', true, ['progress-missing', 'justification-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'tribal-rural-mo-006', "TC 3/16 w/ customer, calling from her sister's landline in town. She passed the first 2 modules of the online medical billing course (88 and 91) but her satellite internet keeps dropping. Referred her to the library hotspot loan; continue ITA per IEP; next TC 4/15.", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'tribal-rural-mo-007', "Mailed a letter 3/18 to customer's rural route box asking him to call me collect; there is no phone at his place.", 'L', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'tribal-rural-mo-008', "Customer wrote back 3/30 on the back of my 3/18 letter: he still goes to the adult ed class in West Plains twice a week and passed the HiSET reading test. Continue per IEP; I will drive out to see him in April.", 'L', 'P', true, []),
  note('mo-dwd-toolbox', 'tribal-rural-mo-009', "Ran into customer's uncle (his alternate contact) at the feed store in Alton 3/20. Uncle said customer 'is working somewhere in Springfield now.'", 'I', 'A', false, ['third-party-insufficient', 'justification-missing']),
  note('mo-dwd-toolbox', 'tribal-rural-mo-010', "Drove 45 miles to customer's house 3/23 for the scheduled home visit; no one home. Left my card in the door.", 'I', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'tribal-rural-mo-011', "Site visit 3/25 at the Ozark Border Electric crew yard (WEX). Customer was out on a line job. Supervisor Dale says he has worked 112 of 160 WEX hours, has not been late once and passed the flagger certification. Continue WEX per IEP through 5/1.", 'I', 'V', true, []),
  note('mo-dwd-toolbox', 'tribal-rural-mo-012', "Customer texted 3/27: 'no service out here most days, will call fri from town.' No call came Friday 3/28.", 'E', 'P', false, []),
  note('mo-dwd-toolbox', 'tribal-rural-mo-013', "Supervisor at the tribal housing authority WEX site called 3/31: customer finished the carpentry WEX with all 240 hours and they want to hire him on their maintenance crew.", 'T', 'V', false, ['third-party-insufficient', 'justification-missing']),
  note('mn-wf1', 'tribal-rural-mn-001', "Met client at the Red Lake Nation Section 166 office 2/2. He is in week 5 of the heavy equipment operator training at Leech Lake Tribal College, attendance 100%, and his excavator hours are signed off. ISS reviewed.", 'I', 'P', true, []),
  note('mn-wf1', 'tribal-rural-mn-002', "Called client's cell 2/4; got the 'customer you are trying to reach is unavailable' recording.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'tribal-rural-mn-003', "Client's mom called 2/5 from Ponemah; client has no signal at home. Mom says she is going to the LPN classes at Northwest Tech in Bemidji every day and got an A on her pharmacology test.", 'T', 'A', false, []),
  note('mn-wf1', 'tribal-rural-mn-004', "Talked with client at the round dance at the community center 2/8. Client said classes are going good.", 'I', 'P', true, ['progress-missing', 'not-substantive']),
  note('mn-wf1', 'tribal-rural-mn-005', "Called client 2/10 at the number his auntie gave me. Auntie answered and said he is out ice fishing on the lake, she will tell him.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'tribal-rural-mn-006', "Client called back 2/11 from the tribal college library. He passed the CDL permit test and started behind-the-wheel 2/9; he needs a room in Bemidji for the 2 weeks of range driving. ISS updated for support services.", 'T', 'P', true, []),
  note('mn-wf1', 'tribal-rural-mn-007', "Client's mother told me at the IGA in Mahnomen 2/12 that client says she tried to call me three times from the clinic phone but could never get through. Mom did not know anything about her classes.", 'I', 'A', false, ['progress-missing']),
  note('mn-wf1', 'tribal-rural-mn-008', "Drove out 2/17 for the scheduled home visit, 70 miles; the road was drifted shut past the tribal housing turnoff and I turned back. Did not see client. Will reschedule.", 'I', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'tribal-rural-mn-009', "Client came in to the White Earth office 2/19 with his dad. He finished the Microsoft Office course, passed the Excel certification, and has applied to 4 jobs including Shooting Star Casino. WF1 training activity closed, job search opened.", 'I', 'P', true, []),
  note('mn-wf1', 'tribal-rural-mn-010', "Tribal college instructor e-mailed 2/20: client missed 3 of 8 classes in February and her Anatomy grade is a 68.", 'E', 'V', false, []),
  note('mn-wf1', 'tribal-rural-mn-011', "Texted client 2/23 asking how welding was going. He texted back: 'good, passed my 1G test, out of gas til friday.' ISS reviewed; gas card approved.", 'E', 'P', true, []),
  note('mn-wf1', 'tribal-rural-mn-012', "Phone contact w/ client, he says school is fine.", 'T', 'P', true, ['progress-missing', 'not-substantive', 'contact-date-missing'], { noDateField: true }),
  note('mn-wf1', 'tribal-rural-mn-013', "Went to the elders' lunch at the community center 2/26 hoping to see client, who usually helps serve; she was not there. Her grandma said she has been staying in Minneapolis.", 'I', 'A', false, ['unsuccessful-attempt', 'progress-missing']),
];
