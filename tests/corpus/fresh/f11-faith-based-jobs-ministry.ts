/**
 * A WIOA career coach out-stationed at a congregation's job ministry (fresh split: new voices, scored and listed but
 * not floored yet). The voice: warm, church-hall English from a coach who keeps office hours in a fellowship hall
 * or a parish center in north St. Louis, Kansas City's east side and Sikeston, Missouri, and north Minneapolis, St.
 * Paul's Frogtown and Rochester, Minnesota: "Pastor said", "Deacon Ray", "Sister Carol from the ministry", the
 * Wednesday supper and job club, the food pantry line, "we prayed before she left", "praise report", volunteers
 * who mentor and drive, letters of recommendation from the pastor. Sources of realism: faith-based and community
 * partners hosting job-center staff and "Jobs for Life"-style classes, and the notes staff write about people they
 * also see at church.
 * Reading of the policy for the hard cases: the coach's own conversation with the participant, wherever it happens
 * (after the meal, in the pantry line, on the church steps), is the contact when both spoke about his plan. Seeing
 * him at worship or in the pantry line, a pastor's or volunteer mentor's report, a prayer request passed along and
 * a group class with no word of his own are not. A pastor or volunteer is an alternate contact (or "other"): in
 * Missouri only with substantive progress and a reason to continue, in Minnesota never.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'f11-faith-based-jobs-ministry';

export const NOTES: LabelledNote[] = [
  note(MO, 'f11-faith-based-jobs-ministry-mo-001', `Wed 2/4/26 job club, fellowship hall at Greater Hope MBC. After supper cust and I sat at the back table 20 min. He finished week 2 of the SLATE forklift + warehouse class, perfect attendance. Interview at the Amazon STL8 fair 2/10. Continue training per IEP.`, 'I', 'P', true, []),
  note(MO, 'f11-faith-based-jobs-ministry-mo-002', `Saw cust at Sunday service 2/8, he waved from the choir.`, '-', '-', false, [CT, NS]),
  // The pastor's word is warm but says nothing an activity would show.
  note(MO, 'f11-faith-based-jobs-ministry-mo-003', `Pastor Givens told me 2/11 that cust "is doing the Lord's work at that warehouse class, never misses".`, 'I', 'A', false, [TP, JM]),
  note(MO, 'f11-faith-based-jobs-ministry-mo-004', `Cust's prayer request card (from the box in the hall) 2/11 asks for prayer for his interview. Not a contact.`, '-', '-', false, [CT, NS]),
  note(MO, 'f11-faith-based-jobs-ministry-mo-005', `Called cust 2/12 to wish him luck, NA. VM.`, 'T', 'P', false, [UA]),
  note(MO, 'f11-faith-based-jobs-ministry-mo-006', `Praise report! Cust called me 2/13: Amazon offer for STL8, $19.25, nights, start 2/23. Finished SLATE forklift cert 2/12. Plan: retention check-ins, uniform boots voucher. Cont per IEP.`, 'T', 'P', true, []),
  note(MO, 'f11-faith-based-jobs-ministry-mo-007', `Food pantry Sat 2/14 - cust was in line picking up for his mother. Said hi only.`, 'I', 'P', false, [PM, JM, NS]),
  note(MO, 'f11-faith-based-jobs-ministry-mo-008', `Deacon Ray (volunteer driver) texted 2/24: drove cust to his 1st Amazon shift, "he is so proud".`, 'E', 'O', false, [TP, PM, JM]),
  note(MO, 'f11-faith-based-jobs-ministry-mo-009', `Mailed cust a congratulations letter 2/25 with the boot voucher and the retention checklist.`, 'L', 'P', false, [RP]),
  note(MO, 'f11-faith-based-jobs-ministry-mo-010', `KC - Mt. Zion job ministry, Thurs 3/5. Cust came to my table after the Jobs for Life class and we talked 15 min. She's on module 6 of 8 of the class and in the MCC-Penn Valley CNA class (clinicals 3/16). Asked about childcare for clinical days; referred to Child Care Aware. Cont ITA per IEP.`, 'I', 'P', true, []),
  note(MO, 'f11-faith-based-jobs-ministry-mo-011', `Jobs for Life class 3/12: 14 present incl. cust (sign-in). Topic: workplace conflict. I co-facilitated.`, 'I', 'P', false, [PM, JM, NS]),
  // The class volunteer's report carries attendance, skills and a reason - the Missouri alternate-contact test.
  note(MO, 'f11-faith-based-jobs-ministry-mo-012', `Called cust's JfL champion (volunteer mentor, Ms. Harlan) 3/16 since cust's phone is off: cust completed JfL module 7, mock interview scored 4/5, attends CNA clinicals at North Kansas City Hospital 3 days/wk - Ms. Harlan drives her and sees her sign in. Cust needs the last module + CNA exam 4/9; continue ITA and supportive svcs.`, 'T', 'A', true, []),
  note(MO, 'f11-faith-based-jobs-ministry-mo-013', `Cust's phone back on - talked 3/20 on the phone. Clinicals going well, one patient "like my grandma". Exam 4/9. Cont ITA per IEP.`, 'T', 'P', true, []),
  note(MO, 'f11-faith-based-jobs-ministry-mo-014', `Sikeston - First Baptist outreach night 3/24, set up the WIOA table. Cust's name on our interest list. Did not speak.`, '-', '-', false, [CT, NS]),
  // The conversation on the church steps counts: both talked about his plan.
  note(MO, 'f11-faith-based-jobs-ministry-mo-015', `After Wed supper 3/25 cust caught me on the church steps. Talked ~10 min: laid off from the Sikeston cotton gin 3/20, wants the CDL class at Three Rivers. Gave DW application; he'll come Mon. Justification: dislocated, needs training.`, 'I', 'P', true, []),
  note(MO, 'f11-faith-based-jobs-ministry-mo-016', `Mon 3/30 - cust did not come for the DW application. Called, no answer.`, 'T', 'P', false, [UA]),
  note(MO, 'f11-faith-based-jobs-ministry-mo-017', `Pastor's letter of recommendation for cust rec'd 4/1, placed in file.`, 'L', 'A', false, [TP, PM, JM]),
  note(MO, 'f11-faith-based-jobs-ministry-mo-018', `4/2 cust came to the church office, we did the DW application together (45 min). Layoff notice copied. CDL-A at Three Rivers starts 4/20 if ITA approved. Justification: dislocated worker, CDL raises his wage. Next: ITA approval.`, 'I', 'P', true, []),
  // They met face to face and spoke (a real exchange, though pastoral): a contact, with nothing about her program in it.
  note(MO, 'f11-faith-based-jobs-ministry-mo-019', `We prayed with cust and her family at the hospital 4/6 (her son). No program talk - not the time.`, 'I', 'P', true, [PM, JM, NS]),
  note(MO, 'f11-faith-based-jobs-ministry-mo-020', `Texted cust 4/10 "thinking of you and your son; call when ready about the CNA exam reschedule". Seen.`, 'E', 'P', false, [RP]),
  note(MO, 'f11-faith-based-jobs-ministry-mo-021', `Cust called the church office line 4/14 and the secretary put her through to me. Son home from hospital. CNA exam rescheduled to 4/30; she's been reviewing skills w/ Ms. Harlan. Cont ITA per IEP until the exam.`, 'T', 'P', true, []),
  note(MN, 'f11-faith-based-jobs-ministry-mn-001', `North Mpls - Shiloh Temple job ministry 1/7/26. Met participant in the parish office, 30 min. She's at 6 weeks at Hennepin Healthcare environmental services, 40 hrs, days. Wants the Sterile Processing cert at Hennepin Tech in fall. ISS goal added.`, 'I', 'P', true, []),
  note(MN, 'f11-faith-based-jobs-ministry-mn-002', `Participant's name on the Wednesday supper sign-in 1/14. Didn't see her at my table.`, '-', '-', false, [CT, NS]),
  note(MN, 'f11-faith-based-jobs-ministry-mn-003', `Sister Carol (ministry volunteer) said 1/21 participant "had some trouble at work".`, 'I', 'O', false, [TP, PM]),
  note(MN, 'f11-faith-based-jobs-ministry-mn-004', `1/22 called participant after Sister Carol's comment. We talked 15 min: written up for a late day (bus), not fired. Still 40 hrs. Got her a Metro Transit Go-To card through the supportive svcs. ISS: employed, retention.`, 'T', 'P', true, []),
  note(MN, 'f11-faith-based-jobs-ministry-mn-005', `Frogtown - parish center hours 2/3, participant didn't show for 1:00.`, 'I', 'P', false, [UA]),
  // He wrote and the coach answered: a completed two-way written exchange, though only about the time (no progress).
  note(MN, 'f11-faith-based-jobs-ministry-mn-006', `Participant emailed 2/4: "so sorry! my shift changed, can we do Thurs?" Replied yes, 1:00 Thurs.`, 'E', 'P', true, [PM, NS]),
  note(MN, 'f11-faith-based-jobs-ministry-mn-007', `Thurs 2/5 met participant at the parish center. He finished the Saint Paul College welding boot camp 1/30 (certificate), applying at Gerdau. Practiced interview, fixed resume. ISS updated: training done, job search.`, 'I', 'P', true, []),
  note(MN, 'f11-faith-based-jobs-ministry-mn-008', `Father Tran mentioned at staff mtg 2/10 participant got the Gerdau job. Need to confirm with participant.`, 'I', 'A', false, [TP, PM]),
  note(MN, 'f11-faith-based-jobs-ministry-mn-009', `Participant texted 2/12 "got it!! gerdau, start 2/23, $26" - I texted back "so happy for you! what shift?" and he answered "2nd, 4 on 3 off". ISS: employed.`, 'E', 'P', true, []),
  note(MN, 'f11-faith-based-jobs-ministry-mn-010', `Blessing of the hands service 2/22 - participant came up for it with the other new workers. Lovely. No conversation.`, '-', '-', false, [CT, NS]),
  note(MN, 'f11-faith-based-jobs-ministry-mn-011', `Rochester - Peace UMC job club 3/3, group of 9, resume workshop. Participant attended.`, 'I', 'P', false, [PM, NS]),
  note(MN, 'f11-faith-based-jobs-ministry-mn-012', `After the 3/3 workshop participant asked for help with Mayo's online application and we worked side by side 30 min. She's applying for the PCA posting; her CNA is active. Still 20 hrs at Hy-Vee. ISS: job search.`, 'I', 'P', true, []),
  note(MN, 'f11-faith-based-jobs-ministry-mn-013', `Letter to participant 3/9 with the Mayo PCA hiring event date.`, 'L', 'P', false, [RP]),
  note(MN, 'f11-faith-based-jobs-ministry-mn-014', `Volunteer mentor (Gene) emailed his monthly mentoring log 3/31: met participant 3x, mock interviews, she's "ready".`, 'E', 'O', false, [TP, PM]),
  note(MN, 'f11-faith-based-jobs-ministry-mn-015', `Phone call w/ participant 4/1 - hired at Mayo as a PCA, orientation 4/13. Leaving Hy-Vee. ISS: employed, retention.`, 'T', 'P', true, []),
  // A few words face to face, but hers and about her new job: a thin in-person contact.
  note(MN, 'f11-faith-based-jobs-ministry-mn-016', `Food shelf Thurs 4/2 - participant volunteering at the check-in table. Told me "orientation's the 13th" in passing while she checked people in, I said I'd call after.`, 'I', 'P', true, [NS]),
  note(MN, 'f11-faith-based-jobs-ministry-mn-017', `Pastor Lindqvist asked 4/8 that I "keep an eye on" participant; no detail.`, '-', '-', false, [CT, NS]),
  note(MN, 'f11-faith-based-jobs-ministry-mn-018', `Called participant 4/9, line busy x2.`, 'T', 'P', false, [UA]),
  note(MN, 'f11-faith-based-jobs-ministry-mn-019', `Participant stopped in the church office 4/14 to talk, 20 min. Hennepin Tech SPD cert: registered for fall, FAFSA done. Still 40 hrs at HCMC EVS. ISS updated with fall start.`, 'I', 'P', true, []),
  note(MN, 'f11-faith-based-jobs-ministry-mn-020', `Participant's daughter dropped off her FAFSA confirmation at the church office 4/16.`, 'I', 'A', false, [TP, PM]),
  note(MN, 'f11-faith-based-jobs-ministry-mn-021', `Rochester 4/20 - participant met me in the church library after her 1st week at Mayo. PCA orientation done, on 5 West, 36 hrs/wk, likes her preceptor. ISS: employed, retention contacts monthly.`, 'I', 'P', true, []),
  // Met at the priest's desk with the priest there: the participant answered for himself.
  note(MN, 'f11-faith-based-jobs-ministry-mn-022', `Frogtown 4/21 - met participant in Father Tran's office (Father stayed, participant asked him to). Participant told me Gerdau put him on the rolling mill crew after 8 wks, overtime most weeks, and he wants the company's maintenance apprenticeship in fall. ISS updated.`, 'I', 'P', true, []),
];
