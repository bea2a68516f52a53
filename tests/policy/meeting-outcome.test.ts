/**
 * An arrival, visit or call carries what came of it (met us, met someone else, did not happen, an errand only,
 * our front desk, a dropped call), and "we talked" re-opens it only when the talk is with the participant, in that
 * contact's own part of the note. Each refused row below counted on the note-wide veto it replaces: the talk it found
 * anywhere in the note was with someone else (DHS, payroll, a supervisor, an employer, a trainer, a caseworker), or
 * the news it found came from someone else (the receptionist, her mother). Both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('talk with someone else does not re-open an arrival or call that was no meeting with us', () => {
  doesNotCount([
    'Client came in 3/2 and submitted her timesheet. We discussed her case with DHS.',
    'Client came in 3/2 and dropped off her timesheet. We went over it with payroll.',
    'Client came in 3/2 and left her paystubs. Discussed her case with her probation officer by phone.',
    'Phone call with client 4/1 dropped after the first ring. Later I reviewed her file with my supervisor.',
    'Phone call with client 4/1 dropped after the first ring. Reviewed her file.',
    'Teams call with client 3/28 dropped before she joined. We reviewed the ITA paperwork with the trainer.',
    'Client came in for the hiring event 4/16. CM talked with the employer about openings.',
    'Client arrived for the OV 5/4 but the interpreter did not come; rescheduled. I explained the delay to her caseworker.',
  ]);
});

describe('someone else talking with the participant is not us', () => {
  doesNotCount([
    'Client came at 10 for her appointment with DHS. DHS worker spoke with her about SNAP.',
    'Client walked in 6/2 for the hiring event. Front desk spoke with her about bus passes.',
  ]);
});

describe('news from someone else does not turn an errand into a meeting', () => {
  doesNotCount([
    'Client dropped by 3/2 and left her timesheet. Receptionist said she seemed upbeat.',
    'Client came in 3/2 and submitted her timesheet. Her mother says she is working 30 hrs.',
  ]);
});

describe('still counts: our talk with the participant in the contact itself', () => {
  counts([
    ['Client came in 3/2 and dropped off her timesheet. We talked about her hours at Hy-Vee; she works 30 hrs.', 'in-person'],
    ['Client came in 3/2 and submitted her timesheet; we reviewed her IEP and she starts CNA class 3/9.', 'in-person'],
    ['Call with client dropped 4/1; she called back 10 min later and we discussed her CNA class, she passed the quiz.', 'telephone'],
    ['Client came in 3/2 and left her timesheet. Talked to her about her hours; she works 30 hrs at Hy-Vee.', 'in-person'],
    ['Client came in 3/2 and dropped off her timesheet. She reports she works 30 hrs at Hy-Vee now.', 'in-person'],
  ]);
});
