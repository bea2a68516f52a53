/**
 * In-school youth specialists (locked split, batch 11: scored and floored, aggregates only): Jobs for America's
 * Graduates specialists who teach a JAG class period in Sikeston, Hannibal and Kansas City high schools and carry
 * the WIOA youth case, and youth workers co-located at Minnesota Area Learning Centers in St. Cloud, Rochester and
 * Mankato. They write like teachers: class periods and blocks, competencies, credits and seat time, the student
 * information system, Google Classroom and Remind, the career development conference, credit recovery, special
 * education IEP meetings (not the employment plan), suspensions, graduation, then twelve months of follow-up.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. Teaching a lesson to a class the youth sits in is no contact with the youth; a one-to-one talk in the
 * hall, on the bus or in a meeting is. A look-up in the student information system is no contact. A teacher, a
 * school counselor and the registrar are the provider, and a parent listed on the ISS is the alternate (Missouri:
 * count with substantive progress and a reason to continue, §2.2; Minnesota: recorded, never the monthly contact).
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, DM, note, type LabelledNote } from '../types';

export const STYLE = 'l11-jag-alc-classroom';
export const BATCH = 11;

export const NOTES: LabelledNote[] = [
  // A lesson to nineteen students: she took part with a classmate, not with the writer.
  note(MO, 'l11-jag-alc-classroom-mo-001', `5th hr JAG class 9/16/2025: taught competency #12 (elevator pitch) to 19 students. Youth present, did the partner practice with her table.`, 'I', 'P', false, []),
  note(MO, 'l11-jag-alc-classroom-mo-002', `9/18/25 1:1 conference w/ youth during advisory. Reviewed ISS: credits 14.5 of 24, failing Algebra II (52%). Set him up with Tuesday after-school tutoring. Still wants the welding program at the career center next year. ISS goal graduate on time + enroll in welding; will check his Algebra grade 10/2.`, 'I', 'P', true, []),
  note(MO, 'l11-jag-alc-classroom-mo-003', `Infinite Campus check 9/22: youth absent 4 of the last 10 school days (2 excused).`, '-', '-', false, []),
  // The mother only said she would pass a message on.
  note(MO, 'l11-jag-alc-classroom-mo-004', `Called home 9/23/25 re: absences. Mom answered, youth is staying at his dad's this week, she'll have him call me.`, 'T', 'P', false, [UA]),
  note(MO, 'l11-jag-alc-classroom-mo-005', `Youth stopped me in the B hall 9/25/25 to show me his Algebra II retest — 74! Told him Tuesday tutoring is paying off, keep going. He asked when the welding tour is (10/8, permission slip due Friday). ISS goal on track: graduate on time, welding at the career center.`, 'I', 'P', true, []),
  // The counselor gives real progress but nothing on why services continue.
  note(MO, 'l11-jag-alc-classroom-mo-006', `Email 10/1/2025 from Mrs. Haney, school counselor: youth enrolled in credit recovery (Edgenuity) for English 10, 40% complete.`, 'E', 'V', false, [TP, JM]),
  note(MO, 'l11-jag-alc-classroom-mo-007', `JAG-Missouri Career Development Conference, Jefferson City 3/24/2026. Rode the bus w/ 12 students. Youth competed in Employability Skills and placed 3rd in the state. Talked with him on the ride home about his resume for the Dollar General DC summer job; he'll submit the application Friday and I'll do a mock interview with him Monday. ISS: summer employment + graduation.`, 'I', 'P', true, []),
  note(MO, 'l11-jag-alc-classroom-mo-008', `Quarterly JAG progress letter mailed home 10/15/25.`, 'L', 'P', false, [RP]),
  // Out-of-school suspension, but the call to his cell connected.
  note(MO, 'l11-jag-alc-classroom-mo-009', `10/21/2025 youth is on OSS through 10/24 (5 days). Called his cell, talked ~10 min. He is doing the make-up packets, knows JAG competencies wait till he's back 10/27. Algebra at 68 before the suspension. Told him the welding application is still open, we'll finish it the day he's back.`, 'T', 'P', true, []),
  // Watching him walk across a stage is no exchange.
  note(MO, 'l11-jag-alc-classroom-mo-010', `Graduation 5/17/2026 — youth walked!! Diploma verified in SIS 5/20.`, '-', '-', false, []),
  // Google Classroom comments back and forth are a written exchange with him.
  note(MO, 'l11-jag-alc-classroom-mo-011', `Google Classroom 11/4/25, resume assignment: I commented "add your FFA officer role + the Amvets job." Youth replied in the comments "ok added both, can u check" and resubmitted; graded 10/10, resume complete (competency #7). Next: mock interviews 11/18 to prep for the DG summer job.`, 'E', 'P', true, []),
  note(MO, 'l11-jag-alc-classroom-mo-012', `12-month follow-up: called graduate 7/15/2026 no answer, sent text "Hi it's Ms. Bledsoe from JAG, just checking in!"`, 'T', 'P', false, [UA, RP]),
  note(MO, 'l11-jag-alc-classroom-mo-013', `Follow-up month 2: graduate texted back 7/16/2026 "hey ms b! im at the DG distribution center 2nd shift $18.75 and starting welding at night in aug". Replied "So proud! When does it start?" — "aug 25". Follow-up continues per ISS; will help with the Pell form this week.`, 'E', 'P', true, []),
  note(MO, 'l11-jag-alc-classroom-mo-014', `In person 2/10/2026 with Mr. Cady, welding instructor at the career center (youth's 1st-3rd hr program). Youth passed his 3G practice bend test, attendance 96% this semester, first in his section to run flux core vertical. Continue WIOA youth support for the career center program (ISS: AWS cert by May).`, 'I', 'V', true, []),
  // The father is listed on the ISS and brings grades and credits with a reason to continue.
  note(MO, 'l11-jag-alc-classroom-mo-015', `Parent-teacher conference night 11/13/2025, JAG room. Youth's dad came (alternate contact on ISS); youth at work. Went over grades: passing all 7 classes now, Algebra II 71, 17 of 24 credits, on track to graduate. Dad backs the welding plan and will drive him to the career center open house 12/2. Continue JAG + ISS goals.`, 'I', 'A', true, []),
  // Her text tells the writer she is out; nothing comes back, nothing is exchanged.
  note(MO, 'l11-jag-alc-classroom-mo-016', `Youth texted 12/3/25 at 12:40: "cant come to jag today at the dentist". Excused absence entered.`, 'E', 'P', false, []),
  // The page's drop-down says In person; the note itself is nearly empty.
  note(MO, 'l11-jag-alc-classroom-mo-017', `Checked in w/ youth. Good.`, 'I', 'P', true, [PM, JM, NS], { field: 'I' }),

  note(MN, 'l11-jag-alc-classroom-mn-001', `10/6/2025 met w/ student at Riverbend ALC during 3rd block. Credits 9 of 21, on pace this trimester (seat time 94%). Wants a spring WEX at the Humane Society; we filled out the interest form together. Next check-in 10/20.`, 'I', 'P', true, []),
  note(MN, 'l11-jag-alc-classroom-mn-002', `10/9/25 facilitated the Career Day panel in the ALC commons (3 employers, ~40 students). Student attended.`, 'I', 'P', false, []),
  // A teacher's report is recorded (Letter 110, Policy 6) but is not the monthly contact.
  note(MN, 'l11-jag-alc-classroom-mn-003', `Email 10/14/2025 from Mr. Thao (ALC social studies): student finished the Economics credit in PLATO, 100%.`, 'E', 'V', false, []),
  note(MN, 'l11-jag-alc-classroom-mn-004', `Texts 10/16/2025. Me: "Did you turn in your WEX timesheet?" Student: "ya gave it to Kim at the shelter, 14 hrs this week, they let me do intake now". Me: "Nice! Keep it up, see you Monday."`, 'E', 'P', true, []),
  note(MN, 'l11-jag-alc-classroom-mn-005', `Called home 10/20/25, grandma (alt contact) answered, student at work. Left message w/ her to call me.`, 'T', 'P', false, [UA]),
  note(MN, 'l11-jag-alc-classroom-mn-006', `Synergy check 10/22: student at 61% attendance this quarter.`, '-', '-', false, []),
  // He never came out; the mother said he was not coming.
  note(MN, 'l11-jag-alc-classroom-mn-007', `Drove to pick student up for the 10/24/25 job fair at River's Edge (he asked for a ride). Not ready; mom came to the door, said he's asleep and not coming.`, 'I', 'P', false, [UA]),
  // The mother is the listed alternate with real progress: recorded, not the monthly contact.
  note(MN, 'l11-jag-alc-classroom-mn-008', `Conference night 11/6/2025: student's mom (alt contact) came in, student did not. Went over credits (11 of 21), attendance up to 80% since the bus pass, WEX hours 28.`, 'I', 'A', false, []),
  // A special-education IEP meeting with him at the table is a contact with him.
  note(MN, 'l11-jag-alc-classroom-mn-009', `11/12/2025 attended student's IEP (special ed) annual review at the ALC with him, his case manager Ms. Rud and his mom. Student spoke to his transition goals himself: wants animal care, likes his Humane Society WEX (40 hrs done). We added a job-shadow at the vet clinic to his transition plan. I'll set it up by 12/1.`, 'I', 'P', true, []),
  // A short exchange on the Remind app, about pay on a snow day.
  note(MN, 'l11-jag-alc-classroom-mn-010', `Remind msgs 12/9/25. Student: "do i still get paid for wex if school is closed for snow" Me: "Yes if your site is open — call them." Student: "ok they're open going now"`, 'E', 'P', true, [PM]),
  note(MN, 'l11-jag-alc-classroom-mn-011', `Emailed student's school account 1/5/2026 re: WEX evaluation meeting. No reply.`, 'E', 'P', false, [RP]),
  // The registrar's notice of withdrawal is bad news from the school: recorded, not a contact with him.
  note(MN, 'l11-jag-alc-classroom-mn-012', `Email from ALC registrar 1/12/2026: student withdrawn as of 1/9 (over 15 consecutive absences).`, 'E', 'V', false, []),
  note(MN, 'l11-jag-alc-classroom-mn-013', `Home visit 1/15/2026, student home, talked on the porch ~20 min. He's working 25 hrs at Coborn's and says the ALC "wasn't working". Wants his GED through adult ed instead. Keeping him in WIOA youth (out-of-school now); I'll take him to adult ed orientation 1/22.`, 'I', 'P', true, []),
  note(MN, 'l11-jag-alc-classroom-mn-014', `Student left me a VM 2/2: "call me back." Tried back 2/2 3:30, straight to VM.`, 'T', 'P', false, [UA]),
  note(MN, 'l11-jag-alc-classroom-mn-015', `Phone 2/20/2026 w/ student. Passed his first GED test, RLA 158. Math next, adult ed has him in the Tuesday/Thursday group. Still at Coborn's 25 hrs.`, 'T', 'P', true, []),
  note(MN, 'l11-jag-alc-classroom-mn-016', `Covering for K. Olstad 3/2. Reviewed ISS in WF1: goal still says "graduate from ALC", needs updating to GED at the next contact.`, '-', '-', false, []),
  // A real talk, but the note has no date and this screen no date field.
  note(MN, 'l11-jag-alc-classroom-mn-017', `Saw student in the ALC lunchroom and sat with him. WEX at the Humane Society is at 52 of 60 hrs, the supervisor wants to hire him part time in the summer. Next step is the hiring paperwork.`, 'I', 'P', true, [DM], { noDateField: true }),
];
