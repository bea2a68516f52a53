/**
 * YouthBuild construction-crew supervisors who also write the WIOA Youth case notes for their crews (locked split,
 * batch 16: scored and floored, aggregates only): a Kansas City YouthBuild building a community development
 * corporation's houses on Prospect Avenue with HiSET at Penn Valley's adult education, and a north Minneapolis
 * YouthBuild crew on Habitat builds with GED testing at Minneapolis Adult Education. The supervisor is a carpenter
 * first: he writes from the truck or the site trailer, in site language (tailgate talk, chop saw, cut-and-fit,
 * van pickup, PPE closet, attendance points, NCCER Core modules, OSHA 10, PACT, site hours), about young people he
 * sees every day but sits down with one at a time only now and then; guardians, juvenile officers, the Habitat
 * site super and testing centers call him too.
 * Labels come from the policies and the definition of a qualifying contact, written before any checker ran on
 * them. How I read the hard cases: working beside a youth all day, or giving the crew its safety talk, is not a
 * contact with him about his plan; sitting him down in the truck or at lunch on the tailgate and talking about it
 * is, wherever it happens; a juvenile officer at the site is someone else; a grandmother who is the guardian but
 * has no concrete progress cannot stand in (MO §2.2), a mother who saw the certificate and knows the job, start
 * date and wage can; a texted "you coming?" with no answer waits for a reply; her text back with news answers it;
 * a log whose latest entries are tries still documents the earlier talk; "was not absent" corrects a timesheet and
 * is no contact; in Minnesota the Habitat super's word, a mother's text and the P.O.'s call are recorded (Letter
 * 110, Policy 6), never the monthly contact; FaceTime is telephone.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l16-youthbuild-crew-supervisor';
export const BATCH = 16;

export const NOTES: LabelledNote[] = [
  note(MO, 'l16-youthbuild-crew-supervisor-mo-001', `10/6/26 Pulled Andre Mills aside at lunch on the tailgate, 15 min one on one. Site wk 3 on the Prospect Ave house - he's running the chop saw now, passed NCCER Core mod 3 (hand tools) 90. Attendance 19 of 20 days. HiSET math retake 10/16. Continue - ISS goal is Core cert + HiSET by March, then Carpenters pre-app. -Coach T`, 'I', 'P', true),
  // The whole crew's safety talk.
  note(MO, 'l16-youthbuild-crew-supervisor-mo-002', `10/7/26 Tailgate safety talk 7:00 for the whole crew (ladders, 3 points of contact). Andre, Jaylen, Keon, Mia, Dre present. -Coach T`, 'I', 'P', false, [NS]),
  // Worked beside him all day; nobody talked about his plan.
  note(MO, 'l16-youthbuild-crew-supervisor-mo-003', `10/8/26 Andre on my framing crew all day on site. Laid out and nailed 2 exterior walls w/ minimal help. Punched in 6:58. -Coach T`, 'I', 'P', false),
  note(MO, 'l16-youthbuild-crew-supervisor-mo-004', `10/13/26 Jaylen Brooks showed up 7:20 no boots, 3rd time. Sat him down in my truck 10 min - says his boots got stolen at the bus stop Fri. Got him a pair from the PPE closet (sz 11). He's at 4 attendance points, 6 = dismissal. HiSET science passed last wk (12). Continue, ISS goal HiSET + OSHA 10, he needs the site hours for the pre-app. -Coach T`, 'I', 'P', true),
  note(MO, 'l16-youthbuild-crew-supervisor-mo-005', `10/14/26 Jaylen not on site, no call. Called his cell 7:30 NA. Called his grandma (guardian) 7:45 NA, LM.`, 'T', 'P', false, [UA]),
  // The guardian called back with where he was, nothing concrete about his progress.
  note(MO, 'l16-youthbuild-crew-supervisor-mo-006', `10/14/26 3:30pm Jaylen's grandma Ms. Brooks (guardian) called back: he was at juvenile court this morning, didn't tell us. She says he's been studying at night.`, 'T', 'A', false, [TP, JM]),
  note(MO, 'l16-youthbuild-crew-supervisor-mo-007', `10/15/26 Juvenile officer Ms. Lacy came by the site at 10 asking how Jaylen is doing. Told her to go through the office, no release on file. Jaylen was on the roof crew, didn't talk to him.`, 'I', 'O', false, [TP, PM, JM]),
  note(MO, 'l16-youthbuild-crew-supervisor-mo-008', `10/15/26 End of day on site talked w/ Jaylen face to face by the dumpster, 10 min, about court - hearing continued to 12/2, P.O. wants proof of attendance, he'll sign a release tomorrow. Still at 4 points, on time rest of this week. Continue per ISS (HiSET + OSHA 10).`, 'I', 'P', true),
  note(MO, 'l16-youthbuild-crew-supervisor-mo-009', `10/20/26 Texted Mia Ortiz 6:10am: "crew van leaves 6:45, you coming?" No reply.`, 'E', 'P', false, [RP]),
  note(MO, 'l16-youthbuild-crew-supervisor-mo-010', `10/20/26 10:40 Mia texted back: "sorry had to take my daughter to urgent care, ear infection. back tmrw. i finished the OSHA 10 online modules last night btw". Told her to bring the OSHA card printout. Continue per ISS, she still needs 40 site hours for PACT.`, 'E', 'P', true),
  note(MO, 'l16-youthbuild-crew-supervisor-mo-011', `10/22/26 TC w/ Ms. Darby, Penn Valley adult ed HiSET teacher, re: Mia: passed reading 14 and writing 11, math practice 7 (needs 8), 90% attendance on classroom weeks. Ms. Darby recommends she stay in the Nov classroom block and test math in Dec. Continue per ISS.`, 'T', 'V', true),
  note(MO, 'l16-youthbuild-crew-supervisor-mo-012', `10/27/26 Met w/ Mia in the site trailer for PACT enrollment, 20 min. She put DOB 5/2/2005 on the HBI form, I checked it against her ID. OSHA 10 card in, site hours 28 of 40. Continue per ISS.`, 'I', 'P', true, [PII]),
  note(MO, 'l16-youthbuild-crew-supervisor-mo-013', `10/29/26 Talked w/ Andre on site at lunch, he's good.`, 'I', 'P', true, [PM, JM, NS]),
  note(MO, 'l16-youthbuild-crew-supervisor-mo-014', `10/16/26 Andre no show for our 3pm meeting at the office to go over HiSET results. Waited til 3:30.`, 'I', 'P', false, [UA]),
  // His mother saw the certificate and knows the job, start date and wage.
  note(MO, 'l16-youthbuild-crew-supervisor-mo-015', `10/30/26 Keon Ware's mom (alternate contact) called me: Keon got hired by Brickhouse Masonry as a laborer, starts 11/9, $19/hr. And he finished NCCER Core last week - she has the cert on the fridge.`, 'T', 'A', true, [JM]),
  note(MO, 'l16-youthbuild-crew-supervisor-mo-016', `11/9/26 Keon's first day at Brickhouse - stopped by their jobsite at 7, talked w/ him and his foreman 10 min. Keon's on the mixer and hauling block, foreman says he was early. Keon wants to finish HiSET at night, class starts 11/16. Continue follow-up and HiSET per ISS.`, 'I', 'P', true),
  note(MO, 'l16-youthbuild-crew-supervisor-mo-017', `11/12/26 Phone contact w/ Andre attempted 2x (8:10, 12:30). VM both times, VM full the 2nd time.`, 'T', 'P', false, [UA]),

  note(MN, 'l16-youthbuild-crew-supervisor-mn-001', `10/5/26 One-on-one w/ Tasha Greene in the site trailer 20 min. Wk 4 on the Habitat build on Penn Ave N. She's on cut-and-fit for siding now, OSHA 10 done 9/30, Core mod 4 passed. GED: RLA and science passed, math 11/3. Reviewed ISS + WF1 activities (YouthBuild work experience, GED).`, 'I', 'P', true),
  note(MN, 'l16-youthbuild-crew-supervisor-mn-002', `10/6/26 Crew meeting 3pm on site - Nov schedule and PACT testing. All 9 there incl. Tasha.`, 'I', 'P', false, [NS]),
  // The Habitat site super's word: a provider, recorded, not the monthly contact.
  note(MN, 'l16-youthbuild-crew-supervisor-mn-003', `10/9/26 Habitat site super Dan K. told me on site that Tasha's cuts were the cleanest on the crew this week and she's been on time every day.`, 'I', 'V', false),
  note(MN, 'l16-youthbuild-crew-supervisor-mn-004', `11/3/26 Tasha not at van pickup. Called her 3x (7:05, 7:20, 8:00), no answer. Texted "u ok?"`, 'E', 'P', false, [UA, RP]),
  note(MN, 'l16-youthbuild-crew-supervisor-mn-005', `11/3/26 7:40pm Tasha called me back. Little brother was sick and mom was at work so she stayed home with him. She rescheduled GED math for 11/17 herself. Back tomorrow. Talked about a backup childcare plan w/ her aunt. ISS reviewed, no change.`, 'T', 'P', true),
  note(MN, 'l16-youthbuild-crew-supervisor-mn-006', `11/10/26 FaceTime w/ Deon Harris 15 min, he's home sick w/ COVID. Doing NCCER Core mod 6 online while home, passed mod 5 quiz 84. Back Mon 11/16 with a negative test. ISS: still on track for PACT in Dec.`, 'T', 'P', true),
  // His mother's text: recorded under Policy 6.
  note(MN, 'l16-youthbuild-crew-supervisor-mn-007', `11/11/26 Deon's mom Ms. Harris texted me: he's feeling better and did 2 more Core modules this week.`, 'E', 'A', false),
  note(MN, 'l16-youthbuild-crew-supervisor-mn-008', `11/12/26 Hennepin County juvenile P.O. called asking if Deon has been coming. Release on file - confirmed 92% attendance for Oct.`, 'T', 'O', false),
  note(MN, 'l16-youthbuild-crew-supervisor-mn-009', `Deon - see 11/10 note.`, '-', '-', false, [CT, NS]),
  note(MN, 'l16-youthbuild-crew-supervisor-mn-010', `10/20/26 Mailed Marcus Yang the ISS review letter and the PACT consent form (needs mom's signature, he's 17).`, 'L', 'P', false, [RP]),
  note(MN, 'l16-youthbuild-crew-supervisor-mn-011', `10/28/26 Marcus brought the signed consent form back to the site trailer and we talked 10 min: mom signed, he passed Core mod 2 (82), wants to switch to the electrical track next spring. Reviewed ISS.`, 'I', 'P', true),
  // A timesheet correction, no contact: "not absent" is no meeting.
  note(MN, 'l16-youthbuild-crew-supervisor-mn-012', `11/2/26 Marcus was NOT absent today - timesheet error, he was on the Habitat crew 7-3:30. Fixed attendance in WF1.`, '-', '-', false, [CT]),
  note(MN, 'l16-youthbuild-crew-supervisor-mn-013', `11/18/26 Called Tasha 4:15, talked 20 min. GED math passed 11/17 (she sent a pic of the score, 151) - all 4 GED tests done! Applying to the Carpenters' pre-apprenticeship and Habitat's crew helper job. ISS updated: GED goal met, WF1 GED activity closed.`, 'T', 'P', true),
  note(MN, 'l16-youthbuild-crew-supervisor-mn-014', `11/20/26 Habitat construction mgr emailed: offering Tasha a seasonal crew helper job starting 1/5 at $20/hr, pending background check.`, 'E', 'V', false),
  note(MN, 'l16-youthbuild-crew-supervisor-mn-015', `Texted Deon about Monday.`, 'E', 'P', false, [RP, DM], { noDateField: true }),
  // A log: the talk on 11/4 is its contact, whatever tries follow.
  note(MN, 'l16-youthbuild-crew-supervisor-mn-016', `Marcus log: 11/4 talked w/ him at lunch on site - Core mod 3 passed 88, still wants electrical. 11/6 not on the van, called NA. 11/7 called NA, LM w/ his mom.`, 'I', 'P', true),
  note(MN, 'l16-youthbuild-crew-supervisor-mn-017', `11/24/26 Deon called me on his lunch from the other crew's site, 10 min. Core mod 6 passed 80, needs mods 7-9 to finish Core. 96% attendance since he came back 11/16. Talked about the PACT test 12/8.`, 'T', 'P', true),
];
