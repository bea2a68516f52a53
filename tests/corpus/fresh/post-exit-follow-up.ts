/**
 * Follow-up after exit (fresh split: new voices, scored and listed but not floored yet): the 12-month follow-up
 * calls, retention checks by quarter, mailed surveys, employer wage verification, UI wage-record matches and
 * The Work Number look-ups, written the way follow-up staff log them ("Q2 f/u", "exit date", tickler lines, a
 * running log of tries). Labels come from the policies and the definition of a qualifying contact, written
 * before the checker ever ran on them.
 * A wage-record match or a database look-up is no contact. An employer's HR or supervisor is the provider: in
 * Missouri their report counts only with substantive progress (hours, wage, attendance) and a reason to continue
 * (§2.2); in Minnesota it is recorded but is not the participant's contact. A log line from an earlier month is
 * that month's contact, not this entry's.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'post-exit-follow-up';

export const NOTES: LabelledNote[] = [
  note(MO, 'post-exit-follow-up-mo-001', '12-MONTH FOLLOW-UP - Q2 (exit date 09/30/2025)\nTC w/ cust 3/3/26. Still employed at Mid-America Dental Lab as a dental lab tech, full-time, now $18.40/hr (was $17.00 at exit). No barriers reported. Cont. follow-up per IEP; Q3 call due June.', 'T', 'P', true, []),
  note(MO, 'post-exit-follow-up-mo-002', 'UI wage record check 3/4/26 (DES quarterly wage file): Q4 2025 wages $9,812 reported by Leonardo DRS. Entered for 2nd-quarter-after-exit measure.', '-', '-', false, [CT]),
  note(MO, 'post-exit-follow-up-mo-003', 'F/U call 3/5, # disconnected. Checked MoJobs for a new #, none listed.', 'T', 'P', false, [UA]),
  // MO §2.2: the customer was on shift; HR gave hours, wage and attendance, and the note gives the reason to continue.
  note(MO, 'post-exit-follow-up-mo-004', 'Employment verification 3/9 by phone w/ Sara Quintero, HR at Briggs & Stratton (Poplar Bluff). Confirms cust still employed as assembler since 7/14/25, 40 hrs/wk, $16.75/hr, no attendance issues. Cust unavailable (on shift). Continue follow-up services per IEP through 9/2026.', 'T', 'V', true, []),
  note(MO, 'post-exit-follow-up-mo-005', 'Q1 f/u letter + customer satisfaction survey mailed 3/10 to addr on file. Awaiting return.', 'L', 'P', false, [RP]),
  note(MO, 'post-exit-follow-up-mo-006', 'Follow-up survey rec\'d back from cust 3/24 (mailed 3/10). Cust checked "employed full time" and wrote in: "Promoted to shift lead at Walmart DC 2/1, $21/hr". Wage and promotion entered. Cont. f/u per IEP.', 'L', 'P', true, []),
  note(MO, 'post-exit-follow-up-mo-007', 'The Work Number verification 3/12: cust employed at SSM Health since 11/2025, status active. No contact w/ cust.', '-', '-', false, [CT]),
  // A colleague's second-hand report from a hiring event: nobody here talked with the customer.
  note(MO, 'post-exit-follow-up-mo-008', 'Per BSR (R. Kemper), who was at Tyson 3/13 for a hiring event, cust is still working there on 2nd shift. Will call cust to confirm.', '-', '-', false, [CT]),
  // "Still working" is retention, the progress follow-up looks for; nothing concrete, and no reason given to continue.
  note(MO, 'post-exit-follow-up-mo-009', 'Retention call 3/16. Cust still working. Doing fine.', 'T', 'P', true, [JM, NS]),
  note(MO, 'post-exit-follow-up-mo-010', 'Left VM for cust 3/18 re: 6 month follow-up. Also sent text.', 'E', 'P', false, [UA, RP]),
  note(MO, 'post-exit-follow-up-mo-011', 'Cust called back 3/19 (returning my 3/18 VM). Laid off from Nordyne 2/27 (plant slowdown), on UI, applying at Emerson and Hubbell. Sent 4 job leads, offered DW re-enrollment. Cust will come in 3/26 to discuss. Follow-up continues per IEP.', 'T', 'P', true, []),
  // The wife talked (an alternate contact), with one vague fact: not the "considerable and substantive" knowledge §2.2 asks.
  note(MO, 'post-exit-follow-up-mo-012', 'Cust\'s spouse answered the 3/23 f/u call, said cust is at work at ABB and "doing good", will have him call back.', 'T', 'A', false, [TP, JM]),
  note(MO, 'post-exit-follow-up-mo-013', 'Exit 12/31/25. Q1 follow-up due 3/31/26 - tickler set, will call cust week of 3/23.', '-', 'P', false, [CT]),
  note(MO, 'post-exit-follow-up-mo-014', 'OV 3/27 - cust stopped in at the job center for a resume update. Working PT at Lowe\'s (24 hrs, $15.25) while finishing CompTIA A+ on her own; passed Core 1 on 3/20. Updated resume, referred to 2 FT help desk openings. Cont. f/u per IEP.', 'I', 'P', true, []),
  note(MO, 'post-exit-follow-up-mo-015', 'Follow-up attempt #3 (3/30): no answer, mailbox full. Prior attempts 3/9 (NA) and 3/20 (text, no reply). Unable to contact; f/u status set to "unable to locate" per policy.', 'T', 'P', false, [UA, RP]),
  note(MN, 'post-exit-follow-up-mn-001', 'Follow-up (exited 8/2025) - phoned client 3/2. She\'s still at Essentia as a phlebotomist, 36 hrs/wk, got health insurance 2/1. No needs right now.', 'T', 'P', true, []),
  note(MN, 'post-exit-follow-up-mn-002', 'WF1 follow-up Q3 - DEED UI wage match: Q3 2025 wages reported ($7,240, Marvin Windows). Client not contacted.', '-', '-', false, [CT]),
  note(MN, 'post-exit-follow-up-mn-003', 'f/u call 3/4 - lmom', 'T', 'P', false, [UA]),
  note(MN, 'post-exit-follow-up-mn-004', 'Called Marvin HR 3/5 for wage verification - confirmed client employed since 10/6/25, $19.10/hr, 40 hrs. Client not contacted.', 'T', 'V', false, []),
  note(MN, 'post-exit-follow-up-mn-005', 'Texted client 3/9 asking how work is going; client texted back "good, moved to days at Digi-Key, same pay $18".', 'E', 'P', true, []),
  note(MN, 'post-exit-follow-up-mn-006', 'Follow-up letter mailed 3/10 asking client to call for 6-month check. Letter returned 3/17 "not deliverable as addressed".', 'L', 'P', false, [UA]),
  note(MN, 'post-exit-follow-up-mn-007', 'Client came in 3/12 to use the resource room computers; talked w/ her there. She left Cenex in Feb (too far to drive), now at Holiday 30 hrs/wk, looking for FT. Gave her the Bemidji hiring event flyer.', 'I', 'P', true, []),
  // How the instructor passed this on is not said; he is the provider, and nobody talked with the client.
  note(MN, 'post-exit-follow-up-mn-008', 'Client\'s former instructor at Northland (Dale) mentioned 3/13 that client is working at Arctic Cat in Thief River now.', '-', 'V', false, [CT]),
  note(MN, 'post-exit-follow-up-mn-009', 'Emailed client 3/16 the follow-up survey link. Reminder auto-sent 3/23. No survey submitted.', 'E', 'P', false, [RP]),
  note(MN, 'post-exit-follow-up-mn-010', 'Retention call 3/18, 12-month f/u (last one). Client still employed at Sanford, promoted to lead CNA 1/2026. Closing follow-up in WF1.', 'T', 'P', true, []),
  // The only line new in this entry is 3/20, a message left; January's and February's calls were those months' contacts.
  note(MN, 'post-exit-follow-up-mn-011', 'F/U log:\n1/14 TC w/ client - working at Polaris, 40 hrs\n2/11 TC w/ client - same\n3/20 TC - NA, LM', 'T', 'P', false, [UA]),
  note(MN, 'post-exit-follow-up-mn-012', 'f/u TC 3/23 client ok', 'T', 'P', true, [PM, NS]),
  note(MN, 'post-exit-follow-up-mn-013', 'Client\'s mom answered 3/25, said client moved to Fargo in Jan for a job at Bobcat, gave new # 701-555-0143. Will call.', 'T', 'A', false, []),
  // The client's e-mail only asks for something; the letter sent back is one-way.
  note(MN, 'post-exit-follow-up-mn-014', 'Follow-up: client e-mailed 3/27 asking for a reference letter for an apartment application. Sent the letter by e-mail 3/27.', 'E', 'P', false, [RP]),
  note(MN, 'post-exit-follow-up-mn-015', 'Per UI wage records and client\'s LinkedIn, client appears to be employed at 3M Hutchinson. Called client 3/30 to confirm, NA.', 'T', 'P', false, [UA]),
  // A quarter's worth of tries; the only one who talked is the employer (recorded in Minnesota, never the client's contact).
  note(MN, 'post-exit-follow-up-mn-016', 'FOLLOW-UP Q3 AFTER EXIT (exit 07/31/2025) - summary of this quarter\'s efforts\n04/02 called cell 218-555-0176, went to VM, left msg w/ my direct line.\n04/09 called again, VM full. Texted: "Hi Marcus, this is Dee from the WorkForce Center, just checking how the new job is going. Call or text anytime." Text shows delivered, no reply.\n04/16 mailed the Q3 follow-up letter and the customer satisfaction survey to the Crookston address on file.\n04/23 called Marcus\' employer, Northern Plains Equipment (service dept). Spoke with the service manager, Rick, who confirmed Marcus is still employed as a diesel tech apprentice, full time, and said he passed his 6-month review in March and got a raise to $23.50. Rick said Marcus works 7-3:30 and is hard to reach by phone in the shop, and offered to pass along that I called.\n04/30 survey not returned yet, letter not returned by post office either.\nWage and retention info entered in WF1. Will try Marcus again after 3:30 next week.', 'T', 'V', false, [UA, RP]),
];
