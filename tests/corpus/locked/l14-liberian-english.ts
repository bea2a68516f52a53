/**
 * Liberian-born case managers writing in Liberian English (locked split, batch 14: scored and floored, aggregates
 * only): WIOA adult and dislocated-worker case managers who came from Monrovia and Gbarnga in the 1990s and 2000s,
 * now at a CareerForce office in the northwest suburbs of Minneapolis (Brooklyn Park and Brooklyn Center, the
 * largest Liberian community in the country) and at job centers in North St. Louis County and Kansas City, Missouri.
 * Many of their participants are Liberian too: CNAs, warehouse and Amazon workers, CDL students, phlebotomy and
 * pharmacy-tech students, GED and ESL learners. The voice: verbs without endings ("he pick up", "she pass it"),
 * "plenty" and "small-small", "he is there" (he is doing all right), "how the body?", "the phone was ringing
 * ringing", "not picking", "I carried him" (took him), "one time" (right away), "the old ma", a sentence-final
 * "o", "let me hear from you", the school people, church and the community's July program.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them, reading the idiom as the writer means it. A talk with the participant, however short, is a contact; a
 * call he picked up only to say "call me later", a call that cut after hello, his voicemail full of news and a wave
 * across a store are not. A text or letter counts once the participant writes back. An instructor is the provider,
 * and an uncle or wife named as alternate on the plan the alternate (Missouri: counts with substantive progress and
 * a reason to continue, §2.2; Minnesota: recorded, never the monthly contact); an aunt, a brother or a wife met at
 * church who is not on the plan is someone else, and what they say is their word.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l14-liberian-english';
export const BATCH = 14;

export const NOTES: LabelledNote[] = [
  note(MN, 'l14-lib-01', "11/3/2025 - Yarkpawolo Flomo came to the office this morning, we sat down face to face. He say the CNA class at the college is going small-small but he is there: he pass the skills check on vitals last Thursday, only the bed making giving him hard time. State test is 12/9. I told him to be coming to the open lab Tuesdays. We will talk again 12/1.", 'I', 'P', true),
  note(MN, 'l14-lib-02', "Called Musu Dolo plenty times this week, the phone was ringing ringing, nobody picking. Tuesday it went to voicemail, I left message for her to call me back. Will try again Monday.", 'T', 'P', false, [UA], { field: 'T' }),
  // The aunt is not on the ISS: her word about Musu is no contact with Musu.
  note(MN, 'l14-lib-03', "Musu aunty called me 11/12 (she is not on the ISS). She say Musu is fine, she going to the phlebotomy class every day and she will call me. I told the old ma thank you, let Musu call me one time.", 'T', 'O', false),
  note(MO, 'l14-lib-04', "TC w/ Emmanuel Kollie 2/10/2026. The man pick up this time and we talk for like 20 min. He finish week 3 of the CDL-A class at the truck school in Fenton, he pass his permit test already, the range part he say it hard small but he is managing. He need the bus pass again for March, I will put the request. ITA remain, he need to finish the 160 hours to test. I will call him back 3/2.", 'T', 'P', true),
  note(MO, 'l14-lib-05', "Sent text to Comfort Wesseh 2/11: 'Hello Comfort, how the body? Please call me about your MA class attendance, let me hear from you o.' Text show delivered. No reply as of 4pm.", 'E', 'P', false, [RP]),
  // She answered, but only to put the call off; the evening call was not picked up: no exchange happened.
  note(MO, 'l14-lib-06', "Called Comfort back 2/12, she pick up but she was at work, she say 'I can't talk now, call me after 6.' I call after 6, no answer. Will try her tomorrow.", 'T', 'P', false, [UA]),
  // Hello and then the line cut: nothing was exchanged.
  note(MN, 'l14-lib-07', "Phone call w/ Joseph Tarr 1/14 - he pick up, we greet, then the call cut. I call back 3 times, straight to voicemail. I think his phone die. Nothing discussed.", 'T', 'P', false, [UA]),
  // He called from his cousin's phone: it is still Joseph on the line.
  note(MN, 'l14-lib-08', "Joseph Tarr call me back 1/15 from his cousin phone, his own phone die yesterday. We talk plenty: he is in week 6 of welding at Hennepin Tech, instructor give him 88 on the last bend test, he miss one day for immigration appointment. He still want to finish and go to the pipe welding. Next contact February.", 'T', 'P', true),
  // The instructor gives attendance, grades and the next milestone, and the writer says why the ITA continues (§2.2).
  note(MO, 'l14-lib-09', "Spoke with Mrs. Hatcher, instructor at the medical assistant program on Natural Bridge, about Comfort Wesseh 2/18. She say Comfort attendance is 94%, she pass the phlebotomy module with 91, she is on track for externship in April. Comfort need the ITA to continue so she can finish the externship. I will call Comfort herself next week.", 'T', 'V', true),
  // "He is there, he is doing ok" is no progress in detail.
  note(MO, 'l14-lib-10', "Talked to the school people at the CDL school 2/20 about Emmanuel. They say he is there, he is doing ok. Nothing more.", 'T', 'V', false, [TP]),
  // Minnesota: the instructor's report is recorded, but the monthly contact must be with Joseph.
  note(MN, 'l14-lib-11', "Call to Hennepin Tech welding instructor 2/9 re: Joseph Tarr. Instructor say he is one of the good ones, attendance 100% since the break, bend tests passing. I still need to talk to Joseph himself this month.", 'T', 'V', false),
  note(MO, 'l14-lib-12', "Emmanuel had appointment with me 3/2 at 10am. He never come. I wait until 10:45. Called him, voicemail full, could not leave message.", 'I', 'P', false, [UA]),
  // The brother came for his own orientation; Emmanuel was not there.
  note(MO, 'l14-lib-13', "Emmanuel Kollie brother Sam came in today 3/4 for his own orientation. He told me Emmanuel is on the road with the truck school for the night drive and he is fine. I did not talk to Emmanuel.", 'I', 'O', false),
  // "We talk small" is a short two-way talk in person: thin, but it happened. No date field on this screen and none in the text.
  note(MN, 'l14-lib-14', "Saw Musu Dolo at the office today, she came for the bus card. We talk small.", 'I', 'P', true, [PM, NS, DM], { noDateField: true }),
  // His letter back is the written response the policy accepts.
  note(MO, 'l14-lib-15', "Mail letter to Kpadeh Sumo 1/6 because his phone is off. He write back, letter come 1/20: he finish the forklift class and got the certificate, he start at the warehouse in Hazelwood 1/19, 2nd shift, $18.50. Need to verify with the employer and get paystub. Will keep him in follow-up services.", 'L', 'P', true),
  note(MO, 'l14-lib-16', "Mail letter to Kpadeh Sumo 12/2/2025 asking him to call me about the forklift class. Nothing come back yet, and the letter not return either.", 'L', 'P', false, [RP]),
  note(MO, 'l14-lib-17', "Letter to Patience Kamara came back 1/28 'return to sender, not at this address'. Will ask the ESL teacher if she know the new address.", 'L', 'P', false, [UA]),
  note(MN, 'l14-lib-18', "Email from Patience Gbessay 3/4 answering my email of 3/2: she pass the GED math, 148, the reading test is next week 3/12, she want to start the pharmacy tech after. I reply her congratulations and told her send me the score sheet.", 'E', 'P', true),
  // A read receipt is not an answer.
  note(MN, 'l14-lib-19', "Sent email to Patience 4/1 about the pharmacy tech application. Outlook say 'Read: 4/1/2026 3:12 PM'. She never answer me.", 'E', 'P', false, [RP]),
  note(MN, 'l14-lib-20', "Home visit Brooklyn Center 4/8 with Patience Gbessay, her ma was there too. Patience show me her acceptance letter for pharmacy tech, classes start 5/4. She worried about the childcare so we fill the CCAP form together. Next month I will see her at the office.", 'I', 'P', true),
  // The wife is not on the plan and Kpadeh was not there: her news is hearsay.
  note(MO, 'l14-lib-21', "Saw Kpadeh wife Martha at church Sunday 2/22, she say Kpadeh is working plenty overtime now and he will come see me. Martha is not on his plan.", 'I', 'O', false),
  // The uncle is the alternate named on the IEP and gives hours, wage and dates; follow-up continues (§2.2).
  note(MO, 'l14-lib-22', "Kpadeh not reachable so I call his alternate contact on the IEP, his uncle Moses Sumo, 2/24. Uncle say Kpadeh is at the warehouse full-time since 1/19, 40 hrs a week, he pass the 30 days and got his first raise to $19. He lost his phone, he will get new one Friday. Follow-up services continue to help him keep the job.", 'T', 'A', true),
  note(MN, 'l14-lib-23', "Called Joseph wife Esther 3/20 (alternate contact on the ISS) because he was not picking. She say he is at welding class, his grade is good and he got his tack welds passed.", 'T', 'A', false),
  note(MO, 'l14-lib-24', "Office visit 3/5 w/ Emmanuel. He bring his CDL-A license, he pass the skills test 3/3! We update his resume together. His SSN 078-05-1120 was wrong on the school certificate, I told him carry it back to the school to fix it. Next: job search with the trucking companies, I call him 3/12.", 'I', 'P', true, [PII]),
  // He picked up and they talked, but only about the gas card: a thin contact with no progress.
  note(MN, 'l14-lib-25', "TC 10/14 with Boakai Dolo. He pick up and we talk. He ask me about the gas card, I told him bring the receipt.", 'T', 'P', true, [PM, NS]),
  note(MN, 'l14-lib-26', "Reviewed Boakai file 10/20. ISS activity still 'Occupational skills training', school end date 12/19. No contact today.", '-', '-', false),
  // A real talk about her plan at a community event is an in-person contact wherever it happens.
  note(MO, 'l14-lib-27', "Met Patience Kamara at the Liberian community July 26 program in Florissant. We stood outside and talk for some time: she finish ESL level 4 and she move to the evening GED class at the library, she need help with bus to the class. I told her come to the office Tuesday for the bus request. Plan continue: GED then the CNA.", 'I', 'P', true),
  note(MO, 'l14-lib-28', "Saw Patience at the Shop 'n Save on W Florissant 8/9, she wave to me from the other line, we never talk. She look fine.", 'I', 'P', false),
  // His voicemail carries news, but the call back was not answered: no exchange.
  note(MN, 'l14-lib-29', "Boakai leave voicemail for me Saturday 11/8: 'Hello, it's Boakai, I start the job at the Amazon in Shakopee, I will call you.' I call him back Monday 11/10, it ringing no answer, left message.", 'T', 'P', false, [UA]),
  // His text back, with news, answers hers: a written response.
  note(MN, 'l14-lib-30', "Text with Boakai 11/18: I ask how the job going. He answer: 'Job fine, I'm on nights 4 days, I already pass the probation, thank you for the help.' I told him congratulations, I will check on him next month.", 'E', 'P', true),
  // They talked, but "class going fine" is no progress in detail and nothing says why services continue.
  note(MO, 'l14-lib-31', "TC w/ Sam Flomo 9/9. He is there. Class going fine. Will call next month.", 'T', 'P', true, [PM, JM, NS]),
  // A workshop the writer taught to a group, with no word one on one, is no individual contact.
  note(MO, 'l14-lib-32', "Sam Flomo was in the Tuesday resume workshop 9/16 with 12 other people, I teach it. He sign in and leave early, we never talk one on one.", 'I', 'P', false),
  note(MN, 'l14-lib-33', "Called Yarkpawolo 12/1, he answer but he say he is in the clinical at the nursing home, he can't talk, he will call me tonight. He never call.", 'T', 'P', false, [UA]),
  note(MN, 'l14-lib-34', "Yarkpawolo call me 12/3 evening. We talk: he pass the CNA state test, written and skills both! He apply at 2 nursing homes in Robbinsdale, interview Friday. I told him bring the certificate for the file. Will follow up next week.", 'T', 'P', true),
  // The first call went unanswered, but he called back and they talked: the attempt words do not undo the contact.
  note(MO, 'l14-lib-35', "Called Sam Flomo 10/14, first time no answer, I left message. He call me back 10 minutes later and we talk: he pass the forklift written test, the driving part is 10/21. He need steel toe boots for the warehouse job after, I will do the request. Next call after the test.", 'T', 'P', true),
];
