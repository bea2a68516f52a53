/**
 * Employment specialists in court-ordered work programs for parents who owe child support (locked split, batch 16:
 * scored and floored, aggregates only): in Missouri, obligors sent by the St. Louis City family court on a
 * seek-work order and co-enrolled in WIOA Adult at the job center; in Minnesota, obligors under a Ramsey County
 * seek-employment order who must report their job search to the child support officer every 30 days. The voice is
 * a compliance officer's as much as a counselor's: the order, the hearing, the log (so many employer contacts per
 * two weeks), the child support officer (CSO), the income withholding order (IWO), the commissioner or magistrate,
 * the public defender, and an angry other parent on the line; every fact is dated because the court may ask.
 * Labels come from the policies and the definition of a qualifying contact, written before any checker ran on
 * them. How I read the hard cases: the child support officer, the other parent, the public defender and the
 * court are someone else, never an alternate; an employer's HR confirming start date, hours and wage is a
 * provider with substantive progress but no reason to continue services, so in Missouri it does not count (§2.2:
 * the provider contact "must include documentation of the customer's progress … and provide justification"); his
 * e-mail back with the log attached answers ours; a talk in the courthouse hallway before the docket is an
 * in-person contact, while a hearing where I reported and he left without our talking is not; his text with news
 * followed by my call that reached him is a telephone contact; in Minnesota the CSO's e-mail and the employer's
 * verification are recorded (Letter 110, Policy 6), never the monthly contact; Teams is telephone.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l16-child-support-work-order';
export const BATCH = 16;

export const NOTES: LabelledNote[] = [
  note(MO, 'l16-child-support-work-order-mo-001', `10/01/2026 OV w/ Dwayne Carter (seek-work order, St. Louis City Family Court, order in file), 30 min. Job search log wks 1-2: 14 employer contacts, apps at UPS and the Schnucks warehouse. Attended 3 of 4 job club sessions. Forklift class at the Job Center starts 10/12 on ITA. Continue per IEP - order requires 20 contacts per 2 wks until employed; next log due 10/15.`, 'I', 'P', true),
  note(MO, 'l16-child-support-work-order-mo-002', `10/15/2026 Dwayne's log not in. Called 9:15, NA, LM. Emailed reminder 9:20.`, 'E', 'P', false, [UA, RP]),
  note(MO, 'l16-child-support-work-order-mo-003', `10/16/2026 Dwayne replied to my 10/15 email with his log attached: 21 contacts, interview at UPS 10/20 (preload). Says he started forklift 10/12 and passed the safety quiz. Continue per IEP and court order.`, 'E', 'P', true),
  // The child support officer is someone else, not an alternate.
  note(MO, 'l16-child-support-work-order-mo-004', `10/19/2026 Call from FSD child support officer M. Price asking if Dwayne is complying, for the 10/27 review hearing. Release on file; told her his logs are current through 10/16.`, 'T', 'O', false, [TP, JM]),
  note(MO, 'l16-child-support-work-order-mo-005', `10/21/2026 Custodial parent (Dwayne's ex) called the program line upset, says he's working cash jobs and lying on his logs. Explained I can't discuss his case, took her number.`, 'T', 'O', false, [TP, PM, JM]),
  // The talk in the hallway before the docket is the contact; the hearing is not.
  note(MO, 'l16-child-support-work-order-mo-006', `10/27/2026 Review hearing, Commissioner Hale. Before the docket I met Dwayne in the hallway, 10 min: UPS offered him preload 3:30-8:30am, starts 11/2, $21/hr. Forklift class wk 3 of 4, he asked if he can still finish it - yes, continue forklift per IEP. At the hearing I reported compliance; order continued 60 days pending his 1st paystub.`, 'I', 'P', true),
  // Substantive, but the employer gives no reason to continue services.
  note(MO, 'l16-child-support-work-order-mo-007', `11/04/2026 TC w/ UPS HR (Earth City hub): confirmed Dwayne started 11/2 on preload, 25 hrs/wk, $21/hr. IWO already sent by FSD.`, 'T', 'V', false, [TP, JM]),
  note(MO, 'l16-child-support-work-order-mo-008', `11/05/2026 TC w/ Dwayne 7 min, he called me after his shift. 1st week at UPS ok, 25 hrs, still learning the load. Forklift cert test 11/7. Keeping him in the program through retention, court wants paystubs. Continue per IEP.`, 'T', 'P', true),
  note(MO, 'l16-child-support-work-order-mo-009', `10/05/2026 Terrell Gaines no-show for 9am orientation. Order requires him to enroll within 14 days of the 9/24 hearing.`, 'I', 'P', false, [UA]),
  note(MO, 'l16-child-support-work-order-mo-010', `10/06/2026 Letter to Terrell: missed orientation 10/5, new date 10/13 9am. Copy to CSO per court order.`, 'L', 'P', false, [RP]),
  note(MO, 'l16-child-support-work-order-mo-011', `10/13/2026 Terrell came to orientation; met w/ him after, 25 min. Laid off from the tire shop in Aug, no car. Applied 4 places this wk (Walgreens DC, 2 temp agencies, a car wash). Enrolled WIOA Adult; IEP is job search now, CDL-B later. Continue - order needs 20 contacts per 2 wks.`, 'I', 'P', true),
  note(MO, 'l16-child-support-work-order-mo-012', `10/22/2026 Terrell's public defender called for an attendance letter for his 11/3 contempt hearing. Release on file; emailed the letter: orientation 10/13, 2 job clubs, log 10/13-10/20 with 11 contacts.`, 'T', 'O', false, [TP, JM]),
  note(MO, 'l16-child-support-work-order-mo-013', `10/30/2026 Called Terrell 2:10 re: log short (9 of 20). His girlfriend answered, said he's at a Walgreens DC interview. Asked her to have him call me.`, 'T', 'P', false, [UA]),
  note(MO, 'l16-child-support-work-order-mo-014', `10/31/2026 Terrell called back 10:05, talked 15 min. Walgreens DC interview went well, 2nd interview 11/4. Knows his log is short, says he'll make it up. Continue per IEP; order still requires contacts until hired.`, 'T', 'P', true),
  note(MO, 'l16-child-support-work-order-mo-015', `11/06/2026 Terrell came in with the Walgreens DC offer letter - starts 11/16, 2nd shift, $19.50. Helped him with the new-hire packet; he wrote his SSN 498-20-7713 on my copy of the W-4, copy shredded. Continue retention follow-up per IEP.`, 'I', 'P', true, [PII]),
  note(MO, 'l16-child-support-work-order-mo-016', `11/18/2026 TC w/ Terrell. No issues.`, 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'l16-child-support-work-order-mo-017', `11/20/2026 Dwayne - 11/19 called, VM. 11/20 he came by the office at 4, 15 min: forklift cert passed 11/7, moved up to 30 hrs at UPS, 1st support payment came out of his 11/13 check per the IWO. Continue retention per IEP.`, 'I', 'P', true),

  note(MN, 'l16-child-support-work-order-mn-001', `10/2/26 OV w/ Angela Reyes (seek-employment order, Ramsey Co. District Court 9/15), 40 min. Phlebotomy at Saint Paul College, wk 5 of 8, clinical starts 11/2. Job search log: 10 contacts + 2 apps (Regions, HealthPartners lab). Reviewed EP; WF1 activities training + job search.`, 'I', 'P', true),
  note(MN, 'l16-child-support-work-order-mn-002', `10/9/26 Emailed Angela the court's job search log form (due to her CSO every 30 days).`, 'E', 'P', false, [RP]),
  // The child support officer's e-mail: someone else's, recorded.
  note(MN, 'l16-child-support-work-order-mn-003', `10/16/26 Ramsey Co. CSO emailed: Angela's log received, 14 contacts, order met for Oct.`, 'E', 'O', false),
  note(MN, 'l16-child-support-work-order-mn-004', `10/20/26 Angela emailed back (re: my 10/9 email), sorry it's late: log went to the CSO 10/15, clinical site assigned at Regions lab starting 11/2, phlebotomy quiz avg 88.`, 'E', 'P', true),
  note(MN, 'l16-child-support-work-order-mn-005', `11/3/26 Called Angela 5:30pm to see how her 1st clinical day went. NA, VM full.`, 'T', 'P', false, [UA]),
  note(MN, 'l16-child-support-work-order-mn-006', `11/4/26 Angela's ex (the custodial parent) called, says she is "not even looking for work". Explained data privacy, gave out no info.`, 'T', 'O', false, [PM]),
  note(MN, 'l16-child-support-work-order-mn-007', `11/5/26 Teams w/ Angela 20 min from the Regions break room. Clinical days 1-3 done, 26 successful sticks, 1 day late (bus). Applied to 2 more phleb jobs. EP: finish clinical 11/20, then NHA exam.`, 'T', 'P', true),
  note(MN, 'l16-child-support-work-order-mn-008', `10/6/26 Letter to Jamal Osman re: seek-employment order intake, CSO copied. No phone on file.`, 'L', 'P', false, [RP]),
  note(MN, 'l16-child-support-work-order-mn-009', `10/13/26 Letter to Jamal returned - moved, left no address.`, 'L', 'P', false, [UA]),
  note(MN, 'l16-child-support-work-order-mn-010', `10/15/26 CSO gave a new address + cell for Jamal. Called the cell 10:00, Jamal answered, talked 15 min. He's driving for a moving company for cash, 3 days/wk, wants his CDL. Set intake 10/21. Explained the order needs him in the program.`, 'T', 'P', true),
  note(MN, 'l16-child-support-work-order-mn-011', `10/21/26 Jamal intake in person, 60 min. Enrolled Adult; EP goal CDL-A at Dakota County Tech. Needs his permit first, studying the book. Job search log started: 5 contacts.`, 'I', 'P', true),
  note(MN, 'l16-child-support-work-order-mn-012', `10/28/26 Jamal no-show for 2pm CDL permit study session. Texted him 2:30.`, 'E', 'P', false, [UA, RP]),
  // His text with news, then a call that reached him.
  note(MN, 'l16-child-support-work-order-mn-013', `11/2/26 Jamal texted: "passed my CDL permit today!!! sorry i missed tues". Called him right back, talked 10 min: DCTC CDL-A class starts 11/30, ITA approved. EP updated.`, 'T', 'P', true),
  // He was in the courtroom, but we did not talk.
  note(MN, 'l16-child-support-work-order-mn-014', `11/9/26 Review hearing for Jamal, Magistrate Olson. Jamal appeared; I gave the program's compliance report (intake done, permit passed, CDL class 11/30). Order continued 90 days. Didn't get to talk w/ Jamal after, he left right away.`, 'I', 'O', false),
  note(MN, 'l16-child-support-work-order-mn-015', `TC w/ Angela - passed the NHA phlebotomy exam, applying at Regions.`, 'T', 'P', true, [DM], { noDateField: true }),
  note(MN, 'l16-child-support-work-order-mn-016', `11/23/26 Regions HR verified by phone: Angela starts 11/30 as phleb tech I, 32 hrs, $22.10. IWO sent by the county.`, 'T', 'V', false),
  note(MN, 'l16-child-support-work-order-mn-017', `See CSO email 10/16.`, '-', '-', false, [CT, NS]),
];
