/**
 * Deckhands and sailors on the rivers and the Great Lakes (locked split, batch 10: scored and floored, aggregates
 * only): Bootheel and Cape Girardeau case managers with adults and dislocated workers in towboat OJT on the
 * Mississippi and Ohio (28 days on, 14 off, crew changes at Cairo, Memphis and Wood River, port captains, crewing
 * dispatchers, TWIC and the Coast Guard's Merchant Mariner Credential, Tankerman-PIC courses and transfer record
 * books), and Duluth and St. Paul counselors with lakers in winter layup and fit-out, STCW basic safety training,
 * union hall dispatch, St. Paul harbor fleeting OJT, the boat's satellite phone and crew Wi-Fi.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A port captain or fleet manager supervising an OJT, and a maritime school's instructor, are the
 * provider (Missouri: counts with substantive progress and a reason to continue, §2.2; Minnesota: recorded, never
 * the monthly contact); the company's crewing dispatcher is the same employer with nothing on progress. A union
 * hall dispatcher is someone else ("other"); a wife listed as the contact is the alternate. A call from the boat
 * that connects, however short, is a call with him; a vessel-tracking page, a post on his own page or an
 * auto-reply is no contact.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'river-towboat-deckhands';
export const BATCH = 10;

export const NOTES: LabelledNote[] = [
  note(MO, 'river-towboat-deckhands-mo-001', `PC w/ participant 1/7/25 while he was waiting on the bank at Cairo for crew change. Finished his first 28-day hitch on the MV Carol Ann as deckhand trainee: says he can make up tow, throw a line, and "wire" barges now, and the mate signed off page 1 of his skills checklist. Sore but wants to stay. OJT continues per IEP (deckhand -> tankerman). Next contact at his next crew change ~2/4.`, 'T', 'P', true, []),
  note(MO, 'river-towboat-deckhands-mo-002', `Texted participant 1/20: "How's the hitch going? Call when you're in range." No reply. Boat is below Memphis per dispatch.`, 'E', 'P', false, [RP]),
  note(MO, 'river-towboat-deckhands-mo-003', `TC 1/28/2025 w/ Capt. Luther Pruitt, port captain (OJT employer, Bootheel Marine Towing). Pt worked 28 days x 12 hrs = 336 hrs this period, checklist sections 1-4 signed (lines & rigging, wiring, deck safety, galley/housekeeping), no safety write-ups. Capt. says he'll be ready for the lead deckhand checklist by April. OJT contract runs through 4/30, continue per IEP; reimbursement invoice to follow.`, 'T', 'V', true, []),
  // The crewing office is the employer's, but a schedule is not progress in the OJT.
  note(MO, 'river-towboat-deckhands-mo-004', `E-mail from Bootheel Marine crewing dept 1/30: "He is on the boat until 2/11, crew change Memphis." That's all.`, 'E', 'V', false, [TP, PM, JM]),
  // A satellite call that connected for a minute is a real two-way exchange, however thin.
  note(MO, 'river-towboat-deckhands-mo-005', `Pt called me from the boat's sat phone 2/3 around 7 pm. Said "I'm good, I'll call you at crew change" and the call dropped.`, 'T', 'P', true, [PM, JM, NS]),
  // The wife called about a check: no knowledge of his progress is given.
  note(MO, 'river-towboat-deckhands-mo-006', `Pt's wife (listed emergency/alternate contact) called 2/5 to ask when the supportive services check for his bus fare to crew change will be mailed. Told her it goes out 2/7.`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'river-towboat-deckhands-mo-007', `OV 2/14/25 during his 14 days off. Brought two paystubs (28 days @ $215/day) and his new MMC (Z-card) from the National Maritime Center. He wants the Tankerman-PIC (Barge) endorsement since tankermen make $300+/day. Plan: ITA request for the SCI Center for Maritime Education Tankerman course in Paducah (March class), OJT continues through 4/30 per IEP. Back on the boat 2/25.`, 'I', 'P', true, []),
  // A letter to the employer that nobody has answered is not a contact with anyone.
  note(MO, 'river-towboat-deckhands-mo-008', `Mailed OJT mid-point evaluation form to Capt. Pruitt 2/18 with a return envelope. Not returned yet.`, 'L', 'V', false, [RP]),
  note(MO, 'river-towboat-deckhands-mo-009', `Called pt 3/3 11:15. Straight to VM (on hitch). Left msg w/ my number.`, 'T', 'P', false, [UA]),
  note(MO, 'river-towboat-deckhands-mo-010', `E-mail 3/21 from Ms. Arceneaux, simulator/classroom instructor, SCI Center for Maritime Education: participant completed the 40-hr Tankerman-PIC (Barge) course 3/17-3/21, final exam 92%, course completion certificate issued. He still needs 5 supervised transfers signed in his transfer record book before he can apply to the USCG for the endorsement. Continue ITA/OJT support until the endorsement is issued per IEP.`, 'E', 'V', true, []),
  note(MO, 'river-towboat-deckhands-mo-011', `Pt e-mailed me 3/26 from the boat's crew wifi: "Got my first 2 transfers signed off at Wood River this week, loading diesel. 3 to go. Mate says I might get moved up to tankerman on the next hitch." Replied 3/26 to congratulate him and ask him to send a photo of the TRB page when he has all 5; ITA closed (course done), OJT continues per IEP to 4/30.`, 'E', 'P', true, []),
  // A public post on his own page is not a message to the writer.
  note(MO, 'river-towboat-deckhands-mo-012', `Saw on pt's public Facebook page (3/30) a photo of him on the head of the tow with the caption "tankerman soon". No contact.`, '-', '-', false, []),
  note(MO, 'river-towboat-deckhands-mo-013', `Talked to pt on the phone at crew change. OJT done, Bootheel Marine kept him on as a full deckhand at $240/day and he's bidding tankerman. Closing the OJT activity; follow-up services per IEP.`, 'T', 'P', true, [DM], { noDateField: true }),
  // The port captain confirms only that he is still employed.
  note(MO, 'river-towboat-deckhands-mo-014', `Called Capt. Pruitt 4/10 to verify employment. He said "yeah he's still with us."`, 'T', 'V', false, [TP, PM, JM]),
  note(MO, 'river-towboat-deckhands-mo-015', `90-day contact letter mailed 4/1. Pt returned the tear-off 4/15 in the stamped envelope: checked "Still employed", wrote "made tankerman 4/9, $305 a day, want to stay in follow up", and a new cell # (573-555-0191). Follow-up continues per IEP; will call at his May crew change.`, 'L', 'P', true, []),
  note(MO, 'river-towboat-deckhands-mo-016', `Sat phone call w/ pt 4/22 (he called me). Caught his hand between a barge and the kevel on 4/18; on light duty ashore at the Cape office, doctor says back on the boat ~5/20. Talked about workers' comp paperwork and keeping his tankerman transfers current. Planned gap not needed if he's back by 5/20; continue follow-up, next call 5/21.`, 'T', 'P', true, []),
  note(MO, 'river-towboat-deckhands-mo-017', `Supervisor file review 4/30: last CMC 4/22 (phone). IEP current. CM to make next contact before 7/21.`, '-', '-', false, []),

  note(MN, 'river-towboat-deckhands-mn-001', `Monthly contact 1/10/25, in person at CareerForce Duluth. Client is in winter layup (laid off from Fraser Shipyards' winter work crew Friday) and is 3 days into the 5-day STCW Basic Safety Training at the Duluth training center: personal survival and fire fighting done, first aid and PSSR this week. ISS reviewed; OST enrollment current in WF1.`, 'I', 'P', true, []),
  note(MN, 'river-towboat-deckhands-mn-002', `2/3 emailed client asking for his monthly update and the STCW certificate copy. No reply yet.`, 'E', 'P', false, [RP]),
  note(MN, 'river-towboat-deckhands-mn-003', `Phone call with client 2/12. Completed STCW BST 1/14 (all four modules passed), submitted his MMC application to NMC on 2/10, waiting on the medical certificate review. He is on the Great Lakes union hall list for an ordinary seaman job at fit-out in March. ISS/activities reviewed in WF1; copy of STCW certificate placed in file.`, 'T', 'P', true, []),
  note(MN, 'river-towboat-deckhands-mn-004', `Training center coordinator emailed 2/14 confirming client completed STCW Basic Safety Training 1/10-1/14 and passed all four modules; certificate # in attached PDF.`, 'E', 'V', false, []),
  // The union hall dispatcher is neither a provider nor the listed alternate.
  note(MN, 'river-towboat-deckhands-mn-005', `Called union hall dispatcher 3/3. He said client is 4th on the list for an OS job when fit-out starts and "should go out by the end of the month".`, 'T', 'O', false, []),
  // His own text with news, answered by the writer, is a written exchange.
  note(MN, 'river-towboat-deckhands-mn-006', `3/20 client texted: "got the call!! reporting to the boat at the Duluth port terminal 3/22 for fit out, OS". Texted back 3/20: "Congrats! Call me when you have a minute, I'll need your pay info for WF1." He replied "will do after we sail".`, 'E', 'P', true, []),
  note(MN, 'river-towboat-deckhands-mn-007', `4/4 called client's cell: "The number you have dialed is not in service."`, 'T', 'P', false, [UA]),
  note(MN, 'river-towboat-deckhands-mn-008', `Client's wife (listed contact) emailed 4/10: he is sailing Duluth–Gary on the ore boat, 12 hr days, passed his first 30 days as OS, phone plan changed so new # to follow. Asked about his tuition reimbursement.`, 'E', 'A', false, []),
  note(MN, 'river-towboat-deckhands-mn-009', `Monthly contact 5/6: reached client on his cell while his boat was loading at the CN ore dock in Duluth. He passed his 30-day probation as OS, is logging sea days toward the 180 he needs for the AB endorsement, and gave me his new number. ISS updated with AB as next goal; record reviewed.`, 'T', 'P', true, []),
  // A vessel-tracking site is a public record of a ship, not of a contact.
  note(MN, 'river-towboat-deckhands-mn-010', `Checked the vessel passage site: client's boat downbound at the Soo Locks 4/28, due back Duluth ~5/5. Will try him then.`, '-', '-', false, []),
  // An auto-reply is the mail system's, not his.
  note(MN, 'river-towboat-deckhands-mn-011', `Emailed client 4/14 re: April contact. Auto-reply: "I am aboard ship until mid-July with limited e-mail. Thank you."`, 'E', 'P', false, [RP]),
  note(MN, 'river-towboat-deckhands-mn-012', `Client (Upper Miss deckhand, harbor fleeting OJT) came into WorkForce Center St. Paul 2/25/25 with his pre-employment drug screen result (negative) and TWIC enrollment receipt. OJT with the fleeting company starts 3/3 when the harbor opens; we went over the OJT training plan (building tows, line handling, skiff ops). ISS reviewed and OJT activity entered in WF1.`, 'I', 'P', true, []),
  note(MN, 'river-towboat-deckhands-mn-013', `TC 3/28 with fleet manager (OJT supervisor), Pig's Eye fleet: client has 160 hrs, is learning to build tows and run the skiff, no safety issues. OJT evaluation form to be mailed.`, 'T', 'V', false, []),
  // The meeting was in person and did not happen; the fleet manager's word is his.
  note(MN, 'river-towboat-deckhands-mn-014', `Client did not show for the 4/9 OJT review at the fleet office. Fleet manager said he called in sick.`, 'I', 'P', false, [UA]),
  note(MN, 'river-towboat-deckhands-mn-015', `4/15 phone, 2 min. Client says all fine.`, 'T', 'P', true, [PM, NS]),
  note(MN, 'river-towboat-deckhands-mn-016', `4/22 left VM for client to reschedule OJT review.`, 'T', 'P', false, [UA], { noDateField: true }),
  note(MN, 'river-towboat-deckhands-mn-017', `Client called 5/12 from the fleet office. TWIC card came in the mail, he is back to full 12-hr days and the fleet manager has him on the deck crew full time after the OJT ends 5/30. Wanted to know why his SSN is wrong on the OJT form (he read it to me: 472-91-3385); told him I would fix it in WF1. ISS reviewed.`, 'T', 'P', true, [PII]),
];
