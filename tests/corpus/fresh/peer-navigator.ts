/**
 * Peer navigators, community health workers and mentors alongside the case manager (fresh split: new voices, scored
 * and listed but not floored yet). The voice: case managers whose participants also see a peer recovery or reentry
 * navigator, a clinic's community health worker (CHW) or a volunteer mentor, who meet the participant more often
 * than the case manager does and report by text, e-mail, a monthly log or a word at a staff meeting; joint meetings
 * and home visits where both workers sit with the participant; the case manager checking what the navigator said.
 * Sources of realism: navigator and CHW models in workforce-health partnerships and reentry programs, where most of a
 * participant's news reaches the case manager through another worker.
 * A navigator, CHW or mentor is "other" (another program's worker): their meeting with the participant is theirs,
 * however detailed, and never the case manager's contact. A joint meeting is the case manager's contact when the
 * participant is there and speaks for herself.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'peer-navigator';

export const NOTES: LabelledNote[] = [
  note(MO, 'peer-navigator-mo-001', `Joint mtg 3/3 at the JC w/ cust and her peer navigator (Tasha, Reentry Works). Cust reports 2 wks at Hy-Vee deli, 28 hrs/wk, likes her manager. Tasha will drive her to the ServSafe test 3/10. Cont job retention svcs per IEP.`, 'I', 'P', true, []),
  note(MO, 'peer-navigator-mo-002', `Peer navigator Tasha texted CM 3/5: met w/ cust at Hy-Vee on her break, she's good.`, 'E', 'O', false, [TP, PM, JM]),
  // The CHW's report is detailed, but it is his visit, told to the case manager by phone.
  note(MO, 'peer-navigator-mo-003', `CHW (Marcus, Jordan Valley CHC) called me 3/10 after his home visit w/ cust 3/9: she started the CNA class at OTC 3/2 and has been there every day, BP under control now.`, 'T', 'O', false, [TP, JM]),
  note(MO, 'peer-navigator-mo-004', `TC w/ cust 3/11 to follow up on what Marcus told me. She confirmed CNA class at OTC, 100% attendance wks 1-2, clinicals start 4/6. Needs scrubs - voucher approved. Cont ITA per IEP.`, 'T', 'P', true, []),
  note(MO, 'peer-navigator-mo-005', `Mentor (Mr. Ellison, workforce mentor program) e-mailed his monthly mentor log 3/15: met cust 3x in Feb for mock interviews, "great improvement."`, 'E', 'O', false, [TP, JM]),
  note(MO, 'peer-navigator-mo-006', `Called cust 3/16, NA. Texted Tasha to ask cust to call me.`, 'T', 'P', false, [UA]),
  note(MO, 'peer-navigator-mo-007', `Cust called 3/17 after Tasha told her I was looking for her. Lost the Hy-Vee job 3/14 (late 3x, bus). Applying at Walmart and Price Cutter. Tasha helping w/ bus pass. Cont job search asst per IEP.`, 'T', 'P', true, []),
  // Staff among themselves: the participant was not there.
  note(MO, 'peer-navigator-mo-008', `Navigator staffing 3/20 (CM, Tasha, Reentry Works supervisor). Cust not present. Discussed her transportation barrier and a plan to get her a bike through Revolve.`, '-', '-', false, [CT, NS]),
  note(MO, 'peer-navigator-mo-009', `Home visit 3/24 w/ Tasha (navigator). Cust answered the door and we met 30 min in her kitchen. Interview at Price Cutter 3/26, bike delivered 3/22, she rode it to the library to apply online. Cont job search per IEP.`, 'I', 'P', true, []),
  note(MO, 'peer-navigator-mo-010', `Tasha called 3/26: she waited w/ cust at the Price Cutter interview, says it went well, 2nd interview 3/30.`, 'T', 'O', false, [TP, JM]),
  note(MO, 'peer-navigator-mo-011', `Cust texted 3/31: "GOT THE JOB at price cutter!! start monday stocking nights $15". Called her back 3/31, she confirmed 32 hrs/wk, nights. Cont job retention svcs.`, 'T', 'P', true, []),
  note(MO, 'peer-navigator-mo-012', `CHW reported cust missed her 4/2 appt with him. No contact w/ CM.`, '-', '-', false, [CT, NS]),
  note(MO, 'peer-navigator-mo-013', `Peer mentor group (Tues "Work Ready Circle") 4/7 - cust signed in per the peer mentor's sheet.`, '-', '-', false, [CT, NS]),
  note(MO, 'peer-navigator-mo-014', `Met w/ cust 4/9. Good.`, 'I', 'P', true, [PM, JM, NS]),
  // A long entry: a joint meeting in which the navigator did much of the talking and the customer spoke too.
  note(MO, 'peer-navigator-mo-015', `CMC - in person - 04/21/2026 - joint meeting (CM, customer, peer navigator)\nMet at the Springfield Job Center, 45 min, at the customer's request because she wanted Tasha there. Tasha opened by saying the first three weeks at Price Cutter have gone well and that she has been texting the customer before each shift. The customer then told me herself that she is stocking nights 32-36 hrs/wk at $15, has not been late once, and that her lead asked if she wants to train on the freight team (+$1/hr) in May. Her worry is the bike at night in the rain; she asked about a car repair fund for her brother's old car that he is giving her. Explained supportive services limits and the two quotes needed; she will bring them. Tasha will help her with the title transfer at the DMV. Reviewed the IEP with her: employment goal met, retention services continue through follow-up; added the freight training as a step. Justification: she needs transportation support to keep the job and the freight training raises her wage. Next contact in about 30 days; Tasha keeps her weekly texts.`, 'I', 'P', true, []),
  note(MO, 'peer-navigator-mo-016', `Per Tasha's 5/12 e-mail: cust moved to freight team, $16/hr, and brought her the car quotes.`, 'E', 'O', false, [TP, JM]),
  note(MO, 'peer-navigator-mo-017', `Cust came by 5/14 w/ the 2 car repair quotes. Spoke w/ her at my desk: on the freight team since 5/10, $16/hr, 36 hrs. Submitted the supportive svc request. Cont retention svcs per IEP.`, 'I', 'P', true, []),
  note(MN, 'peer-navigator-mn-001', `Met client with his peer recovery navigator (Dan, Recovery Alliance) at the WFC 3/2. Client: 30 days at the Aldi warehouse, 40 hrs, passed forklift cert 2/27. Dan will keep weekly check-ins. ISS updated: job retention.`, 'I', 'P', true, []),
  note(MN, 'peer-navigator-mn-002', `Dan (navigator) e-mailed 3/9: checked in w/ client at Aldi, he's doing fine.`, 'E', 'O', false, [TP, PM]),
  note(MN, 'peer-navigator-mn-003', `Called client 3/10 - spoke w/ him 10 min on his break: no missed shifts, got a 50 cent raise after 30 days. Next check-in April.`, 'T', 'P', true, []),
  note(MN, 'peer-navigator-mn-004', `CHW (Ana, Hennepin Healthcare) forwarded 3/12: client's new phone # 612-555-0113, and she starts the CNA class 3/16.`, 'E', 'O', false, [TP]),
  note(MN, 'peer-navigator-mn-005', `Texted client at the new # 3/13: welcome msg + asked her to confirm the CNA start.`, 'E', 'P', false, [RP]),
  note(MN, 'peer-navigator-mn-006', `Client replied 3/14: "yes starting monday at Minneapolis College, Ana helped me get the shoes".`, 'E', 'P', true, []),
  note(MN, 'peer-navigator-mn-007', `Joint Zoom 3/20 w/ client, CHW Ana and me. Client on camera: first week of CNA done, skills lab Wed/Fri, worried about the state test fee. ISS updated - test fee under supportive svcs.`, 'T', 'P', true, []),
  note(MN, 'peer-navigator-mn-008', `Mentor (Keisha, Youthprise) told me at the mentor/staff meeting 3/24 that client quit the CNA program.`, 'I', 'O', false, [TP]),
  note(MN, 'peer-navigator-mn-009', `Called client 3/25 re: what Keisha said. VM.`, 'T', 'P', false, [UA]),
  note(MN, 'peer-navigator-mn-010', `Client called back 3/26: she did not quit, she switched to the evening CNA section because of childcare, still on track to finish 5/10. Keisha misunderstood. ISS updated.`, 'T', 'P', true, []),
  note(MN, 'peer-navigator-mn-011', `Peer navigator's weekly roster 4/1: client "active," 2 check-ins w/ navigator in March (3/8, 3/22).`, '-', '-', false, [CT, NS]),
  note(MN, 'peer-navigator-mn-012', `Client and her navigator dropped by the WFC 4/6 while I was at lunch; navigator left a sticky note: "all good, see you next month."`, '-', '-', false, [CT, NS]),
  note(MN, 'peer-navigator-mn-013', `In-person 4/10 at client's apartment w/ CHW Ana (Ana set it up). Client showed me her CNA skills checklist, 18 of 22 signed off. Childcare through Sitter Circle approved. ISS reviewed.`, 'I', 'P', true, []),
  note(MN, 'peer-navigator-mn-014', `TC w/ client 4/20 - she was upset that CHW Ana is leaving the clinic. Talked about who her new CHW will be. CNA class fine.`, 'T', 'P', true, [PM]),
  note(MN, 'peer-navigator-mn-015', `Navigator (Dan) called: client relapsed, in detox at 1800 Chicago, out in about 5 days. Aldi job on hold per his supervisor.`, 'T', 'O', false, [TP, DM], { noDateField: true }),
  // A long entry: the navigator's monthly report pasted in, full of the client's words, and no contact by the
  // counselor herself.
  note(MN, 'peer-navigator-mn-016', `Monthly contact - May - navigator report (pasted from Recovery Alliance's monthly summary, rec'd by e-mail 5/29)\n"Peer navigator: Dan R. Participant met with me 4 times in May (5/4, 5/11, 5/18, 5/26), all at the Aldi break room or the coffee shop by the warehouse. He returned to work at Aldi 5/12 after completing detox and a 2-week IOP; his supervisor put him back on days, 40 hrs. He told me on 5/26 that he is 'taking it one shift at a time' and that he wants to go back to the forklift lead track in the summer. He attends two meetings a week and has a sponsor. He asked me to tell his WIOA counselor that his phone was shut off and he has a new number, 612-555-0178, and that he is fine with texts. No safety concerns."\nCounselor: I have not spoken with him since 4/20. Texted the new number 5/29 asking for a call this week; no reply yet. ISS not updated until I talk with him.`, 'E', 'P', false, [RP]),
  note(MN, 'peer-navigator-mn-017', `Spoke with client by phone 6/2 - first time since the relapse. Back at Aldi 40 hrs on days since 5/12, wants the forklift lead track in July. Dan still meeting him weekly. ISS updated with retention + lead track goal.`, 'T', 'P', true, []),
];
