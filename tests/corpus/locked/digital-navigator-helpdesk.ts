/**
 * Digital navigators (locked split, batch 10: scored and floored, aggregates only): digital-equity staff
 * co-located at job centers and public libraries in Kansas City and St. Louis and at CareerForce and library tech
 * help desks in Minneapolis and St. Paul, who log their work like a help desk: ticket numbers, channel and
 * resolution lines, Northstar Digital Literacy assessments, Chromebook, laptop and hotspot loans with device tags,
 * a device-management console, remote-support sessions, Google Voice texts, password resets for jobs.mo.gov and
 * CareerForceMN.com, device-distribution events and volunteer tech-help hours.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A Northstar class instructor is the provider (Missouri: counts with substantive progress and a reason to
 * continue, §2.2; Minnesota: recorded, never the monthly contact); a reference librarian or a volunteer is someone
 * else. A device checked in to a console, a hotspot in the book drop, a volunteer's log, a name ticked on a
 * pick-up list and a help request nobody has answered are no two-way contact. A remote session in which the two
 * talk on the phone is a call. A reply, however short, makes a written exchange.
 */
import { MO, MN, PM, NS, UA, RP, DM, CT, PII, note, type LabelledNote } from '../types';

export const STYLE = 'digital-navigator-helpdesk';
export const BATCH = 10;

export const NOTES: LabelledNote[] = [
  note(MO, 'digital-navigator-helpdesk-mo-001', `DN TICKET 0412 | 01/13/2025 | Channel: phone (inbound) | Caller: participant
Issue: locked out of jobs.mo.gov, can't upload resume for the Truman Medical Center posting.
Resolution: walked her through the password reset by phone, then uploaded the resume together while on the line. She told me she passed Northstar Basic Computer Skills on 1/10 (88%).
Next: Northstar Email module; continue WIOA Adult per IEP (goal: medical receptionist, needs Essential Computer Skills certificate before the MCC Medical Front Office course).`, 'T', 'P', true, []),
  // An errand at the front desk: the writer did not meet her, and nobody talked about her plan.
  note(MO, 'digital-navigator-helpdesk-mo-002', `Chromebook CB-117 checked out to participant 1/14 at the front desk by reception; loan agreement signed and scanned.`, 'I', 'P', false, []),
  note(MO, 'digital-navigator-helpdesk-mo-003', `DN TICKET 0431 | 01/21/2025 | Channel: remote session + phone
Texted her the remote-support link, she joined from her laptop and we talked by phone the whole time (10:02–10:40). Installed Windows updates, set up Gmail folders, she practiced attaching her resume and sent a test message to me. She finished the Northstar Email practice set with no misses.
Next: Essential Computer Skills assessment 2/4 at the Bluford branch class; IEP continues.`, 'T', 'P', true, []),
  // Her request came in; nobody has answered it yet, so there has been no exchange.
  note(MO, 'digital-navigator-helpdesk-mo-004', `DN TICKET 0440 | 01/25/2025 | Channel: web form | Submitted by participant: "my hotspot stoped working again since wed". Not yet worked.`, 'E', 'P', false, []),
  note(MO, 'digital-navigator-helpdesk-mo-005', `DN TICKET 0440 update 01/27: called participant about the hotspot, no answer, left VM with the help line #.`, 'T', 'P', false, [UA]),
  note(MO, 'digital-navigator-helpdesk-mo-006', `MDM console check 2/2: CB-117 last checked in 2/1 21:14, ~14 hrs use this week, no lock flags. No contact.`, '-', '-', false, []),
  note(MO, 'digital-navigator-helpdesk-mo-007', `E-mail 2/7 from Mr. Abernathy, Northstar class instructor (KC Public Library digital literacy series): participant attended 6 of 6 sessions, passed Essential Computer Skills 2/4 (82%) and Windows 2/6 (86%). He recommends Microsoft Word next before she starts the MCC course. Continue digital literacy training per IEP ahead of the Medical Front Office ITA.`, 'E', 'V', true, []),
  // A reference librarian is no training provider and was not asked as an alternate contact.
  note(MO, 'digital-navigator-helpdesk-mo-008', `At the Bluford branch 2/10 for my office hours. Reference librarian said participant comes in almost every day to use the computers and is "really getting it".`, 'I', 'O', false, []),
  // Her daughter took the message; no exchange with the participant.
  note(MO, 'digital-navigator-helpdesk-mo-009', `Called participant 2/12 4:30 pm. Her daughter (16) answered, said mom is at work, will have her call me back.`, 'T', 'O', false, [UA]),
  note(MO, 'digital-navigator-helpdesk-mo-010', `Participant called back 2/14. She started part-time at Walgreens (cashier, 20 hrs/wk) on 2/10 and is using the loaner Chromebook for the online MCC Medical Front Office course, 2 of 8 modules done. Hotspot fixed after the carrier reset. Continue ITA per IEP; check in after module 4.`, 'T', 'P', true, []),
  note(MO, 'digital-navigator-helpdesk-mo-011', `Google Voice thread:
[2/20 9:01 AM] DN: Reminder — hotspot HS-044 is due back 2/28, or reply RENEW.
[2/21 7:48 PM] Participant: RENEW can I keep it til my class ends in april? im on module 4 got 90 on the quiz
[2/21 8:02 PM] DN: Yes, renewed to 4/30. Nice work on the quiz!
Loan renewed in inventory; ITA continues per IEP.`, 'E', 'P', true, []),
  // Signed in and left at the break; nobody spoke with her.
  note(MO, 'digital-navigator-helpdesk-mo-012', `Taught the Tuesday "Job Search on Your Phone" workshop 2/25 (9 on the sign-in). Participant signed in and left at the break before I could talk to her.`, '-', '-', false, []),
  note(MO, 'digital-navigator-helpdesk-mo-013', `Remote session booked 3/4 2:00 pm, link texted 3/3. Participant never joined; waited 15 min, called at 2:15, no answer.`, 'T', 'P', false, [UA]),
  note(MO, 'digital-navigator-helpdesk-mo-014', `Met with participant at the Midtown job center today. She passed Northstar Microsoft Word (84%) and showed me module 5 of the MCC course on her Chromebook; quiz average 90. Next step: final exam in April, then the CMAA exam voucher per IEP.`, 'I', 'P', true, [DM], { noDateField: true }),
  note(MO, 'digital-navigator-helpdesk-mo-015', `In person 3/18: helped participant apply for Lifeline phone service on the job center PC (typed her SSN 531-07-6642 into the application while she read it off her card). She is on module 5 of 8 in the MCC Medical Front Office course, still 20 hrs/wk at Walgreens. Continue ITA per IEP; next check-in after her final.`, 'I', 'P', true, [PII]),
  // The words do not say how; the page's contact-type drop-down says telephone.
  note(MO, 'digital-navigator-helpdesk-mo-016', `Touched base with participant 3/25. Finished module 6 of 8, 91% average, final exam set for 4/15. Continue ITA per IEP.`, 'T', 'P', true, [], { field: 'T' }),
  note(MO, 'digital-navigator-helpdesk-mo-017', `E-mailed Mr. Abernathy 4/8 to ask if participant is still coming to the Word/Excel sessions. No answer yet.`, 'E', 'V', false, [RP]),

  note(MN, 'digital-navigator-helpdesk-mn-001', `TECH HELP LOG — CareerForce Minneapolis North — 1/8/2025 — in person, 45 min
Set up client's CareerForceMN.com account and a new Gmail. She took the Northstar Basic Computer Skills assessment at my desk and passed (72%). Enrolled her in the Northstar Essential Computer Skills class at Minneapolis Adult Ed (starts 1/13). ISS reviewed; digital literacy activity added in WF1.`, 'I', 'P', true, []),
  note(MN, 'digital-navigator-helpdesk-mn-002', `1/22/25 phone w/ client. Gmail working on her phone and the loaner laptop; she applied to 3 jobs on her own this week (two at Hennepin Healthcare). Class attendance 4 of 4 so far. ISS and enrollments reviewed.`, 'T', 'P', true, []),
  note(MN, 'digital-navigator-helpdesk-mn-003', `2/3 hotspot HS-19 found in the library book drop with the loan form. No note from client.`, '-', '-', false, []),
  // One word back is still her reply: a written exchange, with nothing in it.
  note(MN, 'digital-navigator-helpdesk-mn-004', `2/5 texted client "how's the class going?" She replied "good".`, 'E', 'P', true, [PM, NS]),
  note(MN, 'digital-navigator-helpdesk-mn-005', `Minneapolis Adult Ed instructor emailed 2/11: client passed Northstar Email and Internet Basics, attendance 8 of 8. Scores placed in client record.`, 'E', 'V', false, []),
  note(MN, 'digital-navigator-helpdesk-mn-006', `2/19 called client, LVM.`, 'T', 'P', false, [UA]),
  note(MN, 'digital-navigator-helpdesk-mn-007', `2/20 client's son (listed alternate contact) called to say her phone broke and she will come in Thursday.`, 'T', 'A', false, []),
  note(MN, 'digital-navigator-helpdesk-mn-008', `Monthly contact 2/27/25 in person. Client came in with a new phone; set up the authenticator app for her accounts. She earned the Northstar Essential Computer Skills certificate 2/25 and starts the Microsoft Excel class 3/3. Certificate copied to client record. ISS reviewed, enrollments current.`, 'I', 'P', true, []),
  // A name ticked off on a pick-up list by a volunteer: the writer never saw her.
  note(MN, 'digital-navigator-helpdesk-mn-009', `Laptop distribution at Sumner Library 3/8. Client's name is checked off on the pick-up list (LT-2231). I was at the table but a volunteer did her checkout, so I did not see her.`, '-', '-', false, []),
  note(MN, 'digital-navigator-helpdesk-mn-010', `Emailed client 3/12 about the Excel class. She replied 3/14 with a photo of her Excel Basics certificate and said she has a 3/18 interview at Hennepin Healthcare for patient access rep. Certificate saved to record; ISS reviewed.`, 'E', 'P', true, []),
  note(MN, 'digital-navigator-helpdesk-mn-011', `Volunteer tech help log 3/19 (I was off): "client came in, helped with resume formatting, 30 min".`, '-', '-', false, []),
  note(MN, 'digital-navigator-helpdesk-mn-012', `Phone 3/26 with client: hired as patient access rep at Hennepin Healthcare, starts 4/7, $22.40/hr, full time. She will return the loaner laptop after her first paycheck. ISS updated: employment, follow-up services; WF1 activities closed/opened to match.`, 'T', 'P', true, []),
  note(MN, 'digital-navigator-helpdesk-mn-013', `Mailed April contact letter 4/2. Client called me 4/9 after getting it: training week at Hennepin Healthcare, Epic registration class is going fine and she passed the first quiz. Record reviewed.`, 'T', 'P', true, []),
  note(MN, 'digital-navigator-helpdesk-mn-014', `5/6 called client's cell; man answered, said wrong number, doesn't know her.`, 'T', 'O', false, [UA]),
  // Her message with news, answered by the writer, is a written exchange.
  note(MN, 'digital-navigator-helpdesk-mn-015', `CareerForce portal chat 5/8, client: "hi its me, I passed my 30 days at work!! but outlook keeps asking for my password on the work computer". 5/9 I answered with the steps to clear saved credentials and told her to call IT if it keeps happening; she wrote back "ok that worked thank you".`, 'E', 'P', true, []),
  note(MN, 'digital-navigator-helpdesk-mn-016', `5/14 texted client about returning laptop LT-2231. No reply.`, 'E', 'P', false, [RP], { noDateField: true }),
  // "Spoke with" is a two-way contact; the note never says whether by phone or in person.
  note(MN, 'digital-navigator-helpdesk-mn-017', `Spoke with client 5/20. She finished her 6-week training at Hennepin Healthcare and is on the registration desk now; laptop returned. Record reviewed.`, '-', 'P', true, [CT]),
];
