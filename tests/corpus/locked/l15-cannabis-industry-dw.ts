/**
 * Dislocated-worker counselors serving cannabis-industry layoffs (locked split, batch 15: scored and floored,
 * aggregates only): Missouri's licensed market consolidated after adult use began in 2023, and cultivation and
 * manufacturing facilities near Springfield, Kansas City and the Bootheel closed or merged, laying off trimmers,
 * cultivation techs, extraction techs, packagers and dispensary "budtenders"; in Minnesota, hemp-derived THC shops
 * and a medical grower's facility in the north metro cut staff while the adult-use licensing began, and workers
 * asked about the new license types and the social-equity programs. The counselors write in the workforce board's
 * "Subj: / Method: / Narrative:" layout, or shorthand when rushed, and carry the industry's words: agent ID cards
 * and their background checks, METRC (the seed-to-sale tracking system), flower rooms, harvest weeks, trim, the
 * vault, pre-rolls, the compliance manager, cash-only payroll and banks that closed a worker's account, and the
 * questions a felony or a cannabis job on a résumé raises with other employers.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A talk with the participant about the plan is a contact; a rapid-response session she signed in to, a
 * former supervisor's reference call, a coworker's report of where she works now, a résumé sent with no answer and
 * a call put off are not. A horticulture or pharmacy-tech program is the provider (Missouri: counts with
 * substantive progress and a reason to continue, §2.2; Minnesota: recorded, never the monthly contact); the
 * facility's HR and a new employer are someone else.
 */
import { MO, MN, UA, RP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'l15-cannabis-industry-dw';
export const BATCH = 15;

export const NOTES: LabelledNote[] = [
  // A rapid-response session she signed in to: a group talk, nothing said with her about her own plan.
  note(MO, 'l15-cn-01', "Subj: Rapid Response - cultivation facility closure (Republic MO) | Method: On-site group session | Narrative: 11/19/2024 Presented WIOA DW services to 38 affected workers in the break room, 2 sessions. Sign-in sheet scanned. Among sign-ins: Cassidy Fenwick, Jorge Villalobos, Trent Aldridge.", 'I', 'P', false),
  note(MO, 'l15-cn-02', "Subj: DW enrollment f/u | Method: In person | Narrative: 12/3/2024 Cassidy Fenwick at the Springfield job center. Last day at the grow 11/29 (cultivation tech, 4 yrs, $17.50). Wants greenhouse/nursery management, not cannabis again. Completed TABE (reading 11, math 9). Plan: OTC horticulture certificate spring term, ITA. Justification: skills transfer, needs the credential for nursery supervisor jobs. Next: ITA paperwork 12/10.", 'I', 'P', true),
  note(MO, 'l15-cn-03', "Subj: ITA | Method: Phone | Narrative: 12/10/24 Called Cassidy, no answer. Left VM to bring the OTC acceptance letter.", 'T', 'P', false, [UA]),
  note(MO, 'l15-cn-04', "Subj: ITA | Method: Phone | Narrative: 12/11/24 Cassidy returned call. OTC accepted her (letter emailed to me while on phone). Classes 1/21. She's doing seasonal at a Christmas tree lot till 12/24. ITA submitted today. Continue DW: training per IEP.", 'T', 'P', true),
  // Her former supervisor called for a reference: someone else, and he called about a job, not her plan.
  note(MO, 'l15-cn-05', "Subj: Employer call | Method: Phone | Narrative: 12/12/2024 Former head grower (Dale, now at a Joplin nursery) called asking if Jorge Villalobos is still looking. Gave him Jorge's permission-on-file email only. Jorge to be told.", 'T', 'O', false),
  note(MO, 'l15-cn-06', "Subj: DW - Jorge Villalobos | Method: Email | Narrative: 12/12/2024 Emailed Jorge: Dale at the Joplin nursery is hiring, contact him directly, and call me to set your IEP appt.", 'E', 'P', false, [RP]),
  note(MO, 'l15-cn-07', "Subj: DW - Jorge Villalobos | Method: Email | Narrative: 12/16/2024 Jorge replied: 'thanks, I called Dale, going to Joplin Thursday for a working interview. Can we do the IEP after? Also my bank closed my account when the grow paid cash, is there help?' Replied: yes IEP 12/23, and referred to the credit union's second-chance checking. Continue DW job search services until placement.", 'E', 'P', true),
  note(MO, 'l15-cn-08', "12/23/24 jorge no show IEP appt 10a. called 1015 - no ans, vm full.", 'I', 'P', false, [UA]),
  // A coworker says where he works now: her word, not his.
  note(MO, 'l15-cn-09', "Subj: DW - J. Villalobos | Method: In person (other) | Narrative: 12/27/2024 Trent Aldridge (also DW) mentioned at his appt that Jorge started at the Joplin nursery 12/26, full time.", 'I', 'O', false),
  note(MO, 'l15-cn-10', "Subj: DW - Trent Aldridge | Method: In person | Narrative: 12/27/2024 Trent in office for IEP. Extraction tech (CO2/ethanol), 2 yrs, laid off 11/29. Has a felony (2016 possession), worried it shows on background checks outside cannabis. Discussed Clean Slate / expungement (MO Amendment 3 auto-expunged his record? he will check with Legal Aid). Goal: pharmacy tech (certificate at OTC, 16 wks). Continue DW: credential needed for entry-level lab/pharm jobs. Next: Legal Aid 1/6, call me after.", 'I', 'P', true),
  note(MO, 'l15-cn-11', "Subj: DW - Trent Aldridge | Method: Phone | Narrative: 1/7/2025 Trent called: Legal Aid confirmed the 2016 case was expunged under Amendment 3 (court letter, copy to bring). He enrolled in the pharmacy tech cert, starts 1/27. Will bring letter Mon. Continue DW per IEP.", 'T', 'P', true),
  // The training program's report has hours and scores and the reason to go on.
  note(MO, 'l15-cn-12', "Subj: Provider contact | Method: Phone | Narrative: 2/20/2025 Spoke with OTC horticulture program coordinator re: Cassidy Fenwick (could not reach Cassidy 2/18, 2/19). Attending all labs, 4 of 4 weeks, plant ID quiz 94%, greenhouse practicum hours 22/60. Continue: on track for certificate in May, the credential the IEP targets.", 'T', 'V', true),
  note(MO, 'l15-cn-13', "Subj: DW - Jorge V. | Method: Letter | Narrative: 2/24/2025 Mailed 60-day exit-readiness letter w/ employment verification form to Jorge. Returned 3/6 'attempted - not known'.", 'L', 'P', false, [UA]),
  note(MO, 'l15-cn-14', "Subj: DW - Trent Aldridge | Method: Text | Narrative: 3/3/2025 Texted Trent re: progress. No reply.", 'E', 'P', false, [RP]),
  note(MO, 'l15-cn-15', "Subj: DW - Trent | Method: Phone | Narrative: 3/5/25 Trent answered, said he's in class and can't talk, will call back after 4. Did not.", 'T', 'P', false, [UA]),
  note(MO, 'l15-cn-16', "Subj: DW - Cassidy Fenwick | Method: In person | Narrative: 3/12/2025 Met at OTC library between classes. Practicum hours 40/60, interviewing at Springfield Botanical Center for greenhouse lead after May. Midterm grades A, B+. Continue training per IEP.", 'I', 'P', true),
  // No method anywhere and no page field: an "update from" him may be a voicemail or a text, so no two-way
  // contact is shown.
  note(MO, 'l15-cn-17', "Subj: DW - Trent Aldridge | Narrative: 3/19/2025 Update from Trent - passed the PTCB practice exam 78%, externship at a Walgreens starts 4/7. Continue training.", '-', 'P', false, [CT]),
  note(MN, 'l15-cn-18', "Subj: DW intake | Method: In person | Narrative: 1/14/2025 Anoka job center. Rylee Bergquist, budtender/lead at a THC seltzer + edibles shop in Blaine, laid off 1/3 (store closed). 3 yrs retail. Wants to stay in the industry: dispensary manager once adult-use retail licenses issue. Talked through the Office of Cannabis Management's license types and that WIOA can't pay for cannabis training; we'll look at retail management cert instead. ITA? Next appt 1/28.", 'I', 'P', true),
  note(MN, 'l15-cn-19', "1/28/25 rylee ns. txt sent 'missed u, call me' - delivered", 'I', 'P', false, [UA, RP]),
  note(MN, 'l15-cn-20', "Subj: DW - R. Bergquist | Method: Text | Narrative: 1/29/2025 Rylee texted back: 'SO sorry, got called in at a new job, I'm at a vape shop in Coon Rapids part time 24 hrs, $16. Still want the management class'. Replied with 2/4 appt time, she confirmed 👍.", 'E', 'P', true),
  note(MN, 'l15-cn-21', "Subj: DW - R. Bergquist | Method: In person | Narrative: 2/4/2025 Met with Rylee. Enrolled in Anoka Tech's retail management certificate (online, 12 credits), starts 2/24, ITA submitted. Keeps the vape shop job. Check-in in March.", 'I', 'P', true),
  note(MN, 'l15-cn-22', "Subj: DW intake | Method: Phone | Narrative: 2/6/2025 Called Demetrius Hollins (laid off 1/17 from the medical grower's facility, trim + packaging, METRC data entry). Spoke 25 min. Interested in warehouse inventory (his METRC experience = inventory control). Scheduled intake 2/11 in person. Sent him the doc checklist by text during the call.", 'T', 'P', true),
  note(MN, 'l15-cn-23', "2/11/25 Demetrius - no call no show intake. Called 2x, no vm. ", 'I', 'P', false, [UA]),
  // His new employer's HR verifying dates: someone else, not a contact with him.
  note(MN, 'l15-cn-24', "Subj: Verification | Method: Phone | Narrative: 2/18/2025 HR from a Fridley distribution center called to verify Demetrius Hollins' employment dates at the grow (we don't hold them - referred to the grow's HR). Sounds like he applied there.", 'T', 'O', false),
  note(MN, 'l15-cn-25', "Subj: DW - D. Hollins | Method: Letter | Narrative: 2/20/2025 Mailed letter to Demetrius: intake still open, call by 3/7.", 'L', 'P', false, [RP]),
  note(MN, 'l15-cn-26', "Subj: DW - D. Hollins | Method: Phone | Narrative: 3/3/2025 Demetrius called after getting the letter. He started at the Fridley distribution center 2/24 as inventory clerk, $21.75, 40 hrs. Doesn't need training now, wants to finish intake for the follow-up/retention. Intake by phone done, docs to upload.", 'T', 'P', true),
  note(MN, 'l15-cn-27', "Subj: DW - R. Bergquist | Method: Email | Narrative: 3/10/2025 Emailed Rylee the March check-in questions + asked for her D2L grade screenshot.", 'E', 'P', false, [RP]),
  note(MN, 'l15-cn-28', "Subj: DW - R. Bergquist | Method: Email | Narrative: 3/12/2025 Rylee answered: 2 of 4 courses started, Principles of Retail 88%, Customer Service 92% (screenshot). Working 24 hrs still. Asked whether the social equity license application is something we help with - told her no, gave OCM's info line.", 'E', 'P', true),
  // She applied to the state's social-equity program on her own: nothing exchanged with the writer.
  note(MN, 'l15-cn-29', "Subj: DW - R. Bergquist | Narrative: 3/20/2025 FYI per OCM public list, Rylee Bergquist appears on the social equity applicant verification list. No contact.", '-', '-', false),
  note(MN, 'l15-cn-30', "Subj: Rapid Response | Method: On-site | Narrative: 3/25/2025 Info session at a hemp-derived THC manufacturer (Elk River) closing 4/15. 21 workers, 14 signed DW interest forms. Individual intakes to be scheduled.", 'I', '-', false),
  note(MN, 'l15-cn-31', "Subj: DW intake | Method: In person | Narrative: 4/2/2025 Lupe Castañeda (packaging line, Elk River plant, last day 4/15). Walked in with her interest form. Bilingual Eng/Span. Wants CNC operator training (Anoka Tech, 16 wk). Working until 4/15 then starts the class 5/5. Eligible DW. Next: ITA + IEP 4/9.", 'I', 'P', true),
  note(MN, 'l15-cn-32', "Subj: DW - L. Castaneda | Method: Phone | Narrative: 4/9/25 TC, Lupe picked up, bad connection at the plant, call dropped after 'hello can you hear me'. Called back, no ans.", 'T', 'P', false, [UA]),
  // The Anoka Tech program's report: a provider contact, never the Minnesota monthly contact.
  note(MN, 'l15-cn-33', "Subj: Provider | Method: Email | Narrative: 4/22/2025 Anoka Tech retail mgmt instructor: Rylee Bergquist completed 3 of 4 courses, GPA 3.6, last course ends 5/9.", 'E', 'V', false),
  note(MN, 'l15-cn-34', "Subj: DW - D. Hollins | Method: Phone | Narrative: spoke w/ Demetrius, 60 days at the distribution center, promoted to lead on 2nd shift, +$1.50. Retention follow-up continues.", 'T', 'P', true, [DM], { noDateField: true }),
];
