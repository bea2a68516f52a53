/** No-shows, rescheduled appointments, home visits with no one home, "not a no-show", walk-ins, office and worksite visits (locked split). Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written before any tuning. */
import { note, type LabelledNote } from '../types';

export const STYLE = 'no-shows-visits';

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'no-shows-visits-mo-003', 'Cust was NOT a no-show - arrived 25 min late for 2pm OV due to bus. Met w/ cust: attending CNA class M-Th at Crowder, passed CPR cert 3/1, 1 absence. Cont ITA; next OV 4/2.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'no-shows-visits-mo-006', 'Worksite visit at Hearnes Ctr 3/12. Met w/ cust and his WEX supervisor Tom. Cust has 110 of 240 WEX hrs, Tom says he is reliable and learning inventory. Cust wants to stay on after WEX; plan to continue WEX and explore OJT w/ same employer.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'no-shows-visits-mo-009', 'Cust no show 1/14 OV.', 'I', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'no-shows-visits-mo-012', 'Cust rescheduled OV again (3rd time). No contact this qtr.', 'I', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'no-shows-visits-mo-015', 'Cust showed up for OV 12/1, this is not a no-show (system auto-flagged it). Cust brought report card: GPA 2.9, all credits passed. Will continue ISS services through graduation.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'no-shows-visits-mo-018', 'In-person w/ cust @ Job Center 1/23. Resume done, applied to 6 jobs this wk (2 at MU Health), interview w/ Columbia Public Schools 1/27 for custodian. Cont job search asst per IEP.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'no-shows-visits-mo-021', 'Scheduled OV 6/9 - cust called at 8am to cancel, said she got called in to work at Casey\'s. Spoke w/ her by phone; she is now at 30 hrs/wk and still looking for full time, applied at 3 places. Rescheduled to 6/16. Cont job search services.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'no-shows-visits-mo-024', 'OV 2/27 with cust and her mother (alternate contact). Cust is attending Adult Ed 4 mornings a week and passed HiSET reading 2/20. Needs HiSET math; continue AEL per IEP.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'no-shows-visits-mo-027', 'Home visit 10/1. Cust home, we met at kitchen table. Cust reports she has dropped out of the MA program at Vatterott (schedule conflict w/ new job at Dollar General, 25 hrs). Discussed options; CM to close ITA and provide job search svcs; next HV 10/29.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'no-shows-visits-mo-030', 'OV. cust came in, discussed stuff.', 'I', 'P', true, ['progress-missing', 'justification-missing', 'not-substantive'], { noDateField: true }),
  note('mn-wf1', 'no-shows-visits-mn-002', 'Home visit 3/6, no one home.', 'I', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'no-shows-visits-mn-005', 'Youth did not show for OV at Roseau HS 10/4.', 'I', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'no-shows-visits-mn-008', 'Client rescheduled 3/3 OV to 3/10 (left msg w/ front desk).', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'no-shows-visits-mn-011', 'OV 8/8 w/ client. Client states she has applied for 12 jobs since last month, 2 interviews (Digi-Key 8/12, Sanford 8/14). Reviewed ISS job search goals.', 'I', 'P', true, []),
  note('mn-wf1', 'no-shows-visits-mn-014', 'Client arrived for 1:00 OV 4/23; meeting held. Client says welding program going fine.', 'I', 'P', true, ['progress-missing', 'not-substantive']),
  note('mn-wf1', 'no-shows-visits-mn-017', 'Met client at Bemidji State campus 10/10. She is carrying 15 credits, midterm grades A, B, B, C. Copy of midterm report placed in file.', 'I', 'P', true, []),
  note('mn-wf1', 'no-shows-visits-mn-020', 'Worksite visit Cenex 3/28 - youth was there stocking shelves, talked w/ him and manager. Youth has worked 48 WEX hrs, manager says he is on time and learning register. ISS reviewed.', 'I', 'P', true, []),
  note('mn-wf1', 'no-shows-visits-mn-023', 'Client came in; reviewed job search log, 8 applications, 1 interview at Marvin.', 'I', 'P', true, ['contact-date-missing'], { noDateField: true }),
  note('mn-wf1', 'no-shows-visits-mn-026', 'OV 4/1. Client reports no progress to report this month; clinicals start 5/1. Reviewed ISS.', 'I', 'P', true, []),
  note('mn-wf1', 'no-shows-visits-mn-029', 'OV cancelled by client.', 'I', 'P', false, ['unsuccessful-attempt', 'contact-date-missing'], { noDateField: true }),
];
