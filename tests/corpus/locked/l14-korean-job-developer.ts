/**
 * A Korean-born job developer (locked split, batch 14: scored and floored, aggregates only): she came to the US at
 * fifteen, worked in her parents' dry cleaner, and now develops jobs for a WIOA contractor in Kansas City's
 * Northland and for a St. Paul CareerForce partner on University Avenue. Her caseload mixes Korean-speaking
 * newcomers (a logistics manager, a bakery OJT, a phlebotomy student), Korean adoptees raised in Minnesota who speak
 * no Korean, and everyone else the center sends her. She writes dates Korean-style ("2026.01.12 (Mon) PM 2:10"),
 * drops subjects ("Called. No pick."), explains people things ("I explained him OJT rules"), reads politeness as
 * Koreans do ("she said she will think about it"), and lives in KakaoTalk, where the small "1" beside a message
 * disappears once it is read. Participants call her "teacher" (seonsaengnim). Much of her day is employers: job
 * orders, résumés sent, interviews set up, HR calls, OJT supervisors, job fairs.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A talk with the participant in person, by phone or by a KakaoTalk voice call is a contact; a Kakao
 * message whose "1" disappeared is read, not answered; an emoji back is no reply, words back with news are. A
 * call cut after hello, a call answered only to promise a call later and messages that only move a meeting are no
 * exchange. The OJT employer's supervisor is the
 * provider (Missouri: counts with substantive progress and a reason to continue, §2.2; Minnesota: recorded, never
 * the monthly contact); a prospective employer's HR, a recruiter, a husband or wife not on the plan are someone
 * else, however good their news.
 */
import { MO, MN, PM, JM, NS, UA, RP, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l14-korean-job-developer';
export const BATCH = 14;

export const NOTES: LabelledNote[] = [
  note(MO, 'l14-kjd-01', "2026.01.12 (Mon) PM 2:10 Office. Mr. Jae-hoon Baek came in for resume. We made new resume together for forklift/warehouse, he has 6 years experience in Korea as logistic manager. English is his difficult part, he is in ESL level 3 at the Northland adult ed, attending 3 nights/week. I referred him to 2 job orders (Riverside warehouse, AM shift). He will apply tonight. Next: check 1/19 if interview.", 'I', 'P', true),
  // The "1" disappearing only shows the message was read.
  note(MO, 'l14-kjd-02', "2026.01.19 Sent Kakao msg to Mr. Baek about interview result. '1' disappeared PM 7:40 so he read it. No answer until now (1/20 AM 10).", 'E', 'P', false, [RP]),
  // A prospective employer's HR is neither provider nor alternate: good news, but no contact with him.
  note(MO, 'l14-kjd-03', "2026.01.21 TC with HR Ms. Collins at Riverside warehouse. She said Mr. Baek interview was good, they will offer 2nd shift $19.25, start 2/2 if background ok. I did not talk to Mr. Baek yet.", 'T', 'O', false),
  note(MO, 'l14-kjd-04', "2026.01.22 PM 6:05 Mr. Baek called me back. He accepted offer, start 2/2 2nd shift. He needs steel toe boots, I will do supportive service request tomorrow. He is so happy, said thank you many times. Follow-up 30 days after start.", 'T', 'P', true),
  // A KakaoTalk voice call is a live spoken conversation: a telephone contact.
  note(MN, 'l14-kjd-05', "2025.10.06 Kakao voice call with Ms. Soo-min Hwang, 25 min. She is in week 4 of phlebotomy at Saint Paul College, she said so-so, needle practice is scary but she did 15 successful sticks on the arm model and 3 on classmates. Clinical starts in Nov. Next check 11/3.", 'T', 'P', true),
  // Two calls not picked up and a Kakao message still unread.
  note(MN, 'l14-kjd-06', "2025.11.03 Called Ms. Hwang 2 times, no pick. Sent Kakao: 'Soo-min ssi, please call me when you have time. Fighting!' 1 still not gone.", 'T', 'P', false, [UA, RP]),
  // Her Kakao answer to the writer's message carries news: a written reply ("teacher" is the writer).
  note(MN, 'l14-kjd-07', "2025.11.04 Ms. Hwang answered Kakao AM 6:50: 'Sorry teacher, clinical started at Regions, 12 hr shift. I passed the midterm 86. I will call Sat.' I answered: 'Great job! Call me Sat.'", 'E', 'P', true),
  // She called, but from a noisy church, only to promise a call Monday: nothing was discussed.
  note(MN, 'l14-kjd-08', "2025.11.08 (Sat) She called but she was at her church, very noisy, she said 'I call you back Monday teacher.' 1 min call. Nothing discussed.", 'T', 'P', false, [UA]),
  // The OJT supervisor reports hours, skills and timesheets, and the OJT contract runs on (§2.2).
  note(MO, 'l14-kjd-09', "2026.03.03 Visit at Han's Auto Body (OJT employer, Mr. Richard Han, supervisor) for Mr. Tae-yang Oh OJT. Mr. Han said he is on time every day, completed 160 of 480 OJT hours, he can do prep and masking alone now, next month learning the paint booth. Timesheets signed for Feb. OJT continues per contract until 6/30. Mr. Oh was out on a parts run, did not see him.", 'I', 'V', true),
  // Minnesota: the OJT employer's report is recorded, never the monthly contact.
  note(MN, 'l14-kjd-10', "2025.12.09 TC with Mr. Park, owner of Seoul Bakery (OJT for Ms. Ji-woo Kang). He said she is learning well, 200 hrs done, she can do the morning dough alone. Timesheet sent by fax.", 'T', 'V', false),
  // "She will think about it" is Korean politeness about the job orders; the meeting itself was a full contact.
  note(MO, 'l14-kjd-11', "2026.02.10 Office visit Ms. Eun-ji Choi. I showed her 3 job orders (medical receptionist). She said she will think about it. She is still in the Medical Office class at Metropolitan CC, grade A- so far, finishing 5/8. Next: mock interview 2/24 PM 1.", 'I', 'P', true),
  note(MO, 'l14-kjd-12', "2026.02.24 PM 1:00 mock interview with Ms. Choi. No show. Kakao sent PM 1:20, 1 gone PM 3:00 but no reply.", 'I', 'P', false, [UA, RP]),
  // Messages that only move the missed meeting are no exchange about her training (as a call answered only to put it off).
  note(MO, 'l14-kjd-13', "2026.02.25 Ms. Choi replied Kakao: 'So sorry teacher, my son was sick. Can we do Friday?' I said yes, Friday 2/27 PM 1.", 'E', 'P', false),
  note(MO, 'l14-kjd-14', "2026.03.02 TC w/ Mr. Oh (OJT). He said job is good, he is learning paint mixing now, Mr. Han gives him more hours, 42 hrs last week. He asked about his tax form, I told him he needs W-2 from employer. Next visit 4/1 with Mr. Han.", 'T', 'P', true),
  note(MN, 'l14-kjd-15', "2025.09.15 Met Anna Lindgren at CareerForce St. Paul (Midway). She finished the Google IT Support certificate (5 of 5 courses), wants help desk job. We practiced interview 40 min, she answered STAR questions well but too short. I will send her resume to 2 employers I know. Next meet 10/6.", 'I', 'P', true),
  // Résumés sent and an employer called: job development with no word from Anna.
  note(MN, 'l14-kjd-16', "2025.09.17 Sent Anna resume to Ms. Gray at Midway Health IT and to the Ecolab contractor recruiter. Called Ms. Gray, she will review this week.", 'T', 'O', false),
  // A thumbs-up emoji is no reply.
  note(MN, 'l14-kjd-17', "2025.09.22 Ms. Gray wants to interview Anna 9/25 AM 10. Texted Anna the details. Anna texted back 👍 only.", 'E', 'P', false, [RP]),
  note(MN, 'l14-kjd-18', "2025.09.25 PM 4 Anna called me after interview. She said it went good, they asked about ticketing system and she explained ServiceNow from the course. They decide next week. She is nervous. I said fighting!", 'T', 'P', true),
  // The employer's e-mail is someone else's word; the congratulations e-mail to Anna has no answer.
  note(MN, 'l14-kjd-19', "2025.10.02 Ms. Gray emailed: Anna is hired, Help Desk Tier 1, $24/hr, start 10/13. Congratulations email to Anna sent, no answer yet.", 'E', 'O', false, [RP]),
  // They spoke, but "job so-so" is no progress and nothing says why services continue.
  note(MO, 'l14-kjd-20', "2026.04.06 TC Mr. Baek. Job so-so. Will call next month.", 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'l14-kjd-21', "2026.04.07 Mailed 30-day follow-up letter + survey to Mr. Baek home address (Northland). Wait for answer.", 'L', 'P', false, [RP]),
  // The wife is not on the plan: the paystubs are documents, her words are hers.
  note(MO, 'l14-kjd-22', "2026.04.14 Mrs. Baek (wife, not enrolled) came with Mr. Baek paystubs for the file because he works 2nd shift. She said he is doing fine, already full time with health insurance. I copied the paystubs (2 weeks, 80 hrs, $19.25).", 'I', 'O', false),
  note(MN, 'l14-kjd-23', "2025.12.15 Kakao voice call with Ms. Kang, connection bad, she was in the car, I only heard 'hello teacher... later'. Call dropped. Tried again, no answer.", 'T', 'P', false, [UA]),
  note(MN, 'l14-kjd-24', "2025.12.18 Ms. Ji-woo Kang stopped by after bakery shift. OJT going well: Mr. Park lets her do the cream bread alone now, 240 of 400 hrs. Her wrists hurt from kneading, I told her talk to Mr. Park about a wrist brace. Next month I visit the bakery.", 'I', 'P', true),
  // Hello across a job-fair table, with nothing about her case, is no exchange.
  note(MO, 'l14-kjd-25', "2026.03.12 Job fair at the Northland library. Saw Ms. Choi at the Saint Luke's table. Only said hello, she was talking to the recruiter. Did not discuss her case.", 'I', 'P', false),
  note(MO, 'l14-kjd-26', "2026.02.27 PM 1 Mock interview done with Ms. Choi (rescheduled). She answered 10 questions, good eye contact now, still speaks too fast. Medical Office class: finished the EHR module, grade 94. She will apply Saint Luke's front desk this week. Next: follow-up call 3/6.", 'I', 'P', true),
  note(MN, 'l14-kjd-27', "2025.10.20 Updated Anna employment in WF1 (Help Desk Tier 1, start 10/13). Closed training activity. Follow-up will start.", '-', '-', false),
  note(MN, 'l14-kjd-28', "2025.10.27 TC Anna. 2 weeks on the job, she likes the team, takes 30-40 tickets a day, supervisor said she is quick learner. Needs bus card until first paycheck 11/7, I will mail it. Follow-up monthly.", 'T', 'P', true),
  // His voicemail asks for a call; the call back reached a full mailbox.
  note(MO, 'l14-kjd-29', "2026.03.20 VM from Mr. Oh: 'This is Tae-yang, please call me, it's about OJT.' Called back PM 5:30, no pick, VM full.", 'T', 'P', false, [UA]),
  note(MO, 'l14-kjd-30', "2026.03.23 Finally talked Mr. Oh by phone. He said Mr. Han yelled at him about a scratch, he wants to quit. I explained him OJT rules: he has 270 hrs done, 210 left, quitting loses the certificate. He said he will try his best one more month. I will do 3-way meeting with Mr. Han 3/30.", 'T', 'P', true),
  // Her e-mail answers the writer's and carries news; the SSN typed into the note is still an error.
  note(MN, 'l14-kjd-31', "2025.12.02 Email from Ms. Hwang (reply to my 11/30 email): 'I finished clinical, 100 sticks done. My SSN is 219-09-9999 for the certificate form.' She will take the NHA exam 12/12.", 'E', 'P', true, [PII]),
  // The husband is not on the ISS; Ms. Hwang was asleep.
  note(MN, 'l14-kjd-32', "2025.12.14 Called Ms. Hwang cell, husband answered, she is sleeping after night shift. He said the exam was 12/12 and she thinks she passed. I asked him she call me.", 'T', 'O', false),
  note(MN, 'l14-kjd-33', "2025.12.16 Ms. Hwang called. She passed NHA CPT exam 12/12! Applying at Regions and the Allina lab. Needs reference letter from me, I will write this week. Next call 1/5.", 'T', 'P', true),
  // A bowing emoji to a group reminder is no reply.
  note(MO, 'l14-kjd-34', "2026.04.01 Sent group Kakao to my 6 OJT participants: 'Timesheets due Friday.' Mr. Oh sent bowing emoji. Others no answer.", 'E', 'P', false, [RP]),
  // No pick first, then she called back and they talked about the OJT.
  note(MN, 'l14-kjd-35', "2025.12.20 Called Ms. Kang, no pick. 5 min later she called back from the bakery phone: OJT 260 hrs now, Mr. Park will hire her permanent from 1/2 at $18. Next: OJT closeout visit 12/30.", 'T', 'P', true),
];
