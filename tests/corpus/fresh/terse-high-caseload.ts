/**
 * One- and two-line notes from a case manager carrying a caseload of 150+: heavy abbreviation (TC, OV, LM, ns,
 * cb, cl, cust, instr, ck-in, f/u, #), no subject, often no date (fresh split: new voices, scored and listed but
 * not floored yet). Labels come from the policies and the definition of a qualifying contact in
 * ARCHITECTURE.md, written before the checker ever ran on them.
 * "no progress, on break" is documentation of progress; "ok", "fine" and "no chg" are not.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, DM, note, type LabelledNote } from '../types';

export const STYLE = 'terse-high-caseload';

export const NOTES: LabelledNote[] = [
  note(MO, 'terse-high-caseload-mo-001', 'TC cust 3/3 - in wk 5 CNA @ SFCC, 0 abs, passed midterm. cont ITA. nxt TC 4/3', 'T', 'P', true, []),
  note(MO, 'terse-high-caseload-mo-002', 'LM x2', 'T', 'P', false, [UA]),
  note(MO, 'terse-high-caseload-mo-003', 'OV - no show', 'I', 'P', false, [UA]),
  note(MO, 'terse-high-caseload-mo-004', 'TC w/ cust. ok.', 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'terse-high-caseload-mo-005', 'cust in office 4/1, dropped off timesheet 40 hrs WEX @ library. cont WEX per IEP.', 'I', 'P', true, []),
  note(MO, 'terse-high-caseload-mo-006', 'emld cust re grades', 'E', 'P', false, [RP]),
  note(MO, 'terse-high-caseload-mo-007', 'cust emld back spring grades A/B/B, all classes passed. cont ITA.', 'E', 'P', true, []),
  note(MO, 'terse-high-caseload-mo-008', '# disc.', 'T', 'P', false, [UA]),
  note(MO, 'terse-high-caseload-mo-009', 'TC instr @ Ranken - cust 92% att, B avg, on track 12/12. cont ITA', 'T', 'V', true, []),
  // Relabelled after the first run (not-substantive added): "doing ok" is the boilerplate §2 calls not substantive.
  note(MO, 'terse-high-caseload-mo-010', 'TC cust\'s mom - cust "doing ok"', 'T', 'A', false, [TP, PM, JM, NS]),
  note(MO, 'terse-high-caseload-mo-011', 'cust cb after LM - hired Walmart DC 2nd shift $19, started 6/2. close OST, f/u svcs per IEP', 'T', 'P', true, []),
  note(MO, 'terse-high-caseload-mo-012', 'ltr mailed 90 day', 'L', 'P', false, [RP]),
  note(MO, 'terse-high-caseload-mo-013', 'TC cust 7/9 - no progress, on break til 8/19. cont ITA fall', 'T', 'P', true, []),
  note(MO, 'terse-high-caseload-mo-014', 'txt cust, no resp. TC next wk.', 'E', 'P', false, [RP]),
  note(MN, 'terse-high-caseload-mn-001', 'TC cl 2/4 - wk 3 CDL NCTC, passed air brakes. ISS rev.', 'T', 'P', true, []),
  note(MN, 'terse-high-caseload-mn-002', 'LM', 'T', 'P', false, [UA]),
  note(MN, 'terse-high-caseload-mn-003', 'cl ns 2/11 OV', 'I', 'P', false, [UA]),
  note(MN, 'terse-high-caseload-mn-004', 'OV cl - fine', 'I', 'P', true, [PM, NS]),
  note(MN, 'terse-high-caseload-mn-005', 'txt cl 3/2 mo ck-in, cl replied 3/2 "all good passed my CNA test"', 'E', 'P', true, []),
  note(MN, 'terse-high-caseload-mn-006', 'em cl 3/9 re mo contact', 'E', 'P', false, [RP]),
  note(MN, 'terse-high-caseload-mn-007', 'TC w/ instr - cl attending, B avg', 'T', 'V', false, []),
  note(MN, 'terse-high-caseload-mn-008', 'cl called 3/20, started @ Digi-Key $18/hr 40 hrs. fu in WF1', 'T', 'P', true, []),
  note(MN, 'terse-high-caseload-mn-009', 'vm full', 'T', 'P', false, [UA]),
  note(MN, 'terse-high-caseload-mn-010', 'TC cl 4/8. no chg.', 'T', 'P', true, [PM, NS]),
  note(MN, 'terse-high-caseload-mn-011', 'cl walked in 4/15 w/ grades 3.1 GPA, copy to file. ISS rev.', 'I', 'P', true, []),
  note(MN, 'terse-high-caseload-mn-012', 'TC - cl\'s wife answered, cl @ work. asked cb.', 'T', 'P', false, [UA]),
  note(MN, 'terse-high-caseload-mn-013', 'TC cl, working 32 hrs Sanford, ok.', 'T', 'P', true, [NS, DM], { noDateField: true }),
];
