/**
 * Refugee employment specialists working through Dari and Pashto interpreters (locked split, batch 15: scored and
 * floored, aggregates only): an Afghan placement program at a resettlement agency in south St. Louis (Bevo Mill,
 * Affton) and a WIOA-funded newcomer employment desk in Rochester and the Twin Cities, Minnesota, serving Afghans
 * who came in 2021-2022 as humanitarian parolees and Special Immigrant Visa holders: former interpreters for US
 * forces, teachers, engineers, drivers, tailors. The writer speaks neither language and names every interpreter:
 * staff interpreters by first name, phone interpreters by vendor and ID ("Pashto via phone interpreter ID 55421"),
 * and a son or daughter who interprets when no one else can. Also: EADs and their renewals, Tazkira and degree
 * translations, the driver's permit test in Dari, ESL levels, Ramadan hours, WhatsApp voice notes, "inshallah",
 * meat-packing, hotel, airport and warehouse jobs, and the 8-month employment clock of the resettlement grant.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A talk with the participant through any interpreter, with the writer on the line or in the room, is a
 * contact; an interpreter who calls him alone and reports back, a son who answers for his father, a WhatsApp voice
 * note he leaves, a message marked read, and an interpreter who never connected are not. The ESL teacher and the
 * training program are the provider (Missouri: counts with substantive progress and a reason to continue, §2.2;
 * Minnesota: recorded, never the monthly contact); a brother named as alternate on the IEP is the alternate; a son,
 * a cousin, a mosque volunteer and a sponsor circle member not on the plan are someone else.
 */
import { MO, MN, UA, RP, TP, DM, note, type LabelledNote } from '../types';

export const STYLE = 'l15-dari-pashto-interpreted';
export const BATCH = 15;

export const NOTES: LabelledNote[] = [
  note(MO, 'l15-af-01', "10/15/2024 In-office appt w/ Mohammad Nasir Sharifi (SIV), Dari interpreter Farid (staff) present. Client finished week 2 of forklift class at the community college, attended all 4 sessions, passed written test 88%. Driving test for forklift 10/22. Says hands hurting from the hotel job, wants warehouse work after cert. Continue in OST per IEP: cert + placement. Next appt 10/29 w/ Farid.", 'I', 'P', true),
  note(MO, 'l15-af-02', "10/17/2024 TC to Gul Ahmad Zadran w/ Pashto phone interpreter (ID 55421) on 3-way. Client answered, said he is at work at the meat plant, can only talk 2 min. Confirmed he started 2nd shift 10/14, $18.50/hr, 40 hrs. Needs steel-toe boots for Monday - will bring receipt Thurs. Continue: retention services, 30-day check 11/14.", 'T', 'P', true),
  // The interpreter called him alone and reported back: the writer never spoke with him.
  note(MO, 'l15-af-03', "10/21/2024 Asked staff interpreter Farid to call Sharifi re: forklift driving test time change. Farid reached him, reports client knows about the change and will be there 10/22 at 9am.", 'T', 'O', false),
  note(MO, 'l15-af-04', "10/23/24 Sharifi walked in w/o appt (no interpreter available). Showed me his forklift card - passed driving test 10/22! Used Google Translate on his phone + my little Dari: he wants to apply at the Amazon site in Hazelwood. We did the online application together at the lab computer. Continue: job placement, follow up 10/30 with Farid.", 'I', 'P', true),
  note(MO, 'l15-af-05', "10/28/24 TC Zadran w/ phone interpreter Pashto (ID 60877). Rang 6x, no answer. Interpreter ended call. Will try after his shift.", 'T', 'P', false, [UA]),
  // The son answered for his father and said he is fine: the participant was never on the line.
  note(MO, 'l15-af-06', "10/28/24 2300 TC Zadran home - son Jawid (age 16) answered in English. Says father is sleeping, work is good, he will tell him I called.", 'T', 'O', false, [UA]),
  // A voice note he left and one left back: messages left on both sides, no conversation.
  note(MO, 'l15-af-07', "11/01/2024 WhatsApp voice note from Zadran (Pashto, 1:12). Farid listened: client asks if the agency can help with car insurance, says work is fine. Left him a WhatsApp voice note back through Farid that he should come in Tuesday.", 'T', 'P', false, [UA]),
  note(MO, 'l15-af-08', "11/05/2024 Zadran no show for 10am appt. Pashto interpreter Nazia waited 30 min, billed.", 'I', 'P', false, [UA]),
  note(MO, 'l15-af-09', "11/7/2024 Met Zadran at the plant break room during 2nd shift lunch (approved by HR), cousin Hamid interpreting (client's choice, offered agency interpreter, declined). Now 60 hrs on job, supervisor gave him the knife line. Missed Tues appt b/c mandatory overtime. Car insurance: referred to the agency's auto program. Continue retention to 90 days; next 12/5.", 'I', 'P', true),
  // The ESL teacher's report is substantive: hours, level gain, the reason to go on.
  note(MO, 'l15-af-10', "11/12/24 Email from ESL instructor Ms. Kuhlmann re: Freshta Rahimi (IEP goal: ESL level 3 then CNA): 46 of 48 hrs in Oct, CASAS reading 203 (up from 191, now level 3). Client could not come to phone this week (no childcare). Continue: CNA pre-req needs level 4, teacher expects by Feb.", 'E', 'V', true),
  note(MO, 'l15-af-11', "11/13/2024 Sent letter in Dari + English to Freshta Rahimi: CNA info session 12/3, please call to register. Farid translated.", 'L', 'P', false, [RP]),
  // Her brother is the alternate on the IEP but says only that she is busy with the children.
  note(MO, 'l15-af-12', "11/20/24 Rahimi's brother Ahmad (alternate contact on IEP) came to pick up a bus pass for her. Says she is busy with the children, the class is ok.", 'I', 'A', false, [TP]),
  note(MO, 'l15-af-13', "11/26/2024 Home visit, Affton apt. Freshta Rahimi + Dari interpreter Farid. She got my letter. Goes to ESL 4 mornings; showed me homework, reads short texts now. Childcare: daughter on waitlist at the center, 2 months. Wants CNA, asked about night classes. Registered her for the 12/3 info session by phone while there. Continue in ESL per IEP; next visit after info session.", 'I', 'P', true),
  note(MO, 'l15-af-14', "12/2/24 Called Sharifi with Farid on speaker. Call connected, we heard him say 'salaam' and then it dropped. Called back 2x, straight to VM (no VM set). Will text.", 'T', 'P', false, [UA]),
  note(MO, 'l15-af-15', "12/03/2024 Texted Sharifi (Dari, Farid wrote it): Amazon called you for an interview? Please answer. Message shows read 12/3 14:02.", 'E', 'P', false, [RP]),
  // He wrote back in words, with news: a written reply.
  note(MO, 'l15-af-16', "12/04/2024 Sharifi replied by text (Dari, Farid translated): yes interview was 12/2, they gave offer, start 12/9 night shift, $19/hr, bring papers. Asked me for the I-9 list. Sent it back. Continue: retention services per IEP, will meet at Amazon orientation.", 'E', 'P', true),
  note(MO, 'l15-af-17', "12/05/2024 Prepared EAD renewal packet for Zadran (expires 2/2025). Reviewed file - I-94 and parole doc copies OK. To mail when he signs.", '-', '-', false),
  note(MN, 'l15-af-18', "1/7/2025 Rochester office. Abdul Wahid Stanikzai + Pashto interpreter (phone, ID 71203) on speaker. He finished the 6-wk hotel housekeeping course at the college 12/20, cert in file. 2 interviews next wk (Kahler, Marriott). Does not drive; bus route 12 reaches both. Next: call 1/15 after interviews.", 'I', 'P', true),
  note(MN, 'l15-af-19', "1/15/25 TC Stanikzai w/ phone interpreter ID 71203 - interpreter connected, client's phone busy x3. Ended.", 'T', 'P', false, [UA]),
  note(MN, 'l15-af-20', "1/16/25 Stanikzai called the front desk, receptionist connected me with Pashto line. Marriott offered housekeeping, 32 hrs, $17.25, starts 1/20. Kahler no answer yet. He will take Marriott. Bus pass for Jan given, pick up Friday.", 'T', 'P', true),
  // The interpreter never connected and the writer had no common language with him on the phone.
  note(MN, 'l15-af-21', "1/22/2025 Called Mirwais Hotak, he answered, I asked for interpreter but Dari line wait was 25 min, client hung up before interpreter joined. Could not understand each other.", 'T', 'P', false, [UA]),
  note(MN, 'l15-af-22', "01/23/2025 Mirwais Hotak came in (Tuesday walk-in hours) with Dari interpreter Sahar (staff). He got his driver's permit (passed test in Dari on 3rd try). Wants CDL-A. Explained ITA process, gave him the Cloquet and Rosemount school lists. Still working at the airport food prep, 25 hrs. Apply for ITA by 2/15.", 'I', 'P', true),
  // Someone else's appointment: his wife's ESL intake, he only drove her.
  note(MN, 'l15-af-23', "1/28/25 Hotak's wife Parwana had her ESL intake today w/ Sahar. Mirwais drove her and waited in the car.", 'I', 'O', false),
  note(MN, 'l15-af-24', "2/4/2025 Sent Hotak email w/ CDL school comparison and ITA forms; son Omid reads email to him.", 'E', 'P', false, [RP]),
  // The son wrote back for him with facts; it is the son's word, so the participant's reply is still pending.
  note(MN, 'l15-af-25', "2/6/25 Omid (son) replied to the 2/4 email: 'my father choose Rosemount school, he will bring forms Monday.'", 'E', 'O', false, [RP]),
  note(MN, 'l15-af-26', "2/10/2025 Mirwais in office w/ Sahar (Dari). Brought ITA forms signed. Rosemount CDL-A class 3/3-4/11, DOT physical done 2/7 (card copy). Airport job will let him go to weekends. Submitted ITA today. Call 2/24 re approval.", 'I', 'P', true),
  note(MN, 'l15-af-27', "2/18/2025 Ramadan hours reminder sent by group WhatsApp to all Afghan participants (Dari + Pashto). 11 'seen'.", 'E', 'P', false, [RP]),
  note(MN, 'l15-af-28', "2/24/25 TC Hotak + Sahar 3-way. ITA approved 2/20, told him. He is fasting, prefers calls after 7pm. Start date 3/3 confirmed, he has ride w/ cousin. Next check after wk 1.", 'T', 'P', true),
  // A mosque volunteer's news about him is someone else's word.
  note(MN, 'l15-af-29', "3/5/2025 Brother Idris from the mosque employment committee called: says Mirwais is going to CDL school every day and likes it. Thanked him.", 'T', 'O', false),
  // The CDL school's report: a provider contact, substantive, but never the Minnesota monthly contact.
  note(MN, 'l15-af-30', "3/12/2025 TC CDL school coordinator: Hotak 40/40 hrs wk 1-2, pre-trip inspection in progress, passed air brakes written. On track for road test 4/9.", 'T', 'V', false),
  note(MN, 'l15-af-31', "3/14/25 Video call WhatsApp w/ Stanikzai + Pashto interp (staff Zmarai on 3rd phone). Still at Marriott, full time now 40 hrs since 3/1. Supervisor wants him to train as houseman lead. He asked about English class evenings - referred to Hawthorne ESL night class. Follow up April.", 'T', 'P', true),
  // He spoke to the front desk, not with the writer, only to cancel.
  note(MN, 'l15-af-32', "3/20/2025 Hotak's 3/19 appt: he called 8am, spoke to front desk (English), said he is sick, will come next week. I was not available.", 'T', 'P', false),
  note(MN, 'l15-af-33', "Mirwais w Sahar interp in office, passed road test!! CDL-A issued. 2 offers, he takes the regional one (home weekends). Exit planned after 1st paycheck.", 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'l15-af-34', "4/1/25 stanikzai - tc w pashto interp 71203, connected, he said he cannot talk now, at work, call Sunday. ok.", 'T', 'P', false, [UA]),
];
