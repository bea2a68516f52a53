/**
 * Service checklists and neutral noise: "NA" meaning not applicable next to "NA" meaning no answer, addresses and
 * phone numbers inside non-contacts, file and record reviews, pointer notes, the participant's own unanswered
 * calls to other offices and someone else's "no answer" (fresh split: new voices, scored and listed but not
 * floored yet). Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md,
 * written before any tuning.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'checklist-noise';

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'checklist-noise-mo-001', 'TC w/ cust 7/8.\nServices this period: Transportation - gas card issued. Childcare - NA. Books - NA. Tools - NA.\nProgress: Cust in week 9 of 16 of the pre-apprentice electrical class at the IBEW Local 124 training center; attendance 100%, quiz avg 87.\nJustification: continue ITA per IEP through 9/26.\nNext TC 8/8.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'checklist-noise-mo-002', 'Emailed customer 7/10 asking for an update on job search. Address verified. Phone 417-555-0133.', 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'checklist-noise-mo-003', 'OV 7/14. Cust says she has called the OTC financial aid office 4 times this week and gets no answer; her Pell is on hold. CM gave her the name of the FA director. She is attending all classes in the Dental Assisting program, B average. Continue ITA per IEP; CM will call FA 7/16.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'checklist-noise-mo-004', 'File reviewed. Cust\'s address on file: 1420 W. Main St, Jefferson City, MO 65109. Phone (573) 555-0142. No changes.', '-', 'P', false, ['contact-type-missing']),
  note('mo-dwd-toolbox', 'checklist-noise-mo-005', 'Case note - see CMC entered 7/20 for this contact.', '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'checklist-noise-mo-006', 'Called cust 7/22 - NA. Mailing address verified in Toolbox: 305 Elm, Sedalia MO 65301.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'checklist-noise-mo-007', 'Cust called CM 7/25. She said the childcare center tried to call her twice and left voicemails but she has not called them back yet. She is attending the CNA course daily and passed the second skills check-off. Continue ITA and childcare support per IEP; CM will follow up 8/1.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'checklist-noise-mo-008', 'Reviewed cust\'s IEP and ITA balance ($2,140 remaining). No contact this week.', '-', 'P', false, ['contact-type-missing']),
  note('mo-dwd-toolbox', 'checklist-noise-mo-009', 'Services: Transp NA, Childcare NA, Tuition ITA, Other NA. TC attempted 8/2 - NA, LM.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'checklist-noise-mo-010', 'Met with cust at the job center 8/5. Address and phone verified. Cust completed the 8-week Microsoft Office Specialist course at SFCC 7/31 and passed the Word and Excel exams (Excel 812). Now searching for admin jobs, 3 applications. Continue job search services per IEP; next contact 9/5.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'checklist-noise-mo-011', 'Per cust\'s voicemail of 8/9 (left after hours), she "passed the road test." CM called back 8/10, line busy, and again 8/11, no answer.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'checklist-noise-mo-012', 'Not a no-show: cust arrived at 9:20 for the 9:00 OV 8/12 (bus late). Reviewed progress: she is in week 3 of the 10-week Pharmacy Tech course at Vatterott, 2 quizzes at 90+, attendance full. Continue ITA per IEP. Next OV 9/12.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'checklist-noise-mo-013', 'No answer was not an issue today, cust picked up on the first ring. TC 8/15: cust finished the forklift/warehouse class at the Workforce Academy, OSHA 10 card received, interview at Amazon SGF4 on 8/19. Continue job search services per IEP; CM will call after the interview.', 'T', 'P', true, []),
  note('mn-wf1', 'checklist-noise-mn-001', 'Emailed client 6/3 asking for an update on her job search. Address verified. Cell: (651) 555-0199.', 'E', 'P', false, ['response-pending']),
  note('mn-wf1', 'checklist-noise-mn-002', 'TC with client 6/5. Supports this month: bus card - NA (has a car now), childcare - NA, tools - NA. Client is in the 2nd month of the Lineworker program at MSCTC and passed climbing school. ISS reviewed.', 'T', 'P', true, []),
  note('mn-wf1', 'checklist-noise-mn-003', 'Case file reviewed for completeness 6/9. All documents present. Next monthly contact due by 6/30.', '-', 'P', false, ['contact-type-missing']),
  note('mn-wf1', 'checklist-noise-mn-004', 'Client came in 6/12. She has left 3 voicemails for her Polk County social services worker about childcare assistance and nobody has called her back. CM called the county worker with client in the office and got the renewal started. Client is attending all classes at NCTC, midterm 85% in Medical Terminology. ISS reviewed.', 'I', 'P', true, []),
  note('mn-wf1', 'checklist-noise-mn-005', 'Monthly contact - see ISS update note 6/15.', '-', '-', false, ['contact-type-missing', 'not-substantive']),
  note('mn-wf1', 'checklist-noise-mn-006', 'Called client 6/18, no answer, left VM. Phone 218-555-0144 verified in WF1.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'checklist-noise-mn-007', 'Client\'s roommate answered 6/20 and said client moved out; gave a new number, 218-555-0172. Called the new number, left VM.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'checklist-noise-mn-008', 'TC 6/24 w/ client. Client\'s mother had told me last week that client "was not answering anyone"; client explained her phone was broken. Client is attending the ALC daily and earned 1 credit in June. ISS reviewed.', 'T', 'P', true, []),
  note('mn-wf1', 'checklist-noise-mn-009', 'Mailing address: 305 2nd Ave N, Crookston, MN 56716. Letter mailed to client 6/26 re: monthly contact.', 'L', 'P', false, ['response-pending']),
  note('mn-wf1', 'checklist-noise-mn-010', 'Met client at WFC 6/27. Discussed.', 'I', 'P', true, ['progress-missing', 'not-substantive']),
  note('mn-wf1', 'checklist-noise-mn-011', 'Client texted 6/30: "sorry missed ur calls, at work til 6. passed my CNA test on the 28th!" Texted back congrats and asked when she could come in; she replied "Tues after 3." OV set 7/8. ISS reviewed.', 'E', 'P', true, []),
  note('mn-wf1', 'checklist-noise-mn-012', 'Record review only: client\'s WF1 activities are current; no contact this month yet. Will try phone and e-mail next week.', '-', 'P', false, ['contact-type-missing']),
  note('mn-wf1', 'checklist-noise-mn-013', 'Client\'s instructor at NWTC called 7/1 and said she tried to reach client twice about a missed lab and got no answer. CM called client 7/1 and spoke with her: she had a sick child, is making up the lab 7/3, and is otherwise on track (B+ average). ISS reviewed.', 'T', 'P', true, []),
];
