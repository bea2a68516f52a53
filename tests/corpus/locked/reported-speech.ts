/** Reported speech: other people's calls and "no answer", the participant's own unanswered calls to other offices, "NA" meaning not applicable, quoted statements (locked split). Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written before any tuning. */
import { note, type LabelledNote } from '../types';

export const STYLE = 'reported-speech';

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'reported-speech-mo-003', 'OV w/ cust. Cust reports she called the DMV three times for her CDL permit appt and got no answer; CM gave her the online scheduling link. She passed the CDL written test at the DMV on 2/28. Continue ITA w/ TDDS.', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'reported-speech-mo-006', 'Spoke w/ cust\'s probation officer by phone; PO says cust told him she has been going to welding class every day.', 'T', 'O', false, ['third-party-insufficient', 'justification-missing']),
  note('mo-dwd-toolbox', 'reported-speech-mo-009', 'TC w/ cust. She said "NA" on the job application meant not applicable for the felony question. Cust applied to 7 jobs this week, interview at Boone County 3/14. Cont job search asst per IEP.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'reported-speech-mo-012', 'Per cust\'s aunt (alt contact), cust moved to Joplin. Aunt does not know if cust is still in school.', '-', 'A', false, ['contact-type-missing', 'third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'reported-speech-mo-015', 'Cust reported to front desk staff that she called CM twice and no one answered. CM returned call 10/9, NA, LM.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'reported-speech-mo-018', 'Cust\'s employer called, said cust quit.', 'T', 'V', false, ['third-party-insufficient', 'justification-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'reported-speech-mo-021', 'Rec\'d call 2/2 from cust\'s grandmother (alt contact). She says she has tried calling cust all week with no answer and is worried because cust stopped coming by the house.', 'T', 'A', false, ['third-party-insufficient', 'progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'reported-speech-mo-024', 'Spoke with ptcp 3/11 via phone, DOB 11/02/1979 confirmed. Ptcp says his former employer never answered about his final paycheck. Ptcp is 4 wks into the ITA-funded Electrical Lineworker program, climbing cert passed. Cont ITA.', 'T', 'P', true, ['pii-in-note']),
  note('mo-dwd-toolbox', 'reported-speech-mo-027', 'cust says she called financial aid 3x NA, then went in person and got it fixed. tc w/ cust 5/2, attending, passed pharm exam 84%. cont ita.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'reported-speech-mo-030', 'TC w/ cust. He said the OJT employer told him "no answer yet" on the permanent position. Cust is at 400 of 520 OJT hrs, evaluation satisfactory. Continue OJT per IEP.', 'T', 'P', true, []),
  note('mn-wf1', 'reported-speech-mn-003', 'OV 5/5. Client reports he called Polaris HR three times with no answer about his application. He has applied to 9 jobs since 4/20, interview at Arctic Cat 5/9.', 'I', 'P', true, []),
  note('mn-wf1', 'reported-speech-mn-006', 'Phone contact 8/8. Client said "I keep calling the clinic for my TB test results and nobody picks up." Clinicals delayed until results are in; all coursework complete, 3.4 GPA.', 'T', 'P', true, []),
  note('mn-wf1', 'reported-speech-mn-009', 'TC w/ WEX supervisor 10/10 at Pennington Co. Supervisor says client has worked 64 of 80 hours and "always shows up." Supervisor says client tried to call me Tuesday.', 'T', 'V', false, []),
  note('mn-wf1', 'reported-speech-mn-012', 'Client left VM 1/13: she says she called NCTC registrar 2x, no answer, needs her transcript. Called her back 1/14, no answer, left msg.', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'reported-speech-mn-015', 'Client reports 3/20 she tried to call her OJT supervisor but NA. Client at 240 OJT hrs.', '-', 'P', false, ['contact-type-missing']),
  note('mn-wf1', 'reported-speech-mn-018', 'OV 6/18. Client: "I called Sanford about the CNA job and the lady never called back." Client passed state CNA test 6/10. Applied 4 places. Reviewed ISS.', 'I', 'P', true, []),
  note('mn-wf1', 'reported-speech-mn-021', 'TC 9/21: a man answered client\'s number and said "she doesn\'t live here anymore". Wrong number per him.', 'T', 'O', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'reported-speech-mn-024', 'Client came in 12/2 w/ DOB 1/05/2000 on form; says unemployment office never answers. Client completed forklift cert 11/30, applying at 3 warehouses.', 'I', 'P', true, ['pii-in-note']),
  note('mn-wf1', 'reported-speech-mn-027', 'TC 2/27 w/ client. Client reports no answer from NCTC tutoring center; CM gave direct number. Client\'s A&P grade is 68%, needs 75% to stay in program.', 'T', 'P', true, []),
  note('mn-wf1', 'reported-speech-mn-030', 'Client\'s ex-boyfriend called 3/30 saying client stopped going to class and moved to Fargo. Could not verify; not a listed alt contact.', 'T', 'O', false, ['third-party-insufficient']),
];
