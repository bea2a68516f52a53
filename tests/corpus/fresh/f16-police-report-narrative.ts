/**
 * A retired police sergeant who now does WIOA reentry case management and writes every case note as an incident
 * report (fresh split: new voices, scored and listed but not floored yet). The voice: "On 03/04/2026 at approximately
 * 1015 hours, R/W (this reporting writer) made telephonic contact with …", "Involved parties: P1 — participant …",
 * "Synopsis / Narrative / Disposition", "stated in summary", "was advised", "responded to the listed address",
 * "knock and talk", "a business card was left in the door jamb", "Nothing further." Participants are people released
 * from the Missouri Department of Corrections or a Minnesota correctional facility, working or in training.
 * Offices in St. Louis, Jefferson City, Kennett and Kansas City (Missouri) and Duluth, St. Cloud, Rochester and
 * Minneapolis (Minnesota). Sources of realism: reentry programs that hire retired officers, and the report habits
 * that stay with them (times in hours, passive voice, "subject", "identified as").
 * How I read the policy for the hard cases: "made contact with" the participant, with what the participant stated,
 * is a two-way contact; "attempted contact" or "responded to the address" with nobody answering is an attempt;
 * information from a parole officer is another agency's (someone else), from an employer or a training provider a
 * provider's; a participant who "was advised" by letter has not answered; contact "was made" with P1, where P1 is
 * named as the participant, is a contact with the participant.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'f16-police-report-narrative';

export const NOTES: LabelledNote[] = [
  note(MO, 'f16-police-report-narrative-mo-001', `SYNOPSIS: Monthly contact, P1 in person.
INVOLVED: P1 — participant Andre T.
NARRATIVE: On 01/12/2026 at approximately 0930 hours, P1 reported to the St. Louis office as scheduled. R/W made contact with P1 in interview room 2. P1 stated in summary that he completed week 3 of the forklift/warehouse course at SLATE, attendance 15 of 15 days, OSHA-10 card received 1/9. P1 was advised of the next contact date 2/9. Services to continue per IEP (warehouse associate). Nothing further.`, 'I', 'P', true, []),
  note(MO, 'f16-police-report-narrative-mo-002', `On 02/09/2026 at 0900 hours P1 (Andre T.) failed to report for the scheduled monthly contact. R/W waited until 0945 hours. Nothing further.`, 'I', 'P', false, [UA]),
  note(MO, 'f16-police-report-narrative-mo-003', `On 02/10/2026 at approx. 1300 hours R/W attempted telephonic contact with P1 at the listed number. The call went to voicemail. A message was left requesting a call back. Nothing further.`, 'T', 'P', false, [UA]),
  // Parole is another agency; the officer's word about his job is not a contact with him.
  note(MO, 'f16-police-report-narrative-mo-004', `On 02/11/2026 R/W made telephonic contact with P.O. Simmons (MO Probation & Parole, District 7), who advised that P1 reported to her on 2/10 and is working at a temp agency. R/W has not spoken with P1.`, 'T', 'O', false, [TP, JM]),
  note(MO, 'f16-police-report-narrative-mo-005', `On 02/12/2026 at approximately 1615 hours P1 initiated telephonic contact with R/W. P1 stated he missed 2/9 because he was placed at a LabelStaff assignment that morning. P1 stated he finished the SLATE course 2/6 and passed the forklift practical. P1 is working 3rd shift through LabelStaff, $15.50/hr, and wants full-time warehouse work. P1 was advised that job search services continue per IEP. Nothing further.`, 'T', 'P', true, []),
  note(MO, 'f16-police-report-narrative-mo-006', `INVOLVED: P1 — participant Kiara M.; W1 — Lincoln University welding instructor.
On 03/03/2026 R/W responded to the listed address in Jefferson City for a knock and talk. No answer at the door. A business card was left in the door jamb.`, 'I', 'P', false, [UA]),
  // The instructor gave hours, a test and a recommendation to continue; Missouri accepts the provider contact.
  note(MO, 'f16-police-report-narrative-mo-007', `On 03/04/2026 at approximately 1100 hours R/W made telephonic contact with W1, identified as J. Barnes, welding instructor, Lincoln University. W1 advised P1 has attended 46 of 48 hours this term, passed the AWS 3G bend test 2/27, and is on track to complete 5/1. W1 recommends she continue. Services continue per IEP. R/W will attempt P1 again.`, 'T', 'V', true, []),
  note(MO, 'f16-police-report-narrative-mo-008', `On 03/20/2026 at 1400 hours R/W made contact with P1 (Kiara M.) at the Lincoln University welding shop. P1 stated in summary that she is working on 4G, her son's daycare is now covered by the state, and she has an interview with Quaker Windows 4/2. Services continue per IEP. Nothing further.`, 'I', 'P', true, []),
  note(MO, 'f16-police-report-narrative-mo-009', `On 04/06/2026 a letter was mailed to P1 at the listed address advising her of the monthly contact requirement.`, 'L', 'P', false, [RP]),
  note(MO, 'f16-police-report-narrative-mo-010', `On 04/14/2026 R/W received a letter from P1 (Kiara M.), handwritten, dated 4/10, in response to the 4/6 letter. P1 wrote that Quaker Windows hired her as a welder 4/7 at $19/hr, first shift, and that she will finish at Lincoln 5/1. Copy to file. Follow-up services to continue per IEP. Nothing further.`, 'L', 'P', true, []),
  note(MO, 'f16-police-report-narrative-mo-011', `SYNOPSIS: Contact, P1 by telephone.
On 01/20/2026 at 1030 hours R/W made telephonic contact with P1 (Ray D.). Contact was brief.`, 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'f16-police-report-narrative-mo-012', `On 02/18/2026 R/W attempted contact with P1 (Ray D.) at the Kennett address. A female who identified herself as P1's aunt advised that P1 was at work and would be informed. R/W left a card with the aunt.`, 'I', 'P', false, [UA]),
  note(MO, 'f16-police-report-narrative-mo-013', `On 02/19/2026 at approximately 1700 hours P1 reported to the Kennett office. R/W made contact with P1, who stated he is employed at the Kennett cotton gin, 40 hrs/wk at $14/hr, and enrolled in the Three Rivers evening HVAC class starting 3/2. P1 was advised that WIOA will cover books per IEP. Services continue. Nothing further.`, 'I', 'P', true, []),
  note(MO, 'f16-police-report-narrative-mo-014', `On 03/23/2026 R/W attempted telephonic contact with P1. The number is no longer in service. Nothing further.`, 'T', 'P', false, [UA]),
  note(MO, 'f16-police-report-narrative-mo-015', `On 03/24/2026 R/W made contact by telephone with the Three Rivers HVAC coordinator, who confirmed P1 is enrolled. No attendance or grades available.`, 'T', 'V', false, [TP, PM, JM]),
  note(MO, 'f16-police-report-narrative-mo-016', `On 01/27/2026 at 1300 hours, R/W conducted a video conference (Teams) with P1, identified as Luis G. P1 stated that he has completed 2 of 4 CompTIA A+ modules through Per Scholas KC, with scores of 81 and 87. P1 was advised that training continues per IEP toward a help desk position. Nothing further.`, 'T', 'P', true, []),
  note(MO, 'f16-police-report-narrative-mo-017', `On 02/24/2026 R/W sent P1 an e-mail requesting a contact for February. At the time of this report no response has been received.`, 'E', 'P', false, [RP]),
  note(MO, 'f16-police-report-narrative-mo-018', `On 02/26/2026 R/W received an e-mail response from P1 (Luis G.). P1 wrote that module 3 was passed with an 84 and that he starts the final module 3/2. P1 also wrote that his DOB on the enrollment form is wrong, correct DOB 09/30/1992. Services continue per IEP.`, 'E', 'P', true, [PII]),
  note(MO, 'f16-police-report-narrative-mo-019', `Supplemental to report of 02/26/2026. See original. Nothing further.`, '-', '-', false, [CT, NS]),
  note(MO, 'f16-police-report-narrative-mo-020', `On 03/30/2026 at 1000 hours R/W made contact with P1 in person. P1 stated that he is doing fine. Nothing further.`, 'I', 'P', true, [PM, JM, NS]),

  note(MN, 'f16-police-report-narrative-mn-001', `SYNOPSIS: Monthly contact.
INVOLVED: P1 — participant Travis L.
NARRATIVE: On 01/08/2026 at approximately 1000 hours P1 reported to the Duluth WorkForce Center. R/W made contact with P1. P1 stated he is in week 5 of the Lake Superior College CDL-A program, passed the pre-trip, and is working weekends at Menards. R/W reviewed P1's ISS and WF1 enrollment; both current. Nothing further.`, 'I', 'P', true, []),
  note(MN, 'f16-police-report-narrative-mn-002', `On 02/05/2026 R/W attempted telephonic contact with P1 (Travis L.). No answer, voicemail full.`, 'T', 'P', false, [UA]),
  note(MN, 'f16-police-report-narrative-mn-003', `On 02/06/2026 R/W sent a text message to P1 requesting contact. On 02/06/2026 at 2140 hours P1 replied by text that he passed the CDL road test 2/4 and has a ride-along with Halvor Lines 2/12. R/W replied with congratulations. ISS reviewed. Nothing further.`, 'E', 'P', true, []),
  // His supervised-release agent passing on news; another agency's contact with him.
  note(MN, 'f16-police-report-narrative-mn-004', `On 03/10/2026 R/W received a call from P1's supervised release agent (DOC Agent Nyberg), who advised P1 started with Halvor Lines 3/1 and has been compliant. R/W has not been in contact with P1 this month.`, 'T', 'O', false, [TP]),
  note(MN, 'f16-police-report-narrative-mn-005', `On 03/30/2026 R/W made telephonic contact with P1 while P1 was on a 34-hour reset in Superior. P1 stated he is driving regional, 2,200 miles last week, pay $0.55/mile. Follow-up services explained. ISS updated. Nothing further.`, 'T', 'P', true, []),
  note(MN, 'f16-police-report-narrative-mn-006', `INVOLVED: P1 — participant Jessica H.
On 01/14/2026 at 1100 hours R/W responded to the St. Cloud address for a scheduled home visit. P1 answered the door and stated she was sick and could not meet. Visit rescheduled to 1/21.`, 'I', 'P', false, [UA]),
  note(MN, 'f16-police-report-narrative-mn-007', `On 01/21/2026 R/W conducted a home visit with P1. P1 stated she started the St. Cloud Tech medical office class 1/12, attends Tue/Thu evenings, and has a part-time job at Coborn's 20 hrs. R/W reviewed the ISS with P1. Class schedule copied for the record.`, 'I', 'P', true, []),
  note(MN, 'f16-police-report-narrative-mn-008', `On 02/18/2026 R/W made contact with P1 at the WorkForce Center lobby. Nothing new.`, 'I', 'P', true, [NS]),
  note(MN, 'f16-police-report-narrative-mn-009', `On 03/17/2026 R/W attempted telephonic contact with P1 three times (0900, 1200, 1600 hours). No answer on any attempt. Nothing further.`, 'T', 'P', false, [UA]),
  note(MN, 'f16-police-report-narrative-mn-010', `On 03/18/2026 R/W made telephonic contact with the St. Cloud Tech instructor, who advised P1 has missed 4 of the last 6 classes and her grade is 64%. Nothing further.`, 'T', 'V', false, []),
  note(MN, 'f16-police-report-narrative-mn-011', `On 03/19/2026 P1 initiated telephonic contact with R/W after the instructor told her R/W called. P1 stated her car broke down and she lost rides to class. P1 and R/W discussed a bus pass and a tutoring plan; she will meet the instructor 3/24 about makeup work. ISS updated. Nothing further.`, 'T', 'P', true, []),
  note(MN, 'f16-police-report-narrative-mn-012', `On 04/15/2026 P1 came to the front desk while R/W was in a meeting and left before R/W was free. R/W did not see P1. Nothing further.`, 'I', 'P', false, [UA]),
  note(MN, 'f16-police-report-narrative-mn-013', `INVOLVED: P1 — participant Darius K. (Rochester).
On 02/02/2026 at approx. 1330 hours contact was made with P1 by telephone. P1 stated he completed Rochester Community and Technical College's Heavy Equipment Operator orientation and starts the 12-week course 2/16. R/W reviewed the ISS and enrollments in WF1. Nothing further.`, 'T', 'P', true, []),
  note(MN, 'f16-police-report-narrative-mn-014', `On 03/02/2026 contact was attempted with P1 by letter.`, 'L', 'P', false, [RP]),
  note(MN, 'f16-police-report-narrative-mn-015', `On 03/09/2026 the letter of 3/2 was returned to this office by the post office, marked "Return to sender, unable to forward."`, 'L', 'P', false, [UA]),
  note(MN, 'f16-police-report-narrative-mn-016', `P1 reported to the Rochester office unannounced. R/W made contact with P1, who stated he moved to his brother's house, new address provided. P1 stated he is in week 4 of Heavy Equipment, excavator hours 22, passed safety test. ISS reviewed.`, 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'f16-police-report-narrative-mn-017', `On 04/13/2026 R/W telephoned P1's brother (listed alternate contact) to confirm the new address. Brother confirmed it and stated P1 "is doing good at school." Brother did not know more.`, 'T', 'A', false, [TP, PM]),
  note(MN, 'f16-police-report-narrative-mn-018', `On 01/26/2026 at 1500 hours R/W conducted a video call (Zoom) with P1, identified as Marisol F., Minneapolis. P1 stated that she finished the Summit Academy construction pre-apprenticeship and was accepted to the Carpenters' apprenticeship, start 3/2. P1 provided her SSN 389-44-1276 for the apprenticeship form; R/W advised her not to send it by e-mail. ISS updated.`, 'T', 'P', true, [PII]),
  note(MN, 'f16-police-report-narrative-mn-019', `On 02/23/2026 R/W and P1 spoke.`, '-', 'P', false, [CT, PM, NS]),
  note(MN, 'f16-police-report-narrative-mn-020', `On 03/23/2026 at 1000 hours R/W made telephonic contact with P1, who stated she is in week 3 of the Carpenters' apprenticeship, on a Mortenson site in Minneapolis, $22.80/hr, classes at the training center on Fridays. ISS reviewed. Nothing further.`, 'T', 'P', true, []),
];
