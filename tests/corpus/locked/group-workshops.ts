/**
 * Group services: job clubs, orientations, workshops and career fairs (in person or by Zoom/Teams), with the
 * one-on-one exchange that makes a contact, or only invitations, reminders, no-shows and plans (locked split:
 * scored and floored, aggregates only).
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written before the
 * checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'group-workshops';

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'group-workshops-mo-001', 'Facilitated Job Club in person 3/4 (8 attendees). Met one-on-one with customer afterwards: she has applied to 6 jobs since finishing her CNA training and has an interview 3/7 at the nursing home on Route K. Continue job search services per IEP; next Job Club 3/11.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'group-workshops-mo-002', 'Customer did not attend the 3/11 WIOA orientation he was scheduled for.', 'I', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'group-workshops-mo-003', 'E-mailed the spring workshop flyer 3/12 to all ITA customers, including this customer, and asked each to reply with their training status.', 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'group-workshops-mo-004', 'Mock interview workshop 3/13 in the resource room. Customer took part and I gave her feedback on her answers. She finished the CNA program 3/1 and has two interviews next week. Continue job search assistance under IEP until placement.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'group-workshops-mo-005', 'Presented orientation for the new training cohort 3/17. Customer attended, asked me about book vouchers after the session and I explained the process.', 'I', 'P', true, ['progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'group-workshops-mo-006', 'Called customer 3/19 to remind him of Job Club; no answer, left message.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'group-workshops-mo-007', 'Job Club 3/25: customer told the group and me that he was hired at the distribution center, $17/hr, full time, starting 3/31. Closed job search activity; customer moves to follow-up services per IEP.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'group-workshops-mo-008', 'Next employer panel workshop is 4/2 at 1:00 in Room B. Plan to invite customer.', '-', '-', false, []),
  note('mo-dwd-toolbox', 'group-workshops-mo-009', 'Group orientation by Zoom 4/7. Customer joined and answered my questions during Q&A: he attends the welding program nights and passed his first bend test. Continue ITA per IEP; next contact 5/7.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'group-workshops-mo-010', 'Mailed letter 4/8 inviting customer to the 4/22 career fair and asking him to call with his training status.', 'L', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'group-workshops-mo-011', 'Talked briefly with customer at our career fair booth 4/22, said hi.', 'I', 'P', true, ['progress-missing', 'justification-missing', 'not-substantive']),
  note('mn-wf1', 'group-workshops-mn-001', 'Facilitated monthly youth group 2/4 and checked in individually with client: she passed Algebra I and is working 20 hrs/week in her work experience at the library. ISS reviewed with her.', 'I', 'P', true, []),
  note('mn-wf1', 'group-workshops-mn-002', 'Client was a no-show for the 2/6 resume workshop. Texted her afterwards; no reply.', 'E', 'P', false, ['unsuccessful-attempt', 'response-pending']),
  note('mn-wf1', 'group-workshops-mn-003', 'Job club 2/11 in person: client reported four applications this week and an interview at the hospital laundry on 2/14. Updated WF1 job search activity.', 'I', 'P', true, []),
  note('mn-wf1', 'group-workshops-mn-004', 'Mailed the spring workshop calendar 2/13 with a handwritten note asking client to call me with an update.', 'L', 'P', false, ['response-pending']),
  note('mn-wf1', 'group-workshops-mn-005', 'Orientation 2/18: client attended and stayed after to talk with me. She is working 15 hrs/week in her work experience placement at the daycare and her supervisor evaluation was good. ISS reviewed.', 'I', 'P', true, []),
  note('mn-wf1', 'group-workshops-mn-006', 'Called client 2/24 to remind him of job club. Phone disconnected.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'group-workshops-mn-007', 'Job club 2/25, client attended and we said hi.', 'I', 'P', true, ['progress-missing', 'not-substantive']),
  note('mn-wf1', 'group-workshops-mn-008', 'Texted client 2/27 an invitation to the 3/4 job club and asked how classes are going. No reply yet.', 'E', 'P', false, ['response-pending']),
  note('mn-wf1', 'group-workshops-mn-009', 'Job club 3/4: client told me he passed the Class A road test 3/1 and has an offer from a trucking company pending a background check. Updated WF1.', 'I', 'P', true, []),
  note('mn-wf1', 'group-workshops-mn-010', 'Virtual workshop 3/11: client\'s mother logged in on his account and said he could not join because he is at work now, full time at the bakery.', 'T', 'A', false, []),
  note('mn-wf1', 'group-workshops-mn-011', 'Resume workshop 3/18: client worked on her resume with me for 30 minutes. She finished her medical assistant externship and received her certificate; copy placed in the record.', 'I', 'P', true, []),
];
