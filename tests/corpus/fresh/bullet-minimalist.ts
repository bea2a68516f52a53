/**
 * A case manager who writes only bullets and fragments (fresh split: new voices, scored and listed but not floored
 * yet). The voice: no sentences, "•" and "-" bullets, arrows for outcomes ("TC → NA"), checkmarks and crosses
 * (✓ ✗ ✓✓), slashes between facts, "@" for places, "?" for what is not known, a bare "FU 30d". Sources of realism:
 * high-caseload staff who keep a bullet template in their head and type on a phone or between appointments,
 * and the quarterly contact logs they keep as bullets until the soft-exit date.
 * A checkmark is not a contact: "✓" after a plan, a delivered text or a read receipt ("✓✓ read") says the step was
 * done, not that the participant answered. An arrow to "NA", "✗" or "no resp" is an attempt; an arrow from the
 * participant ("←", "cust replied") is their side of an exchange.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'bullet-minimalist';

export const NOTES: LabelledNote[] = [
  note(MO, 'bullet-minimalist-mo-001', `• TC w/ cust 3/4 • hired @ Amazon MKC1 warehouse • $18.25/hr FT, start 3/10 • ✓ job search goal met → move to FU per IEP`, 'T', 'P', true, []),
  note(MO, 'bullet-minimalist-mo-002', `• TC 3/5 → NA • LM • TC 3/7 → NA, VM full • FU next wk`, 'T', 'P', false, [UA]),
  note(MO, 'bullet-minimalist-mo-003', `OV 3/11 ✓\n- CNA clinicals 32/75 hrs\n- skills ck passed 3/9\n- needs 2nd set scrubs → SS req\n- cont ITA per IEP`, 'I', 'P', true, []),
  note(MO, 'bullet-minimalist-mo-004', `• EM → cust 3/12 re: midterm grades / attendance sheet • no resp yet`, 'E', 'P', false, [RP]),
  note(MO, 'bullet-minimalist-mo-005', `• cust replied to 3/12 EM (3/14): "passed block 2 w/ 88, 1 absence" • cont ITA/IEP • next OV 4/2`, 'E', 'P', true, []),
  // The instructor's "doing ok" is no evidence of progress and gives no reason to continue: not a Missouri provider contact.
  note(MO, 'bullet-minimalist-mo-006', `• instr EM 3/18 (Mr. Dale, welding) → "he's doing ok" • nothing from cust • attendance ?`, 'E', 'V', false, [TP, PM, JM]),
  note(MO, 'bullet-minimalist-mo-007', `• TC w/ instr (Ozarks Tech HVAC, K. Pruitt) 3/19 - cust @ clinical, unavail\n• attendance 100%\n• passed EPA 608 core 3/12\n• midterm 91\n• → cont ITA thru May per IEP`, 'T', 'V', true, []),
  note(MO, 'bullet-minimalist-mo-008', `• 3/25 OV → NS ✗\n• no call\n• TC 10:30 → NA\n• resched ltr mailed 3/26`, 'L', 'P', false, [UA, RP]),
  note(MO, 'bullet-minimalist-mo-009', `• OV 4/2 10am → set ✓\n• remind TC 4/1`, '-', 'P', false, [CT]),
  // Her mother answering and promising a call back is someone else answering for her: an attempt.
  note(MO, 'bullet-minimalist-mo-010', `• TC 4/3 → cust's mom answered → cust "at work, will call u back" • no cb`, 'T', 'P', false, [UA]),
  note(MO, 'bullet-minimalist-mo-011', `• walk-in 4/8 ✓ • laid off Tyson 4/4 (line cut) • rev'd resume • applied Hormel + Cargill today • needs job search asst → cont per IEP`, 'I', 'P', true, []),
  // Present at a workshop the case manager ran, with no one-to-one word: a monitor would not take it as her contact.
  note(MO, 'bullet-minimalist-mo-012', `• Job Club 4/9 (CM facilitating, 14 on sign-in incl. cust) • topic: interview Qs • no 1:1 w/ cust - left early`, 'I', 'P', false, []),
  note(MO, 'bullet-minimalist-mo-013', `• TXT → cust 4/14 "pls call re 90 day" ✓ delivered • read 4/14 2:10p • no reply`, 'E', 'P', false, [RP]),
  note(MO, 'bullet-minimalist-mo-014', `• cust TC in 4/16 ✓ (returned my txt)\n• Hormel 2nd interview 4/21\n• Cargill → no\n• 6 apps this wk (JobCenter log)\n• cont job search asst per IEP → FU after 4/21`, 'T', 'P', true, []),
  note(MO, 'bullet-minimalist-mo-015', `90 DAY REVIEW - OV 4/23 ✓ (cust + CM, 45 min)\n\nTRAINING\n• MSSU Medical Billing & Coding → mod 3 of 5 done\n• quiz avg 86% / 1 absence (sick, dr note in file)\n• CPC practice exam 4/20 → 71% (need 70 to sit)\n\nBARRIERS\n• car → alternator out 4/10, rides w/ sister\n• childcare → OK thru summer (grandma)\n\nSUPPORT\n• gas card x1 issued today ✓\n• SS req → car repair est. $410 (Midas) → pending supv\n\nEMPLOYMENT\n• PT @ Dollar General 15 hr/wk, $12.30 - keeping during school\n\nPLAN\n• cont ITA per IEP thru 7/31 end date\n• sit CPC exam June → cust to register by 5/15\n• TC 5/15 → check registration\n• next OV → July`, 'I', 'P', true, []),
  // A quarter of tries: the sister's word that she moved is someone else answering, and the letter came back.
  note(MO, 'bullet-minimalist-mo-016', `CONTACT LOG - Q2\n• 5/1 TC → NA\n• 5/1 TXT → "call me re: school" → ✗ no reply\n• 5/6 TC → VM full\n• 5/8 EM → ✗\n• 5/12 HV → no one home, card in door\n• 5/13 TC → sister picked up → "she moved to Joplin, new # idk"\n• 5/14 ltr → last known addr (90-day warning)\n• 5/20 ltr RTS ✗ "not deliverable"\n→ soft exit 6/2 unless contact • supv notified`, 'L', 'P', false, [UA, RP]),
  note(MN, 'bullet-minimalist-mn-001', `• TC ✓ 3/3 • client @ Digi-Key 32 hr/wk, $19 • asked re: forklift cert → info sent • ISS rev'd`, 'T', 'P', true, []),
  note(MN, 'bullet-minimalist-mn-002', `• TC 3/5 → ✗ NA/LM`, 'T', 'P', false, [UA]),
  note(MN, 'bullet-minimalist-mn-003', `• mtg @ WFC 3/9 ✓ / CNA class wk 4 / attendance 100% / quiz 92 / ISS ok / FU 4/6`, 'I', 'P', true, []),
  // Read receipts are not an answer.
  note(MN, 'bullet-minimalist-mn-004', `• txt → client 3/10 "monthly check-in, how's class?" • ✓✓ read • -`, 'E', 'P', false, [RP]),
  note(MN, 'bullet-minimalist-mn-005', `• txt thread 3/12 ✓\n  → me: how's class?\n  ← client: "good passed CDL permit, road test 4/10"\n• WF1 activity updated`, 'E', 'P', true, []),
  note(MN, 'bullet-minimalist-mn-006', `• client's dad called 3/16 → she's "busy w/ school" • will have her call`, 'T', 'A', false, []),
  note(MN, 'bullet-minimalist-mn-007', `• HV 3/18 2pm → ✗ no one home → card left`, 'I', 'P', false, [UA]),
  // Her e-mail only asks for a call, and the call back went unanswered.
  note(MN, 'bullet-minimalist-mn-008', `• EM from client 3/20 → "can u call me" • called back 3/20 → NA`, 'T', 'P', false, [UA]),
  note(MN, 'bullet-minimalist-mn-009', `• OV 3/24 ✓ - "all good" ✓`, 'I', 'P', true, [PM, NS]),
  note(MN, 'bullet-minimalist-mn-010', `• instr EM (NTC Bemidji, lineworker) 3/26 → client 2 absences Mar, climbing cert passed 3/20 • no contact w/ client this mo.`, 'E', 'V', false, []),
  note(MN, 'bullet-minimalist-mn-011', `• Zoom 3/30 ✓ cam on\n• ABE → math post-test +1 NRS level\n• GED math sched 4/15\n• ISS/WF1 rev'd, no chg\n• next → TC after test`, 'T', 'P', true, []),
  // Whether she went is unknown; no one was reached.
  note(MN, 'bullet-minimalist-mn-012', `• client → job fair Bemidji St 4/2 ?? • not on sign-in list`, '-', '-', false, [CT, NS]),
  note(MN, 'bullet-minimalist-mn-013', `• monthly contact → ltr mailed 4/6 (no phone on file)`, 'L', 'P', false, [RP]),
  note(MN, 'bullet-minimalist-mn-014', `• client TC'd in 4/9 ✓ re: ltr\n• started @ Sanford (Bemidji) EVS 4/7 → 40 hr/wk $18.10\n• new # 218-555-0143 ✓ updated\n• ISS → employment goal met → FU`, 'T', 'P', true, []),
  note(MN, 'bullet-minimalist-mn-015', `• TC ✓ • still @ Cub bakery • 28 hrs • wants more hrs → applying Walmart DC`, 'T', 'P', true, [DM], { noDateField: true }),
  // A month of tries; the sister's e-mail carries news but is not the client, so there was no monthly contact.
  note(MN, 'bullet-minimalist-mn-016', `MONTHLY CONTACT - APRIL\n• 4/1 TC → NA\n• 4/3 TC → LM w/ roommate ("she's at work")\n• 4/8 txt → ✗\n• 4/10 ltr mailed ✓\n• 4/15 client's sister EM'd → "she passed the CNA state test!!" (sister, not client)\n• 4/22 TC → NA\n→ no direct contact w/ client in April ✗\n→ supv aware • try HV 5/2`, 'T', 'P', false, [UA, RP]),
];
