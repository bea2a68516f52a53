/**
 * A pre-release employment counselor who works inside state prisons and follows the facility's rules for contact
 * (fresh split, batch 15: new voices, scored and listed but not floored yet). The voice: the institution's words —
 * a "kite" (a paper request slip through institutional mail), a "callout" (a pass to see staff), "count", "movement",
 * "lockdown", "seg", the tablet messaging service, the unit caseworker, "the yard" — with first names or last names
 * only, as the housing unit uses them, and a clipped correctional style ("Resident reports…", "Writer met…"). Facilities
 * in Jefferson City, Boonville, Chillicothe, Moberly and Fordland (Missouri) and Shakopee, Lino Lakes, Faribault, Moose
 * Lake and St. Cloud (Minnesota), and after release the halfway house or the county work-release center. Sources of
 * realism: pre-release WIOA enrollment through re-entry grants, where the counselor has a desk in the education
 * building and can see a resident only when the facility allows it.
 * How I read the policy for the hard cases: a kite or a tablet message sent and not answered is one-way; the
 * resident's kite back, with something about the class, is a letter response; the tablet's "read" mark is a read
 * receipt. A callout that the facility cancelled (lockdown, count not cleared) or that the resident refused is a
 * meeting that did not take place. The unit caseworker's word is someone else's; the vocational instructor is the
 * training provider: in Missouri, when the resident could not be seen, the instructor with hours, scores and
 * "continue" counts; in Minnesota it is filed. Video visits are telephone; the tablet is e-mail.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, PII, note, type LabelledNote } from '../types';

export const STYLE = 'f15-prison-inside-counselor';

export const NOTES: LabelledNote[] = [
  note(MO, 'f15-prison-inside-counselor-mo-001', `10/05/2026 Algoa CC. Writer met resident Dwayne (callout, education bldg) 30 min. Welding (MSW program) wk 9 of 20, attendance 100%, passed 1G/2G plate, instructor sign-off on cutting torch. Release date 3/2027. WIOA pre-release training continues per IEP (structural welder). Next callout 11/2.`, 'I', 'P', true, []),
  // A kite out with no kite back.
  note(MO, 'f15-prison-inside-counselor-mo-002', `10/14/2026 Kite sent to Dwayne via institutional mail re: birth certificate request form. No return kite yet.`, 'L', 'P', false, [RP]),
  note(MO, 'f15-prison-inside-counselor-mo-003', `10/21/2026 Return kite from Dwayne: "form signed, attached. Passed 3G bend test Friday, instructor says im ready for 4G." Writer filed form. Training continues per IEP.`, 'L', 'P', true, []),
  // The facility cancelled the callout: the meeting did not happen.
  note(MO, 'f15-prison-inside-counselor-mo-004', `11/02/2026 Callout for Dwayne cancelled, facility on lockdown all day. Writer did not see resident.`, 'I', 'P', false, [UA]),
  // The vocational instructor in person, with scores and a recommendation, while Dwayne could not be seen.
  note(MO, 'f15-prison-inside-counselor-mo-005', `11/04/2026 Lockdown continues for his housing unit. Writer met MSW welding instructor Mr. Pruitt in the shop: Dwayne 4G practice plates passing, 0 missed classes before lockdown, on track to test 12/15; instructor recommends he continue. Training continues per IEP.`, 'I', 'V', true, []),
  note(MO, 'f15-prison-inside-counselor-mo-006', `11/09/2026 Unit caseworker (Ms. Greer) emailed that Dwayne's classification was reviewed, no change. Nothing on training. No contact w/ resident.`, 'E', 'O', false, [TP, PM, JM]),
  note(MO, 'f15-prison-inside-counselor-mo-007', `10/07/2026 Boonville CC. Callout for Marcus T., resident refused the pass ("at work in the kitchen, not coming"). No meeting.`, 'I', 'P', false, [UA]),
  note(MO, 'f15-prison-inside-counselor-mo-008', `10/09/2026 Writer saw Marcus at the education bldg after movement, 20 min. ServSafe class 3 of 5 sessions, practice test 82, kitchen job 30 hrs/wk. WIOA pre-release continues per IEP (line cook).`, 'I', 'P', true, []),
  note(MO, 'f15-prison-inside-counselor-mo-009', `10/23/2026 Tablet message to Marcus re: ServSafe exam date. Tablet shows "read 10/23 19:40". No reply.`, 'E', 'P', false, [RP]),
  note(MO, 'f15-prison-inside-counselor-mo-010', `10/25/2026 Tablet reply from Marcus: "exam is 11/6, I been studying every night, scored 88 on the last practice." Writer replied good luck. Training continues per IEP.`, 'E', 'P', true, []),
  note(MO, 'f15-prison-inside-counselor-mo-011', `10/12/2026 Chillicothe CC. Met resident Tanya in the re-entry classroom, her Ready to Work instructor present. 25 min. Tanya completed NCRC (Silver), keyboarding 42 wpm, 0 absences. Continue pre-release per IEP (office clerk). Release 1/2027.`, 'I', 'P', true, []),
  // Her mother calling about housing is someone else's contact, with nothing on Tanya's class.
  note(MO, 'f15-prison-inside-counselor-mo-012', `10/26/2026 Tanya's mother called the re-entry office to ask about housing after release. Referred to the re-entry coordinator. Tanya not present.`, 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'f15-prison-inside-counselor-mo-013', `11/09/2026 Writer to Tanya's unit for callout; count did not clear until 11:30, education closed. Not seen.`, 'I', 'P', false, [UA]),
  note(MO, 'f15-prison-inside-counselor-mo-014', `11/10/2026 Met Tanya at the unit office door, 10 min, officer present.`, 'I', 'P', true, [PM, JM, NS]),
  // The tablet refused the message: like mail come back.
  note(MO, 'f15-prison-inside-counselor-mo-015', `10/16/2026 Moberly CC. Tablet message to resident Luis re: orientation. System notice: "recipient account suspended (disciplinary) - not delivered".`, 'E', 'P', false, [UA]),
  note(MO, 'f15-prison-inside-counselor-mo-016', `10/20/2026 Ozark CC (Fordland). Released resident Jamal, now at Springfield halfway house. Writer called the house, staff said he's at work release. Left message with staff.`, 'T', 'P', false, [UA]),
  note(MO, 'f15-prison-inside-counselor-mo-017', `10/22/2026 Phone w/ Jamal from halfway house phone, 15 min. OTC forklift + OSHA-10 class Mon/Wed, passed OSHA-10, working Kraft Heinz 2nd shift via work release. ITA continues per IEP (warehouse). Next 11/19.`, 'T', 'P', true, []),
  // A call put through and dropped before anything was said.
  note(MO, 'f15-prison-inside-counselor-mo-018', `11/19/2026 Halfway house transferred call to Jamal, line went dead before he came on. Called back, busy.`, 'T', 'P', false, [UA]),
  // Replacement Social Security card: a full number in a real contact.
  note(MO, 'f15-prison-inside-counselor-mo-019', `11/20/2026 Jamal in person at Springfield JC 20 min, forklift cert done, OTC class 7 of 8. ID docs: SS card replaced (SSN 503-55-6681). ITA continues per IEP.`, 'I', 'P', true, [PII]),
  note(MO, 'f15-prison-inside-counselor-mo-020', `11/24/2026 Jamal.`, '-', '-', false, [CT, NS]),
  note(MO, 'f15-prison-inside-counselor-mo-021', `11/25/2026 Zoom with Jamal from the halfway house office, 12 min. OTC class done, forklift job offer from Kraft Heinz, start 12/7. Training goal in IEP met; follow-up services continue per IEP through his first 90 days on the job.`, 'T', 'P', true, []),

  note(MN, 'f15-prison-inside-counselor-mn-001', `10/06/2026 MCF-Shakopee. Met resident Crystal in the education wing 30 min. Pre-release CNA (Normandale instructor on site) wk 4 of 8, quiz avg 91, no missed classes. ISS reviewed, release 2/2027.`, 'I', 'P', true, []),
  note(MN, 'f15-prison-inside-counselor-mn-002', `10/20/2026 Kite sent to Crystal for monthly check-in. No return.`, 'L', 'P', false, [RP]),
  // The instructor's report is filed, not the monthly contact.
  note(MN, 'f15-prison-inside-counselor-mn-003', `10/27/2026 Normandale instructor phoned: Crystal skills 18/22, attendance 100%. Filed.`, 'T', 'V', false, []),
  note(MN, 'f15-prison-inside-counselor-mn-004', `10/28/2026 Return kite from Crystal: "sorry, was in medical. Passed the skills lab, clinical practice at the infirmary starts 11/4." Filed with ISS.`, 'L', 'P', true, []),
  note(MN, 'f15-prison-inside-counselor-mn-005', `10/08/2026 MCF-Lino Lakes. Callout for Brandon, he came, but he was called back for count after 2 min. Nothing discussed. Rescheduled.`, 'I', 'P', false, [UA]),
  note(MN, 'f15-prison-inside-counselor-mn-006', `10/09/2026 Brandon in the re-entry office 25 min. Carpentry (Minnesota Line) module 3 of 6, OSHA-10 card done, 1 missed day (dental). ISS updated.`, 'I', 'P', true, []),
  note(MN, 'f15-prison-inside-counselor-mn-007', `10/23/2026 Tablet message to Brandon re: re-entry plan. "Delivered". No reply.`, 'E', 'P', false, [RP]),
  // His unit caseworker speaks for him; she knows nothing of the class.
  note(MN, 'f15-prison-inside-counselor-mn-008', `10/30/2026 Brandon's case manager (DOC) called: he moved units, asked that callouts go to C-unit. No contact w/ Brandon.`, 'T', 'O', false, [TP, PM]),
  note(MN, 'f15-prison-inside-counselor-mn-009', `11/06/2026 Video call w/ Brandon from C-unit dayroom 15 min. Module 4, framing test 88, attendance good. ISS reviewed.`, 'T', 'P', true, []),
  note(MN, 'f15-prison-inside-counselor-mn-010', `10/13/2026 MCF-Faribault. Writer went to see Andre at the yard office per schedule; Andre in seg since 10/11. No visit allowed.`, 'I', 'P', false, [UA]),
  note(MN, 'f15-prison-inside-counselor-mn-011', `10/27/2026 Andre back in general pop. Met at education 20 min: GED math passed 152, reading retest 11/17. ISS updated.`, 'I', 'P', true, []),
  // A minute in the hallway is still a word with him, but with nothing in it.
  note(MN, 'f15-prison-inside-counselor-mn-012', `11/10/2026 Andre stopped writer in the hallway at movement, said "still studying". 1 min.`, 'I', 'P', true, [PM, NS]),
  note(MN, 'f15-prison-inside-counselor-mn-013', `10/15/2026 MCF-Moose Lake. Letter to released resident Ray at his sister's address in Duluth.`, 'L', 'P', false, [RP]),
  note(MN, 'f15-prison-inside-counselor-mn-014', `10/29/2026 Ray's sister called: Ray got the letter, he's at Lake Superior College welding, she'll have him call.`, 'T', 'A', false, [TP, PM]),
  note(MN, 'f15-prison-inside-counselor-mn-015', `11/02/2026 Ray called writer 12 min from the LSC lab. Welding wk 3/16, 100% attendance, passed safety test. Supervised release agent aware. ISS reviewed.`, 'T', 'P', true, []),
  // His release agent about him is someone else's call.
  note(MN, 'f15-prison-inside-counselor-mn-016', `11/16/2026 Ray's supervised release agent called to confirm school schedule for his file. Confirmed only. No contact w/ Ray.`, 'T', 'O', false, [TP, PM]),
  note(MN, 'f15-prison-inside-counselor-mn-017', `11/23/2026 Ray picked up, said "in class, call me tonight". Called 7pm, no answer.`, 'T', 'P', false, [UA]),
  note(MN, 'f15-prison-inside-counselor-mn-018', `10/19/2026 MCF-St. Cloud. Met Tou V. at education, his tutor beside him, 20 min. Forklift cert (on-site) passed, warehouse class 2 of 4. ISS reviewed. Release 12/2026.`, 'I', 'P', true, []),
  note(MN, 'f15-prison-inside-counselor-mn-019', `Met Tou at the re-entry fair in the gym, 15 min, warehouse class 3 of 4, quiz 85.`, 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'f15-prison-inside-counselor-mn-020', `11/18/2026 Tou's mother dropped off clothes for release at the lobby and asked writer about his job plan. Tou not present.`, 'I', 'A', false, [TP, PM]),
  // His kite was not an answer to one of ours, and ours back has no answer yet: no response documented.
  note(MN, 'f15-prison-inside-counselor-mn-021', `11/24/2026 Kite from Tou: "got my release date 12/14". Writer sent kite back with CareerForce St. Cloud appt 12/16.`, 'L', 'P', false, [RP]),
];
