/**
 * Seasonal resort, lake and hotel workers (locked split, batch 8: scored and floored, aggregates only): Lake of
 * the Ozarks and Branson in Missouri, Detroit Lakes, Lake of the Woods and the Brainerd lakes in Minnesota. End of
 * season layoffs, employer housing (dorms, staff cabins) to move out of, managers' and HR reports, rehire lists,
 * off-season training (ServSafe, hospitality certificates, culinary terms), winter jobs at ski hills and Christmas
 * shows, written by case managers who know every resort by name and write the way the season runs.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A resort manager or HR office is the provider when the participant works there in the enrolled
 * activity or as the employer reporting on them; a housing manager or a roommate is someone else. A rehire list
 * or a manager's praise is not the participant's contact; in Missouri a manager's report counts only with
 * substantive progress and a reason to continue (§2.2).
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'hospitality-seasonal-resort';
export const BATCH = 8;

export const NOTES: LabelledNote[] = [
  note(MO, 'hospitality-seasonal-resort-mo-001', `TC w/ cust 10/6 - season at the Tan-Tar-A ended 10/1, she's on the rehire list for April. Started ServSafe Manager class at SFCC 10/5 (Sat mornings), first quiz 92%. Housing: has to be out of the employee dorm by 10/15, moving in w/ cousin in Osage Beach. Cont OST per IEP through 12/14.`, 'T', 'P', true, []),
  // Praise is no concrete progress, and an e-mail the manager sent is one-way in any case.
  note(MO, 'hospitality-seasonal-resort-mo-002', `Resort GM (Brett, Camden on the Lake) emailed 10/7: "she was one of our best servers this season, we'd hire her back in a heartbeat."`, 'E', 'V', false, [TP, PM, JM]),
  note(MO, 'hospitality-seasonal-resort-mo-003', `Cust came in 10/12 w/ her end-of-season letter from Big Cedar (seasonal layoff 10/9). Completed DW eligibility, enrolled in job search. Wants year-round work, front desk or housekeeping supervisor. Referred to 3 postings. IEP: apply to 5/wk, check in by phone 10/26.`, 'I', 'P', true, []),
  note(MO, 'hospitality-seasonal-resort-mo-004', `LM 10/14 on cust's cell, her greeting says shes at the lake til Fri.`, 'T', 'P', false, [UA]),
  // The customer is in the WEX at this resort: her supervisor reports hours, attendance and cross-training, and the note gives the reason to continue.
  note(MO, 'hospitality-seasonal-resort-mo-005', `Per the housekeeping mgr at Margaritaville Lake Resort (phone 10/16), cust is on the off-season skeleton crew 20 hrs/wk thru Dec, attendance perfect, and she's been cross-training at the front desk 2 shifts/wk. WEX continues per IEP til 12/31.`, 'T', 'V', true, []),
  note(MO, 'hospitality-seasonal-resort-mo-006', `Rehire list from Lodge of Four Seasons rec'd 10/20 by email from HR - cust is listed for the 2027 season, start 4/1.`, 'E', 'V', false, [TP, JM]),
  note(MO, 'hospitality-seasonal-resort-mo-007', `Emailed cust 10/21 the Branson job fair flyer (11/4, Chateau on the Lake) and the ServSafe make-up date.`, 'E', 'P', false, [RP]),
  note(MO, 'hospitality-seasonal-resort-mo-008', `Cust replied to my 10/21 email on 10/23: "I'll be at the fair, also passed ServSafe final 10/19, 84!" Cont OST - cert comes by mail in 2 wks; job search per IEP.`, 'E', 'P', true, []),
  note(MO, 'hospitality-seasonal-resort-mo-009', `Branson job fair 11/4 - staffed the DWD table. Cust stopped by, we talked about Silver Dollar City's Christmas season and she did an on-site interview w/ their HR. Offer pending. Cont job search per IEP.`, 'I', 'P', true, []),
  // A roommate answering is someone else: a message left, whatever news she passes on.
  note(MO, 'hospitality-seasonal-resort-mo-010', `Called cust 11/9, her roommate answered cust's phone - said cust got the SDC job and is at orientation today. Asked roommate to have her call me.`, 'T', 'P', false, [UA]),
  note(MO, 'hospitality-seasonal-resort-mo-011', `Employer housing mgr at Lake Ozark resort called 11/10 - cust moved out of employee housing 11/8, left no forwarding address. Still owes key deposit.`, 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'hospitality-seasonal-resort-mo-012', `11/12 TC cust. At SDC, seasonal "An Old Time Christmas" food service, 36 hrs/wk, $15.50, runs to 12/30. ServSafe cert came in the mail. Plan: look for a year-round role before 12/30; cont per IEP.`, 'T', 'P', true, []),
  note(MO, 'hospitality-seasonal-resort-mo-013', `Off-season: SFCC Hospitality & Tourism cert, spring '27, orientation 1/12. Application packet mailed to cust 11/16, asked her to return it by 12/1.`, 'L', 'P', false, [RP]),
  note(MO, 'hospitality-seasonal-resort-mo-014', `Recieved SFCC application back from cust by mail 11/30, signed, w/ a sticky note: "SDC extended me thru 1/3!" ITA request submitted. Cont per IEP.`, 'L', 'P', true, []),
  note(MO, 'hospitality-seasonal-resort-mo-015', `Resort closed for the season. Cust's number not in service 12/2.`, 'T', 'P', false, [UA]),
  note(MO, 'hospitality-seasonal-resort-mo-016', `12/3 OV w/ cust. ok. see prior.`, 'I', 'P', true, [PM, JM, NS]),
  note(MO, 'hospitality-seasonal-resort-mo-017', `TC w/ cust 12/10 (she called me from the SDC break room, ~20 min). End of the Christmas season is 12/30 and SDC says the food service crew goes back to the rehire pool for March, so she'll be without work Jan-Feb. Employer housing: she's been in the SDC seasonal apartments in Branson West since 11/15 and has to be out by 1/4. She has a room lined up w/ a friend in Hollister for $400/mo starting 1/1. Hours this pay period 72 (36/wk), no missed shifts. ServSafe Manager cert on file. SFCC Hospitality & Tourism spring term: ITA approved 12/8, starts 1/12 (M/W evenings, Branson campus), books $240 - will do supportive svc request. Talked about part-time off-season work that fits M/W nights: Hilton Promenade banquet staff and the Keeter Center both posted. She'll apply by 12/17. Cust agrees IEP goal stays year-round hospitality supervisor, with the cert as the step for it.\nCont OST per IEP; next contact 1/13 after her first week of class.`, 'T', 'P', true, []),

  note(MN, 'hospitality-seasonal-resort-mn-001', `10/5 phone w/ client. Ruttger's season ended 9/30, she's on their rehire list for May. Staying in employer housing til 10/15 by agreement. Enrolled at M State DL for Culinary fundamentals (spring), FAFSA done. Looking at winter work at Detroit Mountain.`, 'T', 'P', true, []),
  // The manager's report is recorded (Policy 6), not the client's monthly contact.
  note(MN, 'hospitality-seasonal-resort-mn-002', `Mgr at Zippel Bay Resort (Lake of the Woods) called 10/7: client worked every scheduled shift this season (42 of 42) and is on the rehire list for May.`, 'T', 'V', false, []),
  note(MN, 'hospitality-seasonal-resort-mn-003', `Texted client 10/9 re: winter job leads (Detroit Mountain lift ops, Holiday Inn DL). No response.`, 'E', 'P', false, [RP]),
  note(MN, 'hospitality-seasonal-resort-mn-004', `Client walked in 10/14 to DL WFC. Applied at Detroit Mountain rental shop + Holiday Inn housekeeping on the resource room computers with me. Out of staff housing, staying with her aunt in Frazee. ISS updated: winter employment + spring culinary.`, 'I', 'P', true, []),
  note(MN, 'hospitality-seasonal-resort-mn-005', `Rehire list: Cragun's sent their 2027 rehire list to the WFC 10/20. Client NOT on it. Will ask her why at next contact.`, '-', 'V', false, [CT]),
  note(MN, 'hospitality-seasonal-resort-mn-006', `Called client 10/22 about the Cragun's list - she said she told them she wants a year-round job and asked not to be put on it. Hired at Detroit Mountain rental shop, 28 hrs/wk, starts 11/27.`, 'T', 'P', true, []),
  note(MN, 'hospitality-seasonal-resort-mn-007', `Video call w/ client 11/3 (Google Meet, she was on camera from her aunt's). ServSafe Food Handler online course 60% done, will finish this wk. Mtn opening pushed to 12/5, no snow.`, 'T', 'P', true, []),
  note(MN, 'hospitality-seasonal-resort-mn-008', `Sent Meet link for 11/17 check-in, client didn't join. Waited 15 min.`, 'T', 'P', false, [UA]),
  note(MN, 'hospitality-seasonal-resort-mn-009', `11/18 client emailed: "sorry missed the meet, phone died. Finished ServSafe, cert attached." Cert in file.`, 'E', 'P', true, []),
  note(MN, 'hospitality-seasonal-resort-mn-010', `Off-season training roster from M State (registrar email 11/19): client registered for Culinary Arts spring term, 12 credits, starts 1/12.`, 'E', 'V', false, []),
  note(MN, 'hospitality-seasonal-resort-mn-011', `Detroit Mtn supervisor (Jake) told me at the 11/21 employer breakfast that client finished both training days and is on the schedule 4 days/wk. Didn't see client.`, 'I', 'V', false, []),
  note(MN, 'hospitality-seasonal-resort-mn-012', `Holiday card + winter job fair flyer mailed to all seasonal DW clients 11/24, incl. client.`, 'L', 'P', false, [RP]),
  note(MN, 'hospitality-seasonal-resort-mn-013', `LM 12/2 cell. Her VM greeting says "on the slopes, text me". Texted too.`, 'E', 'P', false, [UA, RP]),
  note(MN, 'hospitality-seasonal-resort-mn-014', `Client texted back 12/2 evening: "working 32 hrs this wk, mtn opened sat, love it".`, 'E', 'P', true, []),
  // She came by while the writer was out: a drop-in nobody met, no attempt of the writer's.
  note(MN, 'hospitality-seasonal-resort-mn-015', `Client stopped at the WFC 12/10 to drop off her M State schedule at the front desk; I was out at a resort layoff meeting. Schedule in file.`, 'I', 'P', false, []),
  // No date in the text and no date field on this screen.
  note(MN, 'hospitality-seasonal-resort-mn-016', `TC client, good. Nothing new.`, 'T', 'P', true, [PM, NS, DM], { noDateField: true }),
  // Long, with a manager who knows a lot; the client herself only got a text that is still unanswered.
  note(MN, 'hospitality-seasonal-resort-mn-017', `10/12 spoke by phone w/ Deb Sorensen, GM at Northern Pines Resort (Walker). Client worked the whole season there as housekeeping lead, May 15 - Oct 6, about 38 hrs/wk, Deb says she trained 4 new housekeepers and never missed a shift. Resort is closed for the winter except the bar on weekends; client is #2 on the rehire list for 2027 and Deb would like her back as head housekeeper at $19/hr. The staff cabins are shut down and the water is off, so client moved out 10/7; Deb thinks she's staying with her sister in Cass Lake but had no address. Deb also mentioned client asked about the Hospitality Management cert at Central Lakes and that she'd give her a reference.\nTexted client 10/12 at her cell asking her to call me about winter plans and the Central Lakes cert, and that I'd heard good things from Deb. No reply yet.`, 'T', 'V', false, [RP]),
];
