/**
 * Farmers and farm families leaving agriculture (fresh split: new voices, scored and listed but not floored yet).
 * The voice: rural case managers serving self-employed farmers who qualify as dislocated workers after a dairy
 * buyout, a hog contract ended, a drought year or the bank calling the operating note, and their spouses: notes
 * written around the farm calendar (calving, planting, harvest), calls that reach a man on the tractor or in the
 * combine, talks at the sale barn, the co-op or the elevator, cards left in a mailbox at the end of a long lane;
 * the Farm Service Agency (FSA) loan officer, the county extension educator, the ag lender and the farm-stress
 * hotline in the background; Minnesota's Farm Business Management (FBM) instructors and college programs such as
 * diesel, ag equipment, welding and CDL.
 * Sources of realism: dislocated-worker eligibility for displaced farmers, farm-transition partnerships with
 * extension and FSA, the dairy exits of recent years in both states.
 * How the policy is read here: a real exchange with the farmer, in the yard, at the sale barn or by a phone that
 * barely works, is a contact (MO §2.1-2.2; MN Letter 110 ¶2), however short, with its missing content flagged. The
 * spouse answering for him is an alternate contact; the FSA officer, the lender and the extension educator are other
 * parties; a college or FBM instructor is the training provider. In Missouri a provider or alternate counts only
 * with substantive progress and a reason to continue; in Minnesota each is recorded, never the monthly contact.
 * A drive to the farm that finds nobody is an unsuccessful attempt.
 * A note listing attempts by several means is typed by the last one tried.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'farm-transition';

export const NOTES: LabelledNote[] = [
  note(MO, 'farm-transition-mo-001', `OV 2/3 at the Chillicothe Job Center. Cust sold the last of the dairy herd 1/20 (co-op buyout). 54 yrs old, 30 yrs milking. Interested in the diesel tech program at North Central Missouri College, fall start; would drive to Trenton. Enrolled in DW. IEP: OST - diesel tech; needs the TABE first. Scheduled TABE 2/10.`, 'I', 'P', true, []),
  note(MO, 'farm-transition-mo-002', `Drove out to cust's farm on Rt. Z 2/12 for the TABE follow-up. Nobody at the house or the barn; left my card in the mailbox.`, 'I', 'P', false, [UA]),
  note(MO, 'farm-transition-mo-003', `Cust called 2/13, found my card. TABE done 2/10 - math 10.2, reading 11.4, no remediation needed. Application to NCMC submitted; financial aid appointment 3/2. Continue OST plan per IEP.`, 'T', 'P', true, []),
  // The wife only took a message: the call did not reach him, an attempt.
  note(MO, 'farm-transition-mo-004', `TC 3/5 - cust's wife answered, he is out calving the beef cows he kept and can't come to the phone. She said he will call back next week.`, 'T', 'P', false, [UA]),
  note(MO, 'farm-transition-mo-005', `Caught cust at the Macon sale barn 3/9 during the feeder sale; we talked 15 min in the café. FAFSA and Pell approved, starts diesel tech 8/24. Keeping 40 cows this year to bridge. Needs help with a used truck for the Trenton drive - supportive svcs discussed, 2 quotes needed. Continue OST per IEP.`, 'I', 'P', true, []),
  // The FSA loan officer knows his loan, not his training; another party.
  note(MO, 'farm-transition-mo-006', `Spoke w/ FSA farm loan officer (Carroll Co.) 3/11 by phone about cust's loan restructure. She said he signed the papers and "seems to be doing better."`, 'T', 'O', false, [TP, PM, JM]),
  // Answered only to say they cannot talk: nothing was exchanged, so an attempt, not a contact (the corpus's one reading, as the original mn-046).
  note(MO, 'farm-transition-mo-007', `Called cust 3/20 - reached him on the tractor, could barely hear, he said "call me after planting" and the call dropped.`, 'T', 'P', false, [UA]),
  note(MO, 'farm-transition-mo-008', `Cust 2 (wife, co-enrolled DW): OV 3/23 at the Job Center. She's been doing the farm books 25 yrs, wants the Accounting Clerk certificate at State Fair CC online. Accuplacer 3/30. IEP drafted; OST justified, no local jobs match her bookkeeping without a credential.`, 'I', 'P', true, []),
  note(MO, 'farm-transition-mo-009', `Mailed cust the supportive svcs truck-repair form 4/1.`, 'L', 'P', false, [RP]),
  note(MO, 'farm-transition-mo-010', `Extension educator (MU Extension, Livingston Co.) called 4/6: cust came to the farm-transition workshop and is "working through the plan."`, 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'farm-transition-mo-011', `TC w/ cust 5/18 after planting. Beans in 5/15. Truck repair quotes mailed back (2), approved $1,150. Orientation at NCMC 8/10, classes 8/24. Continue OST per IEP; next contact after orientation.`, 'T', 'P', true, []),
  note(MO, 'farm-transition-mo-012', `Bootheel: cust (rice/cotton, lost lease 12/2025) no-showed the 6/2 appt at the Kennett office. Called 6/2 PM, NA.`, 'T', 'P', false, [UA]),
  note(MO, 'farm-transition-mo-013', `Cust came to the Kennett office 6/9, apologized - was helping his cousin spray. Wants the CDL, 4 wks at the Three Rivers Sikeston site, starting 7/6. Enrolled DW, IEP: OST - CDL-A. Justification: cotton gin and ag hauling jobs need CDL-A; he has 20 yrs equipment experience.`, 'I', 'P', true, []),
  note(MO, 'farm-transition-mo-014', `Three Rivers CDL instructor e-mailed 7/24 re: cust: wk 3 of 4, passed pre-trip and backing, 96 of 120 hrs, road test 8/3. No absences. Continue OST per IEP.`, 'E', 'V', true, []),
  note(MO, 'farm-transition-mo-015', `Cust's lender (Farm Credit Southeast MO) called 7/28 asking whether cust has a job lined up; told lender I can't share that without a release.`, 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'farm-transition-mo-016', `Left VM 8/4, cust phone. Texted him too.`, 'E', 'P', false, [UA, RP]),
  note(MO, 'farm-transition-mo-017', `Cust texted back 8/4: "passed road test yesterday!! got a hauling job at the Malden gin starting 9/1". Called him 8/5 and confirmed: CDL-A issued, $21/hr seasonal through Jan, then grain hauling. Training complete per IEP; retention svcs continue.`, 'T', 'P', true, []),
  note(MO, 'farm-transition-mo-018', `Visited farm 8/12 w/ brochures for cust's son (possible youth enrollment). Cust not there; son took the brochures.`, 'I', 'P', false, [UA]),
  note(MO, 'farm-transition-mo-019', `Farm stress hotline referral made for cust per his wife's request.`, '-', '-', false, [CT, NS, DM], { noDateField: true }),
  note(MO, 'farm-transition-mo-020', `Cust (dairy) at NCMC 9/14 - met him in the diesel shop between classes. 3 wks in, 100% attendance, quiz avg 87 on engine fundamentals, likes the instructor. Truck running fine. Continue OST per IEP; next contact at midterm.`, 'I', 'P', true, []),
  note(MO, 'farm-transition-mo-021', `Drove to cust's place 9/28 - wife at the house said he's at the elevator with the beans. Went to MFA elevator, he'd left.`, 'I', 'P', false, [UA]),

  note(MN, 'farm-transition-mn-001', `Intake 1/12 at the Marshall WFC. Client ended his hog finishing contract 12/31 (integrator pulled out). 41, farmed with his dad since HS. Wants the ag equipment tech program at Minnesota West Canby, fall. DW enrolled; ISS started; needs the Accuplacer.`, 'I', 'P', true, []),
  // His father only took a message: still an attempt to reach him.
  note(MN, 'farm-transition-mn-002', `Called client 2/10, NA. His dad picked up the house phone - client is in the shop fixing the skid steer, will call back.`, 'T', 'P', false, [UA]),
  note(MN, 'farm-transition-mn-003', `Client called back 2/11 from the shop. Accuplacer done 2/6, placed into college-level, application to Minnesota West in. Started part time at the Canby Ag Center parts counter, 20 hrs. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'farm-transition-mn-004', `FBM instructor (Ridgewater College, Willmar) e-mailed 2/20 re: client's wife: completed the farm transition financial analysis with her, 3 sessions, she is "ready to look at off-farm work."`, 'E', 'V', false, [TP]),
  note(MN, 'farm-transition-mn-005', `Client's wife (co-enrolled) met with me at the Willmar WFC 3/2. Wants the Medical Administrative Assistant diploma at Ridgewater, fall; FAFSA done; will keep doing the farm books. ISS started with the MAA goal.`, 'I', 'P', true, []),
  note(MN, 'farm-transition-mn-006', `Drove to the farm north of Pipestone 3/9. Snow drifted in the lane, couldn't get to the house. Client not reached.`, 'I', 'P', false, [UA]),
  note(MN, 'farm-transition-mn-007', `Texted client 3/10 asking for a call this month.`, 'E', 'P', false, [RP]),
  note(MN, 'farm-transition-mn-008', `Client texted back 3/12: "sorry the lane is a mess. calving 60 heifers till april. did the welding night class at MN West last wk, 2 of 6 done". Replied asking if he needs anything; he said no.`, 'E', 'P', true, []),
  note(MN, 'farm-transition-mn-009', `Extension educator (U of M Extension, Lyon Co.) at the farm transition roundtable 3/17 said client sold the last of his sows.`, 'I', 'O', false, [TP, PM]),
  // Answered only to say they cannot talk: nothing was exchanged, so an attempt, not a contact (the corpus's one reading, as the original mn-046).
  note(MN, 'farm-transition-mn-010', `TC 4/2 - client in the tractor, said he can't talk till planting's done.`, 'T', 'P', false, [UA]),
  note(MN, 'farm-transition-mn-011', `Met client at the Farmers Co-op Elevator in Canby 5/20 after planting. Talked 20 min in the scale house. Welding night class done (6 of 6), certificate in hand. Fall ag equipment program confirmed, orientation 8/17. ISS reviewed.`, 'I', 'P', true, []),
  note(MN, 'farm-transition-mn-012', `Client's wife called 5/22 to say he hurt his hand in the auger and can't do the summer welding job.`, 'T', 'A', false, [TP]),
  note(MN, 'farm-transition-mn-013', `Called client 5/27 to follow up on his hand. He picked up: 8 stitches, OK, back to work in 2 weeks. The Canby parts counter kept his 20 hrs. Planned break from the summer welding job noted in ISS.`, 'T', 'P', true, []),
  note(MN, 'farm-transition-mn-014', `Monthly contact - left VM 6/8 and 6/15; mailed letter 6/16.`, 'L', 'P', false, [UA, RP]),
  note(MN, 'farm-transition-mn-015', `Client stopped at the WFC 6/24 on the way to the implement dealer. Short visit: hand healed, back at the parts counter 30 hrs, no change in the fall plan. ISS reviewed.`, 'I', 'P', true, []),
  note(MN, 'farm-transition-mn-016', `Worthington - new client (dairy sold 5/30, 120 cows). Referred by the Rural Finance Authority; he did not come to the 7/7 intake.`, 'I', 'P', false, [UA]),
  note(MN, 'farm-transition-mn-017', `Reached the Worthington client by phone 7/9 - he forgot the intake, was baling hay. Rescheduled to 7/14; talked about the CDL and diesel options; he has a class B already.`, 'T', 'P', true, [PM]),
  note(MN, 'farm-transition-mn-018', `Ag lender (AgCountry) called 7/15 about client's operating note and asked if he's in training. Declined without a release.`, 'T', 'O', false, [TP, PM]),
  note(MN, 'farm-transition-mn-019', `Intake completed in person 7/14, Worthington WFC. DW enrolled. Client wants CDL-A at Minnesota West Worthington in Sept. Has worked cattle and hauled milk 25 yrs. ISS started: OST CDL-A.`, 'I', 'P', true, []),
  note(MN, 'farm-transition-mn-020', `Minnesota West ag equipment instructor e-mailed 9/30: client has 100% attendance in the first 5 weeks, 91% in Hydraulics, top of the shop in diagnostics.`, 'E', 'V', false, [TP]),
  note(MN, 'farm-transition-mn-021', `Checked in w/ client in the Minnesota West shop at Canby 10/1 on my campus day. Confirms 5 wks in, Hydraulics 91%, Electrical 88%, wants the John Deere TECH internship next summer. ISS reviewed and training activity current.`, 'I', 'P', true, []),
];
