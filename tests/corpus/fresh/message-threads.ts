/**
 * Text-message, chat, e-mail and portal-message threads pasted into notes: replies with content, one-word
 * replies, unanswered strings, read receipts, auto-replies, bounces, and replies from someone else's phone
 * (fresh split: new voices, scored and listed but not floored yet). Labels come from the policies and the
 * definition of a qualifying contact in ARCHITECTURE.md, written before any tuning.
 * A written message counts once the participant answers; a read receipt or an auto-reply is not an answer.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'message-threads';

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'message-threads-mo-001', 'Text thread 3/2-3/3:\nCM (3/2 4:10p): Hi Maria, checking in on your CNA class. How is it going?\nMaria (3/3 7:02a): good!! passed my skills check yesterday, 2 weeks left\nCM (3/3 8:15a): Great job! Send me your attendance sheet Fri.\nContinue ITA through completion 3/17 per IEP.', 'E', 'P', true, []),
  note('mo-dwd-toolbox', 'message-threads-mo-002', 'Portal message sent to cust 3/5 via jobs.mo.gov: "Please log in and upload your spring schedule." Unread as of 3/12.', 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'message-threads-mo-003', 'Texts:\nCM (3/8): Hi James, this is your case manager at the Joplin job center. Please call me about your ITA.\nCM (3/10): James, please call or text me back.\n(no reply)', 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'message-threads-mo-004', 'Pasted from Teams chat 3/14 w/ cust:\n[10:02] CM: how did the A+ Core 1 exam go?\n[10:05] Cust: passed, 720!! studying for core 2 now\n[10:06] CM: awesome, I\'ll request the Core 2 voucher\nCore 2 voucher requested; continue ITA per IEP.', 'E', 'P', true, []),
  note('mo-dwd-toolbox', 'message-threads-mo-005', 'Texted cust 3/24: "Your 90-day contact is due. Please call me by 4/1." Message shows Delivered.', 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'message-threads-mo-006', 'Text thread pasted:\n4/2 CM: how are classes at OTC?\n4/2 Cust: ok\n4/3 CM: what are your grades so far?\n(no reply yet)', 'E', 'P', true, ['progress-missing', 'justification-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'message-threads-mo-007', 'Email chain:\nFrom CM 4/7: Please send your timesheets for March WEX.\nFrom cust 4/8: Attached. I worked 76 hours at the library and Ms. Green signed them.\nTimesheets verified. Continue WEX through 6/30 per IEP.', 'E', 'P', true, []),
  note('mo-dwd-toolbox', 'message-threads-mo-008', 'Sent cust the 90-day letter by email 4/15 with a read receipt. Read receipt came back 4/16; no reply.', 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'message-threads-mo-009', 'Email to cust 4/20 - auto-reply: "I am out of the office until 4/28."', 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'message-threads-mo-010', 'Text thread 5/1-5/2 with cust\'s sister (cust\'s phone is off):\nSister: she\'s at clinicals all week, she said she passed her med-surg final\nCM: thanks, please have her call me\nSister: ok', 'E', 'A', false, ['third-party-insufficient', 'justification-missing']),
  note('mo-dwd-toolbox', 'message-threads-mo-011', 'Texted cust 5/5 asking for an update. Cust replied 5/6 with a photo of her certificate: Phlebotomy Technician, completed 5/2. CM replied congrats and asked about job search; cust says she has applied at Mercy and Cox. Moving to follow-up services per IEP; next text 6/5.', 'E', 'P', true, []),
  note('mo-dwd-toolbox', 'message-threads-mo-012', 'Email to cust bounced back 5/10 - "address not found". Will try cust\'s phone.', 'E', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'message-threads-mo-013', 'Portal thread (jobs.mo.gov) 5/14:\nCust: I need help paying for my CDL permit test.\nCM: I can help with that. How is the truck driving class going?\nCust: good I passed the pre-trip and backing. road test 5/28\nCM: great, I will issue a voucher for the permit fee. Continue ITA per IEP.', 'E', 'P', true, []),
  note('mn-wf1', 'message-threads-mn-001', 'Text convo 3/4:\nme: hi its Jess from WFC, monthly check in - how\'s school?\nclient: good, got an A on my anatomy midterm\nme: awesome! any issues w/ attendance?\nclient: nope been there every day\nISS reviewed.', 'E', 'P', true, []),
  note('mn-wf1', 'message-threads-mn-002', 'Texted client 3/10 for monthly contact. No reply.', 'E', 'P', false, ['response-pending']),
  note('mn-wf1', 'message-threads-mn-003', 'Texted client 3/10, no reply. Texted again 3/17, no reply. Called 3/20, NA.', 'T', 'P', false, ['unsuccessful-attempt', 'response-pending']),
  note('mn-wf1', 'message-threads-mn-004', 'Email exchange 3/24-3/25: CM asked client for spring grades. Client replied 3/25 with her midterm report (Accounting I 88%, Payroll 92%) and said she is working 15 hrs/wk at H&R Block. Placed in file; WF1 activities reviewed.', 'E', 'P', true, []),
  note('mn-wf1', 'message-threads-mn-005', 'Client sent a message through the participant portal 4/2: "I quit my job at Cenex, can you help me find something else?" CM replied 4/2 with 3 job leads and asked her to come in 4/9. Client replied "ok thanks".', 'E', 'P', true, []),
  note('mn-wf1', 'message-threads-mn-006', 'Client\'s mom texted CM 4/8: "Tyler got a B on his math test and he\'s going to school every day now."', 'E', 'A', false, []),
  note('mn-wf1', 'message-threads-mn-007', 'Sent letter 4/10 re: monthly contact. Client texted 4/14: "got your letter, I\'m at clinicals all month, everything\'s good, 2 more weeks." CM texted back thanks and asked for her clinical eval; client sent a photo of it 4/15 (all "satisfactory").', 'E', 'P', true, []),
  // A bare "call me" carries no exchange about anything; the call back and the text back went unanswered (safe reading).
  note('mn-wf1', 'message-threads-mn-008', 'Text from client 4/20 at 2am: "call me." CM called 4/20 at 9am, NA; texted "call me when you can." No reply.', 'E', 'P', false, ['unsuccessful-attempt', 'response-pending']),
  note('mn-wf1', 'message-threads-mn-009', 'Teams chat 5/5 with client:\nCM: Monthly check in, how are things?\nClient: fine\nCM: classes?\nClient: fine', 'E', 'P', true, ['progress-missing', 'not-substantive']),
  // The supervisor's e-mail connected (party: provider); the e-mail to the client still has no reply.
  note('mn-wf1', 'message-threads-mn-010', 'Email to client 5/12 re: monthly contact - no response. Client\'s WEX supervisor emailed 5/13 that client worked 40 hrs last week.', 'E', 'V', false, ['response-pending']),
  note('mn-wf1', 'message-threads-mn-011', 'Client emailed 5/20 with her schedule for summer term (2 classes, M/W evenings) and said she passed Anatomy with a B. CM replied with the mileage form. ISS reviewed.', 'E', 'P', true, []),
  note('mn-wf1', 'message-threads-mn-012', 'Text sent 5/28: "Hi Ana, monthly check-in from WorkForce Center. How is CDL school?" Reply 5/29: "this is Ana\'s mom, she lost her phone, she\'s doing good at school."', 'E', 'A', false, []),
];
