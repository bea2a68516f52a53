/**
 * Business services representatives: employer-facing staff writing about participants they placed or are placing
 * (employer visits, OJT check-ins, hiring events, interviews they arranged, HR confirming a hire) (locked split,
 * batch 4: scored, aggregates only). An employer, OJT or WEX supervisor, HR or hiring manager is the provider; in
 * Missouri their contact counts only with substantive progress (two or more concrete facts) and a reason to continue,
 * in Minnesota it is recorded but never the monthly contact. Talking with the participant on the shop floor or at a
 * job fair is an in-person contact; seeing them across the room is not.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'business-services-rep';
export const BATCH = 4;

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'b4-bsr-01', "BSR note. Stopped at Hubbell Power Systems (Centralia) 3/4 for the quarterly employer visit. Talked with plant HR lead Tara Voss about our OJT placement (customer). Tara says he is at 320 of 480 OJT hours, passed his 90-day review with 'meets' in every area and was cleared on the sit-down forklift. Continue OJT per contract and IEP; final OJT invoice expected in May.", 'I', 'V', true, []),
  // "Still on payroll" is employment status, like "still enrolled": no progress in the activity.
  note('mo-dwd-toolbox', 'b4-bsr-02', "Called Midwest Block & Brick HR 3/6 to confirm our placement (customer) is still on payroll. HR said yes.", 'T', 'V', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'b4-bsr-03', "Employer call-in 3/9 from Jen Ruiz at the Casey's regional office: our customer completed her 6-week manager-in-training on time, scored 94 on the food safety exam, and starts as assistant manager at the Fulton store 3/16 at $17.50/hr.", 'T', 'V', false, ['third-party-insufficient', 'justification-missing']),
  note('mo-dwd-toolbox', 'b4-bsr-04', "Job fair at the State Tech gym 3/11 (I was working the ABB table for business services). Customer came by the table and we talked about 10 minutes. She finished her welding certificate 2/28 with her AWS 3G cert, has applied at ABB and Quaker Windows, and interviews at ABB 3/14. Continue job placement services per IEP; I'll e-mail her the ABB onboarding checklist.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'b4-bsr-05', "Set up an interview for customer at Scholastic distribution 3/12 at 1:00. Hiring manager called me at 1:40: customer did not show. I called customer right after; went to voicemail, left a message.", 'T', 'V', false, ['unsuccessful-attempt', 'third-party-insufficient', 'justification-missing']),
  note('mo-dwd-toolbox', 'b4-bsr-06', "Left VM for customer 3/13 about the 2nd-shift opening at Quaker Windows ($18/hr, start 3/24).", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'b4-bsr-07', "Sent customer the posting for the CDL-A driver job at MFA Oil by e-mail 3/14 and asked her to apply by Friday.", 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'b4-bsr-08', "Third try this week to reach customer about the Toyota Tsusho maintenance opening (VM 3/10, text 3/12). He called back 3/14 at 4:45. He has finished 3 of 4 modules of the industrial maintenance course, attendance perfect, and wants 2nd shift. I forwarded his resume to the plant manager. Continue ITA per IEP.", 'T', 'P', true, []),
  // Substantive facts, but nothing to continue: the OJT is ending, so there is no justification.
  note('mo-dwd-toolbox', 'b4-bsr-09', "OJT check-in by phone 3/17 with Dave Kline (owner, Kline Auto Body). Dave says our customer quit 3/14 after 6 of 12 OJT weeks; he was late 5 times and did not come back after a write-up. OJT contract to be closed out.", 'T', 'V', false, ['third-party-insufficient', 'justification-missing']),
  note('mo-dwd-toolbox', 'b4-bsr-10', "Employer services log 3/19. Met with Rachel Lindsey (HR, Kraft Heinz Columbia) about the Q2 hiring forecast: 40 production openings, $19.25 start, 2nd and 3rd shift, with a $1,000 retention bonus at 6 months. Toured the new sanitation line with her and the safety manager. Dropped off 12 OJT flyers and the WOTC packet. While we were on the floor I saw our customer (placed here 1/27) on break and he and I talked for a few minutes: he has finished his 60-day probation, moved to the palletizer at $20.10/hr, and his supervisor signed him up for the forklift class next month. He says nights work with his kids' school schedule. He still needs his steel-toed boots reimbursed; continue support per the IEP follow-up plan. Rachel asked for 5 more referrals for sanitation by 4/1; I will send the list to the center managers.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'b4-bsr-11', "Linda at Harbor Freight (OJT site) called 3/20: customer said she would call me this week about her mileage reimbursement.", 'T', 'V', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'b4-bsr-12', "Employer (Lakeview Nursing) e-mailed 3/21: cust no longer employed there.", 'E', 'V', false, ['third-party-insufficient', 'justification-missing']),
  note('mo-dwd-toolbox', 'b4-bsr-13', "Called customer on her lunch at the Walmart DC 3/24. She says it's going fine.", 'T', 'P', true, ['progress-missing', 'justification-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'b4-bsr-14', "Mock interview set for 3/27 at the BSR office with customer and the ABB recruiter.", '-', 'P', false, ['contact-type-missing']),
  note('mn-wf1', 'b4-bsr-15', "Employer visit to Marvin (Warroad) 2/3. Met w/ Jenna in HR and client's line lead. Client has 210 of 400 OJT hrs, 0 absences, passed the glass handling cert.", 'I', 'V', false, []),
  note('mn-wf1', 'b4-bsr-16', "Client stopped by the BSR desk at the Bemidji WFC 2/4 right after his interview at Potlatch. He thinks it went well; second interview is 2/10 for the $21/hr day-shift job. He's still finishing his CDL permit class. ISS updated with the employer goal.", 'I', 'P', true, []),
  note('mn-wf1', 'b4-bsr-17', "Called client 2/5 about the Sanford EVS opening; number not in service.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'b4-bsr-18', "Emailed client 2/6 the Digi-Key hiring event info. Read receipt came back 2/6 at 8:12 pm.", 'E', 'P', false, ['response-pending']),
  note('mn-wf1', 'b4-bsr-19', "Client replied to my e-mail 2/9: she applied at Digi-Key and Arctic Cat, has a phone screen with Arctic Cat 2/12, and finished the forklift class at NCTC last week.", 'E', 'P', true, []),
  note('mn-wf1', 'b4-bsr-20', "Spoke w/ Tom (production mgr, LWB Refractories) by phone 2/11 - client started 2/2 on the kiln crew, $19.75/hr, 40 hrs/wk.", 'T', 'V', false, []),
  // The two voicemails are the employer's own tries, not the writer's attempts to reach the participant.
  note('mn-wf1', 'b4-bsr-21', "Hiring manager at Polaris called me 2/12. She offered client the assembler job 2/10 at $18.50 and has left him two voicemails about orientation with no call back.", 'T', 'V', false, []),
  note('mn-wf1', 'b4-bsr-22', "BSR note: client missed the on-site interview I arranged at Bernick's 2/13. I called her right after; no answer.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'b4-bsr-23', "Teams call 2/16 with client and the Essentia recruiter (3-way). Client confirmed she finished her phlebotomy clinicals 2/14 with 100 successful draws; recruiter put her on the 2/20 panel interview. ISS reviewed, moving to job placement.", 'T', 'P', true, []),
  note('mn-wf1', 'b4-bsr-24', "TC client 2/18 re: job offer. Accepted.", 'T', 'P', true, ['not-substantive']),
  note('mn-wf1', 'b4-bsr-25', "Left a message with the receptionist at Northwest Tech for the client (she's in the welding lab till 3).", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'b4-bsr-26', "Talked w/ client on the phone after her first week at Team Industries: she's on 2nd shift machining, trained on the CNC lathe already, and likes the crew. ISS updated.", 'T', 'P', true, ['contact-date-missing'], { noDateField: true }),
  // Both were at the fair, but nobody talked: no exchange, and not an attempt by the writer either.
  note('mn-wf1', 'b4-bsr-27', "Client was at the Thief River Falls job fair 2/20. Saw her at the Digi-Key table but I was staffing our booth and never got over to talk to her.", 'I', 'P', false, []),
  note('mo-dwd-toolbox', 'b4-bsr-28', "Reverse referral: Jeff in HR at the Kohl's DC in Sedalia asked for a status on our OJT trainee. I called customer 3/25 to get it from her directly: she has 400 of 480 OJT hours, passed the reach-truck certification and was moved to days. Continue OJT per contract and IEP; told Jeff she's on track.", 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'b4-bsr-29', "Worksite visit 3/26 at Boone Electric Co-op; customer was out with a line crew. Foreman Rick Carter showed me her OJT log: 360 of 520 hours, 14 of 20 skills on the checklist signed off, no absences. Continue OJT per IEP and contract; next visit 4/23.", 'I', 'V', true, []),
  note('mn-wf1', 'b4-bsr-30', "Client called the BSR line 2/24 after 2 VMs from me. She took the Arctic Cat offer, starts 3/3 in assembly at $19.25, and dropped her evening forklift class since the plant trains in-house. ISS updated: employed, training closed.", 'T', 'P', true, []),
  note('mn-wf1', 'b4-bsr-31', "Client e-mailed back 2/26 after my Digi-Key follow-up: 'Second interview went great, they offered me the Tech 1 job at $20.75, I start 3/10. Finishing my last electronics class at NCTC on 2/28.' ISS updated.", 'E', 'P', true, []),
];
