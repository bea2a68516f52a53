/**
 * Supervisor-reviewed entries: notes co-signed or approved by a supervisor, supervisors' own case reviews, audits and
 * corrections, "per CM" summaries, staffing meetings, covering staff and supervisors who talk with the participant
 * themselves (locked split, batch 4: scored, aggregates only). A supervisor or covering staff member is agency staff:
 * their own two-way contact with the participant counts. A review, audit, correction or staffing among staff is no
 * contact, and a summary of what the case manager heard, with no contact told, says neither how nor that it happened.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'supervisor-reviewed';
export const BATCH = 4;

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'b4-sup-01', "TC 3/3 with customer. He finished the first 8 weeks of the HVAC program at Ranken with a 3.2 and perfect attendance; the second-year tool list is due 4/1. Continue ITA per IEP. - J. Parks, CM\nReviewed/approved: D. Whitman, Supervisor, 3/5", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'b4-sup-02', "Supervisor review 3/6: file reviewed for 90-day compliance. Last CMC 12/10. CM to contact customer by 3/10 to prevent a soft exit.", '-', 'P', false, ['contact-type-missing']),
  note('mo-dwd-toolbox', 'b4-sup-03', "Per CM (J. Parks), customer has not answered calls since January. Supervisor also called 3/7 and left a voicemail.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'b4-sup-04', "Staffing 3/10 (CM, supervisor, business services, adult ed partner). Discussed customer's two absences at the CNA program and her gas card request. Gas card approved pending CM contact with customer.", '-', 'P', false, ['contact-type-missing']),
  note('mo-dwd-toolbox', 'b4-sup-05', "Spoke by phone with customer's mother 3/11. She said he's 'working hard.'\nSupervisor note: not a qualifying contact; CM to reach customer directly. - reviewed M. Ochoa 3/12", 'T', 'A', false, ['third-party-insufficient', 'progress-missing', 'justification-missing', 'not-substantive']),
  // It fixes another entry's type; this entry records no contact of its own.
  note('mo-dwd-toolbox', 'b4-sup-06', "Supervisor correction 3/13: the 3/2 entry was keyed as an office visit; per CM it was a phone call. No other change.", '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'b4-sup-07', "Customer asked for a supervisor 3/14, and I (M. Ochoa, supervisor) met him in the lobby. He is upset that his ITA for the CDL course at Ozark Truck Driving hasn't been approved; he has passed his permit test and holds a seat in the 4/7 class. Explained the ITA was waiting in fiscal and approved it today. Continue per IEP; CM to follow up before 4/7.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'b4-sup-08', "Case review 3/17 (supervisor D. Whitman, CM J. Parks). Reviewed IEP goals, the open enrollment (ITA - Welding, State Fair CC), the last two CMCs and the supportive services paid to date ($340 mileage). Supervisor asked for a current update, so CM called the customer on speaker during the review and she answered. She passed her 3G certification 3/14, has 4 weeks left, and has applied at two fabrication shops in Sedalia. Continue ITA per IEP; CM to start the exit plan in April. Review signed off.", 'T', 'P', true, []),
  // Second-hand and no channel: the supervisor does not say how or when the CM heard it.
  note('mo-dwd-toolbox', 'b4-sup-09', "Per CM, customer reports attending class. - Sup.", '-', 'P', false, ['contact-type-missing', 'justification-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'b4-sup-10', "CM on leave; covering CM T. Nguyen called customer 3/19. Line busy twice, then no answer.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'b4-sup-11', "Late entry approved by supervisor 3/20 for the 3/6 home visit: CM met customer at home; she showed her Moberly CC midterm grades (A, B, B) and her 92% attendance in the Pharmacy Tech program. Continue ITA per IEP.", 'I', 'P', true, []),
  // It quotes a deficient note to send it back; the review itself is no contact.
  note('mo-dwd-toolbox', 'b4-sup-12', "Supervisor returned the 3/21 CMC to CM for correction: it says only 'TC w/ cust, all good.' Needs progress and justification.", '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'b4-sup-13', "Zoom staffing 3/24 with the Ranken instructor, CM and supervisor: customer is 6 of 10 weeks into the electrical pre-apprenticeship with 100% attendance and a 91 average. Continue ITA per IEP.", 'T', 'V', true, []),
  note('mo-dwd-toolbox', 'b4-sup-14', "Supervisor note 3/26: audit found no CMC since 12/20; customer soft-exited 3/20. CM to send a re-engagement letter.", '-', 'P', false, ['contact-type-missing']),
  note('mn-wf1', 'b4-sup-15', "Monthly contact by phone 2/3 with client. She's in her 2nd semester of the welding program at Northland, all C's or better, missed 1 day. ISS reviewed.\n- K. Berg, counselor / Reviewed by L. Haugen, supervisor 2/6", 'T', 'P', true, []),
  note('mn-wf1', 'b4-sup-16', "Case staffing 2/4 (counselor, supervisor, youth coordinator) on client's January attendance at the youth WEX: 3 absences. Decided counselor will do a home visit next week.", '-', 'P', false, ['contact-type-missing']),
  note('mn-wf1', 'b4-sup-17', "Supervisor (L. Haugen) reached client by phone 2/5 while counselor was out: client started at Digi-Key 2/3 as an assembler, $18.50/hr, and finished her forklift class. ISS updated.", 'T', 'P', true, []),
  note('mn-wf1', 'b4-sup-18', "Home visit 2/10 by counselor K. Berg with supervisor L. Haugen riding along. No one home; left a door hanger.", 'I', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'b4-sup-19', "Supervisor review 2/11: returned to counselor. The 2/9 entry lists a text to client but no reply is recorded, so it is not the February contact.", '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mn-wf1', 'b4-sup-20', "Texted client 2/12 re: monthly contact.\nSupervisor co-sign: pending reply. - LH", 'E', 'P', false, ['response-pending']),
  note('mn-wf1', 'b4-sup-21', "Client replied 2/13 to the 2/12 text: 'hey sorry! passed my 2nd EMT practical, 3 wks left, ride-alongs start 3/1'. ISS reviewed. Co-signed LH 2/14.", 'E', 'P', true, []),
  note('mn-wf1', 'b4-sup-22', "Counselor K. Berg out sick. On the supervisor's instruction the front desk called client 2/17 to reschedule his appointment; no answer, left a message.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'b4-sup-23', "Staffing at Northland with the CNA instructor 2/18 (in person, counselor and supervisor): client has 22 of 40 clinical hours and failed the med-pass check-off once; retest 2/25. Instructor recommends tutoring.", 'I', 'V', false, []),
  note('mn-wf1', 'b4-sup-24', "Client came to the staffing at the WFC 2/19 (counselor, supervisor, client and her youth mentor). She told us she finished the 10-week CNA course, passed the state exam 2/14 and has an interview at Sanford Bemidji 2/24. ISS updated to job search.", 'I', 'P', true, []),
  note('mn-wf1', 'b4-sup-25', "In-person check-in with client at the WFC. She is 5 of 8 weeks into the CDL course at Alexandria Tech and passed her pre-trip inspection. Signed off by supervisor.", 'I', 'P', true, ['contact-date-missing'], { noDateField: true }),
  note('mn-wf1', 'b4-sup-26', "Supervisor note 2/24: client's February contact still missing. Counselor has called 3 times (2/5, 2/12, 2/19), voicemail every time.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'b4-sup-27', "Counselor met client 2/25 in the Cass Lake Walmart parking lot (client's choice, no car). Client says things are fine.\nSupervisor review: needs more detail.", 'I', 'P', true, ['progress-missing', 'not-substantive']),
  // A two-way call with the participant by agency staff is a contact (Policy 2); it says nothing of progress.
  note('mn-wf1', 'b4-sup-28', "Supervisor called client 2/26 for the quarterly customer satisfaction survey. Client rated services 5 of 5 and said her counselor has helped her a lot with paperwork.", 'T', 'P', true, ['progress-missing']),
  note('mo-dwd-toolbox', 'b4-sup-29', "Reviewed by supervisor 3/28; entry below stands.\n3/27 CMC: Customer came in after missing 2 appointments. She is working 25 hrs at Hy-Vee and attending the Medical Assistant program 3 nights a week; grades B and B+. Needs evening childcare; continue ITA per IEP.", 'I', 'P', true, []),
  note('mn-wf1', 'b4-sup-30', "Co-signed. Client returned the counselor's call 2/27, after the 3 voicemails the supervisor noted 2/24: she was in the hospital for a week, is back in the LPN program as of 2/25 and has 4 make-up clinical days scheduled. ISS reviewed.", 'T', 'P', true, []),
];
