/**
 * A program manager covering a vacant case manager's caseload for two months, who works the overdue list top to
 * bottom and writes one line per person (fresh split: new voices, scored and listed but not floored yet). The voice:
 * last name and initial first, "cov" for coverage, "PM" for the writer's own initials ("PM cov"), a verdict word
 * ("ok", "no chg", "LVM", "gone?") and as few words as will do; sometimes the line is only the caseload-clearing
 * action ("reassigned", "see prior CM note"). The caseload is mixed adults, dislocated workers and youth. Offices in
 * Joplin, Springfield and Neosho (Missouri) and Brainerd, Little Falls and Bemidji (Minnesota). Sources of realism:
 * managers at small boards who inherit a departed worker's 90 files and must stop the soft exits before a new hire
 * starts, and who will not write a paragraph when a line is enough.
 * How I read the policy for the hard cases: a line that names the channel and what the participant said is a
 * contact, however short; "ok" or "no chg" after a call is a thin contact (progress and, in Missouri, the reason
 * to continue are missing); "LVM", "no ans" and a letter sent are attempts; a line that reports what the former
 * case manager or an employer knew is not a contact with the participant; "reassigned" or "see prior note" records
 * no contact.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'f16-vacant-caseload-one-liners';

export const NOTES: LabelledNote[] = [
  note(MO, 'f16-vacant-caseload-one-liners-mo-001', `PM cov 03/02/26 — Hendricks, T.: TC w/ him, still at Leggett & Platt 40 hrs $17.25, DW follow-up cont per IEP.`, 'T', 'P', true, []),
  note(MO, 'f16-vacant-caseload-one-liners-mo-002', `PM cov 03/02/26 — Alvarez, R.: TC, no ans, LVM.`, 'T', 'P', false, [UA]),
  note(MO, 'f16-vacant-caseload-one-liners-mo-003', `PM cov 03/02/26 — Bishop, K.: TC ok.`, 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'f16-vacant-caseload-one-liners-mo-004', `PM cov 03/02/26 — Tran, L.: e-mailed for update.`, 'E', 'P', false, [RP]),
  note(MO, 'f16-vacant-caseload-one-liners-mo-005', `PM cov 03/03/26 — Tran, L.: e-mail back, CNA clinicals done, state test 3/20, cont ITA per IEP.`, 'E', 'P', true, []),
  note(MO, 'f16-vacant-caseload-one-liners-mo-006', `PM cov 03/03/26 — Dawson, J.: per prior CM's notes he was going to start at Crowder in Jan. Unverified.`, '-', '-', false, [CT, NS]),
  note(MO, 'f16-vacant-caseload-one-liners-mo-007', `PM cov 03/04/26 — Dawson, J.: Crowder registrar by phone: enrolled spring, 12 cr, midterm grades not posted.`, 'T', 'V', false, [TP, PM, JM]),
  note(MO, 'f16-vacant-caseload-one-liners-mo-008', `PM cov 03/04/26 — Dawson, J.: he came by the Joplin office, 15 min. Crowder HVAC, 12 cr, B avg so far, works nights at Walmart DC. Cont ITA per IEP.`, 'I', 'P', true, []),
  note(MO, 'f16-vacant-caseload-one-liners-mo-009', `PM cov 03/05/26 — Whitaker, S.: # disc. Letter sent.`, 'L', 'P', false, [UA, RP]),
  note(MO, 'f16-vacant-caseload-one-liners-mo-010', `PM cov 03/05/26 — Morales, A.: OV, walk-in for gas card. Still in CDL at OTC, permit passed, range wk 2. Cont per IEP.`, 'I', 'P', true, []),
  // The employer answers for her; not her.
  note(MO, 'f16-vacant-caseload-one-liners-mo-011', `PM cov 03/06/26 — Greene, D.: TC to Jasper Products HR, confirmed still employed.`, 'T', 'V', false, [TP, JM]),
  note(MO, 'f16-vacant-caseload-one-liners-mo-012', `PM cov 03/06/26 — Sutton, B.: no show for 3/6 appt.`, 'I', 'P', false, [UA]),
  note(MO, 'f16-vacant-caseload-one-liners-mo-013', `PM cov 03/09/26 — Sutton, B.: called me back, missed 3/6 for a job interview at Eagle-Picher, got hired, starts 3/16 $18/hr. Keep open for follow-up svcs per IEP.`, 'T', 'P', true, []),
  note(MO, 'f16-vacant-caseload-one-liners-mo-014', `PM cov 03/09/26 — Ruiz, M.: reassigned to Neosho office.`, '-', '-', false, [CT, NS]),
  note(MO, 'f16-vacant-caseload-one-liners-mo-015', `PM cov 03/10/26 — Kline, P.: txt, no reply.`, 'E', 'P', false, [RP]),
  note(MO, 'f16-vacant-caseload-one-liners-mo-016', `PM cov 03/11/26 — Kline, P.: replied by txt, "still at MSSU nursing, passed pharm 81, clinicals at Freeman." Cont ITA per IEP.`, 'E', 'P', true, []),
  note(MO, 'f16-vacant-caseload-one-liners-mo-017', `PM cov 03/12/26 — Young, C.: spoke w/ her mom, C. moved to Tulsa. Mom didn't know if working.`, '-', 'A', false, [CT, TP, PM, JM]),
  note(MO, 'f16-vacant-caseload-one-liners-mo-018', `PM cov 03/12/26 — Ebert, N.: TC, no chg, cont.`, 'T', 'P', true, [NS]),
  note(MO, 'f16-vacant-caseload-one-liners-mo-019', `PM cov 03/13/26 — Ostrander, W.: talked at Springfield job fair, he's at OTC welding, passed 2G, 2 more terms. Cont ITA per IEP.`, 'I', 'P', true, []),
  note(MO, 'f16-vacant-caseload-one-liners-mo-020', `PM cov 03/13/26 — Ostrander, W.: voicemail from him, "call me about my books."`, 'T', 'P', false, [UA]),

  note(MN, 'f16-vacant-caseload-one-liners-mn-001', `PM cov 04/01/26 — Lindquist, E.: TC w/ her, CLC practical nursing 2nd sem, grades A/B, clinicals Essentia Brainerd. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'f16-vacant-caseload-one-liners-mn-002', `PM cov 04/01/26 — Bowstring, J.: TC, no ans, VM full.`, 'T', 'P', false, [UA]),
  note(MN, 'f16-vacant-caseload-one-liners-mn-003', `PM cov 04/01/26 — Bowstring, J.: txt sent.`, 'E', 'P', false, [RP]),
  note(MN, 'f16-vacant-caseload-one-liners-mn-004', `PM cov 04/02/26 — Bowstring, J.: txt back, "at Bemidji State, finished winter block, 3.0, working at the casino weekends." ISS reviewed.`, 'E', 'P', true, []),
  note(MN, 'f16-vacant-caseload-one-liners-mn-005', `PM cov 04/02/26 — Hagen, T.: TC, doing good.`, 'T', 'P', true, [PM, NS]),
  note(MN, 'f16-vacant-caseload-one-liners-mn-006', `PM cov 04/02/26 — Pederson, L.: letter mailed.`, 'L', 'P', false, [RP]),
  note(MN, 'f16-vacant-caseload-one-liners-mn-007', `PM cov 04/03/26 — Pederson, L.: letter back, "moved, left no address."`, 'L', 'P', false, [UA]),
  note(MN, 'f16-vacant-caseload-one-liners-mn-008', `PM cov 04/03/26 — Nguyen, K.: OV, youth, in for GED math, passed RLA + science, math 4/20. ISS updated.`, 'I', 'P', true, []),
  note(MN, 'f16-vacant-caseload-one-liners-mn-009', `PM cov 04/06/26 — Nguyen, K.: ABE teacher e-mailed, K. 9 of 10 classes, math practice 142.`, 'E', 'V', false, []),
  note(MN, 'f16-vacant-caseload-one-liners-mn-010', `PM cov 04/06/26 — Fairbanks, M.: see prior CM note 3/12.`, '-', '-', false, [CT, NS]),
  note(MN, 'f16-vacant-caseload-one-liners-mn-011', `PM cov 04/07/26 — Fairbanks, M.: TC w/ him, laid off from Potlatch 3/27, on UI, wants CDL. ISS needs update, appt 4/14.`, 'T', 'P', true, []),
  note(MN, 'f16-vacant-caseload-one-liners-mn-012', `PM cov 04/07/26 — Ostlund, R.: wife answered, R. at work, will call back.`, 'T', 'P', false, [UA]),
  note(MN, 'f16-vacant-caseload-one-liners-mn-013', `PM cov 04/08/26 — Ostlund, R.: R. called back, welding at Little Falls plant, 2nd shift, $21. Apprenticeship app in. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'f16-vacant-caseload-one-liners-mn-014', `PM cov 04/08/26 — Kowalski, D.: no show 4/8.`, 'I', 'P', false, [UA]),
  note(MN, 'f16-vacant-caseload-one-liners-mn-015', `PM cov 04/09/26 — Kowalski, D.: Teams w/ him 10 min, truck broke, still in Pine Tech IT, 2 classes, B's. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'f16-vacant-caseload-one-liners-mn-016', `PM cov 04/09/26 — Strand, A.: her ex answered, said wrong number for her now.`, 'T', 'P', false, [UA]),
  note(MN, 'f16-vacant-caseload-one-liners-mn-017', `PM cov — Strand, A.: came in, new #, still at Cuyuna Regional dietary 32 hrs, CNA class May. ISS reviewed.`, 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'f16-vacant-caseload-one-liners-mn-018', `PM cov 04/10/26 — Vang, T.: Talked w/ T., started at Walmart DC Brainerd, 40 hrs.`, '-', 'P', false, [CT]),
  note(MN, 'f16-vacant-caseload-one-liners-mn-019', `PM cov 04/10/26 — Berg, S.: e-mail, no reply 3 wks.`, 'E', 'P', false, [RP]),
  note(MN, 'f16-vacant-caseload-one-liners-mn-020', `PM cov 04/13/26 — Berg, S.: TC ✓`, 'T', 'P', true, [PM, NS]),
];
