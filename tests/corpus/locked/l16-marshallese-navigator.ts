/**
 * A Marshallese community navigator hired by the job center to reach Marshallese families (locked split, batch 16:
 * scored and floored, aggregates only): in Missouri the poultry-plant towns on the Arkansas line (Noel, Southwest
 * City, Monett), with Crowder College classes in Neosho and adult education at the Monett library; in Minnesota the
 * Milan community, with jobs at the Willmar turkey plant, a Marshall food plant and a dairy, Ridgewater College CNA
 * classes and ABE in Montevideo. The navigator writes in English as a second language ("he say", "she finish",
 * articles dropped), talks with people in Kajin Majel (Marshallese), and meets them where they are: church halls
 * after Sunday service, a niece's kemem (first-birthday feast), kitchen tables, the grocery store; phones are shared
 * by the household and change often; Facebook Messenger and the town's community group are how word travels.
 * Labels come from the policies and the definition of a qualifying contact, written before any checker ran on
 * them. How I read the hard cases: a relative answering a shared phone and saying he is asleep or "ok" is an
 * attempt to reach him; a talk about his class outside a family feast is an in-person contact, the place does not
 * matter, but saying hello after a church talk is not; a post in the community Facebook group is a one-way message
 * waiting for a reply; a sister's text with one score is an alternate who knows too little to stand in (MO §2.2);
 * his mother with a certificate, a move to the dock and a raise knows enough; an uncle who came about a job for
 * himself and says only "he good" knows nothing to stand in; a thumbs-up answers nothing; a returned letter form in
 * his hand is his written reply; in Minnesota a brother's news at the grocery store and the ABE teacher's e-mail are
 * recorded (Letter 110, Policy 6), never the monthly contact; Messenger is e-mail.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l16-marshallese-navigator';
export const BATCH = 16;

export const NOTES: LabelledNote[] = [
  note(MO, 'l16-marshallese-navigator-mo-001', `10/5/2026 Met Jiton Lang at Noel office, we talk in Kajin Majel 30 min. He is in forklift + warehouse class at Crowder Neosho, week 3 of 6, pass written test 92. Still work 2nd shift deboning at plant, 32 hr. Continue ITA, his IEP goal is warehouse lead so he can get off the line. Next meet 11/2.`, 'I', 'P', true),
  note(MO, 'l16-marshallese-navigator-mo-002', `10/19/2026 Call Jiton, his uncle pick up, say Jiton sleeping after night shift. I say tell him call me.`, 'T', 'P', false, [UA]),
  // A real talk about his class, held outside a family feast.
  note(MO, 'l16-marshallese-navigator-mo-003', `10/24/2026 Saw Jiton at his niece kemem at the church hall in Southwest City. We talk outside 10 min about class - forklift driving test pass, only miss 1 day. Certificate on 11/6. Continue ITA per IEP.`, 'I', 'P', true),
  note(MO, 'l16-marshallese-navigator-mo-004', `10/26/2026 Post in the Noel Marshallese community Facebook group about Crowder CNA info night 11/3, tag Neinar Jorkan and 4 other from my list.`, 'E', 'P', false, [RP]),
  note(MO, 'l16-marshallese-navigator-mo-005', `11/3/2026 Neinar come to CNA info night at Crowder. After, I sit with her 20 min for the application. She in HiSET class at Monett library, pass science and social studies already, reading test next week. Continue HiSET per IEP, she need it for CNA in January. Ask about childcare, I explain CCDF.`, 'I', 'P', true),
  // Her sister (the IEP alternate) passed on one score; too little to stand in for Neinar.
  note(MO, 'l16-marshallese-navigator-mo-006', `11/10/2026 Text from Neinar sister Lijon (alternate contact): "Neinar pass HiSET reading, she ask if CNA paper ok". I text back yes I got it.`, 'E', 'A', false, [TP, JM]),
  note(MO, 'l16-marshallese-navigator-mo-007', `11/12/2026 Messenger with Neinar - I ask how is HiSET, she answer "passed reading 11/6, math test 11/20, studying at library w my cousin". She still want CNA January. Continue per IEP, HiSET needed first for CNA.`, 'E', 'P', true),
  note(MO, 'l16-marshallese-navigator-mo-008', `11/13/2026 Call Crowder adult ed teacher Mrs. Kemp about Neinar: attend 22 of 24 hours in Oct, reading subtest 15 (pass is 8), math practice 9. Teacher say keep her in class until math test 11/20. Continue per IEP.`, 'T', 'V', true),
  // His mother, the alternate, knew the certificate, the move and the raise.
  note(MO, 'l16-marshallese-navigator-mo-009', `11/15/2026 After church talk with Jiton mother (alternate on IEP) in person. She say Jiton get forklift certificate 11/6 and plant move him to loading dock, $1 more an hour, start this week.`, 'I', 'A', true, [JM]),
  note(MO, 'l16-marshallese-navigator-mo-010', `11/17/2026 Call Jiton number, a lady answer in Spanish, wrong number. Jiton change phone again I think.`, 'T', 'P', false, [UA]),
  note(MO, 'l16-marshallese-navigator-mo-011', `11/18/2026 Jiton come in office with cousin Hemsy. Hemsy interpret for him sometime but today Jiton talk himself with me in Marshallese. Forklift cert done 11/6. Plant move him to shipping dock 2nd shift, $17.25. He want OSHA 10 next. Continue per IEP, Crowder OSHA 10 class Jan.`, 'I', 'P', true),
  note(MO, 'l16-marshallese-navigator-mo-012', `10/2/2026 Mail letter in English and Marshallese to Tolina Abraham, ask her call me about adult ed. No working phone in file.`, 'L', 'P', false, [RP]),
  note(MO, 'l16-marshallese-navigator-mo-013', `10/20/2026 Tolina come to office with my letter in her hand. Talk 25 min in Marshallese. She go to ESL 2 night a week at Monett library, teacher move her up to level 3. She want job at hospital laundry. Continue ESL per IEP, then job search.`, 'I', 'P', true),
  // She missed it; the call that connected was her son's, and he only said where she was.
  note(MO, 'l16-marshallese-navigator-mo-014', `10/29/2026 Tolina not come to 2:00 appointment. Her son call at 2:30 say she at clinic with the baby.`, 'T', 'A', false, [UA, TP, PM, JM]),
  note(MO, 'l16-marshallese-navigator-mo-015', `11/20/2026 Tolina OV, ESL going ok.`, 'I', 'P', true, [PM, JM, NS]),
  note(MO, 'l16-marshallese-navigator-mo-016', `11/23/2026 Call Jiton 9am no answer. Text him to call me. 11/24 he send thumbs up only.`, 'E', 'P', false, [UA, RP]),
  note(MO, 'l16-marshallese-navigator-mo-017', `11/25/2026 Phone with Neinar 15 min in Marshallese. HiSET math 11/20 pass, so HiSET all done! CNA class Jan 12 confirm. Crowder form need her DOB 03/14/1994, I fill it. Continue per IEP (CNA).`, 'T', 'P', true, [PII]),
  // His uncle came about a job for himself; "he good" is all he said of Jiton.
  note(MO, 'l16-marshallese-navigator-mo-018', `11/26/2026 Jiton uncle Bwijmaron come to office ask about job for himself. He say Jiton "he good".`, 'I', 'A', false, [TP, PM, JM]),

  note(MN, 'l16-marshallese-navigator-mn-001', `10/6/26 Home visit Milan, Rine Anjain, talk in Marshallese at kitchen table 35 min, her auntie there also. Rine finish week 5 of CNA at Ridgewater Willmar, skills check pass 7 of 7, clinical at nursing home start 10/20. Review EP and WF1 activity. Next contact Nov.`, 'I', 'P', true),
  note(MN, 'l16-marshallese-navigator-mn-002', `10/21/26 Drive to Milan for home visit with Rine 4pm. Nobody home, leave my card in door.`, 'I', 'P', false, [UA]),
  note(MN, 'l16-marshallese-navigator-mn-003', `10/23/26 Rine call me back from the card, 12 min on phone. Clinical going good, 2 shifts done, nurse give her good eval. State test 11/19. EP no change.`, 'T', 'P', true),
  note(MN, 'l16-marshallese-navigator-mn-004', `11/2/26 Call Bobby Jibas on family phone. Cousin answer, Bobby at the dairy until 6. Cousin say he ok.`, 'T', 'P', false, [UA]),
  note(MN, 'l16-marshallese-navigator-mn-005', `11/3/26 Messenger to Bobby: "iakwe Bobby, monthly check, how is work and English class?" Seen 11/3 7:40pm. No answer.`, 'E', 'P', false, [RP]),
  note(MN, 'l16-marshallese-navigator-mn-006', `11/5/26 Bobby answer on Messenger: "sorry busy calving. english class only 1 time this week. dairy give me 45 hr". I answer ok, go to class Tuesday if you can. EP goal still dairy herdsman + ESL.`, 'E', 'P', true),
  note(MN, 'l16-marshallese-navigator-mn-007', `11/6/26 Email from Ms. Rud, ESL teacher at Montevideo ABE: Bobby attend 5 of 8 class in Oct, CASAS reading 208, up from 201.`, 'E', 'V', false),
  note(MN, 'l16-marshallese-navigator-mn-008', `11/8/26 After Sunday service at Milan church, talk with Hilda Keju 15 min about Jennie-O job. She start 11/2 2nd shift packing line, $19.50, trainee. She like it. Review EP change to employed, stay in program for retention.`, 'I', 'P', true),
  // A talk to the whole fellowship; he only said hello.
  note(MN, 'l16-marshallese-navigator-mn-009', `11/8/26 Give short talk at church fellowship about CareerForce services, about 20 people. Johnny Laelang there, he say hello.`, 'I', 'P', false, [NS]),
  note(MN, 'l16-marshallese-navigator-mn-010', `10/1/26 Mail Johnny letter about job search requirement and EP review, with job log form.`, 'L', 'P', false, [RP]),
  note(MN, 'l16-marshallese-navigator-mn-011', `10/9/26 Johnny mail back the job log form, his writing: apply Jennie-O, Schwan's Marshall, ethanol plant. He write "no interview yet". Put copy in file.`, 'L', 'P', true),
  // His brother's news at the store: recorded, not the monthly contact.
  note(MN, 'l16-marshallese-navigator-mn-012', `10/22/26 Johnny brother Alik tell me at grocery store Johnny get hired at Schwan's Marshall. Not confirmed yet.`, 'I', 'A', false),
  note(MN, 'l16-marshallese-navigator-mn-013', `10/30/26 TC with Johnny, he confirm Schwan's, start 11/3 sanitation night shift $21. He need ride - we talk about carpool with 2 other Marshallese guys from Milan. Update EP and WF1 to employed.`, 'T', 'P', true),
  note(MN, 'l16-marshallese-navigator-mn-014', `11/12/26 Hilda call me on speaker, her daughter help with English but Hilda and me talk Marshallese anyway. First full week Jennie-O good, 40 hr, orientation done, no problem with ride. EP reviewed.`, 'T', 'P', true),
  note(MN, 'l16-marshallese-navigator-mn-015', `Text Rine about state test result.`, 'E', 'P', false, [RP, DM], { noDateField: true }),
  note(MN, 'l16-marshallese-navigator-mn-016', `See 11/3 Messenger note. Same.`, '-', '-', false, [CT, NS]),
  note(MN, 'l16-marshallese-navigator-mn-017', `11/19/26 Rine CNA state test day. Her ride cancel in morning so she call me 6:30am, I drive her from Milan to the Willmar test site (agency car, supervisor ok by text). In the car we talk the whole way in Marshallese about test and after. She nervous about skills part, we practice the steps for handwashing and transfer out loud. She tell me clinical finish 11/14 with all shifts done and the nurse want to hire her at the nursing home after she is on the registry, part time 24 hr to start. She worry about night shift and her kids, auntie can watch them 3 night. Wait for her in lobby, written part done 11:40, skills done 1:15, she think she pass but result come by mail. Review EP on the way home: goal CNA at the nursing home, then maybe LPN later. Next contact after result, early Dec.`, 'I', 'P', true),
];
