/**
 * Community action agencies that run the WIOA program beside everything else (fresh split: new voices, scored and
 * listed but not floored yet). The voice: a "family development specialist" or intake generalist at a rural
 * community action agency (several in Minnesota hold the WIOA contract; in Missouri they sit next to the job
 * center and co-enroll): one note covers the whole household and all the agency's programs at once, with CSBG,
 * LIHEAP or the Energy Assistance Program (EAP), weatherization, Head Start, the food shelf, the family
 * development plan, ROMA outcome codes ("NPI 1.2", "FNPI 2a") and the "whole family" approach; co-workers in other
 * programs pass on news in the hallway. Sources of realism: CAA intake forms and ROMA reporting, where one visit
 * is counted in several programs.
 * How the policy is read for the hard cases: a visit about energy assistance or the food shelf is still a contact
 * with the participant when she is the one in the chair and the note records her training or job; a household
 * member's appointment (a Head Start parent conference for her partner, his own EAP application) is not hers; a
 * co-worker in another program is agency staff but what she "heard" is someone else's word; ROMA codes and
 * program enrolments are data, not contacts.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'community-action-agency';

export const NOTES: LabelledNote[] = [
  note(MO, 'community-action-agency-mo-001', `Whole-family intake update 3/3/26, in office (Neosho outreach ctr). Customer here for LIHEAP crisis (disconnect notice, Empire) and WIOA check-in. She is in wk 8 of 12, Pharmacy Tech at Crowder, 94% attendance, passed the math module. LIHEAP crisis app submitted. NPI 1.2b. Continue ITA per IEP; pharmacy tech is her path off assistance.`, 'I', 'P', true, []),
  note(MO, 'community-action-agency-mo-002', `LIHEAP crisis approved 3/6 ($480 to Empire). Letter mailed to household.`, 'L', 'P', false, [RP]),
  // The Head Start visit is for her partner and the children; she was not there.
  note(MO, 'community-action-agency-mo-003', `Head Start FSW reports home visit 3/9 with customer's partner and kids; customer at clinicals.`, '-', 'O', false, [TP, CT, PM, JM]),
  note(MO, 'community-action-agency-mo-004', `Phoned customer 3/12 re WIOA 30-day. Line busy x3.`, 'T', 'P', false, [UA]),
  note(MO, 'community-action-agency-mo-005', `Customer returned call 3/13. Externship assigned at Walgreens Joplin, starts 3/30, 120 hrs. Needs a background check fee ($35) - approved from WIOA supportive svcs. Continue ITA per IEP.`, 'T', 'P', true, []),
  note(MO, 'community-action-agency-mo-006', `Weatherization crew at customer's home 3/17 (audit). Crew lead says nobody home but the teenager.`, '-', '-', false, [CT, NS]),
  // A hello in a busy line, and the note says there was no time to talk: no exchange about her services.
  note(MO, 'community-action-agency-mo-007', `Food pantry day 3/20: customer came through the line. Said hi, busy line, no time to talk.`, '-', '-', false, [CT, NS]),
  note(MO, 'community-action-agency-mo-008', `Crowder instructor (Ms. Pruitt) returned my call 3/24: customer has 95% attendance, 88 avg, ready for externship 3/30, PTCB exam planned May. Continue ITA; she remains on track to complete.`, 'T', 'V', true, []),
  note(MO, 'community-action-agency-mo-009', `Family development plan review 4/2 with customer at our Carthage office. She started the Walgreens externship 3/30, 16 of 120 hrs done, store manager says she may be hired. Partner got a job at the poultry plant (his own goal, CSBG). Updated IEP and FDP. FNPI 1b.`, 'I', 'P', true, []),
  note(MO, 'community-action-agency-mo-010', `Customer's partner came in 4/8 for his own EAP recert and said she is "doing great at Walgreens".`, 'I', 'O', false, [TP, PM, JM]),
  note(MO, 'community-action-agency-mo-011', `Mailed WIOA 90-day letter 4/14 w/ return envelope.`, 'L', 'P', false, [RP]),
  // A text in answer to a letter, with her own progress: the written response the letter waited for.
  note(MO, 'community-action-agency-mo-012', `Customer texted back 4/20 after getting the 4/14 letter: "Hi yes i got it. 80 hrs done at walgreens, they want me to apply for tech-in-training. PTCB is 5/19." Continue ITA per IEP; will help w/ application.`, 'E', 'P', true, []),
  note(MO, 'community-action-agency-mo-013', `CSBG data entry 4/22: household outcomes updated (employment, energy burden reduced).`, '-', '-', false, [CT, NS]),
  note(MO, 'community-action-agency-mo-014', `Agency-wide Circles-style "Getting Ahead" graduation 4/25 - customer was on the graduate list; I was at another site.`, '-', '-', false, [CT, NS]),
  note(MO, 'community-action-agency-mo-015', `TC w/ customer 4/29. Fine.`, 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'community-action-agency-mo-016', `Co-worker (energy program) said she heard customer passed something at Crowder.`, '-', 'O', false, [TP, CT, PM, JM]),
  note(MO, 'community-action-agency-mo-017', `Home visit 5/5 (also WX final inspection). Customer home and we talked at the kitchen table 25 min. Externship done 4/30 (120 hrs), Walgreens offered tech-in-training $15.25, starts 5/11. PTCB 5/19. Continue WIOA through certification; IEP updated.`, 'I', 'P', true, []),
  note(MO, 'community-action-agency-mo-018', `Customer no-show 5/21 for the WIOA/FDP review. Called after, no answer.`, 'I', 'P', false, [UA]),
  note(MO, 'community-action-agency-mo-019', `Customer came in 5/22 to apologize for missing. Passed PTCB 5/19! Working 32 hrs at Walgreens as tech-in-training. Registered w/ the Board of Pharmacy. IEP: employment goal met, retention services for 12 mos.`, 'I', 'P', true, []),
  note(MO, 'community-action-agency-mo-020', `Board of Pharmacy lookup 5/29: customer's tech registration active.`, '-', '-', false, [CT, NS]),
  note(MO, 'community-action-agency-mo-021', `E-mailed customer 6/2 re summer childcare assistance forms. No reply yet.`, 'E', 'P', false, [RP]),
  note(MN, 'community-action-agency-mn-001', `Walk-in 3/2/26 at the Crookston CAP office for EAP and WIOA monthly. Client is in week 5 of the HVAC diploma at Northland CTC, 100% attendance, passed EPA 608 Type I. EAP app taken. ISS reviewed, activities match.`, 'I', 'P', true, []),
  note(MN, 'community-action-agency-mn-002', `EAP approved 3/9, letter sent to client.`, 'L', 'P', false, [RP]),
  note(MN, 'community-action-agency-mn-003', `Client's wife came to the Head Start parent conference 3/12 (their daughter). Client at class.`, '-', '-', false, [CT, NS]),
  note(MN, 'community-action-agency-mn-004', `Called client 3/16, left VM about the April tool voucher.`, 'T', 'P', false, [UA]),
  note(MN, 'community-action-agency-mn-005', `Client called 3/17. Tool list for HVAC II came out; voucher approved. Midterm grades A and B+. ISS updated with tool voucher.`, 'T', 'P', true, []),
  note(MN, 'community-action-agency-mn-006', `FDP goal meeting 3/26: client and wife both present; client talked about his plan to finish the diploma in December and get a job at a Red River Valley mechanical contractor. Wife's goal: CNA. ISS reviewed.`, 'I', 'P', true, []),
  note(MN, 'community-action-agency-mn-007', `Wife called 4/6 to say client can't make 4/8, plowing.`, 'T', 'A', false, [PM]),
  note(MN, 'community-action-agency-mn-008', `Northland instructor e-mailed 4/10 in reply to my request: client attendance 100%, 3.4 GPA, passed Type II.`, 'E', 'V', false, []),
  note(MN, 'community-action-agency-mn-009', `Appt with client 4/15 cancelled by the office (blizzard, agency closed).`, '-', '-', false, [CT, NS]),
  note(MN, 'community-action-agency-mn-010', `Client replied 4/17 to my e-mail of 4/16: "Sorry about the storm. Got my Type II. Tools working great. Need gas $ for the internship drive to Fargo." Sent him the gas card form. ISS current.`, 'E', 'P', true, []),
  note(MN, 'community-action-agency-mn-011', `Client picked up gas card at front desk 4/22 (signed log).`, '-', '-', false, [CT, NS]),
  note(MN, 'community-action-agency-mn-012', `Staff meeting 4/29: WIOA and EAP staff reviewed shared households. Client discussed.`, '-', '-', false, [CT, NS]),
  note(MN, 'community-action-agency-mn-013', `Phone with client 5/6, on the road to Fargo. Internship at Dakota Mechanical started 5/4, 24 hrs/wk, he likes the crew. Classes end 5/15. ISS reviewed.`, 'T', 'P', true, []),
  // The text reached a stranger: an attempt, whatever came back.
  note(MN, 'community-action-agency-mn-014', `Texted client 5/12 re summer bus. Reply: "wrong number, this isn't Dale". Will confirm his cell at next contact.`, 'E', 'P', false, [UA]),
  note(MN, 'community-action-agency-mn-015', `Internship supervisor (Dakota Mechanical) called 5/20: client reliable, may hire in June.`, 'T', 'V', false, []),
  note(MN, 'community-action-agency-mn-016', `5/27 tried client's cell and home. Both no answer.`, 'T', 'P', false, [UA]),
  note(MN, 'community-action-agency-mn-017', `In person 6/3 at the CAP office. Client finished spring term (3.5), internship continues 32 hrs over summer, Dakota Mechanical offered full-time after diploma. ISS updated.`, 'I', 'P', true, []),
  // Unlike a hello in a line, two minutes of talk with his own "all good": a thin contact.
  note(MN, 'community-action-agency-mn-018', `Client at the CAP's summer food program with his kids 6/10. Waved. Talked w/ him 2 min, he says all good.`, 'I', 'P', true, [PM, NS]),
  note(MN, 'community-action-agency-mn-019', `ROMA report: client household moved from "vulnerable" to "stable" on the employment scale (6/15).`, '-', '-', false, [CT, NS]),
  note(MN, 'community-action-agency-mn-020', `Client's wife came in 6/18 for her own WIOA intake (CNA). Says client is working 40 hrs this summer.`, 'I', 'O', false, [TP]),
  note(MN, 'community-action-agency-mn-021', `Client called me 6/24 re fall tuition. Summer at Dakota Mechanical 40 hrs, $19. Fall term registered (HVAC III, Controls). Asked for tuition help - Pell first, then ITA. ISS reviewed.`, 'T', 'P', true, []),
];
