/**
 * Speech-to-text dictation: run-on sentences, no or spoken punctuation ("period", "new paragraph"), homophones
 * ("know answer", "past the test", "left a massage") (locked split: scored and floored, aggregates only).
 * Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written before the
 * checker ever ran on them.
 */
import { note, type LabelledNote } from '../types';

export const STYLE = 'dictation';

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'dictation-mo-001', 'spoke with customer by phone today she said she past her second CNA skills check off and is attending all her clinical shifts at the nursing home period she still needs help with gas so we will continue the ITA and support services next call in 30 days', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'dictation-mo-002', 'called customer at 9:15 know answer left a massage asking her to call me back about her grades', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'dictation-mo-003', 'customer came into the office today to drop off his attendance sheet from the welding program comma he has missed no days and his instructor rated him satisfactory on all skills new paragraph he remains enrolled in the ITA with the goal of AWS certification next appointment April 10th', 'I', 'P', true, []),
  note('mo-dwd-toolbox', 'dictation-mo-004', 'tried calling customer twice this morning the phone rang and rang then the recording said the mailbox is not set up so I could not leave a message sent a text asking her to call the office', 'E', 'P', false, ['unsuccessful-attempt', 'response-pending']),
  note('mo-dwd-toolbox', 'dictation-mo-005', 'customers instructor at State Fair Community College called me back she said he is passing all three of his classes with a B average and has perfect attendance she recommends he continue in the program through the spring semester which matches his IEP goal so his ITA will continue', 'T', 'V', true, []),
  note('mo-dwd-toolbox', 'dictation-mo-006', 'met with the customer in the lobby today he just wanted to pick up a bus pass and ask where the restroom was', 'I', 'P', true, ['progress-missing', 'justification-missing']),
  note('mo-dwd-toolbox', 'dictation-mo-007', 'customer did not show for his appointment at 1:00 pm today I waited 20 minutes and then called his cell phone which went straight to voice mail', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'dictation-mo-008', 'I am waiting to hear back from the customer about her schedule for next semester I emailed her on Monday and again today', 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'dictation-mo-009', 'customer returned my call from yesterday we talked for about 10 minutes he finished the forklift class and got his certification card on Friday he has applied at three warehouses including the one in Hazelwood we will continue job search assistance under his IEP and I will call him next week to see about interviews', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'dictation-mo-010', 'home visit attempted at the address on file 1412 Elm Street no one answered the door left my card in the screen door', 'I', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'dictation-mo-011', 'talked to customer on the phone today touched base', 'T', 'P', true, ['progress-missing', 'justification-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'dictation-mo-012', 'customer called the front desk while I was at lunch and the receptionist took a message period I called back at 2 and it went to voicemail left a message with my direct line 573-555-0148', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'dictation-mn-001', 'met with client at the Bemidji workforce center today reviewed her ISS and her enrollment in the medical office program she has completed 9 of 14 credits this semester with a 3.2 GPA comma her next class starts on the 15th', 'I', 'P', true, []),
  note('mn-wf1', 'dictation-mn-002', 'called client left voicemail requesting a call back about his monthly contact', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'dictation-mn-003', 'client called in this afternoon he said he got the job at the electronics distributor in the shipping department starting at $18.50 an hour full time period he starts next Monday new paragraph will update his activity in workforce one to employed and do follow up next month', 'T', 'P', true, []),
  note('mn-wf1', 'dictation-mn-004', 'mailed the monthly contact letter to client at her new address in Thief River Falls asking her to call or email with an update on her classes', 'L', 'P', false, ['response-pending']),
  note('mn-wf1', 'dictation-mn-005', 'called client his mother answered the phone and said he was sleeping she will have him call me back', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'dictation-mn-006', 'text message conversation with client today she said her clinical rotation at the hospital is going well and she has 60 of 120 hours done I asked if she needed anything for gas she said no she is carpooling with a classmate', 'E', 'P', true, []),
  note('mn-wf1', 'dictation-mn-007', 'phone appointment with client as scheduled she said nothing new', 'T', 'P', true, ['progress-missing', 'not-substantive']),
  note('mn-wf1', 'dictation-mn-008', 'client no showed the job club this morning and did not answer when I called after', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'dictation-mn-009', 'spoke with client by phone he failed the CDL written test on Tuesday by 2 points and is scheduled to retake it on the 22nd he is studying with the app every night we talked about practice tests and I reviewed his ISS with him no changes needed', 'T', 'P', true, []),
  note('mn-wf1', 'dictation-mn-010', 'wrong number the man who answered said he does not know anyone by that name need to get a new number for client', 'T', 'P', false, ['unsuccessful-attempt']),
  note('mn-wf1', 'dictation-mn-011', 'talked with client on the phone she is still attending the welding class every day and passed her first bend test last week', 'T', 'P', true, ['contact-date-missing'], { noDateField: true }),
  note('mn-wf1', 'dictation-mn-012', 'emailed client the link to the resume workshop and a reminder that her monthly check in is due', 'E', 'P', false, ['response-pending']),
];
