/**
 * Social media direct messages: Facebook Messenger, WhatsApp and Instagram DMs, read receipts ("seen", blue
 * checks), emojis and reactions, chat-app voice and video calls, group chats (locked split, batch 4: scored,
 * aggregates only). A message in a chat app is a written contact (e-mail): it needs the participant's reply, and
 * "seen" or "delivered" is not a reply. A chat-app voice or video call is real-time, a telephone contact. Someone
 * else writing from or about the participant is not the participant.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'social-media-dm';
export const BATCH = 4;

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'b4-smd-01', "FB Messenger 3/3: sent customer a check-in message for her 90-day contact. Seen 3/3 2:14 pm. No reply.", 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'b4-smd-02', "WhatsApp thread 3/4:\nCM: Hi Marcus, how's the CDL course going? I need your 90-day update\nMarcus: hey! passed my permit test monday 👍 range days start 3/10\nCM: great! any problem with gas money?\nMarcus: could use a gas card honestly, its 40 miles each way\nCM: I'll get the form to you tomorrow.\nContinue ITA per IEP; gas card request to supervisor.", 'E', 'P', true, []),
  note('mo-dwd-toolbox', 'b4-smd-03', "Instagram DM from customer 3/5: 'can u call me'", 'E', 'P', false, []),
  note('mo-dwd-toolbox', 'b4-smd-04', "Called cust back 3/5 after her IG DM, straight to VM. Left msg.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'b4-smd-05', "Messenger video call w/ customer 3/6 (her phone service is off but she has wifi at home). She finished week 6 of 8 of the pharmacy tech course at Ozarks Tech, quiz average 88. Needs scrubs for her externship; continue ITA per IEP.", 'T', 'P', true, []),
  // A voice note is a recorded message sent in the chat, not a call: one-way until answered.
  note('mo-dwd-toolbox', 'b4-smd-06', "Sent customer a WhatsApp voice note 3/7 about the OJT opening at Show Me Cabinets. Two blue checks, no answer.", 'E', 'P', false, ['response-pending']),
  // The sister is no alternate on file and gives one fact (a hire): not substantive knowledge of progress.
  note('mo-dwd-toolbox', 'b4-smd-07', "Messaged customer on Facebook 3/9. Her sister answered from customer's account: 'she's at work, she got hired at Tyson last week, she'll msg u.'", 'E', 'A', false, ['third-party-insufficient', 'justification-missing']),
  // A post to a public group is not addressed to the case manager, and our comment under it got no answer.
  note('mo-dwd-toolbox', 'b4-smd-08', "Customer posted in the 'Job Seekers of Mid-MO' Facebook group 3/10 that she passed her CNA boards 🎉. I liked it and commented congratulations.", 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'b4-smd-09', "Messenger 3/12-3/13:\nMe: Morning Tasha, checking in for your quarterly update. How's the medical billing class?\n(seen 3/12)\nMe (3/13): Tasha?\nTasha (3/13): sorry been sick. I'm 2 modules behind but my teacher gave me til 3/31. I still want to finish\nMe: OK, I'll let the school know and we'll keep the ITA going. Call me Fri?\nTasha: 👍", 'E', 'P', true, []),
  note('mo-dwd-toolbox', 'b4-smd-10', "DM'd cust on IG re: 90-day. 👀 seen, nothing back.", 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'b4-smd-11', "Customer WhatsApp'd me a pic of her forklift cert 3/17 with 'done!!' 🙌. Replied congrats and asked about warehouse applications; she said she has applied at 3 (Amazon, Walmart DC, Faurecia). Continue job search assistance per IEP.", 'E', 'P', true, []),
  // A message left with a relative is an attempt to reach the participant, like a message left with the front desk.
  note('mo-dwd-toolbox', 'b4-smd-12', "Messaged customer's mom on Facebook 3/18 asking her to have customer call me.", 'E', 'P', false, ['unsuccessful-attempt']),
  // A reaction is no reply: nothing was written back, so the reminder is still one-way.
  note('mo-dwd-toolbox', 'b4-smd-13', "WhatsApp reminder to customer 3/20 about her 3/24 OV. She reacted 👍.", 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'b4-smd-14', "Cust was supposed to hop on a FB video call 3/24 at 10:00; never picked up. Messaged after - delivered, not seen.", 'E', 'P', false, ['unsuccessful-attempt', 'response-pending']),
  note('mn-wf1', 'b4-smd-15', "Client messaged me on FB 2/2 at 9 pm: 'got the job at Sanford!!! start 2/16 $19.40 nights 😊'. Replied congrats 2/3; she wrote back that she'll still finish the CNA refresher 2/12. ISS updated with employment.", 'E', 'P', true, []),
  note('mn-wf1', 'b4-smd-16', "IG DM to client 2/3 re: monthly check-in. Not seen as of 2/10.", 'E', 'P', false, ['response-pending']),
  note('mn-wf1', 'b4-smd-17', "WhatsApp call 2/4 w/ client (he's in Fargo for the lineworker course). He passed pole climbing and is 5 weeks into the 10. Moves to the Bemidji yard in March. ISS reviewed.", 'T', 'P', true, []),
  note('mn-wf1', 'b4-smd-18', "WhatsApp call to client 2/6 rang out, no answer. Sent a text in the chat after.", 'E', 'P', false, ['unsuccessful-attempt', 'response-pending']),
  note('mn-wf1', 'b4-smd-19', "Client's reply on WhatsApp 2/8 to my 2/6 text: 'sorry was up a pole lol. passed the climbing final, 2 wks left'.", 'E', 'P', true, []),
  note('mn-wf1', 'b4-smd-20', "Client messaged 2/9 on Messenger: 'can we move my appt to next wk?' Haven't answered yet.", 'E', 'P', false, []),
  note('mn-wf1', 'b4-smd-21', "Met client in person at the Red Lake library 2/11; she has no phone right now, only Facebook on the library computer. She's halfway through the online medical coding course at Minnesota State CC with a 76% average and takes quiz 5 this week. ISS updated.", 'I', 'P', true, []),
  note('mn-wf1', 'b4-smd-22', "WhatsApp group chat (client, his OJT supervisor and me) 2/12: supervisor posted that client has finished 120 of 240 OJT hrs and got his skid steer sign-off. Client didn't post anything.", 'E', 'V', false, []),
  note('mn-wf1', 'b4-smd-23', "Client's mom DM'd me on FB 2/13: client has the flu, missed 3 days of CNA class, will be back Mon.", 'E', 'A', false, []),
  note('mn-wf1', 'b4-smd-24', "FB Messenger with client: she finished the phlebotomy externship (100 sticks) and has an interview at Altru. ISS updated.", 'E', 'P', true, ['contact-date-missing'], { noDateField: true }),
  note('mn-wf1', 'b4-smd-25', "Tried client on every app 2/18 - FB, WhatsApp, regular text. Delivered everywhere, nothing back.", 'E', 'P', false, ['response-pending']),
  note('mn-wf1', 'b4-smd-26', "Client finally answered 2/20 on Messenger after 3 tries this month: he quit the welding program at NCTC 2/14 because he got a full-time job at the sugar beet plant, $22/hr. Wants to stay enrolled for follow-up. ISS updated, training exit pending.", 'E', 'P', true, []),
  note('mn-wf1', 'b4-smd-27', "Replied to client's Instagram story (pic of her in scrubs) 2/22: 'looking good!' No response.", 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'b4-smd-28', "Customer replied on Messenger 3/26 after a week of silence (my messages 3/19, 3/21 and 3/24 were all seen): 'sorry my car got repo'd. still going to class on the bus, forklift test next thurs.' We went back and forth in the chat; she wants a bus pass. Continue training per IEP; bus pass approved.", 'E', 'P', true, []),
  note('mo-dwd-toolbox', 'b4-smd-29', "Facebook Messenger audio call 3/27 w/ customer: she finished the CNA course 3/21 with 100% attendance and tests at Mid-Mo 4/3. Continue ITA per IEP until she tests.", 'T', 'P', true, []),
  note('mn-wf1', 'b4-smd-30', "WhatsApp 2/25:\nMe: Hi Abdi, monthly check in - how's truck driving school?\nAbdi: Good. Passed my road test friday!! 🚛\nMe: Congrats! Any jobs lined up?\nAbdi: interview w Bemidji Bulk 3/2\nISS updated.", 'E', 'P', true, []),
];
