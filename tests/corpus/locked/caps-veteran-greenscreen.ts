/**
 * Thirty-year veterans who still type like the mainframe (locked split, batch 9: scored and floored, aggregates
 * only): ALL CAPS, dates as MM/DD/YY, JTPA-era shorthand (CUST, CLT, PC, HV, OV, NS for no-show, NCNS, RTND, ADV,
 * REF'D, STS for "states"), initials at the end ("/RLH"), system stamps pasted above the text ("*** 600 CMC ***",
 * "PROGRESS NOTE - WF1 - ENTERED BY"), pointers to the paper file, and a typo or two nobody fixes any more.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A stamp that names a contact type is not a contact: the text has to show one. A card left in the door,
 * a letter returned, a paystub in the drop box and a client seen from a doorway are no exchange. "NS" here means
 * no-show. An instructor or OJT supervisor is the provider (Missouri: counts with substantive progress and a reason
 * to continue, §2.2; Minnesota: recorded, never the monthly contact); a spouse, parent or grandparent guardian is
 * the alternate.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, PII, note, type LabelledNote } from '../types';

export const STYLE = 'caps-veteran-greenscreen';
export const BATCH = 9;

export const NOTES: LabelledNote[] = [
  note(MO, 'caps-veteran-greenscreen-mo-001', `600 CMC 08/03/26 PC W/ CUST. STS ATTNDG NCMC LPN PGM DAILY, SUMMER TERM GRADES ALL B OR BETTER, CLINICALS @ HEDRICK MED CTR START 09/08. NO BARRIERS REPORTED. CONT ITA PER IEP THRU 05/27. F/U 30 DAYS. /RLH`, 'T', 'P', true, []),
  // The spouse only took a message: nobody gave news, so it is an attempt to reach him.
  note(MO, 'caps-veteran-greenscreen-mo-002', `08/04/26 PC TO CUST, NA ON CELL. CALLED HOME #, SPOUSE ANS. LM W/ SPOUSE TO RTN CALL. /RLH`, 'T', 'P', false, [UA]),
  note(MO, 'caps-veteran-greenscreen-mo-003', `08/05/26 LTR MAILED TO CUST RE 90 DAY CMC DUE 09/01. /RLH`, 'L', 'P', false, [RP]),
  note(MO, 'caps-veteran-greenscreen-mo-004', `08/12/26 CUST IN OFC W/ MY LTR. STS HE NEVER GOT THE PHONE MSG, WIFE FORGOT. FINISHED OSHA 30 ON 08/07, NOW 2ND WK OF CARPENTRY PRE-APPR @ CARPENTERS TRNG CTR, ATTNDG ALL DAYS. PAID $16.50 WHILE IN CLASS. CONT PRE-APPR PER IEP. NXT CONTACT SEPT. /RLH`, 'I', 'P', true, []),
  // "NS" is the veteran's no-show.
  note(MO, 'caps-veteran-greenscreen-mo-005', `CUST NS FOR 9:00 APPT 08/13/26. NO CALL. /RLH`, 'I', 'P', false, [UA]),
  // The instructor's news is bad news, but it is concrete progress, and the note gives the reason to continue.
  note(MO, 'caps-veteran-greenscreen-mo-006', `08/17/26 TC W/ INSTR (J. MABRY) @ FRANKLIN TECH WELDING. CUST HAS MISSED 4 DAYS IN AUG, FAILED 3G BEND TEST 2X. INSTR STS HE CAN STILL PASS IF HE ATTENDS REST OF TERM, RETEST 09/14. ITA CONT THRU 12/18 PER IEP, WILL DISCUSS ATTNDNCE W/ CUST. /RLH`, 'T', 'V', true, []),
  // The stamp names a telephone contact; the text only points at paper, so no contact is shown here.
  note(MO, 'caps-veteran-greenscreen-mo-007', `*** 600 CMC ***\nSEE PAPER FILE FOR 08/18 CONTACT. /RLH`, 'T', '-', false, [PM, JM, NS], { field: 'T' }),
  note(MO, 'caps-veteran-greenscreen-mo-008', `08/19/26 HV @ CUST RES, RT 2 BOX 41, LICKING. NO ONE HOME, LEFT CARD IN DOOR. /RLH`, 'I', 'P', false, [UA]),
  note(MO, 'caps-veteran-greenscreen-mo-009', `08/20/26 CUST RTND CALL FROM CARD. TALKED 15 MIN. STS TRUCK BROKE DOWN, MISSED A WK OF CLASS @ TCCC. HAS RIDE W/ NEIGHBOR NOW. INSTR ALLOWING MAKE UP ON SATS. REF'D TO SS FOR REPAIR $. CONT OST PER IEP. /RLH`, 'T', 'P', true, []),
  note(MO, 'caps-veteran-greenscreen-mo-010', `08/21/26 EM FROM CUST IN REPLY TO MY 08/18 EM: "I PASSED THE COMPTIA A+ CORE 1 LAST WEEK, CORE 2 IS SCHEDULED 9/10." CONT ITA PER IEP, CERT NOT COMPLETE. /RLH`, 'E', 'P', true, []),
  note(MO, 'caps-veteran-greenscreen-mo-011', `08/24/26 TC W/ CUST MOTHER (ALT CONTACT ON IEP). STS CUST IS "WORKING A LOT." ADV HAVE HIM CALL ME. /RLH`, 'T', 'A', false, [TP, PM, JM]),
  // A paystub in the drop box, nobody seen: a document, not a contact.
  note(MO, 'caps-veteran-greenscreen-mo-012', `CUST LEFT PAYSTUB IN OFC DROP BOX 08/25 (GATES RUBBER, 40 HRS W/E 08/22). DID NOT SEE CUST. SCANNED TO FILE. /RLH`, '-', 'P', false, [CT]),
  note(MO, 'caps-veteran-greenscreen-mo-013', `*** TOOLBOX 600 CMC  ENTERED 09/01/2026 08:14  USER DWD\\RHOLT ***\nCUST DOB 03/14/1971. OV 08/31/26 W/ CUST. COMPLETED CDL-A @ CROWDER 08/21, LIC ISSUED 08/25. 3 APPS IN (PRIME, CFI, TYSON FLEET). JOB SEARCH + SS FOR DOT PHYSICAL PER IEP. F/U 2 WKS. /RLH`, 'I', 'P', true, [PII]),
  // A call did happen, but it says nothing: the findings are for the note, the contact stands.
  note(MO, 'caps-veteran-greenscreen-mo-014', `09/02/26 PC W/ CUST, STS "EVERYTHING FINE." /RLH`, 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'caps-veteran-greenscreen-mo-015', `09/03/26 TXT TO CUST RE OJT TIMESHEET. NO RESP. 09/08 TXT AGAIN. NO RESP. /RLH`, 'E', 'P', false, [RP]),
  // Substantive hours, tasks and wage from the OJT supervisor, but no reason to continue is written.
  note(MO, 'caps-veteran-greenscreen-mo-016', `09/09/26 TC W/ OJT SUPV (D. FRYE, NIXA PRECAST). CUST WORKING 40 HRS, LEARNING FORMS + POURS, ON TIME EVERY DAY, WAGE $17 GOING TO $18 AFTER 90 DAYS. /RLH`, 'T', 'V', false, [JM]),
  note(MO, 'caps-veteran-greenscreen-mo-017', `09/11/26 OJT EMPLOYER CALLED - CUST NCNS 09/09 + 09/10. EMPLOYER WILL TERM IF NCNS AGAIN. 09/11 PC TO CUST NA, VM FULL. /RLH`, 'T', 'P', false, [UA]),

  note(MN, 'caps-veteran-greenscreen-mn-001', `10/01/26 F2F W/ CLIENT @ THIEF RIVER WFC. CLIENT IN 2ND SEM ELECTRICAL @ NORTHLAND, SPRING GRADES 3 A 1 B. WORKING PT @ DIGI-KEY 20 HRS. ISS REVIEWED, ACTIVITIES CORRECT. SCHEDULE + GRADES IN FILE. /GH`, 'I', 'P', true, []),
  note(MN, 'caps-veteran-greenscreen-mn-002', `10/05/26 PC TO CLIENT - NO ANS. NO VM. /GH`, 'T', 'P', false, [UA]),
  // He called back and talked; "all OK" is no result, but the contact happened.
  note(MN, 'caps-veteran-greenscreen-mn-003', `10/06/26 PC FROM CLIENT, RTN MY CALL. SAYS ALL OK IN SCHOOL. /GH`, 'T', 'P', true, [PM, NS]),
  note(MN, 'caps-veteran-greenscreen-mn-004', `10/08/26 EMAIL TO CLIENT W/ FAFSA REMINDER. /GH`, 'E', 'P', false, [RP]),
  note(MN, 'caps-veteran-greenscreen-mn-005', `10/13/26 CLIENT REPLIED TO 10/08 EMAIL - FAFSA DONE 10/11, ALSO PASSED NEC CODE QUIZ 88%. /GH`, 'E', 'P', true, []),
  note(MN, 'caps-veteran-greenscreen-mn-006', `10/15/26 TC W/ NORTHLAND INSTR (ELECTRICAL, MR. OLSON). CLIENT ATTENDING, ON TRACK, LAB WORK GOOD. /GH`, 'T', 'V', false, []),
  note(MN, 'caps-veteran-greenscreen-mn-007', `10/20/26 YOUTH NS @ ALC FOR SCHEDULED MTG 1:30. TEACHER SAYS HE WAS ABSENT TODAY. /GH`, 'I', 'P', false, [UA]),
  note(MN, 'caps-veteran-greenscreen-mn-008', `10/21/26 HV - MET W/ YOUTH + GRANDMOTHER (GUARDIAN) AT HOME. YOUTH WAS SICK YESTERDAY. HAS 9 OF 12 CREDITS @ ALC, WEX @ PENNINGTON CO HWY DEPT 10 HRS/WK. ISS UPDATED. /GH`, 'I', 'P', true, []),
  note(MN, 'caps-veteran-greenscreen-mn-009', `10/26/26 MONTHLY LTR RETURNED - "NOT DELIVERABLE AS ADDRESSED." /GH`, 'L', 'P', false, [UA]),
  // The wife knows a great deal, but in Minnesota the alternate is recorded, never the monthly contact.
  note(MN, 'caps-veteran-greenscreen-mn-010', `10/27/26 PC W/ CLIENT'S WIFE (ALT). SAYS CLIENT FINISHED CDL-B @ NORTHLAND 10/23, PASSED ROAD TEST 10/24, HIRED BY POLK CO HWY, START 11/02. /GH`, 'T', 'A', false, []),
  note(MN, 'caps-veteran-greenscreen-mn-011', `PROGRESS NOTE - WF1 - ENTERED BY: GHANSON 10/28/2026\nFILE REVIEW. ISS + ACTIVITIES CURRENT. NO CONTACT THIS ENTRY.`, '-', '-', false, [CT]),
  note(MN, 'caps-veteran-greenscreen-mn-012', `11/03/26 PC W/ CLIENT. STARTED @ POLK CO HWY 11/02, 40 HRS, $24.10. NOT OJT - DIRECT HIRE. CLOSE TRNG ACTIVITY, OPEN EMPLOYMENT/F-U. /GH`, 'T', 'P', true, []),
  note(MN, 'caps-veteran-greenscreen-mn-013', `11/09/26 TXT TO YOUTH - "CALL ME RE WEX HOURS". SHOWS READ 11/09. /GH`, 'E', 'P', false, [RP]),
  note(MN, 'caps-veteran-greenscreen-mn-014', `11/10/26 YOUTH TXT BACK: "SRY WAS WORKING. GOT 24 HRS LAST 2 WKS AT HWY DEPT, SUPERVISR SAYS IM GOOD ON THE MOWER." /GH`, 'E', 'P', true, []),
  note(MN, 'caps-veteran-greenscreen-mn-015', `11/16/26 TC W/ CLEINT. SAYS SHE DROPPD 1 CLASS (STATS) @ BEMIDJI ST, STILL 12 CR, NO FIN AID PROBLEM. WILL RETAKE SPRNG. ISS CHG. /GH`, 'T', 'P', true, []),
  // Seen from a doorway, never spoken to: no contact, and no attempt was made.
  note(MN, 'caps-veteran-greenscreen-mn-016', `11/17/26 CLIENT IN WFC RESOURCE ROOM, DID NOT ASK FOR ME. SAW HER AT A COMPUTER FROM THE DOORWAY. /GH`, 'I', 'P', false, []),
  note(MN, 'caps-veteran-greenscreen-mn-017', `11/30/26 PC TO CLIENT 9:10 NA. 11/30/26 CLIENT RTN CALL 2:45 - TALKED. FINISHING FALL TERM, FINALS 12/14-18, HOLIDAY JOB @ FLEET FARM 16 HRS. ISS OK. /GH`, 'T', 'P', true, []),
];
