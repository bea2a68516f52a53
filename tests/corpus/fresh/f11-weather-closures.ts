/**
 * Weather, closures and outages (fresh split: new voices, scored and listed but not floored yet). The voice: case
 * managers in northern Missouri (Kirksville, Macon, Chillicothe), the Ozarks (West Plains, Rolla) and northern and
 * southwestern Minnesota (Bemidji, Thief River Falls, Roseau, Marshall, Worthington) whose winter and spring are
 * written around the weather: ice days and snow emergencies, "no travel advised" on MnDOT 511, MoDOT road
 * closures, tornado warnings that empty the office, floods over the low-water crossing, power and phone outages,
 * the job center closed by the county, school closings that leave a participant home with the kids, and the phone
 * call that replaced the appointment. Sources of realism: rural American Job Center and CareerForce closure
 * notices, county emergency-management alerts, and how staff write up the day the weather decided.
 * Reading of the policy for the hard cases: an appointment cancelled or never held by weather is no contact; a
 * participant's call to cancel is a contact only when the case manager spoke with her (a voicemail or a message
 * taken by the front desk is not); a call or video meeting that replaced the visit is the contact (telephone;
 * video counted as in person only where the note says both sides talked on camera, else telephone when by
 * phone audio). Road, school and outage facts are neutral. In Missouri a provider's substantive report counts; in
 * Minnesota a provider or relative never stands in for the monthly contact with the participant (TP).
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'f11-weather-closures';

export const NOTES: LabelledNote[] = [
  note(MO, 'f11-weather-closures-mo-001', `Kirksville JC closed 1/6/26 (ice, county closure). 10:00 OV w/ cust cancelled by office. Will reschedule.`, '-', '-', false, [CT, NS]),
  // The call replaced the cancelled visit: she talked, gave progress, and the plan is stated.
  note(MO, 'f11-weather-closures-mo-002', `Office closed for ice 1/6/26 so I called cust at 10:00 instead of the OV. Spoke 20 min. She is 3 wks into CNA at Moberly Area CC Kirksville site, no absences until today (class cancelled too). Clinicals move to 2/2. Cont ITA per IEP; OV rescheduled 1/13.`, 'T', 'P', true, []),
  note(MO, 'f11-weather-closures-mo-003', `1/7/26 roads still slick on Hwy 6. Called cust to confirm tomorrow - rang through to a full mailbox. Could not leave msg.`, 'T', 'P', false, [UA]),
  note(MO, 'f11-weather-closures-mo-004', `Cust left VM 1/8/26 7:40 am: "Roads are bad out by Novinger, I'm not gonna make it in, call me." Called back 8:15, NA.`, 'T', 'P', false, [UA]),
  note(MO, 'f11-weather-closures-mo-005', `Cust made it in 1/9/26 after all, 4WD borrowed from her dad. OV 30 min: passed CNA skills check-off #2 (bed bath, vitals), 100% attendance except the ice day. Needs new scrub set (torn) - SS request submitted. Continue ITA; next OV 2/6.`, 'I', 'P', true, []),
  // The tornado warning emptied the building before the customer said anything about her training.
  note(MO, 'f11-weather-closures-mo-006', `4/28/26 Tornado warning for Adair Co. at 2:05 - building to shelter. Cust had just checked in at front desk for 2:00; we all went to the basement hallway and she left when it lifted at 2:40 to get her kids. Did not get to meet. Resched 4/30.`, '-', '-', false, [CT, NS]),
  note(MO, 'f11-weather-closures-mo-007', `Follow up to 4/28 warning: met cust 4/30 in office. Finished Welding I at the Kirksville Area Tech Center 4/24, grade B, 92% attendance; Welding II starts 5/4. Hail took out her windshield, insurance covering. Continue ITA for Welding II per IEP.`, 'I', 'P', true, []),
  note(MO, 'f11-weather-closures-mo-008', `Power out at West Plains JC 2/17/26 all morning - phones down. Cust's 9:30 phone appt missed on our end. Emailed her to apologize and asked for a call back.`, 'E', 'P', false, [RP]),
  // Her e-mail answer arrives in the same note: a written reply with progress.
  note(MO, 'f11-weather-closures-mo-009', `Emailed cust 2/17/26 re phones down, asked how the CDL permit test went. She replied 2/18: "No problem! passed the permit test 2/14, start range days at Drury's CDL school 3/2, still at Dollar General 30 hrs." Cont OST per IEP; range schedule to file.`, 'E', 'P', true, []),
  // A home visit that never reached the door: an attempt in person, not a contact.
  note(MO, 'f11-weather-closures-mo-010', `Low water crossing on CR 5200 flooded 3/19/26 - could not get to cust's home for the HV. Turned around at the barricade. Will call.`, 'I', 'P', false, [UA]),
  note(MO, 'f11-weather-closures-mo-011', `HV rescheduled from 3/19 flood - reached cust by phone 3/20. She is fine, house dry. Still 3/4 through the HiSET: passed math 3/5, reading scheduled 4/9 at the Howell Co. adult ed. Continue youth svcs to finish HiSET.`, 'T', 'P', true, []),
  note(MO, 'f11-weather-closures-mo-012', `Snow day 2/3/26, Macon office closed per the Regional Mgr. No appts held. Staff teleworked.`, '-', '-', false, [CT, NS]),
  // The instructor is the provider; she gives attendance and a reason to continue - Missouri accepts this.
  note(MO, 'f11-weather-closures-mo-013', `Cust's phone out since the storm (lines down on her road). Called instructor Mr. Hale at the Rolla Tech Center 2/5/26: cust has attended every HVAC class day this term (17/17 counting snow make-ups), passed the EPA 608 Core 1/30, on track to finish 5/15. Continue ITA; will try cust again when AT&T restores service.`, 'T', 'V', true, []),
  note(MO, 'f11-weather-closures-mo-014', `2/9/26 Cust's mom called, said the phone company still hasn't fixed the line and cust is "doing good in school".`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'f11-weather-closures-mo-015', `Cust called 2/11/26 from a neighbor's phone. Talked 10 min: line fixed "maybe Friday". Passed the EPA Type II quiz, brazing lab next wk. Continue ITA per IEP.`, 'T', 'P', true, []),
  note(MO, 'f11-weather-closures-mo-016', `Sent letter 1/12/26 since the 1/6 ice-day appt never happened: asked cust to call by 1/30 to reschedule.`, 'L', 'P', false, [RP]),
  note(MO, 'f11-weather-closures-mo-017', `1/12 letter came back - "return to sender, vacant". Cust may have moved after the pipes froze.`, 'L', 'P', false, [UA]),
  // Short, but she answered and said something about the activity; it is thin (NS) and says nothing about why to continue.
  note(MO, 'f11-weather-closures-mo-018', `Ice again 2/20/26. TC w/ cust, she's ok, still working at Hy-Vee.`, 'T', 'P', true, [JM, NS]),
  note(MO, 'f11-weather-closures-mo-019', `Zoom set up 3/3/26 because Hwy 63 closed by the wreck + sleet. Cust never joined; waited 15 min, called, VM.`, 'T', 'P', false, [UA]),
  // A video meeting with both on camera and talking is read as a face-to-face contact.
  note(MO, 'f11-weather-closures-mo-020', `3/4/26 Zoom w/ cust (camera on, both talking) instead of the OV - roads still bad. Reviewed her job search log: 6 apps this wk, interview at Walmart DC Macon 3/9. Continue job search assist per IEP; bus pass not needed, her cousin drives.`, 'I', 'P', true, []),
  note(MN, 'f11-weather-closures-mn-001', `Bemidji CareerForce closed 12/29/25 - blizzard warning, MnDOT no travel advised Hwy 2 to Cass Lake. Client's 1:00 appt cancelled by office; left VM with new date 1/5.`, 'T', 'P', false, [UA]),
  note(MN, 'f11-weather-closures-mn-002', `Called client 12/29/25 because of the closure instead of meeting. Talked 15 min. He finished the Northwest Tech CDL class-A skills test 12/22 (passed), starts at Bemidji Cooperative Assn as a fuel delivery driver 1/5. Plan: retention checks monthly.`, 'T', 'P', true, []),
  // Her text only cancels; the counselor's reply asks for a call that has not come: no exchange about her services yet.
  note(MN, 'f11-weather-closures-mn-003', `-32 windchill 1/20/26, school closed, client texted "kids home, cant come 2day sorry". Replied asking for a call when she can.`, 'E', 'P', false, [RP]),
  // The texted reply answers the question and carries progress: a written reply from the participant.
  note(MN, 'f11-weather-closures-mn-004', `Text thread 1/21/26. Me: "How did the medical coding midterm go?" Client: "got an 88!! only missed the snow day class, catching up online w/ Canvas". Me: "Great - next check in Feb." ISS: training continues.`, 'E', 'P', true, []),
  note(MN, 'f11-weather-closures-mn-005', `Client's 2/3/26 appt: Thief River Falls office open but she called front desk at 8:45 to cancel, her car won't start in the cold. Receptionist took the message.`, 'T', 'P', false, [UA]),
  note(MN, 'f11-weather-closures-mn-006', `2/4/26 reached her by phone: car jumped, running. Lost 2 shifts at Digi-Key during the cold snap, back to 32 hrs this wk. Wants to enroll in the NCTC electronics cert in fall. ISS updated with that goal.`, 'T', 'P', true, []),
  note(MN, 'f11-weather-closures-mn-007', `Roseau office - power outage 3/11/26 10-2. Sat with client in the dark lobby w/ a lantern (!) and went over her job search: 4 apps, 1 interview at Polaris 3/13. She will call after the interview.`, 'I', 'P', true, []),
  note(MN, 'f11-weather-closures-mn-008', `Marshall WFC closed 4/14/26 (sleet, county closure). Mailed the monthly contact form to client with a stamped return envelope.`, 'L', 'P', false, [RP]),
  // The form came back filled in by him: a written response with his progress.
  note(MN, 'f11-weather-closures-mn-009', `Monthly contact form mailed 4/14 returned 4/22/26 in client's handwriting: "still at Schwan's plant, 2nd shift, 40 hrs, passed forklift cert 4/10, want to move to maintenance tech." Counselor reviewed; ISS goal updated.`, 'L', 'P', true, []),
  note(MN, 'f11-weather-closures-mn-010', `Flooding on the Redwood River 4/2/26, client's street evacuated. Called her 4/2, 4/3 - both NA, VM full.`, 'T', 'P', false, [UA]),
  note(MN, 'f11-weather-closures-mn-011', `Client's sister answered client's phone 4/4/26: client is staying with her in Tracy and is OK, will call when things settle.`, 'T', 'A', false, [TP, PM]),
  note(MN, 'f11-weather-closures-mn-012', `4/8/26 client called back, we talked 25 min. Home has 2 ft of water in basement, staying with sister. Missed a week of the SMSU phlebotomy course; instructor is letting her make up clinical hours in May. She still wants to finish. Continue training on ISS; will check in 4/22.`, 'T', 'P', true, []),
  note(MN, 'f11-weather-closures-mn-013', `Dec storm week: no contact with client. Office closed 12/9, 12/10. Next month.`, '-', '-', false, [CT, NS]),
  // The meeting was planned and rained out: nothing happened but a plan.
  note(MN, 'f11-weather-closures-mn-014', `Plan was to meet client at the Warroad library 2/24/26; library closed for the storm. Will try again 3/3.`, '-', '-', false, [CT, NS]),
  note(MN, 'f11-weather-closures-mn-015', `Met client 3/3/26 Warroad library (rescheduled from the storm). Marvin's hired her on the door line 2/27, 40 hrs, $19.50. Finished the job search piece. ISS: move to retention.`, 'I', 'P', true, []),
  note(MN, 'f11-weather-closures-mn-016', `Snowed in - worked from home 1/15/26. Phone call w/ client (Google Voice). Talked about the welding class starting 1/20 at Bemidji State, she has her gear. She'll call if the bus doesn't run.`, 'T', 'P', true, [], { field: 'T' }),
  // They were together and talked, so it is an in-person contact (it happened); it only lacks any content.
  note(MN, 'f11-weather-closures-mn-017', `Worthington MN 3/30/26 - tornado sirens during the appt. Client and I went to the shelter room w/ everyone; then the all clear. She had to go get her daughter from daycare, appt ended. Only talked about the weather.`, 'I', 'P', true, [PM, NS]),
  note(MN, 'f11-weather-closures-mn-018', `Emailed client 1/27/26 - office reopening after the storm, please reschedule. Out-of-office auto reply: "I am at work til 4".`, 'E', 'P', false, [RP]),
  note(MN, 'f11-weather-closures-mn-019', `Client came in 1/29/26 (storm appt made up). 2 wks at Sanford lab as a phlebotomist, full time days, passed probation review. Needs work boots for the ice - gave the voucher. Continue retention per ISS.`, 'I', 'P', true, []),
  // The employer confirmed hours only; in Minnesota the employer never stands in for the client.
  note(MN, 'f11-weather-closures-mn-020', `Client unreachable since the ice storm (phone shut off?). Called her supervisor at Sanford 2/12/26: she's been at work every shift, 40 hrs, doing well.`, 'T', 'V', false, [TP]),
];
