/**
 * America's JobLink (AJL) style, as written in Kansas, Idaho, Alabama and Arizona offices and here used for a
 * Missouri or Minnesota caseload: a program label ("Program: WIOA DW"), an activity or service code
 * ("Activity: 125 Job Search/Placement Assistance", "Activity Code: 600 CMC"), a "Contact Type:" and then the
 * narrative (fresh split: new voices, scored and listed but not floored yet). Labels come from the policies and
 * the definition of a qualifying contact in ARCHITECTURE.md, written before the checker ever ran on them.
 * A question or a request from the participant with no news in it ("can you send the form again?") is no
 * contact about progress; a sister who answers the phone and knows the job, the shift, the wage and the
 * certificate is a Missouri alternate contact with substantive knowledge.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'ajl-joblink';

const MO = 'mo-dwd-toolbox' as const;
const MN = 'mn-wf1' as const;
const PM = 'progress-missing';
const JM = 'justification-missing';
const NS = 'not-substantive';
const UA = 'unsuccessful-attempt';
const RP = 'response-pending';
const TP = 'third-party-insufficient';
const DM = 'contact-date-missing';

export const NOTES: LabelledNote[] = [
  note(MO, 'ajl-joblink-mo-001', 'Program: WIOA Adult | Activity: Case Management | Contact Type: Telephone\nParticipant called in 3/3 to report she passed her CNA state exam on 2/28 and is applying to long-term care facilities (3 applications: Citizens Memorial, Bolivar Manor, Autumn Oaks). OST activity closed complete. Justification: continue job search assistance and supportive services per IEP. Next contact 3/17.', 'T', 'P', true, []),
  note(MO, 'ajl-joblink-mo-002', 'Program: WIOA DW | Activity Code: 600 CMC | Contact Type: Telephone\nAttempted contact 3/5 - number not in service. Will check the Info Center for an alternate number.', 'T', 'P', false, [UA]),
  note(MO, 'ajl-joblink-mo-003', 'Program: WIOA Youth | Activity: 600 CMC | Contact Type: In Person\nMet with youth at Hickman HS 3/12. Youth showed his progress report: 2.6 GPA, passed the Algebra I EOC, 4 absences this quarter. ISS goals: diploma 5/2026 and summer WEX. Continue youth services; next visit 4/10.', 'I', 'P', true, []),
  note(MO, 'ajl-joblink-mo-004', 'Program: WIOA Adult | Activity: 125 Job Search/Placement Assistance | Contact Type: Email\nE-mailed participant the KC hiring event flyer 3/28 and requested her updated training schedule. Follow-up date set 4/15.', 'E', 'P', false, [RP]),
  note(MO, 'ajl-joblink-mo-005', 'Program: WIOA Adult | Activity: Work Experience | Contact Type: In Person\nWEX site visit at Goodwill Columbia 5/6. Participant was not on site - supervisor said she called in sick. Supervisor reports she has worked 52 of 120 WEX hours, is on time every shift, and was moved up to the donation sort line. WEX continues through 6/30 per IEP.', 'I', 'V', true, []),
  note(MO, 'ajl-joblink-mo-006', 'Program: WIOA DW | Activity Code: 600 CMC | Contact Type: Telephone\nTC w/ participant 5/20. Participant says all is well.', 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'ajl-joblink-mo-007', 'Program: WIOA Adult | Activity Code: 600 CMC | Contact Type: Letter\nContact letter returned by USPS 6/2 marked "Attempted - Not Known". No forwarding address.', 'L', 'P', false, [UA]),
  // The sister knows the job, the shift, the wage and the finished certificate: substantive, but no reason to continue is given.
  note(MO, 'ajl-joblink-mo-008', 'Program: WIOA Adult | Activity Code: 600 CMC | Contact Type: Telephone\nPtcp\'s sister (alternate contact on file) answered ptcp\'s phone 6/9; ptcp at work. Sister said ptcp started at the Tyson plant in Sedalia on 5/19, 2nd shift, $18.10/hr, and finished her forklift certification at State Fair CC before that. CM asked sister to have ptcp call.', 'T', 'A', true, [JM]),
  note(MO, 'ajl-joblink-mo-009', 'Program: WIOA Adult | Activity Code: 600 CMC | Contact Type: In Person\nOV 7/1 - ptcp brought in Ranken attendance printout (98%) and midterm grades (Electrical Theory 84, Motor Controls 90). Continue ITA through 12/2025 per IEP. Next OV 8/1.', 'I', 'P', true, []),
  note(MO, 'ajl-joblink-mo-010', 'Program: WIOA Youth | Activity: Work Experience Orientation | Contact Type: Telephone\nYouth scheduled for WEX orientation 7/8 did not attend. Called youth 7/8 at 3:00, no answer; voicemail full.', 'T', 'P', false, [UA]),
  note(MO, 'ajl-joblink-mo-011', 'Program: WIOA DW | Activity Code: 600 CMC | Contact Type: Telephone\nCM tried participant 8/4 (NA) and 8/6 (NA). Participant called back 8/7 from her break at the Amazon STL8 site: working 40 hrs/wk as a process assistant, $20.50/hr, started 7/28. She did not finish the medical coding course and wants to withdraw. Close OST activity; continue employment retention follow-up per IEP.', 'T', 'P', true, []),
  note(MO, 'ajl-joblink-mo-012', 'Program: WIOA Adult | Activity: 125 Job Search/Placement Assistance | Contact Type: In Person\nParticipant was not a no-show: she arrived 20 min late for the 9/2 OV because of the bus. Reviewed IEP. She passed the Microsoft Office Specialist Excel exam (812, pass) and applied to 4 admin jobs through MoJobs. Continue job search services; next OV 10/2.', 'I', 'P', true, []),
  note(MO, 'ajl-joblink-mo-013', 'Program: WIOA Adult | Activity Code: 600 CMC | Contact Type: Telephone\nCalled Drury University financial aid office 9/15 to confirm ptcp\'s Pell award. FA office confirmed $3,100 Pell for fall.', 'T', 'V', false, [TP, PM, JM]),
  // The participant's message only asks for a form; the form went back and nothing more came.
  note(MO, 'ajl-joblink-mo-014', 'Program: WIOA Adult | Activity: Supportive Services | Contact Type: Email\nParticipant e-mailed 10/1: "Can you send me the mileage form again?" CM e-mailed the form 10/1.', 'E', 'P', false, [RP]),
  note(MN, 'ajl-joblink-mn-001', 'Program: WIOA Adult | Activity: Case Management | Contact Type: In Person\nMet with client at Moorhead WFC 2/4. Client is in the 2nd semester of Practical Nursing at M State, grades A-/B, no absences. Copy of grades placed in file. ISS and WF1 activities reviewed.', 'I', 'P', true, []),
  note(MN, 'ajl-joblink-mn-002', 'Program: State DW | Activity: Case Management | Contact Type: Telephone\nLeft message w/ client\'s roommate 2/10 asking client to call CM.', 'T', 'P', false, [UA]),
  note(MN, 'ajl-joblink-mn-003', 'Program: WIOA Youth | Activity: Case Management | Contact Type: Text\nTexted youth 2/12: "Hi, it\'s your WIOA counselor, how\'s school going?" Read receipt shown, no reply.', 'E', 'P', false, [RP]),
  note(MN, 'ajl-joblink-mn-004', 'Program: WIOA DW | Activity: Case Management | Contact Type: Telephone\nClient called 3/3: started at Marvin in Warroad 2/24, production associate, 40 hrs/wk, $19.25/hr. Will exit the training activity and begin follow-up in WF1.', 'T', 'P', true, []),
  note(MN, 'ajl-joblink-mn-005', 'Program: WIOA Adult | Activity: Occupational Skills Training | Contact Type: Email\nInstructor (NCTC CDL) e-mailed 3/11: client completed 120 hrs, passed the skills test 3/10 and has his Class A.', 'E', 'V', false, []),
  note(MN, 'ajl-joblink-mn-006', 'Program: WIOA Adult | Activity: Case Management | Contact Type: Telephone\nTC with client 3/18. Nothing new.', 'T', 'P', true, [PM, NS]),
  note(MN, 'ajl-joblink-mn-007', 'Program: WIOA Youth | Activity: Work Experience | Contact Type: In Person\nYouth no-show for WEX worksite orientation at Bemidji Public Library 4/1, 9:00.', 'I', 'P', false, [UA]),
  note(MN, 'ajl-joblink-mn-008', 'Program: WIOA DW | Activity: Case Management | Contact Type: Video\nTeams meeting with client 4/15. Client finished the Project Management certificate (Bemidji State online), passed the CAPM exam 4/12, and has applied to 5 project coordinator jobs. Reviewed ISS; training activity closed in WF1, job search activity opened.', 'T', 'P', true, []),
  note(MN, 'ajl-joblink-mn-009', 'Program: WIOA Adult | Activity: Case Management | Contact Type: Letter\nSent "Monthly Contact Required" letter 5/1. Returned 5/9 - insufficient address.', 'L', 'P', false, [UA]),
  note(MN, 'ajl-joblink-mn-010', 'Program: WIOA Adult | Activity: Case Management | Contact Type: Telephone\nCalled client 5/12, no answer, LM. Client called back 5/13: she is on track in the medical coding course (module 7 of 10, 91% average) and asked about help with the certification exam fee; CM will submit the request. ISS reviewed.', 'T', 'P', true, []),
  note(MN, 'ajl-joblink-mn-011', 'Program: WIOA Youth | Activity: Case Management | Contact Type: In Person\nMet youth at Roseau High School. Youth reports passing all classes, working 10 hrs/wk at Cenex, and has signed up for the ACT.', 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'ajl-joblink-mn-012', 'Program: WIOA DW | Activity: Case Management | Contact Type: Telephone\nClient\'s spouse called 6/3: client was in the hospital last week and will miss two weeks of the welding program; she will have client call when he is home.', 'T', 'A', false, []),
  note(MN, 'ajl-joblink-mn-013', 'Program: WIOA Adult | Activity: Case Management | Contact Type: In Person\nClient address updated to 512 3rd St NE, East Grand Forks MN 56721. Phone 218-555-0173.', 'I', '-', false, [NS]),
];
