/**
 * Terse mobile and field-worker notes: lower case, little punctuation, lvm, cb, rtn, tc, f2f, ph, emld, hv, ns,
 * appt, pt, cust, cm (fresh split: new voices, scored and listed but not floored yet). Labels come from the
 * policies and the definition of a qualifying contact in ARCHITECTURE.md, written before any tuning.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'field-mobile';

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'field-mobile-mo-001', 'tc pt 3/3 lvm', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'field-mobile-mo-002', 'f2f w pt @ ozarks tech 3/5 pt in wk 4 of 8 cna, 0 abs, passed vitals checkoff. cont ita per iep nxt f2f 4/2', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'field-mobile-mo-003', 'emld pt 4/1 re timesheets', 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'field-mobile-mo-004', 'pt cb 4/2 after my lvm 4/1 - sent tmshts, 64 hrs wex @ goodwill in mar, sup signed. cont wex thru 5/31 per iep', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'field-mobile-mo-005', 'hv 5/8 no answer at door, car not there. left card', 'I', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'field-mobile-mo-006', 'ph w cust 5/9 ok', 'T', 'P', true, ['progress-missing', 'justification-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'field-mobile-mo-007', 'cust rtn call 6/2 while i was in mtg, rcpt took msg - cust says she passed state boards. will cb tmrw', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'field-mobile-mo-008', 'appt 6/10 2pm w cust - ns', 'I', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'field-mobile-mo-009', 'txt cust 6/11 no resp. tc 6/12 reached, cust sick all wk missed 3 clinicals, has dr note, instructor allows makeup 6/20. cont ita', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'field-mobile-mo-010', 'cm tc w cust\'s mom 7/1, cust at work. mom didnt know anything about school or grades', 'T', 'A', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'field-mobile-mo-011', 'f2f @ jc 7/15 cust not a no show, came in late 10:40. turned in grades A A B. cont ita fall term. nxt tc 8/15', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'field-mobile-mo-012', 'lvm x3 this wk (7/21 7/23 7/25). no cb.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'field-mobile-mo-013', 'tc cust 8/4 - says she got hired @ mercy as unit sec 8/1 ft $17. done w training. move to f/u svcs per iep, retention chk 9/4', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'field-mobile-mo-014', 'wrong # on file - guy answered said no one by that name. need upd ph #', 'T', 'O', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'field-mobile-mo-015', 'tc cust 9/2 no ans vm full. txt sent', 'E', 'P', false, ['unsuccessful-attempt', 'response-pending']),
  note('mo-dwd-toolbox', 'field-mobile-mo-016', 'cm spoke w cust at walmart parking lot 9/5 (ran into her) - still in phlebotomy, 60 of 100 sticks done, on track for 10/1. cont ita, nxt tc 10/5', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'field-mobile-mo-017', 'cb from cust 10/1 - rtn my lvm from 9/30. wk 10 of welding @ ranken, 3g passed, 4g next. att 100%. cont ita thru 12/12. nxt tc 11/1', 'T', 'P', true, []),
  note('mn-wf1', 'field-mobile-mn-001', 'tc client 3/2 lvm', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'field-mobile-mn-002', 'client cb 3/3 attending nctc welding, passed 1g & 2g. iss rev', 'T', 'P', true, []),
  note('mn-wf1', 'field-mobile-mn-003', 'emld client 3/10 re feb grades. no rtn yet', 'E', 'P', false, ['response-pending']),
  note('mn-wf1', 'field-mobile-mn-004', 'client emld back 3/12 w grades B B A-. placed in file. wf1 ok', 'E', 'P', true, []),
  note('mn-wf1', 'field-mobile-mn-005', 'f2f 4/1 @ wfc client pleasant, no change', 'I', 'P', true, ['progress-missing', 'not-substantive']),
  note('mn-wf1', 'field-mobile-mn-006', 'hv 4/8 client not home, roommate said client moved to fargo?', 'I', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'field-mobile-mn-007', 'appt 4/15 ns. 2nd ns.', 'I', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'field-mobile-mn-008', 'ph call client 4/22 - started @ digi-key 4/21, 2nd shift 40hr $18.50. ending trng act in wf1', 'T', 'P', true, []),
  note('mn-wf1', 'field-mobile-mn-009', 'cm tc w instructor (nwtc) 5/1 - client attending, 88% avg', 'T', 'V', false, []),
  note('mn-wf1', 'field-mobile-mn-010', 'txt client 5/6 "how r classes?" client txt back "good got a 92 on my A&P test"', 'E', 'P', true, []),
  note('mn-wf1', 'field-mobile-mn-011', 'client called cm cell 5/20, cm on other line, client lvm "call me." cm cb 5/21 na', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'field-mobile-mn-012', 'tc w client 6/3 - she failed state cna skills, retest 6/24. wants tutoring, set up w instructor. iss updated', 'T', 'P', true, []),
  note('mn-wf1', 'field-mobile-mn-013', '6/10 tc na. 6/12 tc na. 6/14 ltr sent.', 'L', 'P', false, ['unsuccessful-attempt', 'response-pending']),
  note('mn-wf1', 'field-mobile-mn-014', 'f2f client + mom @ ALC 7/8. client earned 1.5 cr summer school, att 100%. iss rev', 'I', 'P', true, []),
  note('mn-wf1', 'field-mobile-mn-015', 'client no answer ph, mailbox full 7/20', 'T', 'P', false, ['unsuccessful-attempt']),
  // No channel and no date anywhere: a claimed contact that shows nothing.
  note('mn-wf1', 'field-mobile-mn-016', 'spoke w client', '-', 'P', false, ['contact-type-missing', 'progress-missing', 'not-substantive', 'contact-date-missing'], { noDateField: true }),
  note('mn-wf1', 'field-mobile-mn-017', 'f2f w client @ library 10/8 - finished accounting cert, gpa 3.5, job searching, 3 apps out. chg wf1 act to job search', 'I', 'P', true, []),
];
