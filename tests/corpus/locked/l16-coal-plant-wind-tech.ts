/**
 * Dislocated-worker counselors serving coal-plant closure cohorts that are retraining for wind, solar and the
 * lines (locked split, batch 16: scored and floored, aggregates only). In Missouri the counselor sits two days a
 * week at a transition center set up in the union hall after the Riverbend Station units were retired (NDWG and
 * WIOA DW co-enrolled), sending people to Crowder College's MARET Center (wind technician, GWO Basic Safety
 * Training, climb assessments), NABCEP solar courses online and CDL-A ranges; in Minnesota the counselor works
 * out of CareerForce Monticello for workers leaving Xcel's Sherco units in Becker, with St. Cloud Technical &
 * Community College's Energy Technical Specialist, Minnesota West's wind program and HVAC evening certificates.
 * The voice: a plant-floor plainness, first person, "sev pkg", "UI wk 14 of 26", unit and tower jargon, Teams calls
 * to people training out of state, spouses who know the plant as well as the worker does.
 * Labels come from the policies and the definition of a qualifying contact, written before any checker ran on
 * them. How I read the hard cases: a voicemail the participant left us with good news is not a two-way contact
 * until we talk (MO §2.2: a message left is not sufficient, whichever way it went); a call he answered from the
 * range and then a call back the same morning that connected is a contact; "not a no-show" with a late talk is a
 * contact; a spouse at the counter who "didn't know his grades" has no substantive knowledge (MO §2.2 alternate);
 * a provider's office confirming only that he is on the roster is not progress plus justification; the closure
 * info session he signed into is a group meeting, not a contact with him; in Minnesota a wife's news and the
 * wind program's e-mail are recorded (Letter 110, Policy 6) but are not the monthly contact; a call he picked up
 * while driving and cut short discussed nothing, so it is an attempt; Teams calls are telephone.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l16-coal-plant-wind-tech';
export const BATCH = 16;

export const NOTES: LabelledNote[] = [
  note(MO, 'l16-coal-plant-wind-tech-mo-001', `10/27/2026 OV at the transition center (IBEW hall) w/ Dale Kruse, ex-boiler operator Riverbend Unit 2. 40 min. He's wk 5 of 16 in Crowder MARET wind tech. GWO BST first aid, manual handling and fire awareness done; climb assessment 10/22 passed on the 80 ft training tower. Attendance 100%. Sev pkg runs out 12/31, UI wk 14 of 26. ITA continues - he still needs tower rescue and Electrical I to finish per IEP (wind technician). Next OV 11/12.`, 'I', 'P', true),
  note(MO, 'l16-coal-plant-wind-tech-mo-002', `10/28/2026 Called Dale re: copies of his GWO certs for the file. Mailbox full, could not leave a msg.`, 'T', 'P', false, [UA]),
  // The first try failed; he called back within the quarter hour and they talked.
  note(MO, 'l16-coal-plant-wind-tech-mo-003', `11/03/2026 TC to Dale 9:10, no answer. He called back 9:25 from the tower yard and we talked about 10 min. Electrical I quiz 88, missed 2 days last wk (kid sick), made up the lab Sat. Tower rescue class 11/20. ITA continue per IEP, he needs rescue + Electrical I for the GWO cert.`, 'T', 'P', true),
  // His wife is the IEP alternate, but she had nothing about his progress to give.
  note(MO, 'l16-coal-plant-wind-tech-mo-004', `11/05/2026 Spoke w/ Dale's wife Trish at the front counter - she dropped off a copy of his GWO first aid card. Said he's doing good, didn't know his grades. Dale not with her.`, 'I', 'A', false, [TP, JM]),
  note(MO, 'l16-coal-plant-wind-tech-mo-005', `09/30/2026 Emailed Rachel Ostrander (ex-lab tech, Riverbend chem lab) re: NABCEP PV Associate exam date and asked for her HeatSpring progress report. No reply as of 10/9.`, 'E', 'P', false, [RP]),
  note(MO, 'l16-coal-plant-wind-tech-mo-006', `10/12/2026 Rachel replied to my 9/30 email: done with 38 of 40 HeatSpring modules, exam booked 10/24 at the Pearson center in Joplin. Still wants the installer job with the co-op. I replied with the testing voucher info. ITA continues thru the exam per IEP (solar PV installer).`, 'E', 'P', true),
  // Her news came only as a voicemail; the call back did not reach her.
  note(MO, 'l16-coal-plant-wind-tech-mo-007', `11/02/2026 Rachel left me a VM Sat: she passed the NABCEP exam and wants to talk about the co-op job. Called her back 11/2 at 8:45 - no answer, left msg.`, 'T', 'P', false, [UA]),
  note(MO, 'l16-coal-plant-wind-tech-mo-008', `11/06/2026 Dale not answering this wk. TC w/ Crowder MARET lead instructor B. Hollis re: Dale: 15 of 16 days attended in Oct, climb re-cert passed 10/30, Electrical I at 88. Hollis recommends he stay on for tower rescue 11/20. ITA continue per IEP.`, 'T', 'V', true),
  // The college's office would only say he is on the roster.
  note(MO, 'l16-coal-plant-wind-tech-mo-009', `10/15/2026 TC Crowder front office re: Dale. They confirmed he is still on the roster for the fall wind cohort; they don't give grades over the phone.`, 'T', 'V', false, [TP, PM, JM]),
  note(MO, 'l16-coal-plant-wind-tech-mo-010', `10/06/2026 Gary Polk (58, ex-coal handler) in the office 45 min. Got his CDL-A permit 10/2, passed all 3 knowledge tests. Range days start 10/13, 4 wks. Wants the fuel-hauling contractor job that's hiring former plant guys. ITA approved for CDL-A; continue per IEP.`, 'I', 'P', true),
  note(MO, 'l16-coal-plant-wind-tech-mo-011', `11/04/2026 Gary no call/no show for 10:30 OV. Waited 20 min.`, 'I', 'P', false, [UA]),
  // "Not a no-show": he came late and they sat down.
  note(MO, 'l16-coal-plant-wind-tech-mo-012', `11/04/2026 Correction to this morning - not a no-show. Gary came in at 11:15, range ran long. Sat down w/ him 20 min: backing skills test passed on 2nd try, pre-trip test set for 11/10. Continue ITA per IEP, he needs the road test to finish.`, 'I', 'P', true),
  // A group info session he signed into.
  note(MO, 'l16-coal-plant-wind-tech-mo-013', `09/15/2026 Ran the Riverbend closure info session at the IBEW hall, 6-8 pm, 31 former employees. Covered NDWG eligibility, ETPL list, UI and sev pkg questions. Gary signed in.`, 'I', 'P', false, [NS]),
  note(MO, 'l16-coal-plant-wind-tech-mo-014', `10/20/2026 Teams call w/ Marcus Greer, he's out at the Dodge City KS training site. Finished BST, passed ART (advanced rescue) 10/17, blade repair module starts 10/26. Conditional offer from a Vestas subcontractor once blade repair is done. Lodging supportive svc approved thru 11/1; continue per IEP, he still needs blade repair.`, 'T', 'P', true),
  note(MO, 'l16-coal-plant-wind-tech-mo-015', `11/17/2026 Teams call scheduled 2 pm w/ Marcus. He never joined, waited 15 min.`, 'T', 'P', false, [UA]),
  note(MO, 'l16-coal-plant-wind-tech-mo-016', `11/24/2026 OV w/ Marcus to sign the NDWG enrollment update. SSN on form 512-38-7704 checked against his card. He starts w/ the Vestas subcontractor 12/7 as Tech I, $27/hr, blade repair cert done 11/13. Continue follow-up thru 30 days on the job before exit.`, 'I', 'P', true, [PII]),
  note(MO, 'l16-coal-plant-wind-tech-mo-017', `11/24/2026 TC Dale. Fine.`, 'T', 'P', true, [PM, JM, NS]),

  note(MN, 'l16-coal-plant-wind-tech-mn-001', `11/2/26 In person w/ Karen Lindahl at CareerForce Monticello, 40 min. Ex-Sherco control room. SCTCC Energy Technical Specialist, fall sem 4 courses, midterms A, A, B+, B, attending all. Reviewed EP and WF1 enrollment (training activity open thru 5/2027). Next monthly contact early Dec.`, 'I', 'P', true),
  note(MN, 'l16-coal-plant-wind-tech-mn-002', `10/1/26 Called Karen, straight to VM. Left msg to call back re: spring registration.`, 'T', 'P', false, [UA]),
  note(MN, 'l16-coal-plant-wind-tech-mn-003', `10/5/26 Emailed Karen the spring registration reminder + FAFSA renewal link.`, 'E', 'P', false, [RP]),
  note(MN, 'l16-coal-plant-wind-tech-mn-004', `10/7/26 Karen replied to my 10/5 email: registered for spring (PLC II, power plant ops lab), FAFSA done, still working Saturdays at Fleet Farm. EP unchanged.`, 'E', 'P', true),
  note(MN, 'l16-coal-plant-wind-tech-mn-005', `10/14/26 Jim Brandt walked in, 30 min w/ me. He's decided against the lineworker program ("climbing poles at 61 - no thanks"). Enrolled in SCTCC HVAC evening cert starting 1/12 instead. Applied to 3 maintenance jobs (CentraCare, ISD 728, a Monticello contractor). Updated EP and WF1 activity.`, 'I', 'P', true),
  // Written as a phone contact, but his wife answered and he was not there.
  note(MN, 'l16-coal-plant-wind-tech-mn-006', `11/9/26 Phone contact w/ Jim - his wife answered, Jim out deer hunting til Sunday. Asked her to have him call me.`, 'T', 'P', false, [UA]),
  // His wife's news, with a job and a wage: recorded, not the monthly contact.
  note(MN, 'l16-coal-plant-wind-tech-mn-007', `11/12/26 Jim's wife Carol called: Jim got the ISD 728 maintenance job, starts 11/30, $26.40/hr. He'll call me when he's back.`, 'T', 'A', false),
  note(MN, 'l16-coal-plant-wind-tech-mn-008', `11/16/26 TC w/ Jim. Confirmed ISD 728 maintenance, day shift, starts 11/30 at $26.40. Putting the HVAC cert on hold. Reviewed EP; post-placement f/u in Dec.`, 'T', 'P', true),
  note(MN, 'l16-coal-plant-wind-tech-mn-009', `10/20/26 Zoom w/ Tyler Omdahl from his apt in Canby. 2nd yr wind tech at Minnesota West. Fall: climb cert renewed, hydraulics B, 1 absence. Has a summer internship offer from NextEra at Lake Benton. EP reviewed, no changes.`, 'T', 'P', true),
  note(MN, 'l16-coal-plant-wind-tech-mn-010', `11/10/26 Texted Tyler: "Monthly check in - how are classes going?" Delivered.`, 'E', 'P', false, [RP]),
  note(MN, 'l16-coal-plant-wind-tech-mn-011', `11/11/26 Tyler texted back: "good, passed electrical II midterm 81, 1 more wk of fall climbs". Replied asking for his grades printout for the file.`, 'E', 'P', true),
  note(MN, 'l16-coal-plant-wind-tech-mn-012', `Contact attempts - Heather Sand (ex-Sherco coal yard): 9/29 called, no answer. 10/6 called, number not in service. 10/13 letter mailed to Becker address asking her to call.`, 'L', 'P', false, [UA, RP]),
  note(MN, 'l16-coal-plant-wind-tech-mn-013', `10/27/26 10/13 letter to Heather came back "not deliverable as addressed". No new address in WF1.`, 'L', 'P', false, [UA]),
  note(MN, 'l16-coal-plant-wind-tech-mn-014', `11/5/26 Heather walked in! Moved to St. Cloud, new # entered in WF1. She's been in the SCTCC CDL-A program since Oct, wk 4, permit passed, road test 12/3. Reviewed EP with her and changed the goal to CDL driver.`, 'I', 'P', true),
  // The wind program's own report: recorded under Policy 6, not a contact with Tyler.
  note(MN, 'l16-coal-plant-wind-tech-mn-015', `10/30/26 Email from the Minnesota West wind program coordinator re: Tyler: attendance 98%, passed GWO BST refresher, on track to finish in May.`, 'E', 'V', false),
  note(MN, 'l16-coal-plant-wind-tech-mn-016', `Spoke w/ Karen. Doing fine.`, '-', 'P', false, [CT, PM, NS, DM], { noDateField: true }),
  // She picked up but could not talk; nothing about her training was exchanged.
  note(MN, 'l16-coal-plant-wind-tech-mn-017', `11/20/26 Called Karen 3:40. She picked up, said she was driving to Becker and would call me Monday. Didn't get into school at all.`, 'T', 'P', false, [UA]),
];
