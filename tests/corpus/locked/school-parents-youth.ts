/**
 * Youth programs working through schools and families (locked split, batch 7: scored, aggregates only): school
 * counselors and teachers, special-education IEP meetings (the school's plan, not Missouri's Individual
 * Employment Plan: a youth's service plan is the ISS), parents and guardians, and text or Snapchat threads with
 * the youth. A parent is the alternate contact and a counselor or teacher the activity provider: in Missouri
 * either counts only with substantive progress and a reason to continue; Minnesota asks for them to be recorded
 * (Letter 110, Policy 6) but they never replace the youth's monthly contact. A parent who answers the youth's
 * phone is someone else answering; a career night the youth came to is not yet a talk with the writer; a
 * message that only asks for a ride, answered and not answered back, is not an exchange about the youth.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { CT, JM, MN, MO, NS, PII, PM, RP, TP, UA, note, type LabelledNote } from '../types';

export const STYLE = 'school-parents-youth';
export const BATCH = 7;

export const NOTES: LabelledNote[] = [
  note(MO, 'school-parents-youth-mo-001', "Attended youth's annual IEP meeting at Hillcrest HS 10/3, 2:30-3:45, in the SPED conference room. Present: youth, his mom (Angela), SPED case mgr Mr. Tate, resource teacher Ms. Vu, and CM (invited by the family as WIOA youth provider). Mr. Tate reviewed the present levels: youth reads at about a 9th grade level, math calc is his strength, he still needs extended time on tests. Youth has 16.5 of 24 credits and is passing all classes this quarter (lowest grade a C in English 11); attendance 91% so far. Youth spoke up on his own about wanting the welding pathway at the career center next year and asked if WIOA could help with boots and a hood; CM explained supportive services. Mom is on board but worried about transportation to the career center - district bus runs from Hillcrest at 7:10. Team added a post-secondary transition goal (welding certificate) and a WIOA summer WEX to the transition plan. CM gave mom the WEX application. Continue youth services per ISS (tutoring, summer WEX), next contact with youth at school 10/24.", 'I', 'P', true),
  // Vague news from the alternate contact: no attendance figure, no grade, no reason to continue.
  note(MO, 'school-parents-youth-mo-002', "TC w/ youth's mother Angela 10/10. She says he's doing better and going to school more.", 'T', 'A', false, [TP, JM]),
  note(MO, 'school-parents-youth-mo-003', "Spoke w/ Ms. Okafor (school counselor, Hillcrest HS) by phone 10/17. Youth's 1st quarter: 94% attendance, GPA 2.4 (up from 1.9), on track for 4 credits this semester. She confirmed he's enrolled in the welding pathway for spring. Youth remains in WIOA youth services per ISS (tutoring + summer WEX).", 'T', 'V', true),
  note(MO, 'school-parents-youth-mo-004', "Txt w/ youth 10/24:\nCM: hey Jalen how did the welding tour go?\nJalen: it was lit 🔥 i got to run the plasma cutter. signing up for spring\nCM: awesome! see u at tutoring tues\nJalen: bet", 'E', 'P', true, [JM]),
  note(MO, 'school-parents-youth-mo-005', "Txt youth 11/1 re: tutoring tonight, no reply. Txt again 11/3.", 'E', 'P', false, [RP]),
  note(MO, 'school-parents-youth-mo-006', "Email from Mr. Banks (Algebra teacher) 11/6: Jalen has 6 missing assignments and his grade dropped to a D.", 'E', 'V', false, [TP, JM]),
  note(MO, 'school-parents-youth-mo-007', "Home visit 11/8, youth at football practice. Met w/ mom Angela and grandma at the kitchen table. Mom showed CM his progress report: Algebra D, English C+, Welding Intro B, 3 absences this quarter. Mom will make sure he goes to tutoring. Youth stays in tutoring per ISS; CM to meet youth at school next wk.", 'I', 'A', true),
  note(MO, 'school-parents-youth-mo-008', "Went to Hillcrest 11/15 for scheduled check-in w/ youth in the counseling office. Youth absent today per attendance office.", 'I', 'P', false, [UA]),
  note(MO, 'school-parents-youth-mo-009', "Jalen called CM 11/16 from his mom's phone, apologized for missing Fri - said he was sick. He's been going to tutoring Tues/Thurs and turned in 4 of the 6 missing Algebra assignments. Cont tutoring per ISS, school check-in moved to 11/22.", 'T', 'P', true),
  note(MO, 'school-parents-youth-mo-010', "Called youth 11/29, his dad answered and said Jalen was at work at the Sonic and would call back.", 'T', 'P', false, [UA]),
  // A group event he signed in to; nobody says the writer talked with him.
  note(MO, 'school-parents-youth-mo-011', "Youth Career Night at the job center 12/3 - 14 youth, 9 parents. Jalen came with his mom and signed in. Guest speakers from the carpenters' union and Mid-America Welding.", 'I', 'P', false),
  note(MO, 'school-parents-youth-mo-012', "Ms. Okafor emailed 12/8 to set up the semester review meeting for 1/12 at 2:30. CM emailed back to confirm.", 'E', 'V', false, [TP, PM, JM]),
  note(MO, 'school-parents-youth-mo-013', "OV 12/15 w/ youth and mom to redo the ISS. Youth DOB 03/14/2008 corrected in Toolbox (was entered as 2009). Youth finished the semester: GPA 2.6, passed Welding Intro w/ a B+, no failing grades. Summer WEX at the county garage planned; remains enrolled per ISS.", 'I', 'P', true, [PII]),
  note(MO, 'school-parents-youth-mo-014', "Mailed youth and parent the WEX application packet 1/5 with a note asking them to return it by 1/20.", 'L', 'P', false, [RP]),
  note(MO, 'school-parents-youth-mo-015', "Youth's girlfriend messaged the agency Facebook page 1/14 saying Jalen lost his phone and will come in when he can.", 'E', 'O', false, [TP, PM, JM]),
  note(MO, 'school-parents-youth-mo-016', "OV youth 1/20 - returned WEX app, all 4 pages signed by mom. Spring grades so far As & Bs. Cont per ISS.", 'I', 'P', true),
  note(MN, 'school-parents-youth-mn-001', "Met with client (17) at Crookston HS in the counselor's office 9/15. She's a senior, needs 3 more credits to graduate; enrolled in Intro to Health Careers through PSEO at UMC. Talked about a WEX at RiverView this spring. Reviewed ISS with her.", 'I', 'P', true),
  note(MN, 'school-parents-youth-mn-002', "Phone call w/ client's mother Lisa 9/20 - Lisa had questions about the WEX paystubs and whether they count against MFIP. Explained. Recording parent contact per policy.", 'T', 'A', false, [PM]),
  note(MN, 'school-parents-youth-mn-003', "Text thread w/ client 10/2\nMe: hi Brianna, checking in for October! hows PSEO going\nBrianna: its good i have a B in the class so far 😊 midterm next week\nMe: nice!! good luck", 'E', 'P', true),
  note(MN, 'school-parents-youth-mn-004', "Client's school counselor Mr. Haugen emailed 10/20: Brianna has 4 absences in October and is behind in Govt. He is setting up a parent meeting.", 'E', 'V', false),
  note(MN, 'school-parents-youth-mn-005', "Attended parent-teacher-student meeting at Crookston HS 10/27 w/ client, her mom, Mr. Haugen and the Govt teacher. Client agreed to go to after-school help Tues/Thurs to make up 2 Govt assignments; counselor confirmed she is still on track to graduate in May if she passes Govt. Reviewed ISS with client after the meeting.", 'I', 'P', true),
  note(MN, 'school-parents-youth-mn-006', "Texted client 11/10 re: November check-in. Read 11/10 4:12 pm. No reply.", 'E', 'P', false, [RP]),
  // The call to the client failed; her mother's answer is an alternate contact with no news of school or WEX.
  note(MN, 'school-parents-youth-mn-007', "Called client 11/17 - no answer. Called mom Lisa, she said Brianna is staying at her dad's in EGF this week and doesn't have her phone charger.", 'T', 'A', false, [UA, PM]),
  note(MN, 'school-parents-youth-mn-008', "11/24 Client came in after school. Govt grade up to a C-, she's gone to after-school help 5 times. Wants to apply for the CNA class at NCTC in spring. ISS updated w/ new goal.", 'I', 'P', true),
  note(MN, 'school-parents-youth-mn-009', "December: monthly youth newsletter + WEX flyer mailed to all enrolled youth 12/1, client included.", 'L', 'P', false, [RP]),
  note(MN, 'school-parents-youth-mn-010', "12/8 client's dad (Rick) called asking if Brianna can still do WEX if she moves to EGF with him. Said she is doing fine in school. Told him I need to talk with Brianna about it.", 'T', 'A', false, [PM, NS]),
  note(MN, 'school-parents-youth-mn-011', "12/15 Phone w/ client. She is staying at mom's in Crookston after all. Finished semester 1: Govt C, English B, PSEO Health Careers B+. Reviewed ISS; WEX at RiverView starts 2/1.", 'T', 'P', true),
  note(MN, 'school-parents-youth-mn-012', "IEP meeting 1/12 at Crookston HS for client (annual review). CM invited but unable to attend; SPED case manager emailed the meeting summary afterward: transition goals unchanged, client on track for May graduation.", 'E', 'V', false),
  // Her message only asks for a ride; CM's answer got nothing back.
  note(MN, 'school-parents-youth-mn-013', "1/26 Snapchat from client: \"hey i need a ride to the wex orientation tmrw can u help\". Replied with the bus times and the Heartland Express ph #.", 'E', 'P', false, [RP]),
  note(MN, 'school-parents-youth-mn-014', "2/3 WEX orientation at RiverView. Client there w/ 3 other youth; CM ran the orientation. Client completed her paperwork, I-9 and the safety video; we talked one-on-one after about her schedule (Tue/Thu 3:30-6:30). ISS reviewed.", 'I', 'P', true),
  note(MN, 'school-parents-youth-mn-015', "2/20 RiverView supervisor Deb called: client has worked 5 of 6 scheduled shifts, late once. Deb is happy with her.", 'T', 'V', false),
  note(MN, 'school-parents-youth-mn-016', "Monthly contact for March planned for 3/10 at school. Mom aware.", '-', 'P', false, [CT]),
];
