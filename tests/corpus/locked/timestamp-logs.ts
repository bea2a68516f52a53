/**
 * Clock-time logs (locked split, batch 5: scored, aggregates only): entries led by times and durations
 * ("10:05-10:20 TC w/ cust", "14:32 VM"), several to a note, from staff who keep a running call log and paste the
 * day into the case note, some with a date header, some with days mixed in, one from a screen with no date field.
 * A note qualifies when one of its entries is a two-way exchange with the participant; a log full of rings,
 * voicemails and texts does not, however long it is, and a duration on a call that only rang is not a
 * conversation.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { note, MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, type LabelledNote } from '../types';

export const STYLE = 'timestamp-logs';
export const BATCH = 5;

export const NOTES: LabelledNote[] = [
  note(MO, 'b5-tsl-mo-01', "3/2/26\n09:05 TC cust, VM full\n11:40 TC cust, NA\n15:15 TC alt contact (sister Keisha) - she will pass msg to cust", 'T', 'P', false, [UA]),
  note(MO, 'b5-tsl-mo-02', "3/3/26\n08:50-09:12 TC w/ cust (returned call). Cust in wk 7 of 12 Welding I at OTC, attendance 100%, passed 3G plate bend test 2/27. Needs steel-toe boots replaced - SS req sent. Cont ITA per IEP. Next CMC by 6/1.", 'T', 'P', true, []),
  // The appointment was in person and the follow-up was a call; neither connected.
  note(MO, 'b5-tsl-mo-03', "3/10\n10:00 OV sched\n10:25 cust not here, no call\n10:30 TC cust, NA, LM to resched", 'T', 'P', false, [UA]),
  note(MO, 'b5-tsl-mo-04', "4/6\n14:32 VM from cust - \"call me back about the class\"\n14:40 TC cust back, NA\n16:05 cust TC'd CM, CM on other line\n16:20 TC cust - connected 16:20-16:31. Cust says she dropped the evening CNA class 4/1 d/t childcare; wants to restart in the May session. Cont WIOA, refer to childcare assistance, re-enroll OST May per IEP.", 'T', 'P', true, []),
  // The registrar gave two pieces of evidence, but nothing in the log says why services continue.
  note(MO, 'b5-tsl-mo-05', "Log 4/14\n13:00-13:45 staffing w/ supervisor re: cust's ITA extension request\n13:50 e-mailed OTC registrar for cust's transcript (release on file)\n14:30 registrar replied w/ transcript: cust has 24 of 30 credits, GPA 3.1", 'E', 'V', false, [TP, JM]),
  note(MO, 'b5-tsl-mo-06', "4/20\n08:15 TC cust - wrong number, man said no one by that name\n08:20 e-mail to cust's gmail re: updated phone #\n08:21 e-mail bounced back (address not found)", 'E', 'P', false, [UA]),
  note(MO, 'b5-tsl-mo-07', "5/1 11:10-11:35 OV. Cust brought in OTC midterm grades (Welding I: A, Blueprint Reading: B). Copy scanned to Toolbox. Cust on track to finish 5/15. Cont ITA, next CMC 8/1 or at completion.", 'I', 'P', true, []),
  // She answered and said she was at work: a real, if empty, conversation.
  note(MO, 'b5-tsl-mo-08', "(entered 6/2 for 5/29)\n15:00-15:04 TC cust - she's at work, can't talk, asked me to call back tmrw\n5/30 09:30 TC cust, NA", 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'b5-tsl-mo-09', "5/12\n07:55 cust texted \"running late be there 8:30\"\n08:45 still not here\n09:30 OV canceled, no show", 'I', 'P', false, [UA]),
  // The meeting that connected was with the employer (someone else); the text to the customer is unanswered.
  note(MO, 'b5-tsl-mo-10', "5/19\n13:20-13:50 Employer visit, Paul Mueller Co (BSR w/ me) - 3 open welder positions, 2nd shift. Gave HR cust's resume.\n13:55 texted cust re: Paul Mueller openings + link", 'I', 'O', false, [RP, TP, PM, JM]),
  note(MO, 'b5-tsl-mo-11', "5/27 10:02 cust TC'd CM (incoming) 10:02-10:15. Cust completed Welding I w/ certificate 5/15 (copy in file), interviewing at Paul Mueller 6/10 and Kraft Heinz 6/12. Job search services continue per IEP. F/U after interviews.", 'T', 'P', true, []),
  note(MO, 'b5-tsl-mo-12', "Timeline 6/10\n09:00 cust interview @ Paul Mueller (per cust's text yesterday)\n16:45 text to cust: how did it go?\n17:30 no reply", 'E', 'P', false, [RP]),
  note(MO, 'b5-tsl-mo-13', "6/11 08:10 TC w/ cust: got the job!! Welder I, $21.40/hr, starts 6/23. Cont until employment verified, then exit; retention f/u at 30 days.", 'T', 'P', true, []),
  note(MO, 'b5-tsl-mo-14', "6/30 16:00 called cust's alt contact (grandmother, listed on IEP) to verify address. Address confirmed. She does not know how cust is doing.", 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'b5-tsl-mo-15', "Date of contact: 7/7\nContact type: Telephone\n09:14 outbound - no answer\n09:16 outbound - no answer\n09:31 inbound from cust - missed\n09:40 outbound - VM, left msg", 'T', 'P', false, [UA]),
  // His call-back reached only voicemail: news, but no conversation (MO §2.2), and not yet a reply to the letter.
  note(MO, 'b5-tsl-mo-16', "Contact log 8/1-8/15 (90-day CMC due 8/30)\n8/1 09:10 TC cust NA\n8/4 13:30 TC cust NA, LM w/ callback #\n8/7 16:00 letter mailed to cust (address verified in Toolbox)\n8/12 10:00 cust returned call while CM was at the Branson office; his VM on my line: \"got the letter, started at Paul Mueller last Monday, second shift, call me\"\n8/12 15:40 TC cust NA, LM\n8/14 08:05 TC cust NA\n8/15 11:20 TC cust, VM full", 'T', 'P', false, [UA]),

  note(MN, 'b5-tsl-mn-01', "1/6 10:05-10:20 TC client. Finished fall semester (Electrical Lineworker, MSCTC Jackson) GPA 2.9; spring starts 1/12, climbing school in April. Reviewed ISS/WF1.\n10:25 e-mailed him the spring SAP form.", 'T', 'P', true, []),
  note(MN, 'b5-tsl-mn-02', "1/13 14:32 VM\n1/14 09:10 VM\n1/15 16:45 text - no reply yet", 'E', 'P', false, [UA, RP]),
  note(MN, 'b5-tsl-mn-03', "2/2 12:00-12:40 client in office (walk-in) w/ fall grades + Jan attendance sheet, 100% attendance. Copies placed in file. ISS updated.", 'I', 'P', true, []),
  // The instructor's call connected (provider); the call to the client did not.
  note(MN, 'b5-tsl-mn-04', "2/17 08:30 instructor (Dave K.) called - client missed 3 days of pole climbing lab, safety concern\n08:45 TC client NA, LM", 'T', 'V', false, [UA]),
  note(MN, 'b5-tsl-mn-05', "2/17 13:10 client called back 13:10-13:25: had the flu, has dr's note, returns 2/19, instructor ok'd makeup labs. Reviewed record.", 'T', 'P', true, []),
  // The client's text only says he is busy: the scheduled call never happened.
  note(MN, 'b5-tsl-mn-06', "3/3\n11:00 scheduled TC (monthly)\n10:52 text from client: in lab cant talk\n11:05 will try tmrw", 'T', 'P', false, [UA]),
  note(MN, 'b5-tsl-mn-07', "3/4 15:20-15:28 TC client. Good. Nothing new.", 'T', 'P', true, [PM, NS]),
  note(MN, 'b5-tsl-mn-08', "3/20 09:00-09:45 Lineworker program employer panel at MSCTC (CM attended for WF center). Client was in the audience, ~40 students. Did not speak w/ him.", '-', '-', false, [CT, NS]),
  note(MN, 'b5-tsl-mn-09', "4/7 10:15 e-mail to client: climbing school dates?\n4/8 07:02 e-mail from client: climbing school 4/20-5/1, and he passed the CDL permit for the digger derrick. Copy of schedule in file.", 'E', 'P', true, []),
  note(MN, 'b5-tsl-mn-10', "4/22 13:40 text from client's mom: \"hes at climbing school all week, he said to tell you hes doing fine\"", 'E', 'A', false, [PM, NS]),
  note(MN, 'b5-tsl-mn-11', "5/5 10:00-10:30 Teams w/ client (camera on). Passed climbing school 5/1 (cert in file); 2 offers pending, MN Valley Electric and Xcel. ISS updated to job search. Next contact June.", 'T', 'P', true, []),
  note(MN, 'b5-tsl-mn-12', "6/1 08:05 TC NA\n6/1 12:30 TC NA\n6/2 17:10 TC NA, mailbox full", 'T', 'P', false, [UA]),
  note(MN, 'b5-tsl-mn-13', "6/3 10:15 letter mailed re: monthly contact", 'L', 'P', false, [RP]),
  note(MN, 'b5-tsl-mn-14', "6/9 11:50 client called (got my letter) 11:50-12:05: started at MVEC as apprentice lineworker 6/1, $28.10/hr. Closing training activity, adding employment in WF1.", 'T', 'P', true, []),
  note(MN, 'b5-tsl-mn-15', "09:40 TC attempted\n09:52 TC attempted\n10:20 text sent", 'E', 'P', false, [UA, RP, DM], { noDateField: true }),
  // From a screen with a Contact Type drop-down set to Telephone.
  note(MN, 'b5-tsl-mn-16', "7/8\n08:30 TC NA\n13:05-13:22 client returned call. 5 wks in at MVEC; climbing every day now, foreman put him on the underground crew for July. Pay went to $29.00 after the 30-day review. Asked about tool reimbursement for his hot sticks - told him to send receipts.\n13:25 record reviewed, ISS updated", 'T', 'P', true, [], { field: 'T' }),
];
