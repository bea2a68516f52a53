/**
 * Digital navigators who carry a WIOA caseload (fresh split: new voices, scored and listed but not floored yet). The
 * voice: staff who spend half the day on tech help: Northstar digital literacy assessments (Minnesota's standard,
 * used in Missouri too), password resets and locked accounts on MoJobs and MinnesotaWorks, two-factor codes that
 * never arrive, loaner Chromebooks and hotspots checked in and out, remote-support sessions ("TeamViewer session
 * 22 min"), screen shares, account activity logs ("last login 3/8"), Canvas or Google Classroom invitations,
 * automatic e-mails from the systems. Sources of realism: digital-equity programs placed in job centers and
 * libraries, whose notes mix the participant's training with which device she is on.
 * How the policy is read for the hard cases: a login, an assessment score posted online, a device checked in at
 * the desk, a system's automatic reset e-mail are data, not contacts; a remote-support session in which she talks
 * the writer through her screen is a real-time contact (telephone); a reset link sent is a one-way message until she
 * answers; a help ticket someone else worked is theirs.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'digital-navigator';

export const NOTES: LabelledNote[] = [
  note(MO, 'digital-navigator-mo-001', `In person 3/3/26, Sedalia job center computer lab. Customer took Northstar Basic Computer Skills (78%, pass) and Email (70%, not yet). She is in wk 3 of the Google IT Support cert (course 1, 62% done). Set up her loaner Chromebook. Continue ITA per IEP; retake Email module next visit.`, 'I', 'P', true, []),
  note(MO, 'digital-navigator-mo-002', `MoJobs shows customer last login 3/8, 2 job applications saved.`, '-', '-', false, [CT, NS]),
  note(MO, 'digital-navigator-mo-003', `Sent password reset link for customer's MoJobs account 3/10 (she was locked out per front desk).`, 'E', 'P', false, [RP]),
  // Real time over a screen share, her voice on the line.
  note(MO, 'digital-navigator-mo-004', `Remote support 3/11, 25 min (she called in and I connected to her Chromebook). Fixed the 2FA on her Coursera account. While connected she showed me course 1 done (100%), course 2 at 20%, and a 92 on the networking quiz. Continue ITA per IEP.`, 'T', 'P', true, []),
  note(MO, 'digital-navigator-mo-005', `Hotspot #14 returned to front desk 3/16 by customer's son.`, '-', '-', false, [CT, NS]),
  note(MO, 'digital-navigator-mo-006', `Called customer 3/17 about the hotspot return. No answer, VM left.`, 'T', 'P', false, [UA]),
  note(MO, 'digital-navigator-mo-007', `Customer called back 3/18: returned hotspot because she got home internet through the ACP-replacement plan. Course 2 at 55%. Asked for help with a résumé for a help desk job. Continue ITA; résumé appt 3/24.`, 'T', 'P', true, []),
  note(MO, 'digital-navigator-mo-008', `Résumé appt 3/24 - customer didn't show.`, 'I', 'P', false, [UA]),
  note(MO, 'digital-navigator-mo-009', `Coursera progress report e-mailed automatically 3/31: customer 68% through the cert, last active 3/30.`, '-', '-', false, [CT, NS]),
  note(MO, 'digital-navigator-mo-010', `Customer e-mailed 4/2 her draft résumé and asked me to look at it. I sent back comments 4/2 and asked how course 3 is going. She answered 4/3: "Course 3 started, 30% done, the Linux part is hard". Continue ITA per IEP.`, 'E', 'P', true, []),
  note(MO, 'digital-navigator-mo-011', `Library staff (Boonslick Regional, Sedalia branch) said customer was in the lab 4/6 working on her course.`, '-', 'O', false, [TP, CT, PM, JM]),
  note(MO, 'digital-navigator-mo-012', `Lab visit 4/9: customer and I did the Linux lab together for an hour. Passed the lab quiz 85. Retook Northstar Email, 88% pass. Wants to apply to the State Fair Community College help desk. Continue ITA per IEP.`, 'I', 'P', true, []),
  note(MO, 'digital-navigator-mo-013', `Help ticket #4471 (customer's laptop won't charge) handled by the IT tech 4/14, charger replaced.`, '-', '-', false, [CT, NS]),
  note(MO, 'digital-navigator-mo-014', `Texted customer 4/20 a link to the SFCC help desk opening.`, 'E', 'P', false, [RP]),
  note(MO, 'digital-navigator-mo-015', `Customer texted back 4/21 "applied! thank u. on course 4 now". Continue ITA per IEP.`, 'E', 'P', true, []),
  // Her name in a platform's attendance report, with no word from her, is data.
  note(MO, 'digital-navigator-mo-016', `Zoom digital skills class 4/23: customer's name shows in the attendance report, 55 min, camera off, no chat.`, '-', '-', false, [CT, NS]),
  note(MO, 'digital-navigator-mo-017', `TC cust 4/28, talked.`, 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'digital-navigator-mo-018', `SFCC HR called 5/4 for a reference on customer (interview done 5/1).`, 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'digital-navigator-mo-019', `In office 5/11: customer got the SFCC help desk tech job, starts 5/26, $17.50, 40 hrs. Course 5 of 8 done in the cert; plans to finish by August. IEP updated: employed; ITA continues for the cert.`, 'I', 'P', true, []),
  note(MO, 'digital-navigator-mo-020', `Chromebook #7 checked in 5/20 (customer dropped it at the desk, I was out).`, '-', '-', false, [CT, NS]),
  note(MO, 'digital-navigator-mo-021', `Automatic MoJobs e-mail 5/27 reminding customer to update her profile. Undeliverable.`, '-', '-', false, [CT, NS]),
  note(MN, 'digital-navigator-mn-001', `Met with client 3/2/26 at the Rochester WFC. Northstar: Basic Computer 84 pass, Windows 80 pass, Excel 62 not yet. He's in week 2 of the Medical Office Specialist online course (Ed2go), lessons 1-3 done. Issued a loaner laptop. ISS reviewed.`, 'I', 'P', true, []),
  note(MN, 'digital-navigator-mn-002', `MinnesotaWorks account locked 3/5 (too many attempts). Unlocked it in the admin screen.`, '-', '-', false, [CT, NS]),
  note(MN, 'digital-navigator-mn-003', `E-mailed client 3/6 that his account is unlocked and his temporary password.`, 'E', 'P', false, [RP]),
  note(MN, 'digital-navigator-mn-004', `Client replied 3/6: "got in, thanks! finished lesson 5, quiz 9/10". ISS current.`, 'E', 'P', true, []),
  // A connection accepted by a machine, nobody at the other end: an attempt.
  note(MN, 'digital-navigator-mn-005', `Remote session 3/13 - client accepted the connection but walked away; his screen sat on the login page 10 min. Ended session.`, 'T', 'P', false, [UA]),
  note(MN, 'digital-navigator-mn-006', `Client called 3/13 20 min later, apologized (his kid was sick). We did the Excel lesson over the phone and screen share. He's at lesson 8 of 12, all quizzes 80+. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'digital-navigator-mn-007', `Ed2go instructor's weekly note 3/20: client on track, lessons 9-10 submitted, discussion posts good.`, 'E', 'V', false, []),
  note(MN, 'digital-navigator-mn-008', `Client's Northstar Excel retake posted 3/27: 78, pass.`, '-', '-', false, [CT, NS]),
  note(MN, 'digital-navigator-mn-009', `Tried client 4/1 - "the wireless customer you are calling is not available".`, 'T', 'P', false, [UA]),
  note(MN, 'digital-navigator-mn-010', `Client came in 4/3 to swap the loaner laptop (broken hinge). Talked 15 min while it updated: course done 4/1 (final 88), certificate downloaded, applying to Mayo patient access rep jobs. ISS updated: OST complete, job search.`, 'I', 'P', true, []),
  note(MN, 'digital-navigator-mn-011', `Client's daughter called 4/10 - she needs help with her own MinnesotaWorks resume.`, 'T', 'O', false, [TP, PM]),
  note(MN, 'digital-navigator-mn-012', `Mock interview on Zoom 4/14, 30 min, camera on. Client answered all 8 questions; strongest on customer service. Interview at Mayo 4/18. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'digital-navigator-mn-013', `Sent client Zoom link for 4/21 follow-up. He didn't join.`, 'T', 'P', false, [UA]),
  // His written answer to my message, with his own news; my follow-up question still waiting does not undo it.
  note(MN, 'digital-navigator-mn-014', `Client answered my 4/21 MinnesotaWorks chat message on 4/22: "Mayo offered me the job, start 5/5!" I replied congrats and asked for hours and pay; no answer to that yet.`, 'E', 'P', true, []),
  note(MN, 'digital-navigator-mn-015', `Mayo HR verified start date 5/5 by e-mail 4/28.`, 'E', 'V', false, []),
  note(MN, 'digital-navigator-mn-016', `Laptop returned 5/2 at front desk by client. Check-in log signed.`, '-', '-', false, [CT, NS]),
  note(MN, 'digital-navigator-mn-017', `Phone check-in 5/12 with client. Patient access rep at Mayo, 40 hrs, $20.85, day 6, training on Epic going well. ISS updated with retention.`, 'T', 'P', true, []),
  note(MN, 'digital-navigator-mn-018', `Client joined our monthly digital skills drop-in 6/3 and asked me how to add his certificate to LinkedIn; showed him. He says work is good.`, 'I', 'P', true, [PM, NS]),
  note(MN, 'digital-navigator-mn-019', `June monthly e-mail sent 6/16.`, 'E', 'P', false, [RP]),
  note(MN, 'digital-navigator-mn-020', `LinkedIn shows client updated his profile 6/20 (Mayo Clinic, Patient Access Representative).`, '-', '-', false, [CT, NS]),
  note(MN, 'digital-navigator-mn-021', `Video call 6/25 (client on his lunch, phone camera). Passed 60-day probation, moving to the ED registration desk, wants Epic cert. ISS reviewed.`, 'T', 'P', true, []),
];
