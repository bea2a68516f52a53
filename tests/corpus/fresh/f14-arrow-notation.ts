/**
 * A case manager who writes every contact in arrow-and-symbol notation (fresh split, batch 14: new voices, scored and
 * listed but not floored yet). The voice: "CM → P" for a reach-out, "P → CM" for one coming in, "⇄" for a real
 * exchange, "✗" for failed, "⊘" for a no-show, "✓"/"✓✓" for done and for a read receipt, "↩" for mail coming back,
 * "∴" for the conclusion, "≈" for about, one line or two per contact, in Kennett, Sikeston, Warrensburg, Lebanon and
 * Maryville (Missouri) and Austin, Owatonna, Alexandria, Thief River Falls and Grand Rapids (Minnesota). Sources of
 * realism: staff trained in engineering or nursing charting, who carry their shorthand into the case note field, and
 * field staff writing on a phone with a symbol keyboard.
 * How I read the policy for the hard cases: an arrow one way is a message sent or received, not a conversation; "⇄"
 * is a conversation only if something was said ("⇄ but 'call tmrw'" is an attempt, "⇄?" then silence is a dropped
 * call). "✓✓ read" and "opened" are read receipts. Grandma, a husband, a county caseworker or a brother's orientation
 * is someone else's contact. In Missouri a provider ⇄ with hours, test results and "continue", when the participant's
 * phone was off, counts; in Minnesota the provider's word is filed, never the monthly contact. A Social Security
 * number read out for a form is still one in the note. Zoom and Teams are telephone; texts, Snapchat and e-mail are
 * e-mail.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'f14-arrow-notation';

export const NOTES: LabelledNote[] = [
  note(MO, 'f14-arrow-notation-mo-001', `11/02/26 CM ⇄ P (ph, 14m). ECTC welding (Kennett): wk 7/12, att 100%, 1G ✓ 2G ✓. ITA cont. → needs 3G for IEP goal (AWS cert). nxt 11/30.`, 'T', 'P', true, []),
  note(MO, 'f14-arrow-notation-mo-002', `11/03 CM → P (cell) ✗ NA ✗ VM full`, 'T', 'P', false, [UA]),
  // Two ticks and "read" is a receipt, not a reply.
  note(MO, 'f14-arrow-notation-mo-003', `11/04 CM → P txt "need ur 3G test date" · ✓✓ read 6:10p · nothing back`, 'E', 'P', false, [RP]),
  note(MO, 'f14-arrow-notation-mo-004', `11/05 P → CM txt: "3G on the 18th, practicing every day, instructor says im close". CM → P: "good, ITA covers a retest if needed". progress ✓ / ITA cont ✓ (IEP: AWS cert)`, 'E', 'P', true, []),
  note(MO, 'f14-arrow-notation-mo-005', `11/09 Sikeston. OV sched 10:00 w/ DeShawn ⊘ no-show. 10:40 CM → P ph ✗ NA.`, 'I', 'P', false, [UA]),
  // Grandma's "he's fine" is no substantive knowledge of his training.
  note(MO, 'f14-arrow-notation-mo-006', `11/10 DeShawn's grandma (alt) → CM ph: "he's at work, he's fine". ∴ no P contact. asked her to have him call.`, 'T', 'A', false, [TP, PM, JM]),
  // His girlfriend sat in; the exchange was his.
  note(MO, 'f14-arrow-notation-mo-007', `11/12 DeShawn ⇄ CM @ Sikeston JC lobby (walk-in) 20m, his gf present. Three Rivers CDL: permit ✓ (10/30), BTW hrs 12/40, no absences. ITA cont. → CDL-A = IEP goal. nxt: ph 12/1`, 'I', 'P', true, []),
  // Provider while his phone was off: hours, tests, attendance, and "continue".
  note(MO, 'f14-arrow-notation-mo-008', `11/16 CM ⇄ CDL coord (Mr. Tate) ph: DeShawn BTW 24/40 hrs ✓, pre-trip ✓, att 100%, road test ≈ 12/8. rec: continue. P unreachable (ph off 11/13-16). ∴ ITA cont. per IEP.`, 'T', 'V', true, []),
  // "⇄" written, but he only said "call tmrw".
  note(MO, 'f14-arrow-notation-mo-009', `11/17 P → CM ph ⇄ but "cant talk, at work, call tmrw" ✗ nothing discussed`, 'T', 'P', false, [UA]),
  note(MO, 'f14-arrow-notation-mo-010', `11/18 CM ⇄ P ph 3m. ok.`, 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'f14-arrow-notation-mo-011', `11/02 Warrensburg. CM → letter (90-day) → Kayla M. @ last addr. reply pending`, 'L', 'P', false, [RP]),
  note(MO, 'f14-arrow-notation-mo-012', `11/16 ↩ letter to Kayla returned "insufficient address" ✗`, 'L', 'P', false, [UA]),
  note(MO, 'f14-arrow-notation-mo-013', `11/20 Kayla → CM (reply card w/ new addr, mailed 11/18): "UCM phlebotomy: 60/100 sticks, exam Jan". CM ✓ logged. ITA cont. (IEP: phlebotomy cert → hospital job)`, 'L', 'P', true, []),
  note(MO, 'f14-arrow-notation-mo-014', `11/21 Johnson Co. Family Support caseworker → CM email re: Kayla's "school hrs" for TANF. CM → reply: need ROI. ∴ no P contact.`, 'E', 'O', false, [TP, PM, JM]),
  note(MO, 'f14-arrow-notation-mo-015', `11/24 Kayla ⇄ CM via Zoom (cam off) 18m. 72/100 sticks, exam 1/14, no missed classes. ITA cont. to the exam per IEP. nxt 12/15`, 'T', 'P', true, []),
  note(MO, 'f14-arrow-notation-mo-016', `11/03 Lebanon. Travis R. dropped timesheet @ front desk → scanned. no CM ⇄.`, '-', '-', false, [CT, NS]),
  // The instructor was there; Travis gave his own progress.
  note(MO, 'f14-arrow-notation-mo-017', `11/05 CM ⇄ Travis @ Lebanon Tech shop (CNC lab), instructor Mr. Ruiz present. Travis: module 4/8, 1 absence (sick), passed blueprint reading 83. ITA cont. (IEP: CNC operator cert). nxt 12/3`, 'I', 'P', true, []),
  note(MO, 'f14-arrow-notation-mo-018', `11/19 Travis came w/ his brother Kyle → Kyle's orientation. CM ⇄ Kyle only. Travis waited in the truck.`, 'I', 'O', false, [TP, PM, JM]),
  note(MO, 'f14-arrow-notation-mo-019', `11/23 CM → Travis Teams mtg 2:00 ⊘ (CM in it 15m, T never joined)`, 'T', 'P', false, [UA]),
  note(MO, 'f14-arrow-notation-mo-020', `11/24 Maryville. P (Ashley B.) → CM ph ⇄? connected, silence, dropped ≈3s. CM → callback ✗ NA`, 'T', 'P', false, [UA]),
  // The channel is her work landline.
  note(MO, 'f14-arrow-notation-mo-021', `11/25 P ⇄ CM (her work landline @ Kawasaki) 10m. Ashley: OJT wk 6/12, 40 hrs/wk, supervisor signed 4/8 skills. OJT cont. per IEP. nxt 12/22`, 'T', 'P', true, []),
  // A real contact that also puts her full SSN in the note.
  note(MO, 'f14-arrow-notation-mo-022', `11/30 CM ⇄ Ashley ph 5m re: OJT paperwork; she read me her SSN 488-55-1029 for the W-4 copy. OJT wk 7/12, 40 hrs ✓. OJT cont. per IEP.`, 'T', 'P', true, [PII]),

  note(MN, 'f14-arrow-notation-mn-001', `10/05/26 Austin. CM ⇄ P (OV 25m). Maria L.: Riverland CC CNA, wk 3/6, att 9/9, skills ✓ 8/22. rec rev ✓ (OST = ISS). nxt 11/2`, 'I', 'P', true, []),
  note(MN, 'f14-arrow-notation-mn-002', `10/06 CM → P email (Nov schedule) · auto-reply: "out until 10/9"`, 'E', 'P', false, [RP]),
  note(MN, 'f14-arrow-notation-mn-003', `10/09 P → CM email: "back! skills 14/22 now, clinical 10/19 @ St Mark's". CM → reply ✓ clinical ok.`, 'E', 'P', true, []),
  note(MN, 'f14-arrow-notation-mn-004', `10/13 Riverland instr. (Ms. Kahn) → CM ph: Maria att 100%, skills 16/22. ✓ filed.`, 'T', 'V', false, []),
  note(MN, 'f14-arrow-notation-mn-005', `10/20 CM → P ph ✗ NA · CM → P txt ✗ (undelivered)`, 'T', 'P', false, [UA]),
  note(MN, 'f14-arrow-notation-mn-006', `10/21 Maria's husband (Jorge) ⇄ CM ph: "she's at clinicals all week." ∴ ✗ P`, 'T', 'A', false, [TP, PM]),
  note(MN, 'f14-arrow-notation-mn-007', `10/27 P ⇄ CM ph 15m. Maria: clinicals ✓ done, state test 11/12, practice test 85. nxt: after the test`, 'T', 'P', true, []),
  note(MN, 'f14-arrow-notation-mn-008', `10/08 Owatonna. CM → P (Dylan K.) ph ✗ busy ×3`, 'T', 'P', false, [UA]),
  // The channel named by the break room where he picked up.
  note(MN, 'f14-arrow-notation-mn-009', `10/09 CM ⇄ Dylan ph 12m (he picked up in the Viracon break room). OJT glass cutter wk 4/10, 40h/wk, 0 absences. ISS ✓ WF1 ✓. nxt 11/6`, 'T', 'P', true, []),
  // He was in the building for his sister's intake and left with her: no exchange with him.
  note(MN, 'f14-arrow-notation-mn-010', `11/06 CM → Dylan mtg @ CareerForce ⊘ - he came, but w/ his sister Kara for her intake w/ JR; CM ⇄ Dylan 0m, he left w/ her.`, 'I', 'P', false, [UA]),
  note(MN, 'f14-arrow-notation-mn-011', `11/07 Dylan ⇄ CM ph 8m: OJT wk 6/10 ✓, 40h, Viracon says permanent offer likely. nxt 12/4`, 'T', 'P', true, []),
  note(MN, 'f14-arrow-notation-mn-012', `10/14 Alexandria. CM → P letter (monthly) → Hannah S.`, 'L', 'P', false, [RP]),
  note(MN, 'f14-arrow-notation-mn-013', `10/26 Hannah → CM reply card to the 10/14 letter: "Alex Tech LPN, passed pharm 88, clinical hrs 60/180"`, 'L', 'P', true, []),
  note(MN, 'f14-arrow-notation-mn-014', `10/29 CM → Hannah ph, she answered, said "wrong time" ✗`, 'T', 'P', false, [UA]),
  // A classmate beside her; the channel is the library.
  note(MN, 'f14-arrow-notation-mn-015', `11/04 Hannah ⇄ CM @ Alex Tech library 20m (classmate present). 90/180 clin hrs, pharm final 91. ISS ✓`, 'I', 'P', true, []),
  note(MN, 'f14-arrow-notation-mn-016', `10/15 TRF. Northland CTC advisor ⇄ CM email re: Josh T.: enrolled full-time, aviation maintenance, att ≈95%. filed.`, 'E', 'V', false, []),
  // "opened" on Snapchat is a read receipt.
  note(MN, 'f14-arrow-notation-mn-017', `10/16 CM → Josh (Snapchat msg, his pref) · "opened" ✗ no reply`, 'E', 'P', false, [RP]),
  note(MN, 'f14-arrow-notation-mn-018', `10/19 Josh → CM snap reply: "sry, midterms. got 87 on powerplant test". CM → "nice. monthly call next wk?" Josh → "ya".`, 'E', 'P', true, []),
  note(MN, 'f14-arrow-notation-mn-019', `10/30 CM ⇄ J. ph.`, 'T', 'P', true, [PM, NS]),
  note(MN, 'f14-arrow-notation-mn-020', `CM ⇄ P (ph 10m) - Leah W.: Itasca CC forestry tech wk 10/16, chainsaw cert ✓, att 100%.`, 'T', 'P', true, [DM], { noDateField: true }),
  note(MN, 'f14-arrow-notation-mn-021', `11/20/2026 P (Leah) → CM VM only: "call me back" ✗`, 'T', 'P', false, [UA], { noDateField: true }),
  note(MN, 'f14-arrow-notation-mn-022', `11/23 Leah ⇄ CM @ Grand Rapids WorkForce Ctr 15m. Itasca CC wk 11/16, 2 quizzes 90/84, no absences. ISS ✓ WF1 ✓. nxt 12/21`, 'I', 'P', true, []),
];
