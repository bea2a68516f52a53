/** Texts, e-mails, video calls and letters: one-way messages, real replies, auto-replies, bounces, returned and answered letters (locked split). Labels come from the policies and the definition of a qualifying contact in ARCHITECTURE.md, written before any tuning. */
import { note, type LabelledNote } from '../types';

export const STYLE = 'texts-email-video';

export const NOTES: LabelledNote[] = [
  note('mo-dwd-toolbox', 'texts-email-video-mo-003', 'Emailed cust 4/1 re: progress, rec\'d auto-reply "out of office until 4/8."', 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'texts-email-video-mo-006', 'Teams call w/ ptcp 1/18. Ptcp reports finishing Google IT Support cert course 4 of 5, practice exam 80%. Continue ITA thru completion in Feb.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'texts-email-video-mo-009', 'Letter mailed 6/2 returned "not at this address."', 'L', 'P', false, ['unsuccessful-attempt']),
  note('mo-dwd-toolbox', 'texts-email-video-mo-012', 'Sent cust a text reminder for OV 11/2.', 'E', 'P', false, ['response-pending']),
  note('mo-dwd-toolbox', 'texts-email-video-mo-015', 'Video call via Google Meet 3/15 w/ cust. Cust is 6 wks into the online Medical Coding course through Moberly, module scores 88-94%. Needs laptop repair; will continue ITA and submit support services request.', 'T', 'P', true, []),
  note('mo-dwd-toolbox', 'texts-email-video-mo-018', 'Rec\'d letter from cust 2/14 (mailed response to our 90-day letter): she is attending the LPN program at Three Rivers and "passing everything". Cont ITA.', 'L', 'P', true, []),
  note('mo-dwd-toolbox', 'texts-email-video-mo-021', 'Teams mtg 7/7 w/ youth. Touched base, no concerns.', 'T', 'P', true, ['progress-missing', 'justification-missing', 'not-substantive']),
  note('mo-dwd-toolbox', 'texts-email-video-mo-024', 'Text from cust 8/2 (unprompted): "got hired at Ameren as a lineman helper!!" CM texted back asking start date, cust replied 8/19, $24/hr. Will close training and begin follow-up svcs.', 'E', 'P', true, []),
  note('mo-dwd-toolbox', 'texts-email-video-mo-027', 'Rec\'d e-mail from instructor: cust has missed 4 of the last 6 classes and is failing Pharm 1 with a 61%. Cust needs tutoring; CM will call cust, continue ITA pending attendance plan.', 'E', 'V', true, []),
  note('mo-dwd-toolbox', 'texts-email-video-mo-030', 'Left msg on cust\'s Facebook Messenger 1/5 asking her to call. Seen, no reply.', 'E', 'P', false, ['response-pending']),
  note('mn-wf1', 'texts-email-video-mn-002', 'Text exchange 3/4: client replied she passed her CNA state test 3/2 and has an interview at Good Samaritan 3/7. Reviewed ISS.', 'E', 'P', true, []),
  note('mn-wf1', 'texts-email-video-mn-005', 'Sent letter 5/1 for monthly contact. Client called 5/6 in reply: working at Arctic Cat, 40 hrs, passed probation. Activities reviewed.', 'T', 'P', true, []),
  note('mn-wf1', 'texts-email-video-mn-008', 'Auto-reply from client email 8/3 - "on vacation". No other reply.', 'E', 'P', false, ['response-pending']),
  note('mn-wf1', 'texts-email-video-mn-011', 'FaceTime w/ youth 11/7. Youth attending ALC daily, 1 credit short of graduation, on track for Jan.', 'T', 'P', true, []),
  note('mn-wf1', 'texts-email-video-mn-014', 'Letter sent 2/6 asking client to call. Client texted back 2/8 that she has started a new job at Sanford (CNA, nights) and will keep going to school part time.', 'E', 'P', true, []),
  note('mn-wf1', 'texts-email-video-mn-017', 'Texted client 5/5: "How are classes?" Client: "good, I got a 94 on my A&P final."', 'E', 'P', true, []),
  note('mn-wf1', 'texts-email-video-mn-020', 'Mailed letter 8/8. Client replied by letter 8/15: attending Bemidji State, 12 credits.', 'L', 'P', true, []),
  note('mn-wf1', 'texts-email-video-mn-023', 'Letter mailed 11/1. No reply as of 11/20.', 'L', 'P', false, ['response-pending']),
  note('mn-wf1', 'texts-email-video-mn-026', 'Emailed client 2/2. Out of office reply.', 'E', 'P', false, ['response-pending']),
  note('mn-wf1', 'texts-email-video-mn-029', 'Sent client a text.', 'E', 'P', false, ['response-pending', 'contact-date-missing'], { noDateField: true }),
];
