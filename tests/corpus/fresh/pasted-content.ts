/**
 * Pasted and formatted content: "•" and "-" bullet lists, numbered lists, markdown-ish headers and bold
 * labels, e-mail replies pasted with "> " quoting and signatures, auto-replies, and copied text-message and
 * chat threads (fresh split: new voices, scored and listed but not floored yet). Labels come from the policies
 * and the definition of a qualifying contact in ARCHITECTURE.md, written before the checker ever ran on them.
 * A quoted message is whoever wrote it: the case manager's own question quoted under a reply is not the
 * participant speaking, and a participant's chat that only moves an appointment carries no news.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'pasted-content';

export const NOTES: LabelledNote[] = [
  note(MO, 'pasted-content-mo-001', 'Monthly CMC - phone\n• Spoke w/ customer 3/4\n• Attending OTC Surgical Tech, 2nd semester\n• Grades: A (Anatomy II), B+ (Surgical Procedures), B (Micro)\n• Attendance: 0 absences\n• Plan: continue ITA through 12/2025 per IEP\n• Next: TC 4/4', 'T', 'P', true, []),
  note(MO, 'pasted-content-mo-002', 'Customer replied 3/18 to CM\'s e-mail:\n> Hi Keisha, just checking in for your 90-day contact. How are classes going?\n\nHi! Classes are good. I passed my phlebotomy practical last week and I have 30 of 40 sticks done for clinicals. Thanks, Keisha\nSent from my iPhone\n\nITA continues per IEP; next contact 30 days.', 'E', 'P', true, []),
  note(MO, 'pasted-content-mo-003', 'E-mail sent 4/2:\n---\nSubject: 90-day contact - please reply\nHi Marcus, please call or reply with an update on your welding classes. Your contact is due by 4/30.\nThanks,\nDana Barnes | Career Specialist | Missouri Job Center - Springfield | 417-555-0110\n---\nNo reply yet.', 'E', 'P', false, [RP]),
  note(MO, 'pasted-content-mo-004', 'Text thread 4/10:\n[CM 9:02 AM] Good morning Jorge, monthly check in. How\'s the CDL course?\n[CM 2:15 PM] Jorge please call me when you can.\n[CM 4:40 PM] Trying to reach you before your 90 days are up.', 'E', 'P', false, [RP]),
  note(MO, 'pasted-content-mo-005', 'Copied from text thread 4/22:\nCM: hi Tasha it\'s Dana w/ the job center, checking on CNA class\nTasha: hi!! i passed my skills test yesterday and state written is 5/6\nCM: awesome. still need gas card?\nTasha: yes please\nCM: ok will have it at front desk Fri. ITA continues thru state exam', 'E', 'P', true, []),
  note(MO, 'pasted-content-mo-006', '## 600 CMC\n**Contact:** In person, 5/6, Job Center\n**Progress:** Customer has not started class yet; the Vatterott HVAC cohort was pushed to 6/2.\n**Justification:** Continue ITA; start date moved, IEP updated.\n**Next steps:** TC 6/9 after first week.', 'I', 'P', true, []),
  note(MO, 'pasted-content-mo-007', '- Appt 5/20 10:00 OV: customer did not show\n- Called 10:30: no answer, LM\n- Mailed reschedule letter 5/21', 'L', 'P', false, [UA, RP]),
  note(MO, 'pasted-content-mo-008', 'Forwarded from instructor 6/3:\n> From: Rick Yates, Welding Instructor, Franklin Technology Center\n> Jason is doing fine.\n> Rick\nCM replied thanking Rick.', 'E', 'V', false, [TP, PM, JM]),
  note(MO, 'pasted-content-mo-009', 'E-mail from OTC Nursing clinical coordinator 6/11 (customer unreachable by phone since 6/1):\n> Ms. Reyes has completed 112 of 120 clinical hours, has passed Med-Surg I (84%) and Pharmacology (88%), and has no unexcused absences. She is scheduled to finish 7/25.\nContinue ITA through completion per IEP; will keep trying customer.', 'E', 'V', true, []),
  note(MO, 'pasted-content-mo-010', '• Address verified: 2210 E Cherry St Apt 4, Springfield MO 65802\n• Phone verified: 417-555-0199\n• File reviewed', '-', '-', false, [CT, NS]),
  note(MO, 'pasted-content-mo-011', 'CM e-mailed customer 7/1 re: summer classes. Auto-reply received:\n> Thank you for your email. I am out of the office with limited access until 7/15.\n> -- Sent from Outlook', 'E', 'P', false, [RP]),
  note(MO, 'pasted-content-mo-012', 'Notes from OV 7/14 (in person):\n1. Customer completed CDL-A training at Drive Train 7/10; passed road test.\n2. Has a conditional offer from Schneider, orientation 7/28.\n3. Needs DOT physical - CM approved support payment per IEP.\n4. Next: TC after orientation.', 'I', 'P', true, []),
  note(MO, 'pasted-content-mo-013', 'Pasted from intake packet:\n- Name: R. Delgado\n- SSN: 431-90-2274\n- Program: WIOA DW\nTC w/ cust 8/1: cust started the Forklift/Warehouse cert at MCC 7/28, attended all 4 days so far. Continue ITA per IEP.', 'T', 'P', true, [PII]),
  note(MN, 'pasted-content-mn-001', 'Monthly contact\n- Type: phone\n- Date: 2/3\n- Results: client in week 6 of Medical Coding (online, Lake Superior College), 94% avg, submitted her certification exam application\n- ISS reviewed', 'T', 'P', true, []),
  note(MN, 'pasted-content-mn-002', '> On Feb 10, Counselor wrote: Hi Amber, monthly check-in - how is the CNA course going?\n\nIts going good I passed the written test, skills test is 2/24.\nAmber\n\nReply placed in file. ISS reviewed.', 'E', 'P', true, []),
  note(MN, 'pasted-content-mn-003', 'Email sent to client 3/3 (pasted):\n"Hi Kyle, this is your monthly contact from the Bemidji WorkForce Center. Please reply with how your welding classes are going and your work hours."\nNo response.', 'E', 'P', false, [RP]),
  note(MN, 'pasted-content-mn-004', 'Text thread 3/11:\nCounselor: Hi Sam, monthly check in!\n(reply from number) this is sams mom hes at work, he passed his welding cert\nCounselor: thanks! please have him text me', 'E', 'A', false, []),
  note(MN, 'pasted-content-mn-005', '## Monthly Contact - In Person\n* Client came to WFC 3/20\n* Reviewed job search log: 6 applications (Marvin, Polaris, Arctic Cat, Sanford, Walmart, LifeCare)\n* Interview at LifeCare 3/25\n* ISS updated', 'I', 'P', true, []),
  note(MN, 'pasted-content-mn-006', '- 4/1 called client, NA\n- 4/3 called client, NA, LM\n- 4/7 texted client, no reply', 'E', 'P', false, [UA, RP]),
  // Only an appointment moved: the client's messages carry no news about the activity.
  note(MN, 'pasted-content-mn-007', 'Teams chat copied 4/14:\nClient: hey can we move my appt?\nCounselor: sure, how about 4/21 at 10?\nClient: ok', 'E', 'P', false, []),
  note(MN, 'pasted-content-mn-008', 'Pasted from instructor email 4/22:\n> Maria has completed 3 of 4 courses in the Pharmacy Tech certificate, 91% average, perfect attendance.\n> Kim Berg, Instructor, NCTC\nCopy placed in file.', 'E', 'V', false, []),
  note(MN, 'pasted-content-mn-009', '**Monthly contact** (phone, 5/5)\n**Results:** spoke w/ client, no change\n**Next:** call in June', 'T', 'P', true, [PM, NS]),
  note(MN, 'pasted-content-mn-010', 'From client 5/19:\nHi, sorry for the late reply. I finished my last semester with a 3.5 and graduate 5/16! I have an interview at Essentia on the 28th.\n-Jenna\n\n> From: Counselor\n> Sent: 5/12\n> Subject: Monthly check-in\n> Hi Jenna, how are your finals going?\nISS and WF1 training activity updated.', 'E', 'P', true, []),
  note(MN, 'pasted-content-mn-011', 'Copied text thread 6/2:\nCounselor: Hi Luis, monthly check-in, how is work?\nCounselor: (6/5) Luis, please call or text me back.\n[Delivered]', 'E', 'P', false, [RP]),
  note(MN, 'pasted-content-mn-012', 'Monthly contact notes:\n• In person at WFC\n• Client started OJT at LM Wind Power, 40 hrs/wk, $20/hr\n• Passed first 30-day review\n• ISS reviewed', 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'pasted-content-mn-013', 'Bullets from the voicemail client left 6/20:\n- passed CNA state test\n- starts at Good Samaritan 7/1\n- asked CM to call back\nCM called back 6/21 - no answer.', 'T', 'P', false, [UA]),
];
