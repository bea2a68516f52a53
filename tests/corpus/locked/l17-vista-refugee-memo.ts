/**
 * AmeriCorps VISTA members placed in refugee employment programs, who write their case notes as short memos to the
 * supervisor who signs off on them (locked split, batch 17: scored and floored, aggregates only): in Missouri, a
 * St. Louis and a Kansas City refugee employment office co-enrolling Afghan, Congolese and Ukrainian clients in
 * WIOA through the Job Center; in Minnesota, St. Cloud, Rochester and Worthington programs with Somali, Karen and
 * Afghan clients co-enrolled through CareerForce. The voice: "Hi Rachel -" or "For Deb:" at the top, first person,
 * careful and a little unsure ("I think he understood", "not 100% sure"), cultural context explained for the
 * supervisor, interpreters named (Language Line, a volunteer, a son), WhatsApp everywhere, the resettlement
 * caseworker, a co-sponsor, a mosque volunteer and the employer all in the same paragraph, and a question for the
 * supervisor at the end. Sources: VISTA member reflections and refugee employment program case notes.
 * Labels come from the policies and the definition of a qualifying contact, written before any checker ran on them.
 * How I read the hard cases: the VISTA member is program staff, so her two-way talk with the client counts. A call
 * through a phone interpreter, or in person with his son interpreting, is a contact with the client. A talk with
 * the co-sponsor or the cousin alone is someone else's (an alternate: in Missouri it counts only with substantive
 * knowledge of his progress, §2.2); the resettlement agency's caseworker and a mosque volunteer are other agencies'
 * people, never the client. A WhatsApp message from the client answering ours, with his news, is his written
 * response (MO §2.3); two blue ticks are not. A message left with his wife is a try. "I think he understood" still
 * records a talk; "I'm not sure it was him" does not.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'l17-vista-refugee-memo';
export const BATCH = 17;

export const NOTES: LabelledNote[] = [
  note(MO, 'l17-vista-refugee-memo-mo-001', `Hi Rachel - update on Ahmad S. (Afghan, SIV). I called him 2/4/26 with Language Line Dari interpreter #40217, we talked about 20 min. He finished week 3 of the forklift + warehouse class at St. Louis Community College, passed the written forklift test. He still wants to go back to driving (he drove for the army base). I think he understood that the CDL needs the permit first. Plan: keep the ITA for forklift through 2/27 per his IEP and look at CDL after. Is that ok?`, 'T', 'P', true, []),
  note(MO, 'l17-vista-refugee-memo-mo-002', `Rachel - tried Ahmad twice today 2/18/26 (10am and 3pm), no answer, his voicemail is in Dari so I'm not sure it's his. Left a short message in English anyway.`, 'T', 'P', false, [UA]),
  note(MO, 'l17-vista-refugee-memo-mo-003', `For Rachel: sent Ahmad a WhatsApp 2/19/26 asking him to call me about the forklift certificate. Two blue ticks (read) but no answer so far.`, 'E', 'P', false, [RP]),
  note(MO, 'l17-vista-refugee-memo-mo-004', `Rachel - Ahmad answered on WhatsApp 2/20/26 (voice message in English, his son helped): he passed the forklift driving test 2/19 and has an interview at the Amazon STL8 warehouse on 2/24. He asked if we still pay the bus pass. I wrote back yes through March. ITA closes after cert, job search continues per IEP.`, 'E', 'P', true, []),
  // The co-sponsor knows only that he is "busy".
  note(MO, 'l17-vista-refugee-memo-mo-005', `Hi Rachel - his co-sponsor from the church (Linda) called me 3/9/26 to say Ahmad is "very busy with the new job" but she didn't know where or his hours. I asked her to have him call. Should I count this?`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'l17-vista-refugee-memo-mo-006', `Rachel - Ahmad came to the office 3/16/26 with his son to interpret, we met 30 min. He started at Amazon STL8 on 3/2, night shift, $19.25/hr, 40 hrs. Passed 90 day probation? No - 30 day review is 4/1. He needs steel toe shoes reimbursement (receipt in file). WIOA follow-up continues per IEP until 90 days employed.`, 'I', 'P', true, []),
  note(MO, 'l17-vista-refugee-memo-mo-007', `For Rachel: Congolese family (Mr. Bahati K.) - the IRC caseworker (Pascal) told me on the phone 4/2/26 that Mr. Bahati started ESL at the International Institute and is looking for work in hotels. I have not talked to Mr. Bahati yet.`, 'T', 'O', false, [TP, JM]),
  note(MO, 'l17-vista-refugee-memo-mo-008', `Rachel - home visit to Mr. Bahati 4/9/26 in Dutchtown. His wife answered, he was at ESL. She doesn't speak English and the Swahili interpreter app didn't work well. I left my card and the WIOA flyer in Swahili.`, 'I', 'P', false, [UA]),
  note(MO, 'l17-vista-refugee-memo-mo-009', `Hi Rachel - Mr. Bahati called me 4/13/26 using his neighbor's phone, the neighbor interpreted (French). He goes to ESL 4 mornings a week, level 2 now. He applied at the Hyatt and the Marriott downtown (housekeeping, banquet). Interview at the Hyatt 4/16. I enrolled him in WIOA job search per the IEP we did at intake; he needs work boots and a bus pass.`, 'T', 'P', true, []),
  note(MO, 'l17-vista-refugee-memo-mo-010', `Rachel - 4/20/26 talked w/ Mr. Bahati. Good.`, '-', 'P', false, [CT, PM, JM, NS]),
  note(MO, 'l17-vista-refugee-memo-mo-011', `For Rachel (KC office): Olena P. (Ukrainian, U4U) - she emailed me 5/5/26 in English: "I passed the NCLEX-PN application step, the board approved my foreign transcripts, my test date is 6/2. Still working at the bakery 30 hours." I wrote back with the test prep course info. IEP goal LPN in Missouri, services continue through licensure.`, 'E', 'P', true, []),
  note(MO, 'l17-vista-refugee-memo-mo-012', `Rachel - emailed Olena 6/8/26 to ask how the NCLEX went. Nothing back yet, it's only been two days.`, 'E', 'P', false, [RP]),
  note(MO, 'l17-vista-refugee-memo-mo-013', `Hi Rachel - Olena called 6/15/26!! She passed the NCLEX-PN on 6/2, license # pending on the board site. She has an interview at Truman Medical Centers 6/19 for an LPN job. I said we can help with the license fee. Continue WIOA through placement per IEP.`, 'T', 'P', true, []),
  // A mosque volunteer's word: someone else's.
  note(MO, 'l17-vista-refugee-memo-mo-014', `Rachel - at the Daar ul-Islam food pantry 7/1/26 one of the volunteers told me Mr. Hamid R. (our client) started at the Hussmann plant. I didn't see Mr. Hamid there. Need to confirm with him.`, 'I', 'O', false, [TP, JM]),
  note(MO, 'l17-vista-refugee-memo-mo-015', `For Rachel: called Mr. Hamid 7/6/26 w/ Pashto interpreter (Language Line), a man answered and said wrong number. I'm not sure it was him. Updating the phone # from the IRC file and will try again.`, 'T', 'P', false, [UA]),
  note(MO, 'l17-vista-refugee-memo-mo-016', `Rachel - 7/8/26 reached Mr. Hamid at the new number w/ interpreter (Pashto #51188), 15 min. Yes, he started at Hussmann 6/29 in assembly, 2nd shift, $18/hr, 40 hrs. He still goes to ESL on Saturdays. WIOA retention follow-up continues per IEP; he wants the forklift class later.`, 'T', 'P', true, []),
  note(MO, 'l17-vista-refugee-memo-mo-017', `Rachel - I mailed the 30 day follow-up letter (Dari and English) to Ahmad 7/10/26 because his WhatsApp number stopped working.`, 'L', 'P', false, [RP]),

  note(MN, 'l17-vista-refugee-memo-mn-001', `Hi Deb - Abdiwali M. (Somali, St. Cloud) came in 2/3/26 with his cousin for the ISS meeting, the cousin interpreted but Abdiwali answered most questions in English himself. He is in week 2 of the CDL class at St. Cloud Tech, permit passed 1/28. Working part time at Pilgrim's Pride (Cold Spring) 24 hrs. We updated the ISS and I entered the CDL training in WF1.`, 'I', 'P', true, []),
  note(MN, 'l17-vista-refugee-memo-mn-002', `Deb - called Abdiwali 2/24/26, his wife answered and said he is driving with the instructor. I left a message with her. Not sure she will tell him (she said "ok ok").`, 'T', 'P', false, [UA]),
  note(MN, 'l17-vista-refugee-memo-mn-003', `Deb - Abdiwali WhatsApp'd me back 2/25/26: "sorry I was driving. Pre-trip test passed, road test 3/10." I asked if he needs the DOT physical paid, he said yes. Record and ISS reviewed.`, 'E', 'P', true, []),
  // Only the cousin this month.
  note(MN, 'l17-vista-refugee-memo-mn-004', `For Deb: Abdiwali's cousin (Hodan) stopped by the office 3/16/26 to drop off Abdiwali's road test result - passed 3/10, Class A CDL issued. Abdiwali is out of state on a training run with Bay & Bay. Cousin says he'll be back 3/30.`, 'I', 'A', false, []),
  note(MN, 'l17-vista-refugee-memo-mn-005', `Deb - 3/31/26 I called Abdiwali and we talked 10 min (English). He's back from the run, Bay & Bay hired him as a regional driver at $0.62/mile starting 4/6. ISS updated for employment, WF1 training activity closed (completed).`, 'T', 'P', true, []),
  note(MN, 'l17-vista-refugee-memo-mn-006', `Hi Deb - Karen family in Worthington (Mr. Saw Htoo). Sent a letter 4/2/26 in Karen and English asking him to call about the JBS training slot. Nothing back yet, will follow up next week.`, 'L', 'P', false, [RP]),
  note(MN, 'l17-vista-refugee-memo-mn-007', `Deb - 4/8/26 drove by Mr. Saw Htoo's apartment (Worthington) after work, nobody answered the door. His neighbor said the family is at church on Wednesday evenings.`, 'I', 'P', false, [UA]),
  note(MN, 'l17-vista-refugee-memo-mn-008', `Deb - 4/12/26 met Mr. Saw Htoo at the Karen Baptist church after service (his pastor helped interpret), about 20 min outside. He wants the JBS maintenance training, has worked 2 years on the kill floor, day shift. He can do Tuesday/Thursday evening classes at Minnesota West. I'm not 100% sure he understood the 6-month commitment, I will go over it again. ISS started.`, 'I', 'P', true, []),
  note(MN, 'l17-vista-refugee-memo-mn-009', `Deb - the Lutheran Social Service caseworker emailed me 4/20/26 that Mr. Saw Htoo signed up for Minnesota West Industrial Maintenance, starts 5/5. I haven't talked to him since 4/12.`, 'E', 'O', false, []),
  note(MN, 'l17-vista-refugee-memo-mn-010', `Deb - phone call 5/19/26 with Mr. Saw Htoo, his daughter (14) on speaker to interpret. Two weeks of class done, attended all 4 evenings, first quiz 7/10. Still at JBS full time. I reviewed his record and enrollment in WF1, ISS ok.`, 'T', 'P', true, []),
  note(MN, 'l17-vista-refugee-memo-mn-011', `Deb - texted Mr. Saw Htoo 6/16/26 and his daughter's number, no answer from either. Called 6/22, NA.`, 'T', 'P', false, [UA, RP]),
  note(MN, 'l17-vista-refugee-memo-mn-012', `Deb - Rochester: Fatima A. (Afghan, humanitarian parole). Zoom 6/9/26 with Dari interpreter from Language Line, 25 min. She finished 6 weeks of the RCTC CNA prep English class, passed the class test. CNA class at RCTC starts 7/6, registered. Childcare at the Y in place. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'l17-vista-refugee-memo-mn-013', `Deb - Fatima WhatsApp 7/13/26: thumbs up sticker to my message about the first week of CNA class. That's all.`, 'E', 'P', false, [RP]),
  note(MN, 'l17-vista-refugee-memo-mn-014', `For Deb: met Fatima at RCTC 7/22/26 between classes, 15 min with her friend interpreting. She's doing ok.`, 'I', 'P', true, [PM, NS]),
  note(MN, 'l17-vista-refugee-memo-mn-015', `Deb - Fatima called me 8/14/26 from the clinic where she did her clinicals. Passed CNA skills at RCTC 8/12, state written test 8/28. Mayo Clinic and Samaritan Bethany both want her to apply. I reviewed her ISS and WF1 enrollment with her.`, 'T', 'P', true, []),
  note(MN, 'l17-vista-refugee-memo-mn-016', `Deb - I talked with Fatima's husband. He said she passed the state test and starts at Samaritan Bethany next week. I'll confirm with Fatima.`, '-', 'A', false, [CT, DM], { noDateField: true }),
  note(MN, 'l17-vista-refugee-memo-mn-017', `Deb - question for you: is a WhatsApp video call ok for the monthly contact? I did one 9/10/26 with Fatima (15 min): she started at Samaritan Bethany 9/2 as a CNA, nights, $20.50/hr, 3 shifts a week so far. ISS updated.`, 'T', 'P', true, []),
];
