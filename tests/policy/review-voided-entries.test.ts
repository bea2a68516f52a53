/**
 * Review near-misses: a note that voids itself ('VOID', 'entered on wrong case', 'this entry was made in error'), corrects
 * who was on the line ('Correction: it was her sister, not client'), or says the meeting was a training exercise
 * ('simulated for training', 'Role-play:') records no contact with the participant, in either pack.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a note that voids itself or takes back who was reached', () => {
  doesNotCount([
    'VOID - Met with client 3/4 to review CNA progress.',
    'Note entered on wrong case: met with client in person 3/4.',
    'Met with client (this entry was made in error).',
    'Spoke with client by phone 3/4. Correction: it was her sister, not client.',
    'Spoke with client by phone 3/4. Update: the person I spoke with was her cousin, not her.',
  ]);
});

describe('a meeting that was a training exercise', () => {
  doesNotCount(['Meeting with client was simulated for training purposes 3/4.', 'Role-play: met with client in person 3/4 for the new-staff training.']);
});

describe('more notes that void themselves, point to the note that replaces them, or were an exercise', () => {
  doesNotCount([
    'DUPLICATE ENTRY - met with client in person 3/4 re: CNA.',
    'Duplicate entry, see corrected note. Met with client 3/4.',
    'See corrected note dated 3/5. TC w/ client 3/4.',
    '*** VOIDED *** TC w/ client 3/4: class going well.',
    'Delete this note - met with client 3/4 re: CNA.',
    'Note voided. Met with client in person 3/4.',
    'Met with client in person 3/4, class going well. VOID',
    'TC w/ client 3/4. Correction - spoke with her roommate, not client.',
    'Met with client 3/4. Correction: that was his brother, not him.',
    'Training scenario: met with client in person 3/4 to review CNA progress.',
    'Practice exercise for new staff: TC w/ client 3/4, she passed her test.',
    'TC w/ client 3/4, 95% attendance. Note was made in error.',
  ]);
});

describe('still counts: a late entry, a voided check or form, a correction that is not of who was reached', () => {
  counts([
    ['Met with client 3/4 (late entry). Class going well, 95% attendance.', 'in-person'],
    ['Late entry for 3/4: TC w/ client, she passed her CNA test.', 'telephone'],
    ['Spoke with client by phone 3/4. Correction: her start date is 3/9, not 3/2. Class 95%.', 'telephone'],
    ['Met with client in person 3/4; her old paycheck was voided and reissued. Class 95%.', 'in-person'],
    ['TC w/ client 3/4: she avoided missing class this month, 95% attendance.', 'telephone'],
    ['Met with client 3/4 to role-play a phone interview; she passed her CNA test.', 'in-person'],
    ['Met with client in person 3/4; we deleted the duplicate entry in her job log. Class 95%.', 'in-person'],
    ['TC w/ client 3/4; she spoke with her advisor, not her teacher, about the exam. Passed the CNA test.', 'telephone'],
    ['Met with client in person 3/4; it was her mother who drove her. She passed her CNA test.', 'in-person'],
    ["Spoke with client by phone 3/4; it was her son's first day of school. Class 95%.", 'telephone'],
    ['Met with client in person 3/4: she passed her CNA skills test; next: sample résumé review.', 'in-person'],
    ['Met with client in person 3/4; drug test results - negative. Attending daily, 95%.', 'in-person'],
    ['Met with client in person 3/4; she will draft her cover letter. Class 95%.', 'in-person'],
    ['Spoke with client by phone 3/4; actually she is doing great, 95% attendance.', 'telephone'],
    ['Spoke with client by phone 3/4; her mother was also on the line. Attending daily, 95%.', 'telephone'],
    ['Met with client 3/4 in person; it turned out to be a good day: she passed her exam.', 'in-person'],
    ['Met with client in person 3/4; she talked about imposter syndrome at work. Class 95%.', 'in-person'],
    ['Met with client in person 3/4; her leave request was retracted by HR, she is back at work full time.', 'in-person'],
    ['Met with client in person 3/4; we practiced a role play of her interview. Passed her CNA test.', 'in-person'],
    ['Spoke with client by phone 3/4. Correction: her sister\'s name is Ana, not Anna. Class 95%.', 'telephone'],
  ]);
});
