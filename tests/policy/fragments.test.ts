/**
 * Fragments that name a contact and nothing else around it (real contacts the reader used to miss): "Walk-in.",
 * "Call w/ client 20 min - job search, 3 apps", "F2F @ AJC", "OV w/ cust". A walk-in alone is not one: it says she
 * came to our door, not that anyone of ours talked with her (she may have used the lab, joined a workshop or left), so
 * the note must say so ("met with"); "Call w/ client" is a call named with its counterpart, as "Phone w/ client" and "TC
 * w/ cust" are; the job centre ("@ AJC", "at the Job Center") is our own place, not someone else named. Written from
 * the policies (MO §2: a two-way contact in person or by phone; MN Letter 110: contact in person or by phone) before
 * changing the reader. What takes such a fragment back still does: a plan, a failure after it, someone else named
 * with it, an errand nobody of ours met, a question. Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a walk-in', () => {
  counts([
    ['Walk-in 3/4; met with cust: started at Target 3/2, 30 hrs/wk, $16/hr.', 'in-person'],
    // Her own news told in a sentence of its own is her side of a talk.
    ['Walk-in 3/4. Cust started at Target 3/2, 30 hrs/wk, $16/hr.', 'in-person'],
  ]);
  doesNotCount([
    'Walk-in.',
    '• walk-in 4/8 ✓ • laid off 4/4 (line cut) • applied at two plants today',
    'Walk-in 3/4 - dropped off timesheet at the front desk, did not see CM.',
    'Walk-in 3/4: her mother came in to drop off paperwork.',
    'Walk-in hours are Tuesdays; told cust to come by.',
    'Referred client to the walk-in clinic 3/4.',
    'Client will walk in Monday.',
    'Walk-in 3/4 - left before CM was available.',
    'Walk-in 3/4?',
    'No walk-in this month.',
    'Walk-in scheduled? No, appointment 3/10.',
  ]);
});

describe('a call named with whom', () => {
  counts([
    ['Call w/ client 20 min - job search, 3 apps', 'telephone'],
    ['Call with cust 3/4 (15 min): started at Hy-Vee Monday.', 'telephone'],
  ]);
  doesNotCount([
    'Call w/ client scheduled for 3/6.',
    'Call w/ client 3/4 - NA, LM.',
    'Call w/ client cancelled.',
    "Call w/ client's mother 3/4: she says client started at Target.",
    'Call w/ client?',
    'Call w/ client next week re: FAFSA.',
    'Call w/ client 3/4 - msg left w/ roommate.',
    'To do: call w/ client re: FAFSA.',
  ]);
});

describe('face to face at our own place', () => {
  counts([
    ['F2F @ AJC', 'in-person'],
    ['F2F @ AJC 3/4 - cust in wk 6 of welding, 100% attendance.', 'in-person'],
    ['OV w/ cust', 'in-person'],
  ]);
  doesNotCount([
    'F2F @ AJC scheduled 3/10.',
    'F2F @ AJC 3/4 - no show.',
    'F2F @ AJC w/ her instructor 3/4: cust at 94%.',
    'F2F @ AJC 3/4 with Ms. Lee (VR counselor) re: client.',
    'F2F @ Acme Staffing 3/4 w/ the branch mgr: client was ended from the assignment.',
  ]);
});
