/**
 * Interpreter-mediated and relay contacts: Language Line or staff interpreters (with interpreter ID numbers),
 * telecommunications relay (TRS/IP relay, a relay operator voicing or typing), captioned phones, and the attempts
 * that fail on the way (locked split: scored and floored, aggregates only).
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written before the
 * checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'interpreter-relay';

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'interpreter-relay-mo-001', 'TC with customer 3/4 through Language Line, Arabic interpreter ID 20418. Customer reports he finished level 4 of the ESL class at the Adult Ed center and his CASAS reading score went from 208 to 219. He wants to start the forklift certification in April. Continue services under IEP (ESL then forklift); next TC 4/4 with interpreter.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'interpreter-relay-mo-002', 'Connected Language Line (Spanish, ID 31177) and dialed customer 3/6. No answer; the interpreter left a voicemail in Spanish asking customer to call back.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'interpreter-relay-mo-003', 'Customer came in 3/10 with staff interpreter (Somali). Through the interpreter she said she has perfect attendance in the CNA class at the community college and passed the first skills check. Continue ITA per IEP; next visit 4/10, interpreter booked.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'interpreter-relay-mo-004', 'Relay call (TRS) received 3/12 from customer, who is Deaf. Via the relay operator he said he passed his welding bend test and is now on the pipe welding module, attending every day. Continue ITA per IEP; agreed to use relay again for the next contact in 30 days.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'interpreter-relay-mo-005', 'Placed call to customer through 711 relay 3/14. Relay operator reported the call was not answered. Will try again Monday.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'interpreter-relay-mo-006', 'Tried to reach customer 3/17 with a Vietnamese interpreter on the line. A man answered and said customer moved to Kansas City; he had no new number.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'interpreter-relay-mo-007', 'Phone contact with customer 3/19 using Language Line (Dari, ID 55210). Customer asked about his bus pass. Mailed pass same day.', 'T', 'P', true, ['progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'interpreter-relay-mo-008', 'Interpreter scheduled for 3/25 at 10:00 for customer appointment (Swahili, in person). Confirmation number 88412.', '-', '-', false, []),
  note('mo-dwd-toolbox', 'interpreter-relay-mo-009', 'Customer in office 3/25 with Swahili interpreter. Customer said she withdrew from the phlebotomy course because her child is ill and she cannot attend mornings. Discussed evening CNA class instead; plan to amend IEP and continue services with the new training after approval. Next meeting 4/8.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'interpreter-relay-mo-010', 'Customer\'s nephew called 3/27 to interpret for her and said she is "doing ok" with school. Customer was not on the line.', 'T', 'A', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'interpreter-relay-mo-011', 'Sent letter in Spanish and English 3/31 asking customer to call with the Language Line number for her training update. No response yet.', 'L', 'P', false, ['response-pending']),
  note('mn-wf1', 'interpreter-relay-mn-001', 'Monthly contact by phone 2/5 with Language Line Karen interpreter (ID 40921). Client said he completed 120 of 160 hours in the CDL Class B course and passed the air brake test. Reviewed his ISS and WF1 activities, no changes.', 'T', 'P', true, []),
  note('mn-wf1', 'interpreter-relay-mn-002', 'Called client with Somali interpreter on the line 2/7. Number is out of service.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'interpreter-relay-mn-003', 'IP relay conversation with client 2/11 (client is hard of hearing, uses relay). Client typed that her medical billing class grade is 88 and she has her final on 3/1. Copy of her grade printout was e-mailed, saved to record.', 'T', 'P', true, []),
  note('mn-wf1', 'interpreter-relay-mn-004', 'Relay operator connected 2/13 but reached client\'s voicemail; operator left a relay message asking client to call back.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'interpreter-relay-mn-005', 'Met with client 2/18 at the WorkForce Center with Hmong interpreter present. Client is working 32 hours a week at the poultry plant while in the ESL class; attendance 90% per class roster. ISS reviewed.', 'I', 'P', true, []),
  note('mn-wf1', 'interpreter-relay-mn-006', 'Client\'s daughter called 2/20 to say client has a new phone number, 320-555-0176. Daughter did not know about classes.', 'T', 'A', false, ['progress-missing']),
  note('mn-wf1', 'interpreter-relay-mn-007', 'Captioned phone call with client 2/24. She said things are fine.', 'T', 'P', true, ['progress-missing', 'not-substantive']),
  note('mn-wf1', 'interpreter-relay-mn-008', 'Will request an Oromo interpreter for the next monthly phone contact with client; Language Line did not have one available today.', '-', '-', false, []),
  note('mn-wf1', 'interpreter-relay-mn-009', 'Phone contact 3/3 with client through Language Line (Spanish, ID 61820). Client reported he failed the forklift practical on 2/28 and will retest 3/14; he is practicing at work. Updated WF1 activity end date.', 'T', 'P', true, []),
  note('mn-wf1', 'interpreter-relay-mn-010', 'Letter mailed 3/5 in Somali and English reminding client of the monthly contact and giving the interpreter line number.', 'L', 'P', false, ['response-pending']),
  note('mn-wf1', 'interpreter-relay-mn-011', 'Client did not come to the 3/10 appointment; the Hmong interpreter waited 30 minutes. Interpreter then called client for me, no answer.', 'T', 'P', false, ['unsuccessful-attempt']),
];
