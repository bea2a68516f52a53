/**
 * Job-center sign-in kiosks whose auto-notes staff edit (locked split, batch 15: scored and floored, aggregates
 * only): a visitor-management kiosk at Missouri job centers in Joplin, Jefferson City and north St. Louis County
 * writes a case note by itself for every check-in (a bracketed stamp, the visitor's name and ID, the reason picked on
 * the touch screen, who served them, the wait and the duration), and a front-desk queue system at Minnesota
 * CareerForce locations in Mankato, Bemidji and Brooklyn Park does the same in its own layout. Case managers then
 * open the auto-note and type under it ("STAFF EDIT", "--- added by", "*CM:"), sometimes a full narrative,
 * sometimes one word, sometimes a correction of who the kiosk thought it was; some never edit it at all. The
 * machine's text and the person's text sit in one note and do not always agree.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. What the kiosk says happened is not proof of a contact: a check-in, a computer session, a workshop seat,
 * a reminder text, a callback request and "left before served" are not. A staff edit that records a talk with the
 * participant about the plan is a contact; a staff edit that only corrects the kiosk or closes the ticket is not.
 * A training provider is the provider (Missouri: counts with substantive progress and a reason to continue, §2.2;
 * Minnesota: recorded, never the monthly contact); a parent, a spouse or a friend at the kiosk is someone else.
 */
import { MO, MN, PM, JM, NS, UA, RP, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l15-kiosk-autonote-edited';
export const BATCH = 15;

export const NOTES: LabelledNote[] = [
  note(MO, 'l15-ks-01', "[KIOSK 01/06/2025 08:52:14] Visitor: HARGROVE, DESMOND (ID 7702215) | Reason: Appointment - Case Manager | Served by: L. Castellano | Wait 0:09 | Duration 0:41\n--- STAFF EDIT L. Castellano 01/06/2025 09:40: Met w/ Desmond for monthly check. Welding cert at Franklin Tech: 2nd 8-wk block, 150/160 hrs, passed 1G/2G plate tests. Instructor wants him on the 3G by Feb. Gas card for Jan issued. Continue ITA per IEP (cert due 3/28). Next appt 2/3.", 'I', 'P', true),
  // The kiosk logged a computer session only: he was in the building but talked with no one about his plan.
  note(MO, 'l15-ks-02', "[KIOSK 01/08/2025 13:05:40] Visitor: HARGROVE, DESMOND (ID 7702215) | Reason: Computer/Resource Room | Served by: Resource Room | Duration 1:12", 'I', 'P', false),
  note(MO, 'l15-ks-03', "[KIOSK 01/09/2025 10:17:02] Visitor: PENNINGTON, ALYSSA (ID 7710348) | Reason: Appointment - Case Manager | Status: LEFT BEFORE SERVED (wait 0:38)\n--- STAFF EDIT R. Whitlow 01/09/2025: I was with a walk-in, she left before I got out. Called her 10:30, no answer, LVM.", 'I', 'P', false, [UA]),
  note(MO, 'l15-ks-04', "[KIOSK 01/10/2025 09:01:55] Visitor: PENNINGTON, ALYSSA (ID 7710348) | Reason: Appointment - Case Manager | Served by: R. Whitlow | Wait 0:02 | Duration 0:30\n--- STAFF EDIT R. Whitlow: Alyssa came back today, sorry about yesterday (her ride had to leave). CNA class at the hospital, wk 3: 2 absences (sick kid), skills 9/21 signed. We set up backup childcare through her aunt. Continue per IEP - needs CNA to move from dietary aide to CNA at the same hospital. Next 1/24.", 'I', 'P', true),
  // A workshop seat the kiosk recorded: group, no talk with her about her plan.
  note(MO, 'l15-ks-05', "[KIOSK 01/14/2025 13:58:31] Visitor: PENNINGTON, ALYSSA (ID 7710348) | Reason: Workshop - Interviewing Skills (Room B) | Attended: Y", 'I', 'P', false),
  note(MO, 'l15-ks-06', "[SYSTEM 01/23/2025 17:00:00] Appointment reminder sent by text to PENNINGTON, ALYSSA for 01/24/2025 09:00 with R. Whitlow. Delivery: DELIVERED.", 'E', 'P', false, [RP]),
  // The kiosk said she was served, but the edit says it was her mother at the screen, for her own appointment.
  note(MO, 'l15-ks-07', "[KIOSK 01/24/2025 08:55:10] Visitor: PENNINGTON, ALYSSA (ID 7710348) | Reason: Unemployment Question | Served by: UI Desk | Duration 0:15\n--- STAFF EDIT R. Whitlow: correction - this was Alyssa's mother Gail signed in under Alyssa's name for her own UI question. Alyssa did not come to her 9:00.", 'I', 'P', false, [UA]),
  // A request he typed into the kiosk, which nobody has answered yet: no exchange, and no method of contact.
  note(MO, 'l15-ks-08', "[KIOSK 01/27/2025 11:20:44] Visitor: OKONKWO, CHIDI (ID 7698810) | Reason: Callback Request | Note entered by visitor: 'need to talk about my class schedule'", '-', 'P', false),
  note(MO, 'l15-ks-09', "[KIOSK 01/27/2025 11:20:44] Visitor: OKONKWO, CHIDI (ID 7698810) | Reason: Callback Request\n--- STAFF EDIT M. Dyer 1/27 3:45pm: returned call, spoke w/ Chidi. Lincoln U moved his IT support class to evenings; he can still do it with his warehouse hours if he switches to 1st shift. Attendance 100% so far, A- on the first Net+ practice test. Continue ITA (CompTIA Net+ by May per IEP). Next: call 2/10.", 'T', 'P', true),
  // The counselor's own word "seen" under a 5-minute visit she served: an in-person contact, documented as
  // thinly as it can be.
  note(MO, 'l15-ks-10', "[KIOSK 02/03/2025 08:47:09] Visitor: HARGROVE, DESMOND | Reason: Appointment - Case Manager | Served by: L. Castellano | Duration 0:05\n--- STAFF EDIT: seen.", 'I', 'P', true, [PM, JM, NS]),
  // The instructor's update rides on a visit she made for her own reasons: a provider contact with hours and
  // scores and the reason to go on.
  note(MO, 'l15-ks-11', "[KIOSK 02/05/2025 14:02:51] Visitor: FRANKLIN TECH - WELDING (guest) | Reason: Employer/Partner Visit | Served by: L. Castellano\n--- STAFF EDIT L. Castellano: Welding instructor Pam Roark stopped by w/ Desmond Hargrove's progress sheet: 160/160 hrs block 2 done, 3G plate passed 2/4, on schedule for AWS cert test 3/28. Desmond not reachable this week (on a site tour). Continue ITA to cert per IEP.", 'I', 'V', true),
  note(MO, 'l15-ks-12', "[KIOSK 02/10/2025 16:30:00] Scheduled callback: OKONKWO, CHIDI | Status: NOT COMPLETED\n--- STAFF EDIT M. Dyer: called twice (4:30, 4:50), no answer, mailbox not set up.", 'T', 'P', false, [UA]),
  note(MO, 'l15-ks-13', "[KIOSK 02/12/2025 09:33:18] Visitor: OKONKWO, CHIDI (ID 7698810) | Reason: Appointment - Case Manager | Served by: M. Dyer | Duration 0:22\n--- STAFF EDIT M. Dyer: in office. SSN on the ITA form was wrong - corrected to 521-55-0184 and re-sent. First shift start 2/17 confirmed. Net+ class 6 of 10 wks, 90% attendance, practice test 78%. Continue ITA per IEP, next 3/10.", 'I', 'P', true, [PII]),
  // Her husband checked in to pick up her paperwork: someone else.
  note(MO, 'l15-ks-14', "[KIOSK 02/18/2025 12:12:12] Visitor: PENNINGTON, ALYSSA (ID 7710348) | Reason: Drop Off / Pick Up Documents\n--- STAFF EDIT R. Whitlow: Her husband Josh picked up the signed supportive services form for her. He says she's on nights now.", 'I', 'O', false),
  // The kiosk alone says she was served; no person recorded what happened, so no contact is shown.
  note(MO, 'l15-ks-15', "[KIOSK 02/21/2025 10:00:00] Visitor: PENNINGTON, ALYSSA | Reason: Appointment - Case Manager | Served by: R. Whitlow | Duration 0:28", 'I', 'P', false),
  note(MO, 'l15-ks-16', "[KIOSK 02/21/2025 10:00:00] Visitor: PENNINGTON, ALYSSA | Reason: Appointment - Case Manager | Served by: R. Whitlow | Duration 0:28\n*CM: Talked w/ Alyssa about switching to nights on the dietary job so she can do clinicals days. Clinicals 2/24-3/14 at the hospital, skills 18/21 signed, no absences in Feb. State test 3/28. Continue per IEP.", 'I', 'P', true),
  note(MO, 'l15-ks-17', "[KIOSK 03/04/2025 08:30:27] Visitor: HARGROVE, DESMOND | Reason: Appointment - Case Manager | Status: NO SHOW (appointment expired 09:00)", 'I', 'P', false, [UA]),
  note(MN, 'l15-ks-18', "QUEUE TICKET A-041 | 11/04/2024 09:14 | Customer: Tou Lee (WF1 #3390127) | Service: Meet w/ Counselor | Counselor: B. Gunderson | Called 09:20 | Closed 09:52\n--- added by B. Gunderson 11/4/24: Tou in for his monthly. Medical coding certificate at South Central, fall term: 3 courses, 2 B's and an A at midterm. Studying for the CPC in Dec. Job shadow at the clinic in Mankato set for 11/18.", 'I', 'P', true),
  note(MN, 'l15-ks-19', "QUEUE TICKET A-077 | 11/06/2024 13:40 | Customer: Tou Lee | Service: Resource Room - Printing | Closed 13:55", 'I', 'P', false),
  // The kiosk ticket says "Closed" but the counselor's edit is a voicemail left.
  note(MN, 'l15-ks-20', "QUEUE TICKET C-009 (callback) | 11/12/2024 | Customer: Sharon Whitebird (WF1 #3391845) | Service: Phone Callback | Counselor: D. Kallstrom | Closed\n--- added by D. Kallstrom: called 2:10pm, got vm, left msg with my direct line.", 'T', 'P', false, [UA]),
  note(MN, 'l15-ks-21', "QUEUE TICKET C-014 (callback) | 11/13/2024 | Customer: Sharon Whitebird | Service: Phone Callback | Counselor: D. Kallstrom | Closed\n--- added by D. Kallstrom: reached Sharon 10:05am. She's 6 weeks into the LPN program at Northwest Tech Bemidji, pharmacology exam 84%, clinicals at the nursing home going ok, a bit short on gas money - referred to the supportive services form.", 'T', 'P', true),
  // Only closing the ticket; nothing about Sharon herself.
  note(MN, 'l15-ks-22', "QUEUE TICKET C-015 (callback) | 11/13/2024 | Customer: Sharon Whitebird | Service: Phone Callback | Counselor: D. Kallstrom | Closed\n--- added by D. Kallstrom: duplicate ticket, closed.", '-', '-', false),
  note(MN, 'l15-ks-23', "QUEUE TICKET A-102 | 12/02/2024 10:40 | Customer: Tou Lee | Service: Meet w/ Counselor | Counselor: B. Gunderson | Status: NO SHOW", 'I', 'P', false, [UA]),
  note(MN, 'l15-ks-24', "QUEUE TICKET A-102 | 12/02/2024 10:40 | Customer: Tou Lee | Service: Meet w/ Counselor | Counselor: B. Gunderson | Status: NO SHOW\n--- added by B. Gunderson 12/3: Tou called this morning - his car died on 169. We talked it through by phone: CPC exam moved to 1/11, job shadow went well, clinic said to apply in Jan. I'll mail the car repair supportive services form.", 'T', 'P', true),
  note(MN, 'l15-ks-25', "QUEUE TICKET A-119 | 12/09/2024 08:32 | Customer: Kayla Vang (WF1 #3402281) | Service: Youth Program - Meet w/ Counselor | Counselor: J. Thao | Called 08:40 | Closed 09:15\n--- added by J. Thao: Kayla 17, ISY. Came in w/ her mom. Her first month at the summer-turned-school-year WEX at the library: 42 hrs, supervisor eval 'meets'. Grades: passing all but Chemistry (D). Talked about tutoring Tues/Thurs. She wants to keep the WEX through spring. Next: 1/6.", 'I', 'P', true),
  // Mom came to the desk alone for the daughter's pay question: someone else, thin.
  note(MN, 'l15-ks-26', "QUEUE TICKET A-131 | 12/16/2024 15:10 | Customer: Kayla Vang | Service: Youth Program - General Question | Counselor: J. Thao | Closed 15:16\n--- added by J. Thao: This was Kayla's mom, asking when Kayla's WEX check comes. Told her Friday.", 'I', 'O', false),
  note(MN, 'l15-ks-27', "[FrontDesk] 12/19/2024 reminder email auto-sent to Sharon Whitebird: 'Your January check-in: please call your counselor.' Opened 12/19 19:44.", 'E', 'P', false, [RP]),
  note(MN, 'l15-ks-28', "QUEUE TICKET E-003 (email) | 12/20/2024 | Customer: Sharon Whitebird | Service: Email Reply | Counselor: D. Kallstrom\n--- added by D. Kallstrom: Sharon answered the reminder: finished fall term, GPA 3.2, clinical eval 'satisfactory' all areas, spring starts 1/13. Car fixed. Will call in Jan.", 'E', 'P', true),
  note(MN, 'l15-ks-29', "QUEUE TICKET A-007 | 01/06/2025 | Customer: Kayla Vang | Service: Youth Program - Meet w/ Counselor | Counselor: J. Thao | Called | Closed\n--- added by J. Thao 1/6: Kayla in. Chem up to C-. WEX hours Dec 38. Good.", 'I', 'P', true),
  // The kiosk ticket is for someone else, a walk-in friend who asked about the program.
  note(MN, 'l15-ks-30', "QUEUE TICKET A-044 | 01/13/2025 | Customer: Walk-in (no WF1 #) | Service: Youth Program - Info | Counselor: J. Thao\n--- added by J. Thao: Kayla Vang's friend Mai, interested in the youth program, gave her the application. Kayla was not with her.", 'I', 'O', false),
  note(MN, 'l15-ks-31', "QUEUE TICKET C-021 (callback) | 01/14/2025 | Customer: Tou Lee | Service: Phone Callback | Counselor: B. Gunderson\n--- added by B. Gunderson: called Tou back 1:30. He picked up, said he's at the clinic interview right now, can't talk, will call later.", 'T', 'P', false, [UA]),
  note(MN, 'l15-ks-32', "QUEUE TICKET C-022 (callback) | 01/15/2025 | Customer: Tou Lee | Service: Phone Callback | Counselor: B. Gunderson | Closed\n--- added by B. Gunderson: Tou called back, talked 15 min. Passed the CPC (1/11)! Clinic offered him a coder position, 40 hrs, $22.10, starts 2/3. Plan: exit to employment, follow-up quarterly.", 'T', 'P', true),
  note(MN, 'l15-ks-33', "walk in, no ticket (kiosk down). Sharon stopped by between clinicals, 10 min at the front counter: spring term started, 2 classes + clinicals, pharm II quiz 90%. Wants help with the NCLEX-PN fee in May. - DK", 'I', 'P', true, [DM], { noDateField: true }),
];
