/**
 * Structured and templated entries: Toolbox 600 CMC field blocks, VOS "Case Note - General" subjects, Subject /
 * Contact Type / Reference Date lines, "* FIELD: value" mainframe-style notes, some with the page's contact-type
 * drop-down set and some left with unfilled [placeholders] (fresh split: new voices, scored and listed but not floored yet). Labels come from the policies and the
 * definition of a qualifying contact in ARCHITECTURE.md, written before any tuning.
 * A filled "Contact Type" line gives the type, but only a filled outcome shows a two-way exchange: a template
 * whose results are still [placeholders] records no contact.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'structured-template';

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'structured-template-mo-001', '600 CMC\nContact Type: Telephone\nContact Date: 3/12/25\nSpoke With: Customer\nProgress: Attending CDL-A at Crowder College truck driving, 120 of 160 hrs done, passed pre-trip and backing.\nJustification: Needs ITA through completion 4/4 to obtain CDL per IEP.\nNext Steps: TC after road test, about 4/8.', 'T', 'P', true, []),
  // Type filled, everything else a placeholder: no exchange is documented, so not a contact.
  note('mo-dwd-toolbox', 'structured-template-mo-002', '600 CMC\nContact Type: Telephone\nSpoke With: [name]\nProgress: [enter progress]\nJustification: [enter justification]\nNext Steps: [enter next steps]', 'T', '-', false, ['not-substantive']),
  note('mo-dwd-toolbox', 'structured-template-mo-003', 'Contact Type: Phone\nOutcome: No answer - left voicemail for customer\nNext Steps: Try again Thurs 2/20; mail 90-day letter if no contact by 3/1.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'structured-template-mo-004', 'Subject: CMC - In Person\nCustomer came in for scheduled OV 6/3. Reviewed IEP. Customer completed Medical Billing & Coding at Vatterott 5/30 with a 3.6 GPA and sits for the CPC exam 6/28.\nJustification: continue ITA (exam fee) and begin job search services.\nNext contact: after exam.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'structured-template-mo-005', 'Subject: Case Note - General\nContact: Email\nSent customer the job center hiring event flyer and asked her to confirm she is still enrolled at OTC.', 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'structured-template-mo-006', 'Subject: Monthly follow-up\nNotes: Cust reports 3 applications (Walmart DC, Bass Pro, CoxHealth) and an interview at CoxHealth 7/9. Still needs an interview clothing voucher; continue job search assistance per IEP. F/U 7/12.', 'T', 'P', true, [], { field: 'T' }),
  note('mo-dwd-toolbox', 'structured-template-mo-007', 'Subject: OV\nNotes: Customer did not show. CM will call to reschedule.', 'I', 'P', false, ['unsuccessful-attempt'], { field: 'I' }),
  note('mo-dwd-toolbox', 'structured-template-mo-008', '* Contact Type: Phone\n* Contact With: Training provider (Ozarks Tech nursing dept, Dana Hill)\n* Reason: Cust did not return 2 calls\n* Progress: Cust attending all clinicals, 82% avg in Med-Surg, 1 absence this term\n* Justification: On track to complete LPN 7/2025; continue ITA\n* Next Step: Try cust again 9/15', 'T', 'V', true, []),
  note('mo-dwd-toolbox', 'structured-template-mo-009', 'Contact Type: Phone\nContact With: Alternate contact (sister, Tanya)\nNotes: Cust unavailable. Sister says cust is still going to her classes at Metro Business College but she does not know grades or hours. Will try cust again next week.', 'T', 'A', false, ['third-party-insufficient', 'justification-missing']),
  note('mo-dwd-toolbox', 'structured-template-mo-010', 'Contact Type: [Phone / In Person / Letter / Email]\nDate: 4/2/25\nNotes: see previous entry', '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'structured-template-mo-011', 'CMC 600 - Letter\n90-day contact letter mailed 5/1 to address on file. Customer called 5/6 in response: she finished the phlebotomy course at SFCC 4/25 and passed the NHA CPT exam. Now applying at hospitals; continue job search services per IEP. F/U TC 6/6.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'structured-template-mo-012', 'Subject: CMC\nContact Type: In Person\nOutcome: Met w/ cust at job center. Touched base.\nNext Steps: [next steps]', 'I', 'P', true, ['progress-missing', 'justification-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'structured-template-mo-013', 'Subject: Case Note - General | Contact Type: Telephone | Reference Date: 2/3/25 | Recontact Date: 3/3/25\nCalled cust re: progress. Line disconnected. Checked Toolbox for an alternate number, none on file.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'structured-template-mo-014', 'Subject: RE: ITA status | Contact Type: Email\nCust replied 1/28 to CM\'s 1/21 email: she completed the fall term at Linn State with a 3.1 (A, B, B, C) and is registered for spring. ITA continues per IEP for spring term. Next contact 2/28.', 'E', 'P', true, []),
  // The justification line was left empty; a next contact date alone does not say why services continue.
  note('mo-dwd-toolbox', 'structured-template-mo-015', 'Contact Type: Telephone\nSpoke With: Customer\nProgress: Cust attending CNA class, no absences, passed skills check-off 2 of 5.\nJustification:\nNext Steps: TC in 30 days', 'T', 'P', true, ['justification-missing']),
  note('mo-dwd-toolbox', 'structured-template-mo-016', 'Contact Type: In Person\nCustomer: J. Ramirez   SSN: 512-88-3094\nProgress: Customer reports he started OJT at Midwest Machining 2/3, 40 hrs/wk, and is running the CNC lathe on his own.\nJustification: Continue OJT contract through 5/3 per IEP.\nNext: Site visit 3/3', 'I', 'P', true, ['pii-in-note']),
  note('mn-wf1', 'structured-template-mn-001', 'Contact Date: 3/4/25\nContact Type: In person\nResults: Client attending Northland CTC LPN, midterm grades A/B, 100% attendance. Grades copied to file.\nISS Reviewed: Y', 'I', 'P', true, []),
  note('mn-wf1', 'structured-template-mn-002', 'Contact Date: [MM/DD/YYYY]\nContact Type: Phone\nResults: [results]\nISS Reviewed: [Y/N]', 'T', '-', false, ['not-substantive', 'contact-date-missing'], { noDateField: true }),
  note('mn-wf1', 'structured-template-mn-003', '* CONTACT TYPE: PHONE\n* DATE: 04/08/25\n* RESULTS: LM X2 FOR CLIENT, NO CALL BACK\n* NEXT: LETTER 04/15', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'structured-template-mn-004', '* CONTACT TYPE: EMAIL\n* DATE: 02/10/25\n* RESULTS: CLIENT REPLIED 02/11 - PASSED CDL PERMIT, ROAD TRAINING STARTS 02/24 AT NW TRUCK DRIVING SCHOOL\n* ISS REVIEWED: Y', 'E', 'P', true, []),
  note('mn-wf1', 'structured-template-mn-005', 'Subject: Monthly Contact\nContact Type: Letter\nNotes: Monthly contact letter mailed to client 6/2 with job leads.', 'L', 'P', false, ['response-pending']),
  note('mn-wf1', 'structured-template-mn-006', 'Subject: Monthly contact\nNotes: Client working at Digi-Key 40 hrs/wk, $19/hr since 5/12, passed probation review. Moved to follow-up; WF1 activities updated.', 'T', 'P', true, [], { field: 'T' }),
  note('mn-wf1', 'structured-template-mn-007', 'Subject: Office visit 7/22\nNotes: Client did not show for 2:00 appt. Second missed appt.', 'I', 'P', false, ['unsuccessful-attempt'], { field: 'I' }),
  note('mn-wf1', 'structured-template-mn-008', 'Contact Type: Phone\nDate: 3/14/25\nContact With: Instructor (NCTC welding)\nResults: Instructor reports client passed the 3G plate test and is attending all labs.\nISS Reviewed: N', 'T', 'V', false, []),
  note('mn-wf1', 'structured-template-mn-009', 'Contact Type: Phone\nDate: 4/1/25\nContact With: Client\nResults: No change.\nNext Contact: 5/1', 'T', 'P', true, ['progress-missing', 'not-substantive']),
  note('mn-wf1', 'structured-template-mn-010', 'Monthly Contact - see note dated 3/11/25 under Adult program.', '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mn-wf1', 'structured-template-mn-011', 'Contact Type: Video (Teams)\nDate: 1/16/25\nResults: Client finished first semester of Medical Lab Tech at NCTC, GPA 3.4, registered for spring. ISS reviewed, WF1 training activity extended through 5/15.', 'T', 'P', true, []),
  note('mn-wf1', 'structured-template-mn-012', 'Contact Type: Text\nDate: 2/27/25\nResults: Sent client the monthly check-in text. [awaiting reply]', 'E', 'P', false, ['response-pending']),
  note('mn-wf1', 'structured-template-mn-013', 'Contact Type: In Person\nDate: 3/19/25\nResults: Met with client at WFC. Client reports she was let go from Walmart DC 3/14 (attendance). Applying at Marvin and Arctic Cat; interview at Marvin 3/25. Added job search activity in WF1; ISS updated.', 'I', 'P', true, []),
  note('mn-wf1', 'structured-template-mn-014', 'Contact Type: Phone\nResults: Client\'s husband answered, client at work. Asked him to have her call me back.', 'T', 'P', false, ['unsuccessful-attempt', 'contact-date-missing'], { noDateField: true }),
  note('mn-wf1', 'structured-template-mn-015', '* Contact Type: In Person\n* Date: [date]\n* Results: Client came in, completed the TABE (reading 11.2, math 9.8) and signed ITA paperwork for CNA at Northland, class starts 4/7. ISS updated.', 'I', 'P', true, ['contact-date-missing'], { noDateField: true }),
  note('mn-wf1', 'structured-template-mn-016', 'Contact Type: Phone\nDate: 12/3/24\nResults: Client reports attending. ISS reviewed.', 'T', 'P', true, ['not-substantive']),
];
