/**
 * Co-enrolled participants and partner agencies: Vocational Rehabilitation counselors, Job Corps centers and adult
 * education programs reporting progress, joint meetings, and partner staff who pass along little or nothing
 * (locked split: scored and floored, aggregates only). A VR counselor is another agency's caseworker ("other"),
 * not a training provider; a Job Corps center and an adult education teacher are the participant's activity
 * providers.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written before the
 * checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'partner-agency';

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'partner-agency-mo-001', 'Joint in-person meeting 3/4 at the VR office with customer and her VR counselor. Customer reported she completed the first 6 weeks of the medical billing program with a 92 average; VR is covering her assistive software, WIOA ITA covers tuition. Continue co-enrollment per IEP; next joint meeting 5/6.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'partner-agency-mo-002', 'TC 3/6 with customer\'s Adult Ed instructor (HiSET prep). Customer has attended 46 of 48 hours this month and passed the HiSET reading and writing subtests; math is scheduled 3/28. Instructor recommends he continue; he remains enrolled under his IEP.', 'T', 'V', true, []),
  note('mo-dwd-toolbox', 'partner-agency-mo-003', 'VR counselor e-mailed 3/9 that VR approved steel-toe boots for customer and asked for a copy of our IEP. Sent IEP copy with customer\'s signed release on file.', 'E', 'O', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'partner-agency-mo-004', 'Called the Job Corps center 3/11 and spoke with customer\'s career counselor. Customer has completed 70% of the carpentry trade, passed the TABE, and is on track to graduate in June; no conduct issues. Continue co-enrollment and plan WIOA job placement after graduation per IEP.', 'T', 'V', true, []),
  note('mo-dwd-toolbox', 'partner-agency-mo-005', 'Called the Job Corps center 3/12 for customer\'s counselor; she was out, left a message with the front desk.', 'T', 'V', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'partner-agency-mo-006', 'Customer\'s Adult Ed teacher stopped by the job center 3/14 and said customer is "a pleasure to have in class."', 'I', 'V', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'partner-agency-mo-007', 'Three-way phone call 3/18 with customer and his VR counselor. Customer completed his first week of the CNA program with perfect attendance; VR is paying for his uniform and exam fee. WIOA ITA continues per IEP; next TC 4/18.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'partner-agency-mo-008', 'Texted customer 3/21 asking for his HiSET practice test scores. No reply.', 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'partner-agency-mo-009', 'Customer came to the job center 3/24 with his Job Corps counselor while home on break. He earned his driving permit and forklift card at the center and wants to start CDL training after graduation. Continue co-enrollment; IEP updated with CDL goal. Next contact 4/24.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'partner-agency-mo-010', 'VR counselor called 3/26 and said she spoke with customer last week and he is "fine." She had no school information.', 'T', 'O', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'partner-agency-mo-011', 'TC 3/31 with Adult Ed teacher: customer passed the HiSET math and science subtests, 2 of 5 remain, attendance 95% for March. Continue adult education with WIOA support services per IEP, HiSET completion target May.', 'T', 'V', true, []),
  note('mn-wf1', 'partner-agency-mn-001', 'Met with client and her VR counselor at the WorkForce Center 2/3. Client finished her first semester of accounting with a 3.4 GPA and is taking 12 credits this spring. ISS reviewed with both; no change to WF1 activities.', 'I', 'P', true, []),
  note('mn-wf1', 'partner-agency-mn-002', 'Job Corps center e-mailed the monthly progress report 2/5: client completed 60% of the culinary arts trade and gained two grade levels in reading on the TABE. Report saved to the record.', 'E', 'V', false, []),
  note('mn-wf1', 'partner-agency-mn-003', 'Called the Adult Ed classroom 2/10; the teacher brought client to the phone during break and we talked. Client passed the GED reading test (165) and takes math next month. ISS reviewed.', 'T', 'P', true, []),
  note('mn-wf1', 'partner-agency-mn-004', 'Adult Ed teacher left me a voicemail 2/12 saying client has been absent since 2/3.', 'T', 'V', false, []),
  note('mn-wf1', 'partner-agency-mn-005', 'Texted client 2/14 reminding her to bring the Job Corps leave paperwork. No response.', 'E', 'P', false, ['response-pending']),
  note('mn-wf1', 'partner-agency-mn-006', 'Client came into the WorkForce Center 2/18 while home from Job Corps. He completed the CNA trade and is starting advanced training in phlebotomy at the center in March. ISS reviewed; WF1 activities updated.', 'I', 'P', true, []),
  note('mn-wf1', 'partner-agency-mn-007', 'Staffing meeting 2/20 at the county building with VR, county financial worker and Adult Ed about client; client not present. Agreed to coordinate appointments.', 'I', 'O', false, ['progress-missing']),
  note('mn-wf1', 'partner-agency-mn-008', 'Phone contact with client 2/25 with VR counselor on the line. All good.', 'T', 'P', true, ['progress-missing', 'not-substantive']),
  note('mn-wf1', 'partner-agency-mn-009', 'Adult Ed coordinator called 3/3: client moved up one NRS level in math and logged 40 hours this month.', 'T', 'V', false, []),
  note('mn-wf1', 'partner-agency-mn-010', 'Client left a voicemail 3/5 saying she was accepted into the LPN program. Returned her call 3/5, no answer, left a message.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'partner-agency-mn-011', 'Joint call 3/10 with client and her VR counselor. Client accepted a job offer at the clinic, starts 3/24 at $19/hr; VR will close her case as successful. Updated WF1 to employment and ISS to follow-up.', 'T', 'P', true, []),
];
