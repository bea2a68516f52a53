/**
 * Pre-release and jail-based services (fresh split: new voices, scored and listed but not floored yet). The voice:
 * workforce staff serving people in county jails and state facilities before release and just after: messages on the
 * facility tablet (GTL/ViaPath, Securus) that sit "pending facility approval" for days, video visits booked through
 * the facility's scheduler and cancelled for lockdowns, collect calls, letters from inside, jail program staff and
 * unit officers relaying, release dates that move, halfway houses and parole/probation agents. Sources of realism:
 * jail-based American Job Center pilots and reentry caseloads, where the facility stands between every contact.
 * A tablet message is written (`email`): it counts once the participant's own reply is documented, and "Delivered"
 * or "Read" is not a reply. A video visit is `telephone` and counts when he is on screen talking. Jail program staff
 * running a class inside are the activity provider; a jail case manager, halfway-house staff or a PO "other"; a
 * family member the alternate. A public roster lookup is no contact.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'jail-tablet-messaging';

export const NOTES: LabelledNote[] = [
  note(MO, 'jail-tablet-messaging-mo-001', `Securus tablet msg from cust 3/3 (he sent it 2/28, held for review): "got ur letter, im in the GED class here, passed the math part, release still 4/17". Replied on tablet 3/3. Cont pre-release svcs per IEP.`, 'E', 'P', true, []),
  note(MO, 'jail-tablet-messaging-mo-002', `Sent tablet message via GTL 3/4 re: pre-release job readiness class schedule. Status: Pending facility approval.`, 'E', 'P', false, [RP]),
  note(MO, 'jail-tablet-messaging-mo-003', `Video visit w/ cust 3/6 (booked thru Greene Co. Jail Securus portal), 20 min. Cust is in week 3 of the ServSafe class inside, test 3/20. Release date still 4/17. Discussed housing - he is going to Harbor House. Cont pre-release svcs per IEP.`, 'T', 'P', true, []),
  note(MO, 'jail-tablet-messaging-mo-004', `Video visit 3/13 10:00 cancelled by facility - lockdown. Rebooked for 3/20.`, 'T', 'P', false, [UA]),
  note(MO, 'jail-tablet-messaging-mo-005', `TC w/ jail program coordinator (Sgt. Reyes) 3/16: cust attending ServSafe M/W/F, 100% so far, scored 84% on the practice test, no conduct issues in class. Cont ServSafe + job readiness until release per IEP.`, 'T', 'V', true, []),
  // The coordinator's e-mail, unanswered, is one-way, and gives nothing to continue services on.
  note(MO, 'jail-tablet-messaging-mo-006', `E-mail from Sgt. Reyes 3/17: cust was moved to another pod.`, 'E', 'V', false, [TP, JM]),
  note(MO, 'jail-tablet-messaging-mo-007', `Cust's mother called 3/18: says he told her on the jail phone that he's been moved to a different pod and can't get to class anymore.`, 'T', 'A', false, [TP, JM]),
  note(MO, 'jail-tablet-messaging-mo-008', `Letter rec'd 3/24 from cust (Greene Co. Jail), dated 3/21: he passed ServSafe 3/20 and wants help finding kitchen work at release. Mailed resume worksheet back 3/24. Cont pre-release svcs per IEP.`, 'L', 'P', true, []),
  note(MO, 'jail-tablet-messaging-mo-009', `Jail roster checked 3/30 (public lookup): cust still in custody, release date 4/17. DOB 5/2/1991 matched.`, '-', '-', false, [CT, NS, PII]),
  // He wrote and we answered: a two-way written exchange, though it carries no progress (missing progress is a
  // finding, it does not undo the contact).
  note(MO, 'jail-tablet-messaging-mo-010', `Tablet msg from cust 4/2: "can u put money on my phone acct so I can call u". Replied 4/3 that we can't, and gave him the times the pre-release class meets.`, 'E', 'P', true, [PM, JM]),
  note(MO, 'jail-tablet-messaging-mo-011', `Pre-release job readiness class at the jail 4/7 (taught by me, 8 in class). Cust attended and did a mock interview w/ me: good eye contact, needs work on explaining the gap. Resume finished. Cont per IEP, release 4/17.`, 'I', 'P', true, []),
  note(MO, 'jail-tablet-messaging-mo-012', `Release day 4/17 - waited in the jail lobby 7-9 am per the plan. Booking desk says cust was released at 2 am. Did not see him.`, 'I', 'P', false, [UA]),
  note(MO, 'jail-tablet-messaging-mo-013', `Cust walked in to the JC 4/20, 3 days out. Met 40 min: staying at Harbor House, has his state ID now. Applied at Cracker Barrel + Golden Corral (brought his ServSafe cert). Interview at CB 4/22. Cont job search asst + bus pass per IEP.`, 'I', 'P', true, []),
  note(MO, 'jail-tablet-messaging-mo-014', `PO (Officer Dunn, P&P) called 4/23 to verify cust is in our program. Confirmed enrollment.`, 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'jail-tablet-messaging-mo-015', `Texted cust 4/24 on his new phone re: how the CB interview went. Read 4/24.`, 'E', 'P', false, [RP]),
  note(MO, 'jail-tablet-messaging-mo-016', `TC w/ cust 4/28. Hired.`, 'T', 'P', true, [JM, NS]),
  // A long entry: a month of a pre-release case where every contact ran through the facility; the one conversation
  // with him is the 2/19 video visit.
  note(MO, 'jail-tablet-messaging-mo-017', `CMC - pre-release (Boone Co. Jail) - Feb summary entered 2/27/2026\n2/3 sent tablet msg (Securus) introducing myself as his WIOA case manager; it sat in "pending review" until 2/9 and shows read 2/10, no reply. 2/12 mailed a letter with the enrollment packet to the jail's inmate mail address. 2/16 jail programs (Ms. Carver) e-mailed that he asked her about "the job lady" and wants to sign up. 2/19 video visit through the facility scheduler, 25 min, cust on screen the whole time: signed the enrollment forms by showing them to the camera and mailing originals through jail mail; he has a welding certificate from Algoa (2022) and wants fabrication work; release date 3/28 to his aunt's in Columbia; no license (suspended, fines owed). Barriers: transportation, fines, housing if his aunt says no. Set IEP goals together: OSHA-10 online through the jail education tablet before release, then fabrication job search; referred to the fines clinic. 2/24 tablet msg from him saying the originals are in the mail. Cont pre-release svcs per IEP; next video visit 3/10.`, 'T', 'P', true, []),
  note(MO, 'jail-tablet-messaging-mo-018', `Jail mail returned 3/12 - "inmate transferred." Checked roster, he is at ERDCC now. Sent DOC locator request.`, 'L', 'P', false, [UA]),
  note(MN, 'jail-tablet-messaging-mn-001', `Sent msg on the jail tablet (ViaPath) 3/2: monthly check-in, asked how GED class is going. Shows "Delivered" 3/4, no reply.`, 'E', 'P', false, [RP]),
  note(MN, 'jail-tablet-messaging-mn-002', `Tablet reply from client 3/9 to my 3/2 msg: "GED class good passed reading, math test next month, release is 5/1 still".`, 'E', 'P', true, []),
  note(MN, 'jail-tablet-messaging-mn-003', `Video visit at Ramsey County ADC 3/11 (booked through the facility's visit scheduler). Client on screen 25 min: finished the forklift classroom part, hands-on 3/18. Release 5/1 to his sister's in Maplewood. ISS updated: forklift cert + warehouse job search.`, 'T', 'P', true, []),
  note(MN, 'jail-tablet-messaging-mn-004', `Video visit 3/18 1:30 - client did not come to the kiosk. Officer said he refused the visit.`, 'T', 'P', false, [UA]),
  note(MN, 'jail-tablet-messaging-mn-005', `Jail case manager (Ms. Thao, ADC programs) called 3/20: client completed forklift hands-on, certified 3/18. One write-up for pod conduct.`, 'T', 'O', false, [TP]),
  note(MN, 'jail-tablet-messaging-mn-006', `Letter from client at MCF-Stillwater rec'd 3/23: his release got moved up to 4/10, going to RS Eden in St. Paul. He finished the welding class inside with a certificate (AWS 3G) and wants to start job search right away.`, 'L', 'P', true, []),
  note(MN, 'jail-tablet-messaging-mn-007', `Mailed letter to client at MCF 3/24 with the WFC address, orientation dates and a map.`, 'L', 'P', false, [RP]),
  // A message left with a unit officer for him to call: no contact with him.
  note(MN, 'jail-tablet-messaging-mn-008', `Called the facility 3/25 to set up a call with client - told inmates can only call out. Left msg w/ unit officer for client to call the WFC.`, 'T', 'P', false, [UA]),
  note(MN, 'jail-tablet-messaging-mn-009', `Client called collect from MCF 3/27 (accepted the charges). 15 min call: passed GED math 3/26, all 4 tests done! Release still 4/10. ISS updated with the GED.`, 'T', 'P', true, []),
  note(MN, 'jail-tablet-messaging-mn-010', `RS Eden house manager called 4/14: client arrived 4/10, 9 pm curfew, has started looking for work.`, 'T', 'O', false, [TP]),
  note(MN, 'jail-tablet-messaging-mn-011', `Client came to WFC 4/15 with his halfway house pass. Met 1 hr: registered in MinnesotaWorks, applied to 3 warehouse jobs with the forklift cert. ISS updated. Next: Amazon hiring event 4/22.`, 'I', 'P', true, []),
  note(MN, 'jail-tablet-messaging-mn-012', `Client's PO (Agent Lor) e-mailed 4/20 asking for attendance verification for his WFC appts.`, 'E', 'O', false, [TP, PM]),
  note(MN, 'jail-tablet-messaging-mn-013', `Texted client 4/23 re: Amazon event. "Number not in service" bounce - halfway house may have taken phones?`, 'E', 'P', false, [UA]),
  note(MN, 'jail-tablet-messaging-mn-014', `Client re-arrested 4/25 per the county jail roster, booked on a PV hold. No contact.`, '-', '-', false, [CT, NS]),
  note(MN, 'jail-tablet-messaging-mn-015', `Tablet msg sent to client at ADC re: keeping his WIOA enrollment open while he is in. Pending approval.`, 'E', 'P', false, [RP, DM], { noDateField: true }),
  note(MN, 'jail-tablet-messaging-mn-016', `Tablet msg from client 5/6 answering mine: "yes keep it open, PV hearing 5/20, my sister says Amazon still calling." Told him I will hold the file.`, 'E', 'P', true, []),
  // The sister's call carries his news second-hand, and none of it about his training or job search.
  note(MN, 'jail-tablet-messaging-mn-017', `Client's sister called 5/21: his PV hearing was continued to 6/3, he's "doing ok."`, 'T', 'A', false, [PM]),
  note(MN, 'jail-tablet-messaging-mn-018', `Securus video visit booked for 5/28. Confirmation #A55-0192.`, '-', '-', false, [CT, NS]),
  // A long entry: the intake video visit inside, with his part of it plain.
  note(MN, 'jail-tablet-messaging-mn-019', `Monthly contact - video visit, Olmsted County ADC - 06/09/2026\nBooked through the jail's visit scheduler (the programs sergeant approved a 30-min professional visit). Client was on the kiosk in the programs room; sound cut out twice and we reconnected. He is back in on the PV until 7/15 (hearing result 6/3: 45 days). He told me he kept his forklift card and that Amazon's recruiter left him a message before the arrest; he wants to reapply the week he gets out. Inside he is on the kitchen crew 5 days/wk and started the Anger Management class the jail requires. He asked whether his WIOA enrollment stays open: explained that it does while he is in a planned gap and what we need from him when he is out (new phone number, proof of address). Reviewed the ISS with him: release plan added (Amazon reapplication, bus card, RS Eden bed request). Checked WF1 activities: training complete, job search activity left open. He will send a tablet message when his release date is confirmed.`, 'T', 'P', true, []),
  note(MN, 'jail-tablet-messaging-mn-020', `Per the jail tablet log, client read my 6/15 message 6/16 8:02 am.`, 'E', 'P', false, [RP]),
];
