/**
 * Youth programs talking with the adults around a youth: parents, grandparents and guardians, school counselors,
 * county and Children's Division foster-care workers, IEP meetings at school (locked split, batch 2: scored,
 * aggregates only). Minnesota's Letter 110 (Policy 6) asks for these contacts to be recorded, but they are not the
 * participant's monthly contact; in Missouri a parent or guardian is the alternate contact and a school counselor
 * the activity provider, and either counts only with substantive progress. A foster-care worker is another
 * agency's caseworker ("other").
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'youth-guardians';
export const BATCH = 2;

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'youth-guardians-mo-001', "TC 3/3 with youth's mother, Tanya (alternate contact on the application); youth was at school. Mother reports he has attended 18 of 19 days at Hickman HS this month, raised his Algebra grade from a D to a C+, and is working 12 hrs/wk at the WEX site at the Daniel Boone library. Continue ISS services through graduation; next contact with youth directly 4/3.", 'T', 'A', true, []),
  note('mo-dwd-toolbox', 'youth-guardians-mo-002', "Called youth 3/5 at 4:30 pm. Grandmother (legal guardian) answered the home phone and said he was asleep after practice; she will have him call back.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'youth-guardians-mo-003', "Met with Ms. Greer, school counselor at Parkview HS, in her office 3/10 about youth's credit recovery. Youth has completed 2 of 3 credit recovery modules (English 11 and US History) and has 96% attendance since January; counselor has him on track for May graduation. Youth was in class and not present. Continue ISS services; plan summer WEX after graduation.", 'I', 'V', true, []),
  note('mo-dwd-toolbox', 'youth-guardians-mo-004', "Children's Division worker e-mailed 3/12 that youth moved to a new foster placement in Fulton; new address 210 Elm St. She did not have any school information.", 'E', 'O', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'youth-guardians-mo-005', "OV 3/14 with youth and his father. Youth brought his 3rd quarter progress report: passing 5 of 6 classes, failing Chemistry, and he started after-school tutoring 2 days a week. Father says he is home by curfew and doing his homework. Continue ISS; tutoring support continues; next OV 4/11.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'youth-guardians-mo-006', "Youth no-show for OV 3/17 at 3:30. His mom called at 4:10 to say he had a dentist appointment and forgot to tell us. Rescheduled to 3/24.", 'T', 'A', false, ['unsuccessful-attempt', 'third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'youth-guardians-mo-007', "Texted youth 3/19 about the summer work experience orientation on 4/2 and added his mom to the group text. No reply from either yet.", 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'youth-guardians-mo-008', "TC w/ youth 3/20. He said he got his driver's permit last week and passed his English final with a B.", 'T', 'P', true, ['justification-missing']),
  note('mo-dwd-toolbox', 'youth-guardians-mo-009', "Called the home 3/24; mom answered and put youth on speaker. Youth said he finished the ServSafe course Saturday (score 86) and has an interview at Hy-Vee 3/27 for a deli clerk job. Mom will drive him. Continue ISS job search; next TC after the interview.", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'youth-guardians-mo-010', "Mailed a letter 3/26 to youth and his guardian (aunt Rosa) asking them to come in and sign the WEX release. Letter came back 4/2 marked not at this address.", 'L', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'youth-guardians-mo-011', "Spoke with Mr. Dale, the school counselor at Jefferson City HS, by phone 3/28. He said youth is 'hanging in there.'", 'T', 'V', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'youth-guardians-mo-012', "Met youth at school 3/31 in the counselor's office. Youth says everything is fine.", 'I', 'P', true, ['progress-missing', 'justification-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'youth-guardians-mo-013', "Dad (alternate contact) returned my call 4/1: youth completed his first 40 hours at the WEX site with the parks department and his report card shows all C's or better, up from two F's last quarter.", 'T', 'A', true, ['justification-missing']),
  note('mo-dwd-toolbox', 'youth-guardians-mo-014', "Updated youth's address and phone in Toolbox: 14 Ridge Rd, Fulton, MO 65251, 573-555-0133. Copy of the guardianship order scanned to the file.", '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mn-wf1', 'youth-guardians-mn-001', "Called youth's mom 2/3; youth was at work. Mom said he has gone to every shift at the Dairy Queen WEX, 15 hrs/wk, and his midterm grades came home: two B's and a C.", 'T', 'A', false, []),
  note('mn-wf1', 'youth-guardians-mn-002', "Monthly contact 2/5: met youth at the Area Learning Center. She has earned 3 credits this term and needs 4 more to graduate; attendance 92%. Reviewed ISS; WF1 activities current.", 'I', 'P', true, []),
  note('mn-wf1', 'youth-guardians-mn-003', "County foster care worker Jenna called 2/7 to say youth's placement is changing and she will send the new address. We did not discuss school or work.", 'T', 'O', false, ['progress-missing']),
  note('mn-wf1', 'youth-guardians-mn-004', "E-mailed the school counselor at Crookston HS 2/10 asking for youth's attendance. Counselor replied 2/11 with the report: 41 of 45 days, passing every class except Spanish. Copy saved to the record.", 'E', 'V', false, []),
  note('mn-wf1', 'youth-guardians-mn-005', "Phone call 2/12 to youth's cell; her grandmother answered and said youth was getting ready for school, then put her on. Youth said she passed her CNA skills test Friday and starts clinicals 2/24. ISS updated.", 'T', 'P', true, []),
  note('mn-wf1', 'youth-guardians-mn-006', "LVM for youth's dad 2/14 asking him to have youth call about the summer youth program application.", 'T', 'A', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'youth-guardians-mn-007', "Texted youth 2/17: 'how did the driving test go?' Youth texted back 2/17: 'passed!! got my license, starting at Cenex Monday'.", 'E', 'P', true, []),
  note('mn-wf1', 'youth-guardians-mn-008', "Attended youth's special education IEP meeting at the high school 2/19 with his parents, his school case manager and youth. Youth is on track for 24 credits by June and his transition goal is the welding program at Northland; he told the team he wants a summer job in a shop. ISS reviewed.", 'I', 'P', true, []),
  note('mn-wf1', 'youth-guardians-mn-009', "Youth did not show for the 2/21 appointment at 3:30. Called her at 4:15 and she answered; she forgot, was at basketball practice. She has the ACT on 3/8 and has been going to the tutor twice a week. Rescheduled to 2/26.", 'T', 'P', true, []),
  note('mn-wf1', 'youth-guardians-mn-010', "Mailed youth and his guardian the summer WEX parental consent form 2/24 with a return envelope; not back yet.", 'L', 'P', false, ['response-pending']),
  note('mn-wf1', 'youth-guardians-mn-011', "Youth's aunt (guardian) stopped in 2/26 to drop off copies of his birth certificate for eligibility. Youth stayed out in the car and did not come in.", 'I', 'A', false, ['progress-missing']),
  note('mn-wf1', 'youth-guardians-mn-012', "Talked to youth on the phone. She said school is good.", 'T', 'P', true, ['progress-missing', 'not-substantive', 'contact-date-missing'], { noDateField: true }),
];
