/**
 * Case managers who dictate their notes into a phone's voice-to-text — in the car between visits, walking back from
 * the lobby — and paste the result into the case file without fixing it (fresh split: new voices, scored and listed
 * but not floored yet). The voice: spoken punctuation left in as words ("period", "comma", "colon", "question mark",
 * "quote … end quote"), homophones the recogniser picked ("seller phone" for cell phone, "know answer" for no
 * answer, "left a massage", "cold back" for called back, "tea see" for TC, "past" for passed, "two" for to, "I assess"
 * for ISS, "work force one"), acronyms spelled out letter by letter (I E P, N H A), no capitals at the start, and
 * the odd "testing testing". Offices in South St. Louis and Dutchtown (Missouri) and Minneapolis, St. Paul and
 * Cottage Grove (Minnesota). Sources of realism: the dictation features of phones and of Google Docs, which many
 * field staff use, and the notes they produce when nobody proofreads them.
 * How I read the policy for the hard cases: a recognition error does not change what happened — "know answer" is
 * still no answer, "cold back" still a call back — so I label what the speaker said. "Spoke with customer" with no
 * word for how does not state the type and does not count yet. A voicemail she left while I was out is no contact. The
 * participant's own unanswered calls to an employer are not our attempts. Saying hi while running a lab is no
 * contact. A Missouri instructor counts only with progress and a reason to continue; one who "couldn't tell me much"
 * does not. In Minnesota an internship coordinator or a probation officer is recorded only.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'f17-voice-to-text-errors';

export const NOTES: LabelledNote[] = [
  note(MO, 'f17-voice-to-text-errors-mo-001', `Dictated 3/3/26 on the road. Talked to customer Tamika on her seller phone about 10 minutes period she is in week four of the phlebotomy class at Saint Louis community college and passed her first practical with a 90 period she is still working at the Walgreens on Gravois part time period continue ITA per IEP comma next call first week of April period`, 'T', 'P', true, []),
  // "know answer" is the recogniser's "no answer".
  note(MO, 'f17-voice-to-text-errors-mo-002', `3/17/26 called customer Tamika know answer comma left a massage on her voicemail to call me back period`, 'T', 'P', false, [UA]),
  note(MO, 'f17-voice-to-text-errors-mo-003', `3/18/26 customer cold back at 2:15 period she said class is going good she has 32 of 40 clinical hours and her instructor mister Greer says she's on track period she needs gas money for the clinical in Chesterfield period approved gas card period continue services per I E P period`, 'T', 'P', true, []),
  note(MO, 'f17-voice-to-text-errors-mo-004', `4/6/26 sent customer an email about the national exam date question mark no response yet period`, 'E', 'P', false, [RP]),
  note(MO, 'f17-voice-to-text-errors-mo-005', `4/9/26 Tamika emailed back colon she sits for the N H A exam on April 20th and she's been studying the practice tests every night period she scored 84 on the last one period continue I T A through the exam per IEP period`, 'E', 'P', true, []),
  note(MO, 'f17-voice-to-text-errors-mo-006', `4/27/26 stopped by customers house on Compton Avenue for a home visit period knocked know one came to the door period left my card in the screen door period`, 'I', 'P', false, [UA]),
  note(MO, 'f17-voice-to-text-errors-mo-007', `4/29/26 tea see with customer period past N H A exam April 20th period applied at Mercy and B J C period interview at Mercy on May 5th period keep in services for placement per plan period`, 'T', 'P', true, []),
  note(MO, 'f17-voice-to-text-errors-mo-008', `5/4/26 called Darnell on his cell comma a lady answered and said this is not Darnell's phone anymore period wrong number period`, 'T', 'P', false, [UA]),
  note(MO, 'f17-voice-to-text-errors-mo-009', `5/5/26 mailed a letter two Darnell at the Dutchtown address asking him to call me about his welding class period`, 'L', 'P', false, [RP]),
  note(MO, 'f17-voice-to-text-errors-mo-010', `5/12/26 Darnell came in to the office with the letter in his hand period we sat down for 20 minutes period he's in the welding program at Ranken week 7 of 20 comma passed his one G and two G plates comma missed two days when his car broke down period gave him a bus pass period continue ITA per IEP goal combination welder period`, 'I', 'P', true, []),
  note(MO, 'f17-voice-to-text-errors-mo-011', `5/26/26 Darnell did not show for his two o'clock appointment period waited 30 minutes period`, 'I', 'P', false, [UA]),
  // The instructor, with attendance, a test and a recommendation, while Darnell cannot be reached.
  note(MO, 'f17-voice-to-text-errors-mo-012', `5/27/26 could not reach Darnell so I called his Ranken instructor mister Alvarez period he said Darnell has 94 percent attendance this term comma passed the three G vertical test on 5/22 and is on pace to finish in August period he recommends he stay in the program period continue ITA per IEP period`, 'T', 'V', true, []),
  note(MO, 'f17-voice-to-text-errors-mo-013', `6/9/26 talked to mister Alvarez at Ranken on the phone he said he hasn't seen Darnell's grades yet and couldn't tell me much period`, 'T', 'V', false, [TP, PM, JM]),
  note(MO, 'f17-voice-to-text-errors-mo-014', `6/10/26 texted Darnell and he texted back quote yeah I'm good just busy with the four G test end quote period he said he past the four G on Monday period continue per plan period`, 'E', 'P', true, []),
  note(MO, 'f17-voice-to-text-errors-mo-015', `6/24/26 spoke with customer period`, '-', 'P', false, [CT, PM, JM, NS]),
  // His own unanswered calls to an employer are not our attempts.
  note(MO, 'f17-voice-to-text-errors-mo-016', `7/8/26 Darnell called me this morning period he said he called the Ameren lineman program three times and no one answers there period he finished the welding class June 30th and got his certificate period he wants to apply to Ameren and Alberici period keep open for job search per IEP period`, 'T', 'P', true, []),
  note(MO, 'f17-voice-to-text-errors-mo-017', `7/22/26 left message with Darnell's grandmother period he was at work period`, 'T', 'P', false, [UA]),
  note(MO, 'f17-voice-to-text-errors-mo-018', `8/5/26 saw Darnell at the Saint Louis Job Center hiring event period we talked about 15 minutes at the Alberici table period he had his interview with them the week before and they offered him a job as a welder helper at $21 an hour starting August 17th period he's going to take it period keep in services 30 days after start per IEP then follow up period`, 'I', 'P', true, []),
  note(MO, 'f17-voice-to-text-errors-mo-019', `8/19/26 testing testing period file reviewed period no contact this week period`, '-', '-', false, [CT, NS]),
  note(MO, 'f17-voice-to-text-errors-mo-020', `8/31/26 tried customer Darnell twice comma once at 9 and once at 4 comma both went to voicemail comma mailbox full period will try text period`, 'T', 'P', false, [UA]),

  note(MN, 'f17-voice-to-text-errors-mn-001', `1/6/26 phone call with participant Ngozi 15 minutes period she finished fall semester at Saint Paul college in the medical office program comma GPA 3.4 period spring classes start January 12th period reviewed her I assess and her enrollments in work force one period everything current period`, 'T', 'P', true, []),
  note(MN, 'f17-voice-to-text-errors-mn-002', `2/2/26 called Ngozi's seller phone comma straight to voicemail comma left a message period`, 'T', 'P', false, [UA]),
  // Her voicemail came in while the CM was at lunch.
  note(MN, 'f17-voice-to-text-errors-mn-003', `2/3/26 Ngozi called back while I was at lunch and left a voicemail saying she's in class until 3 period`, 'T', 'P', false, [UA]),
  note(MN, 'f17-voice-to-text-errors-mn-004', `2/3/26 called Ngozi at 3:30 period we talked 10 minutes period she's taking medical terminology and Excel this term comma got an A on her first terminology quiz period she also started a work study job at the college library 10 hours a week period I assess reviewed period`, 'T', 'P', true, []),
  note(MN, 'f17-voice-to-text-errors-mn-005', `3/3/26 mailed the monthly contact letter to Ngozi period`, 'L', 'P', false, [RP]),
  note(MN, 'f17-voice-to-text-errors-mn-006', `3/10/26 Ngozi mailed back the contact form from the letter comma she wrote that midterms went good comma B plus in Excel comma A minus in terminology comma and she wants to do the internship at Regions in the summer period updated I assess with internship goal period`, 'L', 'P', true, []),
  // A hello while running the lab.
  note(MN, 'f17-voice-to-text-errors-mn-007', `4/7/26 Ngozi was at the Tuesday resume lab at the Hennepin North hub period I said hi but I was running the lab and didn't get to talk to her about her classes period`, 'I', 'P', false, []),
  note(MN, 'f17-voice-to-text-errors-mn-008', `4/21/26 emailed Ngozi about the Regions internship application deadline period`, 'E', 'P', false, [RP]),
  note(MN, 'f17-voice-to-text-errors-mn-009', `4/28/26 Saint Paul college internship coordinator called me period she said Ngozi turned in her internship application on time and has an interview at Regions on May 6th period`, 'T', 'V', false, []),
  note(MN, 'f17-voice-to-text-errors-mn-010', `5/7/26 video call with Ngozi on teams about 20 minutes period she had the Regions interview yesterday and they offered her the summer internship 20 hours a week at $18 period spring grades are due May 15th period I assess updated and internship added in work force one period`, 'T', 'P', true, []),
  note(MN, 'f17-voice-to-text-errors-mn-011', `6/1/26 called participant Kevin period the number is disconnected period`, 'T', 'P', false, [UA]),
  note(MN, 'f17-voice-to-text-errors-mn-012', `6/2/26 sent Kevin a text and an email asking for his new number period`, 'E', 'P', false, [RP]),
  note(MN, 'f17-voice-to-text-errors-mn-013', `6/4/26 Kevin emailed back with his new number and said he's been going to the forklift class at Hennepin Tech every morning and passed the written part period I called him on the new number right after and we talked for about 10 minutes about the driving test June 12th period record reviewed period`, 'T', 'P', true, []),
  note(MN, 'f17-voice-to-text-errors-mn-014', `6/15/26 Kevin's girlfriend picked up his phone and said he's at his driving test period I'll call back period`, 'T', 'P', false, [UA]),
  note(MN, 'f17-voice-to-text-errors-mn-015', `6/16/26 talk to Kevin on the phone he said everything's fine period`, 'T', 'P', true, [PM, NS]),
  note(MN, 'f17-voice-to-text-errors-mn-016', `6/30/26 note to self colon call Kevin next week about the forklift card and the job at Target distribution period`, '-', '-', false, [CT]),
  note(MN, 'f17-voice-to-text-errors-mn-017', `7/7/26 called Kevin period he got the forklift certification June 12th comma started at the Target distribution center in Cottage Grove on June 29th comma second shift comma $22 an hour period he's happy period updated I assess comma closed the training activity in work force one period`, 'T', 'P', true, []),
  // His probation officer, verifying work: someone else's call.
  note(MN, 'f17-voice-to-text-errors-mn-018', `7/21/26 Kevin's probation officer called to verify he's working at Target period I confirmed what I could with his release on file period did not talk to Kevin period`, 'T', 'O', false, []),
  note(MN, 'f17-voice-to-text-errors-mn-019', `met with Kevin at the Cottage Grove library on his day off about 20 minutes period he's been at Target three weeks comma no missed shifts comma wants to move to days in the fall period we reviewed his I assess and his record period`, 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'f17-voice-to-text-errors-mn-020', `8/4/26 Kevin follow up period Monday called him at 10 know answer period Tuesday texted comma no answer period Wednesday he called me back at 4:45 and we talked for 15 minutes period he got moved to first shift at Target comma still $22 plus the shift differential is gone so it's $20.50 now comma he's OK with that because he can see his kid in the evening period he asked about the CDL program at Dakota County Tech for next spring period I told him we'd talk about it at the next monthly contact period reviewed his record and I assess period`, 'T', 'P', true, []),
];
