/**
 * Notes written as time and billing entries (fresh split: new voices, scored and listed but not floored yet). The
 * voice: staff whose case notes double as the time record for braided funding: Missouri job-center staff logging
 * service codes and 15-minute units against WIOA Adult, Dislocated Worker and TANF/SkillUP fund sources ("SVC 600
 * CMC | UNITS 2 | FUND WIOA-AD"), travel and documentation codes, provider and "collateral" codes, adjustments that
 * reverse a double entry, random-moment time-study lines; Minnesota county employment-services and targeted case
 * management (TCM) staff in Willmar, Benson and Kandiyohi County logging hours, "Face-to-face / Phone / Collateral",
 * "Billable: Y/N" and group time split across attendees. Sources of realism: cost-allocation and time-reporting
 * practice in county and one-stop agencies, and Minnesota TCM documentation, where a collateral contact is one made
 * with somebody other than the client.
 * How I read the policy for the hard cases: a service code, units, a billable flag or travel time is no evidence of
 * a contact; the narrative is. "Collateral" is a contact with someone else (an FSD or MFIP worker, the financial-aid
 * office, HR, a relative): never the participant's contact in Minnesota (TP), and in Missouri only a training or
 * activity provider's or an alternate's substantive report with a reason to continue counts (§2.2). Zero units for
 * a cancelled or put-off call means nothing was exchanged. Video is labelled telephone.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'f12-time-units-billing';

export const NOTES: LabelledNote[] = [
  note(MO, 'f12-time-units-billing-mo-001', `DATE 02/03/26 | SVC 600 CMC | UNITS 3 (15-min) | FUND WIOA-AD | LOC Cape JC office | CONTACT F2F w/ cust\nNARR: Cust in wk 5 of Medical Assistant at the Cape career & tech center, 96% attendance, passed the phlebotomy lab. Cont ITA per IEP, completion 5/15.`, 'I', 'P', true, []),
  note(MO, 'f12-time-units-billing-mo-002', `SVC 600 | UNITS 1 | FUND WIOA-DW | CONTACT TC attempt\nNARR: 2/4/26 called cust x2, NA, VM full.`, 'T', 'P', false, [UA]),
  note(MO, 'f12-time-units-billing-mo-003', `SVC 610 TRAVEL | UNITS 4 | 2/5/26 drove to Perryville for the HV, cust not home. Mileage 48.`, 'I', 'P', false, [UA]),
  note(MO, 'f12-time-units-billing-mo-004', `SVC 620 COLLATERAL | UNITS 2 | 2/6/26 TC w/ cust's FSD worker re: SkillUP hours; cust is 10 hrs short for January.`, 'T', 'O', false, [TP, JM]),
  note(MO, 'f12-time-units-billing-mo-005', `SVC 690 DOC/ADMIN | UNITS 2 | 2/6/26 updated IEP in Toolbox, uploaded transcripts.`, '-', '-', false, [CT, NS]),
  note(MO, 'f12-time-units-billing-mo-006', `2/9/26 | 600 CMC | 2 units | TEL | FUND WIOA-AD\nCust called in: got her first paycheck from the hospital (EVS, 32 hrs), started 2/2. Wants to keep her MA classes at night. Cont ITA + retention per IEP.`, 'T', 'P', true, []),
  // Her voicemail cancelling is one-way; zero units says so too.
  note(MO, 'f12-time-units-billing-mo-007', `2/10/26 | 600 | UNITS 0 | cust cancelled appt by VM at 7:45 am (sick kid). Will resched.`, 'T', 'P', false, [UA]),
  // Missouri §2.2: the instructor's detailed report and the reason to continue.
  note(MO, 'f12-time-units-billing-mo-008', `2/12/26 | 630 PROVIDER CONTACT | 2 units | F2F\nMet w/ Mr. Kimmel, welding instructor, adult program at the high school: cust passed the 3G plate 2/10, 4G scheduled 2/24, 100% attendance since January. Cont ITA per IEP - cust is 6 wks from cert and a Cape fabricator has an opening for him.`, 'I', 'V', true, []),
  note(MO, 'f12-time-units-billing-mo-009', `2/13/26 | 640 GROUP WORKSHOP | 8 units split across 11 attendees | Interview Skills. Cust attended.`, '-', '-', false, [CT, NS]),
  note(MO, 'f12-time-units-billing-mo-010', `2/16/26 | 600 | 1 unit | LTR\n30-day contact letter mailed w/ reply card.`, 'L', 'P', false, [RP]),
  note(MO, 'f12-time-units-billing-mo-011', `2/27/26 | 600 | 1 unit | LTR RESPONSE\nCust's reply card rec'd: "Started at the Perryville distribution center 2/23 - receiving, full time - dropping the MA class." Justification: retention svcs per IEP for 90 days.`, 'L', 'P', true, []),
  note(MO, 'f12-time-units-billing-mo-012', `3/2/26 | 620 COLLATERAL | 1 unit | TEL\nSpoke w/ cust's grandmother (alt contact on file): cust "working a lot."`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'f12-time-units-billing-mo-013', `3/3/26 | 600 | UNITS 0 | TEL\nCust picked up, in a meeting at work, asked for a call tomorrow at noon.`, 'T', 'P', false, [UA]),
  note(MO, 'f12-time-units-billing-mo-014', `3/4/26 | 600 CMC | 2 units | TEL\nReached cust at noon as planned: 2 wks at the DC, 40 hrs, forklift cert scheduled 3/12 through the employer. Retention svcs per IEP; check back in 30 days.`, 'T', 'P', true, []),
  note(MO, 'f12-time-units-billing-mo-015', `3/9/26 | 600 CMC | 4 units (incl. interpreter time) | F2F | Interpreter: Marshallese, by phone\nCust in office: finished ESL level 3 at Cape Adult Ed, started CNA prereqs; asked for help with a bus pass. Cont ITA per IEP - on track to start CNA 4/6.`, 'I', 'P', true, []),
  note(MO, 'f12-time-units-billing-mo-016', `3/11/26 | 600 | 2 units | VIDEO (Zoom)\nCust on camera from his truck at lunch: OJT week 6 at the Sikeston machine shop, ran the mill solo, 42 hrs. OJT contract continues through 4/17 per IEP to finish the training plan.`, 'T', 'P', true, []),
  note(MO, 'f12-time-units-billing-mo-017', `3/12/26 | ADJUSTMENT | -2 units | Reverses the 3/11 entry billed twice. No new contact.`, '-', '-', false, [CT, NS]),
  // Missouri §2.2: the OJT supervisor is the activity provider and reports in detail.
  note(MO, 'f12-time-units-billing-mo-018', `3/18/26 | 630 PROVIDER | 2 units | TEL\nOJT supervisor (D. Ruppel) reports cust is at 8 of 12 training-plan tasks, no attendance issues, raise to $19 at 60 days. Cont OJT per contract through 4/17; cust on pace to finish.`, 'T', 'V', true, []),
  note(MO, 'f12-time-units-billing-mo-019', `3/20/26 | 600 | 1 unit | TEXT\nCM: "Hi, how's the CNA prereq going?" Cust: "good got a 92 on the anatomy test, bus pass works". Cont per IEP - CNA start 4/6.`, 'E', 'P', true, []),
  note(MO, 'f12-time-units-billing-mo-020', `3/23/26 | 600 | 0.5 unit | TEXT\nSent appt reminder for 3/25. Delivered.`, 'E', 'P', false, [RP]),
  note(MO, 'f12-time-units-billing-mo-021', `3/25/26 | 600 | UNITS 0 | F2F scheduled - NS.`, 'I', 'P', false, [UA]),
  note(MO, 'f12-time-units-billing-mo-022', `RMTS moment 3/26/26 10:42: activity code 12 (case mgmt - no client contact).`, '-', '-', false, [CT, NS]),
  // Known by his nickname at work; the legal name is on the record.
  note(MO, 'f12-time-units-billing-mo-023', `4/1/26 | 600 CMC | 3 units | F2F | LOC cust's worksite break room\nCust (goes by "Bo"): 5 wks at the DC, forklift certified 3/12, moved to days. Wants a CDL later; discussed Class B at the college in the fall. Retention svcs per IEP through 5/23.`, 'I', 'P', true, []),
  note(MN, 'f12-time-units-billing-mn-001', `Date: 3/2/26  Program: DW  Time: 0.75 hr  Contact: Face-to-face  Location: Willmar CareerForce  Billable: Y\nNote: Participant finished week 3 of Medical Lab Tech at Ridgewater, 2 exams passed (88, 91). EP: continue training; bus card issued.`, 'I', 'P', true, []),
  note(MN, 'f12-time-units-billing-mn-002', `Date: 3/3/26  Time: 0.1 hr  Contact: Phone attempt  Billable: N\nNote: no answer, no VM.`, 'T', 'P', false, [UA]),
  note(MN, 'f12-time-units-billing-mn-003', `Date: 3/4/26  Time: 0.25 hr  Contact: Collateral (phone)  Billable: N\nNote: Ridgewater financial aid office confirmed the Pell grant posted; participant's balance is $0.`, 'T', 'V', false, [TP, PM]),
  note(MN, 'f12-time-units-billing-mn-004', `Date: 3/5/26  Service: TCM  Contact: Face-to-face (home)  Time: 1.0 hr  Billable: Y\nNote: Home visit. Participant reports she passed her phlebotomy clinical check-off with 30 sticks logged; her car is fixed so she can get to Ridgewater on time. Plan updated.`, 'I', 'P', true, []),
  note(MN, 'f12-time-units-billing-mn-005', `Date: 3/6/26  Time: 0.5 hr  Contact: Collateral (in person)  Billable: N\nNote: Met with participant's MFIP financial worker at the county re: income reporting.`, 'I', 'O', false, [TP, PM]),
  note(MN, 'f12-time-units-billing-mn-006', `Date: 3/9/26  Travel: 1.5 hr (Willmar–Benson–Willmar) for the scheduled home visit; participant not home, left a note on the door.`, 'I', 'P', false, [UA]),
  note(MN, 'f12-time-units-billing-mn-007', `Date 3/10/26  Time 0.1  Phone - participant answered, at the clinic with her son, asked me to call Thurs.  Billable: N`, 'T', 'P', false, [UA]),
  note(MN, 'f12-time-units-billing-mn-008', `Date 3/12/26  Time 0.5  Phone  Billable: Y - talked w/ participant: son's ear infection is better, she missed 1 class and made it up; midterm 3/20. EP unchanged.`, 'T', 'P', true, []),
  note(MN, 'f12-time-units-billing-mn-009', `Date 3/16/26  Time 0.2  Email - sent the EP signature page via DocuSign; not signed yet.`, 'E', 'P', false, [RP]),
  note(MN, 'f12-time-units-billing-mn-010', `Date 3/18/26  Time 0.25  Email - participant replied to my 3/16 email: "signed it. midterm moved to 3/23, studying w/ a group at the library Tues/Thurs." Billable: N`, 'E', 'P', true, []),
  note(MN, 'f12-time-units-billing-mn-011', `Date 3/19/26  Time 2.0  Group (Job Club, 9 attendees) - participant attended. Time split 0.22/person.`, '-', '-', false, [CT, NS]),
  note(MN, 'f12-time-units-billing-mn-012', `Date 3/20/26  Time 0.5  Documentation: EP review, file audit prep. No contact.`, '-', '-', false, [CT, NS]),
  note(MN, 'f12-time-units-billing-mn-013', `Date 3/23/26  Time 0.75  Video (Teams, camera on) w/ participant + Karen interpreter - participant reports he started at the turkey plant 2/23, 2nd shift, 40 hrs; wants an ESL evening class. EP: add ESL.`, 'T', 'P', true, []),
  note(MN, 'f12-time-units-billing-mn-014', `Date 3/24/26  Time 0.2  Collateral phone - plant HR confirmed participant's start date and 40 hrs/wk for the wage verification.`, 'T', 'O', false, [TP]),
  note(MN, 'f12-time-units-billing-mn-015', `Date 3/26/26  Time 0.5  Scheduled F2F - no show, waited 30 min.  Billable: N`, 'I', 'P', false, [UA]),
  note(MN, 'f12-time-units-billing-mn-016', `Date 3/27/26  Time 0.1  Phone - participant's mom called: participant lost her phone, new # 320-555-0177.`, 'T', 'A', false, [TP, PM]),
  note(MN, 'f12-time-units-billing-mn-017', `Date 3/27/26  Time 0.3  Phone - called the new # 320-555-0177, spoke w/ participant: got a B on the 3/23 midterm, clinical rotation at the Willmar hospital starts 4/13. EP: clinical dates added.`, 'T', 'P', true, []),
  note(MN, 'f12-time-units-billing-mn-018', `3/30 | 0.1 | txt | P: "clinicals moved 2 4/20 cuz of state inspection" / me: "ok thx, need gas card?" / P: "yes pls". EP: GC approved.`, 'E', 'P', true, []),
  // A time entry whose contact-type box was left blank and whose note says only "monthly contact".
  note(MN, 'f12-time-units-billing-mn-019', `Date 4/1/26  Time 0.25  Service: DW-CM  Contact type: [blank]  Note: monthly contact.`, '-', '-', false, [CT, NS]),
  // Her job coach sat in; she gave her own progress.
  note(MN, 'f12-time-units-billing-mn-020', `Date 4/6/26  Time 1.25  F2F at the Benson library (her request) w/ participant and her job coach from county disability services: participant says she has 22 of 30 clinical hours done, passed CPR 4/2, and will sit for the ASCP exam in June. Job coach helping with test prep. EP updated.`, 'I', 'P', true, []),
  note(MN, 'f12-time-units-billing-mn-021', `Date 4/8/26  Time 0.0 - staff out (training day), appointments cancelled incl. participant's.`, '-', '-', false, [CT, NS]),
  note(MN, 'f12-time-units-billing-mn-022', `Date 4/15/26  Time 0.5  Phone (participant called me) - passed the ASCP practice test with 84%, exam scheduled 6/9, wants help with the exam fee. EP: exam fee under supportive services.`, 'T', 'P', true, []),
];
