/**
 * The participant coming to us: the participant as the subject of a verb of arriving ("came at 10:15", "arrived",
 * "showed up", "dropped by", "walked in to"), with where or when it ends (a time, our appointment, our office, a
 * desk or counter of ours), is a contact in person like "came in", on both keys. It still needs someone talking
 * when the visit was for an errand, and it is nothing when it was someone else's arrival, a plan, a denial, someone
 * else's report, or an arrival somewhere that is not ours. Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('the participant arriving: at a time, for our appointment, at our desk', () => {
  counts([
    ['Client came at 10:15 for her 10:00 appointment; she finished module 4 of the CNA course and passed the quiz.', 'in-person'],
    ['Participant arrived at 2:30 for the OV. Reports she is working 32 hrs at Hy-Vee.', 'in-person'],
    ['Customer showed up for his appointment 5/4. Started at Tyson on 5/1, $17/hr.', 'in-person'],
    ['Client came to my desk 3/9 and we went over her timesheet: 30 hrs at the food shelf.', 'in-person'],
    ['Youth dropped by the WFC 4/3, says he passed his permit test.', 'in-person'],
    ['Client came to the front counter 3/12; she says she passed her road test and starts driving for Schwan\'s 3/20.', 'in-person'],
    ['Cust walked in to the JC 6/2. Reviewed his resume; he has applied at 4 plants this week.', 'in-person'],
    ['Not a no-show: cust arrived at 9:20 for the 9:00 OV (bus late). She is in week 3 of the course, quizzes at 90+.', 'in-person'],
  ]);
});

describe('near-misses: no arrival of theirs with us', () => {
  doesNotCount([
    'Client did not show up for her appointment 5/4.',
    'Client was supposed to come at 10 but never arrived.',
    'Cust will come at 3 tomorrow to review his resume.',
    'Instructor says client arrived at 9:15 for the exam and passed.',
    "Cust's mother came to the front desk 4/2 to drop off his timesheet.",
    'Client came to the job fair at 10 and left at noon.',
    'Client dropped by the office to pick up a bus pass; I was out.',
    'Client came at 3 to drop off her timesheet.',
    'Client showed up at the job fair 4/2.',
    'Client arrived at the worksite at 7 per supervisor; supervisor says she is doing well.',
    'Her paycheck arrived at 3 on Friday.',
    'Client arrived late to class 4/2 according to the instructor.',
    'If client arrives at 10 for the appointment, review the IEP.',
    'Client arrived at 10 for the appointment? Front desk not sure.',
    'Roommate dropped by the WFC 4/3 with her timesheet.',
    'Client came at 2 for her appointment but left before I was free; no contact.',
  ]);
});
