/**
 * Internationally trained professionals (locked split, batch 9: scored and floored, aggregates only): physicians,
 * dentists, nurses, midwives, pharmacists and engineers trained abroad, working survival jobs while a credential
 * navigator co-enrolled in WIOA walks them through evaluations and licensure (WES and ECE course-by-course reports,
 * CGFNS, ECFMG, USMLE, NCLEX, FPGEE, INBDE, the FE exam, OET and TOEFL, state boards), written by navigators who
 * quote their participants' formal e-mails ("Dear Madam", "With respect"), work through phone interpreters or a
 * relative, and message on WhatsApp and LinkedIn.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. An evaluation report, a board's letter or a portal upload is a document, not a contact; a board,
 * an evaluation service, a volunteer mentor program or an employer's HR asking about a credential is someone else
 * ("other"). A conversation through an interpreter, a relative interpreting included, is a contact with the
 * participant; a relative who only answers the phone takes a message. A participant's own written message with
 * news, answered by the writer, is a written exchange. An ESL or bridge instructor is the provider (Missouri:
 * counts with substantive progress and a reason to continue, §2.2; Minnesota: recorded, never the monthly contact).
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'internationally-trained';
export const BATCH = 9;

export const NOTES: LabelledNote[] = [
  note(MO, 'internationally-trained-mo-001', `Credential navigation session in person 10/6/2026 with participant, a physician from Kyiv (internal medicine, 14 yrs practice). She brought her ECFMG application receipt. Passed USMLE Step 1 on 9/18. Working as a patient care tech on nights. IEP: Step 2 CK prep course (ITA), then residency applications for the 2028 Match. Next contact mid-November.`, 'I', 'P', true, []),
  note(MO, 'internationally-trained-mo-002', `WES evaluation report received by mail 10/8 for participant: Bachelor of Science in Civil Engineering (Damascus University) = U.S. bachelor's degree in civil engineering. Scanned to file.`, '-', '-', false, [CT]),
  note(MO, 'internationally-trained-mo-003', `E-mailed participant 10/9 with the WES report attached and asked whether he has registered for the FE exam.`, 'E', 'P', false, [RP]),
  note(MO, 'internationally-trained-mo-004', `Participant replied 10/11: "Dear Ms. Harlan, thank you very much for the report. I have registered for the FE Civil exam on November 14 at the Pearson center in Maryland Heights and I am studying 3 hours daily with the review manual. With respect, Ammar." Continue FE prep per IEP; ITA for the review course approved.`, 'E', 'P', true, []),
  // The husband only answered; no message could even be left.
  note(MO, 'internationally-trained-mo-005', `Called participant 10/15 about the nursing bridge program. Her husband answered; he speaks little English and said she is at work. Could not leave a clear message.`, 'T', 'P', false, [UA]),
  note(MO, 'internationally-trained-mo-006', `Phone 10/16 with participant in Dari through a Propio interpreter (#20441). She is a midwife trained in Kabul. Her CGFNS credentials report has been "in review" since 8/30. She is in week 6 of Healthcare English at St. Louis Community College (attended 11 of 12 sessions, midterm 78%). IEP: OET, then CGFNS, RN pathway. Next contact 11/15.`, 'T', 'P', true, []),
  // The instructor gives concrete progress and a reason to continue, by phone with the writer.
  note(MO, 'internationally-trained-mo-007', `Spoke by phone 10/20 with participant's Healthcare English instructor at STLCC. Participant is the strongest speaker in the class; writing needs work (last two essays 68% and 71%). Instructor recommends the OET writing module in spring to reach a B. IEP: continue the ESL training through spring before the OET.`, 'T', 'V', true, []),
  note(MO, 'internationally-trained-mo-008', `Mailed participant the Missouri State Board of Nursing checklist for internationally educated applicants 10/22.`, 'L', 'P', false, [RP]),
  // He missed a mock interview set up with a volunteer mentor: a missed appointment.
  note(MO, 'internationally-trained-mo-009', `Participant was scheduled for a mock interview with our volunteer engineering mentor 10/27 but did not come. Mentor waited 40 min.`, 'I', 'P', false, [UA]),
  note(MO, 'internationally-trained-mo-010', `Participant called 10/28 to apologize (his daughter was sick). We talked about 10 min: FE exam in 2 weeks, last practice exam 62% (target about 70%). Rescheduled the mentor interview to 11/3. Continue the ITA review course per IEP.`, 'T', 'P', true, []),
  // He wrote first, with news, and I answered: a two-way written exchange.
  note(MO, 'internationally-trained-mo-011', `Participant messaged me on LinkedIn 11/16: "I passed the FE exam!! Now I am EIT?" Replied congratulations, explained the EIT application with the Missouri board, and asked him to call me to plan the job search. Continue per IEP.`, 'E', 'P', true, []),
  note(MO, 'internationally-trained-mo-012', `HR at a Clayton engineering firm called 11/18 to ask whether participant's WES evaluation is official, for an offer they are preparing. Referred them to WES.`, 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'internationally-trained-mo-013', `Office visit 11/19 with participant (pharmacist, trained in Ho Chi Minh City). She passed the TOEFL iBT 11/10 with 96 (speaking 26), which meets the FPGEC requirement, and submitted her FPGEC application 11/12. Working as a pharmacy technician (license active). IEP: FPGEE prep; ITA request for the review course.`, 'I', 'P', true, []),
  note(MO, 'internationally-trained-mo-014', `Letter mailed 10/22 came back 11/20 marked "Moved, left no address."`, 'L', 'P', false, [UA]),
  // A greeting in passing at an open house, but it is two-way talk in person: the contact stands, its note is empty.
  note(MO, 'internationally-trained-mo-015', `Talked to participant at the open house 11/23. She said hi and that she is fine.`, 'I', 'P', true, [PM, JM, NS]),
  note(MO, 'internationally-trained-mo-016', `WhatsApp thread with participant 11/25:\nMe: Salam, any news from ECFMG?\nParticipant: Not yet, they say 6-8 weeks. I started the Step 2 CK course Monday, first NBME 212.\nMe: Good start. Call me after the next NBME.\nContinue ITA per IEP.`, 'E', 'P', true, []),
  note(MO, 'internationally-trained-mo-017', `Phoned the coordinator of the regional immigrant-professional mentoring program 11/30 about matching participant with a licensed civil engineer. Coordinator will send two names. Participant not contacted.`, 'T', 'O', false, [TP, PM, JM]),

  note(MN, 'internationally-trained-mn-001', `Meeting in person 9/9/26 at the Minneapolis South WFC. Client is a dentist trained in Addis Ababa. She passed the INBDE 8/28 and is applying to the U of M program for internationally trained dentists (deadline 10/1). Working as a dental assistant; radiography registration pending her exam. ISS: program application, radiography exam.`, 'I', 'P', true, []),
  note(MN, 'internationally-trained-mn-002', `E-mailed client 9/12 with feedback on her application essay.`, 'E', 'P', false, [RP]),
  note(MN, 'internationally-trained-mn-003', `Client replied 9/14 with the revised essay: "Thank you, I changed the second paragraph as you suggested. I also registered for the radiography exam on October 3." ISS updated.`, 'E', 'P', true, []),
  note(MN, 'internationally-trained-mn-004', `Called the MN Board of Dentistry 9/20 about client's dental assistant radiography registration; status pending her exam.`, 'T', 'O', false, []),
  note(MN, 'internationally-trained-mn-005', `Client called 10/4: she took the radiography exam 10/3, results in 2 weeks. Submitted the dental program application 9/30; interview invitations go out in December. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'internationally-trained-mn-006', `Phone call attempt 10/7 to client (electrical engineer from Bogota) - Spanish voicemail greeting; left a message in English and Spanish.`, 'T', 'P', false, [UA]),
  note(MN, 'internationally-trained-mn-007', `Client texted 10/7: "Sorry, I was in class at Hennepin Tech. Can you call at 5?" Called at 5:05, talked 20 min. Passing both fall courses in Electrical Engineering Technology (85%, 90%), plans the FE exam in spring. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'internationally-trained-mn-008', `Hennepin Tech instructor e-mailed 10/15: client is at the top of the class in Circuits II.`, 'E', 'V', false, []),
  note(MN, 'internationally-trained-mn-009', `Client did not come to her 10/20 appointment at the WFC. The Somali interpreter we booked waited 30 min.`, 'I', 'P', false, [UA]),
  // Her son interpreted, at her choice: still a conversation with her.
  note(MN, 'internationally-trained-mn-010', `Client walked in 10/22 with her son, who interpreted (she declined a professional interpreter). She passed the NCLEX-PN 10/16, license issued 10/21 (Board of Nursing verification printed to file). Two interviews at long-term care facilities next week. ISS: training complete, job search, then the LPN-to-RN bridge.`, 'I', 'P', true, []),
  note(MN, 'internationally-trained-mn-011', `Client's son (listed alternate) called 10/29: his mother got the job at a St. Paul nursing home, starts 11/4, $29/hr.`, 'T', 'A', false, []),
  note(MN, 'internationally-trained-mn-012', `Mailed client the Saint Paul College LPN-to-RN bridge information 11/2.`, 'L', 'P', false, [RP]),
  note(MN, 'internationally-trained-mn-013', `ECE course-by-course evaluation for client (engineer, Bogota) received 11/6 through the ECE portal: 162 semester credits, equivalent to a BS in Electrical Engineering.`, '-', '-', false, [CT]),
  note(MN, 'internationally-trained-mn-014', `Client replied 11/9 to my 11/6 e-mail about the ECE report: "Dear Mr. Thao, I appreciate very much. With the evaluation I will apply to the FE in March. This semester finishes December 16, I have 88 average." ISS updated.`, 'E', 'P', true, []),
  note(MN, 'internationally-trained-mn-015', `Zoom with client 11/18 (pharmacist from Kharkiv). She passed the FPGEE 11/5! Next she needs 1,500 intern hours; her intern registration went to the Board of Pharmacy 11/12. ISS updated.`, 'T', 'P', true, []),
  note(MN, 'internationally-trained-mn-016', `HR at a hospital system called 11/25 asking whether client's credential evaluation is official. Told them to contact ECE directly.`, 'T', 'O', false, []),
  note(MN, 'internationally-trained-mn-017', `Called client 11/30, no answer, voicemail box full. Sent a text: "Checking in on the hospital interview." No reply yet.`, 'T', 'P', false, [UA, RP]),
];
