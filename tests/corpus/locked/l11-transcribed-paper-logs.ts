/**
 * Paper contact logs typed in later (locked split, batch 11: scored and floored, aggregates only): satellite and
 * outreach offices with no connection on site (Rolla, West Plains and Kennett in Missouri; Ely, International Falls,
 * Grand Marais and Bemidji in Minnesota) keep a paper log of DATE / METHOD / RESULT / STAFF, and a temp clerk or a
 * student worker types it into the system weeks later: bracketed transcriber's remarks, "[illegible]", the log's
 * own legend (N/S, LM, RTS, NA), staff initials, water-damaged pages, a monitor's sample asking for a missing
 * entry.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. The event is the one the paper line records, not the typing of it. A line whose method cannot be read
 * does not show how the contact was made and does not count; "see paper file" shows nothing. "NA" in a list of
 * services means not applicable. An instructor is the provider (Missouri: counts with substantive progress and a
 * reason to continue, §2.2; Minnesota: recorded, never the monthly contact); a mother listed as the alternate is
 * the alternate; another program's counselor is someone else.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l11-transcribed-paper-logs';
export const BATCH = 11;

export const NOTES: LabelledNote[] = [
  note(MO, 'l11-transcribed-paper-logs-mo-001', `[Transcribed 8/4/2025 by K. Pruitt (temp clerk) from the Rolla satellite paper log; original in hard file]\nDATE: 7/22/25   METHOD: OV   STAFF: DL\nRESULT: Cust in. Welding at Rolla Tech 3rd wk, perfect attend., instructor says good beads on the 3G plate. Needs gloves/jacket, SS request submitted. Cont. ITA per IEP. Next OV 8/19.`, 'I', 'P', true, []),
  // The message was left with his mother: an attempt.
  note(MO, 'l11-transcribed-paper-logs-mo-002', `[Transcribed 8/4/2025 by K. Pruitt from Rolla paper log]\nDATE: 7/24/25   METHOD: TC   RESULT: LM w/ mother   STAFF: DL`, 'T', 'P', false, [UA]),
  // The method cannot be read, so the line does not say how the contact was made.
  note(MO, 'l11-transcribed-paper-logs-mo-003', `[Transcribed 8/4/2025 by K. Pruitt from Rolla paper log]\nDATE: 7/29/25   METHOD: [illegible — could be "TC" or "OV"]   STAFF: [illegible]\nRESULT: talked re CNA clinicals, 2 wks left, doing good`, '-', 'P', false, [CT, JM]),
  note(MO, 'l11-transcribed-paper-logs-mo-004', `[Transcribed 8/11/2025, temp clerk K.P.]  DATE 8/1/25 | LTR | sent 30-day check-in ltr w/ SASE | DL`, 'L', 'P', false, [RP]),
  note(MO, 'l11-transcribed-paper-logs-mo-005', `[Transcribed 8/11/2025, temp clerk K.P. — three lines on the log for this cust]\n8/5/25 TC NA — DL\n8/6/25 TC NA — DL\n8/7/25 TC spoke w/ cust. Started OJT 8/4 at the Rolla lab-supply warehouse as inventory tech, 40 hrs, likes it, supervisor training him on the WMS scanner. OJT contract signed. F/U 30 days per IEP. — DL`, 'T', 'P', true, []),
  // A reference to the paper file shows neither that anyone was reached nor what was said.
  note(MO, 'l11-transcribed-paper-logs-mo-006', `[Transcribed 8/18/2025 K.P.]\nDATE: 8/12/25   METHOD: TC   RESULT: see paper file   STAFF: RM`, 'T', 'P', false, [PM, JM, NS]),
  // "NA" here fills the service boxes on the form (not applicable), not a no-answer.
  note(MO, 'l11-transcribed-paper-logs-mo-007', `[Transcribed 8/18/2025 K.P. from West Plains outreach log]\nDATE: 8/14/25  METHOD: OV  STAFF: RM\nProgress: 2nd semester LPN at the SMSU-WP nursing program, GPA 3.2, passed med-surg skills check\nSupportive Services: NA\nBarriers: NA\nPlan: continue ITA thru NCLEX-PN; next OV 9/11`, 'I', 'P', true, []),
  // The log line says only that a timesheet was brought in; no talk with staff is recorded.
  note(MO, 'l11-transcribed-paper-logs-mo-008', `DWD monitor sample #14 (8/2025): paper log line for 6/3/25 was never entered in Toolbox. Entered now by clerk from the paper log, which reads in full: "6/3 — cust brought in WEX timesheet, 32 hrs — RM".`, 'I', 'P', false, []),
  note(MO, 'l11-transcribed-paper-logs-mo-009', `[West Plains outreach log, transcribed 9/8/2025 K.P.]\nDATE: 9/2/25   METHOD: home visit   STAFF: RM\nRESULT: cust and wife home. Reviewed HVAC class at Ozarks Tech (2 of 4 EPA 608 sections passed, core + type I). Truck broke down, can't get to class Thurs — referred to SS for repair estimate. Continue ITA, EPA type II/III in Oct.`, 'I', 'P', true, []),
  note(MO, 'l11-transcribed-paper-logs-mo-010', `[transcribed 9/15/2025 K.P.]  DATE 9/9/25 | OV | N/S | RM   [clerk: N/S = no show per the legend on the log]`, 'I', 'P', false, [UA]),
  note(MO, 'l11-transcribed-paper-logs-mo-011', `[transcribed 9/15/2025 K.P.]  DATE 9/10/25 | LTR | RTS — "attempted not known" | DL`, 'L', 'P', false, [UA]),
  note(MO, 'l11-transcribed-paper-logs-mo-012', `[Kennett outreach log, transcribed 9/22/2025 by K. Pruitt]\nDATE: 9/16/25   METHOD: TC w/ Three Rivers College CDL instructor (Mr. Oakes)   STAFF: TW\nRESULT: cust passed range/backing test 9/15, attendance 100%, road test 10/3. Continue ITA through CDL-A; cust still needs the DOT physical (SS to pay).`, 'T', 'V', true, []),
  // An instructor's "doing ok" carries no progress and no reason to continue.
  note(MO, 'l11-transcribed-paper-logs-mo-013', `[Kennett outreach log, transcribed 9/22/2025]\nDATE: 9/18/25   METHOD: TC w/ instructor   RESULT: cust "doing ok"   STAFF: TW`, 'T', 'V', false, [TP, PM, JM]),
  // The clerk's own remark about a damaged page records no contact.
  note(MO, 'l11-transcribed-paper-logs-mo-014', `[clerk K. Pruitt 9/29/2025: page 3 of the Rolla log is water damaged, entries 9/15–9/30 can't be read. Original pages given to supervisor D. Lasater.]`, '-', '-', false, []),
  note(MO, 'l11-transcribed-paper-logs-mo-015', `[transcribed 10/6/2025 K.P.]\nDATE: 9/18/25  METHOD: LTR (reply)  STAFF: DL\nRESULT: cust mailed back the 8/1 check-in letter with handwritten note: "Got on at the DC in St. James, $19.50, nights. Done with the forklift class, passed." Keep open, verify employment w/ paystub at 30 days then follow-up per IEP.`, 'L', 'P', true, []),
  // A rescheduling exchange by e-mail is a written two-way exchange with no progress and no reason to continue.
  note(MO, 'l11-transcribed-paper-logs-mo-016', `[transcribed 10/6/2025 K.P.]\nDATE: 10/2/25  METHOD: EM  STAFF: RM\nRESULT: cust emailed "can we move my appt"; RM emailed back offering 10/9 10am; cust replied "ok thanks".`, 'E', 'P', true, [PM, JM]),
  // A Social Security number copied from the paper log into the note.
  note(MO, 'l11-transcribed-paper-logs-mo-017', `[transcribed 10/20/2025 K.P. from Rolla log]\nDATE: 10/14/25  METHOD: OV  STAFF: DL\nRESULT: Cust in to finish DW enrollment, SS# 219-09-9999 verified w/ card. Starts CDL at the Rolla CDL school 10/27. Has permit. Enrolled in OST, ITA issued. Next OV after wk 1.`, 'I', 'P', true, [PII]),

  note(MN, 'l11-transcribed-paper-logs-mn-001', `[Entered 3/10/2026 by student worker A. Lindgren from the Ely outreach paper log]\n2/24/26 | in person | Discussed pharmacy tech course (online, proctored at the Ely library): module 4 of 8 done, quiz average 88. Wants to job shadow at the Ely clinic pharmacy. | MS`, 'I', 'P', true, []),
  note(MN, 'l11-transcribed-paper-logs-mn-002', `[A. Lindgren, from Ely log] 2/26/26 | phone | no ans, no VM set up | MS`, 'T', 'P', false, [UA]),
  // The date on the paper line cannot be read and the screen has no date field; the call itself is plain.
  note(MN, 'l11-transcribed-paper-logs-mn-003', `[A. Lindgren, from Ely log — date on this line is smudged]\n[illegible] | phone | Spoke w/ participant, she finished module 5 and passed the sterile compounding quiz, clinic pharmacy said yes to the shadow day. | MS`, 'T', 'P', true, [DM], { noDateField: true }),
  note(MN, 'l11-transcribed-paper-logs-mn-004', `[A. Lindgren, from Ely log] 3/2/26 | email | sent ISS review form to participant | MS`, 'E', 'P', false, [RP]),
  // The listed alternate gives nothing on the training.
  note(MN, 'l11-transcribed-paper-logs-mn-005', `[A. Lindgren, from International Falls log] 3/3/26 | phone | participant's mother (alt. contact) says he's fine, at work at the mill till 6 | JT`, 'T', 'A', false, [PM]),
  // Her text back answers ours: a written exchange, with nothing on progress.
  note(MN, 'l11-transcribed-paper-logs-mn-006', `[A. Lindgren, from Ely log] 3/5/26 | text | sent appt reminder, participant texted back "yes I'll be there Thurs" | MS`, 'E', 'P', true, [PM]),
  // She called and the two of them reset the appointment: a phone contact with no progress.
  note(MN, 'l11-transcribed-paper-logs-mn-007', `[A. Lindgren, from Grand Marais log] 3/9/26 | sched. OV | did not come in; she called me at 4, kid sick, we reset to 3/16 | KB`, 'T', 'P', true, [PM]),
  note(MN, 'l11-transcribed-paper-logs-mn-008', `[A. Lindgren, from International Falls log]\n3/12/26 | in person at the Falls library | met w/ participant and his ABE teacher: GED math practice test 150, RLA passed 2/20, science + social studies left. Test date 3/26 in Bemidji, gas card given. | JT`, 'I', 'P', true, []),
  note(MN, 'l11-transcribed-paper-logs-mn-009', `[A. Lindgren, from Grand Marais log] 3/16/26 | in person | participant in, says CNA class "fine". | KB`, 'I', 'P', true, [PM, NS]),
  note(MN, 'l11-transcribed-paper-logs-mn-010', `[A. Lindgren, from Bemidji log — two lines]\n3/18/26 | phone | LM | DR\n3/19/26 | phone | LM again, told her it's about her WEX timesheets | DR`, 'T', 'P', false, [UA]),
  note(MN, 'l11-transcribed-paper-logs-mn-011', `[A. Lindgren, from Grand Marais log]\n3/23/26 | in person | met at the co-op cafe (her pick). She got the seasonal front desk job at the Lutsen resort, starts 5/1. Still doing the online bookkeeping class, unit 5 of 10, wants to finish before May. | KB`, 'I', 'P', true, []),
  // A line nobody can interpret records no contact.
  note(MN, 'l11-transcribed-paper-logs-mn-012', `[student worker A.L.: the 3/24 line for this participant just says "→ Bemidji  DR" with nothing else. Not sure what it means, left a sticky note for Marcy.]`, '-', '-', false, []),
  // Another program's counselor reports her hours: recorded, not a contact with her.
  note(MN, 'l11-transcribed-paper-logs-mn-013', `[A. Lindgren, from Bemidji log] 3/25/26 | phone | talked w/ her MFIP employment counselor: she's doing her 20 hrs/wk at the thrift store WEX, no absences in March | DR`, 'T', 'O', false, []),
  note(MN, 'l11-transcribed-paper-logs-mn-014', `[A. Lindgren, from Bemidji log]\n3/26/26 | in person, Bemidji testing center | saw participant after his GED math test: passed, 152! That's all four. Next is the welding info session at the tech college 4/8, he wants to start fall. | JT`, 'I', 'P', true, []),
  note(MN, 'l11-transcribed-paper-logs-mn-015', `[A. Lindgren, from Ely log] 3/30/26 | letter back | participant mailed back the ISS review form (sent by email 3/2) signed, wrote on it "no changes, still at the Holiday station 30 hrs, module 6 done" | MS`, 'L', 'P', true, []),
  note(MN, 'l11-transcribed-paper-logs-mn-016', `[A. Lindgren, from Grand Marais log] 4/1/26 | email | reminder about bookkeeping class payment; got her auto-reply, out of office till 4/6 | KB`, 'E', 'P', false, [RP]),
  note(MN, 'l11-transcribed-paper-logs-mn-017', `[A. Lindgren, from Bemidji log]\n4/2/26 | phone | participant called and got me. Lost her ride, missed 2 welding prep classes; mailed her a 31-day bus pass same day. Prep class is 6 of 10 sessions done, instructor will let her make up the 2. | DR`, 'T', 'P', true, []),
];
