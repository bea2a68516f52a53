/**
 * Deaf and hard-of-hearing participants (fresh split: new voices, scored and listed but not floored yet): video
 * relay (VRS) calls through an interpreter, TTY conversations with their GA/SK conventions, captioned phones,
 * 711 relay, videomail left in ASL, sign-language interpreters booked for office visits (and not showing), and
 * hearing family members answering the videophone. Labels come from the policies and the definition of a
 * qualifying contact, written before the checker ever ran on them.
 * A relay, VRS, TTY or captioned-phone call is a telephone contact when the participant takes part; a videomail
 * is a message left (like a voicemail), even when it carries news; an interpreter, a VR or deaf-services
 * specialist is "other"; a family member who answers is the alternate.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'relay-tty-vrs';

export const NOTES: LabelledNote[] = [
  note(MO, 'relay-tty-vrs-mo-001', 'VRS call 3/2 - cust called in through video relay (interpreter #4471). Cust reports he is in week 6 of the HVAC program at Vatterott, passed EPA 608 Type I on 2/27, perfect attendance. Needs tool list funded. Continue ITA per IEP.', 'T', 'P', true, []),
  note(MO, 'relay-tty-vrs-mo-002', 'Placed call via 711 Relay Missouri 3/4, relay operator reports line busy x3.', 'T', 'P', false, [UA]),
  // Her videomail carries news but is a message left, and the call back went unanswered: no exchange.
  note(MO, 'relay-tty-vrs-mo-003', 'VideoMail rec\'d 3/5 from cust (ASL, via VP): she passed her ServSafe exam and wants to talk about jobs. Tried to VP back 3/5, no answer.', 'T', 'P', false, [UA]),
  note(MO, 'relay-tty-vrs-mo-004', 'OV 3/9 with cust and ASL interpreter (scheduled by job center). Reviewed CNA clinical evaluation together: all skills satisfactory, 48 of 75 hrs done. Cust asked about a captioned phone for work. Cont. ITA per IEP; next OV w/ interpreter 4/6.', 'I', 'P', true, []),
  note(MO, 'relay-tty-vrs-mo-005', 'OV 3/11 canceled - ASL interpreter no-show; cust left before CM came out. Texted cust 3/11 offering 3/18 at 10, no reply yet.', 'E', 'P', false, [RP]),
  note(MO, 'relay-tty-vrs-mo-006', 'CapTel call w/ cust 3/16 (cust uses a captioned phone: I spoke, she read the captions and answered by voice). Cust has 3 interviews this wk: Hy-Vee, Menards, Mercy. Went over interview tips. Continue job search assistance per IEP.', 'T', 'P', true, []),
  note(MO, 'relay-tty-vrs-mo-007', 'Cust\'s hearing daughter (16) answered the VP 3/18 and signed/voiced that mom is at work. Will try Sat.', 'T', 'P', false, [UA]),
  note(MO, 'relay-tty-vrs-mo-008', 'TTY call 3/20 w/ cust.\nCM: HI THIS IS JANET AT JOB CENTER HOW ARE CLASSES GA\nCUST: GOOD BUSY GA\nCM: HOW ARE GRADES Q GA\nCUST: B IN WELDING I AND A IN BLUEPRINT READING GA\nCM: GREAT KEEP IT UP SK\nCont. ITA per IEP.', 'T', 'P', true, []),
  note(MO, 'relay-tty-vrs-mo-009', 'Cust\'s VR counselor (Deaf services, Tia Mercer) e-mailed 3/23: cust attended job club 3/19. No other info.', 'E', 'O', false, [TP, JM]),
  note(MO, 'relay-tty-vrs-mo-010', 'Sent e-mail 3/24 (cust prefers e-mail, Deaf): 90-day contact due, please reply or come in w/ interpreter.', 'E', 'P', false, [RP]),
  note(MO, 'relay-tty-vrs-mo-011', 'Cust replied 3/25 to my 3/24 e-mail: "Hi, I finished forklift cert 3/20, start at Amazon on 4/7 as a picker. Need interpreter for orientation?" Replied that the employer must provide one; sent ADA info. Cust replied "ok thank you". Moving to follow-up per IEP.', 'E', 'P', true, []),
  note(MO, 'relay-tty-vrs-mo-012', 'Interpreter request submitted 3/26 for cust\'s 4/2 OV (2 hr min). Confirmation #DW-2231.', '-', 'P', false, [CT]),
  note(MO, 'relay-tty-vrs-mo-013', 'Zoom 3/30 w/ cust, ASL interpreter pinned on screen. Cust said she is still in the Medical Billing course online through MSSU, 2 of 4 modules done, quiz avg 88%. Continue ITA per IEP.', 'T', 'P', true, []),
  note(MO, 'relay-tty-vrs-mo-014', 'VRS interpreter placed my call to cust 4/1; went to cust\'s videomail. Left ASL message through interpreter asking her to call back.', 'T', 'P', false, [UA]),
  note(MO, 'relay-tty-vrs-mo-015', 'Cust\'s sister (hearing) called 4/8 on cust\'s behalf: cust has strep, can\'t come to 4/9 OV. Rescheduled to 4/16.', 'T', 'A', false, [TP, PM, JM]),
  note(MN, 'relay-tty-vrs-mn-001', 'VRS call from client 3/3. Monthly check-in: client working 25 hrs at Target distribution (Cambridge), wants more hrs, asked about forklift training. ISS reviewed.', 'T', 'P', true, []),
  note(MN, 'relay-tty-vrs-mn-002', 'Called client via MN Relay (711) 3/5. Relay operator got a recording, voicemail box not set up.', 'T', 'P', false, [UA]),
  note(MN, 'relay-tty-vrs-mn-003', 'Met client at WFC 3/9 w/ ASL interpreter (Shavonne, from the state roster). Client passed her ABE reading post-test (went up a level) and started CNA prep class 3/2. ISS updated.', 'I', 'P', true, []),
  note(MN, 'relay-tty-vrs-mn-004', 'ASL interpreter e-mailed 3/11 to confirm for the 3/16 mtg with client.', 'E', 'O', false, [TP, PM]),
  note(MN, 'relay-tty-vrs-mn-005', '3/16 mtg: client no-show. Interpreter and CM waited 30 min. Interpreter billed for 2 hrs per contract.', 'I', 'P', false, [UA]),
  note(MN, 'relay-tty-vrs-mn-006', 'TTY conversation 3/18 w/ client (TTY at the library).\nclient: got job at cub foods bakery GA\nme: congrats when do u start GA\nclient: 3/23 28 hrs $16.50 GA\nme: send paystub when u get it SK', 'T', 'P', true, []),
  note(MN, 'relay-tty-vrs-mn-007', 'VideoMail from client 3/20 asking me to call her. VP\'d back 3/20 and 3/21 - no answer both times.', 'T', 'P', false, [UA]),
  note(MN, 'relay-tty-vrs-mn-008', 'Text thread w/ client 3/24 (client is HoH, prefers text):\nme: monthly check in, how\'s class?\nclient: good, passed my CDL permit. road test sched 4/10\nme: great!', 'E', 'P', true, []),
  note(MN, 'relay-tty-vrs-mn-009', 'Client\'s husband (also Deaf) signed on VP 3/26 that client is at clinic, she will text me. No text rec\'d.', 'T', 'P', false, [UA]),
  note(MN, 'relay-tty-vrs-mn-010', 'Deaf and Hard of Hearing Services specialist called 3/27: client approved for CapTel phone, install 4/3.', 'T', 'O', false, [TP, PM]),
  note(MN, 'relay-tty-vrs-mn-011', 'CapTel call 4/3 w/ client (her new phone, captions working). She said 1st wk at Cub went fine, 28 hrs, trainer is patient. Discussed hearing aid battery costs, referred to DHHS. ISS reviewed.', 'T', 'P', true, []),
  note(MN, 'relay-tty-vrs-mn-012', 'Letter mailed 4/6 re: monthly contact, large print per client request.', 'L', 'P', false, [RP]),
  // The interpreter's account of the interview, given to us by phone: someone else's, second-hand.
  note(MN, 'relay-tty-vrs-mn-013', 'Interpreter called 4/8 after client\'s job interview at Bemidji State (interpreter hired by employer): client did well and expects an offer. Did not talk to client.', 'T', 'O', false, [TP]),
  note(MN, 'relay-tty-vrs-mn-014', 'VRS w/ client 4/13, everything good', 'T', 'P', true, [PM, NS]),
  note(MN, 'relay-tty-vrs-mn-015', 'Tried to reach client thru VRS, line busy. Sent text instead.', 'E', 'P', false, [UA, RP, DM], { noDateField: true }),
  note(MO, 'relay-tty-vrs-mo-016', 'VRS call 04/14/2026 - I called cust through video relay at 1:10 pm. The first interpreter connected, but the video froze on cust\'s end after about a minute, so the call dropped. Cust called me right back through VRS with a new interpreter (#2290). Cust explained she is at the library because her home internet is slow. We went over her progress in the Pharmacy Technician program at Ozarks Tech: she finished the sterile compounding lab, passed the mid-term with an 84, and her externship at the Cox South pharmacy starts 5/4. She asked if the externship supervisor knows she is Deaf; I told her the school arranges accommodations but I will check with the program director that an interpreter is requested for orientation. She also needs scrubs (2 sets, about $60), which I will submit as a supportive service. Cust prefers text for quick questions and VRS for longer talks; updated her contact preference in Toolbox. Continue ITA per IEP through the externship; next contact after her first externship week.', 'T', 'P', true, []),
];
