/**
 * Re-entry participants: contacts at the county jail or a halfway house, messages routed through a parole or
 * probation officer, corrections staff relaying facts, lockdowns and transfers that block a visit (locked split:
 * scored and floored, aggregates only).
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written before the
 * checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'reentry';

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'reentry-mo-001', 'Visited customer in person 3/4 at the county jail (professional visit room). He was detained 2/27 on a probation violation and has missed two weeks of the forklift/warehouse class. He expects release around 3/20. Discussed planned gap: training on hold, instructor agreed he can rejoin the next cohort. Customer remains enrolled per IEP; next contact within a week of release.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'reentry-mo-002', 'Called PO Jenkins 3/6 to ask about customer. PO said customer is compliant with supervision and reporting weekly. No information on training.', 'T', 'O', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'reentry-mo-003', 'Went to the jail 3/9 for a scheduled visit; facility on lockdown, visit cancelled by staff. Did not see customer.', 'I', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'reentry-mo-004', 'Customer called collect from the county jail 3/12, we talked about 10 minutes. He has been moved to the work-release unit and says he can attend the HVAC class two days a week starting 3/17; he passed the first unit test before his arrest. Continue ITA with revised schedule per IEP. Will confirm with the jail program coordinator.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'reentry-mo-005', 'Left voicemail for customer at the halfway house main line 3/14 asking him to call about his CDL class.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'reentry-mo-006', 'Face-to-face with customer 3/18 at the re-entry center. He started at the sheet-metal shop through OJT on 3/10, 40 hrs/week, $16/hr, supervisor says he is learning fast. OJT continues per IEP through 6/10; next visit at the worksite 4/15.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'reentry-mo-007', 'Halfway house case manager e-mailed 3/20 that customer is "doing well" and following house rules. I have not heard from customer directly.', 'E', 'O', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'reentry-mo-008', 'Letter mailed 3/21 to customer c/o the Department of Corrections facility in Bonne Terre asking him to write back about his plans after release. No response yet.', 'L', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'reentry-mo-009', 'Letter received 3/28 from customer in response to my 3/21 letter. He completed the 8-week welding pre-apprenticeship inside the facility (certificate copy enclosed) and is paroled 4/15. Plan: enroll in the welding ITA at release per IEP; intake appointment set for 4/17.', 'L', 'P', true, []),
  note('mo-dwd-toolbox', 'reentry-mo-010', 'Customer was a no-show for the 4/1 appointment; no call. The public jail roster shows him booked 3/30.', 'I', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'reentry-mo-011', 'Met with customer at the probation office 4/3 after his check-in with PO. Brief chat, all good.', 'I', 'P', true, ['progress-missing', 'justification-missing', 'not-substantive']),
  note('mn-wf1', 'reentry-mn-001', 'Met client 2/4 at the county jail (attorney/professional booth). He will be released 2/14 and wants to return to the welding program at the technical college; he had finished 2 of 4 courses. Reviewed ISS; will restart the training activity in WF1 after release.', 'I', 'P', true, []),
  note('mn-wf1', 'reentry-mn-002', 'Supervised release agent called 2/6: client is in compliance and employed at a cabinet shop, 40 hrs. I did not speak with client.', 'T', 'O', false, []),
  note('mn-wf1', 'reentry-mn-003', 'Tried a video visit with client 2/9 through the jail system; client refused the visit per jail staff.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'reentry-mn-004', 'Phone call with client 2/13 from the halfway house office phone. She is attending the GED class Monday to Thursday and passed the math subtest with 155. ISS reviewed, next contact in March.', 'T', 'P', true, []),
  note('mn-wf1', 'reentry-mn-005', 'Called the halfway house 2/18 to reach client; staff said she was out on a job search pass. Left my number with staff.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'reentry-mn-006', 'Client stopped by the WorkForce Center 2/21 after his PO appointment. He has had two interviews for warehouse jobs and a second interview at the recycling plant on 2/25. Reviewed activities in WF1.', 'I', 'P', true, []),
  note('mn-wf1', 'reentry-mn-007', 'Mailed monthly contact letter 2/24 to client at the correctional facility in Moose Lake.', 'L', 'P', false, ['response-pending']),
  note('mn-wf1', 'reentry-mn-008', 'PO Larson called 2/27 and said client told her he called me last week and got no answer. I have no missed call or voicemail from client.', 'T', 'O', false, ['progress-missing']),
  note('mn-wf1', 'reentry-mn-009', 'Letter from client received 3/3 in reply to my 2/24 letter: he is in the facility\'s building trades course, has completed the OSHA 10 card, and expects release in May. Copy of the OSHA card saved to the record; ISS updated.', 'L', 'P', true, []),
  note('mn-wf1', 'reentry-mn-010', 'Visit to client at the jail 3/6 as planned. We spoke briefly.', 'I', 'P', true, ['progress-missing', 'not-substantive']),
  note('mn-wf1', 'reentry-mn-011', 'Jail visit with client planned for 3/20 at 1 pm; added to the approved visitor list.', '-', '-', false, []),
];
