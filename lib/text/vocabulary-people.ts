/**
 * Who takes part and how they talk: the parties, the writer, pronouns, talking, telling and replying.
 * Part of the note vocabulary (lib/text/vocabulary.ts), kept in the vocabulary's order.
 */
import type { Vocabulary } from './vocabulary-tags';

export const PEOPLE_WORDS: Vocabulary = {
  'party:participant': [
    'participant', 'participants', 'ptcp', 'ppt', 'pt', 'customer', 'cust', 'cst', 'client', 'clt', 'youth', 'jobseeker',
    'job seeker', 'enrollee', 'student', 'trainee', 'costumer',
    'vet', 'veteran', 'claimant',
  ],
  'party:provider': [
    'instructor', 'instructors', 'teacher', 'school', 'training provider', 'provider', 'college', 'community college', 'university',
    'employer', 'worksite supervisor', 'work site supervisor', 'worksite', 'work site', 'supervisor', 'trainer', 'school counselor',
    'guidance counselor', 'registrar', 'financial aid', 'program coordinator', 'program director', 'clinical instructor',
    'clinical coordinator', 'training coordinator', 'academy', 'wex supervisor', 'wex site', 'hr', 'human resources', 'dean',
    'professor', 'academic advisor', 'tutor', 'ojt employer', 'technical college', 'principal', 'site supervisor', 'manager',
    'director', 'site director', 'owner', 'foreman', 'crew lead', 'shift lead', 'hr rep', 'hr representative', 'store manager',
    'program manager', 'admissions', 'bursar', 'clinical site', 'preceptor',
    'high school', 'attendance office', 'middle school',
    'coordinator', 'advisor', 'adviser', 'team lead', 'lead instructor', 'office manager', 'hiring manager', 'recruiter', 'payroll',
    'boss', 'her boss', 'his boss', 'crew leader', 'crew boss',
  ],
  'party:alternate': [
    'mother', 'mom', 'father', 'dad', 'parent', 'parents', 'spouse', 'wife', 'husband', 'alternate contact', 'alt contact',
    'guardian', 'legal guardian', 'grandmother', 'grandma', 'grandfather', 'grandpa', 'aunt', 'uncle', 'sister', 'brother',
    'sibling', 'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'emergency contact', 'foster parent', 'foster mother',
    'stepmother', 'stepfather', 'stepmom', 'stepdad', 'significant other', 'family member', 'roommate', 'son', 'daughter',
    'nephew', 'niece', 'cousin', 'partner', 'grandson', 'granddaughter', 'relative', 'housemate', 'household member', 'gma',
    'grandparent', 'grandparents', 'mom and dad', 'child', 'her child', 'his child', 'kid', 'her kid', 'his kid',
  ],
  'party:other': [
    'probation officer', 'parole officer', 'social worker', 'caseworker', 'case worker', 'dhs', 'dss', 'voc rehab',
    'vocational rehabilitation', 'vr counselor', 'landlord', 'attorney', 'therapist', 'receptionist', 'front desk', 'a man',
    'a woman', 'stranger', 'neighbor', 'neighbour', 'someone', 'somebody',
    'worker', 'division worker', 'county worker', 'dfs worker', 'cps worker',
    // Another agency's staff at a staffing: a county financial worker, an employment counselor of another program.
    'fww', 'financial worker', 'eligibility worker', 'fsd worker', 'fsd case worker', 'dvr counselor', 'tanf worker', 'mfip worker',
    'guy', 'a guy', 'lady', 'a lady', 'man', 'woman',
    // Several of the participant's kind are other people ("one of my other clients"; a plural is never the one participant).
    'clients', 'customers', 'students', 'trainees', 'youths', 'enrollees', 'jobseekers', 'job seekers', 'claimants', 'veterans',
    'advocate', 'shelter advocate', 'housing advocate', 'family advocate',
    // People around the participant who may answer for them: "a classmate answered her phone", "his job coach answered".
    'person who answered', 'the person who answered', 'whoever answered', 'classmate', 'classmates', 'job coach', 'coworker', 'co worker', 'caregiver', 'group home staff', 'probation agent',
    // A title of office ("TC w/ Pastor Green", "Officer Diaz", "Dispatcher said …"): someone else, never the participant; its
    // abbreviations ("Sgt.", "Rev.", "Dr.") only before a name (lib/text/names.ts; tests/policy/titled-others.test.ts).
    'sergeant', 'lieutenant', 'captain', 'detective', 'reverend', 'pastor', 'deputy', 'sheriff',
    'trooper', 'judge', 'chaplain', 'priest', 'minister', 'doctor', 'physician', 'nurse', 'officer', 'dispatcher',
  ],
  writer: [
    'cm', 'cw', 'this writer', 'writer', 'case manager', 'career advisor', 'career counselor', 'staff', 'i', 'me', 'counselor',
    'ccm', 'ec', 'employment counselor', 'career coach', 'coach', 'navigator', 'career navigator', 'this cm', 'this counselor',
    'wioa staff', 'we', 'my',
    'undersigned', 'the undersigned',
    // An incident report's "R/W" (the reporting writer): "R/W made telephonic contact with P1".
    'r w', 'reporting writer', 'this reporting writer',
  ],
  // A pronoun before a speech verb ("she reports") names a speaker, so the report rests on someone who talked.
  pronoun: ['he', 'she', 'they'],

  // Two-way on their face: the writer and someone talked.
  success: [
    'spoke', 'spoke with', 'spoke to', 'talked', 'talked with', 'talked to', 'discussed', 'answered', 'reached', 'conversation',
    'connected with', 'picked up', 'chatted', 'chatted with', 'visited with', 'had a conversation', 'went over', 'reviewed with', 'caught up with',
    'spk', 'spoken with', 'speaking with', 'checked in with', 'check in with', 'touched base with', 'caught up with', 'email exchange', 'e mail exchange', 'exchanged emails', 'exchanged e mails',
    'exchanged texts', 'text conversation', 'email conversation', 'back and forth', 'exchanged messages',
    'finally connected', 'we connected', 'connected by phone', 'connected by telephone', 'connected on the phone', 'connected over the phone', 'connected via phone', 'got through to', 'got ahold of', 'got a hold of', 'got hold of',
    'talk with', 'talk to', 'speak with', 'speak to',
    // A diary's shorthand: "s/w cust" is "spoke with cust".
    's with',
    'opened the door', 'open the door', 'opens the door', 'came to the door', 'come to the door',
    'we talk', 'we talked', 'we discuss', 'we discussed', 'we review', 'we reviewed', 'we went over', 'we go over', 'we spoke', 'we speak', 'we met',
  ],
  /**
   * Someone telling something. Proof of a contact only when a person is the speaker ("cust reports", "she said",
   * "per instructor") or it continues a contact in the same sentence ("TC w/ cust, reports …"); "address verified" is no one talking.
   */
  report: [
    'reports', 'reported', 'reporting', 'reporting that', 'stated', 'states', 'stating', 'said', 'says', 'indicated', 'indicates',
    'confirmed', 'confirms', 'informed', 'explained', 'shared', 'agreed', 'per', 'verified', 'mentioned', 'expressed', 'told',
    'advised', 'admitted', 'disclosed', 'relayed', 'let cm know', 'let me know', 'let writer know', 'updated cm', 'updated me',
    'described', 'noted', 'feels', 'thinks',
    'would only confirm', 'would confirm', 'could only confirm', 'only confirmed',
    'attested', 'affirmed', 'acknowledged',
  ],
  // A person's own state right after a call ("Called cust. She is working 30 hrs"): their answers, so the call connected.
  state: ['is', 'was', 'has', 'had', 'are', 'have', 'got', 'started', 'passed', 'completed', 'finished',
    // Shown on a video contact: "Cust on camera from his truck" (lib/text/event-talk.ts, PRESENT).
    'on camera', 'on screen'],
  response: [
    'replied', 'responded', 'wrote back', 'emailed back', 'e mailed back', 'texted back', 'called back', 'returned call',
    'returned my call', 'returned the call', 'returned cm call', 'returned writer call', 'returned cw call', 'response received',
    'reply received', 'received an e mail', 'received a text', 'received text', 'received a text message', 'received response', 'received reply', 'received a response', 'received a reply', 'received email',
    'received an email', 'received e mail', 'received letter', 'received a letter', 'got email', 'email from', 'e mail from',
    'letter from', 'response from', 'reply from', 'responded via', 'replied via', 'text from', 'text message from', 'texts from',
    'txt from', 'em from', 'message from', 'secure message from', 'portal message from', 'facebook message from', 'fb message from', 'messenger message from', 'returned my', 'returned cm', 'returned writer', 'returned cw', 'in reply to',
    'in response to', 'replied back', 'wrote in', 'emailed in', 'wrote', 'reply', 'response', 'responds', 'replies',
    'cb', 'cb from',
    // A diary's shorthand: "cust r/c 0930" is "cust returned the call".
    'r c',
    // "Customer called me back after my LM": a call back to the writer, however it is worded.
    'called me back', 'called cm back', 'called writer back', 'called this writer back', 'phoned me back', 'called us back',
    'answer my email', 'answered my email', 'answer my text', 'answered my text', 'answer my message', 'answered my message', 'answered the email', 'answered my letter', 'she answer', 'he answer',
  ],

};
