/**
 * Participants doing gig work or building a small business (fresh split: new voices, scored and listed but not
 * floored yet). The voice: case managers with customers who drive for Uber and Lyft, deliver for DoorDash and
 * Instacart, run a house-cleaning business or an Etsy shop while in training or instead of a job: screenshots of app
 * earnings texted in, income self-reported in a one-line text, 1099-Ks, deactivations, calls taken between rides,
 * business-plan coaching, SBDC and SCORE mentors, FastTrac modules, P&L sheets. Sources of realism: self-employment
 * training plans and the income verification a gig worker's file needs, where most of the month's facts arrive as
 * pictures of a phone screen.
 * A screenshot the participant sends in answer counts as her written reply; one that arrives from the county or a
 * mentor is theirs. An SBDC consultant is the activity provider when the customer is enrolled in entrepreneurial
 * training there; a SCORE mentor or county worker "other". A public page (her Etsy shop, a Facebook post) is no
 * contact at all; a call picked up "on a ride, can't talk" is a two-way call with nothing in it.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'gig-self-employed';

export const NOTES: LabelledNote[] = [
  note(MO, 'gig-self-employed-mo-001', `TC 3/2 w/ cust - driving Uber/Lyft about 30 hrs/wk around class. Made $640 last wk per his Uber app. CDL-A at OTC going ok, passed permit test 2/26. Cont ITA per IEP.`, 'T', 'P', true, []),
  note(MO, 'gig-self-employed-mo-002', `Texted cust 3/8 asking for last wk's earnings for the income verification. She texted back 3/9 a screenshot of her DoorDash weekly summary: $412, 31 active hrs, 4.9 rating.`, 'E', 'P', true, [JM]),
  note(MO, 'gig-self-employed-mo-003', `Texted cust 3/8 asking for an earnings screenshot for the income verification. Delivered. No response as of 3/12.`, 'E', 'P', false, [RP]),
  note(MO, 'gig-self-employed-mo-004', `Met w/ cust 3/11 at the JC to go over her cleaning business plan draft. Pricing set at $35/hr, 6 regular clients (4 weekly, 2 biweekly), needs a liability insurance quote before she takes office jobs. Next: cash flow sheet due 3/25. Cont entrepreneurial trng per IEP.`, 'I', 'P', true, []),
  // The consultant's e-mail says only what the meeting was about: no progress to continue services on.
  note(MO, 'gig-self-employed-mo-005', `E-mail from SBDC consultant (M. Ellis, Missouri State SBDC) 3/14: met with cust today re: LLC registration.`, 'E', 'V', false, [TP, JM]),
  // Answered only to say they cannot talk: nothing was exchanged, so an attempt, not a contact (the corpus's one reading, as the original mn-046).
  note(MO, 'gig-self-employed-mo-006', `Called cust 3/16 at 4:40 - he picked up but was on a Lyft ride, said he couldn't talk and would call back tonight. No call back.`, 'T', 'P', false, [UA]),
  note(MO, 'gig-self-employed-mo-007', `Cust left VM 3/17 9:05 pm: "made like 500 this week, all good, call me." Returned call 3/18 AM - NA, LM.`, 'T', 'P', false, [UA]),
  note(MO, 'gig-self-employed-mo-008', `Will get Q1 Etsy sales report + 1099-K at next OV 4/6.`, '-', '-', false, [CT, NS]),
  note(MO, 'gig-self-employed-mo-009', `Looked at cust's Etsy shop (public page) 3/20: 14 sales since 2/1, all 5-star reviews, 3 new listings. No contact w/ cust this wk.`, '-', '-', false, [CT]),
  note(MO, 'gig-self-employed-mo-010', `OV 3/23. Cust brought Instacart earnings stmt (Feb: $1,180 gross, $310 mileage). Said the app cut batch pay, looking at adding Shipt. Wants help w/ quarterly estimated tax - referred to VITA. Cont self-employment trng per IEP.`, 'I', 'P', true, []),
  note(MO, 'gig-self-employed-mo-011', `Cust's husband answered her cell 3/30, said she is out on DoorDash till 9 and "doing real good, like 600 a week." Asked him to have her call.`, 'T', 'P', false, [UA]),
  note(MO, 'gig-self-employed-mo-012', `E-mail from cust 4/2 answering my 3/31 e-mail: finished FastTrac module 5 (financials), cleaning business has 8 clients now, hired her sister part time. Still needs the insurance. Cont entrepreneurial trng - 3 modules left.`, 'E', 'P', true, []),
  note(MO, 'gig-self-employed-mo-013', `TC w/ cust 4/6 - Uber deactivated him 4/3 (background check renewal flag), no income this wk. Wants to finish CDL faster, skills test 4/20. Discussed supportive svc for rent. Cont ITA, refer to emergency assistance.`, 'T', 'P', true, []),
  note(MO, 'gig-self-employed-mo-014', `Sent cust the Square setup guide + link to the SBA pricing webinar 4/8.`, 'E', 'P', false, [RP]),
  note(MO, 'gig-self-employed-mo-015', `SBDC "Starting a Small Business" class 4/10 - cust on the registration roster SBDC sent.`, '-', '-', false, [CT, NS]),
  note(MO, 'gig-self-employed-mo-016', `TC 4/15 w/ cust. Cleaning biz doing good.`, 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'gig-self-employed-mo-017', `Me: how many hrs did u drive last wk?\nCust (4/20): idk like 40 but the app was slow, only made 510\nMe: send a screenshot pls\nCust: [image] thats it`, 'E', 'P', true, [JM]),
  // A long entry: the self-employment check-in at the office.
  note(MO, 'gig-self-employed-mo-018', `CMC - OV 4/27/2026 - Self-employment training check-in\nCust came in for her scheduled 45-min review of the cleaning business. She finished FastTrac (8 of 8 modules) on 4/22 and has her certificate. Business registered as an LLC with the Secretary of State 4/9; general liability policy bound 4/18 ($61/mo). Clients: 9 houses recurring and 1 small office (dentist on Glenstone) twice a week. She showed me her March P&L: revenue $2,860, expenses $790 (supplies, gas, her sister's wages), net $2,070. She still drives DoorDash two evenings a week and wants to stop by July. Barriers: one car, so when it is in the shop she loses days; asked about a vehicle repair supportive service, explained the limit and the quotes needed. Reviewed IEP goal (self-sufficiency through the business by 9/30): on track. Cont services - next step is the marketing mini-course at the SBDC in May and a follow-up OV in June to review Q2 numbers.`, 'I', 'P', true, []),
  note(MO, 'gig-self-employed-mo-019', `Called cust 5/4 re: marketing course. # goes straight to "this Google Voice number is not available."`, 'T', 'P', false, [UA]),
  note(MN, 'gig-self-employed-mn-001', `Client texted 3/3: "made 380 on doordash this wk, 28 hrs". Replied asking about the accounting class - she wrote back she starts 3/10 at M State.`, 'E', 'P', true, []),
  note(MN, 'gig-self-employed-mn-002', `Monthly contact text sent 3/3 asking for Feb self-employment income. Not answered.`, 'E', 'P', false, [RP]),
  note(MN, 'gig-self-employed-mn-003', `Met client at Caribou on Division St 3/5 (she was between Instacart batches), 20 min. Reviewed Feb app earnings on her phone: $1,420 gross. Etsy shop (handmade soap) had 9 orders. ISS: self-employment goal, wants a booth at the Mill City market in May.`, 'I', 'P', true, []),
  note(MN, 'gig-self-employed-mn-004', `Client's Lyft earnings screenshots (Jan-Feb) arrived by e-mail 3/6 from the county MFIP worker for the income review: $2,200 gross over 2 months.`, 'E', 'O', false, [TP]),
  note(MN, 'gig-self-employed-mn-005', `Called client 3/9 - rang once then VM (declined?). Texted "call me when you can."`, 'E', 'P', false, [UA, RP]),
  note(MN, 'gig-self-employed-mn-006', `Client called back 3/10 from the car between rides: driving Uber 35 hrs/wk, tired of it, wants to get her CDL instead. ISS updated with a CDL training assessment.`, 'T', 'P', true, []),
  note(MN, 'gig-self-employed-mn-007', `SCORE mentor (volunteer) e-mailed 3/13: had a Zoom w/ client 3/12 about pricing, she is charging $30/hr for cleanings now.`, 'E', 'O', false, [TP]),
  note(MN, 'gig-self-employed-mn-008', `Client posted in the WFC entrepreneurs Facebook group 3/15 that her LLC was approved.`, '-', '-', false, [CT]),
  // Her answer only moves the meeting and says she is busy: a reply, so a written two-way contact, with little in it.
  note(MN, 'gig-self-employed-mn-009', `Texted client 3/18 re: reviewing her profit/loss sheet this wk. Client: "can we do it next week im slammed w cleanings". Set for 3/25.`, 'E', 'P', true, [PM]),
  note(MN, 'gig-self-employed-mn-010', `Client no-show 3/25 for the P&L review at WFC. Texted at 10:30, no reply.`, 'E', 'P', false, [UA, RP]),
  note(MN, 'gig-self-employed-mn-011', `Video call (Google Meet) 3/27 w/ client, camera on. Went over the P&L: Feb revenue $2,100 (cleaning, 4 houses/wk), expenses $640 (supplies, gas). Wants to add office cleaning. ISS updated, business plan due 4/15.`, 'T', 'P', true, []),
  note(MN, 'gig-self-employed-mn-012', `Client e-mailed 4/14 with the business plan draft: "here it is, I cut the office cleaning part, not enough $ yet." Read it and sent comments back 4/15 (cash flow page missing).`, 'E', 'P', true, []),
  note(MN, 'gig-self-employed-mn-013', `4/20 called client - wrong number, the man who answered says he's had this # since March.`, 'T', 'P', false, [UA]),
  note(MN, 'gig-self-employed-mn-014', `Client texted 4/22: "doordash kicked me off for late deliveries what do i do". Replied w/ the appeal steps and asked her to come in; she wrote back "ok thursday". Deactivation noted, ISS: job search added alongside the cleaning business.`, 'E', 'P', true, []),
  note(MN, 'gig-self-employed-mn-015', `Client in office w/ his 1099-K from Uber ($18,400 gross 2025) and 2025 mileage log. Still driving about 25 hrs/wk.`, 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'gig-self-employed-mn-016', `Left VM 5/4 for monthly check-in.`, 'T', 'P', false, [UA]),
  // Her boyfriend answered from her phone: the words are his, whatever he says she said.
  note(MN, 'gig-self-employed-mn-017', `Monthly text sent 5/5. Reply 5/6 from her # but signed by her boyfriend: "this is Marcus shes driving, she said shes good made 700 last wk".`, 'E', 'P', false, [RP]),
  note(MN, 'gig-self-employed-mn-018', `Client stopped by the WFC 5/7 to drop off her Etsy sales report (Jan-Apr). I was with another client; she left it w/ the front desk.`, '-', '-', false, [CT]),
  note(MN, 'gig-self-employed-mn-019', `Phone 5/12 w/ client. All good.`, 'T', 'P', true, [PM, NS]),
  // A long entry: the month's contact, by phone, with a gig worker in training.
  note(MN, 'gig-self-employed-mn-020', `Monthly contact - telephone - 05/19/2026\nClient called me back at 7:15 pm after her last delivery (she asked for evening calls; the WFC approved flex hours for this caseload). She is in week 5 of the 8-week Medical Office Assistant certificate at Hennepin Tech (online evenings), has an 89% average, and her practicum at the Park Nicollet clinic starts 6/9. She is still delivering for DoorDash and Instacart about 22 hrs/wk; her April app earnings were $1,640 gross, which she will screenshot for the file. The practicum is unpaid, so she plans to drive weekends only during June. Barriers: car insurance renewal is due 6/1 ($480) and she does not have it; discussed the supportive services request and what to send (renewal notice, quote). Reviewed her ISS: training goal on track, employment goal (medical receptionist, $19+/hr) unchanged. Checked WF1: training activity current, supportive services activity to be opened when the quote arrives. Next contact mid-June after the practicum starts.`, 'T', 'P', true, []),
  note(MN, 'gig-self-employed-mn-021', `Practicum supervisor (Park Nicollet) e-mailed 6/12: client started 6/9, on time all 3 days.`, 'E', 'V', false, []),
];
