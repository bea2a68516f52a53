/**
 * Notes written to the participant (locked split, batch 10: scored and floored, aggregates only): case managers in
 * Columbia and Jefferson City and in Anoka and Dakota counties who write every case note as a recap addressed to
 * the person ("Hi Tanya, thanks for coming in today… Here's what we covered… Next steps"), because the job
 * seeker's portal shows them or a copy is handed over: second person throughout, "you told me", "I'm sorry I missed
 * your call", apologies and congratulations, "as we talked about last week", signed with a first name.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. Speaking to the reader in the second person is not a contact: the events are what count. Her voicemail
 * to the writer, a missed appointment, a letter or e-mail not answered and a reference to an earlier call are no
 * contact in this note; a colleague's call is his to record. A conversation through a daughter interpreting is a
 * contact with the participant. An instructor is the provider (Missouri: counts with substantive progress and a
 * reason to continue, §2.2; Minnesota: recorded, never the monthly contact); a grandmother, wife or mother is the
 * alternate.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, DM, note, type LabelledNote } from '../types';

export const STYLE = 'participant-facing-recap';
export const BATCH = 10;

export const NOTES: LabelledNote[] = [
  note(MO, 'participant-facing-recap-mo-001', `Hi Tanya, thanks for meeting with me at the Columbia Job Center today (1/8/2025). Here's what we covered:
- You finished week 6 of 12 in the Phlebotomy Technician course at State Fair Community College, with a 94 average and no absences.
- Your clinical rotation starts 2/10 at Boone Hospital; you need your TB test and flu shot first.
Next steps: your ITA continues through clinicals per your IEP. I'll call you on 2/5 to check on the shots. — Rachel`, 'I', 'P', true, []),
  note(MO, 'participant-facing-recap-mo-002', `Tanya, I called you this morning (1/22) and got your voicemail. Please call me back at 573-555-0126 when you get a chance. — Rachel`, 'T', 'P', false, [UA]),
  note(MO, 'participant-facing-recap-mo-003', `Hi Tanya — got your e-mail on 1/24 saying you passed the venipuncture check-off with 25 successful sticks on the practice arm, and that your TB test was negative. Great news! I wrote back the same day with the Boone Hospital badge instructions. Your ITA continues through clinicals per your IEP. — Rachel`, 'E', 'P', true, []),
  // Her voicemail is a message she left, not a conversation.
  note(MO, 'participant-facing-recap-mo-004', `Sorry I missed your call on 1/30, Tanya! Your voicemail said your clinical site changed to Capital Region in Jefferson City. I'll call you back Monday so we can sort out gas money for the drive. — Rachel`, 'T', 'P', false, [UA]),
  note(MO, 'participant-facing-recap-mo-005', `Hi Tanya, good talking with you on the phone today (2/3). You said the instructor moved you to Capital Region for clinicals starting 2/10, and you're now at 100% on the course quizzes. I approved a $100 gas card for the first two weeks of driving; pick it up at the front desk. Your ITA continues per your IEP through clinicals and the NHA exam. Next call around 3/3. — Rachel`, 'T', 'P', true, []),
  note(MO, 'participant-facing-recap-mo-006', `Hi Tanya — your instructor, Ms. Lutz, e-mailed me on 2/24 (you were at clinicals and she said you'd want me to know): you have 38 of the 100 required clinical sticks done, perfect attendance at Capital Region, and the floor supervisor wrote "excellent patient manner" on your weekly eval. Your ITA continues until you finish clinicals and sit for the NHA CPT exam, per your IEP. — Rachel`, 'E', 'V', true, []),
  note(MO, 'participant-facing-recap-mo-007', `Hi DeShawn, you didn't make it to our 2/11 appointment at 10. I hope everything is ok. I left a message on your cell at 10:30 too. — Rachel`, 'T', 'P', false, [UA]),
  note(MO, 'participant-facing-recap-mo-008', `DeShawn, I mailed you a letter on 2/12 at your Fulton address asking you to call me to set up a new time. — Rachel`, 'L', 'P', false, [RP]),
  // His grandmother knows a little of his week, nothing of substance about his progress, and no reason to continue is given.
  note(MO, 'participant-facing-recap-mo-009', `DeShawn — your grandma (who you listed as your alternate contact) told me on the phone 2/19 that you've been working in the Fulton State Hospital kitchen and still going to your HiSET class on Tuesday nights. I'll need to hear from you directly, so please call me. — Rachel`, 'T', 'A', false, [TP, JM]),
  note(MO, 'participant-facing-recap-mo-010', `Hi DeShawn, thanks for calling me back on 2/24! Recap: you passed the HiSET math test (score 15) and you're studying for science next at the Fulton adult ed class; the kitchen job is 30 hrs/week. We agreed you'll stay in WIOA Adult and, once you pass science, look at the welding program at Nichols Career Center (IEP goal: welder). I'll call you 3/24. — Rachel`, 'T', 'P', true, []),
  // The phone call last week is only mentioned; what this note records is an e-mail sent today.
  note(MO, 'participant-facing-recap-mo-011', `DeShawn, as we talked about on the phone last week, I e-mailed you the ITA forms for the welding program at Nichols Career Center today (3/3). Please sign and send them back by 3/14. — Rachel`, 'E', 'P', false, [RP]),
  note(MO, 'participant-facing-recap-mo-012', `Hi DeShawn — I got the signed ITA forms back in the mail on 3/12, with your sticky note: "Passed HiSET science 3/8!! Got laid off from the kitchen Friday so I can do the day class now — see you 3/31." Congratulations! Your welding class starts 3/31; the ITA is approved per your IEP. — Rachel`, 'L', 'P', true, []),
  note(MO, 'participant-facing-recap-mo-013', `Mr. Ortiz, this is a summary of our phone call on 4/7/2025. You are in week 2 of the CDL Class A course at Midwest Truck Driving School in Jefferson City; you passed the pre-trip inspection test on 4/4 and have 6 hours behind the wheel. Your ITA continues per your IEP until you get your CDL. I will call you again after your skills test. — Rachel Kline, Career Specialist`, 'T', 'P', true, []),
  note(MO, 'participant-facing-recap-mo-014', `Mr. Ortiz, I'm sorry we keep missing each other. I called on 4/14 and on 4/16, and both times the line was busy. — Rachel`, 'T', 'P', false, [UA]),
  // The daughter interpreted on a call with him: that is his contact.
  note(MO, 'participant-facing-recap-mo-015', `Mr. Ortiz — your daughter Ana answered when I called on 4/21 and interpreted for us. You told me (through Ana) that you finished week 3 of the CDL course, have 22 hours behind the wheel, and your skills test is 5/2. Your ITA continues per your IEP through the test. — Rachel`, 'T', 'P', true, []),
  // Written to her, but nobody was in touch with anybody.
  note(MO, 'participant-facing-recap-mo-016', `Tanya, FYI for your records: I submitted your NHA exam voucher today (4/22). You should get an e-mail from NHA with a code. — Rachel`, '-', '-', false, []),
  note(MO, 'participant-facing-recap-mo-017', `Hi Tanya, congratulations! You called me this morning to say you passed the NHA CPT exam and Capital Region offered you a part-time phlebotomist job. We'll close your training and move you to follow-up services per your IEP. — Rachel`, 'T', 'P', true, [DM], { noDateField: true }),

  note(MN, 'participant-facing-recap-mn-001', `Abdi, thank you for meeting with me at the Blaine CareerForce today, 1/7/25. You told me you are in week 2 of the Medical Interpreter certificate at Hennepin Technical College and got 92% on the first terminology quiz. We reviewed your ISS together and your training activity in Workforce One is current. — Julie`, 'I', 'P', true, []),
  note(MN, 'participant-facing-recap-mn-002', `Abdi, I emailed you on 1/21 asking for your January grades. I haven't heard back yet. — Julie`, 'E', 'P', false, [RP]),
  note(MN, 'participant-facing-recap-mn-003', `Abdi, thank you for your reply on 2/4. You wrote that your midterm grade is 88% and that the role-play practice is going well. I put your grade report in your file. — Julie`, 'E', 'P', true, []),
  note(MN, 'participant-facing-recap-mn-004', `Abdi, your instructor Ms. Warsame told me on the phone 2/18 that you have perfect attendance and are one of the top students in the role-play labs. — Julie`, 'T', 'V', false, []),
  note(MN, 'participant-facing-recap-mn-005', `Abdi — I called you on 3/3 and got a recording that the number is disconnected. — Julie`, 'T', 'P', false, [UA]),
  note(MN, 'participant-facing-recap-mn-006', `Abdi, your wife Hodan called me on 3/5 to give me your new number (612-555-0177). Thank you both! — Julie`, 'T', 'A', false, []),
  note(MN, 'participant-facing-recap-mn-007', `Thanks for picking up, Abdi! Good to talk on 3/6. You finished the coursework and started your 40-hour practicum at the Mercy Hospital interpreter office; your CCHI exam is 4/20. We updated your ISS and your activity in Workforce One. — Julie`, 'T', 'P', true, []),
  note(MN, 'participant-facing-recap-mn-008', `Hi Leah, welcome to the program! This is the summary of your orientation and first meeting with me on 3/10/25 at the Apple Valley WorkForce Center. Your CASAS reading score was 241 and math 230. You chose the Accounting Clerk certificate at Dakota County Technical College (5 courses), and you are already registered for the first two. We wrote your ISS together. — Julie`, 'I', 'P', true, []),
  // The colleague's call is his, to be recorded by him; this note only reports it.
  note(MN, 'participant-facing-recap-mn-009', `Leah, you were on my calendar for 3/24 but I was out sick. Marcus from our office called you that morning to reschedule and you picked 3/31 at 1:00. — Julie`, 'T', 'P', false, []),
  note(MN, 'participant-facing-recap-mn-010', `Leah, you didn't come to our 3/31 meeting and your phone went to voicemail when I called at 1:20. — Julie`, 'T', 'P', false, [UA]),
  // A real two-way exchange by text, about a time only.
  note(MN, 'participant-facing-recap-mn-011', `Leah, I got your text on 4/1: "so sorry!! car broke down, can we do video instead?" I texted back the link for 4/3 at 10 and you answered "yes thank you". — Julie`, 'E', 'P', true, [PM]),
  note(MN, 'participant-facing-recap-mn-012', `Leah, here's the summary of our 4/3 meeting (the video would not connect, so we did it by phone). You finished Intro to Accounting with a B+ and are halfway through Payroll; 2 of 5 courses done. You are applying for bookkeeping jobs with the resume we fixed. ISS reviewed and updated. — Julie`, 'T', 'P', true, []),
  note(MN, 'participant-facing-recap-mn-013', `Leah, your mom called me on 4/15 to say you got the bookkeeping job at Lakeville Ace Hardware — congratulations! — Julie`, 'T', 'A', false, []),
  note(MN, 'participant-facing-recap-mn-014', `Leah — my May contact letter went out to your Burnsville address on 5/1. — Julie`, 'L', 'P', false, [RP]),
  note(MN, 'participant-facing-recap-mn-015', `Hi Leah, thanks for sending back the May contact form (I received it 5/9). You wrote that you work 32 hrs/week in the office at Lakeville Ace Hardware and are finishing your last DCTC class online. Record reviewed. — Julie`, 'L', 'P', true, []),
  note(MN, 'participant-facing-recap-mn-016', `Abdi, good to see you at our table at the Blaine job fair today. You told me you passed the CCHI written exam and the oral is next month, and you have a second interview with Allina. ISS reviewed. — Julie`, 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'participant-facing-recap-mn-017', `Abdi — quick call 5/20, you said all is well. — Julie`, 'T', 'P', true, [PM, NS]),
];
