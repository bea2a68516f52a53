/**
 * Notes drafted with a writing assistant: smooth, generic, confident prose in the passive voice ("Outreach was
 * conducted…", "The participant's progress was reviewed…", "Communication was maintained…") that can hide whether
 * anyone was actually reached (locked split, batch 3: scored, aggregates only). A note qualifies only when its words
 * show a two-way exchange; outreach, a review or a message that nobody is shown answering does not, and upbeat
 * generalities ("remains on track", "continues to engage") are not concrete progress.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'polished-assistant';
export const BATCH = 3;

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'polished-assistant-mo-001', "Outreach was conducted via telephone on 3/4 to review the customer's progress in the Welding Technology program. Follow-up will continue as appropriate.", 'T', 'P', false, ['not-substantive']),
  note('mo-dwd-toolbox', 'polished-assistant-mo-002', "On 3/5, this case manager connected with the customer by telephone. The customer shared that she has completed 9 of 12 credit hours in the Medical Assistant program with a 3.2 GPA and remains fully engaged. Continued enrollment is justified per the IEP, and the next check-in is scheduled for 4/5.", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'polished-assistant-mo-003', "A voicemail was left for the customer on 3/6 encouraging him to reach out at his earliest convenience. Outreach efforts will continue.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'polished-assistant-mo-004', "The customer's progress was reviewed on 3/9. He continues to make steady progress toward his IEP goals, and continued services remain appropriate.", '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'polished-assistant-mo-005', "An in-person meeting was held with the customer on 3/10 at the Springfield Job Center. During the meeting, the customer provided an update on her CDL training: she passed her permit test and has logged 18 hours of behind-the-wheel time. She expressed enthusiasm about upcoming range days. Services will continue per the IEP.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'polished-assistant-mo-006', "A follow-up e-mail was sent to the customer on 3/11 to check in regarding his training schedule and any potential barriers. A response is anticipated.", 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'polished-assistant-mo-007', "Communication was maintained with the customer's training provider, Ozarks Technical Community College, via telephone on 3/12. The instructor confirmed that the customer has attended 28 of 30 sessions and passed the mid-program skills assessment. Continued enrollment remains appropriate per the IEP.", 'T', 'V', true, []),
  note('mo-dwd-toolbox', 'polished-assistant-mo-008', "On 3/13, the case manager spoke by phone with the customer's spouse, who indicated that the customer is doing well overall and keeping busy.", 'T', 'A', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'polished-assistant-mo-009', "The participant was contacted via telephone on 3/16. The participant reported that she is attending all scheduled classes in the Pharmacy Technician program and earned a 92% on her most recent exam. The participant will continue in training per her IEP.", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'polished-assistant-mo-010', "A check-in was completed with the customer on 3/18. The customer is doing well and remains on track. No concerns were noted at this time.", '-', 'P', false, ['contact-type-missing', 'progress-missing', 'justification-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'polished-assistant-mo-011', "Per the customer's e-mail dated 3/20, she has completed her clinical rotation at CoxHealth and is scheduled to sit for the CNA exam on 4/2. This case manager will continue to provide support as needed per the IEP.", 'E', 'P', true, []),
  note('mo-dwd-toolbox', 'polished-assistant-mo-012', "The customer was scheduled for an appointment on 3/23 but did not attend. A reminder letter has been mailed to reschedule.", 'L', 'P', false, ['unsuccessful-attempt', 'response-pending']),
  note('mo-dwd-toolbox', 'polished-assistant-mo-013', "Multiple attempts were made to reach the customer by phone during the week of 3/23. The customer ultimately returned the call on 3/27 and confirmed that he started full-time employment at O'Reilly Distribution on 3/24 at $18.50/hr. Follow-up services will continue per the IEP.", 'T', 'P', true, []),
  note('mn-wf1', 'polished-assistant-mn-001', "Monthly contact was completed on 2/3. The participant continues to engage in services and is making progress toward ISS goals.", 'T', 'P', true, ['progress-missing', 'not-substantive'], { field: 'T' }),
  note('mn-wf1', 'polished-assistant-mn-002', "A telephone conversation was held with the participant on 2/4. She shared that she passed the ServSafe Manager exam and began a line cook position at Sanford Medical Center on 2/1, working 32 hours per week. ISS and WF1 activities were reviewed and updated accordingly.", 'T', 'P', true, []),
  note('mn-wf1', 'polished-assistant-mn-003', "No direct contact was made with the participant during February. Her instructor at Northwest Technical College confirmed by telephone on 2/25 that she has passed all three Anatomy exams and has not missed any classes.", 'T', 'V', false, []),
  note('mn-wf1', 'polished-assistant-mn-004', "The participant's instructor at Bemidji State provided an update via e-mail on 2/6, indicating that the participant is maintaining a B average and has had perfect attendance this semester.", 'E', 'V', false, []),
  note('mn-wf1', 'polished-assistant-mn-005', "An attempt was made to reach the participant by phone on 2/9; however, the number is no longer in service. Alternative contact methods will be explored.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'polished-assistant-mn-006', "The participant was seen in the office on 2/10 for a scheduled appointment. Progress toward employment goals was discussed, and the participant remains motivated.", 'I', 'P', true, ['progress-missing', 'not-substantive']),
  note('mn-wf1', 'polished-assistant-mn-007', "Correspondence was mailed to the participant on 2/11 outlining upcoming workshops and requesting an update on her job search.", 'L', 'P', false, ['response-pending']),
  note('mn-wf1', 'polished-assistant-mn-008', "On 2/17, the participant responded by phone to the correspondence dated 2/11, reporting that she has submitted 7 applications and has a second interview with Digi-Key on 2/20. The ISS was reviewed.", 'T', 'P', true, []),
  note('mn-wf1', 'polished-assistant-mn-009', "The participant replied via e-mail on 2/24 to the check-in message sent 2/20, sharing that she has completed the Pharmacy Technician course and is scheduled to take the PTCB exam on 3/15. WF1 activities were updated.", 'E', 'P', true, []),
  note('mn-wf1', 'polished-assistant-mn-010', "A video meeting was conducted with the participant on 2/19 via Microsoft Teams. The participant shared his new AWS D1.1 welding certification and discussed his plan to apply to Arctic Cat. The ISS was updated to reflect completion of training.", 'T', 'P', true, []),
  note('mn-wf1', 'polished-assistant-mn-011', "Several attempts to connect with the participant have been unsuccessful. A message was left with his mother on 2/23 requesting that he return the call.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'polished-assistant-mn-012', "The participant stopped by briefly to pick up a bus card. The participant reports attending the Adult Basic Education class four days per week and has completed two practice GED tests with passing scores.", 'I', 'P', true, ['contact-date-missing'], { noDateField: true }),
  note('mn-wf1', 'polished-assistant-mn-013', "The participant's file was reviewed on 2/26 for compliance, and all documentation appears to be in order.", '-', '-', false, ['contact-type-missing', 'not-substantive']),
];
