/**
 * Head Start family advocates who carry the parents' WIOA Adult co-enrollment (locked split, batch 13: scored and
 * floored, aggregates only): a two-generation grant at urban Head Start centers in Kansas City, Missouri, and on
 * St. Paul's East Side and Minneapolis's Lake Street, where the family advocate who already sees the parent twice a
 * day also holds the parent's training plan. The voice is Head Start's: "Mom" and "Dad", the child's classroom (the
 * Bumblebee room), drop-off and curbside pick-up, fall and spring home visits, the Family Partnership Agreement
 * (FPA) beside the IEP or ISS, monthly parent meetings and Policy Council, in-kind volunteer hours, the center's
 * text reminders, notes sent home in a backpack, grandmothers and aunts in the pick-up line, parents training for a
 * Child Development Associate (CDA) credential as classroom aides, CNA, pharmacy tech, HVAC, CDL and LPN.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A talk with the parent about her training in the hallway, the family room or through a car window at
 * pick-up is a contact; sharing a classroom during a fire drill, a parent meeting she signed in to, a Policy
 * Council she chaired and a text reminder sent to all families are not. A note home in the backpack answered in
 * the parent's hand is a letter answered. The lead teacher who supervises a parent's CDA practicum and a college
 * instructor are the provider; an aunt listed on the plan is the alternate (Missouri: counts with substantive
 * progress and a reason to continue, §2.2; Minnesota: recorded, never the monthly contact); a grandmother or a
 * husband not on the plan, another parent and a sister in her own FPA meeting are someone else.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l13-head-start-family-advocate';
export const BATCH = 13;

export const NOTES: LabelledNote[] = [
  // A hallway talk at drop-off about her CNA class is an in-person contact.
  note(MO, 'l13-head-start-family-advocate-mo-001', `3/4/25 Talked with Mom (Keisha, WIOA Adult) at morning drop-off in the Bumblebee room hallway, about 15 min while Jayden settled. She finished week 5 of 8 of the CNA class at the tech center and passed the mid-course skills check (hand washing, vitals, transfers); clinical at the nursing home starts 3/17. HS full-day slot covers childcare for clinicals. ITA continues through the state test in April. FPA goal 2 (career) updated. —T.M., Family Advocate`, 'I', 'P', true),
  // Grandma is not on the plan; "doing real good" is her word and no detail.
  note(MO, 'l13-head-start-family-advocate-mo-002', `3/5/25 Grandma (not on Keisha's IEP) picked up Jayden at 3:30. Said Keisha is "doing real good in that class." —T.M.`, 'I', 'O', false, [TP, PM, JM, NS]),
  note(MO, 'l13-head-start-family-advocate-mo-003', `3/6/25 Spring home visit w/ Dad (Marcus, WIOA Adult) and Aaliyah at their apt. Besides Aaliyah's school-readiness goals, talked about his CDL: he passed the permit 2/27 and has range days at the truck school starting 3/24. Needs a DOT physical; WIOA will pay. Continue ITA; next check-in at drop-off next week. —T.M.`, 'I', 'P', true),
  // In the same room during a fire drill, but they never spoke.
  note(MO, 'l13-head-start-family-advocate-mo-004', `3/7/25 Keisha volunteered in the Bumblebee room 9-11 (in-kind hours logged: 2). I was in the room for the fire drill, didn't get to talk with her. —T.M.`, 'I', 'P', false),
  note(MO, 'l13-head-start-family-advocate-mo-005', `3/10/25 Monthly parent meeting, 18 parents. Topic: résumés (WIOA staff presented). Marcus and Keisha both signed in. —T.M.`, 'I', 'P', false),
  note(MO, 'l13-head-start-family-advocate-mo-006', `3/11/25 Center text reminder about the 3/14 no-school day went to all families, Keisha included. —T.M.`, 'E', 'P', false, [RP]),
  note(MO, 'l13-head-start-family-advocate-mo-007', `3/12/25 Stopped in the Ladybug room at nap time and talked with Ms. Ortiz (lead teacher), who supervises Shante's CDA practicum. Shante has 310 of 480 classroom hours, her 3/10 observation scored "proficient" in 7 of 8 areas, portfolio about 60% done. Her CDA ITA continues; verification visit target 5/30. —T.M.`, 'I', 'V', true),
  note(MO, 'l13-head-start-family-advocate-mo-008', `3/13/25 Texted Shante re: CDA portfolio. She texted back: finished resource collection items RC I and RC II, working on the family questionnaires, wants help printing. ITA continues; printing set for Mon. —T.M.`, 'E', 'P', true),
  // He was in the building to drop off Aaliyah but left before the meeting: a no-show for it.
  note(MO, 'l13-head-start-family-advocate-mo-009', `3/14/25 Marcus no-show for FPA goal review 8:45. He dropped Aaliyah at 8:30 and left before I got to the lobby. —T.M.`, 'I', 'P', false, [UA]),
  note(MO, 'l13-head-start-family-advocate-mo-010', `3/17/25 TC w/ Marcus 10 min (missed FPA mtg Fri, had to be at range orientation). Range starts 3/24 confirmed, DOT physical done 3/15 and passed. FPA goal review moved to 3/31. Continue ITA. —T.M.`, 'T', 'P', true),
  note(MO, 'l13-head-start-family-advocate-mo-011', `3/18/25 Chatted w/ Keisha at pick-up. She's good. —T.M.`, 'I', 'P', true, [PM, JM, NS]),
  // A call about her son's fever went to voicemail; her sister came for him.
  note(MO, 'l13-head-start-family-advocate-mo-012', `3/19/25 Called Keisha because Jayden has a fever (HS health policy), went to voicemail, left message. Called her emergency contact (her sister), who picked Jayden up at 11:50. —T.M.`, 'T', 'P', false, [UA]),
  note(MO, 'l13-head-start-family-advocate-mo-013', `3/20/25 Keisha stopped in my office after drop-off to redo her WIOA eligibility paperwork (DOB 09/23/1996 was wrong on the app). Clinicals start Monday 3/24, 40 hrs at the nursing home, state test 4/22. ITA continues through the test. —T.M.`, 'I', 'P', true, [PII]),
  note(MO, 'l13-head-start-family-advocate-mo-014', `3/21/25 Plan to catch Marcus at Friday pick-up about range week 1. —T.M.`, '-', 'P', false, [CT]),
  note(MO, 'l13-head-start-family-advocate-mo-015', `3/24/25 Mailed Brittany (WIOA Adult, son in the Caterpillar room, no working phone) a letter asking her to stop by about her pharmacy tech ITA. No reply yet; her son has been absent all week. —T.M.`, 'L', 'P', false, [RP]),
  // The aunt is the alternate on Brittany's IEP and gives the class in detail and a reason to go on.
  note(MO, 'l13-head-start-family-advocate-mo-016', `3/26/25 Brittany's aunt Denise (alternate contact on her IEP) dropped off her son. Denise said Brittany had her wisdom teeth out 3/18 and missed 4 days of pharmacy tech class at the college; the instructor gave her make-up work, she was back 3/25, exam 1 score 84. Brittany needs to stay in the ITA to finish by June; I'll send the make-up schedule home in the backpack. —T.M.`, 'I', 'A', true),
  // The note home came back in the backpack with her own written answer: a letter answered.
  note(MO, 'l13-head-start-family-advocate-mo-017', `3/28/25 Sent a note home in Brittany's son's backpack 3/26 asking her to call. She wrote back on the same note (came back in the backpack 3/27): "Back in class, exam 2 Friday, can you help w/ bus pass?" Bus pass approved; ITA continues. —T.M.`, 'L', 'P', true),

  note(MN, 'l13-head-start-family-advocate-mn-001', `3/3/25 Mom (Amina, WIOA Adult) met with me in the family room after drop-off, 20 min. She started the CDA class at Saint Paul College 1/21, got a B on the first unit, and is doing her 480 hours as a classroom aide in the Sunshine room, 140 done. FPA and ISS goals reviewed together; WF1 activity current. —R.G., FA`, 'I', 'P', true),
  // A talk through the car window at curbside pick-up is face to face.
  note(MN, 'l13-head-start-family-advocate-mn-002', `3/4/25 Curbside pick-up: Dad (Luis, WIOA Adult) in line, we talked through his window about 5 min while staff buckled Mateo in. Luis passed his HVAC midterm at Hennepin Tech (82), works weekends. —R.G.`, 'I', 'P', true),
  note(MN, 'l13-head-start-family-advocate-mn-003', `3/5/25 Another parent (friend of Jess) told me Jess got a job at Target and is quitting the pharmacy tech class. Haven't talked with Jess. —R.G.`, 'I', 'O', false),
  note(MN, 'l13-head-start-family-advocate-mn-004', `3/5/25 Texted Jess to check in about the pharmacy tech class. Delivered. No reply. —R.G.`, 'E', 'P', false, [RP]),
  note(MN, 'l13-head-start-family-advocate-mn-005', `3/6/25 Called Jess 12:15, she answered from the break room, said she can't talk and will come find me at pick-up tomorrow. —R.G.`, 'T', 'P', false, [UA]),
  // She had said she would come at pick-up and did not: a meeting that did not happen.
  note(MN, 'l13-head-start-family-advocate-mn-006', `3/7/25 Jess did not come at pick-up as she said; Grandma picked up Ava. —R.G.`, 'I', 'P', false, [UA]),
  note(MN, 'l13-head-start-family-advocate-mn-007', `3/10/25 Jess emailed me back from her phone: she started at Target 3/3, 25 hrs/wk, and is dropping pharmacy tech for now but wants to finish in the fall. Asked what happens to her ITA. —R.G.`, 'E', 'P', true),
  note(MN, 'l13-head-start-family-advocate-mn-008', `3/11/25 Saint Paul College CDA instructor emailed: Amina has 100% attendance, portfolio on track. —R.G.`, 'E', 'V', false),
  note(MN, 'l13-head-start-family-advocate-mn-009', `3/12/25 HV at Luis's apt 4:30 as planned. No answer at the door, car not in the lot. Texted him from the lot. —R.G.`, 'E', 'P', false, [UA, RP]),
  note(MN, 'l13-head-start-family-advocate-mn-010', `3/12/25 7:05 p.m. Luis called, sorry, he had to cover a shift. HVAC lab finals 3/20, he's practicing brazing and says his instructor has him on track. Rescheduled HV to 3/19. ISS reviewed by phone. —R.G.`, 'T', 'P', true),
  // Chairing the Policy Council in front of the writer is Head Start business, not a talk about her plan.
  note(MN, 'l13-head-start-family-advocate-mn-011', `3/13/25 Policy Council meeting. Amina chaired; approved the new menu vendor. —R.G.`, 'I', 'P', false),
  note(MN, 'l13-head-start-family-advocate-mn-012', `3/14/25 Talked w/ Amina at drop-off. All fine. —R.G.`, 'I', 'P', true, [PM, NS]),
  note(MN, 'l13-head-start-family-advocate-mn-013', `3/17/25 Zoom w/ Farhiya (WIOA Adult, daughter in the Moon room) 25 min from her clinical site's break room. She finished 60 of 90 clinical hours in the LPN program at Minneapolis College and passed Pharmacology II. Extended childcare hours approved so she can do evening clinicals. ISS updated. —R.G.`, 'T', 'P', true),
  // Her husband is not on the plan; he took a message.
  note(MN, 'l13-head-start-family-advocate-mn-014', `3/18/25 Called Farhiya, her husband answered, said she is sleeping after a night clinical. Left message with him. —R.G.`, 'T', 'P', false, [UA]),
  note(MN, 'l13-head-start-family-advocate-mn-015', `3/19/25 Family newsletter and WIOA letter to Jess came back "no such number." —R.G.`, 'L', 'P', false, [UA]),
  note(MN, 'l13-head-start-family-advocate-mn-016', `Luis came in for his make-up HV at the center. Passed the HVAC lab final, 88; graduates in May, already applied at 3 HVAC companies. ISS reviewed. —R.G.`, 'I', 'P', true, [DM], { noDateField: true }),
  // Her sister's own FPA meeting; Amina was not there.
  note(MN, 'l13-head-start-family-advocate-mn-017', `3/21/25 FPA meeting with Hodan (Amina's sister, HS parent, not in WIOA). Hodan said Amina passed her CDA unit 2. Amina not present. —R.G.`, 'I', 'O', false),
];
