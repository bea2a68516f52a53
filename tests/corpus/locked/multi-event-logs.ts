/** Multi-event notes and contact logs: attempts then a contact, contacts then attempts, strings of attempts, and planned contacts that have not happened (locked split). Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written before any tuning. */
import { note, type LabelledNote } from '../types';

export const STYLE = 'multi-event-logs';

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'multi-event-logs-mo-003', 'TC 5/5 w/ cust: passed the NCLEX-PN 5/1, offered job at Citizens Memorial, starts 5/20. Will continue follow-up services to support retention. 5/19 called to confirm start date, NA, LM.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'multi-event-logs-mo-006', '8/1 letter mailed. 8/15 TC attempt NA. 8/22 HV, no one home.', 'I', 'P', false, ['unsuccessful-attempt', 'response-pending']),
  note('mo-dwd-toolbox', 'multi-event-logs-mo-009', '11/4 cust no-show OV. 11/5 LM. 11/12 LM. 11/19 90-day letter sent.', 'L', 'P', false, ['unsuccessful-attempt', 'response-pending']),
  note('mo-dwd-toolbox', 'multi-event-logs-mo-012', '2/2 NA. 2/9 NA. 2/16 NA. No VM set up.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'multi-event-logs-mo-015', 'OV set for 5/2; reminder text sent 4/30.', 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'multi-event-logs-mo-018', 'TC 8/5 w/ cust (after LM 8/2): cust laid off from Leonardo DRS 7/31, applying to machinist jobs, 4 apps so far. Needs resume update; will continue job search svcs. Next TC 8/19.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'multi-event-logs-mo-021', '10/20 TC w/ youth: passed HiSET math + science, 2 left. Continue youth svcs per ISS. 10/27 TC NA.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'multi-event-logs-mo-024', 'cust ov 1/7 cancelled by cust, resched 1/14. 1/14 no show. 1/15 lm.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'multi-event-logs-mo-027', '4/2 text to cust, 4/3 cust replied "can we talk tmrw", 4/4 TC w/ cust: finished 1st term of Surg Tech, GPA 3.6. Cont ITA.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'multi-event-logs-mo-030', '7/1 LM; 7/7 LM; 7/14 letter mailed; 7/28 cust called CM in response to letter - she moved to St. Joseph, still in the CNA program at Hillyard Tech, passed midterm 86%. Continue ITA.', 'T', 'P', true, []),
  note('mn-wf1', 'multi-event-logs-mn-003', 'TC 3/3 w/ client: passed GED math. 3/17 called client about science test date, no answer.', 'T', 'P', true, []),
  note('mn-wf1', 'multi-event-logs-mn-006', '6/1 letter. 6/15 text. 6/22 home visit - no one home.', 'I', 'P', false, ['unsuccessful-attempt', 'response-pending']),
  note('mn-wf1', 'multi-event-logs-mn-009', '9/2 no-show. 9/3 LM. 9/10 letter.', 'L', 'P', false, ['unsuccessful-attempt', 'response-pending']),
  note('mn-wf1', 'multi-event-logs-mn-012', '12/1 NA. 12/8 NA. 12/15 NA.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'multi-event-logs-mn-015', 'Client came in 3/3: finished CDL training, passed road test 3/1. Will call 3/10 re: job offers.', 'I', 'P', true, []),
  note('mn-wf1', 'multi-event-logs-mn-018', 'TC 6/6 after LM 6/3: client let go from Walmart 6/1, applying at 5 places. Reviewed ISS job search goals.', 'T', 'P', true, []),
  note('mn-wf1', 'multi-event-logs-mn-021', '9/3 OV w/ youth: 2 credits earned at ALC this month, attending daily. 9/10 called youth, NA.', 'I', 'P', true, []),
  note('mn-wf1', 'multi-event-logs-mn-024', '12/2 OV no-show. 12/9 resched. 12/9 no-show again. 12/10 LM.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'multi-event-logs-mn-027', '3/2 text. 3/3 client replied "call me tmrw". 3/4 TC w/ client: passed Fundamentals, starting Med-Surg. Reviewed ISS.', 'T', 'P', true, []),
  note('mn-wf1', 'multi-event-logs-mn-030', '4/1 LM; 4/8 LM; 4/15 letter; 4/22 client called in reply to letter: moved to Fargo, transferring to M State for spring. Reviewed enrollments.', 'T', 'P', true, []),
];
