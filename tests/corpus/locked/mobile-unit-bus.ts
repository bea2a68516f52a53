/**
 * A mobile American Job Center bus or van (locked split, batch 8: scored and floored, aggregates only): a unit
 * that visits rural libraries, parks, county fairs and job fairs on a posted schedule in the Missouri Ozarks and
 * in northwest Minnesota ("WOW bus", Workforce on Wheels). Notes start with the stop's header (unit, place, hours),
 * then who came aboard, walk-ups at the door, sign-in sheets and walk-up lists, stations, greeters and drivers,
 * breakdowns and snow-outs, postcards with the next quarter's schedule.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A name on a sign-in sheet is not a contact with the case manager: someone came to the bus, and only
 * a talk with the writer (aboard or at the door) counts. A participant seen waving at the fair, signed in with
 * another station, or gone before her turn was not met; a missed appointment at a stop is a no-show.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'mobile-unit-bus';
export const BATCH = 8;

export const NOTES: LabelledNote[] = [
  note(MO, 'mobile-unit-bus-mo-001', `MOBILE UNIT - Mtn Grove Public Library 10/7 0900-1500\nCust came aboard 10:40, met at station 2. She's 4 wks into CNA class at Texas Co. Tech (attendance 100%, skills checkoff 11/1). Printed her clinical schedule. Cont OST per IEP; unit back here 11/4.`, 'I', 'P', true, []),
  // Signed in with the greeter for someone else's workshop; the writer never saw her.
  note(MO, 'mobile-unit-bus-mo-002', `MOBILE UNIT - Houston MO, Emmett Kelly Park 10/8\nCust is on the sign-in sheet (line 14, 11:05) for the resume workshop run by the greeter. I was at station 1 all day and never saw her; workshop roster shows she left 11:30.`, 'I', 'P', false, []),
  note(MO, 'mobile-unit-bus-mo-003', `Unit schedule change: Cabool stop 10/15 cancelled (generator). Texted all Cabool-area participants incl. cust the new date, 10/22.`, 'E', 'P', false, [RP]),
  note(MO, 'mobile-unit-bus-mo-004', `Cabool 10/22 - cust walked up to the bus door but didn't come aboard (had her dog). Talked at the door ~10 min: CNA clinicals started at the Cabool nursing home, 12 hr shifts Sat/Sun, passed the midterm 86%. Gas card issued. Cont OST per IEP.`, 'I', 'P', true, []),
  note(MO, 'mobile-unit-bus-mo-005', `Willow Springs stop 10/23 - held cust's 1:00 appt, no show. Unit left at 3:00.`, 'I', 'P', false, [UA], { field: 'I' }),
  // Her name on the walk-up list, gone before her turn: nobody met her, and the unit made no attempt.
  note(MO, 'mobile-unit-bus-mo-006', `Mtn View stop 10/24: cust's name on the walk-up list at 2:10 but she left before her turn, 6 people ahead of her. Did not see her.`, 'I', 'P', false, []),
  note(MO, 'mobile-unit-bus-mo-007', `Phone call from cust 10/27 (she called the unit cell). Sorry she left Mtn View, had to get the kids. Clinicals going well, 48 of 75 hrs done. Will come aboard at Mtn Grove 11/4. Cont per IEP.`, 'T', 'P', true, []),
  note(MO, 'mobile-unit-bus-mo-008', `Mtn Grove 11/4: cust aboard 9:15, did her state board aplication on the unit laptop w/ me, fee paid w/ supportive svc card. Test date TBD. Cont OST per IEP.`, 'I', 'P', true, []),
  // Library staff are someone else; "on the computers" is no progress in her class.
  note(MO, 'mobile-unit-bus-mo-009', `Mtn Grove stop 12/2 (no appt w/ cust). Library staff (Ms. Purcell) told me cust is in most Tuesdays on the computers.`, 'I', 'O', false, [TP, PM, JM]),
  note(MO, 'mobile-unit-bus-mo-010', `Mobile unit at Wright Co. Fair 8/14 - 212 visitors per the clicker. Cust was working the 4-H food stand next to us, waved at us.`, 'I', 'P', false, []),
  note(MO, 'mobile-unit-bus-mo-011', `Cust boarded at the Seymour stop 12/9: passed CNA state exam 12/5 (skills + written), on the registry. Applied at 3 nursing homes on the unit PCs. Next: job search per IEP; unit back 1/6.`, 'I', 'P', true, []),
  note(MO, 'mobile-unit-bus-mo-012', `Sign-in sheets from the 12/9 Seymour stop scanned to file: 17 walk-ups, 4 WIOA (incl. cust).`, '-', '-', false, [CT]),
  note(MO, 'mobile-unit-bus-mo-013', `TC w/ cust 12/16 - hired at the Ava nursing home, CNA, nights, $17/hr, starts 12/28. Cont retention services per IEP.`, 'T', 'P', true, []),
  note(MO, 'mobile-unit-bus-mo-014', `Mailed the "Unit schedule Jan-Mar" postcard to cust 12/20.`, 'L', 'P', false, [RP]),
  note(MO, 'mobile-unit-bus-mo-015', `Ava stop 1/6 snowed out, rescheduled 1/13. Cust not notified (no working # on file).`, '-', 'P', false, [CT]),
  note(MO, 'mobile-unit-bus-mo-016', `1/13 Ava - cust came aboard on her day off. Working 36 hrs/wk nights, likes it. Brought a pay stub for the file. Retention svcs cont per IEP.`, 'I', 'P', true, []),
  // The Vocational Rehab counselor aboard worked with her and told the writer afterwards; the writer was with someone else.
  note(MO, 'mobile-unit-bus-mo-017', `MOBILE UNIT - Mansfield, Laura Ingalls Wilder Library lot, 1/20/27, 0930-1430\nStaff aboard: me (WIOA), R. Tolliver (VR counselor), driver Gary. Weather cold, lot plowed.\nWalk-ups: 11. Scheduled: 3 (2 showed). Services: 5 resume, 3 UI questions, 2 job search, 1 VR intake.\nCust signed in 11:20 for VR. I was at station 2 with a walk-up doing a UI appeal form the whole time she was aboard. Rhonda told me after that cust is working through the Typing and Office Skills modules on the VR laptop at home, finished 2 of 5 modules with 90%+, and is still looking for a day shift because of the kids. Rhonda will send her VR plan update to me by email.\nCust left at 11:50 before I was free.\nNext Mansfield stop 2/17, will book cust a slot at station 2. Cont per IEP.`, 'I', 'O', false, [TP]),

  note(MN, 'mobile-unit-bus-mn-001', `WOW bus - Fosston Library 10/6. Client came aboard 1:15. Reviewed ISS. Still in welding at Northland (TRF), 2nd semester, GPA 3.1. Commute is hard - talked carpool options. Next bus visit Fosston 11/3.`, 'I', 'P', true, []),
  // His mother at the fair: recorded, not his contact, and "doing good" is no progress.
  note(MN, 'mobile-unit-bus-mn-002', `WOW bus - Mahnomen Fair 10/8. Client's mom stopped by the bus and said he's doing good in school.`, 'I', 'A', false, [PM, NS]),
  note(MN, 'mobile-unit-bus-mn-003', `Walk-up list 10/13 Red Lake Falls: client signed in 2:40 for the resume printer, bus closed at 3 before I got to him. Will call.`, 'I', 'P', false, []),
  note(MN, 'mobile-unit-bus-mn-004', `Called client 10/14 re: yesterday - he just needed resume prints for Digi-Key; applied there + Arctic Cat. ISS: job search alongside welding.`, 'T', 'P', true, []),
  note(MN, 'mobile-unit-bus-mn-005', `Bus schedule change postcard sent to all Pennington Co. clients 10/20.`, 'L', 'P', false, [RP]),
  note(MN, 'mobile-unit-bus-mn-006', `Client came aboard at the Thief River Falls stop 10/27: Digi-Key 2nd interview 10/30. Welding midterms B/B+. Updated resume.`, 'I', 'P', true, []),
  note(MN, 'mobile-unit-bus-mn-007', `Per Northland welding instructor (phone 10/28): client attending, 2 absences this term, passed the vertical weld test.`, 'T', 'V', false, []),
  note(MN, 'mobile-unit-bus-mn-008', `Bus broke down 11/3, Fosston stop cancelled. Left VM for client re: cancellation.`, 'T', 'P', false, [UA]),
  // He asked when the bus comes; the answer back is one-way, and his question carries no news.
  note(MN, 'mobile-unit-bus-mn-009', `Client messaged the WOW Facebook page 11/4: "did the bus come today?" Replied w/ the next date, 11/17.`, 'E', 'P', false, [RP]),
  note(MN, 'mobile-unit-bus-mn-010', `11/17 Fosston - client did not come to his appt. 3 others on sign-in.`, 'I', 'P', false, [UA]),
  note(MN, 'mobile-unit-bus-mn-011', `Client texted 11/18: "got the digikey job!! start 12/1 2nd shift $21". Called him back, talked 10 min - will keep welding Tue/Thu days. ISS updated.`, 'T', 'P', true, []),
  note(MN, 'mobile-unit-bus-mn-012', `WOW bus @ Warroad job fair 11/20. Marvin recruiter told me client applied online with them last wk. Client not at the fair.`, 'I', 'V', false, []),
  note(MN, 'mobile-unit-bus-mn-013', `Monthly contact - 12/8 - phone - client - working at Digi-Key 40 hrs, welding final 12/16.`, 'T', 'P', true, []),
  // No date and no date field: this screen has none.
  note(MN, 'mobile-unit-bus-mn-014', `bus stop TRF, client aboard. ok.`, 'I', 'P', true, [PM, NS, DM], { noDateField: true }),
  note(MN, 'mobile-unit-bus-mn-015', `Sign-in sheet 12/15 TRF shows client at station 3 (w/ Brenda, Job Service). Did not meet w/ me.`, 'I', 'P', false, []),
  note(MN, 'mobile-unit-bus-mn-016', `WOW line voicemail 12/22 from client: "passed welding final, got my cert, call me." Called back 12/23, NA.`, 'T', 'P', false, [UA]),
  note(MN, 'mobile-unit-bus-mn-017', `WORKFORCE ON WHEELS - Roseau, Roseau Civic Center lot - 1/12/27 10:00-3:00\nStop stats: 9 walk-ups, 2 appts. Internet via hotspot, slow.\n1:30 appt: client came aboard on time with his girlfriend (she waited up front). Met at station 1, about 40 min. Client finished the welding diploma at Northland 12/16 (final 88), diploma mailed. Started at Polaris Roseau 1/5 as a welder/fabricator, 2nd shift, 40 hrs, $22.75, 90-day probation. He brought his first pay stub and the offer letter, copies in file. Car is the problem: 45 min each way from Badger in winter, his transmission is slipping. Talked about a car repair request under supportive services; he'll get 2 estimates. Also wants to test for the AWS cert Polaris pays extra for ($1/hr). Updated ISS: training completed, employed, retention services; ended the OST activity in WF1 and added employment.\nNext: bus back in Roseau 2/9, client will come aboard on his day off with the estimates.`, 'I', 'P', true, []),
];
