/**
 * Dislocated-worker counselors in one-mill towns (locked split, batch 13: scored and floored, aggregates only): a
 * hardwood flooring mill closing in an Ozarks town of about 2,700 in Missouri (training at the tech center in
 * Willow Springs and the college's Houston and West Plains campuses), and a paper mill closing in a northern
 * Minnesota town of about 3,000 (Itasca, Mesabi Range and Northland colleges, the CDL school in Cloquet). The
 * writer grew up there and runs the transition center out of an empty storefront on Main: first names and
 * nicknames, the mill's departments and years of service (the woodyard, #2 machine, finishing, shipping), the WARN
 * list and the TAA petition, severance and early pensions, the café at 6:30, the Legion's cribbage night, church,
 * the sale barn, the grocery store, spouses on the home phone, unplowed driveways, one-bar cell coverage.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A talk with him about his plan is a contact wherever it happens (the café, the Legion, the grocery
 * aisle); a handshake with a word is a thin one; a wave from a roof, a name on a session's sign-in sheet and a
 * packet left in the storm door are not. A wife listed on the plan is the alternate (Missouri: counts with
 * substantive progress and a reason to continue, §2.2; Minnesota: recorded, never the monthly contact); a wife or
 * son not on the plan takes a message; the mill's HR and another counselor are someone else; an instructor or
 * the driving school is the provider.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l13-mill-town-closure';
export const BATCH = 13;

export const NOTES: LabelledNote[] = [
  // Breakfast at the café is no office, but they sat and talked about his training: in person.
  note(MO, 'l13-mill-town-closure-mo-001', `3/3/25 Ran into Gary at the Rocket Cafe at 6:30 and sat with him half an hour. He's 3 weeks into CDL at the truck driving school in Willow Springs, passed his permit, backing is giving him fits but the instructor keeps him after. ITA stays open through his skills test 4/15; I'll call him the week of. dw`, 'I', 'P', true),
  // Nobody home; the packet with a note to call is a one-way written message, the last thing tried.
  note(MO, 'l13-mill-town-closure-mo-002', `3/4/25 Drove the TAA training packet out to Jerry's place on Hwy 17 since he has no printer. Nobody home, truck gone. Left the packet inside the storm door with a note to call me. dw`, 'L', 'P', false, [UA, RP]),
  // Donna is the alternate on his IEP and knows the class in detail (plates passed, next section, why it continues).
  note(MO, 'l13-mill-town-closure-mo-003', `3/6/25 Jerry's wife Donna (alternate contact on his IEP) called me back about the packet. She said Jerry is at welding at the Houston campus days and working nights at the sale barn; he's finished the first 6 weeks, passed his 1G and 2G plates, and the instructor wants him in the pipe section starting April. He needs the TAA paperwork signed for the pipe section so his training can continue; she'll have him bring it by Monday. dw`, 'T', 'A', true),
  // A handshake and a few words after church is a two-way talk in person, but it shows nothing about his plan.
  note(MO, 'l13-mill-town-closure-mo-004', `3/9/25 Saw Ronnie after church at First Baptist, shook hands, told him the transition room has the new job board up. He said he'd come by sometime. dw`, 'I', 'P', true, [PM, JM, NS]),
  // A name on the session's sign-in sheet; nobody stayed to talk.
  note(MO, 'l13-mill-town-closure-mo-005', `3/11/25 TAA/WIOA info session at the VFW, 41 former mill employees signed in, Ronnie among them. Went over TAA benefits, ITA caps and the HSE class schedule. Nobody stayed after to meet. dw`, 'I', 'P', false),
  note(MO, 'l13-mill-town-closure-mo-006', `3/12/25 Tammy called me on her lunch from the hospital in West Plains. She passed the CNA state written 3/7 and skills 3/10, now on the registry, and the hospital offered her nights at $17.25 starting 3/24. Moving her from training to follow-up; I'll get her a uniform voucher before she starts. dw`, 'T', 'P', true),
  // He picked up only to put it off and never called back.
  note(MO, 'l13-mill-town-closure-mo-007', `3/13/25 Called Ronnie about the welding slot. He picked up, said he was under a truck at his brother's shop and would call me back after supper. Didn't. dw`, 'T', 'P', false, [UA]),
  // The mill's HR is neither provider nor alternate; a place on the keep list says nothing of his training.
  note(MO, 'l13-mill-town-closure-mo-008', `3/14/25 Plant HR (skeleton crew) emailed the list of 12 being kept through the asset sale in May. Wayne is on it, maintenance. Need to ask Wayne if he still wants the HVAC ITA. dw`, 'E', 'O', false, [TP, PM, JM]),
  // His text answers hers with his plan; "not started yet, mill job till 5/30" is his status in the activity.
  note(MO, 'l13-mill-town-closure-mo-009', `3/17/25 Texted Wayne. He texted back: "Yeah still want HVAC, the mill job ends May 30. Can I start summer term?" Texted him the June 2 start at the tech center and that we'll hold the ITA till then; he said ok send the form. dw`, 'E', 'P', true),
  note(MO, 'l13-mill-town-closure-mo-010', `3/18/25 Letter to Dale at the Birch Tree address came back "moved, left no forwarding." His old mill phone number is disconnected. dw`, 'L', 'P', false, [UA]),
  // His son, not on the plan, took a message.
  note(MO, 'l13-mill-town-closure-mo-011', `3/19/25 Called Dale's mother's house, the number the mill had. His son answered, said Dale's working in Springfield now and comes home weekends. Left my number with him. dw`, 'T', 'P', false, [UA]),
  note(MO, 'l13-mill-town-closure-mo-012', `3/21/25 Dale called me from Springfield. He got on at a cabinet plant on his own, $18.10, days, full time since 3/3, so he won't use the ITA. Wants to stay on for follow-up and the RTAA wage supplement since he's over 50 and making less than at the mill. Will send the RTAA application and check his wage against the mill wage. dw`, 'T', 'P', true),
  note(MO, 'l13-mill-town-closure-mo-013', `3/24/25 Gary's out on the road with his trainer all week, so I called Marcie at the truck driving school. She said Gary has 112 of 160 hours, passed pre-trip 3/20, his backing now scores passing, road test set 4/15. ITA continues through the test; she'll email his hours Friday. dw`, 'T', 'V', true),
  note(MO, 'l13-mill-town-closure-mo-014', `3/25/25 Tammy stopped in. Doing good. dw`, 'I', 'P', true, [PM, JM, NS]),
  note(MO, 'l13-mill-town-closure-mo-015', `3/26/25 Will catch Ronnie at the sale barn Thursday, he's there every week. dw`, '-', 'P', false, [CT]),
  // A wave and a shout of "next week" from the roof puts the visit off; nothing was talked over.
  note(MO, 'l13-mill-town-closure-mo-016', `3/27/25 Swung by Ronnie's on the way home; he was up on the roof with his boy, waved me off and hollered "next week." Didn't get to talk. dw`, 'I', 'P', false, [UA]),
  note(MO, 'l13-mill-town-closure-mo-017', `3/31/25 Jerry came in with the signed TAA training application. Had to write his SSN 498-32-7716 on the state form since the petition list has it wrong; corrected. He's on week 8 of welding, pipe section starts 4/7. ITA continues through 6/27 completion. dw`, 'I', 'P', true, [PII]),

  note(MN, 'l13-mill-town-closure-mn-001', `Mon 3/3/25 Transition center. Pete K. (finishing, 31 yrs) in to go over his plan. He finished the first half of the HVAC program at Itasca CC, two A's and a B, and started the refrigeration course today. Reviewed his ISS and activities in WF1, all current. —CL`, 'I', 'P', true),
  // The Legion is no office; they talked about his program between games.
  note(MN, 'l13-mill-town-closure-mn-002', `3/5/25 Saw Lyle at the Legion's Wednesday cribbage and sat with him between games. He said his lineworker program at Northland in Bemidji starts the climbing module next week and he passed the first written. Worried about the cost of climbing boots. Will look at support services. —CL`, 'I', 'P', true),
  // His wife is not on his plan; "doing fine" is her word, and she took a message.
  note(MN, 'l13-mill-town-closure-mn-003', `3/6/25 Called Dan's house. His wife Sheila said he's in class at Mesabi Range until 3 and doing fine. Asked her to have him call. —CL`, 'T', 'P', false, [UA]),
  note(MN, 'l13-mill-town-closure-mn-004', `3/7/25 Mill HR sent the updated WARN list: #2 machine shuts 4/18, finishing 5/2, shipping 5/30. Eleven of mine are on it. Copy to file. —CL`, 'E', 'O', false),
  note(MN, 'l13-mill-town-closure-mn-005', `3/10/25 Emailed Brenda about her spring schedule. She wrote back the same night: Medical Office Admin online through Hibbing CC, 9 credits, an A- on her first medical terminology exam, and she's volunteering Tues/Thurs at the clinic front desk for practice. ISS updated. —CL`, 'E', 'P', true),
  // An auto-reply from a mill address he no longer reads: no reply from him.
  note(MN, 'l13-mill-town-closure-mn-006', `3/11/25 Emailed Ken re: TAA deadline. Auto-reply: "I no longer check this email, this was my mill email." Need a new address. —CL`, 'E', 'P', false, [RP]),
  note(MN, 'l13-mill-town-closure-mn-007', `3/12/25 Teams call w/ Ken from his daughter's place in Duluth, camera on. He's decided on CDL, starts at the Cloquet school 3/24, 4 weeks; got his DOT physical 3/11 and passed. ITA and TAA approval updated in WF1. —CL`, 'T', 'P', true),
  // A group meeting he came to, with no talk of his own recorded.
  note(MN, 'l13-mill-town-closure-mn-008', `3/13/25 Job club at the transition center, 9 there. Sue from the county talked about MinnesotaCare. Pete and Lyle came. —CL`, 'I', 'P', false),
  // A talk in the aisle, but "going good" gives no attendance, grade or hours.
  note(MN, 'l13-mill-town-closure-mn-009', `3/14/25 Ran into Lyle at the Super One. He said classes are going good. —CL`, 'I', 'P', true, [PM, NS]),
  note(MN, 'l13-mill-town-closure-mn-010', `3/17/25 Texted Dan twice (3/14, 3/17) to call me. Both show Delivered. Nothing back. —CL`, 'E', 'P', false, [RP]),
  note(MN, 'l13-mill-town-closure-mn-011', `3/18/25 Dan called me at 7:40 from the Mesabi Range parking lot before class. Week 6 of welding, passed his 3G vertical, struggling on overhead. Attendance perfect. Said Sheila passed on my message. Reviewed ISS. —CL`, 'T', 'P', true),
  note(MN, 'l13-mill-town-closure-mn-012', `3/19/25 Itasca CC HVAC instructor called about Pete: 96% attendance, B+ midterm, hands-on is his best. Recorded. —CL`, 'T', 'V', false),
  // No one home at the time they set; a business card in the door is no exchange.
  note(MN, 'l13-mill-town-closure-mn-013', `3/20/25 Drove out to Arnie's on the Lake Road for our 2:00. Nobody home, driveway not plowed. Left my card in the door. —CL`, 'I', 'P', false, [UA]),
  // A greeting and a dropped line: nothing about him was exchanged.
  note(MN, 'l13-mill-town-closure-mn-014', `3/21/25 Arnie called back from out at his brother's cabin, call dropped after "hey Curt, got your card." Tried back 3x, no service out there. —CL`, 'T', 'P', false, [UA]),
  note(MN, 'l13-mill-town-closure-mn-015', `3/24/25 Arnie came in to the center. He's not going to train: took the early pension, 62 in May, and starts part-time at the hardware store in April. Closing the training plan and keeping him in job search and follow-up for the part-time job. ISS updated. —CL`, 'I', 'P', true, [], { noDateField: true }),
  // His wife's own appointment with another counselor; Dan was not there and what she says is her word.
  note(MN, 'l13-mill-town-closure-mn-016', `3/25/25 Sheila (Dan's wife, not on his plan) in for her own Rapid Response appointment with Marit. She said Dan's doing good at welding. Dan not here. —CL`, 'I', 'O', false),
  note(MN, 'l13-mill-town-closure-mn-017', `Talked with Brenda on the phone about her externship at the clinic, 60 of 120 hours done, supervisor signed her first evaluation. ISS reviewed. —CL`, 'T', 'P', true, [DM], { noDateField: true }),
];
