/**
 * Notes written in clinical formats borrowed from counseling and social work: SOAP (Subjective, Objective,
 * Assessment, Plan), DAP (Data, Assessment, Plan), GIRP (Goal, Intervention, Response, Plan) and BIRP (Behavior,
 * Intervention, Response, Plan) headings (fresh split: new voices, scored and listed but not floored yet). Labels
 * come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written before the
 * checker ever ran on them.
 * A heading names a section, never a contact: "Response:" is GIRP's word for how the participant responded to the
 * intervention, so "R: None yet" under an e-mail is no reply, and "S: N/A" under a voicemail means nobody talked.
 * An empty SOAP shell records no contact.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'soap-dap-girp';

export const NOTES: LabelledNote[] = [
  note(MO, 'soap-dap-girp-mo-001', 'S: Customer states she is "tired but hanging in"; reports she passed the Pharmacology unit exam (84%) and has not missed a clinical shift.\nO: Met in person at the Springfield Job Center 3/4. Customer brought her OTC progress report: week 10 of 16, attendance 100%.\nA: On track to complete the LPN program 5/16.\nP: Continue ITA per IEP; next contact by phone 4/4.', 'I', 'P', true, []),
  note(MO, 'soap-dap-girp-mo-002', 'S: N/A\nO: TC to customer 3/11 at 10:15 am, no answer; VM left requesting call back.\nA: Unable to assess.\nP: Re-attempt 3/13; mail 90-day letter if no contact.', 'T', 'P', false, [UA]),
  // A real call with progress, but the plan gives no reason to keep services going (§2 Substance).
  note(MO, 'soap-dap-girp-mo-003', 'D: Phone contact with customer 3/18. Customer reports he finished all 80 range hours at the CDL school and takes the Class A skills test on 3/25.\nA: Customer sounds confident.\nP: None at this time.', 'T', 'P', true, [JM]),
  note(MO, 'soap-dap-girp-mo-004', 'G: Maintain contact during long-term training (IEP goal: AWS welding certificate).\nI: 90-day contact letter mailed to customer\'s home address 4/1 asking her to call or e-mail with her current grades.\nR: No response received as of 4/15.\nP: Attempt phone contact 4/16.', 'L', 'P', false, [RP]),
  note(MO, 'soap-dap-girp-mo-005', 'G: Complete the Medical Billing & Coding certificate (IEP).\nI: CM e-mailed customer 4/2 requesting her midterm grades.\nR: Customer replied by e-mail 4/3: A in ICD-10 Coding, B+ in Medical Terminology, attendance 100%.\nP: Continue ITA through program end 6/20 per IEP.', 'E', 'P', true, []),
  note(MO, 'soap-dap-girp-mo-006', 'B: Customer came in 4/9, pleasant and cooperative.\nI: Checked in.\nR: Customer states everything is fine.\nP: Next contact in 30 days.', 'I', 'P', true, [PM, JM, NS]),
  // The provider was tried first (§2.2 order); the husband is the alternate contact and knows concrete progress.
  note(MO, 'soap-dap-girp-mo-007', 'S: Per customer\'s husband, she passed her Med-Surg final (88%) and has completed 120 of 160 clinical hours.\nO: TC 4/22 to customer\'s cell; customer at clinicals, husband (listed alternate contact) answered. Called the Three Rivers clinical coordinator first - out of office until 5/1.\nA: Progress satisfactory per alternate contact.\nP: Continue ITA through 6/13 completion per IEP; will speak with customer directly next month.', 'T', 'A', true, []),
  note(MO, 'soap-dap-girp-mo-008', 'D: Customer did not report for the 10:00 OV on 5/6 and did not call.\nA: Second missed appointment this quarter; 90-day date is 5/30.\nP: Mail contact letter; TC 5/8.', 'I', 'P', false, [UA]),
  note(MO, 'soap-dap-girp-mo-009', 'S: n/a (provider contact)\nO: TC w/ Ranken HVAC instructor Mr. Dale 5/13; customer was in lab. Instructor reports 94% attendance, B average, and customer passed EPA 608 Core on 5/9.\nA: Customer on track to finish 8/15.\nP: Continue ITA per IEP.', 'T', 'V', true, []),
  // The provider gives real news but no reason to continue (§2.2 asks for both), so it does not count.
  note(MO, 'soap-dap-girp-mo-010', 'S: --\nO: E-mail from Mineral Area College nursing coordinator 5/20: customer failed the Fundamentals re-test (72%) and has been withdrawn from the spring cohort.\nA: Customer has not been reached yet.\nP: Call customer.', 'E', 'V', false, [TP, JM]),
  note(MO, 'soap-dap-girp-mo-011', 'B: Customer joined the Teams video call 6/3 on time from his break room at work.\nI: Reviewed OJT training plan and timesheets with customer.\nR: Customer reports 320 of 480 OJT hours done at Paulo Products; his lead now lets him run the press brake alone. Raise to $18.50 expected at 480 hrs.\nP: Continue OJT per IEP; worksite visit 7/1.', 'T', 'P', true, []),
  note(MO, 'soap-dap-girp-mo-012', 'G: Re-engage customer before soft exit (90 days falls 6/28).\nI: Appointment set in the Toolbox calendar for 6/20 at 2:00 pm, in person at the Joplin Job Center.\nR: --\nP: Review grades and IEP at the appointment.', '-', 'P', false, [CT]),
  note(MO, 'soap-dap-girp-mo-013', 'S: Customer texted 6/30: "passed my CompTIA A+ core 1 today!! 712" and said she starts Core 2 prep Monday.\nO: Text exchange 6/30; CM replied and asked for the score report, which she sent as a photo (in file).\nA: Good progress.\nP: Continue ITA for Core 2 per IEP.', 'E', 'P', true, []),
  note(MO, 'soap-dap-girp-mo-014', 'D: E-mail from OTC financial aid 7/8: customer\'s fall Pell award is $3,200 and the fall balance due is $4,150.\nA: Funding gap of about $950 for fall.\nP: CM to call customer about the ITA amount.', 'E', 'V', false, [TP, PM, JM]),
  note(MO, 'soap-dap-girp-mo-015', 'S: none\nO: Customer stopped at the front desk 7/15 to drop off her WEX timesheets; CM was in a training and did not see her.\nA: Timesheets received, no contact.\nP: Call customer this week.', 'I', 'P', false, [UA]),
  note(MO, 'soap-dap-girp-mo-016', 'D: Customer\'s instructor at OTC e-mailed 7/22 that customer is "doing fine."\nA: --\nP: Continue ITA per IEP.', 'E', 'V', false, [TP, PM, NS]),
  note(MN, 'soap-dap-girp-mn-001', 'S: Client says she is "finally getting the hang of" med math; passed the dosage calculation test on her 2nd attempt (90%).\nO: Office visit at Bemidji WFC 2/4. Client brought her attendance sheet: 0 absences in January.\nA: Progress good.\nP: ISS reviewed; next monthly contact early March.', 'I', 'P', true, []),
  note(MN, 'soap-dap-girp-mn-002', 'D: Monthly contact attempt 2/10: phone rang through to a full voicemail box.\nA: No contact made for February yet.\nP: Try e-mail and text 2/11.', 'T', 'P', false, [UA]),
  note(MN, 'soap-dap-girp-mn-003', 'G: Complete the Accounting AAS at Northland (ISS goal).\nI: Monthly check-in e-mail sent 2/14.\nR: Client replied 2/15: 3.4 GPA for fall, taking 13 credits this spring, and working 15 hrs/wk at the college library.\nP: Next contact in March.', 'E', 'P', true, []),
  note(MN, 'soap-dap-girp-mn-004', 'G: Complete the Accounting AAS at Northland (ISS goal).\nI: E-mailed client 3/3 for the monthly contact and asked for her spring midterm grades.\nR: None yet.\nP: Call 3/10.', 'E', 'P', false, [RP]),
  note(MN, 'soap-dap-girp-mn-005', 'B: Client dropped by the WFC 3/5.\nI: Brief check-in at the front counter.\nR: Client says classes are going okay.\nP: Next month.', 'I', 'P', true, [PM, NS]),
  note(MN, 'soap-dap-girp-mn-006', 'S: n/a\nO: Call with client\'s instructor at NW Tech 3/12 (client was in lab). Instructor reports client passed the pole-climbing evaluation and has 2 absences this term.\nA: On track per instructor.\nP: Monthly contact with client still needed; will call her Friday.', 'T', 'V', false, []),
  note(MN, 'soap-dap-girp-mn-007', 'D: Youth\'s mother came to the Thief River Falls WFC 3/19 with the youth\'s report card: 3 B\'s, 1 C, 2 absences. Youth stayed home sick.\nA: Grades improved from fall.\nP: Call youth next week for the monthly contact.', 'I', 'A', false, []),
  note(MN, 'soap-dap-girp-mn-008', 'S: "Work is good, I got moved to days."\nO: Zoom 3/26, client at home. Now 36 hrs/wk at Digi-Key, $19.25/hr.\nA: Employed; retention on track.\nP: Follow-up contact in April; ISS updated.', 'T', 'P', true, []),
  note(MN, 'soap-dap-girp-mn-009', 'B: Client\'s probation agent called 4/2.\nI: Agent asked for client\'s class schedule; release on file, schedule shared.\nR: Agent said client told him she is attending ABE 4 mornings a week.\nP: Monthly contact with client still needed.', 'T', 'O', false, [TP]),
  note(MN, 'soap-dap-girp-mn-010', 'S: None obtained.\nO: Home visit 4/9, 1:30 pm, Roseau. No one answered; car not in the driveway. Left business card in the door.\nA: Unable to complete the monthly contact.\nP: Call 4/10.', 'I', 'P', false, [UA]),
  note(MN, 'soap-dap-girp-mn-011', 'G: Keep monthly contact (client has no phone).\nI: Letter mailed 4/15 with a return form.\nR: Client mailed the form back 4/22: finished Welding I with a B, starts Welding II on 5/6, working weekends at Arctic Cat.\nP: ISS updated; next letter in May.', 'L', 'P', true, []),
  note(MN, 'soap-dap-girp-mn-012', 'D: Text from client 4/28: "can u call me". CM called 4/28 at 3:10 pm, no answer.\nA: --\nP: Try again tomorrow.', 'T', 'P', false, [UA]),
  note(MN, 'soap-dap-girp-mn-013', 'S: Client says she withdrew from the CNA course 5/2 because her daycare fell through.\nO: TC 5/6, client called in.\nA: Needs childcare before re-enrolling.\nP: Refer to CCAP; plan to re-enroll in the summer session. ISS updated.', 'T', 'P', true, []),
  note(MN, 'soap-dap-girp-mn-014', 'S: [client statement]\nO: [contact type / date]\nA: [assessment]\nP: [plan]', '-', '-', false, [CT, NS, DM], { noDateField: true }),
];
