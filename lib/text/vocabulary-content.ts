/**
 * What a note says besides the contact: progress, justification, next steps, plans, negation, noise,
 * record keeping, identifiers, pointers and history. Part of the note vocabulary (lib/text/vocabulary.ts).
 */
import type { Vocabulary } from './vocabulary-tags';

const REQUESTS = ['ask', 'asked', 'tell', 'told'].flatMap((v) =>
  ['client', 'cust', 'customer', 'participant', 'him', 'her', 'them', 'youth'].flatMap((who) => ['call', 'call me', 'call back', 'come in'].map((act) => `${v} ${who} ${act}`)),
);

/** "asked cb", "requested a call back": a call wanted, not one returned. */
const CALLBACK_REQUESTS = ['ask', 'asked', 'asking', 'request', 'requested', 'requesting'].flatMap((v) =>
  ['cb', 'callback', 'call back', 'a cb', 'a callback', 'a call back', 'for cb', 'for a cb', 'for callback', 'for a callback', 'for call back', 'for a call back'].map((x) => `${v} ${x}`),
);
export const CONTENT_WORDS: Vocabulary = {
  'progress:strong': [
    'attending', 'attends', 'attended', 'attend', 'attendance', 'grades', 'grade', 'gpa', 'completed', 'complete', 'completion',
    'passed', 'pass', 'passing', 'hours', 'hrs', 'on track', 'module', 'modules', 'clinical', 'clinicals', 'certificate',
    'certification', 'certified', 'no progress to report', 'progress', 'failing', 'failed', 'behind', 'caught up', 'midterm',
    'midterms', 'final', 'finals', 'exam', 'exams', 'test', 'tests', 'tested', 'score', 'scores', 'scored', 'transcript',
    'license', 'licensed', 'credential', 'graduated', 'graduation', 'ged', 'hiset', 'ncrc', 'cdl', 'permit', 'absences',
    'absent', 'missed class', 'missed classes', 'semester', 'internship', 'externship', 'average', 'avg', 'hired', 'employed',
    'working', 'job offer', 'timesheet', 'timesheets', 'on schedule', 'ahead', 'struggling', 'credits', 'credit hours',
    'practicum', 'lab', 'labs', 'skills test', 'road test', 'percent', 'quiz', 'quizzes', 'homework', 'assignments',
    // Work and job search are progress too, and so is bad news.
    'still enrolled', 'remains enrolled', 'applied', 'applying', 'applications', 'application', 'interview', 'interviews',
    'interviewed', 'job search', 'job searching', 'searching for work', 'new job', 'started work', 'started working', 'wage',
    'wages', 'per hour', 'hr', 'an hour', 'salary', 'raise', 'promoted', 'promotion', 'withdrew', 'withdrawn', 'dropped out',
    'dropping out', 'let go', 'fired', 'laid off', 'terminated', 'quit', 'resigned', 'conditional offer', 'retake', 'retaking',
    'missed', 'tardy', 'tardies', 'finished', 'worked', 'placed', 'job placement', 'positions', 'been to class',
    'been in class', 'going to class', 'go to class', 'gone to class', 'going to school',
    'employer contacts', 'work search', 'work search contacts', 'job contacts', 'work searches',
  ],
  // Evaluative words: progress, though thin. Bare nouns like "class" or "training" are not progress.
  // "Doing well" alone says nothing a monitor can check, so it is not progress.
  'progress:weak': ['studying', 'study', 'assignment', 'learning', 'works', 'still works', 'improving'],
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
    'will reach out', 'will text', 'will see', 'to do', 'set for', 'scheduled for', 'is set', 'at next contact', 'will verify',
    'verify at', 'in two weeks', 'in 2 wks', 'followup', 'recheck', 'check back', 'next session', 'upcoming', 'set up',
    'arranged', 'arranged for',
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
    'on neither occasion', 'on neither occasion was', 'neither', 'nor',
  ],
  irrealis: [
    'will', 'next', 'scheduled', 'schedule', 'scheduling', 'request', 'requested', 'requesting', 'please', 'invite', 'invited',
    'inviting', 'plan to', 'plans to', 'would like', 'needs to', 'need to', 'encouraged', 'instructed',
    'asked cust to', 'asked customer to', 'asked participant to', 'asked client to', 'asked him to', 'asked her to', 'asking cust to',
    'asking customer to', 'asking her to', 'asking him to', 'asked to', 'asking to', 'if', 'should', 'reschedule', 'rescheduled',
    'set up', 'asking for', 'asked for', 'set for', 'is set', 'planned', 'booked', 'tomorrow', 'upcoming', 'to have', 'asked that', 'asking that', 'so that', 'in order to',
    'plan', 'arranged', 'arranged for', 'arrange', 'arranging', 'tentative', 'tentatively',
    // "I ask client call me": a request, with or without "to".
    ...REQUESTS,
    ...CALLBACK_REQUESTS,
    // Modals: "she could come to the office", "before she can meet with the employer".
    'could', 'would', 'can', 'might', 'must',
    // "May have talked to cust at the job fair": a hedge, not a contact ("May" alone is the month).
    'may have', 'may not have', 'might have',
    // Still waiting: "waiting for her reply", "hoping for a response" name the reply hoped for, not one received.
    'waiting for', 'waiting on', 'wait for', 'hoping for', 'hope for', 'hoping to', 'hope to', 'pending',
  ],
  noise: [
    'phone number', 'phone numbers', 'telephone number', 'cell number', 'phone no', 'number', 'met requirements', 'met requirement',
    'met goal', 'met eligibility', 'met criteria', 'mail address', 'email address', 'e mail address', 'text book', 'textbook',
    'call list', 'pc lab', 'meeting minutes', 'bus pass', 'bus passes', 'pass card', 'in a meeting', 'in meetings',
    'mailing address', 'home address', 'address', 'e mail address on file', 'email on file', 'phone on file', 'meet the', 'meets the', 'meet requirement', 'meet requirements', 'meet criteria', 'meet eligibility', 'meets eligibility',
    'meets requirements', 'staff meeting', 'team meeting', 'orientation meeting', 'info session', 'a meeting', 'the meeting',
    // ("Reached out to customer": outreach, a try, not "reached".)
    'reached out', 'reached out to', 'reach out to', 'reaching out', 'reaching out to',
    // A document the participant wrote, not a letter sent: "Reviewed client's cover letter" names no channel.
    'cover letter', 'cover letters',
    'dislocated worker', 'dislocated worker program', 'rapid response', 'rapid response event', 'rapid response session', 'rapid response meeting', 'in the mail', 'in the mail today',
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
  // A third party who does not know how the participant is doing has no substantive knowledge to give.
  unknown: [
    'did not know', "didn't know", 'does not know', "doesn't know", 'doesnt know', 'didnt know', 'no information', 'not sure',
    'unsure', 'had no information', 'could not say', 'no info', 'no idea', 'not aware', 'was not aware',
    'would only confirm', 'could only confirm', 'only confirmed',
    "don't know", 'dont know', 'do not know', "don't know more", 'not know', 'could not say how',
  ],
  // The note only points to another record ("See previous note", "Duplicate entry").
  pointer: [
    'see previous note', 'see prior note', 'see note', 'see case note', 'see the', 'refer to', 'referred to note', 'documented under',
    'documented in', 'duplicate entry', 'duplicate', 'see above', 'see entry', 'same as', 'see cmc',
  ],
  // A contact told as history ("His last contact was an office visit on 3/20"): not this note's contact.
  past: ['last contact', 'previous contact', 'prior contact', 'last visit', 'previous visit', 'last ov', 'last tc', 'last spoke', 'last seen', 'last met', 'at his last', 'at her last', 'at the last', 'last office visit', 'last phone contact', 'last cmc', 'last entry', 'last note'],
  'date:relative': ['today', 'this date', 'on this date', 'this day', 'yesterday', 'this morning', 'this afternoon', 'tonight'],
};
