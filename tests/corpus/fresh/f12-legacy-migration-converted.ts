/**
 * Notes carried over from a legacy system in a data migration (fresh split: new voices, scored and listed but not
 * floored yet). The voice: older case records in Poplar Bluff, Sikeston and Dexter (Missouri) and Brainerd and Baxter
 * (Minnesota) as they look after a conversion: "[CONVERTED FROM TOOLBOX 1.0 – BATCH 14]", "*** MIGRATED FROM WF1
 * CLASSIC ***", original author and entry-date stamps (sometimes missing), legacy method codes with no legend
 * ("CNTC_MTHD=03"), drop-downs defaulted when the old field was blank, text cut at 250 or 255 characters, records
 * split in two with one half lost, duplicates kept by a conversion rule, mojibake (â€™, Ã­), emojis turned into
 * question marks, letter templates with «merge fields», attachments not migrated, and migration log lines. Sources of
 * realism: how converted records read in workforce and human-services systems after a vendor change.
 * How I read the policy for the hard cases: what the surviving text shows is the contact. A legacy code with no
 * legend does not say how the contact was made (contact type missing, so it does not count); a drop-down the
 * conversion defaulted does not outweigh text that says a letter was mailed. Text cut off before the outcome does
 * not show an exchange; text cut off after it still does. A migration stamp, an attachment pointer or a log line is
 * no event. An SSN or a date of birth copied into the note is personal identifying information. In Missouri a
 * provider's substantive report with a reason to continue counts (§2.2); a wife relaying two facts and asking him to
 * call is not the alternate's "considerable and substantive" knowledge. In Minnesota a provider or relative never
 * replaces the participant (TP).
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'f12-legacy-migration-converted';

export const NOTES: LabelledNote[] = [
  note(MO, 'f12-legacy-migration-converted-mo-001', `[CONVERTED FROM TOOLBOX 1.0 – 07/01/2019 – BATCH 14]\nOrig Author: KRHODES   Orig Entry Dt: 03/14/2019 00:00:00\nACT_CD: 600 CMC\nOV w/ cust 3/14. Cust in 2nd sem of LPN at Three Rivers, grades B/B+, clinicals at Poplar Bluff Regional. Cont ITA per IEP - on track for 8/2019 grad.`, 'I', 'P', true, []),
  // A message left with her son is still a message left.
  note(MO, 'f12-legacy-migration-converted-mo-002', `[CONVERTED]\nOrig Entry Dt: 04/02/2019\nTC to cust, LM w/ son to have her call CM.`, 'T', 'P', false, [UA]),
  // Cut off at 255 characters, but what survives is a man taking a message: an attempt.
  note(MO, 'f12-legacy-migration-converted-mo-003', `[CONVERTED – TEXT EXCEEDED 255 CHARS, TRUNCATED]\nOrig Entry Dt: 04/09/2019\nCalled cust re: attendance at Three Rivers, phone rang 6x then a man answered and said she was at clinicals, he would tell her I called and I asked him to have her call back before Friday bec the ITA renewal is due and if she does not ca`, 'T', 'P', false, [UA]),
  note(MO, 'f12-legacy-migration-converted-mo-004', `Orig Entry Dt: 04/11/2019\nCust returned call. Passed Med-Surg I (84), clinical eval satisfactory. ITA renewed for summer term; cont OST per IEP.`, 'T', 'P', true, [], { field: 'T' }),
  // Mojibake aside, an instructor's detailed report with her recommendation: a provider contact Missouri accepts.
  note(MO, 'f12-legacy-migration-converted-mo-005', `Orig Entry Dt: 05/20/2019\nMet w/ custâ€™s instructor Ms. Peeler at Three Rivers LPN dept â€“ cust passed Peds (88) & OB (85), 2 absences (excused). Instructor recommends cont; grad 8/9/19. Cont ITA per IEP.`, 'I', 'V', true, []),
  // The first half of the record was lost: nobody can tell who "she" is or how they talked.
  note(MO, 'f12-legacy-migration-converted-mo-006', `[CONVERTED – RECORD 2 OF 2 – RECORD 1 NOT FOUND]\n…and she said she would bring the paystubs Monday. Will cont follow-up.`, '-', '-', false, [CT, NS]),
  // The method code's legend did not survive the conversion: the note does not say how the contact was made.
  note(MO, 'f12-legacy-migration-converted-mo-007', `CNTC_MTHD=03  RSLT_CD=01\nOrig Entry Dt: 06/03/2019\nCust reports she passed the NCLEX-PN 5/30 and starts at the Poplar Bluff nursing home 6/17.`, '-', 'P', false, [CT]),
  note(MO, 'f12-legacy-migration-converted-mo-008', `CONTACT METHOD (mapped from 02): Telephone\nOrig Entry Dt: 06/18/2019\nSpoke w/ cust: started 6/17, nights, $19.50/hr, LPN. Exit to employment; follow-up per IEP to support retention.`, 'T', 'P', true, [], { field: 'T' }),
  note(MO, 'f12-legacy-migration-converted-mo-009', `Orig Entry Dt: 01/08/2020\nCust in office to complete follow-up survey. SSN 987-65-4321 verified against UI wage record. Still at the nursing home, 36 hrs/wk, now charge LPN on nights. Follow-up continues through Q4 to confirm retention.`, 'I', 'P', true, [PII]),
  note(MO, 'f12-legacy-migration-converted-mo-010', `[ATTACHMENT NOT MIGRATED: scan_0214.pdf]\nOrig Entry Dt: 02/14/2020\nSee attached.`, '-', '-', false, [CT, NS]),
  note(MO, 'f12-legacy-migration-converted-mo-011', `ORIG 03/02/2020 JWB: HV - nobody home, left card in door.`, 'I', 'P', false, [UA]),
  note(MO, 'f12-legacy-migration-converted-mo-012', `ORIG 03/16/2020 JWB: Office closed COVID. TC w/ cust - laid off from the Dexter plant 3/13, filed UI. Discussed DW enrollment & online CDL permit study. Cont svcs - eligible DW, IEP goal CDL.`, 'T', 'P', true, []),
  note(MO, 'f12-legacy-migration-converted-mo-013', `[CONVERTED EMAIL – HEADERS STRIPPED]\nOrig Entry Dt: 04/06/2020\nTo cust: pls send copy of your CDL permit when you get it.`, 'E', 'P', false, [RP]),
  note(MO, 'f12-legacy-migration-converted-mo-014', `[CONVERTED EMAIL – HEADERS STRIPPED]\nOrig Entry Dt: 04/20/2020\nFrom cust: got my permit 4/17 (pic attached) - range starts when the CDL school reopens, they said June. -D\n[ATTACHMENT NOT MIGRATED]\nCM: cont OST per IEP once the range reopens.`, 'E', 'P', true, []),
  // The duplicate stamp does not change what the note records.
  note(MO, 'f12-legacy-migration-converted-mo-015', `[DUPLICATE OF RECORD 88213 – RETAINED PER CONVERSION RULE 7]\nOrig Entry Dt: 06/22/2020\nTC w/ cust: started CDL range 6/15, 3 of 4 wks left, passed pre-trip. Cont ITA per IEP.`, 'T', 'P', true, []),
  // His wife relays two facts and promises a call back: not the alternate's considerable and substantive knowledge.
  note(MO, 'f12-legacy-migration-converted-mo-016', `Orig Entry Dt: 07/13/2020\nCust's wife (MarÃ­a) called: he passed the CDL skills test 7/10, Â¡por fin! He starts with a Sikeston carrier 7/20. She will have him call CM.`, 'T', 'A', false, [TP, JM]),
  // The drop-down was defaulted to In Person by the conversion; the text says a letter was mailed.
  note(MO, 'f12-legacy-migration-converted-mo-017', `CONTACT TYPE: IN PERSON (default – legacy field blank)\nOrig Entry Dt: 08/03/2020\n90-day letter mailed to cust.`, 'L', 'P', false, [RP], { field: 'I' }),
  note(MO, 'f12-legacy-migration-converted-mo-018', `Orig Entry Dt: 08/24/2020\nRTS - letter returned, "unable to forward."`, 'L', 'P', false, [UA]),
  note(MO, 'f12-legacy-migration-converted-mo-019', `Orig Entry Dt: 09/08/2020\nCust walked in - new addr on file, new cell 573-555-0164. Said he is driving regional for the Sikeston carrier since 7/20, home weekends, about 2,100 mi/wk. Exit to employment; follow-up per IEP.`, 'I', 'P', true, []),
  note(MO, 'f12-legacy-migration-converted-mo-020', `[CONVERTED – INTERNAL MEMO TYPE]\nOrig Entry Dt: 10/01/2020\nCase transferred from KRHODES to JWB per caseload realignment.`, '-', '-', false, [CT, NS]),
  // The entry date was lost in the conversion and the text carries none.
  note(MO, 'f12-legacy-migration-converted-mo-021', `[CONVERTED – ORIG ENTRY DT MISSING]\nTC w/ cust re follow-up Q2: still driving for the carrier, about $68k/yr, no issues. Follow-up continues to confirm retention.`, 'T', 'P', true, [DM], { noDateField: true }),
  note(MN, 'f12-legacy-migration-converted-mn-001', `*** MIGRATED FROM WF1 CLASSIC 11/2021 ***\nCreated: 2021-03-03 14:22  Created By: bkjellberg\nProgress Note: Met w/ participant at Brainerd WFC. Finished Welding 1 at Central Lakes College, GPA 3.1. Starting Welding 2 on 3/29. EP reviewed.`, 'I', 'P', true, []),
  note(MN, 'f12-legacy-migration-converted-mn-002', `Created: 2021-03-10 09:05 [MIGRATED]\nCalled participant - number not in service.`, 'T', 'P', false, [UA]),
  // "Contact Type Code: 4" with no mapping: the method is unknown.
  note(MN, 'f12-legacy-migration-converted-mn-003', `Contact Type Code: 4 [legacy code, no mapping]\nCreated: 2021-03-24\nParticipant says the new welding instructor is better; no absences this month.`, '-', 'P', false, [CT]),
  note(MN, 'f12-legacy-migration-converted-mn-004', `Contact Type (mapped from 'EM'): Email\nCreated: 2021-04-07\nParticipant emailed: passed the 3G vertical bend test 4/5, 4G next. Replied congrats; EP updated.`, 'E', 'P', true, [], { field: 'E' }),
  // Cut off at 250 characters, but after the progress had been written.
  note(MN, 'f12-legacy-migration-converted-mn-005', `Created: 2021-04-21 [MIGRATED – NOTE TEXT TRUNCATED AT 250 CHARACTERS]\nTC w/ participant. She is at 32 hrs at the Merrifield stamping plant and says the second shift lead offered her a spot on the welding cell if she finishes her certificate by June. We talked about child care for the summer and she said her sister could wa`, 'T', 'P', true, []),
  // Cut off before anyone is shown answering: no exchange on the record.
  note(MN, 'f12-legacy-migration-converted-mn-006', `Created: 2021-05-05 [MIGRATED – TEXT TRUNCATED]\nCalled participant at 4:10 to follow up on the child care question from 4/21. Her phone rang several times and then`, 'T', 'P', false, [UA]),
  note(MN, 'f12-legacy-migration-converted-mn-007', `Created: 2021-05-12\nCLC welding instructor (per phone) says participant 95% attendance, on track for June cert.`, 'T', 'V', false, [TP]),
  note(MN, 'f12-legacy-migration-converted-mn-008', `Created: 2021-05-19 bkjellberg\nOffice visit w/ participant (interpreter: Cabdi, Somali). Participant finished ESL level 4 at Brainerd ABE, â€œready for CNAâ€ per teacher. Enrolled in CNA at CLC starting 6/7. EP updated.`, 'I', 'P', true, []),
  note(MN, 'f12-legacy-migration-converted-mn-009', `Created: 2021-06-02 [MIGRATED – LETTER TEMPLATE 'MONTHLY CONTACT']\n«FirstName» «LastName»\n«Address1»\nPlease contact your counselor within 10 days to keep your services active. Return the enclosed form or call 218-555-0140.`, 'L', 'P', false, [RP]),
  note(MN, 'f12-legacy-migration-converted-mn-010', `Created: 2021-06-14\nParticipant returned the monthly contact form: "Working 36 hrs at the stamping plant, finished welding cert 6/4!! Thanks." EP: training completed, employment.`, 'L', 'P', true, []),
  note(MN, 'f12-legacy-migration-converted-mn-011', `Created: 2021-06-16 [MIGRATED FROM ACTIVITY LOG]\nActivity: Job Club – attended.`, '-', '-', false, [CT, NS]),
  note(MN, 'f12-legacy-migration-converted-mn-012', `Created: 2021-06-30\nSupervisor review: file complete. -MB`, '-', '-', false, [CT, NS]),
  note(MN, 'f12-legacy-migration-converted-mn-013', `Created: 2021-07-14\nParticipant's husband answered: she's at work 2nd shift, try weekends.`, 'T', 'A', false, [TP, PM]),
  note(MN, 'f12-legacy-migration-converted-mn-014', `Created: 2021-07-17 (Sat)\nTC w/ participant: 6 weeks on the welding cell, $21/hr, passed her 90-day review. Wants to do an AWS cert next year. EP: retention.`, 'T', 'P', true, []),
  note(MN, 'f12-legacy-migration-converted-mn-015', `Created: 2021-08-04\nParticipant in office to sign the release; DOB 04/11/1990 and SSN 987-65-4329 confirmed for the wage match. She is still at the plant, now lead on 2nd shift. EP unchanged.`, 'I', 'P', true, [PII]),
  note(MN, 'f12-legacy-migration-converted-mn-016', `Created: 2021-09-01 [MIGRATED – AUTHOR UNKNOWN]\nLVM.`, 'T', 'P', false, [UA]),
  // The emojis became question marks in the migration; the replies are hers.
  note(MN, 'f12-legacy-migration-converted-mn-017', `Created: 2021-09-15\nText conv (pasted; emojis lost in migration): Counselor: still at the plant? | Participant: ?? yes, lead now ?? | Counselor: congrats! any issues? | Participant: no all good, getting my own apt in Baxter`, 'E', 'P', true, []),
  // A hello in the lobby at her brother's appointment is not an exchange about her plan.
  note(MN, 'f12-legacy-migration-converted-mn-018', `Created: 2021-10-06\nParticipant drove her brother to his DW intake appt w/ counselor T. Lind; said hi to me in the lobby.`, 'I', 'P', false, [NS]),
  note(MN, 'f12-legacy-migration-converted-mn-019', `Created: 2021-11-03 [MIGRATED – APPOINTMENT STATUS: CANCELLED BY STAFF]\nAnnual review mtg w/ participant.`, '-', '-', false, [CT, NS]),
  note(MN, 'f12-legacy-migration-converted-mn-020', `Created: 2021-11-10\nRescheduled annual review held by phone. Participant: still lead at the plant, 40 hrs, moved to the Baxter apt, car reliable. Discussed exit; EP goals met. Exit pending, follow-up 12 mo.`, 'T', 'P', true, []),
  note(MN, 'f12-legacy-migration-converted-mn-021', `[MIGRATION LOG] 11/14/2021 02:13:07 record 441902 moved to new WF1; 3 notes merged; 0 errors.`, '-', '-', false, [CT, NS]),
  note(MN, 'f12-legacy-migration-converted-mn-022', `Created: 2022-01-12 [POST-MIGRATION, TYPED BY FRONT DESK FROM STAFF'S HANDWRITTEN NOTE]\n"Pt came in – talked 20 min – still lead at the plant, wants AWS D1.1 class @ CLC spring, asked re: funding." EP: add training goal; refer to DW counselor.`, 'I', 'P', true, []),
];
