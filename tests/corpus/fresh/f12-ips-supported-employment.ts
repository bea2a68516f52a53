/**
 * IPS supported-employment specialists at community mental health centers who also carry the participant's WIOA
 * co-enrollment (fresh split: new voices, scored and listed but not floored yet). The voice: Individual Placement and
 * Support (IPS) employment specialists (ES) in Springfield, Joplin and the Lake of the Ozarks (Missouri) and
 * Minneapolis and St. Paul (Minnesota), writing in fidelity language: zero exclusion, rapid job search, career
 * profile, disclosure decisions, job development and employer contacts made for the person, time-unlimited
 * follow-along, benefits planning (WIPA, DB101), the integrated treatment team (ACT team, therapist, psychiatrist,
 * county mental health case manager), vocational unit meetings and fidelity reviews; meetings in coffee shops, at the
 * clubhouse, at the person's apartment or on a break at work; rep payees and guardians. Sources of realism: the IPS
 * model's published practice principles and fidelity scale and how ES progress notes read in CMHC records.
 * How I read the policy for the hard cases: the ES is the case manager here. Job development with an employer, the
 * treatment team's reports, the benefits planner and the county case manager are someone else's word about the
 * person (TP); Missouri accepts a guardian's or payee's report as an alternate contact only when it carries
 * substantive progress and a reason to continue. A visit where the person answers the door but says "not today",
 * or a call picked up and put off, exchanged nothing about the plan. A meeting beside a treatment appointment
 * counts when the ES and the person actually talked about the job. Video is labelled telephone.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, note, type LabelledNote } from '../types';

export const STYLE = 'f12-ips-supported-employment';

export const NOTES: LabelledNote[] = [
  note(MO, 'f12-ips-supported-employment-mo-001', `IPS ES mtg w/ client at the Panera on Battlefield 3/2/26 (community-based per fidelity). Client started at Kohl's receiving 2/23, 20 hrs/wk, chose not to disclose. Discussed how to ask for a set schedule. Follow-along supports continue; WIOA retention svcs per IEP since the job is new and hours are low.`, 'I', 'P', true, []),
  // Job development for the client, who was not there: the employer is someone else.
  note(MO, 'f12-ips-supported-employment-mo-002', `Job development 3/3: face-to-face employer contact w/ mgr at Andy's Frozen Custard (Glenstone) on behalf of client; left a career profile summary w/o her name per her disclosure preference. Mgr hiring for spring.`, 'I', 'O', false, [TP, PM, JM]),
  note(MO, 'f12-ips-supported-employment-mo-003', `Tx team mtg 3/4 (ACT team): therapist reports client "stable, attending groups." Psychiatrist adjusting meds. ES gave vocational update. Client not present.`, '-', '-', false, [CT, NS]),
  note(MO, 'f12-ips-supported-employment-mo-004', `Called client 3/5 am re: the Kohl's schedule - no answer, LM w/ my cell #.`, 'T', 'P', false, [UA]),
  note(MO, 'f12-ips-supported-employment-mo-005', `Client called back 3/5 pm. Talked 10 min: her mgr agreed to Mon/Wed/Fri mornings; she worked 22 hrs last wk and wants to try for 25. Cont follow-along + WIOA retention per IEP.`, 'T', 'P', true, []),
  note(MO, 'f12-ips-supported-employment-mo-006', `Caught up w/ Darnell at the clubhouse 3/9 - he walked me through his first paycheck from the library shelving job (15 hrs, $13.25) and asked how it affects his SSDI. Referred to benefits planner (WIPA). First job in 6 yrs; retention svcs per IEP justified to keep it.`, 'I', 'P', true, []),
  note(MO, 'f12-ips-supported-employment-mo-007', `Darnell's rep payee (his mom, Gloria) called 3/10 asking when the SSA earnings report is due. Told her the 10th of the month after payday.`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'f12-ips-supported-employment-mo-008', `Benefits planner (WIPA, Ms. Sato) e-mailed ES 3/12: Darnell's earnings are below SGA, TWP month 1 used in February.`, 'E', 'O', false, [TP, JM]),
  // She came to the door and put it off: no exchange about the plan.
  note(MO, 'f12-ips-supported-employment-mo-009', `3/16 went to client's apt for our planned mtg - she came to the door, said "not today, I'm having a rough day," and asked me to come back next week. Respected her choice, left.`, 'I', 'P', false, [UA]),
  note(MO, 'f12-ips-supported-employment-mo-010', `3/19 home mtg (rescheduled): client talked 40 min at her kitchen table. Out of work since 3/13 - Kohl's let her go after 3 missed shifts. She wants to try again, maybe something with animals. Career profile updated; rapid job search starts this wk. Continued WIOA job search svcs justified - she is motivated and the IEP goal is revised to pet care.`, 'I', 'P', true, []),
  note(MO, 'f12-ips-supported-employment-mo-011', `Employer (PetSmart Battlefield, store mgr) called ES 3/24: interview w/ client went well, she is hired as a pet care associate, starts 3/30.`, 'T', 'O', false, [TP, JM]),
  note(MO, 'f12-ips-supported-employment-mo-012', `Client texted 3/24: "i got the petsmart job!!! thank u" - ES replied congrats and asked her start date; she replied "3/30 mornings, 24 hrs". Cont retention svcs per IEP.`, 'E', 'P', true, []),
  note(MO, 'f12-ips-supported-employment-mo-013', `Fidelity review 3/25 (state IPS fidelity reviewers) pulled 10 charts incl. this one. No action for client.`, '-', '-', false, [CT, NS]),
  // A real first-day exchange with progress, but nothing says why services go on.
  note(MO, 'f12-ips-supported-employment-mo-014', `Rode the bus w/ client to her 1st day at PetSmart 3/30 (ES support). She was nervous; we practiced the route back and she clocked in on time for her 8-2 shift. She asked me to stop in Fri.`, 'I', 'P', true, [JM]),
  // She waved; the only words were the manager's "great".
  note(MO, 'f12-ips-supported-employment-mo-015', `Stopped by PetSmart 4/3 - client was with a customer, waved, we didn't talk. Store mgr says she's doing "great."`, 'I', 'O', false, [TP, PM, JM]),
  note(MO, 'f12-ips-supported-employment-mo-016', `VU (vocational unit) mtg 4/6: team reviewed job starts. Client = 1 of 3 starts this month.`, '-', '-', false, [CT, NS]),
  note(MO, 'f12-ips-supported-employment-mo-017', `Joint visit 4/9 w/ ACT nurse at client's apt: client described her 2 wks at PetSmart herself - 24 hrs/wk, learning salon bathing, one late day (bus). Nurse there for the med check, separate. Retention svcs continue per IEP while she is under 90 days.`, 'I', 'P', true, []),
  note(MO, 'f12-ips-supported-employment-mo-018', `Mailed client a letter 4/13 w/ the WIOA 90-day retention survey and a stamped envelope.`, 'L', 'P', false, [RP]),
  note(MO, 'f12-ips-supported-employment-mo-019', `Survey came back 4/22 in client's handwriting: "still at petsmart, 26 hrs, going to start bathing dogs on my own in May." Follow-along + retention continue per IEP.`, 'L', 'P', true, []),
  // Missouri §2.2: the guardian has the pay stubs in hand and gives detailed progress and the reason to continue.
  note(MO, 'f12-ips-supported-employment-mo-020', `Client's guardian (Mr. Ferris, county public administrator's office) met w/ ES in person 4/24 at the CMHC: he reviewed her April pay stubs - all shifts worked, 104 hrs - and PetSmart gave her a 30-day raise to $14.10. Retention services continue because she is still within 90 days of hire.`, 'I', 'A', true, []),
  note(MO, 'f12-ips-supported-employment-mo-021', `Client no-showed the career profile update 4/28 at the clinic. Checked the smoking area and the lobby - not there.`, 'I', 'P', false, [UA]),
  note(MO, 'f12-ips-supported-employment-mo-022', `Phone w/ client 5/4: 5 wks at PetSmart, now a certified bather (passed the store's bather checklist 5/1), 28 hrs. Wants the grooming academy in the fall - may fit a WIOA ITA, will talk in June. Retention svcs continue per IEP.`, 'T', 'P', true, []),
  note(MN, 'f12-ips-supported-employment-mn-001', `IPS ES met participant at the Caribou on Lake St 2/3/26. Job search: applied at Target DC and Allina EVS. Practiced the interview with his disclosure script (he chose partial disclosure). EP updated: rapid job search, 6 applications/wk.`, 'I', 'P', true, []),
  note(MN, 'f12-ips-supported-employment-mn-002', `Employer contact 2/4: face to face with the Allina EVS hiring mgr for participant. Mgr invited him to interview 2/9.`, 'I', 'O', false, [TP]),
  note(MN, 'f12-ips-supported-employment-mn-003', `Called participant 2/4 to tell him - phone off. Tried his sister's # (ROI on file): no answer.`, 'T', 'P', false, [UA]),
  // He came for his psychiatry appointment, but the ES and he did talk about the interview.
  note(MN, 'f12-ips-supported-employment-mn-004', `Participant in the clinic 2/5 for his psychiatry appt; ES caught him in the hallway after and we talked 5 min about the 2/9 Allina interview - he said he'd go, needs a bus card, and still wants days only. Gave bus card.`, 'I', 'P', true, []),
  note(MN, 'f12-ips-supported-employment-mn-005', `Participant came w/ his roommate to the roommate's IPS intake 2/10; sat in the waiting room, did not meet with me.`, '-', '-', false, [CT, NS]),
  note(MN, 'f12-ips-supported-employment-mn-006', `2/9 went with participant to the Allina interview (ES waited in lobby). After, in the car, he told me it went ok - they asked about the gap and he used our script. 2nd interview TBD. EP: job search continues.`, 'I', 'P', true, []),
  note(MN, 'f12-ips-supported-employment-mn-007', `Therapist told ES at the integrated team meeting 2/11 that participant is "more anxious about the job."`, 'I', 'O', false, [TP, PM]),
  note(MN, 'f12-ips-supported-employment-mn-008', `Allina HR called ES 2/16: offer for participant, EVS tech, 32 hrs, $20.10, start 3/2 pending background check.`, 'T', 'O', false, [TP]),
  note(MN, 'f12-ips-supported-employment-mn-009', `Called participant 2/16 w/ the news - he picked up but said he's on the bus and can't talk, call later. Will try tonight.`, 'T', 'P', false, [UA]),
  note(MN, 'f12-ips-supported-employment-mn-010', `Met participant at his apartment 2/18 to do new-hire paperwork (I-9 documents, direct deposit, W-4). He accepted the Allina offer with HR yesterday and starts 3/2 on days. EP: employment goal met, follow-along begins.`, 'I', 'P', true, []),
  note(MN, 'f12-ips-supported-employment-mn-011', `Follow-along 3/9: texted participant "how was week 1?" - no reply yet.`, 'E', 'P', false, [RP]),
  note(MN, 'f12-ips-supported-employment-mn-012', `Participant replied 3/10 8pm: "long week. floors on 5th. boss nice. tired" - ES: "proud of you, want to meet Thurs?" - P: "thurs ok after 3".`, 'E', 'P', true, []),
  note(MN, 'f12-ips-supported-employment-mn-013', `Thurs 3/12 - waited at the Caribou 3:15-3:45. Participant didn't show. Texted, no answer.`, 'I', 'P', false, [UA]),
  note(MN, 'f12-ips-supported-employment-mn-014', `Participant's mom (ROI on file) called 3/13: he got sick, he's ok, back at work Monday.`, 'T', 'A', false, [TP]),
  note(MN, 'f12-ips-supported-employment-mn-015', `Spoke w/ participant by phone 3/16 - back at work, 2 missed shifts total, supervisor ok'd them. Talked about telling his supervisor about his schedule needs (he still chooses not to disclose). Next: in person 3/30.`, 'T', 'P', true, []),
  note(MN, 'f12-ips-supported-employment-mn-016', `IPS fidelity: ES logged 7 employer contacts this wk (Target DC, Allina, HCMC EVS, Lunds, Cub, Home Depot, MSP Airport).`, '-', '-', false, [CT, NS]),
  note(MN, 'f12-ips-supported-employment-mn-017', `ES + participant + ACT team psychiatrist video visit 3/23: participant shared he got "employee of the week" on the 5th floor and is now at 36 hrs. Psychiatrist will move his injection to Fridays so it won't hit work. EP updated with the schedule.`, 'T', 'P', true, []),
  note(MN, 'f12-ips-supported-employment-mn-018', `Participant's county adult mental health case manager e-mailed 3/25 asking for his work schedule for the waiver renewal.`, 'E', 'O', false, [TP, PM]),
  note(MN, 'f12-ips-supported-employment-mn-019', `Participant dropped off his pay stub at the front desk 3/27 for the benefits planner. Receptionist put it in my box.`, '-', '-', false, [CT, NS]),
  note(MN, 'f12-ips-supported-employment-mn-020', `In person 3/30 in the Allina cafeteria on his break (15 min, his request): 4 weeks in, no missed shifts since 3/9, wants to save for a car. He reported his wages to SSA with the planner 3/27. Follow-along continues per EP.`, 'I', 'P', true, []),
  note(MN, 'f12-ips-supported-employment-mn-021', `Voicemail from participant 4/2 at 6:10 am: "calling in sick to work today, just letting you know." Called back at 9, no answer.`, 'T', 'P', false, [UA]),
  // The supervisor was there at his request; he spoke for himself.
  note(MN, 'f12-ips-supported-employment-mn-022', `ES met participant 4/14 at the Allina loading dock on his break, his supervisor present for 5 min at his request (first disclosure step). He told the supervisor and me he needs every other Friday off for appointments; supervisor agreed. He's at 36 hrs. EP updated: disclosure goal met.`, 'I', 'P', true, []),
  // A nickname in the note, the legal name on the record.
  note(MN, 'f12-ips-supported-employment-mn-023', `TC 4/27 - Dee (goes by Dee, legal name on file) called ES from work: passed her 90 days at the Lunds & Byerlys bakery, moved to the 5 a.m. shift, wants to add a class at MCTC in the fall. EP updated with the education goal.`, 'T', 'P', true, []),
];
