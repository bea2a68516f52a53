/**
 * A case manager for hospital "Earn and Learn" nursing-assistant cohorts who pastes e-mails into the note (fresh split,
 * batch 15: new voices, scored and listed but not floored yet). The voice: a pasted block with "From:/Sent:/Subject:"
 * lines or "----- Forwarded message -----", the clinical instructor's or the student's words quoted, and the case
 * manager's own line above or below ("CM:" or "My note:"); hospital units (4 West, med-surg, LTC wing), "skills
 * check-off", "clinical hours", "Pearson VUE/Headmaster state exam", paid training hours as an hourly aide. Hospitals
 * in Springfield, Columbia, St. Louis, Kansas City and Cape Girardeau (Missouri) and Duluth, St. Cloud, Bemidji,
 * Rochester and Minneapolis (Minnesota). Sources of realism: health-system apprenticeships co-funded by WIOA, where
 * the instructor writes to the case manager weekly and the students answer from their phones between shifts.
 * How I read the policy for the hard cases: an instructor's e-mail pasted in is the provider writing, not the student;
 * in Missouri it counts only as the policy allows a provider (here: on the phone or in person, with progress and
 * "continue", when the student could not be reached), never a one-way FYI; in Minnesota it is filed. The student's
 * own reply in the thread is a written response; a forward of her schedule by the unit secretary is not hers. "Seen"
 * in Teams chat, an out-of-office and an e-mail sent with no answer are not contacts.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'f15-cna-earn-learn-emails';

export const NOTES: LabelledNote[] = [
  note(MO, 'f15-cna-earn-learn-emails-mo-001', `CM: 10/06/26 met w/ Kiara Moss in the Mercy Springfield education office, 20 min. She is wk 3 of 8, classroom avg 89, first skills check-off passed (handwashing, vitals). Working 24 paid hrs/wk on 4 West. ITA/earn-and-learn continues per IEP (CNA -> PCT). Next 11/3.`, 'I', 'P', true, []),
  // The instructor's FYI, pasted: the provider writing, no exchange.
  note(MO, 'f15-cna-earn-learn-emails-mo-002', `From: Jan Holloway RN (Clinical Instructor) / Sent: 10/13/2026 / Subject: Kiara M. wk 4 — "Kiara passed bed bath and transfers check-offs, 100% attendance, a pleasure on the unit." CM: filed.`, 'E', 'V', false, []),
  note(MO, 'f15-cna-earn-learn-emails-mo-003', `CM: 10/20/26 emailed Kiara re: state exam registration. No reply yet.`, 'E', 'P', false, [RP]),
  // Her answer comes back in the same thread.
  note(MO, 'f15-cna-earn-learn-emails-mo-004', `From: Kiara Moss / Sent: 10/22/2026 7:48 PM / Subject: RE: state exam — "Registered for 11/20 at OTC. Passed the practice written 84. Can I still get the scrubs voucher?" CM: replied yes, voucher sent. Training continues per IEP.`, 'E', 'P', true, []),
  note(MO, 'f15-cna-earn-learn-emails-mo-005', `CM: 11/03/26 called Kiara at 3:30 (after shift), no answer, LM.`, 'T', 'P', false, [UA]),
  // The instructor on the phone with hours and a recommendation, while Kiara could not be reached.
  note(MO, 'f15-cna-earn-learn-emails-mo-006', `CM: 11/05/26 Kiara not returning calls. Spoke w/ Jan Holloway RN by phone: Kiara 68/75 clinical hrs, all check-offs but one passed, attendance 100%, Jan recommends she continue to the exam. Earn-and-learn continues per IEP.`, 'T', 'V', true, []),
  note(MO, 'f15-cna-earn-learn-emails-mo-007', `CM: 10/08/26 Columbia (Boone Health). Phone w/ Tremaine J. 12 min on his break. Classroom done, clinicals on the LTC wing 32/75 hrs, 1 tardy. Continue per IEP.`, 'T', 'P', true, []),
  // The unit secretary forwards his schedule: someone else, not Tremaine.
  note(MO, 'f15-cna-earn-learn-emails-mo-008', `---------- Forwarded message ---------- From: 5 North unit secretary / Date: 10/15/2026 / "Tremaine's Nov schedule attached, he's on days." CM: saved to file.`, 'E', 'O', false, [TP, PM, JM]),
  note(MO, 'f15-cna-earn-learn-emails-mo-009', `CM: 10/29/26 Teams chat to Tremaine "can we do your monthly at 2?" — shows Seen 1:12 PM, no answer.`, 'E', 'P', false, [RP]),
  note(MO, 'f15-cna-earn-learn-emails-mo-010', `CM: 10/30/26 Tremaine stopped by my desk, 15 min. 58/75 clinical hrs, passed ROM and feeding check-offs, exam scheduled 11/18. Continue per IEP; plan to apply for PCT opening after.`, 'I', 'P', true, []),
  // He was at the meeting, but it was his sister's orientation.
  note(MO, 'f15-cna-earn-learn-emails-mo-011', `CM: 11/09/26 Tremaine came to the 11/9 cohort orientation with his sister, who is enrolling. I met with her. Did not meet with Tremaine.`, 'I', 'O', false, [TP, PM, JM]),
  // An auto-reply is the mail server, not Yesenia: the e-mail is out with no answer from her.
  note(MO, 'f15-cna-earn-learn-emails-mo-012', `CM: 10/12/26 St. Louis (SSM DePaul). Sent Yesenia R. welcome email w/ orientation packet. Auto-reply: "This address is no longer monitored."`, 'E', 'P', false, [RP]),
  note(MO, 'f15-cna-earn-learn-emails-mo-013', `CM: 10/14/26 video call (Zoom) w/ Yesenia from the hospital lobby, 18 min. Orientation done, classroom starts 10/19, tuition covered by ITA + hospital. Continue per IEP (CNA).`, 'T', 'P', true, []),
  note(MO, 'f15-cna-earn-learn-emails-mo-014', `From: Yesenia R. / Sent: 11/02/2026 / Subject: RE: check-in — "Week 2 quiz 92, skills lab went ok, I'm a little scared of the clinicals." CM reply: that's normal, Jan will walk you through the first day. Training continues per IEP.`, 'E', 'P', true, []),
  note(MO, 'f15-cna-earn-learn-emails-mo-015', `CM: 11/16/26 phone to Yesenia, she answered and said she was in clinical, call later. No talk.`, 'T', 'P', false, [UA]),
  note(MO, 'f15-cna-earn-learn-emails-mo-016', `CM: 10/19/26 Kansas City (Saint Luke's). In person w/ Devon P. 10 min.`, 'I', 'P', true, [PM, JM, NS]),
  note(MO, 'f15-cna-earn-learn-emails-mo-017', `CM: 10/26/26 Devon's 1:00 check-in did not happen — I was pulled into a cohort safety drill. Rescheduled.`, 'I', 'P', false, [UA]),
  note(MO, 'f15-cna-earn-learn-emails-mo-018', `CM: 11/02/26 Devon and his mom at my office 25 min (mom drives him). Devon: clinical hrs 40/75, passed vitals re-check 2nd try, attendance 95%. Continue per IEP.`, 'I', 'P', true, []),
  // A real contact with a full SSN pasted from the state registry form.
  note(MO, 'f15-cna-earn-learn-emails-mo-019', `CM: 11/10/26 phone w/ Devon 10 min for the nurse aide registry form: SSN 512-55-4410, DOB on file. Clinicals 55/75, exam 12/2. Continue per IEP.`, 'T', 'P', true, [PII]),
  note(MO, 'f15-cna-earn-learn-emails-mo-020', `CM: 10/21/26 Cape Girardeau (Saint Francis). Called Lakisha B. 2x, line busy.`, 'T', 'P', false, [UA]),
  note(MO, 'f15-cna-earn-learn-emails-mo-021', `From: Lakisha B. / Sent: 10/23/2026 / Subject: RE: missed you — "sorry was on nights. classroom done 91 avg, clinicals start monday on ortho." CM: replied, good luck monday. Continue per IEP.`, 'E', 'P', true, []),

  note(MN, 'f15-cna-earn-learn-emails-mn-001', `My note: 10/05/26 Essentia Duluth. In person w/ Hailey S. 20 min in the 5th floor break room. Week 2 of 6, classroom quiz avg 90, paid 20 hrs/wk as patient sitter. ISS reviewed, on track for NA certificate.`, 'I', 'P', true, []),
  note(MN, 'f15-cna-earn-learn-emails-mn-002', `From: Mark Lindqvist RN, clinical instructor / Sent: 10/16/2026 — "Hailey passed all week 3 check-offs, no absences." My note: filed with ISS.`, 'E', 'V', false, []),
  note(MN, 'f15-cna-earn-learn-emails-mn-003', `My note: 10/26/26 emailed Hailey her Headmaster test date. Out of office: "on vacation until 10/30".`, 'E', 'P', false, [RP]),
  note(MN, 'f15-cna-earn-learn-emails-mn-004', `From: Hailey S. / Sent: 10/31/2026 / Subject: RE: test date — "got it thanks! clinicals 30 of 40 hrs done, I passed the practice test." My note: answered, test fee covered.`, 'E', 'P', true, []),
  // Her boyfriend answered her phone; nothing about her training.
  note(MN, 'f15-cna-earn-learn-emails-mn-005', `My note: 11/09/26 called Hailey, her boyfriend picked up, said she's asleep after nights. Asked him to have her call.`, 'T', 'A', false, [TP, PM]),
  note(MN, 'f15-cna-earn-learn-emails-mn-006', `My note: 11/10/26 Hailey returned my call, 9 min. Passed the Headmaster written, skills test 11/21. Applying for NA opening on 6 East.`, 'T', 'P', true, []),
  note(MN, 'f15-cna-earn-learn-emails-mn-007', `My note: 10/07/26 CentraCare St. Cloud. Texted Mohamed A. re: monthly check-in. Undelivered.`, 'E', 'P', false, [UA]),
  note(MN, 'f15-cna-earn-learn-emails-mn-008', `My note: 10/08/26 Mohamed came to my office with his cousin (interpreting for some words), 30 min. Classroom week 4, quiz avg 78, extra tutoring Tue. ISS updated: add tutoring.`, 'I', 'P', true, []),
  note(MN, 'f15-cna-earn-learn-emails-mn-009', `My note: 10/22/26 Mohamed's tutor emailed that he attended both tutoring sessions. Filed.`, 'E', 'V', false, []),
  note(MN, 'f15-cna-earn-learn-emails-mn-010', `My note: 11/05/26 Mohamed - phone call came in, line dropped as I answered, then no ring back. Called him back, full VM.`, 'T', 'P', false, [UA]),
  note(MN, 'f15-cna-earn-learn-emails-mn-011', `My note: 11/06/26 Spoke with Mohamed on 4 South between patients, 10 min. Quiz avg up to 84, clinicals start 11/16. ISS: on track.`, 'I', 'P', true, []),
  note(MN, 'f15-cna-earn-learn-emails-mn-012', `My note: 10/13/26 Sanford Bemidji. Mailed monthly contact letter to Cheyenne W. (no phone right now).`, 'L', 'P', false, [RP]),
  note(MN, 'f15-cna-earn-learn-emails-mn-013', `My note: 10/24/26 Cheyenne's reply letter came (handwritten): classroom done, passed final 87, clinicals at the nursing home next week. Filed with ISS.`, 'L', 'P', true, []),
  note(MN, 'f15-cna-earn-learn-emails-mn-014', `My note: 11/07/26 Cheyenne's grandmother called, asked when the bus card comes. Told her I'll mail it to Cheyenne.`, 'T', 'A', false, [TP, PM]),
  note(MN, 'f15-cna-earn-learn-emails-mn-015', `My note: 11/14/26 Cheyenne called from the Sanford lobby phone, 12 min. Clinical 28/40, instructor moved her to days. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'f15-cna-earn-learn-emails-mn-016', `My note: 10/19/26 Mayo Rochester. Teams meeting w/ Aaliyah T. scheduled 10:30 — she joined with no audio, typed "bad connection" and left. Rescheduled.`, 'T', 'P', false, [UA]),
  note(MN, 'f15-cna-earn-learn-emails-mn-017', `From: Aaliyah T. / Sent: 10/19/2026 11:02 AM / Subject: sorry — "wifi in the dorm is bad. I'm at 35 clinical hours, passed the med-surg check-offs, test is 11/4." My note: replied, all good, good luck on the 4th.`, 'E', 'P', true, []),
  // "Phone" alone does not say anyone answered: not clearly a two-way contact.
  note(MN, 'f15-cna-earn-learn-emails-mn-018', `My note: 11/05/26 Aaliyah — phone.`, 'T', 'P', false, [NS]),
  note(MN, 'f15-cna-earn-learn-emails-mn-019', `My note: 10/27/26 Allina Abbott Minneapolis. Hospital HR emailed to confirm Juan P.'s start date as paid trainee 11/2. No contact w/ Juan.`, 'E', 'O', false, [TP, PM]),
  note(MN, 'f15-cna-earn-learn-emails-mn-020', `Met Juan P. at Abbott's education center, 20 min. Week 1 done, quiz 88, 24 paid hrs.`, 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'f15-cna-earn-learn-emails-mn-021', `My note: 11/23/26 Phone w/ Juan 14 min. Week 4, skills check-offs 10 of 22 passed, attendance 100%, clinicals begin 12/1. ISS reviewed.`, 'T', 'P', true, []),
];
