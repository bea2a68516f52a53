/**
 * Rural itinerant staff: case managers who ride a circuit and meet people where there is a table and Wi-Fi (branch
 * libraries, church fellowship halls, courthouse basements, Extension offices), write from the road with no bars,
 * give rides, and learn things from librarians and kiosks (locked split, batch 6: scored, aggregates only). A drive to
 * a library where nobody came is a trip, not a contact; a call that keeps cutting out still counts when the two of
 * them got news across; a kiosk log or a librarian's word is no contact with the participant. Labels come from the
 * policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind: before the checker ever ran
 * on them.
 */
import { note, type LabelledNote, MO, MN, PM, JM, NS, UA, RP, TP, CT, DM } from '../types';

export const STYLE = 'rural-library-itinerant';
export const BATCH = 6;

export const NOTES: LabelledNote[] = [
  note(MO, 'b6-rural-mo-01', 'Itinerant day, Shannon County Library (Eminence) 3/3. Met w/ cust in the back meeting room. She is taking LPN prereqs online through Three Rivers, got an A on the A&P I midterm, does her classwork on the library wifi 3 days a week. Cont ITA per IEP; next itinerant day here 4/7.', 'I', 'P', true, []),
  note(MO, 'b6-rural-mo-02', 'Drove to the Kennett library 3/4 for the 10:00 appt w/ cust. Waited til 11. Cust did not come. No cell service in the reading room so couldn\'t call her.', 'I', 'P', false, [UA]),
  note(MO, 'b6-rural-mo-03', 'TC w/ cust 3/5 - call kept cutting out (she was at her dad\'s place past Birch Tree) but got that she passed the CNA state test 3/2 and starts at Shannon Co. Nursing Home 3/16, $15/hr. Will move her to follow-up per IEP after her first paycheck.', 'T', 'P', true, []),
  note(MO, 'b6-rural-mo-04', 'Called cust 3/6 - heard "hello?" then the call dropped. Called back 3x, straight to VM. No signal out on his road.', 'T', 'P', false, [UA]),
  note(MO, 'b6-rural-mo-05', 'Gave cust a ride 3/9 from Salem to the Rolla Job Center for his forklift test (OATS bus doesn\'t run Mondays). Talked on the way: finished the classroom part, 92 on the written. He passed the driving part that afternoon. Cont OST, job referrals next per IEP.', 'I', 'P', true, []),
  note(MO, 'b6-rural-mo-06', 'While at Dent County Library for itinerant hours 3/10, the librarian (Ms. Hale) told CM that cust has been on the public computers every Tuesday doing job applications.', 'I', 'O', false, [TP, JM]),
  note(MO, 'b6-rural-mo-07', 'Left a letter for cust at the Ellington branch library desk 3/11 (no mailing address right now; librarian will hand it to her). Letter asks her to call re: Feb WEX timesheets.', 'L', 'P', false, [RP]),
  note(MO, 'b6-rural-mo-08', 'E-mail from cust 3/12, sent from the library computer (no internet at home): "passed my 2nd HVAC module test with an 85 and im going to class at SEMO Tech every day." Cont ITA per IEP.', 'E', 'P', true, []),
  // A reply with no news is still the participant's reply (MO 2.3); what it lacks is progress and justification.
  note(MO, 'b6-rural-mo-09', 'Texted cust 3/13 re: itinerant day 3/16 at First Baptist fellowship hall in Van Buren. Cust texted back "ok see you there".', 'E', 'P', true, [PM, JM]),
  note(MO, 'b6-rural-mo-10', 'Itinerant hours 3/16 First Baptist, Van Buren, 9-1. 4 walk-ins, cust was not one of them.', 'I', 'P', false, [UA]),
  // A group event the participant may or may not have attended: nothing shows CM and cust talked.
  note(MO, 'b6-rural-mo-11', 'Job club at the Carter County courthouse annex 3/18, 6 attended (sign-in sheet in the binder). Cust was on the RSVP list; have not checked the sheet yet.', 'I', 'P', false, [NS]),
  note(MO, 'b6-rural-mo-12', 'Jobs.mo.gov shows cust used the kiosk at the Poplar Bluff library 3/19: updated resume, applied to 2 jobs (Gates, Briggs & Stratton). No contact w/ CM.', '-', '-', false, [CT]),
  note(MO, 'b6-rural-mo-13', 'Virtual visit 3/20 via the Zoom booth at the Shannon Co. Library (her phone gets no service at home), 20 min. Cust is in wk 7 of 10 at the truck driving school in Springfield, passed pre-trip and backing, road test 4/2. Cont ITA; will issue a gas card for the 4/2 trip.', 'T', 'P', true, []),
  note(MO, 'b6-rural-mo-14', 'Called SEMO Transit dispatch 3/23 to book rides for cust to clinicals M/W/F. Booked through 4/30, $2 each way.', 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'b6-rural-mo-15', 'Met cust at the Reynolds County Extension office 3/25 (CM\'s monthly outstation). Signed ITA mod. Cust doing ok in class.', 'I', 'P', true, [PM, NS]),
  note(MO, 'b6-rural-mo-16', 'LATE ENTRY - itinerant day 3/26 Caruthersville library. 9:00 set up. 9:30 walk-in (not enrolled). 10:15 cust came in, about 25 min: she is in wk 3 of phlebotomy at the Three Rivers Kennett center, 14 of 100 sticks done, no absences. Needs a gas card for the 40 mi drive; will request SS so she can continue. 11:00 packed up, no service to return calls til Hayti.', 'I', 'P', true, []),
  note(MO, 'b6-rural-mo-17', 'Ran into cust\'s grandmother at the Eminence First Baptist where CM holds hours 3/30. She said cust is "doing real good" and sends her best.', 'I', 'A', false, [TP, PM, JM]),

  note(MN, 'b6-rural-mn-01', 'Itinerant day Warroad Public Library 3/3. Met with client in the study room. She has finished 2 of 6 courses in the online Medical Coding certificate (NDSCS), B+ in Medical Terminology. ISS reviewed.', 'I', 'P', true, []),
  note(MN, 'b6-rural-mn-02', 'Hallock - Kittson County courthouse, basement meeting room 3/4, 1:00 appt. Client no show, waited 45 min. No cell signal in the basement to call him.', 'I', 'P', false, [UA]),
  note(MN, 'b6-rural-mn-03', 'Client has no phone service at the farm and e-mails from the Red Lake Falls library on Tuesdays. His e-mail 3/5: "I started at Digi-Key in TRF Monday, 40 hrs at $18.50. Thanks for the gas cards." ISS updated, WF1 training activity ended.', 'E', 'P', true, []),
  note(MN, 'b6-rural-mn-04', 'Tried calling client from the road 3/6 between Roseau and Warroad, no bars, call failed twice.', 'T', 'P', false, [UA]),
  note(MN, 'b6-rural-mn-05', 'Outreach hours at Our Savior\'s Lutheran fellowship hall, Baudette 3/10. Client came in. She passed the GED Reading test 3/6, 2 tests left, and is studying with the ABE itinerant teacher Tue/Thu. ISS updated.', 'I', 'P', true, []),
  note(MN, 'b6-rural-mn-06', 'Drove client from Mahnomen to her Bemidji State orientation 3/11 (no car right now). Talked the whole way: she registered for 12 credits of nursing prereqs and her FAFSA is done. ISS reviewed.', 'I', 'P', true, []),
  note(MN, 'b6-rural-mn-07', 'While at the Baudette library 3/12 for outreach hours, the librarian told me client has been in most days using the computers for job applications.', 'I', 'O', false, [TP]),
  note(MN, 'b6-rural-mn-08', 'CareerForce virtual kiosk log: 3/13 10:02-10:40, Roseau Library, user = client. MinnesotaWorks job search, 3 applications submitted. No staff contact.', '-', '-', false, [CT]),
  note(MN, 'b6-rural-mn-09', 'Left a sealed letter for client at the Hallock library desk 3/16 (no phone, no mail right now) asking him to call or come to the 4/1 itinerant day.', 'L', 'P', false, [RP]),
  note(MN, 'b6-rural-mn-10', 'TC w/ client 3/17, line kept breaking up (he was out near Karlstad) but he told me he passed the CDL permit test 3/14 and starts the skills course at NCTC 4/1. ISS updated.', 'T', 'P', true, []),
  note(MN, 'b6-rural-mn-11', 'Itinerant day Red Lake Falls library 3/18. Client\'s sister stopped at my table to say client had no ride today.', 'I', 'A', false, [PM]),
  note(MN, 'b6-rural-mn-12', 'Called Tri-Valley rural transit 3/19 to set up rides for client to Crookston on class days.', 'T', 'O', false, [TP, PM]),
  note(MN, 'b6-rural-mn-13', 'Resume workshop at the Roseau library 3/20, 5 attended. Afterwards client stayed 15 min and showed me his 2 job offers (Polaris assembler $19.25, Marvin $18). He will take Polaris, starts 3/30. ISS updated.', 'I', 'P', true, []),
  note(MN, 'b6-rural-mn-14', 'Met with client at the Mahnomen County building (Thursday outstation). WEX at the county highway dept going well, 64 hrs in Feb, supervisor signed timesheets. ISS reviewed.', 'I', 'P', true, [DM], { noDateField: true }),
  note(MN, 'b6-rural-mn-15', 'Video appt 3/25 from the CareerForce virtual booth at the Warroad library: client never logged in. Library staff said she had not come in today.', 'T', 'P', false, [UA]),
  // Seen, not spoken with: a wave at a gas pump is no exchange.
  note(MN, 'b6-rural-mn-16', 'Circuit day 3/27: Greenbush, Middle River, Newfolden. Saw client pumping gas at the Cenex in Greenbush on the way through and waved; didn\'t get a chance to talk before she pulled out.', 'I', 'P', false, [NS]),
];
