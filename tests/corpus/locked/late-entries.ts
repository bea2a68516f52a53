/**
 * Late entries, corrections, supervisor notes and case transfers: "LATE ENTRY for 3/2", "Correction to note of…",
 * "See 2/10 entry", a transfer between offices or case managers, with or without a contact of their own
 * (locked split: scored and floored, aggregates only).
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written before the
 * checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'late-entries';

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'late-entries-mo-001', 'LATE ENTRY for 3/2/2025 (entered 3/14): TC with customer 3/2. She passed the Pharmacy Tech mid-program exam (84) and is attending all classes. Continue ITA per IEP. Next TC 4/2.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'late-entries-mo-002', 'Correction to note of 3/5: the contact was by telephone, not in person. On that call customer told me he completed the CDL permit and starts range training 3/10. Continue ITA per IEP.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'late-entries-mo-003', 'Correction to 3/7 entry: customer\'s training provider is Ozarks Technical College main campus, not the Waynesville site. No other changes.', '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'late-entries-mo-004', 'Supervisor review 3/10: file reviewed, CMC due 4/15.', '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'late-entries-mo-005', 'Late entry for 3/12: customer no-showed the 3/12 office appointment. CM was out the rest of that week and this was not entered at the time.', 'I', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'late-entries-mo-006', 'Late entry for 3/14 (entered 3/28): home visit 3/14, customer was home and we went over his OJT timesheets from the machine shop: 160 of 480 hours completed, supervisor rates him good on all items. Continue OJT per IEP.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'late-entries-mo-007', 'See note dated 3/18.', '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'late-entries-mo-008', 'Case transferred to this writer 3/20 from J. Ortiz (left agency). File reviewed, IEP current through 6/30. Introductory letter mailed to customer 3/20 asking her to call.', 'L', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'late-entries-mo-009', 'Transfer intro call 3/24: spoke with customer by phone and introduced myself as her new case manager. She is in week 10 of 16 of the dental assistant program, grades all A/B. Continue ITA per IEP; next contact 4/24.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'late-entries-mo-010', 'Correction: the note of 3/26 was entered on the wrong customer and has been voided. There was no contact with this customer on 3/26.', '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'late-entries-mo-011', 'Late entry for 3/27: customer\'s alternate contact (her mother, listed on the application) called 3/27. Mother said customer was hospitalized 3/20-3/25 and will miss two weeks of the LPN program; the school has approved makeup clinicals in May and customer has kept her B average. Continue enrollment; planned gap noted in the IEP.', 'T', 'A', true, []),
  note('mn-wf1', 'late-entries-mn-001', 'Late entry for 2/3 (entered 2/17): met with client 2/3 at the WorkForce Center. She finished the phlebotomy course and passed the national exam. Updated WF1 to job search; ISS reviewed.', 'I', 'P', true, []),
  note('mn-wf1', 'late-entries-mn-002', 'Correction to note of 2/5: the call that day was with client\'s father, not client. Father said client is still in the HVAC class and attending.', 'T', 'A', false, []),
  note('mn-wf1', 'late-entries-mn-003', 'Late entry for 2/7: called client 2/7, no answer, left voicemail.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'late-entries-mn-004', 'See 2/10 entry for contact details.', '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mn-wf1', 'late-entries-mn-005', 'Case transferred from the Bemidji office 2/12 because client moved to Crookston. Met client in person at the Crookston WorkForce Center 2/13: she continues the same CNA program at the Crookston campus and has two weeks left. ISS reviewed.', 'I', 'P', true, []),
  note('mn-wf1', 'late-entries-mn-006', 'New counselor intro: phone call with client 2/14. Introduced myself and reviewed his ISS; he is in week 6 of the welding program, attends daily, passed his first bend test.', 'T', 'P', true, []),
  note('mn-wf1', 'late-entries-mn-007', 'Late entry for 2/18: client texted 2/18 that she started a new job at the clinic; I texted back congratulations and asked for her schedule, she replied Mon-Fri 7:00-3:30. WF1 updated.', 'E', 'P', true, []),
  note('mn-wf1', 'late-entries-mn-008', 'Supervisor note 2/20: reviewed file, monthly contact overdue since 1/31.', '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mn-wf1', 'late-entries-mn-009', 'Correction to 2/24 note: client\'s grade in Anatomy is 78, not 87. Grade report copy is in the record.', '-', '-', false, ['contact-type-missing']),
  note('mn-wf1', 'late-entries-mn-010', 'Late entry 3/2 for 2/27: office visit with client 2/27. He said no changes.', 'I', 'P', true, ['progress-missing', 'not-substantive']),
  note('mn-wf1', 'late-entries-mn-011', 'Late entry for 3/4: monthly contact letter mailed 3/4; no reply as of today.', 'L', 'P', false, ['response-pending']),
];
