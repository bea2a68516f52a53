/**
 * Itinerant case managers who type the day's notes on a phone in the car at night (locked split, batch 14: scored
 * and floored, aggregates only): one covers Texas, Shannon, Douglas and Howell counties in the Missouri Ozarks out of
 * a desk in Ava (libraries in Houston, Eminence and Mountain View, the tech center in Houston, a shoe plant on an
 * OJT, the sale barn), the other Roseau, Lake of the Woods and Kittson counties in northwest Minnesota (Warroad and
 * Baudette libraries, Northland College in Thief River Falls, a boat plant, thirty below). Neither has time in the
 * day, so the notes are thumbed in after dark from a Casey's lot or the office parking lot where the Wi-Fi reaches:
 * lower case, no apostrophes, autocorrect slips left in or fixed in parentheses ("CAN" for CNA, "ansee", "jon"),
 * "sent from my iPhone", the hills' and the north's talk ("might could", "ran by", "mamaw", "uff da"), the day's
 * date or none, and sometimes an entry typed a week late with the date half remembered.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them, reading autocorrect as the writer meant it. A talk with the participant at a library, a gas pump or on
 * a landline is a contact however late it was typed; a drive to a library he did not come to, a card in the storm
 * door, a call that dropped twice on one bar, a call picked up on a shop floor only to say "call tomorrow", a
 * honk and a wave, and texts that only cancel or move a meeting are not. A text or e-mail counts when the
 * participant answers with news. An instructor is the provider and a wife named as alternate on the ISS the
 * alternate (Missouri: counts with substantive progress and a reason to continue, §2.2; Minnesota: recorded, never
 * the monthly contact); a grandmother or a neighbour not on the plan is someone else.
 */
import { MO, MN, PM, JM, NS, UA, RP, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l14-car-at-night-typed';
export const BATCH = 14;

export const NOTES: LabelledNote[] = [
  note(MO, 'l14-night-01', "typing this in the car at caseys in houston 9:40pm. 3/4 - met w Bobbie Jo Watts at the texas co library 10am. shes in wk 6 of the CAN class at the tech ctr (CNA not CAN, autocorrect), passed her skills check off on bed bath and vitals, written test 3/25. her car is actin up again so i put in a car repair SS request. next: see her at the library 3/18", 'I', 'P', true),
  note(MO, 'l14-night-02', "3/4 drove to eminence library for 1pm w Kenny Lasater, he didnt show. waited til 1:45. called his mamaws house phone no ansee, no machine", 'I', 'P', false, [UA]),
  // Nobody home; a card left in the door is a message left.
  note(MO, 'l14-night-03', "3/4 ran by kennys place on the way back (off hwy 19) nobody home, left my card in the storm door w a note to call me", 'I', 'P', false, [UA]),
  note(MO, 'l14-night-04', "3/5 kenny called me back while i was drivin to ava, pulled over at the dollar general. said his truck broke down yday thats why. hes still doin welding at the tech ctr in mtn grove 3 days a wk, instructor has him on vertical now. needs gas money, will do a gas card. might could meet next wed at mtn grove", 'T', 'P', true),
  // She answered, but the call dropped twice on one bar: nothing got across.
  note(MO, 'l14-night-05', "3/5 tried callin Darlene Spurlock from the car out on 76, got 1 bar, she answerd and it dropped twice. gave up, will try from the office tmrw", 'T', 'P', false, [UA]),
  note(MO, 'l14-night-06', "3/6 called darlene from the ava office landline. good talk. shes workin at the shoe plant thru the OJT, 320 hrs of 520 done, supervisor moved her to the stitchin line. her daughter was sick so she missed 2 days, supervisor ok'd it. next: visit the plant w supervisor 3/20", 'T', 'P', true),
  note(MO, 'l14-night-07', "3/6 seen darlenes neighbor at the post office, she said darlene's been real sick. not sure what thats about, ill call her", 'I', 'O', false),
  // A ten-minute talk at a gas pump about his CDL and his interview is an in-person contact.
  note(MO, 'l14-night-08', "3/10 run into Travis Crider at the caseys pump in mtn view, we talked maybe 10 min. he finished his CDL at the school in springfield last fri!! passed the road test 2nd try. has an interview w a flatbed outfit in west plains mon. told him bring me the license copy. Sent from my iPhone", 'I', 'P', true),
  // His one-line text is news, but the writer's answer got nothing back: no exchange.
  note(MO, 'l14-night-09', "3/10 text from travis 'got the jon!!' (job). replied congrats call me when u can. no call yet", 'E', 'P', false),
  note(MO, 'l14-night-10', "3/12 mailed bobbie jo the car repair approval letter + the shop voucher, she dont have internet at home", 'L', 'P', false, [RP]),
  // Bobbie Jo did not come, but her instructor gave attendance, skills, scores and the clinical start, and why services go on (§2.2).
  note(MO, 'l14-night-11', "3/18 bobbie jo didnt make it to the library, her car again. i stopped at the tech ctr and talked w her instructor mrs dunn: bobbie jo has 100% attendance til this wk, skills checkoffs 18 of 21 done, practice test 82%. clinicals at the nursing home in houston start 3/23, she needs the car fixed to get there and the SS request is in. will call bobbie jo tonite", 'I', 'V', true),
  note(MO, 'l14-night-12', "3/18 9pm called bobbie jo, str8 to voicemail, mailbox not set up", 'T', 'P', false, [UA]),
  // Typed a week late with the date unsure: they did talk, but "its goin good" is all it says.
  note(MO, 'l14-night-13', "typin this late, its been a week. 3/11 (i think, maybe 3/12) talked w kenny at the weldin shop at lunch in mtn grove. he said its goin good. thats about it, he had to get back", 'I', 'P', true, [PM, JM, NS]),
  note(MO, 'l14-night-14', "3/20 seen travis pull out of the sale barn in ava, honked n waved. didnt talk", 'I', 'P', false),
  note(MO, 'l14-night-15', "3/24 met travis at the ava library, he brought his CDL copy. started at the flatbed co 3/23, 52 cents a mile, home every weekend. his SSN on the W4 was wrong (078-05-1120) so hes fixing it w HR. follow up 30 days", 'I', 'P', true, [PII]),
  note(MO, 'l14-night-16', "3/20 at the shoe plant w supervisor gary for darlenes OJT. darlene was on break so we all 3 sat in the breakroom 20 min. gary says shes at 95% of line rate, 368 hrs done. darlene says her daughter is better and she wants to stay on after OJT ends in may, gary thinks theyll keep her. next: OJT invoice for march", 'I', 'P', true),
  // The grandmother is not on the plan: her word.
  note(MO, 'l14-night-17', "3/25 kennys mamaw called the office, kenny lost his phone, hell call from her house sat. she said hes still goin to welding every day", 'T', 'O', false),
  note(MN, 'l14-night-18', "typed in the car in the roseau careerforce lot 8:15pm, dark by 5 up here. 1/13 - met w Jesse Olafson at the warroad library 10am. hes in the industrial maintenance cert at Northland in TRF, online + labs fridays, passed the electrical basics module 91%, hydraulics next. said the plants still on short weeks. next mtg 2/10", 'I', 'P', true),
  // The meeting fell through, but they talked by phone about her clinical hours and exam instead.
  note(MN, 'l14-night-19', "1/13 drove to baudette for 1pm w Crystal Lindquist, -31 this am, she called at noon to say her car wont start. we talked on the phone instead about 15 min: she finished her phlebotomy clinical hours (100 of 100) at LakeWood, just needs the national exam, scheduled 2/3 in TRF. shes worried about the drive, ill check on a gas card", 'T', 'P', true),
  note(MN, 'l14-night-20', "1/14 called Dale Hanson 3x, no ans, his vm says full. uff da", 'T', 'P', false, [UA]),
  note(MN, 'l14-night-21', "1/15 dales wife Rhonda answered his phone (shes the alt contact on his ISS). said dales out on the ice, he got hired at the boat plant, starts 1/26. hell call me", 'T', 'A', false),
  note(MN, 'l14-night-22', "1/16 emailed dale for his start date and offer letter. no reply", 'E', 'P', false, [RP]),
  note(MN, 'l14-night-23', "1/18 dale emailed back from his phone: 'start 1/26 1st shift assembly $21.50, offer letter attached.' got it. replied thanks, ill check in after 2 wks", 'E', 'P', true),
  note(MN, 'l14-night-24', "1/20 Mike Bergeron was to meet me at the cenex in badger 11am, didnt come. no call", 'I', 'P', false, [UA]),
  note(MN, 'l14-night-25', "1/20 text to mike: 'missed u today, r u ok? call me'. delivered", 'E', 'P', false, [RP]),
  // His text answers hers and carries news about the permit class.
  note(MN, 'l14-night-26', "1/21 mike texted back 'sorry my kid was sick. im done with the CDL permit class, test is 1/30 in TRF'. texted back good luck call me after", 'E', 'P', true),
  note(MN, 'l14-night-27', "1/21 spent the pm on mileage and ISS updates for the roseau ppl. nobody seen", '-', '-', false),
  // Minnesota: the instructor's word is recorded, never the monthly contact.
  note(MN, 'l14-night-28', "1/23 talked w jesses instructor at northland by phone, she said hes her best student, on track", 'T', 'V', false),
  note(MN, 'l14-night-29', "2/3 crystal called from TRF after her exam, PASSED the NHA phleb!! she has an interview at LifeCare Roseau next wk. said bring me the cert copy", 'T', 'P', true),
  // Picked up on the shop floor only to say he could not talk.
  note(MN, 'l14-night-30', "2/4 called jesse at 4:30, he picked up on the shop floor, said cant talk boss is here, call tmrw", 'T', 'P', false, [UA]),
  // They talked (the page's contact type says telephone), but "all good" is no progress.
  note(MN, 'l14-night-31', "2/5 talked w jesse. all good", 'T', 'P', true, [PM, NS], { field: 'T' }),
  // No date field on this screen and none in the note.
  note(MN, 'l14-night-32', "met crystal at the roseau library, she got the job at LifeCare, lab assistant, 32 hrs/wk, starts monday. brought me her cert copy. follow up in a month", 'I', 'P', true, [DM], { noDateField: true }),
  // Texts that only cancel and move a meeting are no exchange about his training.
  note(MN, 'l14-night-33', "2/10 jesse cancelled the warroad mtg by text 'sick kids cant make it' (autocorrect had it 'sick lids' lol). moved it to 2/17 by text, he said ok 👍", 'E', 'P', false),
  note(MN, 'l14-night-34', "2/17 met jesse at warroad library finally. hydraulics module 3 of 5 done, 88 avg. plant back to full weeks so hes tired but keepin up. talked about the PLC class in summer, he wants it. next 3/17", 'I', 'P', true),
  // Two tries unanswered, the third picked up on his break: a contact.
  note(MN, 'l14-night-35', "2/24 called dale 2x no ans. 3rd try he picked up on break at the boat plant: 4 wks in, moved to the rigging line, likes it, $21.50 + OT. told him ill send the 60 day check-in letter. Sent from my iPhone", 'T', 'P', true),
];
