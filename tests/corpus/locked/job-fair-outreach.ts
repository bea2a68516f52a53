/**
 * Job fairs, hiring events, recruitment tables and mass outreach (locked split, batch 5: scored, aggregates
 * only). Outreach and business-services staff write these from the floor of an event where they met dozens of
 * people for a minute each: sign-in sheets, RSVP lists, text blasts, flyers, recruiters' word about who came by,
 * a wave across a food-pantry line, a virtual fair's platform report. Only an exchange the writer had with the
 * participant is a contact; a sign-in, an RSVP, a recruiter's report or a blast to 400 people is not.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { note, MO, MN, PM, JM, NS, UA, RP, TP, CT, type LabelledNote } from '../types';

export const STYLE = 'job-fair-outreach';
export const BATCH = 5;

export const NOTES: LabelledNote[] = [
  note(MO, 'b5-jfo-mo-01', "HIRING EVENT - Ozark Empire Fairgrounds 3/12/26 (MO Job Center table #4). Cust stopped by our table around 10:30 and we talked about 15 min. He has applied to 6 warehouse jobs since his last OV and has an interview w/ O'Reilly DC 3/17. Gave him the Kraft Heinz flyer, they are hiring 2nd shift sanitation. Cust remains in job search / WIOA Adult career svcs; cont per IEP, resume update at next OV.", 'I', 'P', true, []),
  note(MO, 'b5-jfo-mo-02', "Job fair 3/12 Ozark Empire Fairgrounds - cust's name is on the sign-in sheet (#214) for the Springfield hiring event. CM was at the registration table all morning and did not see or speak with cust.", '-', '-', false, [CT, NS]),
  note(MO, 'b5-jfo-mo-03', "TEXT BLAST sent 3/2 via Signal Vine to all active Adult/DW customers (412 recipients) re: 3/12 Spring Hiring Event at the Fairgrounds, 9-1, bring 10 copies of resume. Cust included in blast.", 'E', 'P', false, [RP]),
  // A recruiter of a company the customer only applied to: not his activity provider, so 'other'.
  note(MO, 'b5-jfo-mo-04', "Talked w/ Paul (Prime Inc. recruiter) at his booth at close of event 3/12. Paul says cust came by, filled out an app on the tablet, and they may call him for the April orientation.", 'I', 'O', false, [TP, JM]),
  // Visiting employer tables is read as job search (progress), so no not-substantive; still no contact.
  note(MO, 'b5-jfo-mo-05', "Walk-in hiring event at the Job Center 4/2 (12 employers in the training rooms). Per sign in sheet cust came in at 1:40 and visited 4 tables (Mercy, SRC, Paul Mueller, Dairy Farmers). CM was covering the resource room and did not get to see him.", '-', '-', false, [CT]),
  // "Cont." gives no reason to continue: a monitor would call that no justification.
  note(MO, 'b5-jfo-mo-06', "Outreach table at OTC Fall Career Fair 10/8. Cust walked up to table, said hi, said she is good and busy. Cont.", 'I', 'P', true, [PM, JM, NS]),
  // The employer's HR after a job offer is the employer: substantive, but no reason to continue services.
  note(MO, 'b5-jfo-mo-07', "Rapid hiring event @ Kraft Heinz plant 5/6 (CM onsite doing WIOA eligibility for walk-ins). Cust interviewed w/ Kraft HR at 1:15 pm; CM did not speak w/ cust. HR (Denise) told CM afterward that cust was offered Sanitation Tech, 2nd shift, $19.25/hr, start 5/18 pending drug screen.", 'I', 'V', false, [TP, JM]),
  note(MO, 'b5-jfo-mo-08', "Veterans & Community Job Fair 5/20 (Springfield Expo Ctr) - cust attended WITH CM. We walked the floor together for about an hour; cust handed resumes to BNSF, City Utilities and Mercy and has a 2nd interview with City Utilities 5/27 for meter reader. Cust needs interview clothes - SS request to supervisor. Cont. job search per IEP.", 'I', 'P', true, []),
  note(MO, 'b5-jfo-mo-09', "Neighborhood outreach canvass, Grant Ave 5/28 (flyers for 6/3 construction trades hiring event). Knocked at cust's address, nobody answered door. Left flyer + my card in mailbox.", 'I', 'P', false, [UA]),
  note(MO, 'b5-jfo-mo-10', "Hiring event follow up: mailed letter 6/5 to all 38 customers who RSVP'd and did not come to the 6/3 event, incl. this cust, asking them to call CM.", 'L', 'P', false, [RP]),
  note(MO, 'b5-jfo-mo-11', "Cust called CM 6/6 re: hiring event letter. Said she missed the event d/t sick kid, has since applied online at Paul Mueller (welder helper) and Jack Henry (call center). CM will send her the July event dates. Remains in WIOA Adult, needs help w/ interview prep - mock interview set for 6/12.", 'T', 'P', true, []),
  note(MO, 'b5-jfo-mo-12', "Outreach @ Crosslines food pantry 6/18, signed up 14 people for Thursday job club. Saw cust in the pantry line, waved, she had her kids w/ her so we did not talk.", '-', '-', false, [CT, NS]),
  note(MO, 'b5-jfo-mo-13', "SBJ Job Fair 7/9 (Oasis Convention Ctr). 1,100+ attendees, MJC had 2 tables, CM talked w/ ~60 job seekers. Cust was one of them - stopped a few min, reports he has been working at SRC Holdings since 6/24, $17/hr, FT days. He will bring in paystubs for the employment verification. Cont. case mgmt until exit; follow-up services next.", 'I', 'P', true, []),
  note(MO, 'b5-jfo-mo-14', "Cust RSVP'd for the 8/14 Manufacturing Day hiring event through the Eventbrite link (auto-notification to CM inbox 8/3).", '-', '-', false, [CT, NS]),
  // The recruiter's e-mail connected (someone else); the text to the customer is unanswered.
  note(MO, 'b5-jfo-mo-15', "Lowe's DC recruiter e-mailed the no-show list from the 8/14 event interviews; cust is on it. CM texted cust 8/20 'hey are you ok? Lowe's said you missed your interview, want me to ask for another slot?' No response as of 8/22.", 'E', 'O', false, [RP, TP, JM]),
  // A colleague's talk with the customer, told second-hand: not the writer's contact.
  note(MO, 'b5-jfo-mo-16', "EVENT RECAP - 2026 Spring Hiring Expo, Ozark Empire Fairgrounds, 3/12/26, 9a-1p\nEmployers: 62 (14 manufacturing, 11 healthcare, 9 transportation/logistics, rest retail/hospitality/govt). Job seekers through the door: approx. 1,340 per the clicker count, 212 pre-registered through MoJobs.\nOur team: CM, BSR Tony R., 2 Title I staff, 1 Wagner-Peyser.\nCM ran the resume review station 9-12 and reviewed about 35 resumes, mostly walk-ins; most common issues were no contact info at top and 3+ pages.\nRe: this customer - BSR Tony saw cust at the SRC Holdings table around 11. Tony says cust told him he has been working temp through Express Pros (forklift, $15/hr) but wants something permanent, and that he filled out the SRC application there. CM did not see cust at the event.\nFollow-up: CM will call cust next week about the SRC application and his 90-day CMC, and send him the list of manufacturing employers that were present.", '-', '-', false, [CT]),

  note(MN, 'b5-jfo-mn-01', "Hiring Event - Sanford Center Bemidji 3/19. Met w/ client at the WF Center table for about 20 min. She is in her 2nd semester of Medical Admin at NTC, GPA 3.4, and talked to 3 healthcare employers about summer jobs (Sanford, Beltrami Co. Health, Neilson Place). Reviewed ISS.", 'I', 'P', true, []),
  note(MN, 'b5-jfo-mn-02', "Client listed as attending NW MN Regional Career Fair 3/26 (TRF) per the registration roster the Chamber sent. No contact.", '-', '-', false, [CT, NS]),
  note(MN, 'b5-jfo-mn-03', "Texted client 4/1: Digi-Key hiring event 4/8, 10-2, bring resume! Client replied same day 'I'll be there, finally got my forklift cert last Thurs'.", 'E', 'P', true, []),
  note(MN, 'b5-jfo-mn-04', "Digi-Key hiring event 4/8 - I was at the WF table 10-2 and did not see client.", '-', '-', false, [CT, NS]),
  note(MN, 'b5-jfo-mn-05', "Called client 4/10 re: missing the Digi-Key event. Rang 10x, no voicemail set up.", 'T', 'P', false, [UA]),
  // The mother did most of the talking, but the client was there and answered: a contact with the participant.
  note(MN, 'b5-jfo-mn-06', "Crookston Job & Resource Fair 4/22: client came up to our booth with his mom. Mom did most of the talking - he has been filling out apps at Walmart and Cenex. Client said yes he still wants the summer WEX and took the WEX paperwork.", 'I', 'P', true, []),
  note(MN, 'b5-jfo-mn-07', "Job fair outreach 5/1 at Red Lake Nation College, handed out 80 flyers. Client's sister stopped by the table and took one for him.", 'I', 'A', false, [PM]),
  note(MN, 'b5-jfo-mn-08', "Met client at the TRF hiring event 5/14 at the Arctic Cat booth. She interviewed on the spot and was told to expect a call for 2nd shift assembler ($18.50). She finishes her CNA class 5/30 either way. ISS reviewed, WF1 updated.", 'I', 'P', true, []),
  note(MN, 'b5-jfo-mn-09', "Employer roundtable / fall hiring event planning mtg 5/20 w/ TRF Chamber and 6 employers. No client contact.", '-', '-', false, [CT, NS]),
  // Two-way and in person, but nothing about progress: a contact with findings, not a non-contact.
  note(MN, 'b5-jfo-mn-10', "client stopped by the job fair table 6/2 for a water bottle, said he'd call me later in the week about his schedule. didnt have time to talk more, line behind him", 'I', 'P', true, [PM, NS]),
  note(MN, 'b5-jfo-mn-11', "Client did not call as he said he would. Emailed him 6/8: \"Hi Tyler, checking in after the job fair - how is the search going?\"", 'E', 'P', false, [RP]),
  note(MN, 'b5-jfo-mn-12', "Email reply from Tyler 6/10: \"sorry been busy, started at Marvin in Warroad monday, 2nd shift 40 hrs $19/hr\". Will close job search activity in WF1 and add employment.", 'E', 'P', true, []),
  note(MN, 'b5-jfo-mn-13', "Summer youth hiring event 6/15 (Bemidji HS commons). Client's name tag was picked up at check-in but she did not come to our table and I did not see her in the room.", '-', '-', false, [CT, NS]),
  note(MN, 'b5-jfo-mn-14', "Career fair at NCTC 9/24 - client was volunteering at the registration desk for her student club. We chatted between rushes: 14 credits this fall (Welding, 2nd yr), working 15 hrs/wk at Home Depot, wants to look at Marvin's welding apprenticeship. Client record and ISS reviewed.", 'I', 'P', true, []),
  // A platform's log of the client's own chats with employers: job search, but no contact with staff.
  note(MN, 'b5-jfo-mn-15', "Virtual Job Fair (Premier Virtual) 10/15: platform report shows client logged in 9:12-9:40, visited 3 employer booths and chatted with the Essentia recruiter.", '-', '-', false, [CT]),
  note(MN, 'b5-jfo-mn-16', "Job fair - Headwaters Regional Career Expo, Bemidji State (Gillett Rec) 10/22. WF center had 2 tables next to Sanford. Client came straight to our table when doors opened and stayed ~25 min, so we got her monthly contact done right there. She is in her last semester of the Medical Lab Tech AAS at NTC (clinicals at Sanford Bemidji, 32 hrs/wk unpaid, ends 12/12). Grades: Hematology A-, Micro B+ (she'll bring copies to the WF center). She took her ASCP exam application packet to the Sanford HR table and has a lab assistant interview there 10/29. Worried about gas money for clinicals - gave her the supportive services form, I'll process when she returns it. Reviewed ISS & WF1 activities, training activity end date ok. Next contact after the 10/29 interview.", 'I', 'P', true, []),
];
