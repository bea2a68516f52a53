/**
 * Participants co-enrolled with Vocational Rehabilitation and disability services: VR counselors, job coaches from
 * community rehabilitation providers, group-home staff, accommodations (captioning, screen readers, AAC devices,
 * adjusted benches), three-way meetings (locked split, batch 2: scored, aggregates only). A VR counselor, a job
 * coach and group-home staff are another agency's workers ("other"): their reports are recorded but never the
 * participant's contact; a worksite supervisor or an instructor is the activity provider.
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written blind:
 * before the checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'vr-coenrolled';
export const BATCH = 2;

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'vr-coenrolled-mo-001', "Three-way meeting 3/3 at the VR office with customer, her VR counselor and this CM. Customer has finished 8 of 12 weeks of the pharmacy tech program at State Tech with an 88% average; VR bought her screen reader software and the college approved extended test time as her accommodation. Continue ITA per IEP; next contact 4/3.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'vr-coenrolled-mo-002', "TC 3/5 with customer's VR counselor, Ms. Hale. She reports customer passed his first two CDL modules and has attended every session. I have not spoken with customer this month.", 'T', 'O', false, ['third-party-insufficient', 'justification-missing']),
  note('mo-dwd-toolbox', 'vr-coenrolled-mo-003', "Worksite visit 3/7 at Schnucks with customer and his job coach from the Arc. Customer is bagging and stocking 20 hrs/wk; his supervisor says his speed improved once the job coach set up a picture checklist. Customer told me he likes the morning shift and wants more hours. 60 of 200 WEX hours done; continue WEX per IEP.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'vr-coenrolled-mo-004', "Job coach (community rehab provider) called 3/10 to say customer had 'a good week.'", 'T', 'O', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'vr-coenrolled-mo-005', "E-mailed customer 3/11 (she prefers e-mail because of her hearing loss) asking how classes are going. She replied 3/12: passed the medical terminology midterm with a 91, and the college disability office set up CART captioning for her lectures. Continue ITA per IEP; next e-mail check-in 4/11.", 'E', 'P', true, []),
  note('mo-dwd-toolbox', 'vr-coenrolled-mo-006', "E-mailed customer 3/13 the accommodation request form for the Certiport exam. No reply as of 3/20.", 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'vr-coenrolled-mo-007', "Customer is nonverbal and uses an AAC device, so he does not take phone calls; called his mother, the alternate contact on his application, 3/14. Mother reports he worked 32 hours at the Goodwill WEX this month with his job coach, and the supervisor signed him off on the sorting station and on register training. Continue WEX per IEP.", 'T', 'A', true, []),
  note('mo-dwd-toolbox', 'vr-coenrolled-mo-008', "TC with customer 3/17; he asked whether VR or WIOA will pay for his work boots. Told him VR will cover them.", 'T', 'P', true, ['progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'vr-coenrolled-mo-009', "Received VR's case closure letter 3/19: VR closed customer's case as 'unable to locate.' Letter scanned to the file.", 'L', 'O', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'vr-coenrolled-mo-010', "Called customer 3/20, NA, mailbox full. Called his VR counselor to see if she has a newer number; left a message.", 'T', 'O', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'vr-coenrolled-mo-011', "Customer came in 3/24 with her ASL interpreter (provided by VR). She has worked at the library OJT 32 hrs/wk since 2/10 and her wage went up to $15.25 after the 6-week review. Continue OJT per IEP through 5/30; next OV 4/24.", 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'vr-coenrolled-mo-012', "Customer texted 3/26: 'can u call me about the bus pass'. Called her back 3/26 at 2:15, no answer.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'vr-coenrolled-mo-013', "TC 3/28 with Dave Kline, customer's supervisor at the Ozark Tool OJT. Customer has worked all 160 scheduled hours this month, uses the height-adjustable bench VR provided, and passed the forklift certification 3/21. Continue OJT per IEP through June.", 'T', 'V', true, []),
  note('mn-wf1', 'vr-coenrolled-mn-001', "Monthly phone contact 2/4 with client (he uses a captioned phone). He finished his first month of the warehouse certificate class with perfect attendance; the instructor lets him wear noise-canceling headphones during tests. ISS reviewed.", 'T', 'P', true, []),
  note('mn-wf1', 'vr-coenrolled-mn-002', "VR counselor e-mailed 2/6: client started supported employment at the Sanford laundry 2/3, 16 hrs/wk, with a job coach for the first 4 weeks.", 'E', 'O', false, []),
  note('mn-wf1', 'vr-coenrolled-mn-003', "Job coach left me a voicemail 2/10 that client has learned the dish machine and now works on her own 3 of her 4 shifts.", 'T', 'O', false, []),
  note('mn-wf1', 'vr-coenrolled-mn-004', "Called client 2/12 at 10 a.m. and again at 1:30 p.m.; the line was busy both times. Will try her group home staff.", 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'vr-coenrolled-mn-005', "Spoke with staff at client's group home 2/13. Staff said client was at her day program and would not give any other information without a signed release.", 'T', 'O', false, ['progress-missing']),
  note('mn-wf1', 'vr-coenrolled-mn-006', "Joint meeting 2/18 with client and his VR counselor at the WorkForce Center. Client completed the Microsoft Office class and passed the Word and Excel certification exams; VR will fund a job coach for placement. ISS and WF1 updated to job search.", 'I', 'P', true, []),
  note('mn-wf1', 'vr-coenrolled-mn-007', "Video visit 2/20 on Teams with client (he prefers video with captions on). He has applied to 6 jobs since our last contact and has an interview with the county 2/25. ISS reviewed.", 'T', 'P', true, []),
  note('mn-wf1', 'vr-coenrolled-mn-008', "Monthly contact letter mailed 2/3 came back 2/21: return to sender, no forwarding address.", 'L', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'vr-coenrolled-mn-009', "Client called 2/24 at 9:05 a.m. She said her VR counselor told her she cannot start training until the VR assessment is done, and she is upset. Explained how the two programs work together. She is still going to the ABE class 3 mornings a week.", 'T', 'P', true, []),
  note('mn-wf1', 'vr-coenrolled-mn-010', "Client did not show for the 2/26 meeting; his job coach came alone and said he overslept. Coach said he has missed two shifts at the hotel this month.", 'I', 'O', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'vr-coenrolled-mn-011', "Next monthly contact set for 3/4 at 11:00 at the VR office with client and his counselor.", '-', '-', false, []),
  note('mn-wf1', 'vr-coenrolled-mn-012', "Phone contact w/ client 2/28. Touched base, no changes.", 'T', 'P', true, ['progress-missing', 'not-substantive']),
];
