/** Subject-line notes: a program or contact-type prefix and a date before a colon, sometimes contradicted by the body (locked split). Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, not from the checker. */
import { note, type LabelledNote } from '../types';

export const STYLE = 'subject-line';
export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'subject-line-mo-002', "600 CMC - Attempt - 5/2: Called cust at home and cell, no answer on either. LM on cell to return call re: 90 day contact.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'subject-line-mn-003', "YOUTH F2F 2/10: Youth did not show for scheduled mtg at ALC. Will call youth's cell tomorrow.", 'I', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'subject-line-mo-005', "600 CMC – OV – 4/7/25: Cust was a no-show for 10:00 OV. Will send letter with new appt date.", 'I', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'subject-line-mn-006', "ISS F2F 3/5: Met w/ youth at Crookston HS. 2 credits short of graduating, attending credit recovery daily, earned 0.5 credit so far. ISS updated.", 'I', 'P', true, [], {noDateField: true}),
  note('mo-dwd-toolbox', 'subject-line-mo-008', "600 CMC – TC – 1/14/25: Cust unavailable (in welding booth). TC w/ instructor at OTC welding lab. Instructor reports 95% attendance, passed 2G plate test, on pace to finish 5/2. Continue ITA.", 'T', 'V', true, []),
  note('mn-wf1', 'subject-line-mn-009', "ADULT – TC – 5/12: TC w/ client's instructor at Northland. Instructor reports client passed the welding bend test and has 100% attendance.", 'T', 'V', false, []),
  note('mo-dwd-toolbox', 'subject-line-mo-011', "CMC/OV 4/12/25 – Cust did not come in for OV. Called cust instead and spoke w/ her; she is attending daily and passed her skills check-off. Cont ITA, OV resched 4/26.", 'T', 'P', true, []),
  note('mn-wf1', 'subject-line-mn-012', "DW – TC – 1/21/25: Called client, line busy twice, not reached. Will try again tomorrow.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'subject-line-mo-014', "OJT – Worksite Visit – 5/14: Met w/ cust & supervisor at Bright Machining. Cust running CNC lathe, 320 of 480 OJT hrs done, wage up to $18.25. Supervisor pleased. Continue OJT thru 6/30.", 'I', 'P', true, []),
  note('mn-wf1', 'subject-line-mn-015', "Subject: Monthly contact: Client came in 4/30 to drop off timesheets; 72 WEX hrs at Salvation Army in April.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'subject-line-mo-017', "TC – 4/21/25: Cust called CM to report she was hired at Amazon as warehouse assoc., $18.50/hr, FT, start 4/28. Will continue follow-up services for retention; next TC 30 days after start.", 'T', 'P', true, []),
  note('mn-wf1', 'subject-line-mn-018', "Letter – 2/3/25: Monthly contact letter mailed. Client called 2/7 in response; attending NCTC, B average, no absences.", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'subject-line-mo-020', "WEX/TC 2/6/25: Spoke w/ cust by phone, 52 hrs at Goodwill WEX in Jan, supervisor evaluation satisfactory. Needs bus pass for Feb; continue WEX per IEP.", 'T', 'P', true, []),
  note('mn-wf1', 'subject-line-mn-021', "OJT – Site Visit – 4/17: Client not on shift. Supervisor reports client is on time and has finished 2 of 3 training modules.", 'I', 'V', false, []),
  note('mo-dwd-toolbox', 'subject-line-mo-023', "ADULT – TC – 01/07/2025: TC w/ cust, DOB 3/22/1979 verified for ITA renewal. Fall grades B/B/C; registered for 12 hrs spring. Cont ITA.", 'T', 'P', true, ['pii-in-note']),
  note('mn-wf1', 'subject-line-mn-024', "TC – Monthly 5/9: Spoke w/ client by phone. Interview at Marvin set for 5/14 after 6 applications. Reviewed ISS.", 'T', 'P', true, [], {noDateField: true}),
  note('mo-dwd-toolbox', 'subject-line-mo-026', "600 CMC – TC – 2/3/25: Cust called in. Discussed bus schedule and childcare options; gave bus pass for Feb.", 'T', 'P', true, ['progress-missing', 'justification-missing']),
  note('mn-wf1', 'subject-line-mn-027', "DW – TC – 2/26/25: TC w/ client re: mileage form. Form mailed.", 'T', 'P', true, ['progress-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'subject-line-mo-029', "600 CMC - OV - 3/18/25: Cust came in to turn in Feb attendance (100%) and pay stub from p/t job. Cont ITA thru May; next OV 4/15.", 'I', 'P', true, []),
  note('mn-wf1', 'subject-line-mn-030', "ISS F2F 4/3: Met w/ youth at ALC. Youth quit WEX at Dollar General (conflict w/ school hrs); attending ALC daily, 1 credit earned this qtr. ISS updated.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'subject-line-mo-032', "600 CMC – TC – 5/20/25: Cust came to the office in person today instead of the scheduled call. Cust has 2 weeks left in HVAC program, passed EPA 608 universal. Cont ITA thru 6/6.", 'I', 'P', true, []),
];
