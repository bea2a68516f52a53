/**
 * Arrivals and calls that are no two-way contact with us, found in review: someone else's appointment, an arrival
 * at an event or at a closed, cancelled or rescheduled meeting, an errand told with a past verb after the arrival,
 * a call that "dropped", and our receptionist or front desk doing the talking. None of these may reset a due date.
 * Beside them, rows that must still count: the arrival and our talk with the participant. Both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('still counts: the participant came and talked with us', () => {
  counts([
    ['Client came in 3/2, we reviewed her IEP; she starts CNA class 3/9.', 'in-person'],
    ['Client came at 10 for her appointment with me; she starts CNA class Monday.', 'in-person'],
    ['Client came in and dropped off her timesheet; we talked about her hours at Hy-Vee.', 'in-person'],
  ]);
});

describe('someone else\'s appointment, an event, a place that is not a meeting', () => {
  doesNotCount([
    'Client came at 10 for her appointment with DHS; they approved her SNAP.',
    'Client came at 9 for his appointment with the probation officer.',
    'Client arrived at the office at 9 for the job fair.',
    'Client walked in to the JC 6/2 for the hiring event.',
    'Client came into the office 6/2 for the hiring event.',
    'Client came in to the office for her SNAP interview 4/17.',
    'Client came in for a hiring event 4/16.',
  ]);
});

describe('an arrival with no meeting: closed, cancelled, rescheduled', () => {
  doesNotCount([
    'Client came at 10 for her appointment; the office was closed for the storm.',
    'Client arrived for the OV 5/4 but the interpreter did not come; rescheduled.',
    'Client came in for her appointment; office closed due to snow.',
  ]);
});

describe('an errand told with a past verb after the arrival', () => {
  doesNotCount([
    'Client dropped by 3/2 and left her timesheet at the front desk.',
    'Client came in 3/2 and dropped off her timesheet at the front desk.',
    'Client came in 3/2, left her timesheet.',
    'Client came in 3/2 and left paystubs with the receptionist.',
    'Client came in 3/2 and submitted her timesheet.',
    'Client stopped by 3/2 and left her timesheet at the front desk.',
    'Client stopped by and left her paystubs in my box.',
    'Client came in 3/23 and picked up a gas card from the front desk.',
  ]);
});

describe('our reception or front desk is not the case manager talking with the participant', () => {
  doesNotCount([
    'Client came to reception 4/2 asking for a bus pass; front desk gave her one.',
    'Client phoned in 3/25 and spoke with the receptionist about bus passes.',
  ]);
});

describe('a call that dropped never connected', () => {
  doesNotCount([
    'Phone call with client 4/1 dropped after the first ring.',
    'Video call with client 3/28 dropped before she joined.',
  ]);
});
