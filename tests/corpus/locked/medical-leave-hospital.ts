/**
 * Participants hospitalised or on medical leave (locked split, batch 7: scored, aggregates only): spouses,
 * parents and grown children calling in, hospital social workers and discharge planners, planned gaps
 * (Missouri) or planned breaks (Minnesota) entered in the system, return-to-training dates, visits to a hospital
 * room or a transitional care unit. A family member is the alternate contact and the training instructor the
 * activity provider (Missouri: counts only with substantive progress and a reason to continue; Minnesota:
 * recorded, never the monthly contact); a hospital social worker or discharge planner is "other". A wife who
 * answers and says he is asleep is someone else answering; a social worker's talk with the participant is hers;
 * an entry that records a planned gap, or points back to an earlier call, records no contact.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { CT, DM, JM, MN, MO, NS, PM, RP, TP, UA, note, type LabelledNote } from '../types';

export const STYLE = 'medical-leave-hospital';
export const BATCH = 7;

export const NOTES: LabelledNote[] = [
  // Missing class is news of a kind, but she knows nothing of his grades and nothing says why services continue.
  note(MO, 'medical-leave-hospital-mo-001', "Cust's wife Maria called CM 2/3: cust was admitted to Cox South 2/1 for surgery, expects to be out of welding class 4-6 wks. She didn't know anything about his grades.", 'T', 'A', false, [TP, JM]),
  note(MO, 'medical-leave-hospital-mo-002', "Called OTC welding instructor Mr. Greer 2/4 re: cust's medical absence. Instructor reports cust had 96% attendance and a 3.4 in Welding I before surgery, passed his 3G plate test 1/28. Program allows a medical incomplete; cust can rejoin at the start of the Mar 23 block. Planned gap requested through 3/23; ITA remains open per IEP.", 'T', 'V', true),
  note(MO, 'medical-leave-hospital-mo-003', "Planned gap entered in Toolbox 2/5: 2/5 thru 3/23, reason medical (documented by spouse/instructor TCs 2/3, 2/4).", '-', '-', false, [CT, NS]),
  note(MO, 'medical-leave-hospital-mo-004', "Sent get-well card and planned gap letter to cust 2/6 explaining his ITA stays open and asking him to call when he is home.", 'L', 'P', false, [RP]),
  note(MO, 'medical-leave-hospital-mo-005', "TC w/ cust 2/16, he's home recovering. Says he's doing his Welding I theory packets at home, finished 2 of 4, and has his follow-up with the surgeon 3/10. Plans to be back 3/23 if cleared. Continue OST per IEP; CM will confirm w/ instructor.", 'T', 'P', true),
  note(MO, 'medical-leave-hospital-mo-006', "Hospital social worker (Cox South, Jenna) called 2/10 asking for a release of info so she can share with our office. Told her cust would have to sign one.", 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'medical-leave-hospital-mo-007', "Called cust 3/11 to see how the surgeon appt went. Wife answerd, said he's asleep and the doctor wants 2 more weeks.", 'T', 'P', false, [UA]),
  note(MO, 'medical-leave-hospital-mo-008', "Cust returned call 3/12. Surgeon extended his restrictions to 4/6 (no lifting over 10 lb). He cannot rejoin the 3/23 block; next welding block starts 4/20. Extending planned gap to 4/20. Cust still wants to finish; ITA continues per IEP.", 'T', 'P', true),
  // An e-mail to the instructor still unanswered: not a contact, and not one sent to the participant.
  note(MO, 'medical-leave-hospital-mo-009', "Emailed instructor Greer 3/13 re: a seat in the 4/20 block for cust. No response yet.", 'E', 'V', false),
  note(MO, 'medical-leave-hospital-mo-010', "Mother (alternate contact on app) called 4/2 to say cust was readmitted to Cox South 3/31 with an infection. She did not know how long he will be in.", 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'medical-leave-hospital-mo-011', "Visited cust at Cox South 4/3, room 512 - he called CM 4/2 and asked me to come by. Wife was there for the first few minutes then went down to the cafeteria. Spoke with cust about 20 min. He is on IV antibiotics for at least a week and is frustrated, says he was finally getting the hang of vertical welds before all this. He is worried about losing his ITA; explained the planned gap and that the 4/20 start may have to move to the June block, and that the ITA stays open as long as he stays in contact with CM. Instructor Greer already has his 3G cert on file and told CM (2/4) he can pick up Welding II where he left off. Cust wants to continue and asked CM to bring his theory packets next time. Left my card on the tray table. OST continues per IEP after release; CM to TC cust the week of 4/13 and update the gap end date.", 'I', 'P', true),
  note(MO, 'medical-leave-hospital-mo-012', "Hospital social worker Jenna (Cox South, 5th floor) called CM 4/8 around 3:30. She said she met with cust and his wife this morning for discharge planning. Cust is expected to go home 4/10 with home health nursing three times a week for the IV line, and PT will come to the house. She wanted to know whether our program can help pay the home health copay or his utility bill while he is off; explained WIOA supportive services do not cover medical bills and gave her the number for the Community Action utility program. She also asked for a copy of his training schedule for a disability form; told her we need a signed release from cust before we can send anything, and that she should ask the school directly. She said the wife has the paperwork and the release would be signed before discharge. Jenna's direct line is 417-555-0184.", 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'medical-leave-hospital-mo-013', "LM for cust 4/14 re: June block enrollment. LM again 4/17.", 'T', 'P', false, [UA]),
  note(MO, 'medical-leave-hospital-mo-014', "Email from cust 4/20 replying to my 4/14 email: \"Home and feeling stronger. Dr cleared me for light duty 5/15, full duty 6/1. Count me in for the June block.\" Planned gap extended to 6/8 (June block start). ITA continues per IEP.", 'E', 'P', true),
  note(MO, 'medical-leave-hospital-mo-015', "Cust came in to the office, walking w/ a cane. Has finished the last 2 theory packets and turned them in to Greer. Signed the ITA extension for the June block and we went over the schedule (M-Th 8-2:30). Cont per IEP.", 'I', 'P', true, [], { noDateField: true }),
  note(MO, 'medical-leave-hospital-mo-016', "Instructor Greer TC 6/22: cust back in the June block since 6/8, 100% attendance, passed his 3G/4G bend test 6/19. Remains on track to complete Welding II by 8/14 per ITA/IEP.", 'T', 'V', true),
  note(MO, 'medical-leave-hospital-mo-017', "Follow-up OV 7/6 w/ cust. Passed the Welding II midterm (84%), no absences since his return, no restrictions now. Continue OST per IEP; job placement referral at completion.", 'I', 'P', true),
  note(MN, 'medical-leave-hospital-mn-001', "Client's husband (Tom) called 10/2 to let me know client has been in the hospital at Altru (Grand Forks) since 9/30. Tom said she won't be back in her Medical Office Asst classes at NCTC for at least 3 weeks.", 'T', 'A', false),
  note(MN, 'medical-leave-hospital-mn-002', "10/3 spoke with NCTC instructor Ms. Lind: client can take incompletes in her 2 fall courses and finish by 12/15 if she's back by 11/1. Current grades B and A-.", 'T', 'V', false),
  note(MN, 'medical-leave-hospital-mn-003', "Planned break in participation (medical) entered in WF1 10/3-11/1. No contact with client this entry.", '-', '-', false, [CT, NS]),
  note(MN, 'medical-leave-hospital-mn-004', "10/9 Called client's cell - straight to voicemail, mailbox full.", 'T', 'P', false, [UA]),
  note(MN, 'medical-leave-hospital-mn-005', "10/14 Client called me from the hospital. She's being discharged Friday. She's been reading her textbook chapters and emailing her instructor; plans to return to class 11/1. Reviewed ISS and added a medical break note.", 'T', 'P', true),
  note(MN, 'medical-leave-hospital-mn-006', "Altru discharge planner called 10/16 to verify client's employment program enrollment for her paperwork. Verified.", 'T', 'O', false, [PM]),
  note(MN, 'medical-leave-hospital-mn-007', "October monthly contact: see 10/14 call from client (hospital). Nothing further.", '-', '-', false, [CT, NS]),
  // Her own text carries news of her class and CM wrote back: a written exchange with the client.
  note(MN, 'medical-leave-hospital-mn-008', "11/2 text from client this am: \"back in class today!! made it up the stairs lol\". Replied \"so glad! call me this week when you can\".", 'E', 'P', true),
  note(MN, 'medical-leave-hospital-mn-009', "11/6 Phone w/ client. Back 4 days/wk; instructor gave her until 12/15 for the incompletes, she has 3 of 7 assignments made up. Pain is manageable. ISS updated, break ended in WF1.", 'T', 'P', true),
  note(MN, 'medical-leave-hospital-mn-010', "Sent client the spring registration reminder by email.", 'E', 'P', false, [RP, DM], { noDateField: true }),
  note(MN, 'medical-leave-hospital-mn-011', "Client's daughter called 12/1 - client had a fall, is back in the hospital and will miss her finals. Daughter asked what happens to her training.", 'T', 'A', false),
  note(MN, 'medical-leave-hospital-mn-012', "12/2 Tried calling client at Altru, nurse's station said she was in a procedure. Left my number.", 'T', 'P', false, [UA]),
  note(MN, 'medical-leave-hospital-mn-013', "12/4 Spoke with client by phone (she called from her hospital room). She will finish her incompletes in January; she says the instructor agreed. Out until at least 1/5. Reviewed ISS, planned break extended in WF1.", 'T', 'P', true),
  note(MN, 'medical-leave-hospital-mn-014', "Hospital SW Renee (Altru) emailed 12/8 that client was moved to a TCU in Crookston, gave the TCU phone # 218-555-0139.", 'E', 'O', false, [PM]),
  note(MN, 'medical-leave-hospital-mn-015', "12/15 TCU visit (Crookston) - client was in PT when I got there, waited 30 min, she was still in therapy. Left her the spring schedule with the front desk.", 'I', 'P', false, [UA]),
  note(MN, 'medical-leave-hospital-mn-016', "1/6 Client came to the job center with her walker for her appointment. Released from the TCU 12/30. Registered for spring, and Ms. Lind emailed her that the incompletes are due 1/31; she has 2 left. Reviewed ISS, next contact early Feb.", 'I', 'P', true),
  note(MN, 'medical-leave-hospital-mn-017', "2/3 Video visit w/ client (Teams). Incompletes all turned in 1/30 - final grades B+ and B. Spring classes going ok, 3 wks in, no missed days. ISS reviewed.", 'T', 'P', true),
];
