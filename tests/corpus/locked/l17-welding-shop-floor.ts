/**
 * Career coaches embedded in "earn and learn" welding programs who write from the shop floor (locked split, batch 17:
 * scored and floored, aggregates only): in Missouri, a trailer and ag-equipment plant near Sedalia and a structural
 * steel shop in Joplin paying trainees to weld while State Fair Community College and Crowder College run the
 * classroom nights, WIOA-funded as OJT plus an ITA; in Minnesota, a trailer maker in Alexandria with Alexandria
 * Technical & Community College and a fab shop in Mankato with South Central College, co-enrolled through CareerForce.
 * The voice: hours first ("Wk 6: 32 shop / 8 class"), positions and tests ("3G bend passed", "booth 6", "hood time",
 * "arc-on hours"), the foreman, the lead hand and the instructor named by role, notes typed on a phone in the break
 * room, "TC" and "on the floor" for how, and the OJT contract's milestone at the end. Sources: earn-and-learn and OJT
 * monitoring notes from manufacturing partnerships.
 * Labels come from the policies and the definition of a qualifying contact, written before any checker ran on them.
 * How I read the hard cases: standing at his booth while he welds with his hood down and getting a thumbs-up is no
 * exchange; a talk in the break room or at the booth with the hood up is an in-person contact. The foreman, the lead
 * hand and the college instructor are the trainee's employer and training provider: in Missouri their report counts
 * when it carries hours, tests or attendance and a reason to continue the OJT or ITA (§2.2), and does not when it is
 * only "he's a good kid"; in Minnesota it is recorded (Letter 110, Policy 6), never the monthly contact. A timeclock
 * printout or a certificate copy from QC is a record, no contact. A toolbox talk I gave to the whole second shift is
 * no contact with one trainee. Payroll e-mailing the OJT timesheets is the employer's one-way report: hours and a
 * wage, but no reason to continue, and in Missouri an e-mail counts only as the customer's response. A text from the
 * trainee answering ours, with his hours, counts.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'l17-welding-shop-floor';
export const BATCH = 17;

export const NOTES: LabelledNote[] = [
  note(MO, 'l17-welding-shop-floor-mo-001', `Sedalia plant - Wk 4: 32 shop / 8 class. Met w/ trainee (Cody R.) in the break room 2/5/26, 15 min. Passed 1G and 2G bend tests at SFCC 2/3. Running MIG on the tongue jig in booth 6, lead hand says his beads are clean. Needs safety glasses Rx, voucher done. OJT milestone 1 met; continue OJT and ITA per IEP (combination welder).`, 'I', 'P', true, []),
  // He kept his hood down.
  note(MO, 'l17-welding-shop-floor-mo-002', `2/19/26 on the floor 2nd shift. Cody welding in booth 6, hood down the whole time, gave me a thumbs up. Didn't want to stop him mid-bead. Will catch him at lunch next week.`, 'I', 'P', false, [NS]),
  note(MO, 'l17-welding-shop-floor-mo-003', `2/26/26 - TC w/ Cody 10 min on his drive in. Wk 7: 36 shop / 8 class, 2 hrs OT. 3G vertical practice, failed first bend (root undercut), retest 3/5. Cont OJT/ITA per IEP.`, 'T', 'P', true, []),
  // The foreman with hours, a test and a reason to keep the contract going.
  note(MO, 'l17-welding-shop-floor-mo-004', `3/9/26 - Spoke w/ 2nd shift foreman (Rick) on the floor re: Cody. 148 shop hrs on the timeclock since start, zero tardies, passed 3G retest 3/5. Rick wants him moved to the frame line at 90 days. Continue OJT contract thru 5/29 per IEP; Cody off today.`, 'I', 'V', true, []),
  note(MO, 'l17-welding-shop-floor-mo-005', `3/23/26 - Foreman says Cody is "a good kid, shows up."`, '-', 'V', false, [CT, TP, PM, JM]),
  note(MO, 'l17-welding-shop-floor-mo-006', `3/30/26 - payroll emailed the OJT timesheets for March: Cody 152 hrs at $17.00. Invoice 2 to the Job Center.`, 'E', 'V', false, [TP, JM]),
  note(MO, 'l17-welding-shop-floor-mo-007', `4/6/26 - texted Cody to set a time this week. Nothing back.`, 'E', 'P', false, [RP]),
  note(MO, 'l17-welding-shop-floor-mo-008', `4/8/26 - Cody texted back "sorry new phone. on frame line now since monday!! 4G tuesday at sfcc." Wk 13: 40 shop / 8 class. Cont OJT/ITA per IEP, mtg 4/22 at lunch.`, 'E', 'P', true, []),
  note(MO, 'l17-welding-shop-floor-mo-009', `4/22/26 - Cody not at lunch, lead hand said he went home sick. Called his cell, NA, LM.`, 'T', 'P', false, [UA]),
  // A toolbox talk to the whole shift.
  note(MO, 'l17-welding-shop-floor-mo-010', `5/4/26 - Toolbox talk to 2nd shift (14 guys incl. our 3 trainees: Cody, Luis, Trey) on fume extraction and the WIOA follow-up survey. 10 min before start-up.`, 'I', 'P', false, [NS]),
  note(MO, 'l17-welding-shop-floor-mo-011', `Joplin steel shop - 5/11/26 - met trainee (Trey H.) at his fit-up table, hood up, 20 min. Crowder night class: 2F/3F passed, working on 4F. 41 shop hrs last wk. Wants to test for AWS D1.1 in July. Continue OJT and ITA per IEP.`, 'I', 'P', true, []),
  note(MO, 'l17-welding-shop-floor-mo-012', `5/18/26 - Trey. TC, he's doing fine.`, 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'l17-welding-shop-floor-mo-013', `5/26/26 - TC w/ Crowder welding instructor (Mr. Dill) re: Trey's midterm: 4F passed, 3G plate failed, attendance 9 of 10 nights. "Should be ready to cert in July." OJT and ITA continue per IEP toward D1.1 cert.`, 'T', 'V', true, []),
  note(MO, 'l17-welding-shop-floor-mo-014', `6/1/26 - went by Trey's house (Webb City) after he missed 2 shifts, truck in drive, nobody came to the door. Foreman says he called in "family stuff."`, 'I', 'P', false, [UA]),
  note(MO, 'l17-welding-shop-floor-mo-015', `6/3/26 - Trey called me from the shop phone. His grandpa passed, he's back today. Missed 2 shifts (excused) and 1 class, instructor gave a makeup 6/8. 3G retest same night. Continue OJT per IEP, I'll see him at the booth Friday.`, 'T', 'P', true, []),
  note(MO, 'l17-welding-shop-floor-mo-016', `6/12/26 at the booth w/ Trey on break, hood up, talked 5 min. Passed 3G retest 6/8, fit-up times better.`, 'I', 'P', true, [JM]),
  note(MO, 'l17-welding-shop-floor-mo-017', `7/20/26 - Trey passed AWS D1.1 3G/4G unlimited 7/16 (cert copy in file, from the shop's QC). OJT complete 7/17, shop kept him at $21/hr. Trey on vacation, will call him next week to close OJT and start follow-up.`, '-', '-', false, [CT]),

  note(MN, 'l17-welding-shop-floor-mn-001', `Alexandria trailer plant - Wk 3: 30 shop / 10 class. Talked with trainee (Nate S.) at the booth on first break 1/22/26, 10 min. ATCC welding: 1F/2F passed, GMAW lab 88. Floor: tacking crossmembers on the flatbed line. ISS reviewed, WF1 OJT and training enrolments current.`, 'I', 'P', true, []),
  note(MN, 'l17-welding-shop-floor-mn-002', `2/11/26 - called Nate, NA, VM.`, 'T', 'P', false, [UA]),
  note(MN, 'l17-welding-shop-floor-mn-003', `2/13/26 - Nate called me back at lunch 12 min. Wk 6: 34 shop / 10 class. Passed 3F bend test 2/10, struggling with overhead. Lead hand (Ben) giving him 30 min hood time after shift. Record and ISS reviewed.`, 'T', 'P', true, []),
  // The lead hand and the instructor: recorded, Nate himself not reached in March.
  note(MN, 'l17-welding-shop-floor-mn-004', `3/10/26 - ATCC instructor (Mr. Kraft) emailed: Nate 4F passed 3/6, attendance 100% Feb. Lead hand Ben on the floor 3/12: Nate now running the fender line solo, 172 OJT hrs. Nate on days off this week.`, 'I', 'V', false, []),
  note(MN, 'l17-welding-shop-floor-mn-005', `3/24/26 - texted Nate, asked for a good time to talk. No reply.`, 'E', 'P', false, [RP]),
  note(MN, 'l17-welding-shop-floor-mn-006', `3/27/26 - Nate: "hey sorry, working 50s this month. 4G done, GMAW final 4/10. they want me on 2nd for the bump." Texted back: 2nd shift ok for OJT, will update. ISS reviewed.`, 'E', 'P', true, []),
  note(MN, 'l17-welding-shop-floor-mn-007', `4/14/26 - on the floor, Nate at the fender line, hood up, we talked 5 min over the grinders. All good.`, 'I', 'P', true, [PM, NS]),
  note(MN, 'l17-welding-shop-floor-mn-008', `5/5/26 - HR sent Nate's OJT timesheet for April: 176 hrs, $19.50/hr, 2nd shift diff. Invoice 4 to CareerForce.`, '-', 'V', false, [CT]),
  note(MN, 'l17-welding-shop-floor-mn-009', `5/19/26 - Zoom w/ Nate from home (he's on 2nd now). ATCC spring term done: GMAW final 91, FCAW 84. Summer off from class, 40 shop hrs/wk. OJT ends 6/26, plant plans to keep him. Record and ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'l17-welding-shop-floor-mn-010', `Mankato fab shop - 6/2/26 - letter to trainee (Jorge P.) at his new address re: June check-in and OJT paperwork.`, 'L', 'P', false, [RP]),
  note(MN, 'l17-welding-shop-floor-mn-011', `6/9/26 - Jorge mailed back the signed OJT training plan, wrote on it "working 40, passed the SCC 2G test, thanks." ISS updated in WF1.`, 'L', 'P', true, []),
  note(MN, 'l17-welding-shop-floor-mn-012', `6/23/26 - stopped at the Mankato shop, Jorge was out on a field install at the elevator in Lake Crystal. Left note w/ shop foreman.`, 'I', 'P', false, [UA]),
  note(MN, 'l17-welding-shop-floor-mn-013', `7/7/26 - break room at the Mankato shop w/ Jorge, 20 min. Field installs 3 days/wk, 46 hrs last wk incl OT. SCC summer class 3G passed 7/1, 4G in Aug. Asked about CWI path later. Record reviewed.`, 'I', 'P', true, []),
  note(MN, 'l17-welding-shop-floor-mn-014', `7/28/26 - Foreman (Gus) called: Jorge got a written warning for no-call no-show 7/27. Gus thinks "car trouble." Jorge not answering, called twice, VM full.`, 'T', 'V', false, [UA]),
  note(MN, 'l17-welding-shop-floor-mn-015', `Jorge P. - Jorge came to CareerForce Mankato, 30 min. Car died, that's why he missed 7/27. Bought a $1,800 car w/ his tax refund, needs help with insurance (referred to emergency fund). Back on schedule, 44 hrs this wk. ISS reviewed.`, 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'l17-welding-shop-floor-mn-016', `8/18/26 - shop timeclock printout for Jorge (Aug 1-15): 82 hrs, 0 late. SCC 4G scheduled 8/20.`, '-', '-', false, [CT]),
  note(MN, 'l17-welding-shop-floor-mn-017', `8/25/26 - TC w/ Jorge, he passed the 4G on 8/20 (SCC posted the grade), last class 8/27. Shop is moving him to lead on field installs at $24/hr 9/1. ISS updated for retention.`, 'T', 'P', true, []),
];
