/**
 * Street outreach with people who have no housing (locked split, batch 8: scored and floored, aggregates only):
 * the workforce case manager rides along with a shelter's or a city's street-outreach team, so notes read like an
 * outreach log: shift and spot first ("SO shift", "camp behind the Kum & Go", "warming spot"), HMIS and VI-SPDAT,
 * encampment sweeps, drop-in centres, borrowed phones, outreach workers (OW) and drop-in staff passing things on,
 * "not found at usual spot", a note or a card left on a tent.
 * Labels come from the policies and the definition of a qualifying contact, written before the checker ever ran
 * on them. A call from a borrowed phone is the participant's own call; a camp where nobody answered, a card left
 * with another camper, an outreach worker's or drop-in staff's report, another team's HMIS entry are not the
 * writer's contact with the participant. Those other agencies' workers are neither training provider nor listed
 * alternate: "other".
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'outreach-street-team';
export const BATCH = 8;

export const NOTES: LabelledNote[] = [
  note(MO, 'outreach-street-team-mo-001', `SO shift 11/3 w/ Harmony House outreach. Found cust at the camp behind the Kum & Go on Glenstone. Talked ~15 min by his tent. He's still going to the forklift cert class at OTC 3 days/wk, missed Mon b/c his bike got stolen. Gave bus passes for rest of Nov. Cont OST per IEP, class ends 12/12.`, 'I', 'P', true, []),
  // A card left with another camper is a message left with someone else; what the camper says is his.
  note(MO, 'outreach-street-team-mo-002', `Checked usual spot (under Chestnut Expwy overpass) 11/4 0700. Cust's tent gone, area cleared by city 11/2 per posted signs. NOT LOCATED. Left card w/ another camper (Rick) who said he'd seen him at the Gathering Tree.`, 'I', 'P', false, [UA]),
  note(MO, 'outreach-street-team-mo-003', `Cust called 11/5 from a borrowed phone (417-555-0148, not his). Says he got hired at the Prime Trucking wash bay, starts Mon, 32 hrs/wk, $15/hr. Needs steel toes - will issue voucher. Remains in job search/WEX per IEP until start date.`, 'T', 'P', true, []),
  // The outreach worker's impression is no progress in the enrolled activity, and she is someone else entirely.
  note(MO, 'outreach-street-team-mo-004', `Per Harmony House OW Dana (by phone 11/6): she saw cust at the meal site last night, he "looked good" and was in line for dinner. I have not spoken to cust myself since 10/28.`, 'T', 'O', false, [TP, PM, JM]),
  note(MO, 'outreach-street-team-mo-005', `Stopped at the Gathering Tree drop-in 11/9 10-12. Cust was not there; staff said he hasn't been in since Thurs. Left msg on there board for him to call me.`, 'I', 'P', false, [UA]),
  note(MO, 'outreach-street-team-mo-006', `Met cust at Gathering Tree drop-in 11/10, sat down in the back room. He showed me the OSHA-10 card he finished 11/7 (all module tests passed). Still sleeping at the camp, on the waitlist for Rapid Rehousing. Plan: forklift practical 11/17; cont OST per IEP.`, 'I', 'P', true, []),
  // Looking for him at an event and not finding him is an attempt, like a home visit with no one home.
  note(MO, 'outreach-street-team-mo-007', `Outreach team resource fair / hot meal at the Jordan Creek camp 11/12, I had a WIOA table. 14 people came by the table (sign-in sheet attached). Cust's name not on the sheet; a couple campers said he may have been in the food line. Did not see cust.`, 'I', 'P', false, [UA]),
  // He wrote first with news, and the note shows the exchange; a message from him that carries news counts.
  note(MO, 'outreach-street-team-mo-008', `Cust sent me a FB message 11/13 from the library computer: "got the job at prime, start monday 6am, still need boots". Replied congrats and that the boot voucher is at the front desk. Cont job retention support per IEP.`, 'E', 'P', true, []),
  note(MO, 'outreach-street-team-mo-009', `Plan: go out w/ SO team Thurs 11/19 AM to the creek camp to find cust, bring class schedule + bus passes.`, '-', 'P', false, [CT]),
  note(MO, 'outreach-street-team-mo-010', `OW Marcus handed cust his phone at the camp 11/18 and cust and I talked about 10 min. He's been missing class since the sweep (lost his stuff), wants to keep going. Worked out the Tue/Thu section instead, instructer ok'd the switch. Cont OST per IEP.`, 'T', 'P', true, []),
  note(MO, 'outreach-street-team-mo-011', `PIT street count 11/19 night - saw cust across the lot at the Rescue Mission smoking area but he left before I could get over there. Didn't talk.`, 'I', 'P', false, [UA]),
  // The sister is the listed alternate; attendance, a passed test with its score and the next step are substantive.
  note(MO, 'outreach-street-team-mo-012', `Cust's sister (listed alt contact) called me 11/20. He's staying on her couch this week, has gone to class every day, passed the forklift written test 11/19 w/ 88%, practical is 11/24. Cust was at class during the call. Cont OST per IEP.`, 'T', 'A', true, []),
  note(MO, 'outreach-street-team-mo-013', `OV 11/23 - cust came to the AJC (walked from the camp). forklift practical passed, cert issued. job search next. cont per IEP`, 'I', 'P', true, []),
  note(MO, 'outreach-street-team-mo-014', `HMIS shows cust completed VI-SPDAT w/ Harmony House CM 11/24 (score 9), referred for PSH. No contact w/ me.`, '-', '-', false, [CT]),
  // The text reached whoever has that phone now: a wrong number.
  note(MO, 'outreach-street-team-mo-015', `Texted the number cust called from on 11/5 (417-555-0148) on 11/25 asking him to check in. Owner of the phone texted back "this isnt his phone anymore".`, 'E', 'P', false, [UA]),
  note(MO, 'outreach-street-team-mo-016', `Talked w/ cust at camp 11/30, he's ok. Gave socks + hand warmers.`, 'I', 'P', true, [PM, JM, NS]),
  // A long shift: other campers, another outreach worker's talk with him, a glimpse across the lot, a message left with drop-in staff. The writer never talked with him.
  note(MO, 'outreach-street-team-mo-017', `SO SHIFT NOTE 12/3/26 0600-1030 (w/ Harmony House team: Dana, Marcus)\nRoute: Chestnut Expwy overpass > Jordan Creek camp > rail yard > Gathering Tree.\nOverpass: 4 tents, 2 new folks, gave out hand warmers and 2 WIOA flyers. Cust's old spot is empty, city sweep notice posted 11/30. Guy in the blue tent (calls himself Tex) said cust "moved down by the creek with his girl."\nJordan Creek: about 9 people up. Marcus talked with cust for a while by the fire barrel while I was at the van doing a VI-SPDAT with someone else. Per Marcus, cust said he quit going to the forklift class because he has no way to charge his phone for the class app and "the cold is kicking my butt." By the time I got over there cust had walked off toward the Kum & Go.\nRail yard: nobody.\nGathering Tree: cust not there. Left a note with the front desk (Shay) asking him to call me or come to the AJC Thurs, and dropped off a phone charger for him.\nFollow-up: call OTC instructor re: attendance; look into a solar charger through supportive services.`, 'I', 'P', false, [UA]),

  note(MN, 'outreach-street-team-mn-001', `Street outreach 11/2 w/ Bemidji street team. Found client at the warming spot by the Paul Bunyan lot, talked in the van ~20 min. He is still in the Northwest Tech welding night class (made all 4 sessions last wk), sleeping at Village of Hope overflow. ISS reviewed, no changes.`, 'I', 'P', true, []),
  note(MN, 'outreach-street-team-mn-002', `Went to usual spot behind the Cenex on 2nd St 11/4, client not found. Other folks there hadn't seen him in 3 days. Will check the Peoples Church meal Thurs.`, 'I', 'P', false, [UA]),
  note(MN, 'outreach-street-team-mn-003', `Client called 11/5 from the drop-in center phone, said he's doing fine.`, 'T', 'P', true, [PM, NS]),
  // Drop-in staff's report: recorded (Policy 6), never the client's own contact. No date anywhere and no date field.
  note(MN, 'outreach-street-team-mn-004', `Drop-in center staff (Tia) called: client was in this AM, showered, and used the computer to apply at Walmart and Menards. She gave him my number again.`, 'T', 'O', false, [DM], { noDateField: true }),
  note(MN, 'outreach-street-team-mn-005', `Msg slip from front desk 11/9: "Jamie called from a friend's phone, 218-555-0122, call back." Called that # 11/9 2pm, friend said Jamie already left.`, 'T', 'P', false, [UA]),
  note(MN, 'outreach-street-team-mn-006', `11/10 outreach - met client at the library (his daytime spot). He showed me the Walmart offer letter: overnight stocker, 30 hrs/wk, $17.25, starts 11/16. Talked through boots and a bus pass. Still doing welding Tue/Thu nights, may drop to one night. Updated ISS.`, 'I', 'P', true, []),
  // Another team's contact, told through their HMIS entry; how it was made is theirs.
  note(MN, 'outreach-street-team-mn-007', `Outreach team (not me) made contact w/ client 11/12 at the camp along the Mississippi; per their HMIS note he is "engaged, declined shelter."`, '-', 'O', false, [CT]),
  note(MN, 'outreach-street-team-mn-008', `Encampment visit 11/13 - client's tent there, zipped up, no response when I called out. Left a note + granola bar on the tent.`, 'I', 'P', false, [UA]),
  note(MN, 'outreach-street-team-mn-009', `Text to client's new phone (Lifeline phone, got it 11/12) on 11/16: "Hi its Kari from the WFC, how was first shift?" No reply yet.`, 'E', 'P', false, [RP]),
  note(MN, 'outreach-street-team-mn-010', `Client texted back 11/17: "first shift was good, tired lol, supervisor said im fast". Then we talked on the phone for 5 min - working 10p-6a Sun-Wed, dropping welding for now, wants to restart in Jan. Updated WF1 activities.`, 'T', 'P', true, []),
  // Signed in, then gone before the session: nobody talked with him. Not an attempt of the writer's either.
  note(MN, 'outreach-street-team-mn-011', `Job club at the Peoples Church drop-in 11/19, 6 attended (sign-in sheet in file). Client signed in at 5:50 but was gone by the time I got to the room.`, 'I', 'P', false, []),
  // Hospital admission is news about him, not progress in the enrolled activity.
  note(MN, 'outreach-street-team-mn-012', `11/23 Outreach worker Luis called, client is in the ER at Sanford Bemidji (frostbite on his toes), will be admitted. Luis will update.`, 'T', 'O', false, [PM]),
  note(MN, 'outreach-street-team-mn-013', `Hospital visit 11/25, Sanford 3rd floor. Client awake, we talked. Toes ok, no amputation. Walmart is holding his job til 12/7 per his supervisor (he showed me the text). Discharge to Village of Hope 11/27.`, 'I', 'P', true, []),
  note(MN, 'outreach-street-team-mn-014', `Called Walmart HR 11/26 to confirm the job hold, got their VM, left msg.`, 'T', 'V', false, [UA]),
  note(MN, 'outreach-street-team-mn-015', `Borrowed phone: client called 11/30 from the Village of Hope office (staff dialed for him). Back at work 12/1, 3 nights/wk to start. Still wants welding in Jan.`, 'T', 'P', true, []),
  note(MN, 'outreach-street-team-mn-016', `Client's name is on the Harbor drop-in sign-in sheet for 11/28 (staff send the sheets weekly). I was not there.`, '-', 'P', false, [CT]),
  // A long drop-in visit: staff talk first, then the writer sits down with the client himself.
  note(MN, 'outreach-street-team-mn-017', `12/8 Harbor drop-in, 9:30-11:30. Staff (Tia) said client has been in every morning this week and she thought he looked tired. Waited in the day room. Client came in at 10:15 off the night shift and we sat at the back table about half an hour. He's still at Walmart overnight stocker, 3 nights/wk since 12/1, wants 4; his supervisor told him to ask after the holidays. Sleeping at Village of Hope, bed held because he's working. Feet healed, he showed me, still wears the boots we bought. Wants to restart welding in January but is worried he can't do class after a night shift. Talked through the Saturday section at Northwest Tech and I'll check if there's room. He asked about a bus pass for Sundays (route 4 doesn't run early enough), gave him 2 day passes. Reviewed ISS: employment + training goal, no change to activities in WF1 yet.\nNext: call Northwest Tech re: Sat welding; see him here 12/15.`, 'I', 'P', true, []),
];
