/**
 * Youth aging out of foster care (locked split, batch 11: scored and floored, aggregates only): WIOA youth case
 * managers in Springfield, Joplin and St. Louis who co-serve young people with the Children's Division's Older Youth
 * Transition Specialists (Chafee, Education and Training Vouchers, Transitional Living Advocates, Family Support Team
 * meetings, extended care to 21), and Hennepin, Ramsey and St. Louis County youth counselors in Minnesota working
 * beside county social workers (Extended Foster Care, supervised independent living, independent-living-skills
 * workers, permanency reviews). Written in the third person ("this writer", "youth"), with court dates, placements
 * that change under them, phones that are shut off, and foster parents who answer.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A Children's Division or county social worker, a guardian ad litem and a CASA volunteer are another
 * program's staff ("other"), whatever they report; a foster parent listed as the alternate contact is the alternate
 * (Missouri: counts with substantive progress and a reason to continue, §2.2; Minnesota: recorded, never the
 * monthly contact); an instructor is the provider. A Family Support Team meeting or a hearing the youth missed is
 * no contact with the youth; a three-way call with the youth on the line is a call with the youth.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, DM, note, type LabelledNote } from '../types';

export const STYLE = 'l11-foster-youth-chafee';
export const BATCH = 11;

export const NOTES: LabelledNote[] = [
  note(MO, 'l11-foster-youth-chafee-mo-001', `OV 3/3/2026. Youth came to the Springfield job center with her Older Youth Transition Specialist (Ms. Keeling). This writer and youth reviewed her WEX timesheets at Little Sprouts daycare: 46 of 120 hrs, site supervisor evaluation "meets expectations" on all items. Youth passed the HiSET math subtest (12) on 2/24 and is scheduled for science 3/17. ISS goal remains HSE + unsubsidized employment in early childhood; WEX continues. Next appt 3/31.`, 'I', 'P', true, []),
  // The foster mother only took a message; nobody reached the youth.
  note(MO, 'l11-foster-youth-chafee-mo-002', `3/9/26 TC to youth's placement (foster home). Foster mom answered, youth at school. Left message w/ foster mom for youth to call this writer back re: WEX hours.`, 'T', 'P', false, [UA]),
  // The meeting was real, but the youth was not at it; the CD worker's report is another program's.
  note(MO, 'l11-foster-youth-chafee-mo-003', `3/12/2026 this writer attended the FST meeting at the Children's Division office (Greene Co.). Present: CD worker J. Amberg, GAL, foster parent. Youth did not attend (working). CD worker reports youth is working 20 hrs/wk at Dollar General and "doing good in school". Team discussed aging-out plan and housing at 18.`, 'I', 'O', false, [TP]),
  note(MO, 'l11-foster-youth-chafee-mo-004', `Text exchange 3/14/2026 with youth (her new # in contacts). This writer: "did u get the bus pass I left w/ Ms Keeling?" Youth: "yes thx!! I start at Culvers Mon 4-9" This writer asked about the WEX — she said she will keep her daycare WEX hours Tu/Th mornings and do Culver's evenings, is at 58/120 hrs. Reminded her ETV application due 4/1; she said she'd bring it Thursday. Youth follow-up continues per ISS (HSE + employment); next check-in 3/19 in office.`, 'E', 'P', true, []),
  // The advocate's call explains the no-show; it is not the contact.
  note(MO, 'l11-foster-youth-chafee-mo-005', `Youth no-show for 3/19 10:00 appointment. Her Transitional Living Advocate called at 10:40 and said youth overslept after closing at Culver's. Will reschedule.`, 'I', 'P', false, [UA]),
  note(MO, 'l11-foster-youth-chafee-mo-006', `Telephone 3/20/2026 — youth called this writer from her CD worker's desk phone (hers is off). Discussed CNA class at Ozarks Tech: she has missed 2 of 12 sessions, instructor gave her makeup packet, clinicals start 4/6. She still needs scrubs and a TB test; this writer will submit supportive services request for both. ITA continues (CNA, ISS goal healthcare). Next contact 4/3.`, 'T', 'P', true, []),
  note(MO, 'l11-foster-youth-chafee-mo-007', `ISS update letter mailed 3/23 to youth's last known address (the Benton Ave group home). Returned 4/2 by USPS "Moved Left No Address". CD worker to be asked for new placement address.`, 'L', 'P', false, [UA]),
  // A volunteer's court report on "doing well" carries nothing on the enrolled activity and the CASA is not our provider.
  note(MO, 'l11-foster-youth-chafee-mo-008', `Email rec'd 4/3 from youth's CASA volunteer with an excerpt of her court report: "Youth is doing well in school and has a job. She reports she likes her case manager at the job center."`, 'E', 'O', false, [TP, PM]),
  note(MO, 'l11-foster-youth-chafee-mo-009', `4/8/2026 In person, Greene County Juvenile Office, 3rd floor hallway before youth's permanency review. Spoke with youth about 15 min: WEX at 62/120 hrs, supervisor told her she is ready for the toddler room; she wants to apply to Job Corps (Excelsior Springs) for the fall for medical assistant. This writer will send the Job Corps admissions counselor referral; WIOA youth services continue until the Job Corps start date per ISS. Judge continued extended care to 19.`, 'I', 'P', true, []),
  note(MO, 'l11-foster-youth-chafee-mo-010', `4/10/26 phone case conference with CD Older Youth Transition Specialist Ms. Keeling re: ETV funding split with WIOA ITA for fall. Youth not on the call. Agreed CD will cover books, WIOA tuition.`, 'T', 'O', false, [TP, PM]),
  // The page's drop-down says Telephone; the note itself is as thin as a note gets.
  note(MO, 'l11-foster-youth-chafee-mo-011', `Talked w/ youth. Doing ok.`, 'T', 'P', true, [PM, JM, NS], { field: 'T' }),
  note(MO, 'l11-foster-youth-chafee-mo-012', `Home visit 4/21/2026 3:30 pm to youth's transitional living apartment on W. Division. No one answered. Left this writer's card in the door asking her to call.`, 'I', 'P', false, [UA]),
  note(MO, 'l11-foster-youth-chafee-mo-013', `4/24/26 Met youth at McDonald's on Glenstone (her choice, near work). HiSET: math 12, reading 14, writing 9, science 11 — social studies 5/6, then she has it. WEX hours 80/120. Gave her a $25 gas card (supportive services, receipt signed). She still needs the social studies subtest and 40 WEX hrs; ISS continues, next meeting after her 5/6 test.`, 'I', 'P', true, []),
  // Her late-night "can u call me" is a request for a call; our answer went unanswered, so no exchange took place.
  note(MO, 'l11-foster-youth-chafee-mo-014', `Youth sent FB Messenger msg 5/1 at 11:48 pm "can u call me". This writer replied 5/2 8:05 am "Sure — call me at 9 or tell me a good time." No reply as of 5/4.`, 'E', 'P', false, [RP]),
  // The foster mother is the listed alternate and gives attendance and grades from the instructor, with a reason to continue.
  note(MO, 'l11-foster-youth-chafee-mo-015', `5/12/2026 TC with foster mother Mrs. Loyd (alternate contact on the ISS); youth at clinicals. Mrs. Loyd read this writer the instructor's progress sheet youth brought home: attendance 100% since 4/6, skills check-offs 18 of 22, written unit tests average 86%. State CNA exam set for 6/2. Youth needs the exam fee paid — this writer will process it; ITA continues through certification. Will speak with youth directly by 5/22.`, 'T', 'A', true, []),
  // A supervisor reading the file and rewriting goals talked to no one.
  note(MO, 'l11-foster-youth-chafee-mo-016', `Supervisor covering caseload (C. Dunham). Reviewed file 5/18; ISS goals expired 4/30. Updated ISS short-term goals from the last contact notes. Assigned CM to review with youth at next contact.`, '-', '-', false, []),
  note(MO, 'l11-foster-youth-chafee-mo-017', `5/27/2026 youth called this writer crying — her TLP gave her a 7-day notice. Talked ~25 min. She is still going to the daycare WEX (96/120 hrs, last evaluation "meets") Her CNA exam is still set for 6/2 and she is worried she'll miss it if she has to move. Referred her to the Rare Breed youth shelter and called her CD worker with her consent. Plan: keep WEX, keep exam date, this writer checks in with youth tomorrow by phone.`, 'T', 'P', true, []),

  note(MN, 'l11-foster-youth-chafee-mn-001', `2/5/2026 Met with youth at the Ramsey County Extended Foster Care drop-in (this writer's Thursday hours there). He is in week 3 of 4 of the Construction pre-apprenticeship at the Summit site, attended 11 of 12 days, finished OSHA-10. Next: apply for the Local 132 laborers' apprenticeship intake 3/2. ISS updated.`, 'I', 'P', true, []),
  // The social worker's e-mail is about a move, nothing on the enrolled activity.
  note(MN, 'l11-foster-youth-chafee-mn-002', `Email from county SW (K. Dahlberg) 2/9: youth moved to a SILS apartment in St. Paul as of 2/7, new cell 651-555-0193.`, 'E', 'O', false, [PM]),
  note(MN, 'l11-foster-youth-chafee-mn-003', `Texts 2/11/2026. This writer: "Hi Tasha, your GED math test is Thurs 1pm at Hubbs, you still good?" Youth: "ya im registered, been studying w the tutor at adult ed, got 148 on the practice test" This writer: "That's a pass! Bring your ID." Youth: "ok"`, 'E', 'P', true, []),
  note(MN, 'l11-foster-youth-chafee-mn-004', `Called youth 2/13 and 2/17 at 651-555-0193. Both times "the number you have dialed is not in service". Will ask SW.`, 'T', 'P', false, [UA]),
  // The instructor's attendance e-mail is recorded (Letter 110, Policy 6) but is not the monthly contact.
  note(MN, 'l11-foster-youth-chafee-mn-005', `2/19/2026 email from Hennepin Tech nursing assistant instructor: youth attendance 100% for Jan–Feb, passed skills check #2, on track for state test in April.`, 'E', 'V', false, []),
  // Youth was on the line at her social worker's office: a three-way call with her is a call with her.
  note(MN, 'l11-foster-youth-chafee-mn-006', `3-way call 2/24/2026: youth and her county SW on speaker at the SW's office, this writer by phone. Youth's WEX at Goodwill on Lake St is at 40 of 80 hrs; her supervisor says she is fast at pricing but late twice. Talked about bus route (21 to the 5). Youth agreed to set two alarms. Next check 3/10.`, 'T', 'P', true, []),
  note(MN, 'l11-foster-youth-chafee-mn-007', `Youth no-show for WEX orientation 3/2 at Minneapolis WorkForce Center North. SW says she was admitted to HCMC over the weekend. Rescheduling.`, 'I', 'P', false, [UA]),
  // She left a paper at the front desk while the writer was in a meeting: nobody from the program talked with her.
  note(MN, 'l11-foster-youth-chafee-mn-008', `3/6 youth left her Goodwill timesheet at the front desk with the receptionist; this writer was in a staff meeting. Timesheet shows 52 hrs to date. Entered in payroll.`, 'I', 'P', false, []),
  note(MN, 'l11-foster-youth-chafee-mn-009', `Instagram DM from youth 3/9: "hey its jaz new # 612-555-0148". This writer replied 3/9: "Thanks Jaz! Call me this week so we can go over your WEX." No answer yet.`, 'E', 'P', false, [RP]),
  // The writer went to the hearing; the youth was excused and never there.
  note(MN, 'l11-foster-youth-chafee-mn-010', `3/12/2026 attended youth's permanency review at Hennepin County Juvenile Justice Center. Youth excused (working). Court continued EFC through her 20th birthday. No change to ISS.`, '-', '-', false, []),
  note(MN, 'l11-foster-youth-chafee-mn-011', `Phone 3/18/2026: youth called. She was let go from the Target distribution center after attendance points (3 late starts). Upset but wants to keep going. Talked through options: finish the Goodwill WEX (60/80 hrs), then warehouse jobs on the bus line, and the forklift class at Summit in April. Youth will come in Monday 3/23 to apply.`, 'T', 'P', true, []),
  note(MN, 'l11-foster-youth-chafee-mn-012', `TC 3/20 w/ foster dad Mr. Xiong (alternate contact). Youth got hired at Cub Foods 30 hrs/wk and passed her road test. He is proud of her.`, 'T', 'A', false, []),
  note(MN, 'l11-foster-youth-chafee-mn-013', `Home visit 3/26/2026 at youth's SILS apartment, youth home. Went over her first budget with her (Cub paycheck biweekly ~$610). WEX hours 72/80, last 8 this week. Youth wants the forklift class; this writer gave her the Summit info sheet and will enroll her after WEX ends.`, 'I', 'P', true, []),
  // An undeliverable e-mail is returned mail: the attempt never reached her.
  note(MN, 'l11-foster-youth-chafee-mn-014', `4/1 emailed youth the ETV application link. Bounced back: "recipient mailbox full, message not delivered".`, 'E', 'P', false, [UA]),
  // "Stopped by" is an in-person visit; the note says nothing of how she is doing, and this screen has no date field.
  note(MN, 'l11-foster-youth-chafee-mn-015', `Youth stopped by today, all good.`, 'I', 'P', true, [PM, NS, DM], { noDateField: true }),
  // Reported speech: the youth told someone else she had talked with the writer; the writer did not talk with her.
  note(MN, 'l11-foster-youth-chafee-mn-016', `4/9 SW supervisor called this writer to check: youth told the SW last week that she "already talked to her job lady" about the forklift class. This writer has not spoken with youth since 3/26.`, 'T', 'O', false, [PM]),
  note(MN, 'l11-foster-youth-chafee-mn-017', `VM for youth 4/13, VM 4/15. 4/16 youth returned call and reached this writer, spoke 10 min. GED science passed 4/14 (152) — that was her last subject, GED complete! Forklift class at Summit starts 5/4; she will keep Cub Foods weekends. ISS updated: credential attained, next goal certification + employment. Next contact after first week of class.`, 'T', 'P', true, []),
];
