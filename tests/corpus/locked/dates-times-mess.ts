/**
 * Entries full of dates and times in every format: 3/3/25, 03-10-2025, 2025-03-11T10:15, "March 20th", 02.28.2025,
 * "2:15p", "yest.", "this AM", weekday names, several days in one entry, wrong-year typos and corrected dates
 * (locked split, batch 2: scored, aggregates only). A weekday alone ("Mon.") does not say which day the contact was;
 * "this AM" is the day of the entry.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'dates-times-mess';
export const BATCH = 2;

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'dates-times-mess-mo-001', "Mon 3/3/25 @ 9:40a OV w/ cust. Passed phlebotomy practical 2/28/52 (typo, 2/28/25) with 94%. Clinical rotation starts 03-10-2025. Cont ITA per IEP; nxt OV 04/07/25 10:00.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'dates-times-mess-mo-002', "3/5 8:05a called cust, NA. 3/5 12:30p called again, LVM. 3/6 2:15p called, straight to VM.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'dates-times-mess-mo-003', "Yest. (3/9) cust called back @ 4:50p. She is 3 wks into the HVAC cert at Lincoln Tech, 100% attendance, first quiz 88. Continue per IEP. Next TC ~4/9.", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'dates-times-mess-mo-004', "2025-03-11T10:15 letter mailed (90-day notice). 2025-03-18 no response.", 'L', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'dates-times-mess-mo-005', "This AM cust came in at 8:15ish to drop off her WEX timesheet (32 hrs, wk ending 3/14). Talked w/ her about 10 min; she likes the front desk work at the library and wants to finish the full 240 hrs. Continue WEX per IEP.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'dates-times-mess-mo-006', "12/2/2024 (should read 3/12/2025, wrong date entered) TC w/ cust. Cust says he's fine.", 'T', 'P', true, ['progress-missing', 'justification-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'dates-times-mess-mo-007', "Appt was 3/17 @ 1:00p. Cust no-show. 1:25p called, phone off.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'dates-times-mess-mo-008', "3/18 called cust, NA. 3/19 2:15p TC w/ instructor Mr. Park (OTC welding): cust has 42 of 45 hrs this block and passed the 2G plate test 3/14. Continue ITA per IEP.", 'T', 'V', true, []),
  note('mo-dwd-toolbox', 'dates-times-mess-mo-009', "March 20th, 10:30: e-mail sent to cust re: FAFSA docs. March 24th: cust replied, submitted FAFSA 3/22, Pell pending, grades so far A/B. Continue ITA per IEP.", 'E', 'P', true, []),
  note('mo-dwd-toolbox', 'dates-times-mess-mo-010', "3-24-25 3:00 PM to 3:20 PM: staffing with supervisor about cust's 90-day date (due 4/15/2025). No contact w/ cust.", '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'dates-times-mess-mo-011', "Wed. 3/26: text to cust at 5:02p, 'pls call re class schedule'. Thu 3/27: nothing. Fri 3/28: still nothing.", 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'dates-times-mess-mo-012', "OV 3/31/2015 [sic, 2025]: cust in office, says she failed the CNA state exam 3/27 (written passed, skills failed), retest 4/18. Needs the retest fee; plan to pay it through the ITA per IEP.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'dates-times-mess-mo-013', "TC w/ cust around lunch. Working at Casey's now, 28 hrs, $14/hr, still applying for full time. Continue job search per IEP.", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'dates-times-mess-mo-014', "Called cust 4/1 @ 9a, 11a and 3:30p: NA x3, no VM set up.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'dates-times-mess-mn-001', "2/3 (Mon) 10a-10:40a OV: client brought Jan attendance (19/20) and midterm grades, 3.1 GPA. Copy to file. ISS rev'd.", 'I', 'P', true, []),
  note('mn-wf1', 'dates-times-mess-mn-002', "Called client yest. afternoon 2/5, no answer; called again this AM 8:30, left msg.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'dates-times-mess-mn-003', "Tues 2/11 ~2:15p client called in about her new job: started 2/10 at Sanford as a dietary aide, $17.40, 32 hrs. WF1 updated, ISS reviewed.", 'T', 'P', true, []),
  note('mn-wf1', 'dates-times-mess-mn-004', "[2/13 7:02 PM] CM: Hi Dana, checking in for Feb. How's class?\n[2/13 9:48 PM] Dana: good, got a 92 on the pharmacology test\n[2/14 8:15 AM] CM: great, see you 3/6", 'E', 'P', true, []),
  note('mn-wf1', 'dates-times-mess-mn-005', "Monthly letter mailed 02/14/2025. Nothing back as of 2/28/25.", 'L', 'P', false, ['response-pending']),
  note('mn-wf1', 'dates-times-mess-mn-006', "1/18/2024, correction: date should be 2/18/2025. Home visit; client home, we reviewed her job search log: 7 applications, 1 interview (Altru, 2/21). ISS reviewed.", 'I', 'P', true, []),
  note('mn-wf1', 'dates-times-mess-mn-007', "Mon. client came in ~3:30. Said she's doing fine in the class.", 'I', 'P', true, ['progress-missing', 'not-substantive', 'contact-date-missing'], { noDateField: true }),
  note('mn-wf1', 'dates-times-mess-mn-008', "Spoke w/ client by phone this AM 9:15. She passed the CDL permit test and starts the driving range next wk. ISS rev.", 'T', 'P', true, [], { noDateField: true }),
  note('mn-wf1', 'dates-times-mess-mn-009', "2/20 9a LM. 2/21 no callback. 2/24 1p LM #2. 2/25 text sent 4:40p.", 'E', 'P', false, ['unsuccessful-attempt', 'response-pending']),
  note('mn-wf1', 'dates-times-mess-mn-010', "Instructor call 2/26 (3:05-3:15p): client's attendance 2/1-2/25 = 17 of 18 days; passed module 4 on 2/24.", 'T', 'V', false, []),
  note('mn-wf1', 'dates-times-mess-mn-011', "2/27/25 2:00p to 2/27/25 2:10p. See prior note.", '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mn-wf1', 'dates-times-mess-mn-012', "02.28.2025 / 16:30: video call (Zoom) w/ client. She finished clinicals 2/27; state exam booked for 3/12. ISS updated.", 'T', 'P', true, []),
  note('mn-wf1', 'dates-times-mess-mn-013', "Client's appt 3/3 @ 10:00 moved to 3/4 @ 2, then moved to 3/6 by client via text. She did not come in 3/6.", 'I', 'P', false, ['unsuccessful-attempt']),
];
