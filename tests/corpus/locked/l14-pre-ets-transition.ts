/**
 * Pre-Employment Transition Services specialists in high schools who also hold the students' WIOA in-school youth
 * enrollment (locked split, batch 14: scored and floored, aggregates only): a specialist shared by Rolla and
 * St. James high schools and the Rolla Technical Center in Missouri, and specialists in Coon Rapids (Anoka-Hennepin)
 * and Moorhead high schools in Minnesota, co-funded with Vocational Rehabilitation. They write in the school's and
 * special education's words: "student", hours and periods, study hall passes, IEP meetings and transition goals, the
 * IEP "case manager" who is a special-education teacher, paras, life-skills rooms, the five required Pre-ETS
 * activities (job exploration counseling, work-based learning, counseling on postsecondary options, workplace
 * readiness, instruction in self-advocacy), job shadows and work experience at a tire shop or a grocery bakery,
 * Remind messages, homebound instruction, AAC devices, work permits, FAFSA nights.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A talk with the student alone, at an IEP meeting the student leads, in the car back from a job shadow
 * or through an AAC device is a contact; a lesson taught to a whole class, a summer academy's group day, a wave in
 * the hall and a pass the student never answered are not. A video meeting is a live call. The special-education
 * teacher, the technical center's instructor and the work-experience supervisor are the provider, and a mother
 * named on the ISS the alternate (Missouri: counts with substantive progress and a reason to continue, §2.2;
 * Minnesota: recorded, never the monthly contact); a para, a job coach from another agency, a father not on the
 * ISS and a sister's IEP team are someone else. A letter or e-mail counts only with the student's own reply.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l14-pre-ets-transition';
export const BATCH = 14;

export const NOTES: LabelledNote[] = [
  note(MO, 'l14-pets-01', "Pre-ETS / WIOA ISY - 9/16/2025 - Met 1:1 with student Kaylee Burkhart during 4th hour in the library (pulled from study hall w/ teacher permission). Job exploration counseling: did the O*NET Interest Profiler, top codes Realistic/Social, she picked vet tech and dog grooming to explore. Attendance this quarter 96%, passing all classes, Biology D+ (tutoring after school Tues). Next: job shadow at the Rolla animal clinic in Oct, permission form sent home.", 'I', 'P', true),
  // A lesson taught to the whole class, with no talk about her own plan, is no individual contact.
  note(MO, 'l14-pets-02', "9/18/2025 - Workplace readiness lesson (Soft Skills to Pay the Bills, 'Communication') taught to Mr. Haney's 3rd hour resource class, 11 students incl. Kaylee B., Dalton P., Mason L. Kaylee participated in the role-play. No individual discussion of plans.", 'I', 'P', false),
  // Dalton led his own transition discussion at the IEP meeting: a two-way talk with him in person.
  note(MO, 'l14-pets-03', "10/7/2025 - Attended Dalton Pruitt's annual IEP at Rolla High (mom Tammy, sped case mgr Mr. Haney, gen ed teacher, LEA rep). Dalton led the transition part himself: told the team he wants to be a diesel mechanic and asked me about the auto tech program at the career center next year. Credits on track (17 of 24), reading goal met. I explained Pre-ETS and WIOA youth work experience; he agreed to a paid WEX at the tire shop in spring. Next: WEX paperwork with mom by 11/1.", 'I', 'P', true),
  // Mason was not there; his mother (alternate on the ISS) and teacher said only that he is doing fine.
  note(MO, 'l14-pets-04', "10/9/2025 - Mason Lueckenhoff's IEP meeting; Mason did not attend (at the career center for welding). Mom (alternate on ISS) and Mr. Haney present. Mom said Mason is 'doing good at welding,' Mr. Haney said he is passing. Transition goals copied from last year.", 'I', 'A', false, [TP]),
  // The instructor gives attendance, skills, grade and the next milestone, and why services go on (§2.2).
  note(MO, 'l14-pets-05', "10/20/2025 - Phone w/ Mr. Voss, welding instructor at Rolla Technical Center, re: Mason Lueckenhoff. Mason has missed 2 of 38 days, finished SMAW flat and horizontal plates, working on vertical, grade 88%. On track for the AWS 3G test in March. Mason needs Pre-ETS and ISY services to continue into a spring WEX at a fab shop. I will see Mason at school 10/28.", 'T', 'V', true),
  note(MO, 'l14-pets-06', "10/28/2025 - Went to Rolla High to meet Mason 2nd hour as set up. Attendance office says absent today (excused). Left a note w/ Mr. Haney for Mason to see me Thursday.", 'I', 'P', false, [UA]),
  note(MO, 'l14-pets-07', "11/3/2025 - Sent Mason a Remind message about Thursday. Remind shows 'Read'. No reply.", 'E', 'P', false, [RP]),
  note(MO, 'l14-pets-08', "11/12/2025 - Job shadow at Rolla Animal Hospital 8:00-11:30, drove Kaylee + 2 other students. Kaylee shadowed the vet tech, held a cat for vaccines. On the drive back she told me she loved it but 'the blood part was a lot'; she wants to try the grooming side next. Said she got Biology up to a C-. Next: self-advocacy lesson 12/2, grooming shadow in Jan.", 'I', 'P', true),
  note(MN, 'l14-pets-09', "10/6/2025 - 1:1 with student Ayaan Mohamed at Coon Rapids HS, transition office. Counseling on postsecondary options: compared Anoka Tech's IT certificate with Hennepin Tech's. He says he's passing everything, 3.1 GPA, wants Anoka Tech. We started the application and the FAFSA checklist. Next meet 11/3.", 'I', 'P', true),
  // The IEP "case manager" is the special-education teacher: the provider, recorded in Minnesota but never the monthly contact.
  note(MN, 'l14-pets-10', "10/15/2025 - Email from Ms. Reinholt (Ayaan's IEP case manager): Ayaan has 3 missing assignments in Algebra II, grade dropped to 71%.", 'E', 'V', false),
  // His text is a request with no news, not an answer to anything the writer sent.
  note(MN, 'l14-pets-11', "10/16/2025 - Ayaan texted me 'can u come 6th hr tmrw, need help w/ the app'. Replied yes, 6th hour in the transition office.", 'E', 'P', false),
  note(MN, 'l14-pets-12', "10/17/2025 - 6th hour with Ayaan in the transition office: finished the Anoka Tech application (submitted), he'll ask his dad for the FAFSA tax info. Talked about Algebra; he said he'll go to math lab Tues/Thurs. Next: check 11/3.", 'I', 'P', true),
  // Brynn answers on her AAC device: a two-way exchange in person.
  note(MN, 'l14-pets-13', "11/5/2025 - Moorhead HS - met with student Brynn Solberg (uses AAC device, TouchChat) and her para in the life skills room. Brynn answered on her device that she likes her WBL at the Hornbacher's bakery, 'folding boxes' and 'Sue nice'; she chose 'more hours' when I asked. Worksite log shows 14 hrs in Oct. Next: talk to her job coach about adding Fridays.", 'I', 'P', true),
  note(MN, 'l14-pets-14', "11/19/2025 - Brynn's para Mrs. Tollefson stopped me in the hall: Brynn was sick most of last week and missed her bakery shifts.", 'I', 'O', false),
  // The job coach works for another agency: recorded, no contact with Brynn.
  note(MN, 'l14-pets-15', "11/20/2025 - TC with Brynn's job coach (Productive Alternatives): Brynn back at Hornbacher's, 3 shifts this week, folding 200 boxes a shift, no prompts needed.", 'T', 'O', false),
  note(MN, 'l14-pets-16', "12/1/2025 - Called Brynn's mom Karla (alternate contact on ISS). She said Brynn is proud of her paycheck, wants to keep the bakery job over winter break. Mom asked about the Pre-ETS summer program.", 'T', 'A', false),
  note(MN, 'l14-pets-17', "12/3/2025 - Submitted Brynn's WBL timesheets (Nov, 22 hrs) to the VRS counselor. Updated Pre-ETS service log.", '-', '-', false),
  note(MN, 'l14-pets-18', "1/12/2026 - Ayaan did not come to our 3rd hour check-in. Teacher said he was in class; I sent a pass, he didn't come.", 'I', 'P', false, [UA]),
  note(MN, 'l14-pets-19', "1/14/2026 - Caught Ayaan at lunch in the commons. Quick talk: he got the Anoka Tech acceptance email!! Algebra II up to 78%. Still needs FAFSA, dad hasn't shared tax info. I'll set a meeting with the school counselor + dad. Next: 1/28.", 'I', 'P', true),
  // The father is not on the ISS; the interpreter makes the call work, but it is not Ayaan.
  note(MN, 'l14-pets-20', "1/20/2026 - Called Ayaan's dad re FAFSA, Somali interpreter (LanguageLine #23817). Dad will bring the tax papers Thursday.", 'T', 'O', false),
  // A letter to the mother (alternate) with nothing back yet.
  note(MO, 'l14-pets-21', "12/5/2025 - Mailed a letter home to Dalton's mom with the WEX application + work permit info. Asked her to sign and return by 12/15.", 'L', 'A', false, [RP]),
  note(MO, 'l14-pets-22', "12/12/2025 - Dalton brought the signed WEX packet back to school and stopped by my office. Went over the tire shop hours: Tues/Thurs 3:30-6:30 starting 1/13. Grades this quarter: 2 A's, 3 B's, 1 C. Next: orientation at Midway Tire 1/9.", 'I', 'P', true),
  // "A good kid, shows up" is no progress in detail.
  note(MO, 'l14-pets-23', "2/10/2026 - Stopped by Midway Tire, owner Rick said Dalton is 'a good kid, shows up.'", 'I', 'V', false, [TP]),
  // The worksite supervisor gives hours, skills and an evaluation, and why the WEX continues (§2.2).
  note(MO, 'l14-pets-24', "3/10/2026 - Worksite visit Midway Tire: supervisor Rick Barnes reports Dalton worked 46 hrs in Feb, on time every shift, now mounts and balances tires alone and started oil changes under supervision. Evaluation 4 of 5 in all areas. WEX continues through May; next step is adding Saturdays in April. Dalton was at lunch, did not talk.", 'I', 'V', true),
  // A real call, but only about his paycheck: thin, with no progress and no reason to continue.
  note(MO, 'l14-pets-25', "3/12/2026 - Dalton called about his check. Told him it's coming Friday.", 'T', 'P', true, [PM, JM, NS]),
  // A live video meeting with Kaylee is a two-way call.
  note(MO, 'l14-pets-26', "1/22/2026 - Kaylee on homebound (surgery). Google Meet 20 min with Kaylee and mom on camera. She's doing classes online, keeping up in all but Biology. Did the self-advocacy lesson on asking for accommodations; she practiced asking for extra time on tests. Grooming shadow moved to March.", 'T', 'P', true),
  // Her sister's IEP meeting; Kaylee was not there and the mother's news is hearsay.
  note(MO, 'l14-pets-27', "2/3/2026 - At Rolla Middle for Kaylee's little sister Brooklyn's IEP (Brooklyn not on my caseload; mom asked me to talk about summer jobs for later). Mom mentioned Kaylee's surgery went fine and she's back at school Monday.", 'I', 'O', false),
  note(MO, 'l14-pets-28', "2/9/2026 - Kaylee back at school. Saw her in the hallway, waved, she was headed to class.", 'I', 'P', false),
  note(MO, 'l14-pets-29', "3/3/2026 - Called Kaylee's cell for the grooming shadow date: 'the number you have dialed is not in service'. Mom's number rang out, no voicemail.", 'T', 'P', false, [UA]),
  // A group day of the summer academy, nothing one on one.
  note(MN, 'l14-pets-30', "6/16/2026 - Summer Work Readiness Academy day 1 at Moorhead CareerForce, 14 students incl. Brynn S. and Ayaan M. Group activities only.", 'I', 'P', false),
  note(MN, 'l14-pets-31', "6/17/2026 - After academy, met Ayaan alone 15 min. He graduated 6/5! Starts Anoka Tech IT in Aug, FAFSA done, Pell approved. Needs a summer job; we applied together to 2 IT helpdesk internships. He gave his SSN 078-05-1120 for the work experience form.", 'I', 'P', true, [PII]),
  // Brynn speaks for herself on speaker; no date on this screen or in the note.
  note(MN, 'l14-pets-32', "Phone call with Brynn and her mom on speaker. Brynn said 'bakery good' and 'more Fridays'; mom confirmed she is now on Tues/Thurs/Fri, 9 hrs a week. Will visit the bakery next month.", 'T', 'P', true, [DM], { noDateField: true }),
  // The school account's "no longer monitored" auto-reply is like mail returned: the message never reaches him.
  note(MN, 'l14-pets-33', "7/8/2026 - Emailed Ayaan's school account about the internship interview. Got auto-reply: 'This account is no longer monitored after graduation.'", 'E', 'P', false, [UA]),
  note(MN, 'l14-pets-34', "7/9/2026 - Called Ayaan's cell, he picked up. Interview for the Allina IT internship went well, he starts 7/20, 20 hrs/wk, $18. Still starting Anoka Tech 8/25. I'll check in after his first week.", 'T', 'P', true),
  // The mother's voicemail was an attempt; Kaylee then called from her mother's phone and they talked.
  note(MO, 'l14-pets-35', "4/14/2026 - Called Kaylee's mom's cell, no answer, left VM. Kaylee texted me 'this is kaylee mom said u called' and called right after from mom's phone. Grooming shadow set for 4/22 at Pampered Paws; she's caught up in Biology (C). Next: pick her up 4/22 3rd hour.", 'T', 'P', true),
];
