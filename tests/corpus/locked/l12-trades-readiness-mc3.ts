/**
 * Building-trades readiness programs (locked split, batch 12: scored and floored, aggregates only): pre-apprenticeship
 * coordinators who teach the Multi-Craft Core Curriculum (MC3) to cohorts of WIOA adults and young adults in St. Louis,
 * Kansas City and Springfield and in Minneapolis, St. Paul and Duluth, and get them into the unions' apprenticeship
 * programs. The writers came out of the trades (a retired ironworker, a carpenter who hurt his back, a laborers'
 * steward) and write like a job-site foreman: cohort numbers and week counts ("C14 wk 6/10"), OSHA-10, NCCER Core,
 * the tape test, the math refresher, JATC aptitude tests and interviews, direct entry, the out-of-work list and the
 * hall's dispatch, swearing-in, 5:30 a.m. starts, boots and tool vouchers, calls from roofs and bus stops.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. Teaching the cohort is no contact with one trainee; a talk with him alone, at the shop or on a site,
 * is. The MC3 instructor is the provider, and so is the contractor's foreman who reports on his on-the-job training
 * (Missouri: counts with substantive progress and a reason to continue, §2.2; Minnesota: recorded, never the monthly
 * contact); a wife listed on the plan is the alternate; a union business agent, a JATC's coordinator, a cousin in
 * the same cohort and a brother asking about the next one are someone else.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, note, type LabelledNote } from '../types';

export const STYLE = 'l12-trades-readiness-mc3';
export const BATCH = 12;

export const NOTES: LabelledNote[] = [
  note(MO, 'l12-trades-readiness-mc3-mo-001', `C14 wk 4/10 — 2/19/26. In person at the training center shop, me and Deshawn, 20 min at the layout table after class. OSHA-10 card came in. NCCER Core modules 1-5 done, tape test 100%, math refresher quiz 17/20. Perfect attendance so far. Keeping him in the pre-app (WIOA adult OST) through graduation 3/27; next step is the carpenters' application packet.`, 'I', 'P', true),
  // He called the writer from a bus stop at dawn; they talked it through. A real call, with progress and a next step.
  note(MO, 'l12-trades-readiness-mc3-mo-002', `2/24/26 5:40 a.m. Deshawn called my cell from the bus stop on Natural Bridge — truck threw a belt, he's going to be late. Talked 5 min. He's had zero absences till today and he's scared it'll count against him. Told him late with a call is not a no-show in our book. Putting in a support services request for a 30-day Metro pass so he keeps 100% through graduation.`, 'T', 'P', true),
  // The MC3 instructor is the provider; he gave attendance, a failing module and what comes next.
  note(MO, 'l12-trades-readiness-mc3-mo-003', `3/3/26 TC w/ Ray Tillman (MC3 instructor, KC cohort). Luis has 2 absences this month, both Mondays, and is failing the construction math module (61%). Hands-on is strong — best framing in the cohort. Ray wants him in Tues/Thurs tutoring; I agreed and will keep Luis in the program under his IEP, with a check on the math grade in two weeks.`, 'T', 'V', true),
  note(MO, 'l12-trades-readiness-mc3-mo-004', `3/5/26 Called the instructor, he said Marco's fine.`, 'T', 'V', false, [TP, PM, JM, NS]),
  // A business agent keeps the hall's list; he is not Luis's training provider.
  note(MO, 'l12-trades-readiness-mc3-mo-005', `3/9/26 TC w/ business agent at the laborers' hall. He says Luis signed the out-of-work book Friday and is number 41 on it. Dispatch is slow till April. Agent said he would call me if anything moves.`, 'T', 'O', false, [TP, PM, JM]),
  // In the hallway before the JATC aptitude test the two of them talked; that is a contact in person.
  note(MO, 'l12-trades-readiness-mc3-mo-006', `4/3/26 At the electricians' JATC in Springfield for aptitude test day. Talked w/ Tyrell in the hallway about 5 min before he went in. He graduated the pre-app Friday (10/10 weeks, OSHA-10, NCCER Core, forklift). He did the algebra prep book twice and feels ready. Results in 2 wks. WIOA stays open for placement help — next step is the interview prep if he passes.`, 'I', 'P', true),
  note(MO, 'l12-trades-readiness-mc3-mo-007', `C15 orientation 4/13/26 8 a.m. — Kendrick no show. No call.`, 'I', 'P', false, [UA]),
  note(MO, 'l12-trades-readiness-mc3-mo-008', `4/20/26 Texted Luis: "Hall says you're dispatched Monday to the hospital job on Grand?" No reply as of end of day.`, 'E', 'P', false, [RP]),
  // His text back answers the writer's text with the job and the start; a written reply from him.
  note(MO, 'l12-trades-readiness-mc3-mo-009', `4/21/26 Luis texted back 6:10 a.m.: "yes sir starting mon at the hospital site, 6am, Laborers, foreman is Dwayne. need boots tho." Working 40 hrs as a laborer apprentice; the contractor signed our OJT contract for his first 480 hrs. I'll put in the boot voucher today and keep him in the OJT under his IEP.`, 'E', 'P', true),
  // The contractor's foreman on Luis's WIOA OJT, with hours and performance: the activity provider.
  note(MO, 'l12-trades-readiness-mc3-mo-010', `5/12/26 OJT site visit, hospital job on Grand. Talked w/ foreman Dwayne Pruitt at the trailer — Luis was up on the deck and I didn't pull him off. Luis has worked every shift since 4/27, 40 hrs/wk plus 6 OT last week, foreman says he's the first one on the hoist and listens. That's about 100 of 480 OJT hrs. OJT continues per the contract; I'll catch Luis at the gate next Tuesday about his first RTI night class.`, 'I', 'V', true),
  note(MO, 'l12-trades-readiness-mc3-mo-011', `5/14/26 Mailed Kendrick a letter (certified) — missed C15 orientation and weeks 1-4, asking him to call me by 5/29 if he wants a seat in C16.`, 'L', 'P', false, [RP]),
  // The cousin in the cohort is someone else; what he says about Kendrick is hearsay.
  note(MO, 'l12-trades-readiness-mc3-mo-012', `5/18/26 Kendrick's cousin Terrence (C15, in class today) told me at break that Kendrick took a warehouse job in Hazelwood, nights, and "isn't coming back to this." Haven't heard from Kendrick himself.`, 'I', 'O', false, [TP, JM]),
  note(MO, 'l12-trades-readiness-mc3-mo-013', `5/20/26 talked to Deshawn at the shop, good.`, 'I', 'P', true, [PM, JM, NS]),
  // He answered from a roof and put it off; nothing was exchanged.
  note(MO, 'l12-trades-readiness-mc3-mo-014', `5/27/26 TC to Tyrell 12:15. He picked up — "I'm on a roof, call me tonight" — and hung up.`, 'T', 'P', false, [UA]),
  // The brother came about the next cohort; Marcus stayed in the truck. Not a contact with Marcus.
  note(MO, 'l12-trades-readiness-mc3-mo-015', `6/1/26 Marcus's brother Andre came in to ask about C16 — did his screening and gave him the application. Marcus drove him but stayed out in the truck; didn't talk to him about his own stuff.`, 'I', 'O', false, [TP, PM, JM]),
  note(MO, 'l12-trades-readiness-mc3-mo-016', `6/9/26 Went to the carpenters' training center for the swearing-in. Deshawn was sworn in as a first-year carpenter apprentice, indentured to a contractor in St. Charles, first RTI block in September. Talked with him and his mom after, 15 min — he starts on the contractor's crew 6/15 at $22.40. Closing the pre-app activity as completed; WIOA follow-up continues, next check at 30 days on the job.`, 'I', 'P', true),
  // The voicemail alone would be nothing; the call back reached him.
  note(MO, 'l12-trades-readiness-mc3-mo-017', `7/7/26 Tyrell left me a VM at 6:50 pm. Called him back 7:05 and got him. He passed the JATC aptitude (qualified score) and had the interview 7/1; he's ranked and waiting for the August intake. Meanwhile he's working for a sign company, 32 hrs. Keeping him open in WIOA for placement; next call after the August list comes out.`, 'T', 'P', true),

  note(MN, 'l12-trades-readiness-mc3-mn-001', `Cohort 9 wk 3/8 — 1/22/26. Met w/ Abdirahman at the Minneapolis shop after class, 20 min. Tape test 100%, OSHA-10 finished Monday, 2 of 6 NCCER modules done. One tardy (snow). ISS reviewed, activities in WF1 match (pre-apprenticeship OST).`, 'I', 'P', true),
  note(MN, 'l12-trades-readiness-mc3-mn-002', `1/29/26 TC w/ Kenzie 4:30p. She passed the forklift practical yesterday and has her card. Math refresher she's at 80%. Says the cold walk from the bus is the worst part. Next is the scaffold module. Reviewed ISS.`, 'T', 'P', true),
  // The instructor is the provider: recorded, never the monthly contact in Minnesota.
  note(MN, 'l12-trades-readiness-mc3-mn-003', `2/4/26 TC w/ instructor (Duluth cohort). Cody has 1 absence, passed NCCER modules 1-4, best on the rigging knots. Instructor thinks he's a fit for the ironworkers.`, 'T', 'V', false),
  note(MN, 'l12-trades-readiness-mc3-mn-004', `2/9/26 Tape test retake 9 a.m. — Jamal didn't show.`, 'I', 'P', false, [UA]),
  note(MN, 'l12-trades-readiness-mc3-mn-005', `2/9/26 Called Jamal 10:15 after the no-show, NA, left VM asking him to call me.`, 'T', 'P', false, [UA]),
  // Her e-mail reply with the card photo and her own words answers the writer.
  note(MN, 'l12-trades-readiness-mc3-mn-006', `2/12/26 Kenzie emailed back (I'd asked for her scaffold card): photo of the card attached and "passed scaffold too, 2 more modules and I'm done, can we talk about the painters' application?" Will call her Monday about the DC 82 application.`, 'E', 'P', true),
  // The mail server sent it back: nobody read it.
  note(MN, 'l12-trades-readiness-mc3-mn-007', `2/16/26 Emailed Jamal the retake schedule — bounced back, "address not found." Will mail it.`, 'E', 'P', false, [UA]),
  // Teaching the résumé session to the whole cohort is no exchange with one trainee.
  note(MN, 'l12-trades-readiness-mc3-mn-008', `2/18/26 Taught the resume + cover letter session to Cohort 9 (14 trainees, 2 hrs). Abdirahman attended and turned in his draft resume.`, 'I', 'P', false),
  // Afterwards, alone with him for ten minutes: that is a contact.
  note(MN, 'l12-trades-readiness-mc3-mn-009', `2/18/26 After the resume session stayed w/ Abdirahman 1:1 about 10 min. He finished all 6 NCCER modules and the math refresher (88%). He wants the sheet metal workers' apprenticeship over carpenters because of his uncle. We'll do the application together 2/25. ISS updated.`, 'I', 'P', true),
  // The wife is listed on the plan: recorded as the alternate, not the monthly contact.
  note(MN, 'l12-trades-readiness-mc3-mn-010', `2/23/26 TC w/ Cody's wife Brianna (alternate on ISS). Cody is on the night shift at the mill this week; she says he finished the pre-app Friday and passed everything, and the ironworkers' interview is 3/10.`, 'T', 'A', false),
  // The JATC's coordinator is not the program that trains him here.
  note(MN, 'l12-trades-readiness-mc3-mn-011', `3/2/26 TC from the electricians' JATC coordinator. Jamal's application is missing his transcript; deadline is 3/13. She asked me to let him know.`, 'T', 'O', false, [PM]),
  note(MN, 'l12-trades-readiness-mc3-mn-012', `3/3/26 Called Jamal about the transcript. He answered, said "I'm driving, I'll call you back," hung up. No call back.`, 'T', 'P', false, [UA]),
  note(MN, 'l12-trades-readiness-mc3-mn-013', `3/11/26 TC w/ Cody. ok.`, 'T', 'P', true, [PM, NS]),
  // The date is in the text, on a page with no date field.
  note(MN, 'l12-trades-readiness-mc3-mn-014', `3/17/26 OV — Kenzie came to the St. Paul office. She finished the pre-app 3/13 (8/8 weeks, OSHA-10, forklift, scaffold, NCCER Core). Did the painters' application with her today, submitted online; interview window is April. Reviewed ISS; pre-app ended completed in WF1, job search added.`, 'I', 'P', true, [], { noDateField: true }),
  // With the Somali interpreter on speaker, the two of them talked; the interpreter is only the voice.
  note(MN, 'l12-trades-readiness-mc3-mn-015', `3/24/26 In person at the shop, Abdirahman and me, his cousin's friend interpreting part of it in Somali when the terms got hard. Sheet metal application submitted 3/20; aptitude test is 4/18. He's working part-time at the airport (24 hrs). We set up 3 math tutoring nights before the test. ISS reviewed.`, 'I', 'P', true),
  // The site tour never happened (ice); nobody saw anybody, and nobody tried to reach him: no attempt either.
  note(MN, 'l12-trades-readiness-mc3-mn-016', `4/7/26 Cohort 10 job site tour at the stadium project canceled, ice on the deck. Did not see any trainees. Rescheduled for 4/14.`, 'I', 'P', false),
  // His unprompted text tells the writer his own news in his own words.
  note(MN, 'l12-trades-readiness-mc3-mn-017', `5/4/26 Text from Cody 5:12 a.m.: "passed drug test, ironworkers sworn me in sat, first dispatch tmrw to the bridge job in duluth." Closing pre-app, starting follow-up in WF1. Will send him the tool voucher form.`, 'E', 'P', true),
];
