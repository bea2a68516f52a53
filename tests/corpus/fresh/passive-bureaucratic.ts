/**
 * The passive, bureaucratic register (fresh split: new voices, scored and listed but not floored yet): "Contact
 * was made with…", "It was reported by the customer that…", "It was determined that…", "The participant was
 * advised…", "Continuation of services was deemed appropriate", full dates, nobody named as the actor. Labels
 * come from the policies and the definition of a qualifying contact, written before the checker ever ran on them.
 * The register hides who did what: "was advised" by letter or mass text is one-way, "progress was discussed"
 * with nobody named is no one talking, "an attempt was made" is an attempt, and "it was reported that" with no
 * one named is no contact. A contact counts when the sentence says it was made with the participant and what
 * the participant reported (or, in Missouri, a provider's substantive report with a reason to continue).
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'passive-bureaucratic';

export const NOTES: LabelledNote[] = [
  note(MO, 'passive-bureaucratic-mo-001', 'Contact was made with the customer via telephone on 03/02/2026. It was reported by the customer that the Practical Nursing program at Nichols Career Center is being attended on a full-time basis and that a grade of 91% was received on the Pharmacology exam. It was determined that continued WIOA funding is warranted, as the customer remains in good standing. The ITA will be continued per the IEP.', 'T', 'P', true, []),
  note(MO, 'passive-bureaucratic-mo-002', 'An attempt was made to contact the customer via telephone on 03/04/2026. A message was left on the customer\'s voicemail. The customer was requested to return the call.', 'T', 'P', false, [UA]),
  note(MO, 'passive-bureaucratic-mo-003', 'The customer was advised by letter dated 03/05/2026 that a case management contact is required within 30 days to prevent a soft exit.', 'L', 'P', false, [RP]),
  // Telephone chosen, but nobody is said to have talked: the drop-down alone shows no exchange.
  note(MO, 'passive-bureaucratic-mo-004', 'Progress in the enrolled activity was discussed. Continued services were deemed appropriate.', 'T', '-', false, [PM, NS], { field: 'T' }),
  // MO §2.1: the customer was unavailable; the instructor's in-person report is substantive and gives the reason.
  note(MO, 'passive-bureaucratic-mo-005', 'Contact was made in person with the instructor, Mr. Dale Whitt, at Rolla Technical Institute on 03/10/2026, as the customer was unavailable. It was reported that the customer has maintained 100% attendance, has completed 3 of 5 modules of the Industrial Maintenance program, and has passed all module exams. Continuation of the ITA was deemed justified.', 'I', 'V', true, []),
  note(MO, 'passive-bureaucratic-mo-006', 'It was determined through a review of the Toolbox record on 03/11/2026 that no contact has been recorded since 12/15/2025. The customer is to be contacted prior to the soft exit date of 03/15/2026.', '-', '-', false, [CT, NS]),
  note(MO, 'passive-bureaucratic-mo-007', 'The customer was seen in the office on 03/12/2026. The customer was advised of the job search requirements, and it was indicated by the customer that four applications have been submitted (Hy-Vee, Casey\'s, MFA, Boone Hospital). The customer is to continue in job search assistance per the IEP.', 'I', 'P', true, []),
  note(MO, 'passive-bureaucratic-mo-008', 'The customer was advised via e-mail on 03/13/2026 to contact the Financial Aid office regarding the Pell Grant. No response has been received from the customer at this time.', 'E', 'P', false, [RP]),
  note(MO, 'passive-bureaucratic-mo-009', 'A home visit was conducted on 03/16/2026. The customer was not present at the residence. A door hanger was left requesting contact.', 'I', 'P', false, [UA]),
  note(MO, 'passive-bureaucratic-mo-010', 'Contact was made with the customer by telephone on 03/18/2026. No changes were reported.', 'T', 'P', true, [PM, JM, NS]),
  // The mother knows only that he is in hospital: not "considerable and substantive" knowledge of progress (§2.2).
  note(MO, 'passive-bureaucratic-mo-011', 'It was reported by the customer\'s mother, who is listed as the alternate contact, that the customer has been hospitalized since 03/15/2026. The customer\'s return to class is not known at this time. Telephone contact was made with the mother on 03/19/2026.', 'T', 'A', false, [TP, JM]),
  note(MO, 'passive-bureaucratic-mo-012', 'A letter was mailed to the customer on 03/02/2026 requesting an update. A written response was received from the customer on 03/20/2026, in which it was stated that the CDL Class A training at Crowder College was completed on 03/13/2026 and that employment has been accepted with a regional carrier at $0.55 per mile. The customer will be moved to follow-up services per the IEP.', 'L', 'P', true, []),
  note(MO, 'passive-bureaucratic-mo-013', 'The customer\'s case was reviewed with the supervisor on 03/23/2026. It was determined that the customer will be soft exited if contact is not made by 03/28/2026.', '-', '-', false, [CT, NS]),
  note(MO, 'passive-bureaucratic-mo-014', 'Contact was attempted via telephone on 03/24/2026 and 03/25/2026. On both occasions, the call was not answered. An e-mail was subsequently sent.', 'E', 'P', false, [UA, RP]),
  note(MO, 'passive-bureaucratic-mo-015', 'A virtual meeting was held with the customer via Microsoft Teams on 03/30/2026. The customer was informed that second-semester tuition has been paid. It was stated by the customer that all classes are being passed, with a current GPA of 3.4. Continuation in the Radiologic Technology program is recommended.', 'T', 'P', true, []),
  // "Was referred" says neither how nor whether anyone talked with the customer.
  note(MO, 'passive-bureaucratic-mo-016', 'The customer was referred to the Missouri Job Center Resume Workshop on 04/02/2026. Attendance at the workshop could not be confirmed.', '-', '-', false, [CT, NS]),
  note(MN, 'passive-bureaucratic-mn-001', 'Monthly contact was completed in person on 03/03/2026. It was reported by the participant that the Welding program at Minnesota North College is being attended daily and that the second certification bend test was passed on 02/27/2026. The participant\'s ISS was reviewed and remains appropriate.', 'I', 'P', true, []),
  note(MN, 'passive-bureaucratic-mn-002', 'Monthly contact was attempted by telephone on 03/05/2026. The phone number on file was found to be disconnected.', 'T', 'P', false, [UA]),
  note(MN, 'passive-bureaucratic-mn-003', 'The participant was notified by letter on 03/06/2026 of the monthly contact requirement.', 'L', 'P', false, [RP]),
  note(MN, 'passive-bureaucratic-mn-004', 'The participant was contacted by telephone on 03/09/2026. Nothing new was reported.', 'T', 'P', true, [PM, NS]),
  note(MN, 'passive-bureaucratic-mn-005', 'It was confirmed by the employer (Hubbard Feeds, Human Resources) via telephone on 03/10/2026 that the participant is employed full time at $18.25 per hour.', 'T', 'V', false, []),
  note(MN, 'passive-bureaucratic-mn-006', 'A telephone conversation was held with the participant on 03/12/2026. It was stated that hours at Walmart have been reduced to 16 per week and that applications have been submitted to Menards and Sanford Health. The participant was advised of the upcoming CareerForce hiring event.', 'T', 'P', true, []),
  note(MN, 'passive-bureaucratic-mn-007', 'The participant was advised of the upcoming CareerForce hiring event via mass text message on 03/13/2026.', 'E', 'P', false, [RP]),
  // Reported by nobody named, verified from a sign-in sheet: no contact, though it is progress.
  note(MN, 'passive-bureaucratic-mn-008', 'It was reported that the participant attended the Resume Writing workshop on 03/16/2026. Attendance was verified through the sign-in sheet.', '-', '-', false, [CT]),
  note(MN, 'passive-bureaucratic-mn-009', 'An e-mail was sent to the participant on 03/17/2026. A response was requested by 03/24/2026. As of this date, no response has been received.', 'E', 'P', false, [RP]),
  note(MN, 'passive-bureaucratic-mn-010', 'A response was received from the participant on 03/19/2026 to the e-mail sent on 03/17/2026. It was indicated that the CNA state exam was passed on 03/14/2026 and that an offer of employment has been received from Good Samaritan Society.', 'E', 'P', true, []),
  note(MN, 'passive-bureaucratic-mn-011', 'The participant\'s progress was reviewed and the ISS was updated on 03/20/2026.', '-', '-', false, [CT, NS]),
  note(MN, 'passive-bureaucratic-mn-012', 'The participant failed to appear for the scheduled appointment on 03/23/2026. No call was received from the participant.', 'I', 'P', false, [UA]),
  note(MN, 'passive-bureaucratic-mn-013', 'The participant was met with at the WorkForce Center on 03/26/2026. It was reported that classes at Bemidji State are being attended and a B average is being maintained. Supportive services for transportation were approved.', 'I', 'P', true, []),
  note(MN, 'passive-bureaucratic-mn-014', 'It was indicated by the participant\'s parole agent via telephone on 03/27/2026 that the participant has been compliant with all conditions and is working at Anderson Fabrication.', 'T', 'O', false, [TP]),
  // Claims a contact but gives neither its type nor its date nor anything the participant said.
  note(MN, 'passive-bureaucratic-mn-015', 'Contact was made with the participant. It was stated that everything is fine.', '-', 'P', false, [CT, PM, NS, DM], { noDateField: true }),
];
