/**
 * Seasonal agricultural workers between harvests and training: sugar beet piling and potato warehouses in the
 * Red River Valley, rice dryers, cotton gins and sweet potato crews in the Missouri Bootheel; field and bunkhouse
 * visits, crew leaders and farm offices, planned gaps, seasonal layoffs and UI, P.O. boxes and shared phones
 * (fresh split: new voices, scored and listed but not floored yet). Labels come from the policies and the
 * definition of a qualifying contact in ARCHITECTURE.md, written before the checker ever ran on them.
 * An OJT supervisor on the farm is the activity provider; a wife, a mother or a roommate on the phone is an
 * alternate contact or a message left; a visit that finds the participant asleep or moved is an attempt.
 */
import { MO, MN, PM, JM, NS, UA, RP, TP, CT, DM, note, type LabelledNote } from '../types';

export const STYLE = 'seasonal-farmworker';

export const NOTES: LabelledNote[] = [
  note(MO, 'seasonal-farmworker-mo-001', 'Field visit 9/15 at the Riceland dryer in Dexter. Talked with customer on his break: he is working 60 hrs/wk for harvest as a grain cart driver, $16/hr, through late October, and will start the CDL-A class at Three Rivers 11/3 once harvest ends. Continue ITA enrollment for the 11/3 start per IEP; TC 10/20.', 'I', 'P', true, []),
  note(MO, 'seasonal-farmworker-mo-002', 'Drove to the cotton gin at Portageville 9/22 to meet customer as agreed; the crew leader said customer was moved to the Hayti gin this week. Did not see customer.', 'I', 'P', false, [UA]),
  note(MO, 'seasonal-farmworker-mo-003', 'TC w/ OJT supervisor (Ramon, Delta Farms) 10/1: customer works 6 days a week on the sweet potato crew, has not missed a day since 8/25, and was made lead on the washing line at $15.50/hr. OJT continues per contract through 10/31 per IEP.', 'T', 'V', true, []),
  note(MO, 'seasonal-farmworker-mo-004', 'Customer called 10/6 from the field; the call dropped after 10 seconds. CM called back twice, no answer.', 'T', 'P', false, [UA]),
  note(MO, 'seasonal-farmworker-mo-005', 'Planned gap in service: customer working harvest through 11/7; CDL training starts 1/12. Planned gap entered in Toolbox per local procedure.', '-', '-', false, [CT]),
  note(MO, 'seasonal-farmworker-mo-006', 'Letter in English and Spanish mailed 11/10 to customer\'s P.O. Box in Kennett re: 90-day contact.', 'L', 'P', false, [RP]),
  note(MO, 'seasonal-farmworker-mo-007', 'Customer came in 11/18 after the letter. Harvest ended 11/7; he drew UI for 1 week and applied at the Kennett Walmart DC and at Bootheel Ag Supply. Still plans the CDL class 1/12; ITA approved, needs a DOT physical in December. Continue services per IEP; TC 12/15.', 'I', 'P', true, []),
  note(MO, 'seasonal-farmworker-mo-008', 'TC w/ customer 12/15. Good.', 'T', 'P', true, [PM, JM, NS]),
  note(MO, 'seasonal-farmworker-mo-009', 'Called customer 12/29; his wife answered. Customer went to Texas for the citrus harvest and will be back before 1/12, she thinks. She does not know his hours or pay.', 'T', 'A', false, [UA, TP, JM]),
  note(MO, 'seasonal-farmworker-mo-010', 'CDL instructor at Three Rivers e-mailed 1/13: customer is not on the roster and did not come to the first class 1/12.', 'E', 'V', false, [TP, JM]),
  note(MO, 'seasonal-farmworker-mo-011', 'Customer walked in 1/20: he got back from Texas 1/15 and missed the CDL start; Three Rivers can put him in the 2/9 class. ITA moved to the 2/9 start per IEP. Meanwhile he works part time at Bootheel Ag Supply (20 hrs, $14). TC 2/10.', 'I', 'P', true, []),
  note(MO, 'seasonal-farmworker-mo-012', 'Left message with the Delta Farms office 2/3 for customer to call CM (he has no phone now).', 'T', 'P', false, [UA]),
  note(MN, 'seasonal-farmworker-mn-001', 'Monthly contact in person 9/8 at the American Crystal Sugar piling site near Crookston. Client is on the pre-pile crew, 12-hr shifts, $19/hr plus harvest bonus; full harvest starts 10/1. He still plans to start Diesel Tech at NCTC in January. ISS reviewed; planned gap noted.', 'I', 'P', true, []),
  note(MN, 'seasonal-farmworker-mn-002', 'Went to the piling site 10/6 for the October contact; client works nights and was asleep in the bunkhouse. Did not wake him.', 'I', 'P', false, [UA]),
  note(MN, 'seasonal-farmworker-mn-003', 'Texted client 10/7: "Sorry I missed you, call when you can." Client texted back 10/9: "harvest going good, 84 hrs last week, done around 10/25." ISS reviewed.', 'E', 'P', true, []),
  note(MN, 'seasonal-farmworker-mn-004', 'Client\'s mother called 11/3: client is done with harvest and laid off until spring; he wants to know about the January class.', 'T', 'A', false, []),
  note(MN, 'seasonal-farmworker-mn-005', 'Called client 11/4, no answer; voicemail not set up.', 'T', 'P', false, [UA]),
  note(MN, 'seasonal-farmworker-mn-006', 'Client came in 11/12. Laid off from American Crystal 10/28 (seasonal); filed UI. Completed the NCTC Diesel Tech application and financial aid; start 1/13. ISS updated with the training plan.', 'I', 'P', true, []),
  note(MN, 'seasonal-farmworker-mn-007', 'Monthly contact letter mailed 12/1 to client\'s rural route address in Euclid.', 'L', 'P', false, [RP]),
  note(MN, 'seasonal-farmworker-mn-008', 'Client called 12/8 in response to the letter - fine, nothing new, will see him in January.', 'T', 'P', true, [PM, NS]),
  note(MN, 'seasonal-farmworker-mn-009', 'January contact: NCTC Diesel instructor e-mailed 1/27 that client has attended every day since 1/13 and passed the shop safety test.', 'E', 'V', false, []),
  note(MN, 'seasonal-farmworker-mn-010', 'Client texted 2/2 "what day is the book voucher?" CM replied "Monday 2/9 at 10." No further reply.', 'E', 'P', false, [RP]),
  note(MN, 'seasonal-farmworker-mn-011', 'February contact: met client at NCTC 2/9 to give him the book voucher. He has a B in Diesel Engines I and an A in Shop Safety, no absences, and works weekends at a potato warehouse in East Grand Forks. ISS and WF1 reviewed.', 'I', 'P', true, []),
  note(MN, 'seasonal-farmworker-mn-012', 'Talked to client by phone - potato warehouse job ended, still in school, B average.', 'T', 'P', true, [DM], { noDateField: true }),
  note(MN, 'seasonal-farmworker-mn-013', 'Called client 3/9; his roommate answered and said client is at school until 4. Left message.', 'T', 'P', false, [UA]),
];
