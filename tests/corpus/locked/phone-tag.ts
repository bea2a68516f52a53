/** Phone tag: returned calls, voicemails both ways, messages left with others, recordings, wrong numbers, and calls that connected after tag (locked split). Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written before any tuning. */
import { note, type LabelledNote } from '../types';

export const STYLE = 'phone-tag';

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'phone-tag-mo-003', 'Called cust at home, roommate answered and said he was at work. Left message with roommate to call CM.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'phone-tag-mo-006', 'Called the number on file for cust; a woman answered and said she did not know anyone by that name. Wrong number. Will check UI claim for a newer number.', 'T', 'O', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'phone-tag-mo-009', 'PC w/ cust after 3 days of phone tag. She is attending the welding program at Linn State 5 days/wk and completed the SMAW 3G plate. Cust needs a new pair of welding boots; will continue support services and ITA.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'phone-tag-mo-012', 'Tc from ptcp returning my call from Mon. ptcp says the forklift class got moved to evenings and he is going every night, got his OSHA 10 card 2/8. cont OJT planning, next step is intro to Ozark Warehouse mgr.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'phone-tag-mo-015', 'Cust\'s sister picked up, said cust moved to Springfield and has a new number. Sister would not give the number but will pass along msg.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'phone-tag-mo-018', 'Called cust 10/3 - no answer, VM not set up. Called alternate contact listed (aunt Denise), no answer.', 'T', 'A', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'phone-tag-mo-021', 'Cust LM on CM\'s line: "Call me back, I got the job." CM called back same day and spoke with cust - hired at Walmart DC as order selector, $19/hr, starts 3/3. Cust needs steel-toe boots; will issue voucher and move to follow-up services.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'phone-tag-mo-024', 'Cust called 2/2 4:55pm, after CM left. VM: needs to reschedule testing. Called back 2/3 9am, spoke w/ cust. TABE retest moved to 2/10; she has been attending AEL 3 mornings/wk and her math went up to 6.1 GE. Remains in AEL per IEP.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'phone-tag-mo-027', 'Msg left with cust\'s husband, Mark. He said she is at clinicals until 6 and he will have her call.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'phone-tag-mo-030', 'LM at cust\'s WEX site (Parks Dept office) for him to call CM.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'phone-tag-mn-001', 'Client returned my call 3/14 while I was at a school visit. Her VM says she "is doing good in class." Will call again 3/17.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'phone-tag-mn-004', 'Called client 1/9 - "this number is not accepting calls at this time". No other number on file.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'phone-tag-mn-007', 'After phone tag (LM 11/1, client VM 11/2), reached client 11/4 by phone. Client completed week 4 of CNA at Northland, passed skills lab, state test 12/9. Reviewed enrollments in WF1.', 'T', 'P', true, []),
  note('mn-wf1', 'phone-tag-mn-010', 'Left message w/ receptionist at client\'s WEX site (Polk Co. Social Services) 8/8.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'phone-tag-mn-013', 'Called client 2/2, 2/6 and 2/9. No answer any time and no VM set up. Will try a letter.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'phone-tag-mn-016', 'Phone tag continues. No contact for January.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'phone-tag-mn-019', 'Client returned my call 5/11 and left a VM that she passed her GED science test. Called back 5/12, no answer, LM.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'phone-tag-mn-022', 'Tried client\'s cell 1/4 - recording "subscriber unavailable". Tried home number - disconnected.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'phone-tag-mn-025', 'vm left for client 9/3, 9/10, 9/17. no call back.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'phone-tag-mn-028', 'Client called 8/14 and left VM; CM returned call 8/14 and talked with client. Client says she has not gone to class in 2 wks, car broke down; discussed bus pass. Will follow up re: re-entry to class.', 'T', 'P', true, []),
];
