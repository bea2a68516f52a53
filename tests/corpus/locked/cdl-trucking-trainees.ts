/**
 * CDL school trainees and new drivers on the road (locked split, batch 5: scored, aggregates only): range hours,
 * pre-trip and backing, skills tests, carriers' student-driver programs, calls from truck stops on a 10-hour
 * break, dropped calls in dead zones, dispatchers and fleet managers, school instructors texting results, drivers
 * texting pictures of their new CDL. A call that drops before anyone talks is an attempt; a voicemail from a truck
 * stop is a message left, whatever news it carries. A dispatcher or fleet manager at the driver's carrier is the
 * employer (provider); a recruiter at a carrier he only applied to is someone else.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { note, MO, MN, PM, JM, UA, RP, TP, DM, type LabelledNote } from '../types';

export const STYLE = 'cdl-trucking-trainees';
export const BATCH = 5;

export const NOTES: LabelledNote[] = [
  note(MO, 'b5-cdl-mo-01', "TC w/ cust 2/9/26. Wk 2 of 4 at Show-Me CDL Academy (Joplin). Passed the pre-trip walkaround check; backing is rough - failed offset backing twice. Range hrs 18 of 40. Cont ITA per IEP; skills test target 3/2.", 'T', 'P', true, []),
  note(MO, 'b5-cdl-mo-02', "Instructor Wade (Show-Me CDL) called 2/16: cust has missed 2 range days, now at 22 of 40 hrs. Wade is worried he'll get dropped if he misses again.", 'T', 'V', false, [TP, JM]),
  note(MO, 'b5-cdl-mo-03', "Texted cust 2/16 after Wade's call: \"hey Tyrell, Wade says u missed range Thu/Fri, everything ok?\" No reply.", 'E', 'P', false, [RP]),
  note(MO, 'b5-cdl-mo-04', "2/17 cust called from his cousin's phone - car broke down (alternator), no ride to the range in Carl Junction. CM approved SS for car repair, est. $380. He will make up range hrs Sat. Cont ITA per IEP.", 'T', 'P', true, []),
  note(MO, 'b5-cdl-mo-05', "CDL skills test 3/2 - per the school's text to CM 3/2, cust PASSED, Class A with air brakes, no restrictions.", 'E', 'V', false, [TP, JM]),
  // The customer's own text with his new CDL is his written word on his progress; CM's question after it is unanswered.
  note(MO, 'b5-cdl-mo-06', "Cust texted CM 3/4 a pic of his new CDL-A. Texted back congrats + \"what carriers are u looking at?\" - no answer yet.", 'E', 'P', true, [JM]),
  note(MO, 'b5-cdl-mo-07', "Call from Prime Inc. driver hiring 3/20: cust hired into their PSD (student driver) program, orientation 3/23 in Springfield.", 'T', 'V', false, [TP, JM]),
  note(MO, 'b5-cdl-mo-08', "3/30 TC to cust - he's in the truck w/ his trainer somewhere in OK. Call dropped after \"hello? hello?\", called back twice, straight to VM.", 'T', 'P', false, [UA]),
  // A voicemail is a message left, whatever it says (MO §2.2).
  note(MO, 'b5-cdl-mo-09', "4/2 VM from cust (called from the Petro in Effingham IL at 6:10 am): \"doing good, 8,000 miles w/ my trainer, upgrade test next week, call me back\"", 'T', 'P', false, [UA]),
  note(MO, 'b5-cdl-mo-10', "4/3 TC cust, got him at 7:40 pm parked at the Love's in Joplin on his 34-hr reset. Passed the Prime upgrade road test 4/1 - solo now, 62 cpm. Still needs the $250 DOT physical reimbursement - approved. Continue WIOA through retention per IEP.", 'T', 'P', true, []),
  note(MO, 'b5-cdl-mo-11', "Text thread 5/14:\nCM: monthly check - how's driving solo?\nCust: good, did 2,900 mi last wk, home time this weekend\nCM: nice. remember paystubs for May\nCust: 👍", 'E', 'P', true, [JM]),
  note(MO, 'b5-cdl-mo-12', "Prime fleet manager (Kelly) e-mailed 6/1: cust's truck was in an accident in TX 5/30, minor, no injuries. Nothing else on his status.", 'E', 'V', false, [TP, PM, JM]),
  note(MO, 'b5-cdl-mo-13', "Called cust 6/2 four times 8a-5p, all VM. Texted at 5:15 pm.", 'T', 'P', false, [UA, RP]),
  note(MO, 'b5-cdl-mo-14', "6/9 cust stopped in at the job center (in his own car). Says Prime let him go 6/5 after the accident review (ruled preventable). He has applied for local/regional jobs at Schneider, FedEx Freight and Tyson. Needs a resume that shows the CDL and his 4 months OTR. Cont job search under WIOA DW per IEP.", 'I', 'P', true, []),
  note(MO, 'b5-cdl-mo-16', "7/21/26 TC - cust called CM at 6:45 pm from the TA truck stop in Oklahoma City (hauling for Tyson now, regional out of Monett, hired 6/30). He was on his 30-min break so we kept it to 15 min. Tyson put him through their 2-week finishing program, he passed the road evaluation 7/14 and is running solo refrigerated loads, 2,400-2,600 mi/wk, home 2 nights a week. Pay $0.61/mi + $50 per extra stop; his first full settlement was $1,412. He says the pre-plan and trip planning were hard at first, the dispatcher (Marcus) 'has been patient'. He has not had any logs violations. He still owes his CDL school the $150 retest fee from March - CM will check whether ITA can cover it since it was part of the program. Wants to know about getting his tanker endorsement later this year. Continue WIOA DW for retention per IEP; paystubs for July to be texted to CM for the employment verification; next CMC in September.", 'T', 'P', true, []),
  note(MO, 'b5-cdl-mo-15', "Called Schneider's recruiter 6/12 to check on cust's application - they don't discuss applicants without a release.", 'T', 'O', false, [TP, PM, JM]),

  note(MN, 'b5-cdl-mn-01', "1/12 OV - client started CDL-A at Northland CTC (TRF) 1/8. Permit passed 12/30. 8 wk program; he says classroom is easy, worried about doing pre-trip in the cold. ISS reviewed.", 'I', 'P', true, []),
  note(MN, 'b5-cdl-mn-02', "1/26 text to client: \"How's week 3?\" (Delivered)", 'E', 'P', false, [RP]),
  note(MN, 'b5-cdl-mn-03', "1/27 instructor Jeff (Northland) e-mail: client has 100% attendance and is 2nd in the class on backing. No concerns.", 'E', 'V', false, []),
  note(MN, 'b5-cdl-mn-04', "2/9 client called from the range on his break (5 min): passed his in-cab air brake check, road driving starts next wk. Record reviewed.", 'T', 'P', true, []),
  // The girlfriend's call connected (alternate); the call to the client did not.
  note(MN, 'b5-cdl-mn-05', "2/23 client's girlfriend called: his pickup broke down, he can't get to Northland this week. She asked if WIOA can help. Called client, voicemail full.", 'T', 'A', false, [UA]),
  note(MN, 'b5-cdl-mn-06', "2/24 client called back: CM approved car repair SS ($612, Dakota Tire). He missed 2 days; Jeff allows makeup Sat. Updated WF1 supportive services.", 'T', 'P', true, []),
  note(MN, 'b5-cdl-mn-07', "3/6 skills test at Northland (3rd-party tester). Per Jeff's text to CM: client passed pre-trip and backing, failed the road test on a right turn (hit the curb). Retest 3/13.", 'E', 'V', false, []),
  note(MN, 'b5-cdl-mn-08', "3/13 texted client good luck 7:15 am. Client texted back at 11:50: \"PASSED!!! getting my license at DVS tmrw\"", 'E', 'P', true, []),
  note(MN, 'b5-cdl-mn-09', "3/30 called client at both #s on file, NA x2, no VM. Called his mom (alt contact on ISS): he is at orientation at Dakota Line in Fargo all week, she doesn't know more.", 'T', 'A', false, [UA]),
  note(MN, 'b5-cdl-mn-10', "4/14 client called from a truck stop in Glendive MT on his 10-hr break. Hired by Dakota Line 3/30, regional, $0.58/mi, home every weekend. Likes it. Closing training activity, adding employment in WF1.", 'T', 'P', true, []),
  note(MN, 'b5-cdl-mn-11', "5/12 monthly contact - texted 9 am and 3 pm. Nothing back.", 'E', 'P', false, [RP]),
  // Still running loads for the carrier: employment confirmed by the employer.
  note(MN, 'b5-cdl-mn-12', "5/13 Dakota Line dispatcher (Ron) returned CM's call: client is on a run to Spokane, \"one of our good ones\", should be home Friday.", 'T', 'V', false, []),
  note(MN, 'b5-cdl-mn-13', "5/16 client called Fri from home. 1st month done, about 9,400 miles, no incidents, first full paycheck $1,480 gross for the week. He wants info on a hazmat endorsement. Reviewed ISS.", 'T', 'P', true, []),
  note(MN, 'b5-cdl-mn-14', "6/10 text from unknown # 218-555-0133: \"this is Brandons brother, he lost his phone, use this # for now\"", 'E', 'A', false, [PM]),
  // Two providers with plenty to say; the client himself was not reached.
  note(MN, 'b5-cdl-mn-16', "Verification 8/4. Dakota Line safety dept (Carla) called back re: the employment verification I faxed 7/28 - confirmed client hired 3/30, CDL-A regional driver, avg 52 hrs/wk over the last 8 wks, $0.58/mi plus $0.02 safety bonus since July, clean roadside inspection 7/19, no accidents. She says he's on the dedicated Walmart lane next month. Also got e-mail from Northland (Jeff) with client's final CDL program transcript: 160 clock hrs, all modules passed, completed 3/13. Both placed in file. Monthly contact with client still needed - he is on the road until Thurs.", 'T', 'V', false, []),
  note(MN, 'b5-cdl-mn-15', "Called client on the new #, talked ~10 min. He is driving a dedicated Walmart route out of Grand Forks now, $1,350/wk, home nightly. Reviewed record.", 'T', 'P', true, [DM], { noDateField: true }),
];
