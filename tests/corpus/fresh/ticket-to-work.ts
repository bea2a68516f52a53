/**
 * Notes on participants with disabilities using Ticket to Work: disability navigators, WIPA benefits counselors
 * (Disability Hub MN), job coaches and supported-employment staff, VR counselors, guardians and representative
 * payees, relay and video relay calls, SSA letters and Timely Progress Reviews (fresh split: new voices, scored
 * and listed but not floored yet). Labels come from the policies and the definition of a qualifying contact in
 * ARCHITECTURE.md, written before the checker ever ran on them.
 * A benefits counselor, job coach or VR counselor is "other"; a guardian or a representative payee who is family
 * is the alternate contact; an employer or worksite supervisor the provider. A relay (711/TTY) or video relay
 * call is a telephone contact when the participant answers through it. An SSA letter filed is no contact.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'ticket-to-work';

export const NOTES: LabelledNote[] = [
  note(MO, 'ticket-to-work-mo-001', 'Ticket to Work: met with customer at the Columbia Job Center 2/3 (this navigator). Customer assigned his Ticket to the job center EN on 1/20. He is in the Certified Nursing Assistant course at Moberly Area CC, passed the first two module tests (85, 90), and works 10 hrs/wk at Hy-Vee (earnings reported to SSA). Continue ITA and Ticket services per IEP.', 'I', 'P', true, []),
  note(MO, 'ticket-to-work-mo-002', 'WIPA benefits counselor at Places for People called 2/10 to schedule customer\'s benefits summary review. No other information.', 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'ticket-to-work-mo-003', 'Called customer 2/12 through Relay Missouri (711); the relay operator reported the line rang with no answer.', 'T', 'P', false, [UA]),
  note(MO, 'ticket-to-work-mo-004', 'Video relay call with customer 2/19 (ASL interpreter through VRS). Customer finished week 4 of the Microsoft Office Specialist course at Ranken continuing ed and passed the Word exam 2/14. Asked about the Trial Work Period; referred to WIPA. Continue ITA per IEP.', 'T', 'P', true, []),
  note(MO, 'ticket-to-work-mo-005', 'Job coach from Alternative Opportunities e-mailed 3/3: customer worked 64 hrs in February at Dillons and coaching has faded to 2 hrs/wk.', 'E', 'O', false, [TP, JM]),
  // The training has ended, so there is no provider to ask (§2.2 order); the payee knows concrete progress.
  note(MO, 'ticket-to-work-mo-006', 'Customer\'s rep payee (her mother, listed alternate contact) called 3/6 with customer\'s new paystubs: 22 hrs/wk at Walgreens, $13.50/hr; customer also passed the PTCB Pharmacy Tech exam 3/1. The Pharmacy Tech course has ended, so no provider to call. Customer was at work. Payee will report the wages to SSA. Continue services per IEP through job retention.', 'T', 'A', true, []),
  note(MO, 'ticket-to-work-mo-007', 'Copy of SSA Timely Progress Review letter received 3/12 (customer\'s Ticket in use, review due 4/30). Placed in file.', '-', '-', false, [CT, NS]),
  note(MO, 'ticket-to-work-mo-008', 'E-mailed customer 3/13 a copy of the TPR letter and asked for his spring grades to send to SSA.', 'E', 'P', false, [RP]),
  note(MO, 'ticket-to-work-mo-009', 'Customer replied 3/20 to my 3/13 e-mail with a screenshot of his grades (A, A, B); 9 credits completed this term at SFCC. Sent to SSA for the TPR. Continue Ticket/WIOA services per IEP.', 'E', 'P', true, []),
  note(MO, 'ticket-to-work-mo-010', 'Benefits counseling appointment set for 4/2 at 10:00 with WIPA; CM will attend with customer by phone.', '-', 'P', false, [CT]),
  note(MO, 'ticket-to-work-mo-011', 'TC with customer\'s guardian 4/9 to get the consent forms signed. Guardian said she will mail them.', 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'ticket-to-work-mo-012', 'Worksite visit 4/16 at the Goodwill distribution center in Springfield with customer and her job coach. Customer showed me the pricing station; she now prices 300 items an hour (goal 250) and has had no absences since March. Supervisor plans to move her to 30 hrs in May. Continue OJT per IEP.', 'I', 'P', true, []),
  note(MO, 'ticket-to-work-mo-013', 'Customer did not come to the 4/2 benefits counseling appointment. WIPA counselor and CM waited 20 min; customer\'s phone went straight to voicemail.', 'T', 'P', false, [UA]),
  note(MO, 'ticket-to-work-mo-014', 'TC w/ cust 5/1. Cust doing good at work. Cont services.', 'T', 'P', true, [PM, NS]),
  note(MO, 'ticket-to-work-mo-015', 'Ticket to Work / WIOA Adult. In-person meeting with customer 5/19 at the Kansas City Full Employment Council office, with her WIPA benefits counselor joining by speakerphone. Customer receives SSDI and started her Trial Work Period in January when she began working at Saint Luke\'s as a patient transporter (28 hrs/wk, $15.10/hr); she has now used 5 of her 9 trial work months. She is also in the evening Phlebotomy course at MCC-Penn Valley, attendance 100%, and passed the venipuncture skills check on 5/12 (she brought the skills sheet, copy in file). The benefits counselor explained the Extended Period of Eligibility and that her earnings must be reported monthly; customer said she understands and wants to keep working toward a phlebotomist job at $18+/hr, which would take her off cash benefits. Continue ITA for phlebotomy per IEP; CM will send the TPR documentation to the EN and call customer on 6/16 after her national certification exam.', 'I', 'P', true, []),
  note(MN, 'ticket-to-work-mn-001', 'Met with client and his job coach from ODC at the Thief River Falls WFC 1/14. Client worked 48 hrs in December at Northern Pride, no absences; he wants more hours but is worried about his SSI. ISS reviewed; referred to Disability Hub MN for a benefits plan.', 'I', 'P', true, []),
  note(MN, 'ticket-to-work-mn-002', 'Disability Hub MN benefits planner called 1/22 asking for client\'s pay stubs for the benefits analysis.', 'T', 'O', false, [TP, PM]),
  note(MN, 'ticket-to-work-mn-003', 'Called client 2/3; his job coach answered (they were on the way to work) and said client is doing great. Will call client tonight.', 'T', 'P', false, [UA]),
  note(MN, 'ticket-to-work-mn-004', 'TTY call with client the evening of 2/4 (MN Relay). Client typed that he got moved to the packing line and is now at 25 hrs/wk; he got his first raise, to $16.75. ISS updated.', 'T', 'P', true, []),
  note(MN, 'ticket-to-work-mn-005', 'Job coach e-mailed 2/18: client has been late 3 times this month and the supervisor gave him a written warning.', 'E', 'O', false, [TP]),
  note(MN, 'ticket-to-work-mn-006', 'Staffing with client\'s VRS counselor at the Bemidji office 3/3 to coordinate services (VRS paying for the job coach, WIOA for the forklift course). Client was not part of the meeting.', 'I', 'O', false, [TP, PM]),
  note(MN, 'ticket-to-work-mn-007', 'Mailed client the Ticket assignment paperwork 3/5 with a stamped return envelope.', 'L', 'P', false, [RP]),
  note(MN, 'ticket-to-work-mn-008', 'Client mailed back the signed Ticket paperwork 3/14 with a note: "passed my forklift test Mar 10, starting 2nd shift at Digi-Key Monday."', 'L', 'P', true, []),
  // The guardian passes on the client's own missed calls; nobody reached anyone about progress.
  note(MN, 'ticket-to-work-mn-009', 'Client\'s mother (guardian) called 3/21 to say client tried calling me twice and got my voicemail; he wants to talk about reporting his wages.', 'T', 'A', false, [PM]),
  note(MN, 'ticket-to-work-mn-010', 'Client\'s guardian brought in his Jan-Mar paystubs 4/1 (average 26 hrs/wk at Digi-Key). Client was at work. Copies to file for SSA wage reporting.', 'I', 'A', false, []),
  note(MN, 'ticket-to-work-mn-011', 'E-mail from client 4/15: "I finished the OSHA 10 online, here is my card" (card attached). ISS updated.', 'E', 'P', true, []),
  note(MN, 'ticket-to-work-mn-012', 'Zoom with client and job coach 5/6. All good.', 'T', 'P', true, [PM, NS]),
  note(MN, 'ticket-to-work-mn-013', 'Home visit 5/13 at client\'s group home in Crookston. Staff said client went to a movie with his roommates. Left my card.', 'I', 'P', false, [UA]),
  note(MN, 'ticket-to-work-mn-014', 'Phone contact with client. He passed the 90-day probation at Digi-Key and is now benefits-eligible; his SSI will drop to $0 but 1619(b) keeps his Medical Assistance. ISS reviewed.', 'T', 'P', true, [DM], { noDateField: true }),
];
