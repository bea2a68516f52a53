/**
 * Riding along with a mobile food pantry (locked split, batch 12: scored and floored, aggregates only): job-center
 * outreach workers who ride the regional food bank's mobile pantry truck to church lots, fire-station aprons and
 * fairgrounds in rural counties (Dallas, Texas and Pemiscot counties in Missouri; Cass, Aitkin and Beltrami counties
 * in Minnesota) and set up a folding table at the end of the drive-through line. Their notes are stop logs: stop
 * number, town and lot, times and household counts, talks through a car window while volunteers load the trunk,
 * people who drive through without stopping, relatives picking up boxes, volunteers passing along news, flyers
 * handed into cars, breakdowns and snow that cancel a route, and the texts and calls that follow.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. Talking with her through her car window about her training is an in-person contact; a wave, a flyer
 * with a "thanks," a name on a sign-in sheet and a stop that never happened are not. An adult-education instructor
 * whose class meets in the church hall is the provider; a husband or sister listed on the plan is the alternate
 * (Missouri: counts with substantive progress and a reason to continue, §2.2; Minnesota: recorded, never the
 * monthly contact); a pantry volunteer, a daughter and a neighbour in line are someone else.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l12-mobile-pantry-ridealong';
export const BATCH = 12;

export const NOTES: LabelledNote[] = [
  // Through the car window, while the trunk was loaded: an in-person exchange about her training.
  note(MO, 'l12-mobile-pantry-ridealong-mo-001', `Mobile pantry stop 2 — Buffalo, First Baptist lot, 3/5/26 10:30-12:00 (96 households). Talked w/ participant (Rita) at her car window while volunteers loaded her trunk, ~5 min. She finished week 6 of the CNA course at the tech center, passed the skills check on bed baths and vitals, clinicals start 3/23. Needs scrubs — will do a support services request. ITA continues through the state test.`, 'I', 'P', true),
  // She drove through the lane; a wave is not an exchange.
  note(MO, 'l12-mobile-pantry-ridealong-mo-002', `Stop 3 — Urbana fire station, 3/5/26 1:00-2:15. Saw participant (Jimmy) come through the drive-through lane in his brother's truck. Waved; line was backed up to the highway and volunteers kept it moving, couldn't stop him.`, 'I', 'P', false),
  // The daughter is not on the plan: someone else, however true what she says.
  note(MO, 'l12-mobile-pantry-ridealong-mo-003', `3/12/26 Stop 1 — Houston, Texas Co. fairgrounds. Participant's daughter (16) picked up the family's box. She said "Mom's at her welding class, she goes every Tuesday and Thursday now." Did not see participant.`, 'I', 'O', false, [TP, JM]),
  note(MO, 'l12-mobile-pantry-ridealong-mo-004', `3/12/26 Stop 1 — Houston. Participant (Wade) is a regular volunteer on the truck. Talked with him for 15 min while we broke down the tables. He passed the forklift written and driving test at the tech school Monday, card is coming, and has 2 weeks left of the warehouse skills course. Still wants the DC job in Cabool. Continue OST under the IEP; I'll send him the DC posting once his card comes.`, 'I', 'P', true),
  // The truck broke down and the stop never happened; no try to reach her was made either.
  note(MO, 'l12-mobile-pantry-ridealong-mo-005', `3/19/26 Truck broke down in Mountain Grove, stops 2-4 canceled (Licking, Raymondville, Houston). I had told participant (Tonya) I'd see her at the Houston stop. Did not see her.`, 'I', 'P', false),
  note(MO, 'l12-mobile-pantry-ridealong-mo-006', `3/20/26 TC w/ Tonya (follow-up to the canceled stop). Talked 10 min. She got 88% on her HiSET math practice test at the adult ed center, and is testing the real one 4/2 in Rolla. She asked about gas money for the trip — will request a gas card. Youth services continue under her ISS goal of HiSET by May.`, 'T', 'P', true),
  // A flyer and a "thanks" in a moving line is no exchange about her.
  note(MO, 'l12-mobile-pantry-ridealong-mo-007', `3/26/26 Stop 2 — Buffalo. Handed Rita the job fair flyer (Bolivar hospital hiring event 4/9) through her window; she said thanks and the line moved on.`, 'I', 'P', false),
  // A pantry volunteer passing along her news is someone else's report.
  note(MO, 'l12-mobile-pantry-ridealong-mo-008', `3/26/26 Stop 4 — Louisburg. Pantry volunteer (Mrs. Hadley) said participant (Kim) asked her to tell me she got hired at the nursing home in Buffalo, nights. I haven't talked to Kim.`, 'I', 'O', false, [TP, JM]),
  note(MO, 'l12-mobile-pantry-ridealong-mo-009', `3/27/26 TC to Kim, no answer, left message to call me about the new job.`, 'T', 'P', false, [UA]),
  note(MO, 'l12-mobile-pantry-ridealong-mo-010', `4/1/26 Texted Jimmy the truck's April schedule and asked him to stop at my table at the Urbana stop 4/2. No reply.`, 'E', 'P', false, [RP]),
  // Her text answers his, with her news: a written reply.
  note(MO, 'l12-mobile-pantry-ridealong-mo-011', `4/3/26 Tonya texted back (I'd texted Tues asking how the test went): "I'll be at the houston stop thurs. I PASSED math!! all 5 done." HiSET complete. Youth services continue for her next goal (CNA in the fall); will meet her at the stop 4/9.`, 'E', 'P', true),
  note(MO, 'l12-mobile-pantry-ridealong-mo-012', `4/9/26 saw Rita at stop 2 talked. fine.`, 'I', 'P', true, [PM, JM, NS]),
  // Her husband is the alternate on the plan and gives clinical hours and a finish date.
  note(MO, 'l12-mobile-pantry-ridealong-mo-013', `4/16/26 Stop 2 — Buffalo. Rita's husband (alternate contact on IEP) came through alone; she was at clinicals. He says she has 80 of 120 clinical hours, hasn't missed a day, and the state test is booked for 5/14. ITA continues through the state test; I'll call Rita after 5/14.`, 'I', 'A', true),
  // She said "not today" in the line and walked off: put off in person, like a call answered and put off.
  note(MO, 'l12-mobile-pantry-ridealong-mo-014', `4/23/26 Stop 4 — Louisburg. Kim was in line on foot. I went over to her; she said "not today, I'm on my way to work," and left with her box.`, 'I', 'P', false, [UA]),
  // The adult-ed instructor whose class meets in that church hall is the provider.
  note(MO, 'l12-mobile-pantry-ridealong-mo-015', `4/30/26 Stop 1 — Caruthersville, St. John's hall (adult ed class meets there Tues/Thurs). Talked with the adult ed instructor, Mr. Pruett, in the hall. Participant (Dontae) has attended 22 of 24 sessions, passed HiSET reading and writing, and is in the math group now; instructor expects math in June. Youth services and ISS goal continue; I'll see Dontae at the May stop.`, 'I', 'V', true),
  note(MO, 'l12-mobile-pantry-ridealong-mo-016', `5/4/26 Mailed letter to Jimmy (no working phone) asking him to come by my table at any pantry stop or call the job center about his IEP review.`, 'L', 'P', false, [RP]),
  // A Social Security number in the note is PII; the talk itself is a real contact.
  note(MO, 'l12-mobile-pantry-ridealong-mo-017', `5/14/26 Stop 1 — Caruthersville. Sat with Dontae in my car for 20 min with the laptop. He passed HiSET math 5/11 — done! We did his WIOA follow-up form; his SSN 489-55-0132 was wrong on the form and I fixed it. He starts at the cotton gin 5/26, full time. Youth follow-up services for 12 months.`, 'I', 'P', true, [PII]),

  note(MN, 'l12-mobile-pantry-ridealong-mn-001', `Mobile pantry, stop 1 — Remer community center lot, 2/4/26 9:30-11:00 (61 households). Talked w/ participant (Darlene) at her car window ~8 min while the volunteers loaded. She finished the phlebotomy course at the college in Brainerd, 100 sticks done, national exam 2/21. ISS reviewed with her.`, 'I', 'P', true),
  note(MN, 'l12-mobile-pantry-ridealong-mn-002', `2/4/26 stop 2 — Hill City. Participant (Kyle) waited at my table, we talked 10 min. GED classes at the ABE site Tues/Thurs, passed math and science, RLA is next. Started part-time at the resort kitchen, 15 hrs. ISS reviewed.`, 'I', 'P', true),
  // A pantry volunteer is someone else.
  note(MN, 'l12-mobile-pantry-ridealong-mn-003', `2/11/26 Stop 3 — McGregor. Pantry volunteer says participant (Shawn) moved to Duluth last week, staying with his sister. No contact with Shawn.`, 'I', 'O', false),
  // The sister is listed as the alternate: recorded, never the monthly contact.
  note(MN, 'l12-mobile-pantry-ridealong-mn-004', `2/11/26 Stop 1 — Aitkin fairgrounds. Darlene's sister (alternate on ISS) picked up for both households. She says Darlene passed the phlebotomy practice exams and is studying nights for the national.`, 'I', 'A', false),
  note(MN, 'l12-mobile-pantry-ridealong-mn-005', `2/23/26 TC w/ Darlene, 12 min. She passed the national phlebotomy exam 2/21. Interviewing at the clinic in Aitkin 3/2. Reviewed ISS, training ended completed in WF1, job search added.`, 'T', 'P', true),
  // They had agreed to meet at the stop; he did not come.
  note(MN, 'l12-mobile-pantry-ridealong-mn-006', `3/4/26 Stop 2 — Hill City. Kyle and I set last week to meet at my table today to do his ISS update. He did not come through the line.`, 'I', 'P', false, [UA]),
  note(MN, 'l12-mobile-pantry-ridealong-mn-007', `3/4/26 Texted Kyle: "missed you at Hill City, can you do Thursday at the ABE site?" No reply.`, 'E', 'P', false, [RP]),
  note(MN, 'l12-mobile-pantry-ridealong-mn-008', `3/6/26 Kyle texted back: "sorry was working a double. thursday works. passed RLA last wk so just social studies left." Set Thursday 3/12, 4 pm, at the ABE site.`, 'E', 'P', true),
  // Nothing connected: the type is that of the latest try, the text.
  note(MN, 'l12-mobile-pantry-ridealong-mn-009', `3/11/26 Route canceled for the storm (Cass Co. roads closed). Called Kyle to tell him, no answer, left a VM. Texted too.`, 'E', 'P', false, [UA, RP]),
  note(MN, 'l12-mobile-pantry-ridealong-mn-010', `3/18/26 stop 1, talked w/ Darlene. good.`, 'I', 'P', true, [PM, NS]),
  // A neighbour in line put his Spanish into English for both of them; the exchange is with the participant.
  note(MN, 'l12-mobile-pantry-ridealong-mn-011', `3/25/26 Stop 4 — Bemidji fairgrounds. Talked with participant (Rosa) at her car; her neighbour in line interpreted (Spanish). Rosa has finished 6 of 8 weeks of the housekeeping certificate at the college and the hotel on Paul Bunyan Dr. wants her for the summer. ISS reviewed; she wants to keep the class and start the job in May.`, 'I', 'P', true),
  // A name on the pantry's sign-in sheet at a stop the writer was not at.
  note(MN, 'l12-mobile-pantry-ridealong-mn-012', `4/1/26 Pantry's sign-in sheet from the Walker stop (I was at the Remer stop that day) shows participant (Shawn) picked up a box. Back in the area apparently.`, '-', 'P', false, [CT]),
  // She said she was in a hurry and drove off: put off in person.
  note(MN, 'l12-mobile-pantry-ridealong-mn-013', `4/8/26 Stop 3 — McGregor. Went to Shawn's girlfriend's car where Shawn was riding; he said they were in a hurry, kids in the back, "call me," and they pulled out.`, 'I', 'P', false, [UA]),
  // The ABE instructor is the provider: recorded, not the monthly contact in Minnesota.
  note(MN, 'l12-mobile-pantry-ridealong-mn-014', `4/15/26 Stop 2 — Hill City. ABE instructor came out to the truck. Kyle passed GED social studies 4/10, GED complete; he had 100% attendance since March.`, 'I', 'V', false),
  // His e-mail back, with his news in his words.
  note(MN, 'l12-mobile-pantry-ridealong-mn-015', `4/20/26 E-mail from Kyle (reply to my congratulations e-mail of 4/16): "thanks. the resort is making me line cook full time may 1. can I still do the culinary class in the fall?" Replied yes, we'll go over it at the May stop.`, 'E', 'P', true),
  // No date in the note and no date field on the page.
  note(MN, 'l12-mobile-pantry-ridealong-mn-016', `Stop 4, Bemidji. Rosa at my table, 10 min. She finished the housekeeping certificate and starts at the hotel next week, 32 hrs. ISS reviewed; moving her to employment in WF1.`, 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'l12-mobile-pantry-ridealong-mn-017', `5/6/26 Letter to Shawn at the Duluth address returned, "moved, left no address."`, 'L', 'P', false, [UA]),
];
