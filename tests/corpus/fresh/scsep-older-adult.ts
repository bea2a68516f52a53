/**
 * Senior Community Service Employment Program (Title V) and older workers (fresh split: new voices, scored and listed
 * but not floored yet). The voice: SCSEP coordinators and WIOA case managers with participants 55 to 80-some:
 * community service assignments at host agencies (senior centers, libraries, thrift stores, Meals on Wheels), host
 * agency supervisors who sign timesheets and call in, landlines with answering machines and no voicemail, hearing
 * trouble and captioned phones, adult children and neighbours who call for the participant, recertification and
 * durational limits, and worries about Social Security earnings limits, SSI and Medicare. Sources of realism: SCSEP
 * sub-grantee files, where much of a month's news arrives through the host agency or a son or daughter.
 * A host agency supervisor is the provider; a son, daughter or spouse the alternate contact; a benefits counselor
 * or the participant's doctor's office "other". The participant's own voice on the line is what counts: a relative
 * relaying, a machine taking a message, a call she could not hear are not a conversation with her.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'scsep-older-adult';

export const NOTES: LabelledNote[] = [
  note(MO, 'scsep-older-adult-mo-001', `TC to pt at home (landline) 3/3/26. Pt is hard of hearing, had to repeat several times, but she confirmed she is doing her 20 hrs/wk at the Boonville Senior Center front desk and is learning the sign-in software. Asked about SS earnings limit - she is under it. Cont CSA per IEP.`, 'T', 'P', true, []),
  note(MO, 'scsep-older-adult-mo-002', `Called pt's home 3/4 at 10:15. Answering machine picked up, left msg slowly w/ my name and call back # 660-555-0142 twice.`, 'T', 'P', false, [UA]),
  // The daughter's news is about a hospital stay, not progress in the assignment.
  note(MO, 'scsep-older-adult-mo-003', `Pt's daughter Linda called 3/5 on behalf of her mother. Mom has been at Boone Hospital since 3/1 after a fall, will miss her host agency hours this week. Linda will have her call when she is home.`, 'T', 'A', false, [TP, JM]),
  // A worksite visit with the participant there and talking: her contact, with the supervisor beside her.
  note(MO, 'scsep-older-adult-mo-004', `Host agency visit 3/10 at Goodwill (Columbia). Met with supervisor Carol and pt together in the back room. Pt is sorting donations 4 hrs/day, on time every day per Carol. Pt told me her knees are fine now that she has a stool and she would like to learn the register. Carol will start register training 3/14. Cont assignment per IEP, goal retail cashier.`, 'I', 'P', true, []),
  note(MO, 'scsep-older-adult-mo-005', `Spoke w/ host agency supervisor (Carol, Goodwill) by phone 3/17 - pt has worked all 20 scheduled hrs 3 wks running, timesheets signed, trained on the register 3/14 and passed the cash-handling quiz 3/16. Cont CSA; on track for unsubsidized placement goal in IEP.`, 'T', 'V', true, []),
  note(MO, 'scsep-older-adult-mo-006', `Called pt 3/18 - rang and rang, no machine.`, 'T', 'P', false, [UA]),
  note(MO, 'scsep-older-adult-mo-007', `Pt came in 3/20 for annual recert. Income verified (SS award letter). Pt worried working will reduce her SS check - explained the earnings test does not apply after full retirement age; she is 68. Still at the Senior Center 20 hrs, now doing the monthly newsletter in Publisher. Cont through durational limit (2/2028) per IEP.`, 'I', 'P', true, []),
  note(MO, 'scsep-older-adult-mo-008', `Mailed quarterly IEP review letter 3/24 with a stamped return envelope. Large print per pt's request.`, 'L', 'P', false, [RP]),
  note(MO, 'scsep-older-adult-mo-009', `Rec'd IEP review form back in the mail 4/2, signed by pt. She wrote on the back: "Im doing fine at the library, would like more hours, I learned the scanner and the book check in."`, 'L', 'P', true, [JM]),
  note(MO, 'scsep-older-adult-mo-010', `Pt's son (Greg) called 4/3 asking whether his dad can stop the program w/o losing Medicaid. Told Greg I need to talk w/ pt directly; Greg will have his dad call me.`, 'T', 'A', false, [TP, JM]),
  note(MO, 'scsep-older-adult-mo-011', `Home visit 4/7 - pt has no phone since landline was cut off. Knocked, no answer. Neighbor says pt goes to her sister's on Tuesdays. Left my card in the door.`, 'I', 'P', false, [UA]),
  note(MO, 'scsep-older-adult-mo-012', `4/9 pt called from her sister's phone. Landline off because of the bill. Still going to her host agency (Meals on Wheels kitchen) MWF, 21 hrs last wk, got her food handler card 4/6. Gave her Lifeline phone program info. Cont IEP - goal food service job.`, 'T', 'P', true, []),
  // She could not hear and hung up: a call, not a conversation.
  note(MO, 'scsep-older-adult-mo-013', `TC 4/20 - pt picked up but could not hear me, kept saying "who is this?" and hung up. Will try her captioned phone line next.`, 'T', 'P', false, [UA]),
  note(MO, 'scsep-older-adult-mo-014', `Captioned phone call (CapTel) w/ pt 4/22 - she read my words on the screen and answered. Host agency moved her to afternoons, still 20 hrs. Finished Typing Tutor level 3 in the computer lab. Wants to apply for a greeter job at Walmart. Cont job search + CSA per IEP.`, 'T', 'P', true, []),
  note(MO, 'scsep-older-adult-mo-015', `SCSEP job club 4/24 at the Job Center, 9 attended. Topic: online applications for older workers. Pt not on sign-in sheet.`, '-', '-', false, [CT, NS]),
  // The host agency's message gives no hours, no skills: nothing to continue services on.
  note(MO, 'scsep-older-adult-mo-016', `Host agency (First Baptist food pantry) called 4/27: supervisor says pt is "a sweetheart" and they love having her.`, 'T', 'V', false, [TP, JM]),
  note(MO, 'scsep-older-adult-mo-017', `Pt in office 5/1 to turn in timesheet. Spoke w/ pt: 80 hrs in April at the food pantry, learned the inventory spreadsheet. Said her arthritis is worse in the mornings, asked for afternoon hours - will ask host agency. Cont CSA.`, 'I', 'P', true, []),
  note(MO, 'scsep-older-adult-mo-018', `Mr. Haskins' wife answered 5/6, said he was napping and she would not wake him. Asked her to have him call.`, 'T', 'P', false, [UA]),
  // A long entry: the quarterly host agency monitoring visit on a day the participant was out sick. The supervisor
  // has real facts, so in Missouri it is a provider contact with progress.
  note(MO, 'scsep-older-adult-mo-019', `QUARTERLY HOST AGENCY MONITORING - 5/12/2026\nHost agency: Columbia Public Library, Circulation. Supervisor: Denise Porter.\nPt called in sick today (cold), so the visit was with the supervisor only. Reviewed timesheets Feb-Apr with Denise: 20 hrs every week but one (the week of 3/30, 12 hrs, doctor appts). Denise says pt now checks in returns on her own, shelves fiction without help, and has learned the holds list in Polaris; she is still slow on the self-check machines and needs help when patrons have questions about the printers. Denise completed the host agency skills evaluation: 4 of 6 skills rated "meets", 2 "developing". No safety issues. Denise would write a reference for a library aide or retail job. Worksite agreement current through 9/30. Pt remains appropriate for the CSA; next step per IEP is to start applying for paid library aide positions in June. Will call pt next week to go over the evaluation with her.`, 'I', 'V', true, []),
  note(MO, 'scsep-older-adult-mo-020', `Left 2nd message on pt's machine 5/19 re: the evaluation. Machine says it is full? Could not tell.`, 'T', 'P', false, [UA]),
  note(MO, 'scsep-older-adult-mo-021', `Pt returned my calls 5/21. Went over the host agency evaluation w/ her. She applied for the library aide opening at Daniel Boone Regional 5/20 and has an interview 5/28. Cont CSA until placement per IEP.`, 'T', 'P', true, []),
  note(MO, 'scsep-older-adult-mo-022', `Pt's daughter e-mailed 5/29: "Mom had her interview yesterday, she thinks it went well!"`, 'E', 'A', false, [TP, JM]),
  note(MO, 'scsep-older-adult-mo-023', `TC w/ pt 6/2. She's fine.`, 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'scsep-older-adult-mo-024', `Benefits counselor (Central MO Aging) called 6/4 re: pt's SSI question - says pt's wages will reduce SSI but not end it. Will share w/ pt.`, 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'scsep-older-adult-mo-025', `Plan for June: OV w/ pt the week of 6/15 to review job offer status. Mail reminder card 6/8.`, '-', '-', false, [CT, NS]),
  note(MN, 'scsep-older-adult-mn-001', `Called participant 3/2 on landline. Phone rang 12 times, no answering machine.`, 'T', 'P', false, [UA]),
  note(MN, 'scsep-older-adult-mn-002', `Participant walked in to the WFC 3/3 with her timesheet. Met with her 15 min: she is shelving and doing the book sale at Polk County Library, learned the catalog computer. Worried about Social Security if she gets a paid job - referred to the benefits counselor. IEP goals reviewed.`, 'I', 'P', true, []),
  // The daughter's e-mail is about her mother, recorded under Policy 6 but not the participant contact.
  note(MN, 'scsep-older-adult-mn-003', `Participant's daughter (Karen) e-mailed 3/5: Mom had cataract surgery 3/4, out 2 weeks from her host site, plans to be back 3/19.`, 'E', 'A', false, []),
  note(MN, 'scsep-older-adult-mn-004', `Left message on answering machine 3/9 asking part. to call re: recert paperwork.`, 'T', 'P', false, [UA]),
  note(MN, 'scsep-older-adult-mn-005', `Part. returned call 3/10. Hard of hearing, she put me on speaker and we went slow. Recert docs: she has her SS letter and lease. Still 20 hrs at the Salvation Army store, likes the cashier work. Appt 3/17 to sign recert.`, 'T', 'P', true, []),
  note(MN, 'scsep-older-adult-mn-006', `Host agency supervisor (Red River Valley Senior Ctr) called 3/12: part. has had 3 no-call/no-shows this month.`, 'T', 'V', false, []),
  note(MN, 'scsep-older-adult-mn-007', `Monthly contact letter sent 3/13 (large print).`, 'L', 'P', false, [RP]),
  // The son relayed, and then she came on and spoke for herself: her contact.
  note(MN, 'scsep-older-adult-mn-008', `Part.'s son Tom called 3/16 for her, she was sitting next to him. He said she wants to quit the host agency because her husband is sick. Then she got on the phone herself: she wants to pause, not quit, and can do 10 hrs from April. Discussed a leave of absence from the assignment; will update IEP.`, 'T', 'P', true, []),
  // Only the son this time; she never came to the phone.
  note(MN, 'scsep-older-adult-mn-009', `Son Tom called again 3/30: his mother is ready to go back to 10 hrs at the senior center starting 4/6. She was resting and did not come to the phone.`, 'T', 'A', false, []),
  note(MN, 'scsep-older-adult-mn-010', `Texted part. 3/20 about the 50+ job fair at the Moorhead WFC 4/2.`, 'E', 'P', false, [RP]),
  // The answer came from the grandson who reads her texts: not her own reply; a monitor would want her.
  note(MN, 'scsep-older-adult-mn-011', `Part. doesn't read texts, her grandson does. Grandson texted back 3/21: "grandma says ok she will come to the job fair."`, 'E', 'P', false, [RP]),
  note(MN, 'scsep-older-adult-mn-012', `Tried Zoom w/ part. 3/24 for IEP review - she couldn't get her audio working and hung up. Called her landline right after and did the review by phone: 20 hrs/wk at the Clay County Historical Society, scanning photos. Wants to try the CNA class at M State in fall. IEP updated.`, 'T', 'P', true, []),
  note(MN, 'scsep-older-adult-mn-013', `Orientation for new SCSEP enrollees 3/26 at the WFC, 6 attended. Part. not on the sign-in.`, '-', '-', false, [CT, NS]),
  note(MN, 'scsep-older-adult-mn-014', `Part. stopped by, said she got a job at Hardee's, 25 hrs/wk at $12.50. Exiting SCSEP, follow-up to start.`, 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'scsep-older-adult-mn-015', `Called 4/3. Part.'s husband answered, very confused, said she "went to work." Not sure which job he meant.`, 'T', 'P', false, [UA]),
  note(MN, 'scsep-older-adult-mn-016', `Face to face 4/6 at her host site (Lutheran Social Service thrift store). She is back to 10 hrs after leave. Showed me how she prices donations now. Husband in assisted living as of 4/1; she said working helps her. IEP reviewed, no changes.`, 'I', 'P', true, []),
  note(MN, 'scsep-older-adult-mn-017', `Part. phoned 4/13 to ask if the office is closed Good Friday. Told her yes.`, 'T', 'P', true, [PM, NS]),
  note(MN, 'scsep-older-adult-mn-018', `Mailed recert reminder 4/14 - due 4/30.`, 'L', 'P', false, [RP]),
  // Someone else's conversation: the host agency supervisor talked with her, not the counselor.
  note(MN, 'scsep-older-adult-mn-019', `Host agency sup. (Mary, thrift store) e-mailed 4/20: she talked with part. about moving to the register and part. said yes. Timesheets for April attached, 40 hrs.`, 'E', 'V', false, []),
  note(MN, 'scsep-older-adult-mn-020', `Home visit 4/22, part. asked for it because she doesn't drive after dark anymore. Met in her kitchen 30 min. Recert signed. She has been on the register 2 weeks, no drawer shortages. Asked about durational limit - she has 19 months left. Wants to look at part-time paid work at the thrift store's other location.`, 'I', 'P', true, []),
  note(MN, 'scsep-older-adult-mn-021', `Called part. 5/4, line busy x 3 over an hour (phone off the hook?).`, 'T', 'P', false, [UA]),
  // A long entry: a daughter handling everything by e-mail for a month while the participant was at her house;
  // the counselor never reached the participant herself: her own calls failed, and what she got was Karen's.
  note(MN, 'scsep-older-adult-mn-022', `May monthly contact - not completed with participant.\n5/4 called her landline, busy for an hour. 5/6 called again, no answer, no machine. 5/7 her daughter Karen e-mailed that her mother is staying with her in Fargo for a few weeks after a hospital stay (pneumonia), that she is recovering well and wants to keep her spot at the thrift store. Replied to Karen 5/7 asking that her mother call me from Karen's phone when she feels up to it, and explained that her host agency hours can be paused under a medical leave. 5/12 Karen wrote back that her mother is sleeping a lot and will call "next week." 5/19 and 5/26 I called Karen's cell, got Karen both times, who said her mother was resting; she expects her home around 6/5. Notified the host agency supervisor (Mary) of the leave 5/8. Put the assignment on medical leave in the SCSEP system 5/8 pending her return. Will try the participant at home the week of 6/8; mail a letter if no contact by then.`, 'T', 'A', false, [UA]),
  note(MN, 'scsep-older-adult-mn-023', `Spoke w/ participant by phone 6/9 - home from Fargo, feeling stronger. Wants to go back 6/15 at 10 hrs and build back to 20. Still on track for paid work goal at the thrift store. IEP updated with the leave dates.`, 'T', 'P', true, []),
  note(MN, 'scsep-older-adult-mn-024', `Part. called and left msg on my VM 6/16: "this is Dorothy, I'm back at work, call me if you need me." Called back, NA.`, 'T', 'P', false, [UA]),
  note(MN, 'scsep-older-adult-mn-025', `Neighbor (Mrs. Olson) answered part.'s phone 6/23 - she is checking on part.'s cat while part. is at the lake with family. Will tell her I called.`, 'T', 'P', false, [UA]),
];
