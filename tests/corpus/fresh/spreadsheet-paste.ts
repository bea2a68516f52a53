/**
 * Rows pasted from a tracking spreadsheet into the case-note box (fresh split: new voices, scored and listed but not
 * floored yet). The voice: a case manager who keeps her real log in Excel or a shared Google Sheet and pastes one or
 * several rows into the system's note field: tabs or pipes between Date | Type | Outcome | Notes columns, a header
 * row pasted along (or not), cells cut off mid-word where the column was narrow, "see col F" or "see tab Q2" pointing
 * at cells that did not come along, #N/A and TRUE/FALSE residue from formulas, CSV exports from a report, a row for
 * another participant caught in the selection. Sources of realism: one-stops where staff carry a caseload tracker
 * because the state system's own history screen is slow, and paste from it at the end of the week.
 * A Type cell says how something was tried, never that it connected: the Outcome and Notes cells decide. A row
 * copied from last month's tab is history; a log counts by its connected row, whatever attempts follow it.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'spreadsheet-paste';

export const NOTES: LabelledNote[] = [
  note(MO, 'spreadsheet-paste-mo-001', `Date\tType\tOutcome\tNotes\n3/4/2026\tPhone\tSpoke w/ cust\tWk 6 of CDL-A at Crowder, passed pre-trip insp. 3/2, range test 3/12. Cont ITA per IEP`, 'T', 'P', true, []),
  note(MO, 'spreadsheet-paste-mo-002', `03/05/2026 | TC | NA | LM x2, VM full on 2nd try`, 'T', 'P', false, [UA]),
  note(MO, 'spreadsheet-paste-mo-003', `2/10 | TC | NA |\n2/17 | TC | LM |\n2/24 | TC | disc. |\n2/25 | Letter | Sent | 60-day letter, asked to call`, 'L', 'P', false, [UA, RP]),
  // "Contacted" in the Outcome cell, and the cell that would say what was discussed did not come along: a claim of a
  // call with nothing of the conversation; a monitor would not accept it as documented.
  note(MO, 'spreadsheet-paste-mo-004', `4/2/26 | Phone | Contacted | see col F`, 'T', 'P', false, [PM, JM, NS]),
  note(MO, 'spreadsheet-paste-mo-005', `3/18/26\tTC\tInstructor - Crowder welding (R. Hale)\tAttending 100% since 2/1, passed 3G plate bend test 3/16, midterm B+. Instructor recommends he cont to 4G. Cont ITA`, 'T', 'V', true, []),
  // The Notes cell was cut off at the column edge; what survived still has the hours.
  note(MO, 'spreadsheet-paste-mo-006', `3/20/26\tOV\tMet w/ cust\tBrought OJT timesheets (Leggett & Platt), 38 hrs/wk avg, supervisor says he's pick`, 'I', 'P', true, [JM]),
  note(MO, 'spreadsheet-paste-mo-007', `4/1 | Text | Sent | "Reminder: bring your pay stubs to your appt 4/8 @ 10"`, 'E', 'P', false, [RP]),
  note(MO, 'spreadsheet-paste-mo-008', `4/1 | Text | Out | how's class going?\n4/2 | Text | In | "good got 88 on the pharm exam, clinicals start monday at Bothwell"`, 'E', 'P', true, [JM]),
  note(MO, 'spreadsheet-paste-mo-009', `4/8/2026\tOV\tNo show\t10:00 appt, did not come or call. Resched 4/15 (letter)`, 'I', 'P', false, [UA]),
  note(MO, 'spreadsheet-paste-mo-010', `4/10/26 | see tab "Contacts Q2" |`, '-', '-', false, [CT, NS]),
  // A log: the 5/1 row connected; the later tries do not take it back.
  note(MO, 'spreadsheet-paste-mo-011', `Date | Type | Result | Comments\n5/1 | TC | Spoke w/ cust | Passed state boards (cosmetology) 4/28, offer at Great Clips $14/hr starting 5/15. Cont svcs thru placement/follow-up\n5/20 | TC | NA |\n5/27 | TC | LM |`, 'T', 'P', true, []),
  // The sign-in sheet says he was not there: no contact of any kind.
  note(MO, 'spreadsheet-paste-mo-012', `Date | Event | Attended? | Notes\n5/6/26 | Job Club (Joplin JC) | FALSE | not on sign-in sheet`, '-', '-', false, [CT, NS]),
  note(MO, 'spreadsheet-paste-mo-013', `5/12 | TC | Wife (alt contact) | says he's "doing ok" at school, didn't know grades`, 'T', 'A', false, [TP, JM]),
  note(MO, 'spreadsheet-paste-mo-014', `5/14/26\tInbound call\tCust called CM\tLost job at Tyson 5/9 (attendance pts). Applied Walmart DC + 2 others. Updated IEP: JS asst + resume wkshp. Cont svcs per IEP`, 'T', 'P', true, []),
  note(MO, 'spreadsheet-paste-mo-015', `Participant_ID,Contact_Date,Contact_Method,Result,Comments\n100245,06/02/2026,Email,No Response,"2nd e-mail re: FAFSA verification docs, due 6/15"`, 'E', 'P', false, [RP]),
  // The only connected row in the selection was another customer's, and the writer says so.
  note(MO, 'spreadsheet-paste-mo-016', `Pasted from tracker (this cust's rows only):\n6/3\tTC\tNA\t\n6/5\tTC\tLM\tw/ cust's mother, she'll tell him\n(6/6 row "spoke w/ cust, starting at Walmart Mon" was J. Ochoa's - moved to his file)`, 'T', 'P', false, [UA]),
  note(MO, 'spreadsheet-paste-mo-017', `6/9/26 | OV | Walk-in | Cust came in to drop off ITA invoice, spoke at front desk w/ me 5 min: summer term started 6/8, 2 classes (Hydraulics, PLC I), working 20 hrs at O'Reilly. Cont ITA`, 'I', 'P', true, []),
  note(MO, 'spreadsheet-paste-mo-018', `#N/A\t#N/A\tTC\tLM`, 'T', 'P', false, [UA], { noDateField: true }),
  // A long paste: header, a quarter of rows, and a footer the sheet adds. The connected contact is the 8/20 office
  // visit; the later rows are tries and a letter.
  note(MO, 'spreadsheet-paste-mo-019', `CASELOAD TRACKER - Q3 - D. Ruiz\nCust\tDate\tType\tOutcome\tNotes (see col F for IEP goal)\nM. Tran\t7/7\tTC\tNA\t\nM. Tran\t7/9\tText\tSent\tcall me re: summer grades\nM. Tran\t7/14\tTC\tSpoke\tsummer grades not posted yet, will send when they are\nM. Tran\t8/20\tOV\tMet w/ cust\tBrought transcript: A in Hydraulics, B in PLC I, 3.4 term GPA. Fall schedule set (Motor Controls, Robotics I), 12 cr. Still 20 hrs O'Reilly. Bus pass renewed. Cont ITA per IEP - 2 terms left\nM. Tran\t9/2\tTC\tNA\t\nM. Tran\t9/9\tTC\tLM\tasked for fall attendance\nM. Tran\t9/16\tLetter\tMailed\t90-day reminder\nTOTAL CONTACTS\t3\t\tLAST CMC\t8/20`, 'I', 'P', true, []),
  note(MO, 'spreadsheet-paste-mo-020', `9/22 | TC | Crowder Financial Aid | confirmed enrolled 12 cr fall`, 'T', 'V', false, [TP, JM]),
  note(MO, 'spreadsheet-paste-mo-021', `10/1/26|Email|Reply rec'd|cust replied to my 9/29 email: midterms next wk, has a B in Motor Controls, C+ Robotics (lab behind). Asked for tutoring info - sent. Cont ITA, tutoring referral`, 'E', 'P', true, []),
  note(MO, 'spreadsheet-paste-mo-022', `10/5\tTC\tBusy signal x3`, 'T', 'P', false, [UA]),
  note(MO, 'spreadsheet-paste-mo-023', `Date: 10/7/2026 | Type: TC | With: cust | Outcome: spoke | Notes: fine`, 'T', 'P', true, [PM, JM, NS]),
  // The tracker's "next contact" column holds a plan, nothing more.
  note(MO, 'spreadsheet-paste-mo-024', `Last CMC\tNext CMC due\tPlanned method\n8/20/2026\t11/18/2026\tOV - call to sched`, '-', '-', false, [CT, NS]),
  note(MO, 'spreadsheet-paste-mo-025', `10/12 | Site visit | cust + sup. (Kraft Heinz OJT) | Met both on the floor. Cust running line 4 alone now, sup. rates him 4/5, 40 hrs/wk, $17.25 after 60-day raise. OJT ends 11/30, cont to completion`, 'I', 'P', true, []),
  note(MO, 'spreadsheet-paste-mo-026', `10/14/26\tLetter\tReturned\tUndeliverable - no forwarding addr. TC same day - # not in service`, 'T', 'P', false, [UA]),
  note(MN, 'spreadsheet-paste-mn-001', `Date\tContact Type\tWith\tResult\n3/3/26\tPersonal\tClient\tMet at WFC. Anoka Tech welding, 92% attendance, bend test Fri. ISS reviewed`, 'I', 'P', true, []),
  note(MN, 'spreadsheet-paste-mn-002', `3/2 | email | client | asked for Feb attendance - no reply yet`, 'E', 'P', false, [RP]),
  note(MN, 'spreadsheet-paste-mn-003', `3/9 | phone | client | VM\n3/16 | phone | client | VM\n3/23 | letter | client | monthly contact ltr mailed`, 'L', 'P', false, [UA, RP]),
  // A school office with facts, in Minnesota: recorded, but not the monthly contact.
  note(MN, 'spreadsheet-paste-mn-004', `3/10 | phone | Northland CTC fin aid | Pell posted, client enrolled 12 cr spring`, 'T', 'V', false, []),
  // "Y" in a monthly-contact column, with no how and no what.
  note(MN, 'spreadsheet-paste-mn-005', `Month | Monthly contact made? | Notes\nMar | Y | see notes tab`, '-', '-', false, [CT, PM, NS]),
  note(MN, 'spreadsheet-paste-mn-006', `3/12 | text | out | how's the CNA class?\n3/12 | text | in | "good passed skills check, state test 4/2"`, 'E', 'P', true, []),
  note(MN, 'spreadsheet-paste-mn-007', `3/14/2026\tPhone\tClient\tno answer, mailbox not set up`, 'T', 'P', false, [UA]),
  note(MN, 'spreadsheet-paste-mn-008', `3/17 | Video (Teams) | client | on cam ~20 min. Laid off Polaris 3/13, filed UI, wants CDL. ISS updated - CDL + job search`, 'T', 'P', true, []),
  // Her mother answered the client's phone and passed on news: a message left, not the monthly contact.
  note(MN, 'spreadsheet-paste-mn-009', `3/18 | phone | client's mom answered | client at work, mom says "working lots of hrs at Cub". Asked mom to have her call me`, 'T', 'P', false, [UA]),
  // The Type cell says In person, but nobody met her: a drop-off at the desk.
  note(MN, 'spreadsheet-paste-mn-010', `3/20/26\tIn person\t#N/A\tclient dropped timesheet at front desk, CM in mtg, did not see her`, '-', '-', false, [CT, NS]),
  // February's row, copied for reference from last month's tab: history, not this month's contact.
  note(MN, 'spreadsheet-paste-mn-011', `Last contact (copied from Feb tab):\n2/11\tTC\tspoke\tclient started 2nd sem HVAC, 3.1 GPA\nMar: nothing yet`, '-', '-', false, [CT]),
  note(MN, 'spreadsheet-paste-mn-012', `Activity,Start,End,Status\nOST - Welding,1/6/26,5/15/26,Active\n\nContact 3/24: client in office, showed me midterm grades (B, A-), 1 absence. ISS ok, WF1 activities current`, 'I', 'P', true, []),
  note(MN, 'spreadsheet-paste-mn-013', `3/25 | email | in | client: "can you call me?"\n3/25 | phone | out | called back, NA, LM`, 'T', 'P', false, [UA]),
  note(MN, 'spreadsheet-paste-mn-014', `3/26\tEmail\tInstructor (Hennepin Tech)\t"Dana has missed 3 of the last 5 classes, please advise"`, 'E', 'V', false, []),
  note(MN, 'spreadsheet-paste-mn-015', `4/1/2026 | TC | client | She called me back from the 3/30 VM. Working 32 hrs at Mayo (EVS), passed probation 3/28. Wants to keep the CNA plan for summer. ISS updated`, 'T', 'P', true, []),
  note(MN, 'spreadsheet-paste-mn-016', `4/2 | letter | in | client mailed back monthly contact form: "still at Bemidji State, 2 Bs 1 C so far, working 10 hrs at the library"`, 'L', 'P', true, []),
  // Checkbox residue: the box for a contact is FALSE and the note says why.
  note(MN, 'spreadsheet-paste-mn-017', `Contacted?\tFALSE\nAttempts\t3 (4/6 VM, 4/8 VM, 4/13 text)\nNext\tletter 4/20`, 'E', 'P', false, [UA, RP]),
  note(MN, 'spreadsheet-paste-mn-018', `4/14 | OV | client | came in w/ resume draft, worked on it 45 min. Applied Sanford (CNA), Essentia (PCA). Interview Sanford 4/17`, 'I', 'P', true, []),
  note(MN, 'spreadsheet-paste-mn-019', `client | phone | spoke | doing good, job search going ok, will update next mo`, 'T', 'P', true, [PM, NS, DM], { noDateField: true }),
  // A group session the sheet shows him registered for; the Attended column was never filled in.
  note(MN, 'spreadsheet-paste-mn-020', `4/16/26\tWorkshop: Interviewing 101\tRegistered\tAttended: (blank)`, '-', '-', false, [CT, NS]),
  // Answered only to say they cannot talk: nothing was exchanged, so an attempt, not a contact (the corpus's one reading, as the original mn-046).
  note(MN, 'spreadsheet-paste-mn-021', `4/20\tPhone\tClient\tShe answered, but said she was driving & would call back. Did not discuss anything.`, 'T', 'P', false, [UA]),
  note(MN, 'spreadsheet-paste-mn-022', `4/22 | Phone | Employer (Sanford HR) | confirmed hire 4/21, CNA, $19.50/hr, 36 hrs/wk`, 'T', 'V', false, []),
  note(MN, 'spreadsheet-paste-mn-023', `4/23 | TC | client | Confirmed Sanford hire: CNA on 4 West, nights, $19.50, 36 hrs. Orientation done. Discussed exit + follow-up. WF1 employment entered`, 'T', 'P', true, []),
  // A long paste: a month's rows for one client. Only the 5/19 row is a conversation with her.
  note(MN, 'spreadsheet-paste-mn-024', `MAY 2026 CONTACT LOG (pasted from WFC shared sheet - cols A-E)\nDate\tMethod\tWho\tOutcome\tDetail\n5/1\tText\tclient\tsent\tmonthly check-in, asked about finals\n5/4\tPhone\tclient\tVM\t\n5/6\tEmail\tAnoka Tech advisor\treceived\tclient registered for summer session (Welding II), 6 cr\n5/11\tPhone\tclient\tVM\tmailbox full\n5/13\tText\tclient\tread, no reply\t\n5/19\tPhone\tclient\tspoke 25 min\tShe lost her phone for 2 wks, new # 218-555-0147. Finals: A in Blueprint Reading, B in Welding I. Summer Welding II starts 6/1. Needs gas card for commute from Cambridge - approved. ISS updated, WF1 summer enrollment entered\n5/27\tText\tclient\tsent\treminder re gas card pickup\nSUMMARY\t7 entries\t1 live contact`, 'T', 'P', true, []),
  note(MN, 'spreadsheet-paste-mn-025', `5/28 | text | out | "gas card ready at front desk, pick up by Fri" | Read 5/28 9:14a, no reply`, 'E', 'P', false, [RP]),
  note(MN, 'spreadsheet-paste-mn-026', `6/2/2026 | Home visit | client | Nobody home, left door hanger`, 'I', 'P', false, [UA]),
  note(MN, 'spreadsheet-paste-mn-027', `6/3\tPhone\tclient\tclient returned call re door hanger. Started Welding II 6/1, 4 nights/wk. Still at Cub 20 hrs. No new barriers. Next contact early July`, 'T', 'P', true, []),
  note(MN, 'spreadsheet-paste-mn-028', `6/10 | phone | client | disconnected msg`, 'T', 'P', false, [UA]),
];
