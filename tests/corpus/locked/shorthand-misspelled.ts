/** Heavy shorthand and misspellings: run-on lowercase, abbreviations (tc, lmom, NA, VM, OV, EM), little punctuation (locked split). Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, not from the checker. */
import { note, type LabelledNote } from '../types';

export const STYLE = 'shorthand-misspelled';
export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'shorthand-misspelled-mo-002', "lmom 4/2 re 90 day cntct", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'shorthand-misspelled-mn-003', "clnt atnd ov 1/16 brght schdl for spr sem 12 cr @ umc. schdl scnd to wf1", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'shorthand-misspelled-mo-005', "EM to cust 3/3 re attndnce no rspns yet", 'E', 'P', false, ['response-pending']),
  note('mn-wf1', 'shorthand-misspelled-mn-006', "recvd EM frm clnt 4/3 in rspns to cm EM - pasd cdl permit, rng hrs strt 4/14", 'E', 'P', true, []),
  note('mo-dwd-toolbox', 'shorthand-misspelled-mo-008', "tc w/ instrctr @ ranken cust unavail. instrctr sd atndnce 98% pasd mod 4 w/ 88 on trk for 6/27 grad cont ita", 'T', 'V', true, []),
  note('mn-wf1', 'shorthand-misspelled-mn-009', "tc w yth 2/12 yth faild eng 11 1st sem, in crdt rcvry now, attndng daly, wrkng 10 hr/wk @ DQ. iss updtd", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'shorthand-misspelled-mo-011', "tc w cust 4/14 she faild state cna writen by 2 pts retst 5/2 needs retst fee cm will reqst cont ita", 'T', 'P', true, []),
  note('mn-wf1', 'shorthand-misspelled-mn-012', "f2f w/ clnt @ wfc, clnt got hired @ digi-key as pckr $18.50/hr strts nxt wk, endng js actvty in wf1", 'I', 'P', true, ['contact-date-missing'], {noDateField: true}),
  note('mo-dwd-toolbox', 'shorthand-misspelled-mo-014', "tc w ptcp 3/17 discssd bus rte & daycare hrs gave bus pss", 'T', 'P', true, ['progress-missing', 'justification-missing']),
  note('mn-wf1', 'shorthand-misspelled-mn-015', "ov no shw 2/20", 'I', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'shorthand-misspelled-mo-017', "pc w/ cust. attndg.", 'T', 'P', true, ['justification-missing', 'not-substantive']),
  note('mn-wf1', 'shorthand-misspelled-mn-018', "ph disconn 3/2, ltr mailed 3/3", 'L', 'P', false, ['unsuccessful-attempt', 'response-pending']),
  note('mo-dwd-toolbox', 'shorthand-misspelled-mo-020', "OV cust no show 3/20 will mail ltr", 'I', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'shorthand-misspelled-mn-021', "video call w/ clnt on teams 2/26, clnt @ clincls in fargo, 90 of 120 hrs dn, eval mts expctns. iss rvwd", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'shorthand-misspelled-mo-023', "f2f w/ yth @ schl 2/4 yth attndng daly gpa 2.4, 1 cr shrt, iss goal grad may cont yth svcs", 'I', 'P', true, []),
  note('mn-wf1', 'shorthand-misspelled-mn-024', "in prsn w yth @ alc 4/16 - yth earnd 2 cr ths qtr, attndnc 90%, wex @ kfc 12 hr/wk, sprvsr sez gd wrkr. iss rvwd", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'shorthand-misspelled-mo-026', "cust txtd cm 4/19: pasd her cdl road tst on 1st try, has intrvw w/ werner 4/23. cm txtd back congrats. cont f/u svcs", 'E', 'P', true, []),
  note('mn-wf1', 'shorthand-misspelled-mn-027', "tc w clnt, clnt lost job @ polaris 2 wks ago, applyng @ 3 plcs, intrvw @ arctic cat set", 'T', 'P', true, ['contact-date-missing'], {noDateField: true}),
  note('mo-dwd-toolbox', 'shorthand-misspelled-mo-029', "tc w/ cdl schl coord 4/10 cust unavail on range. coord sd cust has 28/40 range hrs, pasd pre-trip, rd tst sched 4/24. cont ita", 'T', 'V', true, []),
  note('mn-wf1', 'shorthand-misspelled-mn-030', "tc w clnt 4/29 svcs rvw: chldcre NA, trnsp NA, tuition pd. clnt attnding wldng, pasd 2G. iss rvwd", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'shorthand-misspelled-mo-032', "tc w cust, she sd evrythng fine", 'T', 'P', true, ['progress-missing', 'justification-missing', 'not-substantive']),
];
