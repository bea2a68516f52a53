/**
 * After-hours answering services and voicemail transcripts (locked split, batch 8: scored and floored, aggregates
 * only): the service's forwarded message ("ANS SVC MSG", caller, CB#, message, time stamped in the evening or on
 * a Saturday), pink "While You Were Out" slips from the front desk, machine-transcribed voicemail with
 * [inaudible] gaps, the on-call supervisor's log, and the case manager's call-back the next business day typed
 * under the message.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A message the participant left, however full of news, is a message left, not a conversation (MO §2.2:
 * a message left is not sufficient); only the call-back that reached them counts. A slip from a relative or an
 * employer is that person's message. The on-call supervisor's call is his, told in his log. Someone answering the
 * participant's phone is someone else (a spouse or parent who gives news is the alternate contact).
 */
import { MO, MN, PM, JM, NS, UA, RP, CT, PII, note, type LabelledNote } from '../types';

export const STYLE = 'after-hours-answering-service';
export const BATCH = 8;

export const NOTES: LabelledNote[] = [
  note(MO, 'after-hours-answering-service-mo-001', `ANS SVC MSG rec'd 11/6 8:14 PM\nCaller: cust\nCB#: 816-555-0190\nMsg: "passed my CDL permit test today, when do I start driving school"\n---\nCB 11/7 9:05 AM, talked w/ cust. Permit issued 11/6. Start at Central Tech CDL 11/17 confirmed. Cont ITA per IEP.`, 'T', 'P', true, []),
  note(MO, 'after-hours-answering-service-mo-002', `ANS SVC MSG 11/8 (Sat) 10:30 AM - Caller: cust - "cant make monday appt car broke, will call". No callback # left.`, 'T', 'P', false, [UA]),
  note(MO, 'after-hours-answering-service-mo-003', `Called cust back 11/10 re: ans svc msg, NA, VM ful.`, 'T', 'P', false, [UA]),
  // The mother's news came on a slip the front desk took: a message left, nobody talked with her or with him.
  note(MO, 'after-hours-answering-service-mo-004', `WHILE YOU WERE OUT\nTo: Kelsey   Date: 11/12   Time: 4:50p\nFrom: cust's mother\nPhone: 816-555-0133\n[x] Please call   [ ] Will call again\nMsg: son got hired at Hy-Vee warehouse`, 'T', 'A', false, [UA]),
  note(MO, 'after-hours-answering-service-mo-005', `Returned mom's call 11/13, she put cust on. Hired at Hy-Vee DC, order selector, 2nd shift, $19.50 + shift diff, starts 11/20. Wants to finish CDL on weekends; Central Tech has a Sat cohort. Cont ITA per IEP, revise schedule.`, 'T', 'P', true, []),
  // The transcript cannot even say who called.
  note(MO, 'after-hours-answering-service-mo-006', `After-hours VM transcript (auto) 11/15 11:48 PM: "[inaudible] ... this is ... calling about the ... class tomorrow ... [inaudible]". Number blocked. Can't tell if it was cust.`, 'T', 'P', false, [UA]),
  note(MO, 'after-hours-answering-service-mo-007', `Ans svc 11/18 6:02 AM: cust says he's sick, won't be at the CDL range today, already called the school. CB 11/18 8:30, spoke w/ cust - flu, out til Thurs, school will let him make up range hrs Sat. Cont ITA per IEP.`, 'T', 'P', true, []),
  // The provider's slip, then the case manager's own call with the director: attendance and hours left, and the reason to continue (§2.2).
  note(MO, 'after-hours-answering-service-mo-008', `Msg slip 11/20 (front desk): Central Tech CDL office called re: cust, call Dir. Waller.\nCB'd Dir. Waller 11/20 2pm: cust has missed 3 range days, needs 12 more hrs before the road test, on track if he makes the Sat sessions. Cont ITA per IEP.`, 'T', 'V', true, []),
  note(MO, 'after-hours-answering-service-mo-009', `ANSWERING SERVICE 11/22 (Sat) 3:15 PM\nCaller: Rodney (cust)\nMsg: "just letting you know I did the Sat range, 6 hrs, feeling good"\nCB requested: No`, 'T', 'P', false, [UA]),
  note(MO, 'after-hours-answering-service-mo-010', `11/24 called cust, spoke w/ him. ok.`, 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'after-hours-answering-service-mo-011', `ANS SVC 11/26 9:40 PM - Caller: Dana R. (cust, enrolled 11/3) - wants to know if bus passes are avail over the holiday. CB 12/1 - left msg.`, 'T', 'P', false, [UA]),
  note(MO, 'after-hours-answering-service-mo-012', `Dana called back 12/1 3pm, we talked: bus passes mailed today. She's in the medical billing class at MCC-Penn Valley, 2 of 2 wks attended, 100% on the first quiz. Cont ITA per IEP.`, 'T', 'P', true, []),
  note(MO, 'after-hours-answering-service-mo-013', `Answering service log 12/1-12/5 reviewed: no msgs for this cust.`, '-', '-', false, [CT]),
  // She opted out of the automatic reminders: a keyword to a machine, no exchange with anyone.
  note(MO, 'after-hours-answering-service-mo-014', `After-hours text line (auto-reply system) 12/6: cust texted "STOP". System unsubscribed her from appointment reminders.`, 'E', 'P', false, []),
  // The service had her confirm her date of birth, and it was typed into the note.
  note(MO, 'after-hours-answering-service-mo-015', `Ans svc msg 12/8 7:50 PM - caller verified as cust w/ DOB 03/14/1991 - "got an interview at Cerner wed, need bus pass". CB 12/9 8:15 AM: cust answered, interview 12/10 10 AM for patient access rep; she finished billing module 3 (91%). Bus pass at front desk. Cont ITA per IEP.`, 'T', 'P', true, [PII]),
  note(MO, 'after-hours-answering-service-mo-016', `CB 12/9 to Rodney re: his Sat msg - phone went to a recording "not accepting calls at this time".`, 'T', 'P', false, [UA]),
  note(MO, 'after-hours-answering-service-mo-017', `Weekend messages from Central Answering (forwarded Mon 1/11):\n1) Fri 1/8 6:12 PM - Caller: cust (Rodney) - CB# 816-555-0190 - "Need to talk about the road test, they moved it." Service note: caller pleasant.\n2) Sat 1/9 9:03 AM - Caller: cust - "never mind they fixed it, test is the 20th, call me monday if you can."\n3) Sun 1/10 8:40 PM - Caller: unknown, hung up at greeting.\n---\nCalled cust Mon 1/11 9:20 AM, he picked up. Road test moved from 1/13 to 1/20 at the Lee's Summit site because the range was iced over; Central Tech says he has all 160 hrs in and passed the pre-trip check 1/6. Still at Hy-Vee DC on 2nd shift, 40 hrs, so he'll test on his day off. Talked about which carriers hire new CDL grads with local routes (Hy-Vee's own fleet, Dollar General DC). He'll apply to Hy-Vee transportation after he has the license.\nCont ITA per IEP through the road test; next contact after 1/20.`, 'T', 'P', true, []),

  note(MN, 'after-hours-answering-service-mn-001', `Answering service transcript - Fri 10/2 5:47 PM\nFor: Lena (WFC Bemidji)\nFrom: client\nRe: "I got the job at Sanford, start 10/12, can I still get help with scrubs"\nAction: returned call Mon 10/5 10:10 - spoke with client. Starts 10/12 as unit secretary, 32 hrs. Scrubs voucher approved. ISS updated.`, 'T', 'P', true, []),
  note(MN, 'after-hours-answering-service-mn-002', `Ans. svc msg 10/9 - client called after hours, no message, just a callback #.`, 'T', 'P', false, [UA]),
  note(MN, 'after-hours-answering-service-mn-003', `Called client 10/12 - no answer. 10/13 - no answer, VM not set up.`, 'T', 'P', false, [UA]),
  note(MN, 'after-hours-answering-service-mn-004', `Msg slip 10/14 from Sanford HR (Kim): client completed orientation 10/12-10/13, on the schedule. Call if questions.`, 'T', 'V', false, [UA]),
  // The on-call supervisor's call, told from his log: not the writer's contact.
  note(MN, 'after-hours-answering-service-mn-005', `Client called the after-hours line 10/16 9 PM and the on-call (Dan, supervisor) picked up. Per Dan's log: client upset about her schedule, wants to quit. Dan told her to call me Mon.`, 'T', 'P', false, []),
  note(MN, 'after-hours-answering-service-mn-006', `Called client 10/19 re: Fri - we talked 20 min. Not quiting; her schedule was changed to days after she talked to her mgr. Working 32 hrs. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'after-hours-answering-service-mn-007', `AFTER HOURS VOICEMAIL (transcribed)\nReceived: 10/24/2026 11:02 PM\nFrom: (218) 555-0164\n"Hi Lena this is Tasha, um, I passed my CNA test today, the skills part too, so, yay, call me back whenever"`, 'T', 'P', false, [UA]),
  note(MN, 'after-hours-answering-service-mn-008', `CB to Tasha 10/26 - we talked. On the MN registry as of 10/25. Applying at Neilson Place + Sanford. ISS: job search.`, 'T', 'P', true, []),
  note(MN, 'after-hours-answering-service-mn-009', `Answering service slip 10/30 - caller: Tasha's boyfriend, says her phone got shut off, use his # 218-555-0187.`, 'T', 'O', false, [UA]),
  note(MN, 'after-hours-answering-service-mn-010', `Called 218-555-0187 11/2, boyfriend answered, said Tasha's at work, he'll tell her.`, 'T', 'P', false, [UA]),
  // She wrote first with news; the question back has no answer yet, but the exchange already happened.
  note(MN, 'after-hours-answering-service-mn-011', `Tasha texted 11/3 from her new #: "hired at neilson place, start 11/9, days". Texted back congrats + asked her starting wage, no answer to that yet.`, 'E', 'P', true, []),
  note(MN, 'after-hours-answering-service-mn-012', `Answering svc monthly report: 3 calls logged for my caseload in Nov, none from this client.`, '-', '-', false, [CT]),
  // A real two-way text exchange, only about the appointment: a monitor takes it as contact, with no results in it.
  note(MN, 'after-hours-answering-service-mn-013', `Client left VM 11/20 6:15 AM (before open): "car won't start, can't make the 9:00." Texted her to reschedule to 11/24, she replied "ok thx".`, 'E', 'P', true, [PM, NS]),
  note(MN, 'after-hours-answering-service-mn-014', `OV 11/24 - client in. Neilson Place: 36 hrs/wk, $18.75, likes days. Car fixed. Next contact Dec by phone.`, 'I', 'P', true, []),
  note(MN, 'after-hours-answering-service-mn-015', `12/4 6:30 PM after-hours on-call log: client called, got the voicemail, hung up (no msg).`, 'T', 'P', false, [UA]),
  note(MN, 'after-hours-answering-service-mn-016', `Phone 12/7 w/ client, fine.`, 'T', 'P', true, [PM, NS]),
  // A long voicemail full of news, then only tries: no conversation.
  note(MN, 'after-hours-answering-service-mn-017', `VOICEMAIL TRANSCRIPT - after hours line\nReceived: Thu 12/10/2026 9:47 PM  Length: 1:58  From: (218) 555-0164\n"Hey Lena it's Tasha. So a lot happened. Neilson Place moved me to the memory care unit, which is more money, like nineteen fifty I think, and I'm doing the med aide class they pay for, it's every Tuesday for six weeks, I had the first one and it was fine. But my car, the heater core went, and I don't know if the program can help with that, so call me. Oh and I'm moving on the first, same town, I'll text you the address. Okay bye."\n---\n12/11 10:05 AM called her back, no answer, LM. 12/11 3:30 PM called again, no answer. Texted 12/11: "Got your VM! Congrats on memory care. Call me about the car, I'm in til 4:30 today and Mon." No reply as of 12/14.`, 'E', 'P', false, [UA, RP]),
];
