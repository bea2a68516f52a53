/**
 * Remote-era services (locked split, batch 7: scored, aggregates only): offices closed to the public, everything
 * by phone, video (Zoom, FaceTime, Teams) or Google Voice texts, documents left in an after-hours drop box or
 * photographed and texted in, laptops and gas cards handed over at the curb, "services provided remotely due
 * to …" banners on every entry. A video call is real-time, so its type is telephone. A curbside hand-off counts
 * only when the note shows the two of them talking; a drop box, a portal upload or photos with no message are
 * documents, not a contact; a Zoom workshop attended with the camera off is not an exchange with the writer;
 * a text thread that only moves an appointment is a plan.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { CT, JM, MN, MO, NS, PM, RP, TP, UA, note, type LabelledNote } from '../types';

export const STYLE = 'remote-curbside';
export const BATCH = 7;

export const NOTES: LabelledNote[] = [
  note(MO, 'remote-curbside-mo-001', "Services provided remotely due to office closure (COVID-19 protocol). TC w/ cust 4/6/20. Cust reports she is doing the CNA program online through State Fair CC, clinicals postponed by the college until June; she has finished 5 of 8 online modules with a 91% average. Cust needs a laptop - CM will arrange curbside pickup of a loaner. Continue OST per IEP.", 'T', 'P', true),
  // Photos of pay stubs with no message and no exchange: documents arrived, nobody wrote back and forth.
  note(MO, 'remote-curbside-mo-002', "Cust photographed her pay stubs and texted them to the agency Google Voice # 4/8. Stubs show 28 hrs and 31 hrs at Dollar General. No message with them.", 'E', 'P', false),
  note(MO, 'remote-curbside-mo-003', "Curbside pickup 4/10, 1:30 pm. Met cust in the parking lot (masks on) and handed off the loaner laptop and charger; she signed the equipment agreement on the hood of her car. Talked about 10 min - she has 6 of 8 modules done now and her clinical site came through for Golden Valley nursing home in June. Cont OST per IEP; TC in 2 wks.", 'I', 'P', true),
  note(MO, 'remote-curbside-mo-004', "Cust's gas card left in the curbside pickup bin 4/14 per her request by text. Bin log shows picked up 4/14 3:05 pm.", '-', '-', false, [CT, NS]),
  note(MO, 'remote-curbside-mo-005', "Zoom link sent to cust for 4/16 10:00 IEP review. Cust did not join; CM stayed in the meeting room 15 min. Emailed her afterward asking to reschedule.", 'E', 'P', false, [UA, RP]),
  note(MO, 'remote-curbside-mo-006', "Remote services (office closed to public). PC cust 4/17 - she missed the Zoom bc her data ran out. Reports she passed the module 7 quiz (88%) and is studying for the final. Discussed the free hotspot from the library; CM will mail the loaner hotspot form. Cust continues CNA OST per IEP.", 'T', 'P', true),
  note(MO, 'remote-curbside-mo-007', "Drop box 4/20: rec'd signed ITA voucher and attendance sheet from cust (envelope in the after-hours box). Attendance sheet shows 100% for the April online sessions.", '-', '-', false, [CT]),
  note(MO, 'remote-curbside-mo-008', "Zoom w/ cust's CNA instructor Ms. Bauer 4/22 (cust not on the call). Instructor reports cust completed all 8 online modules, final exam score 86%, perfect attendance at the virtual sessions. Clinicals confirmed 6/1-6/26 at Golden Valley. Continue OST per IEP through clinicals.", 'T', 'V', true),
  note(MO, 'remote-curbside-mo-009', "Services remote. Called cust 5/4 to confirm clinical start paperwork, went straight to VM, left msg. Sent Google Voice text as well.", 'E', 'P', false, [UA, RP]),
  note(MO, 'remote-curbside-mo-010', "Text thread (Google Voice) 5/5:\nCM: Hi Keisha, did you get the TB test done for clinicals?\nKeisha: yes did it friday, neg. uploading to portal tonight\nCM: great, thank you!", 'E', 'P', true, [JM]),
  note(MO, 'remote-curbside-mo-011', "Cust uploaded TB test results and immunization record to the document portal 5/6. Reviewed, both complete.", '-', '-', false, [CT]),
  note(MO, 'remote-curbside-mo-012', "Phone appt 5/12 - cust no-show for the scheduled phone appt; called her at 2:00 and 2:15, no answer.", 'T', 'P', false, [UA]),
  note(MO, 'remote-curbside-mo-013', "Spoke w/ cust's husband Darnell by phone 5/13, cust was at clinical orientation. He said she's been real busy with school lately.", 'T', 'A', false, [TP, PM, JM]),
  note(MO, 'remote-curbside-mo-014', "Mailed 90-day contact letter to cust 5/20 (remote protocol: letter + stamped return envelope). Asked cust to return the progress form by 6/5.", 'L', 'P', false, [RP]),
  note(MO, 'remote-curbside-mo-015', "Rec'd cust's progress form back by mail 6/3 (response to the 5/20 letter). Cust wrote she started clinicals 6/1, 4 shifts done, \"loving it\", state exam scheduled 7/9. Continue OST per IEP until state exam.", 'L', 'P', true),
  note(MO, 'remote-curbside-mo-016', "FaceTime w/ cust 7/10 - passed CNA state exam 7/9!! Starting job search now, curbside OV 7/14 to work on resume. Cont per IEP.", 'T', 'P', true),
  note(MN, 'remote-curbside-mn-001', "SERVICES PROVIDED REMOTELY DUE TO COVID-19\nContact type: Telephone\nDate: 11/9/20\nSpoke with client. He is in week 3 of the online Microsoft Office cert through Northland CTC; finished the Word module, working on Excel. Internet is spotty at home. Reviewed ISS by phone.", 'T', 'P', true),
  note(MN, 'remote-curbside-mn-002', "SERVICES PROVIDED REMOTELY DUE TO COVID-19\nContact type: Telephone\nDate: 12/7/20\nLeft voicemail for client re: December contact. Will try again later this week.", 'T', 'P', false, [UA]),
  note(MN, 'remote-curbside-mn-003', "SERVICES PROVIDED REMOTELY DUE TO COVID-19\nContact type: E-mail\nDate: 12/9/20\nE-mailed client the December check-in questions (classes, hours, barriers). Awaiting response.", 'E', 'P', false, [RP]),
  note(MN, 'remote-curbside-mn-004', "SERVICES PROVIDED REMOTELY DUE TO COVID-19\nContact type: E-mail\nDate: 12/11/20\nE-mail reply from client answering the check-in questions: Excel module passed (82%), Outlook module started, he's putting in about 10 hrs/wk. Still needs a better connection; CM will look into the hotspot program. ISS reviewed.", 'E', 'P', true),
  note(MN, 'remote-curbside-mn-005', "Curbside 1/6/21: client pulled up out front and I brought the hotspot out to his car. We talked through the car window for a bit - he finished the Office cert 12/30 and wants to start applying for admin asst jobs. Reviewed ISS.", 'I', 'P', true),
  note(MN, 'remote-curbside-mn-006', "Client's signed ISS update and a copy of his Office certificate were in the drop box Monday 1/11/21.", '-', '-', false, [CT]),
  // Logged in to a group session with camera and mic off: attendance, not an exchange with CM.
  note(MN, 'remote-curbside-mn-007', "Virtual Resume Workshop (Zoom) 1/14/21, 11 participants. Client logged in as 'Galaxy S9' with camera and mic off for the full hour; did not type in chat.", 'T', 'P', false),
  note(MN, 'remote-curbside-mn-008', "1/25/21 called client, NA.\n1/26/21 client called back on the office line while I was on another call, left VM saying he had an interview.\n1/27/21 called him again, talked 15 min: interview at Sanford for front desk went well, second interview 2/2. Reviewed ISS.", 'T', 'P', true),
  note(MN, 'remote-curbside-mn-009', "Northland CTC instructor emailed 2/3/21 that client's certificate is posted to his transcript and asked if we need a copy. Replied yes.", 'E', 'V', false),
  note(MN, 'remote-curbside-mn-010', "Mailed client the OJT hire paperwork for Sanford 2/10/21 with a return envelope, per our 2/8 phone call.", 'L', 'P', false, [RP]),
  note(MN, 'remote-curbside-mn-011', "Client mailed the OJT forms back signed 2/16/21 with a note: \"Start date is 2/22, thanks for everything, see you at the site visit.\"", 'L', 'P', true),
  note(MN, 'remote-curbside-mn-012', "Video site check 3/10/21 (remote monitoring): Sanford HR walked CM through client's first 2 weeks on FaceTime; client was at lunch and not on. 64 hrs worked, training checklist 40% done.", 'T', 'V', false),
  note(MN, 'remote-curbside-mn-013', "Phone contact 3/22/21 w/ client. Going ok.", 'T', 'P', true, [PM, NS]),
  // Two-way, but it only moves the call: a plan, nothing about his activity.
  note(MN, 'remote-curbside-mn-014', "Text 4/5/21\nClient: can we do our call tmrw instead? stuck at work\nCM: sure 4/6 at 4?\nClient: ok", 'E', 'P', false),
  note(MN, 'remote-curbside-mn-015', "Phone 4/6/21 as arranged. Client says OJT is going well, he's on the front desk alone now on Saturdays, 40 hrs. Sanford plans to keep him after OJT ends 5/14. ISS reviewed, next contact May.", 'T', 'P', true),
  note(MN, 'remote-curbside-mn-016', "4/30/21 Office remains closed to the public. Client dropped by the building and called up from the lobby phone; I came down and we talked a few minutes in the vestibule. He got his first raise ($0.50) and his OJT evaluation was all 'meets'. Next contact after OJT end.", 'I', 'P', true),
];
