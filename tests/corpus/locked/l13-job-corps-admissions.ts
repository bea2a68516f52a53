/**
 * Job Corps admissions counselors who also carry the WIOA youth co-enrollment (locked split, batch 13: scored and
 * floored, aggregates only): outreach and admissions staff recruiting for Excelsior Springs, St. Louis and Mingo Job
 * Corps Centers from Kansas City and St. Louis offices, and for Hubert H. Humphrey Job Corps Center in St. Paul from
 * Minneapolis, Duluth and Moorhead. They write as admissions people do: applicants rather than participants,
 * in-home interviews, the application's sections, documents still needed (birth certificate, state ID, Social
 * Security card, immunizations), health questionnaires and health reviews on hold, background checks with
 * probation, trade choices, target arrival dates, the bus or van on arrival day, tour days, and the center's
 * records office confirming who arrived; after arrival, the Career Preparation Period and calls from the center.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. An interview with the applicant at home, by phone or by video is a contact; an info table she walked
 * past, a tour day he left early and an arrival bus nobody boarded are not. An emoji reaction is no reply; words
 * back, however few, are. The Job Corps center's staff are the provider; a grandmother who is the legal guardian,
 * or a mother listed on the ISS, is the alternate (Missouri: counts with substantive progress and a reason to
 * continue, §2.2; Minnesota: recorded, never the monthly contact); an uncle, a mother not on the ISS, a probation
 * officer and a county social worker are someone else.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'l13-job-corps-admissions';
export const BATCH = 13;

export const NOTES: LabelledNote[] = [
  note(MO, 'l13-job-corps-admissions-mo-001', `3/3/25 In-home interview w/ applicant Destiny W. (17) and her grandmother (legal guardian, alternate on ISS), Northeast KC, 1 hr. Went over the zero-tolerance policy. Destiny picked Medical Office Support 1st, CNA 2nd. She has 18.5 credits from Northeast HS and wants her HiSET at center. Docs still needed: immunization record, state ID. Applying to Excelsior Springs, target arrival 4/14. ISS goal = enroll JC + HiSET; continue WIOA pre-enrollment services. -A.R., Admissions`, 'I', 'P', true),
  // The guardian is the alternate, but a question about the bus tells nothing of Destiny's progress.
  note(MO, 'l13-job-corps-admissions-mo-002', `3/5/25 Destiny's grandmother stopped by the office to ask when the bus leaves for Excelsior Springs. Told her the arrival date isn't set until the health review clears. -A.R.`, 'I', 'A', false, [TP, PM, JM]),
  note(MO, 'l13-job-corps-admissions-mo-003', `3/7/25 TC w/ applicant Jaylen (19), 20 min, application interview section 3. He has his HSD from Central HS (2024), wants Carpentry at St. Louis JCC, no pending court dates. Background packet sent today. Continue WIOA pre-enrollment services (career exploration) until arrival; next TC after background clears. -A.R.`, 'T', 'P', true),
  // She took a brochure in a line of students; the two never talked.
  note(MO, 'l13-job-corps-admissions-mo-004', `3/10/25 Job Corps info table at Southeast HS, 3 lunch periods, 22 interest cards. Kiara (my WIOA youth) stopped at the table with friends and took a brochure. Didn't get to talk with her, line was long. -A.R.`, 'I', 'P', false),
  // The probation officer is someone else and says nothing of what Jaylen is doing.
  note(MO, 'l13-job-corps-admissions-mo-005', `3/11/25 Jaylen's former juvenile officer (Jackson Co., case closed) emailed the release letter for the background review. No info on his current activities. -A.R.`, 'E', 'O', false, [TP, PM, JM]),
  note(MO, 'l13-job-corps-admissions-mo-006', `3/12/25 Destiny no-show for her 9:00 health screening; the clinic called me. Called Destiny 9:45 and 12:10, no answer, VM full. -A.R.`, 'T', 'P', false, [UA]),
  note(MO, 'l13-job-corps-admissions-mo-007', `3/12/25 (p.m.) Destiny called me back at 3:40 from school. She missed the screening because her little brother was sick and grandma was at work; she rescheduled it herself for 3/19 at 9. She applied for her state ID at the license office 3/11. Arrival target stays 4/14 if the health review clears by 4/1. Next TC 3/20. -A.R.`, 'T', 'P', true),
  // Arrival day that did not happen; her guardian's text is her guardian's, and the call found the phone off.
  note(MO, 'l13-job-corps-admissions-mo-008', `4/14/25 Arrival day. Met the 7:15 van at the office for Excelsior Springs. Destiny not there. Grandmother texted 7:40: "she not going today, she scared." Called Destiny 7:50, phone off. -A.R.`, 'T', 'P', false, [UA]),
  // Arriving at the center is his step forward, but the records office gives no detail and no reason to continue.
  note(MO, 'l13-job-corps-admissions-mo-009', `4/22/25 St. Louis JCC records office emailed: Jaylen arrived 4/21, assigned to a CPP dorm. That's all they'd release. -A.R.`, 'E', 'V', false, [TP, JM, NS]),
  note(MO, 'l13-job-corps-admissions-mo-010', `4/28/25 Jaylen called me from the CPP phone at St. Louis JCC, 10 min. Week 1 done: TABE reading at E level, started Carpentry trade orientation, had a roommate problem and handled it with his RA. Keeping him in WIOA youth services while at center (ISS goal 2: carpentry certificate). Told him to call monthly; next check 5/27. -A.R.`, 'T', 'P', true),
  // His mother is not on the ISS; she took a message he never returned.
  note(MO, 'l13-job-corps-admissions-mo-011', `3/14/25 Called Tre at home for interview part 2. His mom (not on his ISS) answered, said he's asleep after a night shift at the warehouse and she'd have him call. He didn't. -A.R.`, 'T', 'P', false, [UA]),
  // Two-word replies are still her replies: a thin written exchange that says nothing of progress.
  note(MO, 'l13-job-corps-admissions-mo-012', `3/17/25 Text w/ Kiara: me "still interested in JC?" her "yes" me "come by Thursday for the app?" her "ok". -A.R.`, 'E', 'P', true, [PM, JM, NS]),
  note(MO, 'l13-job-corps-admissions-mo-013', `3/20/25 Kiara no show for app appt 3:30. Texted her, no reply yet. -A.R.`, 'E', 'P', false, [UA, RP]),
  note(MO, 'l13-job-corps-admissions-mo-014', `3/24/25 Kiara walked in with her mom at 4:00 (a day late). Did the Job Corps application online with her; DOB 06/09/2008 entered, birth certificate and SS card copied for the file. She picked Culinary Arts at Mingo 1st, Facilities Maintenance 2nd. She's in 10th grade with 9 credits and wants her HSD at center. Continue WIOA youth services through arrival; health questionnaire 3/31. -A.R.`, 'I', 'P', true, [PII]),
  note(MO, 'l13-job-corps-admissions-mo-015', `3/25/25 Will do Kiara's health questionnaire 3/31 at her school; booked the counselor's office. -A.R.`, '-', 'P', false, [CT]),
  // "His letter came back" is his answer in the prepaid envelope, not our letter returned: a written reply with content.
  note(MO, 'l13-job-corps-admissions-mo-016', `3/18/25 Mailed Marquise the admissions checklist 3/3 (no phone right now). His letter came back today in the prepaid envelope: he signed the rules agreement, got his birth certificate from Vital Records, wants Welding at Mingo. Needs his SS card replaced; continue WIOA pre-enrollment and help him order the card. -A.R.`, 'L', 'P', true),
  note(MO, 'l13-job-corps-admissions-mo-017', `5/5/25 E-mail from Ms. Harmon, Jaylen's career counselor at St. Louis JCC: he completed CPP 5/2, started the carpentry trade 5/5, TABE math up from level 5 to 7, no conduct incidents, on pace for NCCER Core by July. Continue WIOA youth co-enrollment per ISS; my monthly call with Jaylen next week. -A.R.`, 'E', 'V', true),

  note(MN, 'l13-job-corps-admissions-mn-001', `3/3/25 Met Abdirahman (18) at CareerForce North for his Job Corps interview, 45 min, his uncle in for part of it. He finished 11th grade at Roosevelt HS, wants Security & Protective Services or IT at Humphrey, needs his GED. Reviewed ISS goals: enroll JC, earn GED. Uploaded his state ID. —TN, OA`, 'I', 'P', true),
  note(MN, 'l13-job-corps-admissions-mn-002', `3/5/25 Abdirahman's uncle called asking about housing at the center and whether Abdirahman can come home weekends. Answered his questions. —TN`, 'T', 'O', false),
  note(MN, 'l13-job-corps-admissions-mn-003', `3/6/25 Google Meet w/ Shay (20) from Duluth, 30 min, camera on. She took the TABE at Duluth ABE last week (reading 11th grade level, math 7th), wants Medical Office Support at Humphrey, arrival target 4/7. Did the health questionnaire with her on the call. ISS updated. —TN`, 'T', 'P', true),
  // An emoji reaction acknowledges the itinerary; it answers nothing.
  note(MN, 'l13-job-corps-admissions-mn-004', `3/10/25 Texted Shay the bus itinerary (Duluth to St. Paul, 4/7). She reacted 👍🏽. —TN`, 'E', 'P', false, [RP]),
  note(MN, 'l13-job-corps-admissions-mn-005', `3/12/25 Humphrey health & wellness emailed: Shay's health review is on hold pending her inhaler prescription record. —TN`, 'E', 'V', false),
  note(MN, 'l13-job-corps-admissions-mn-006', `3/13/25 Shay called me back about the inhaler record, 8 min. She got the pharmacy printout today and will scan it at the Duluth library tomorrow. Still wants to arrive 4/7; working at the gas station until then. ISS reviewed. —TN`, 'T', 'P', true),
  // He came on the tour with the group and left before they talked.
  note(MN, 'l13-job-corps-admissions-mn-007', `3/15/25 Tour day at Humphrey, 14 applicants. Abdirahman came, sat in the back, left before I could catch him. —TN`, 'I', 'P', false),
  // Shay was not reached; her mother, the alternate on the ISS, was, and in Minnesota that is recorded only.
  note(MN, 'l13-job-corps-admissions-mn-008', `4/7/25 Shay not on the 8:05 bus per the driver's list. Called Shay 9:30, no answer. Called her mom (alternate on ISS): Shay is in the ER with an asthma attack, okay now. —TN`, 'T', 'A', false, [UA]),
  note(MN, 'l13-job-corps-admissions-mn-009', `4/8/25 Shay called. Feeling better. Will call about a new date. —TN`, 'T', 'P', true, [PM, NS]),
  note(MN, 'l13-job-corps-admissions-mn-010', `4/22/25 Humphrey records office emailed: Shay arrived 4/21, CPP started. —TN`, 'E', 'V', false),
  note(MN, 'l13-job-corps-admissions-mn-011', `3/18/25 Admission packet mailed to Jordan's Moorhead address came back "vacant." —TN`, 'L', 'P', false, [UA]),
  // The county social worker is someone else; the number left with her for Jordan is a message left.
  note(MN, 'l13-job-corps-admissions-mn-012', `3/19/25 Jordan's county social worker called: Jordan moved to a shelter in Fargo, still wants Job Corps. Left my number for him with her. —TN`, 'T', 'O', false, [UA]),
  note(MN, 'l13-job-corps-admissions-mn-013', `3/21/25 Jordan called from the shelter's phone, 15 min. He has his birth certificate but lost his ID, will get a new one at DVS in Moorhead Monday. Still wants Welding at Humphrey. Explained the residential option; ISS updated with new address and goal. —TN`, 'T', 'P', true),
  // His voicemail brings news, and the call back missed him.
  note(MN, 'l13-job-corps-admissions-mn-014', `3/24/25 VM from Jordan 7:02 a.m.: got his new ID, wants to know what's next. Called back 9:15, shelter staff said he'd left for the day. —TN`, 'T', 'P', false, [UA]),
  note(MN, 'l13-job-corps-admissions-mn-015', `Met Abdirahman at the community center after his GED class. He passed GED Social Studies (158) and is on Math next; arrival at Humphrey set for 5/5. ISS reviewed. —TN`, 'I', 'P', true, [DM], { noDateField: true }),
  // A reply in his own words, though it reports nothing of his GED or his arrival steps.
  note(MN, 'l13-job-corps-admissions-mn-016', `3/26/25 Emailed Abdirahman the arrival checklist. He replied "ok got it, I'll bring my ID Thursday." —TN`, 'E', 'P', true, [PM, NS]),
  note(MN, 'l13-job-corps-admissions-mn-017', `5/20/25 Visited Humphrey for co-enrollment check-ins. Sat with Shay in the career center 20 min: CPP done, now in Medical Office Support, typing 38 wpm, no write-ups. ISS reviewed, WF1 activity updated to JC training. —TN`, 'I', 'P', true),
];
