/**
 * Notes for participants co-enrolled in SNAP Employment & Training or TANF work programs (Missouri's SkillUP and
 * Missouri Work Assistance with the Family Support Division; Minnesota's MFIP, DWP and SNAP E&T with county
 * financial workers and employment-services counselors): hours logs, work requirements, sanctions and good cause
 * (fresh split: new voices, scored and listed but not floored yet). Labels come from the policies and the
 * definition of a qualifying contact in ARCHITECTURE.md, written before the checker ever ran on them.
 * The other program's staff (an FSD or county financial worker, an MWA/MFIP/DWP counselor, a SkillUP navigator)
 * are "other", not providers: their calls and e-mails are no contact with the participant. The agency running the
 * participant's training or E&T activity is the provider. A sanction or good-cause decision filed is no contact.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'snap-et-tanf';

export const NOTES: LabelledNote[] = [
  note(MO, 'snap-et-tanf-mo-001', 'Co-enrolled WIOA Adult / SkillUP (SNAP E&T). Met with customer at the St. Louis County Job Center 3/3 for the joint monthly check-in with the SkillUP navigator. Customer reports 24 hrs/wk in the Forklift/Warehouse class at St. Louis Community College, perfect attendance, OSHA-10 card earned 2/28. SNAP work requirement met for February (hours log signed). Continue ITA per IEP; SkillUP covers transportation.', 'I', 'P', true, []),
  note(MO, 'snap-et-tanf-mo-002', 'FSD caseworker called 3/5 asking whether customer is still enrolled in WIOA. Confirmed enrollment; release on file.', 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'snap-et-tanf-mo-003', 'Customer\'s MWA case manager e-mailed 3/10 that customer is in sanction status for not turning in January hours. Mailed customer a letter 3/11 asking her to call CM about good cause.', 'L', 'P', false, [RP]),
  note(MO, 'snap-et-tanf-mo-004', 'Customer called 3/14 in response to my 3/11 letter. She missed January hours because her son was in the hospital 1/8-1/20; she will bring the discharge papers for the good cause request. She is back in the CNA class at Vatterott since 2/3 and passed the first skills check. Continue WIOA training; CM will send FSD the good cause documents once received.', 'T', 'P', true, []),
  note(MO, 'snap-et-tanf-mo-005', 'SkillUP navigator called 3/20 asking whether CM has heard from customer; she has not been able to reach her since 3/6.', 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'snap-et-tanf-mo-006', 'Monthly E&T participation report from Ozarks Technical College received by e-mail 4/2 from the program coordinator: customer attended 62 of 64 scheduled hours in March in Welding Fundamentals and passed the 1F and 2F plate tests. Continue ITA and SkillUP co-enrollment per IEP.', 'E', 'V', true, []),
  note(MO, 'snap-et-tanf-mo-007', 'Joint appointment with the MWA case manager 4/8 at 1:00 (TANF/WIOA). Customer did not show. MWA will start the sanction process; CM will mail customer a reschedule letter.', 'I', 'P', false, [UA]),
  note(MO, 'snap-et-tanf-mo-008', 'Good cause approved by FSD 4/15 for the March hours (medical). Sanction lifted. Copy of the FSD notice scanned to Toolbox.', '-', '-', false, [CT, NS]),
  note(MO, 'snap-et-tanf-mo-009', 'Texted customer 4/20 re: April E&T hours log. Customer texted back 4/20: "turned in my log at the college, 22 hrs this wk, passed my forklift driving test today". Continue ITA; SkillUP hours met.', 'E', 'P', true, []),
  // The customer's recertification was her own meeting; what reached CM is FSD's e-mail.
  note(MO, 'snap-et-tanf-mo-010', 'Customer met with her FSD caseworker 5/1 to recertify SNAP (per FSD e-mail to CM 5/2). Recert approved.', 'E', 'O', false, [TP, PM, JM]),
  note(MO, 'snap-et-tanf-mo-011', 'TC w/ cust 5/6 re: SNAP E&T hours. Cust said hours are fine.', 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'snap-et-tanf-mo-012', 'Co-enrolled SkillUP/WIOA Adult. Contact history this month: 6/2 called customer at the number on file, no answer, left VM; 6/4 texted, no reply; 6/6 the SkillUP navigator at Ozark Area Community Action said she had not heard from customer either. On 6/9 customer came into the Springfield Job Center on her own to ask about the FSD letter saying her SNAP would close for not meeting the work requirement. Met with her for about 40 minutes. She explained she stopped going to the Medical Assistant class at OTC on 5/19 because her daycare provider closed; she has missed 8 class days and the instructor told her she can still make up the work if she returns by 6/16. She has a new daycare slot starting 6/12 through Child Care Subsidy. Helped her complete the FSD good cause form (daycare) and faxed it with her permission. Customer will return to class 6/12. Continue ITA per IEP; CM will call the OTC instructor 6/17 to confirm she is back and will follow up with FSD on the good cause decision.', 'I', 'P', true, []),
  note(MO, 'snap-et-tanf-mo-013', 'CM will join customer\'s 60-day TANF review on 6/10 (by phone) to complete the WIOA contact.', '-', 'P', false, [CT]),
  note(MO, 'snap-et-tanf-mo-014', 'Customer left VM 6/12 after hours: "I got a letter saying my food stamps are getting cut, please call me." CM called back 6/13 at 9:05, no answer, VM full.', 'T', 'P', false, [UA]),
  note(MN, 'snap-et-tanf-mn-001', 'WIOA Adult / MFIP co-enrolled. Monthly contact in person at the Moorhead WFC 2/3 with client and her MFIP ES counselor. Client completed week 5 of the Medical Office Assistant program at M State, 0 absences, keyboarding 48 wpm. Employment Plan and ISS reviewed together; her hours (30/wk) meet the MFIP requirement.', 'I', 'P', true, []),
  note(MN, 'snap-et-tanf-mn-002', 'Client\'s MFIP ES counselor e-mailed 2/9: client has not turned in January hours and will be sanctioned 3/1 if they are not received. Asked CM to remind her.', 'E', 'O', false, [TP, PM]),
  note(MN, 'snap-et-tanf-mn-003', 'Called client 2/10 re: MFIP hours, no answer. Texted her the ES counselor\'s fax number and asked her to turn in the log by 2/20.', 'E', 'P', false, [UA, RP]),
  note(MN, 'snap-et-tanf-mn-004', 'Text from client 2/11 answering my 2/10 text: "sent my hours to Kari this morning, I had 31 hrs in Jan. got a B on my med terminology test". ISS reviewed.', 'E', 'P', true, []),
  // CM was on the line for the county meeting and the client spoke: a two-way contact by phone.
  note(MN, 'snap-et-tanf-mn-005', 'Good cause meeting at Clay County Social Services 3/4 (CM attended by phone). Client explained she missed the last two weeks of February because her car was repossessed; the county accepted good cause through 3/31. Client is still enrolled at M State and is getting rides from her sister; she missed 4 class days. ISS updated with a transportation plan.', 'T', 'P', true, []),
  note(MN, 'snap-et-tanf-mn-006', 'E&T coordinator at Lutheran Social Service (client\'s SNAP E&T provider) e-mailed 3/7: client attended job club 3 of 4 weeks in February, finished her resume and submitted 6 applications.', 'E', 'V', false, []),
  note(MN, 'snap-et-tanf-mn-007', 'Client\'s county financial worker called 3/12: client is an ABAWD and has used 2 of her 3 countable months; she needs 80 hrs/month in E&T or work starting April.', 'T', 'O', false, [TP, PM]),
  note(MN, 'snap-et-tanf-mn-008', 'Client walked in 3/20 upset about an MFIP sanction notice (10% cut starting April for missed hours in February). Went over the notice with her; she says she has a good cause letter from her doctor and will take it to the county tomorrow. School: passed the Excel certification test 3/18 (82%), 2 absences in March. ISS reviewed.', 'I', 'P', true, []),
  note(MN, 'snap-et-tanf-mn-009', 'Mailed client the E&T participation agreement and the April hours log 4/1. Asked her to sign and return.', 'L', 'P', false, [RP]),
  note(MN, 'snap-et-tanf-mn-010', 'Client returned the signed E&T agreement by mail 4/8 with her April hours log (18 hrs so far: job search and the ServSafe class; passed ServSafe 4/5).', 'L', 'P', true, []),
  note(MN, 'snap-et-tanf-mn-011', 'Per client\'s voicemail to CM 4/15, she has called her financial worker five times this week and keeps getting voicemail. CM called client back 4/15, no answer; left VM with the county\'s walk-in hours.', 'T', 'P', false, [UA]),
  note(MN, 'snap-et-tanf-mn-012', 'Met with the DWP counselor at the county 4/22 to coordinate plans for client. Client not present. DWP agreed to pay for the CDL permit test.', 'I', 'O', false, [TP, PM]),
  note(MN, 'snap-et-tanf-mn-013', 'Teams call with client 5/5 for monthly contact. Client okay, nothing new.', 'T', 'P', true, [PM, NS]),
  note(MN, 'snap-et-tanf-mn-014', 'TC w/ client: sanction lifted after good cause was approved; she finished the CNA course and tests for the registry next Thursday. ISS reviewed.', 'T', 'P', true, [DM], { noDateField: true }),
];
