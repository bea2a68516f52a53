/**
 * Rural and phone-only offices: participants far from an office, no cell coverage, calls from a neighbour's or
 * the farm's landline, dropped calls, itinerant office days, mailed progress forms (locked split: scored and
 * floored, aggregates only).
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written before the
 * checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'rural-phone';

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'rural-phone-mo-001', 'Phone-only contact (office closed for weather; customer lives 70 miles out). TC 1/14: customer attends the LPN program at the satellite campus two days a week with clinicals in Kirksville, and passed Pharmacology I with a B. Continue ITA per IEP; next TC 2/14.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'rural-phone-mo-002', 'TC 1/16: rang twice and the call dropped (poor cell coverage at customer\'s farm). Tried again, straight to voicemail, no message left.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'rural-phone-mo-003', 'TC 1/20 with customer, calling from her neighbor\'s landline (no cell service at home). She took the welding certification test 1/17 and passed the 3G and 4G plates. Continue job search under IEP; next call 2/20 at the neighbor\'s number 660-555-0133.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'rural-phone-mo-004', 'Called customer 1/22; the line was breaking up and the call dropped before we could talk. Will try again tomorrow.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'rural-phone-mo-005', 'Customer called 1/27 from the grain elevator office and we spoke about 5 minutes. He is working seasonal at the elevator until the CDL class restarts in March. Planned gap in training until 3/3 documented; he remains enrolled per IEP.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'rural-phone-mo-006', 'Mailed letter 1/29 (no phone service at customer\'s address since December) asking him to call collect or write back about his training.', 'L', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'rural-phone-mo-007', 'Customer\'s landlord called 2/3 to say customer\'s phone was shut off and he will come to town Friday.', 'T', 'O', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'rural-phone-mo-008', 'Customer came to the itinerant office at the county extension building 2/7 (staff there once a month). Reviewed his CDL school attendance with him: 96 of 160 hours, no absences. Continue ITA; next itinerant day 3/7.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'rural-phone-mo-009', 'TC 2/10 with customer. Weather talk mostly, roads bad.', 'T', 'P', true, ['progress-missing', 'justification-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'rural-phone-mo-010', 'Could not reach customer, so called the training site (rural hospital, CNA clinicals) 2/12. Charge nurse said customer has completed 40 of 75 clinical hours, on time every shift, expected to finish 3/15. Continue ITA per IEP.', 'T', 'V', true, []),
  note('mo-dwd-toolbox', 'rural-phone-mo-011', 'Called the shared farm phone 2/14; customer\'s brother answered and took a message for him to call me.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'rural-phone-mo-012', 'Customer only has signal in the evenings; will call him 2/20 after 6 pm.', '-', '-', false, []),
  note('mn-wf1', 'rural-phone-mn-001', 'Phone-only: client lives 40 miles from the WorkForce Center with no transportation. Call 1/6: she is in the online medical coding course, 5 of 9 modules done, 91 average. ISS reviewed; next call early February.', 'T', 'P', true, []),
  note('mn-wf1', 'rural-phone-mn-002', 'Called client 1/8, rang 10 times, no voicemail set up.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'rural-phone-mn-003', 'Called again 1/9; client\'s grandmother answered and said client is out checking cattle. Asked her to have client call me.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'rural-phone-mn-004', 'Client called back the evening of 1/9 on the farm line. He has two weeks left of the ag mechanics course and passed the diesel engine final with 82. WF1 activities reviewed.', 'T', 'P', true, []),
  note('mn-wf1', 'rural-phone-mn-005', 'Sent letter 1/14 with a stamped return envelope and the monthly progress form for client to fill out.', 'L', 'P', false, ['response-pending']),
  note('mn-wf1', 'rural-phone-mn-006', 'Progress form came back in the mail 1/22, filled out and signed by client: attending all classes, grades B or better, clinical starts 2/3. Copy in the record.', 'L', 'P', true, []),
  note('mn-wf1', 'rural-phone-mn-007', 'Phone call 1/28 with client. Fine, nothing new.', 'T', 'P', true, ['progress-missing', 'not-substantive']),
  note('mn-wf1', 'rural-phone-mn-008', 'School counselor at the rural high school called 2/2: client has 14 of 21 credits and is on track to graduate in May.', 'T', 'V', false, []),
  note('mn-wf1', 'rural-phone-mn-009', 'Called client 2/5; the call dropped twice because of poor reception and we did not get to talk.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'rural-phone-mn-010', 'Talked with client 2/6 on the phone. She got the job at the county nursing home, 32 hrs/week at $18/hr, starting 2/16. Updated WF1 and ISS.', 'T', 'P', true, []),
  note('mn-wf1', 'rural-phone-mn-011', 'Talked with client today by phone; she passed the GED science test and has one test left.', 'T', 'P', true, [], { noDateField: true }),
];
