/**
 * Disaster-recovery dislocated worker grants (locked split, batch 7: scored, aggregates only): temporary
 * clean-up and humanitarian jobs after floods, crews and crew leads, staging areas and safety tailgates,
 * participants displaced to shelters and FEMA hotel rooms, Red Cross and FEMA staff at resource centres. A
 * crew lead or the worksite host is the activity provider (Missouri: counts only with substantive progress and a
 * reason to continue; Minnesota: recorded, never the monthly contact); Red Cross, FEMA and shelter staff are
 * another agency's people ("other"), whose news about housing is not progress in the enrolled activity. A front
 * desk saying he checked out is an attempt; a timesheet handed in or e-mailed is a document; a safety briefing
 * to a whole crew is not an exchange with him.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { CT, JM, MN, MO, NS, PM, RP, TP, UA, note, type LabelledNote } from '../types';

export const STYLE = 'disaster-recovery-ndwg';
export const BATCH = 7;

export const NOTES: LabelledNote[] = [
  note(MO, 'disaster-recovery-ndwg-mo-001', "Disaster NDWG (DR-4612 flooding). Met w/ cust at the Poplar Bluff worksite staging area 5/12 at start of shift. Cust is on Crew 2 (debris removal, city parks), has worked 64 of his 1,040 max hrs, got his tetanus shot at the county health dept 5/9. Still staying at the Super 8 on FEMA TSA. Continue disaster relief employment per IEP; CM will bring a rain gear voucher Fri.", 'I', 'P', true),
  note(MO, 'disaster-recovery-ndwg-mo-002', "TC w/ Crew 2 lead Earl Vance 5/19 (cust out on a haul). Earl reports cust worked 40 hrs last wk, 0 absences, completed chainsaw safety 5/15 and is running the chipper now. Cust stays on the crew per IEP/worksite agreement through the end of the parks project.", 'T', 'V', true),
  note(MO, 'disaster-recovery-ndwg-mo-003', "Red Cross disaster caseworker (Shonda) called 5/20 asking if cust is still in our program, she is working his housing case. Confirmed he is enrolled.", 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'disaster-recovery-ndwg-mo-004', "Went by the Super 8 5/22 eve to drop off the rain gear voucher. Front desk said cust checked out 5/21, no forwarding info.", 'I', 'P', false, [UA]),
  note(MO, 'disaster-recovery-ndwg-mo-005', "Cust called CM 5/23 - moved in w/ his cousin in Dexter after FEMA TSA ran out. Still working Crew 2, rides in with Earl. Says he's at 112 hrs. Gave new address; CM to mail the rain gear voucher there. Cont per IEP.", 'T', 'P', true),
  // A form handed in at the trailer: a document, not a contact with anyone.
  note(MO, 'disaster-recovery-ndwg-mo-006', "Crew 2 timesheets for pay period ending 5/30 turned in by Earl Vance at the staging trailer. Cust: 38.5 hrs. Submitted to payroll.", '-', '-', false, [CT]),
  note(MO, 'disaster-recovery-ndwg-mo-007', "FEMA DRC staff called 6/2: cust was approved for rental assistance. Cust told them he'd get in touch with us about a tool allowance.", 'T', 'O', false, [TP, PM, JM]),
  // A briefing given to 22 workers is not an exchange with him.
  note(MO, 'disaster-recovery-ndwg-mo-008', "Weekly safety tailgate 6/6 at the staging area - CM presented on heat illness to Crews 1-3 (22 workers incl. cust). Sign-in sheet in file.", 'I', 'P', false),
  note(MO, 'disaster-recovery-ndwg-mo-009', "After the 6/13 tailgate talked w/ cust one-on-one by the trucks. He's at 190 hrs, wants to get his CDL permitt for the long-term rebuild jobs. CM will check ITA eligibility for CDL training after the NDWG job ends; cont disaster employment per IEP meanwhile.", 'I', 'P', true),
  note(MO, 'disaster-recovery-ndwg-mo-010', "Texted cust 6/20 the CDL info session date (7/1). He replied \"ok ill be there, im off that day\".", 'E', 'P', true, [PM, JM]),
  note(MO, 'disaster-recovery-ndwg-mo-011', "CDL info session 7/1 - cust did not show. Called him after, no answer, LM.", 'T', 'P', false, [UA]),
  note(MO, 'disaster-recovery-ndwg-mo-012', "Email 7/8 from the Parks Director (worksite host): parks debris project wraps up 7/15 and Crew 2 moves to the levee job.", 'E', 'V', false, [TP, PM, JM]),
  note(MO, 'disaster-recovery-ndwg-mo-013', "Mailed letter to cust at the cousin's address in Dexter 7/10 - need to reach him re: crew transfer and CDL. Asked him to call.", 'L', 'P', false, [RP]),
  note(MO, 'disaster-recovery-ndwg-mo-014', "Cust called 7/14, got my letter. Missed the CDL session bc he was pulled for an emergency haul. Transferring to the levee crew 7/16, 410 hrs so far of 1,040. Rescheduled him for the CDL session 8/5. Cont per IEP.", 'T', 'P', true),
  // A log: the 7/28 visit is its latest contact that connected; the no-show and the call after it are attempts.
  note(MO, 'disaster-recovery-ndwg-mo-015', "7/28 Site visit levee job - cust on crew, talked at lunch: 452 hrs, no issues, still wants CDL. Cont per IEP.\n8/5 CDL info session - cust no-show.\n8/6 called cust NA.", 'I', 'P', true),
  note(MO, 'disaster-recovery-ndwg-mo-016', "Cust's NDWG disaster employment ended 9/30 (max hrs reached, 1,040). No contact this qtr. Will try to reach cust re: CDL ITA.", '-', 'P', false, [CT]),
  note(MN, 'disaster-recovery-ndwg-mn-001', "Disaster Recovery DWG (spring flooding) - intake follow-up. Met client at the Ada Red Cross shelter 4/22. He is placed on the sandbag/cleanup crew with Norman County Highway, starts 4/24, 8 hrs/day. Lost his job at the grain elevator due to the flood. ISS started.", 'I', 'P', true),
  note(MN, 'disaster-recovery-ndwg-mn-002', "4/29 crew lead Troy (Norman Co Hwy) called: client worked 4 days, showed up every day on time, good worker.", 'T', 'V', false),
  note(MN, 'disaster-recovery-ndwg-mn-003', "Client called 5/6 from the shelter phone. Says the crew is mucking out basements in Ada now, 40 hrs last week. His hands are blistered - needs work gloves. Will issue supportive svc. ISS reviewed.", 'T', 'P', true),
  note(MN, 'disaster-recovery-ndwg-mn-004', "5/13 tried client at the shelter - shelter staff said he moved to the AmericInn in Crookston on the FEMA hotel program. Left msg for him with the AmericInn front desk.", 'T', 'P', false, [UA]),
  note(MN, 'disaster-recovery-ndwg-mn-005', "Shelter caseworker emailed 5/14 the client's new motel room # and said he's doing okay.", 'E', 'O', false, [PM, NS]),
  note(MN, 'disaster-recovery-ndwg-mn-006', "5/20 Visited the AmericInn, knocked on room 114, no answer. Left card under door.", 'I', 'P', false, [UA]),
  note(MN, 'disaster-recovery-ndwg-mn-007', "5/21 client returned my call from the motel - got the card. Still on the crew, now at the Crookston riverfront cleanup, 36 hrs last wk. Will pick up gloves 5/22. Reviewed ISS.", 'T', 'P', true),
  note(MN, 'disaster-recovery-ndwg-mn-008', "Timesheet for client (pp ending 5/31) e-mailed in by the Polk County Emergency Mgmt timekeeper: 72 hrs.", 'E', 'V', false),
  note(MN, 'disaster-recovery-ndwg-mn-009', "June monthly contact. Our office had a table at the Red Cross Multi-Agency Resource Center (MARC) at the Crookston armory 6/9, 10-4. Client came in around 1:00 to see FEMA about rental help and came over to our table after. We talked maybe 20 min in the side room. He finished his FEMA application today and is waiting on the inspection; the AmericInn room is paid through 6/21 and he does not know what happens after that. He has worked 190 hrs on the Polk County cleanup crew so far and the crew lead told him the riverfront job ends 6/30. He wants to stay in Crookston instead of going back to Ada because his kids are in school here. Discussed next steps - WEX with Crookston Public Works or an OJT; he is interested in equipment operator work and already has a Class B. Gave him the Public Works posting. Salvation Army table gave him a grocery card while he was there. ISS updated with the new goal, crew activity stays open in WF1 until 6/30.", 'I', 'P', true),
  note(MN, 'disaster-recovery-ndwg-mn-010', "6/16 FEMA rep at the MARC told CM client was approved for rental assistance.", 'I', 'O', false, [PM]),
  note(MN, 'disaster-recovery-ndwg-mn-011', "Red Cross caseworker called 6/23: she met with client today and he signed a lease for an apartment on Main St. in Crookston.", 'T', 'O', false, [PM]),
  note(MN, 'disaster-recovery-ndwg-mn-012', "Crew job ended 6/30. Texted client 7/1 re: next steps and OJT leads at Crookston Public Works. Delivered, no reply.", 'E', 'P', false, [RP]),
  note(MN, 'disaster-recovery-ndwg-mn-013', "7/8 phone w/ client, new cell 218-555-0177. He's moved into the apartment. Applied to Crookston Public Works (seasonal laborer) and the American Crystal campaign. ISS updated; crew activity closed in WF1.", 'T', 'P', true),
  // Points back to the 7/8 call; this entry holds only a plan.
  note(MN, 'disaster-recovery-ndwg-mn-014', "7/30 no contact yet in July besides the 7/8 call. Will try him this week.", '-', 'P', false, [CT]),
  note(MN, 'disaster-recovery-ndwg-mn-015', "8/4 client came in. Started at American Crystal Sugar 8/1 as a campaign laborer, $21.50/hr, 12 hr shifts. Very happy. Employment entered in WF1; will follow up monthly.", 'I', 'P', true),
  note(MN, 'disaster-recovery-ndwg-mn-016', "8/25 American Crystal HR verified employment for client by phone (for the DWG outcome report): hired 8/1, full-time seasonal.", 'T', 'V', false),
  note(MN, 'disaster-recovery-ndwg-mn-017', "9/15 client called CM on his break at Crystal - 6 wks in, 60+ hrs/wk during campaign, passed his 30-day review. Follow-up monthly per ISS.", 'T', 'P', true),
];
