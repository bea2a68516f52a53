/**
 * Paid work experience (locked split, batch 7: scored, aggregates only): timesheets faxed, e-mailed, missing or
 * unsigned, worksite supervisors' evaluations, the payroll vendor's questions, and the participant's own calls
 * and texts about a short check. The worksite supervisor is the activity provider (Missouri: counts only with
 * substantive progress and a reason to continue; Minnesota: recorded, never the monthly contact); the payroll
 * vendor is "other". A timesheet that arrives is a document, not a contact; a text that only asks whether a
 * check came through is not an exchange; the front desk explaining a pay date while the case manager is out is
 * not the case manager's contact.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { CT, DM, JM, MN, MO, NS, PII, PM, RP, TP, UA, note, type LabelledNote } from '../types';

export const STYLE = 'timesheet-work-experience';
export const BATCH = 7;

export const NOTES: LabelledNote[] = [
  note(MO, 'timesheet-work-experience-mo-001', "WEX - TC w/ cust 6/3. Cust called asking why her check was short. Reviewed pay period 5/16-5/29: supv only signed 1 of 2 timesheets, so payroll paid 34 of 68 hrs. CM will get the 2nd sheet signed and submit a correction. Cust otherwise doing well at the Parks Dept WEX - 68 hrs worked, no absences. Continue WEX per IEP through 8/1.", 'T', 'P', true),
  note(MO, 'timesheet-work-experience-mo-002', "Timesheet for pp ending 6/12 not received. Emailed worksite supv (Ms. Harlan) and cust 6/15 - reminder to submit by Wed.", 'E', 'P', false, [RP]),
  note(MO, 'timesheet-work-experience-mo-003', "Recieved timesheet for pp ending 6/12 via fax 6/17, signed by supv. 40 hrs. Sent to payroll.", '-', '-', false, [CT]),
  note(MO, 'timesheet-work-experience-mo-004', "WEX site visit Parks Dept 6/24, cust out on the mowing crew across town. Met w/ supv Ms. Harlan, who completed the 30-day evaluation: 4/5 attendance, 4/5 work quality, 3/5 initiative; cust has 108 hrs, 1 tardy. Supv would recommend her for the seasonal hire list. Continue WEX per IEP, CM to review eval with cust.", 'I', 'V', true),
  note(MO, 'timesheet-work-experience-mo-005', "Cust called 6/26 re: direct deposit not set up - she's still getting paper checks. Gave her the payroll vendor's # and the form.", 'T', 'P', true, [PM, JM]),
  // The vendor's e-mail is one-way and forwarding it to the customer awaits her answer; the SSN should not be here.
  note(MO, 'timesheet-work-experience-mo-006', "Payroll vendor emailed 6/29 - cust's W-4 rejected, SSN on form 412-55-0198 does not match the I-9. Forwarded to cust to correct.", 'E', 'P', false, [PII, RP]),
  note(MO, 'timesheet-work-experience-mo-007', "OV 7/1 w/ cust to review her 30-day eval (4/4/3) and fix the W-4. Cust says she likes the crew, wants to work on speaking up more (initiative). 148 hrs to date. Continue WEX per IEP; she'll apply for the seasonal hire list 7/15.", 'I', 'P', true),
  note(MO, 'timesheet-work-experience-mo-008', "PP ending 7/10 timesheet missing. Called cust 7/13 - phone disconnected. Called worksite, supv out.", 'T', 'P', false, [UA]),
  note(MO, 'timesheet-work-experience-mo-009', "Supv Ms. Harlan called back 7/14 - says cust has been there every day, she'll fax the timesheet tomorrow. Cust has a new phone # 573-555-0160.", 'T', 'V', false, [TP, JM]),
  // Her text only asks; no answer from CM is documented.
  note(MO, 'timesheet-work-experience-mo-010', "Text from cust 7/15 from her new # - \"this is Dana my new number. did my check come thru?\"", 'E', 'P', false),
  note(MO, 'timesheet-work-experience-mo-011', "7/22 site visit Parks Dept. Talked w/ cust at the shop while the crew loaded up. She put in for the seasonal hire list 7/15, interview 7/29. 188 hrs. Cont WEX per IEP until hire decision.", 'I', 'P', true),
  note(MO, 'timesheet-work-experience-mo-012', "Supv emailed final WEX eval 8/2: all 4s and 5s, 236 hrs total, cust hired as seasonal laborer eff 8/5 at $14.50.", 'E', 'V', false, [TP, JM]),
  note(MO, 'timesheet-work-experience-mo-013', "Closed WEX activity in Toolbox 8/4, hired. Employment entered. No contact w/ cust.", '-', '-', false, [CT]),
  note(MO, 'timesheet-work-experience-mo-014', "Library WEX supv Mr. Pike called 6/10: cust NCNS 3 shifts this week and has turned in no timesheet for pp ending 6/12. He is ready to end the placement.", 'T', 'V', false, [TP, JM]),
  note(MO, 'timesheet-work-experience-mo-015', "Home visit 6/11 re: the Library WEX no-shows - cust answered the door, said her daycare closed and she couldn't find a sitter. She wants to keep the WEX. Gave her a CCAP app and the list of summer day camps; CM asked Mr. Pike to hold the slot 1 wk. Cont WEX per IEP if childcare is in place by 6/18.", 'I', 'P', true),
  note(MO, 'timesheet-work-experience-mo-016', "Sent 10-day letter to cust 6/19 - WEX will end 6/29 if she does not return to the worksite or contact CM.", 'L', 'P', false, [RP]),
  note(MO, 'timesheet-work-experience-mo-017', "Cust called 7/29 - got the seasonal hire interview done, thinks it went ok. Still on WEX, 196 hrs. Cont WEX per IEP until the decision; CM to call supv for a reference.", 'T', 'P', true),
  note(MN, 'timesheet-work-experience-mn-001', "WEX payroll question from client 6/5 by phone: wanted to know if WEX wages count for his SNAP. Told him to report them to his county worker. He's at 52 hrs at the Ag Center WEX, supervisor likes his work. Reviewed ISS.", 'T', 'P', true),
  note(MN, 'timesheet-work-experience-mn-002', "Timesheet for pp 6/1-6/14 rec'd, signed, 38 hrs. Submitted to payroll.", '-', '-', false, [CT]),
  note(MN, 'timesheet-work-experience-mn-003', "Client's timesheet not turned in. Texted client a reminder.", 'E', 'P', false, [RP, DM], { noDateField: true }),
  note(MN, 'timesheet-work-experience-mn-004', "6/22 Worksite supervisor evaluation (Ag Center, Dale) received by e-mail: punctual 5, quality 4, teamwork 4, communication 3. 96 hrs.", 'E', 'V', false),
  note(MN, 'timesheet-work-experience-mn-005', "6/24 Met with client at the Ag Center on his break and went over Dale's eval. Client agreed to check in with Dale at the start of each shift (communication). He'd like more hrs; Dale can give 25/wk in July. ISS updated.", 'I', 'P', true),
  // The front desk answered his pay question while CM was out: not the case manager's contact.
  note(MN, 'timesheet-work-experience-mn-006', "6/30 client came to the front desk upset about his check - front desk (Amy) took a copy of the pay stub and explained the pay date. I was out.", 'I', 'P', false),
  note(MN, 'timesheet-work-experience-mn-007', "7/1 called client back re: his check. NA. LM.", 'T', 'P', false, [UA]),
  note(MN, 'timesheet-work-experience-mn-008', "7/2 client called back. Check was short 6 hrs b/c Dale keyed 32 not 38 - payroll will add it on the next check. Client says WEX is going good, he's learning the forklift. ISS reviewed.", 'T', 'P', true),
  note(MN, 'timesheet-work-experience-mn-009', "Northstar Payroll emailed 7/3: correction for client approved, +6 hrs on the 7/17 check.", 'E', 'O', false, [PM]),
  // He answered, so the text went both ways; it carries no results, which is a finding, not a missing contact.
  note(MN, 'timesheet-work-experience-mn-010', "7/15 Texted client: \"your correction is on the 7/17 check\". Client: \"thx!!\"", 'E', 'P', true, [PM, NS]),
  note(MN, 'timesheet-work-experience-mn-011', "Mid-July check. Visited the Ag Center 7/20 around 10 to see client and do the monthly site check. Dale (WEX supervisor) said client had left early for a dentist appointment, he had it approved on the calendar a week ago. Dale walked me through the shop and the yard: client has been running the skid steer on the gravel piles and helping load out seed orders, and Dale says he is doing well and shows up on time. Dale showed me the July hours on the sign-in sheet, 44 so far, plus the 6 hrs from the payroll correction. Dale wondered if the WEX can be extended past 8/15 because they are short-handed for the fall; told him I would check the contract and get back to him. Also asked Dale to sign the timesheets in blue ink going forward, payroll keeps kicking back the pencil ones. Will try client by phone later this week for his July contact.", 'I', 'V', false),
  note(MN, 'timesheet-work-experience-mn-012', "7/28 Phone call w/ client about the WEX end date (8/15) and next steps. He wants to apply for the Ag Center's full-time yard position. Helped him with the online app over the phone. ISS updated.", 'T', 'P', true),
  note(MN, 'timesheet-work-experience-mn-013', "Timesheet pp 7/27-8/9 missing supervisor signature; returned to Dale by interoffice mail 8/11.", 'L', 'V', false),
  note(MN, 'timesheet-work-experience-mn-014', "8/14 Final WEX evaluation meeting at the Ag Center w/ client and Dale. Final hrs 231. Dale scored him 4-5 in all areas and said the yard position interview is 8/20. Client was quiet but said he really wants it. WEX activity closed in WF1 8/15.", 'I', 'P', true),
  note(MN, 'timesheet-work-experience-mn-015', "8/21 Dale called: client interviewed yesterday and they're offering him the yard job, starts 9/2.", 'T', 'V', false),
  note(MN, 'timesheet-work-experience-mn-016', "8/25 Client met with Ag Center HR to do his new-hire paperwork.", '-', '-', false, [CT]),
  note(MN, 'timesheet-work-experience-mn-017', "9/12 phone follow-up w/ client: 2 weeks into the yard job, 40 hrs/wk, $19/hr, likes it. Employment entered in WF1, will follow up monthly.", 'T', 'P', true),
];
