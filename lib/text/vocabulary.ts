/**
 * The case-note vocabulary as data. Each tag lists the phrases that carry it;
 * a phrase may carry several tags ("called back" is a telephone contact, a
 * response and proof the call connected). Phrases are tokenised with the same
 * tokenizer as notes, so "e-mail", "e mail" and "w/" need no special cases.
 * Policy packs may add phrases per tag (see lib/policy/schema.ts).
 */
export const TAGS = [
  'mode:in-person',
  'mode:telephone',
  'mode:letter',
  'mode:email',
  'mode:text',
  'attempt:call',
  'attempt:visit',
  'attempt:mail',
  'attempt:response',
  'attempt:acknowledged',
  'party:participant',
  'party:provider',
  'party:alternate',
  'party:other',
  'writer',
  'success',
  'response',
  'progress:strong',
  'progress:weak',
  'justification',
  'next-step',
  'boilerplate',
  'negator',
  'irrealis',
  'noise',
  'record-review',
  'supporting-evidence',
  'docs-attached',
  'pii:ssn',
  'pii:dob',
  'date:relative',
] as const;
export type Tag = (typeof TAGS)[number];

export type Vocabulary = Partial<Record<Tag, readonly string[]>>;

export const VOCABULARY: Vocabulary = {
  'mode:in-person': [
    'in person', 'in-person contact', 'office visit', 'ov', 'met with', 'met in person', 'met', 'meet', 'meeting', 'meeting with',
    'came in', 'come in', 'came into the office', 'came into office', 'came to the office', 'came by', 'stopped by', 'stopped in',
    'walked in', 'walk in', 'face to face', 'f2f', 'home visit', 'site visit', 'visited', 'visit', 'in office', 'in the office',
    'at the office', 'at office', 'ipc',
  ],
  'mode:telephone': [
    'telephone', 'telephoned', 'tele', 'phone', 'phoned', 'phone call', 'telephone call', 'tc', 'pc', 'tcon', 'call', 'called', 'calls',
    'calling', 'by phone', 'via phone', 'over the phone', 'on the phone', 'spoke by phone', 'spoke with by phone', 'phone contact',
    'telephone contact', 'conference call', 'phone conference', 'ph', 'called back', 'returned call', 'returned my call',
    'returned the call', 'returned cm call', 'returned writer call', 'returned cw call', 'call back',
  ],
  'mode:letter': ['letter', 'letters', 'mailed', 'mail', 'mailing', 'sent letter', 'letter from', 'postcard', 'correspondence', 'us mail', 'by mail', 'via mail', 'received letter', 'received a letter'],
  'mode:email': ['email', 'emails', 'emailed', 'e mail', 'e mails', 'e mailed', 'em', 'email from', 'e mail from', 'emailed back', 'e mailed back',
    'received email', 'received an email', 'received e mail', 'got email', 'got an email'],
  'mode:text': ['text', 'texted', 'text message', 'text messages', 'texting', 'txt', 'txted', 'sms', 'texted back'],

  'attempt:call': [
    'no answer', 'na', 'no ans', 'left message', 'left a message', 'lm', 'lmom', 'lmtc', 'left vm', 'left voicemail', 'left voice mail',
    'left a voicemail', 'vm', 'voicemail', 'voice mail', 'number disconnected', 'phone disconnected', 'disconnected', 'wrong number',
    'not in service', 'no longer in service', 'not reached', 'unable to reach', 'could not reach', "couldn't reach", 'not able to reach',
    'did not answer', "didn't answer", 'mailbox full', 'vm full', 'voicemail full', 'not available', 'unavailable', 'busy signal',
    'line busy', 'no call back', 'no return call', 'has not returned', 'did not return', "didn't return", 'unable to contact',
    'could not contact', 'no contact', 'rang',
  ],
  'attempt:visit': [
    'no show', 'noshow', 'did not show', "didn't show", 'failed to show', 'missed appointment', 'missed appt', 'missed her appointment',
    'missed his appointment', 'did not come in', "didn't come in", 'cancelled appointment', 'canceled appointment', 'cancelled appt',
    'canceled appt',
  ],
  'attempt:mail': [
    'mail returned', 'returned mail', 'letter returned', 'returned undeliverable', 'undeliverable', 'return to sender',
    'returned to sender', 'email bounced', 'bounced', 'bounced back',
  ],
  'attempt:response': [
    'no response', 'no response yet', 'no reply', 'did not respond', "didn't respond", 'has not responded', "hasn't responded",
    'not responded', 'awaiting response', 'awaiting reply', 'awaiting a response', 'waiting for response', 'waiting for a response',
    'did not reply', 'has not replied', 'not heard back', "haven't heard back", 'have not heard back', 'response pending',
    'pending response', 'no word',
  ],

  'party:participant': [
    'participant', 'participants', 'ptcp', 'ppt', 'pt', 'customer', 'cust', 'cst', 'client', 'clt', 'youth', 'jobseeker',
    'job seeker', 'enrollee', 'student', 'trainee', 'costumer',
  ],
  'party:provider': [
    'instructor', 'instructors', 'teacher', 'school', 'training provider', 'provider', 'college', 'community college', 'university',
    'employer', 'worksite supervisor', 'work site supervisor', 'worksite', 'work site', 'supervisor', 'trainer', 'school counselor',
    'guidance counselor', 'registrar', 'financial aid', 'program coordinator', 'program director', 'clinical instructor',
    'clinical coordinator', 'training coordinator', 'academy', 'wex supervisor', 'wex site', 'hr', 'human resources', 'dean',
    'professor', 'academic advisor', 'tutor', 'ojt employer', 'technical college', 'principal', 'site supervisor', 'manager',
  ],
  'party:alternate': [
    'mother', 'mom', 'father', 'dad', 'parent', 'parents', 'spouse', 'wife', 'husband', 'alternate contact', 'alt contact',
    'guardian', 'legal guardian', 'grandmother', 'grandma', 'grandfather', 'grandpa', 'aunt', 'uncle', 'sister', 'brother',
    'sibling', 'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'emergency contact', 'foster parent', 'foster mother',
    'stepmother', 'stepfather', 'stepmom', 'stepdad', 'significant other', 'family member', 'roommate',
  ],
  'party:other': [
    'probation officer', 'parole officer', 'social worker', 'caseworker', 'case worker', 'dhs', 'dss', 'voc rehab',
    'vocational rehabilitation', 'vr counselor', 'landlord', 'attorney', 'therapist',
  ],
  writer: ['cm', 'cw', 'this writer', 'writer', 'case manager', 'career advisor', 'career counselor', 'staff', 'i', 'me', 'counselor'],

  success: [
    'spoke', 'spoke with', 'spoke to', 'talked', 'talked with', 'talked to', 'discussed', 'reports', 'reported', 'reporting',
    'stated', 'states', 'said', 'says', 'indicated', 'indicates', 'confirmed', 'confirms', 'answered', 'reached', 'informed',
    'explained', 'shared', 'agreed', 'per', 'verified', 'conversation', 'mentioned', 'expressed', 'told', 'stating', 'reporting that',
  ],
  response: [
    'replied', 'responded', 'wrote back', 'emailed back', 'e mailed back', 'texted back', 'called back', 'returned call',
    'returned my call', 'returned the call', 'returned cm call', 'returned writer call', 'returned cw call', 'response received',
    'reply received', 'received response', 'received reply', 'received a response', 'received a reply', 'received email',
    'received an email', 'received e mail', 'received letter', 'received a letter', 'got email', 'email from', 'e mail from',
    'letter from', 'response from', 'reply from', 'responded via', 'replied via', 'wrote', 'reply', 'response', 'responds', 'replies',
  ],

  'progress:strong': [
    'attending', 'attends', 'attended', 'attend', 'attendance', 'grades', 'grade', 'gpa', 'completed', 'complete', 'completion',
    'passed', 'pass', 'passing', 'hours', 'hrs', 'on track', 'module', 'modules', 'clinical', 'clinicals', 'certificate',
    'certification', 'certified', 'no progress to report', 'progress', 'failing', 'failed', 'behind', 'caught up', 'midterm',
    'midterms', 'final', 'finals', 'exam', 'exams', 'test', 'tests', 'tested', 'score', 'scores', 'scored', 'transcript',
    'license', 'licensed', 'credential', 'graduated', 'graduation', 'ged', 'hiset', 'ncrc', 'cdl', 'permit', 'absences',
    'absent', 'missed class', 'missed classes', 'semester', 'internship', 'externship', 'average', 'avg', 'hired', 'employed',
    'working', 'job offer', 'timesheet', 'timesheets', 'on schedule', 'ahead', 'struggling', 'credits', 'credit hours',
    'practicum', 'lab', 'labs', 'skills test', 'road test', 'percent', 'quiz', 'quizzes', 'homework', 'assignments',
  ],
  // Evaluative words: progress, though thin. Bare nouns like "class" or "training" are not progress.
  'progress:weak': ['studying', 'study', 'assignment', 'doing well', 'going well', 'learning', 'doing good', 'works', 'still works', 'improving'],
  justification: [
    'continue', 'continues', 'continued', 'continuing', 'continuation', 'cont', 'remain enrolled', 'remains enrolled', 'remain in',
    'will continue', 'needs', 'need', 'needed', 'next step', 'next steps', 'plan to', 'plans to', 'plan is', 'ita', 'continue services',
    'continued services', 'support services', 'supportive services', 'still enrolled', 'remains', 'remain', 'expected to complete',
    'expected completion', 'anticipated completion', 'projected completion', 'scheduled to complete', 'will complete', 'will finish',
    'to finish', 'needs to', 'need to', 'iep', 'iss', 'goal', 'goals', 'justification', 'warranted', 'extend', 'extension', 'ongoing', 'keep',
  ],
  'next-step': [
    'next step', 'next steps', 'next tc', 'next contact', 'next appt', 'next appointment', 'next meeting', 'next visit', 'next ov',
    'next month', 'next week', 'follow up', 'f u', 'fu', 'will follow up', 'will contact', 'will call', 'will meet', 'will email',
    'will send', 'will check', 'will touch base', 'will mail', 'will review', 'will monitor', 'recontact', 're contact',
    'scheduled', 'appt', 'appointment', 'plan to', 'plans to', 'in 30 days', '30 days', 'two weeks', '2 weeks', 'due',
    'will reach out', 'will text', 'will see', 'to do',
  ],
  boilerplate: [
    'no change', 'no changes', 'nothing new', 'nothing to report', 'case management contact', 'cm contact', 'monthly contact',
    'contact made', 'touched base', 'checked in', 'check in', 'see previous note', 'see prior note', 'same as before', 'status quo',
    'doing fine', 'doing ok', 'doing okay', 'all is well', 'everything is fine', 'going fine', 'no issues', 'no concerns',
    'services continue', 'contact completed', 'cmc', '600 cmc', 'all good', 'fine',
  ],
  negator: [
    'not', 'no', 'never', "didn't", 'didnt', 'did not', 'does not', "doesn't", 'unable to', 'could not', "couldn't", 'cannot',
    "can't", "wasn't", 'was not', "hasn't", 'has not', "haven't", 'have not', "won't", 'without', 'failed to', "isn't", 'is not',
  ],
  irrealis: [
    'will', 'next', 'scheduled', 'schedule', 'scheduling', 'request', 'requested', 'requesting', 'please', 'invite', 'invited',
    'inviting', 'plan to', 'plans to', 'would like', 'needs to', 'need to', 'reminded', 'reminder', 'encouraged', 'instructed',
    'asked cust to', 'asked customer to', 'asked participant to', 'asked client to', 'asked him to', 'asked her to', 'asking cust to',
    'asking customer to', 'asking her to', 'asking him to', 'asked to', 'asking to', 'if', 'should', 'reschedule', 'rescheduled',
    'set up', 'asking for', 'asked for',
  ],
  noise: [
    'phone number', 'phone numbers', 'telephone number', 'cell number', 'phone no', 'number', 'met requirements', 'met requirement',
    'met goal', 'met eligibility', 'met criteria', 'mail address', 'email address', 'e mail address', 'text book', 'textbook',
    'call list', 'pc lab', 'meeting minutes', 'bus pass', 'bus passes', 'pass card',
  ],
  // The writer says outright that the attempt does not count (the attempt template does).
  'attempt:acknowledged': [
    'not a case management contact', 'is not a case management contact', 'not a contact', 'does not count',
    'does not count as a contact', 'not counted as a contact', 'attempt only', 'attempted contact only',
  ],
  'record-review': [
    'reviewed record', 'record reviewed', 'reviewed file', 'file reviewed', 'reviewed case', 'reviewed iss', 'iss reviewed', 'iss',
    'individual service strategy', 'enrollment', 'enrollments', 'enrolled in', 'activities', 'activity', 'wf1', 'workforce one',
    'updated iss', 'iss updated', 'reviewed enrollment', 'reviewed activities', 'reviewed plan', 'service plan',
    // Naming the activity the participant is in shows the enrollment was looked at.
    'ost', 'occupational skills training', 'wex', 'work experience', 'ojt', 'on the job training',
  ],
  'supporting-evidence': [
    'grades', 'grade', 'gpa', 'schedule', 'schedules', 'attendance', 'attendance record', 'attendance records', 'test results',
    'test scores', 'transcript', 'report card', 'timesheet', 'timesheets', 'progress report', 'scores', 'midterm grades',
  ],
  'docs-attached': [
    'attached', 'in file', 'in the file', 'to file', 'placed in file', 'uploaded', 'scanned', 'copy', 'copies', 'on file', 'filed',
    'documentation', 'in record', 'in the record', 'added to record', 'saved', 'in wf1', 'in workforce one',
  ],
  'pii:ssn': ['ssn', 'ss', 'ss no', 'social security', 'social security number', 'social security no', 'soc sec', 'ss number', 'social'],
  'pii:dob': ['dob', 'd o b', 'date of birth', 'born on', 'birthdate', 'birth date', 'bday', 'birthday'],
  'date:relative': ['today', 'this date', 'on this date', 'this day', 'yesterday', 'this morning', 'this afternoon', 'tonight'],
};

/** Shorthand and common misspellings that case managers type, mapped to the word they mean. */
export const TOKEN_ALIASES: Readonly<Record<string, string>> = {
  w: 'with',
  lft: 'left',
  msg: 'message',
  mssg: 'message',
  msge: 'message',
  mesage: 'message',
  vmail: 'voicemail',
  vms: 'vm',
  tel: 'telephone',
  telephon: 'telephone',
  fone: 'phone',
  mtg: 'meeting',
  recd: 'received',
  "rec'd": 'received',
  rcvd: 'received',
  abt: 'about',
  ans: 'answer',
  resp: 'response',
  emial: 'email',
  emal: 'email',
  emaild: 'emailed',
  cld: 'called',
  calld: 'called',
  spk: 'spoke',
  spoken: 'spoke',
  atnd: 'attending',
  attnd: 'attending',
  attndg: 'attending',
  grds: 'grades',
  cmpltd: 'completed',
  thru: 'through',
  ptp: 'participant',
  prtcpnt: 'participant',
  instr: 'instructor',
  nxt: 'next',
  wk: 'week',
  mo: 'month',
  didnt: "didn't",
  hasnt: "hasn't",
  couldnt: "couldn't",
  wasnt: "wasn't",
  havent: "haven't",
};

/**
 * Longer words worth recognising through one typo (a missing, extra, swapped
 * or wrong letter): "voicemial", "particpant", "attendng". Kept to words of
 * seven letters or more so short everyday words never collide.
 */
export const FUZZY_TARGETS: readonly string[] = [
  'telephone', 'telephoned', 'voicemail', 'message', 'customer', 'participant', 'instructor', 'attending', 'attendance',
  'disconnected', 'responded', 'certificate', 'clinicals', 'clinical', 'completed', 'progress', 'continue', 'continuing',
  'guardian', 'discussed', 'reported', 'provider', 'supervisor', 'appointment', 'graduated', 'semester', 'returned', 'replied',
  'emailed', 'conversation', 'answered', 'training', 'certification', 'scheduled', 'transcript', 'employer', 'enrolled',
  'voicemail', 'unavailable', 'undeliverable', 'response', 'indicated', 'confirmed',
];
