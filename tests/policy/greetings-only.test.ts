/**
 * A greeting and nothing more is no contact. Both policies ask for a contact that documents the participant's
 * progress (Missouri: "document the in person contact", substantive entries; Minnesota: "type of contact and results"),
 * and ARCHITECTURE.md's "What qualifies" asks for a two-way exchange: a wave or "said hi only" exchanges nothing about
 * the case. A greeting followed by a real talk still counts. Both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a greeting only', () => {
  doesNotCount([
    'Saw cust at the pantry line 5/4, said hi only.',
    'ran into client at Walmart, we waved',
    'Met client in the hallway 3/3, exchanged greetings only.',
    'Spoke w/ client briefly at the pantry 5/4 - hi and bye only.',
    'Saw participant at the bus stop 4/4 - exchanged hellos, no conversation.',
    'Saw youth at the mall 4/4; we only waved.',
    'Saw client at Aldi 6/2 - said hello only.',
    'Ran into Maria at the clinic 3/9, we said hi and that was it.',
    'Saw cust at church 4/12 - just a quick hello, nothing about work.',
    'Talked with client at the gas station 5/5, just a wave from her car.',
    'Saw client at the store 2/2 and exchanged pleasantries only.',
    'Bumped into participant at the library 3/3, just said hi.',
  ]);
});

describe('still counts: a greeting, then a talk', () => {
  counts([
    ['Saw cust at the pantry line 5/4 and said hi; we talked 10 min: she finished her CNA clinicals and tests 5/20. F/u 6/4.', 'in-person'],
    ['Ran into client at Walmart 5/4 and we talked about her job search: she has an interview at Hy-Vee 5/10. F/u 6/4.', 'in-person'],
    ['TC w/ client 3/4: said hello, then went over her timesheet; she is working 30 hrs at Target. Next TC 4/4.', 'telephone'],
  ]);
});
