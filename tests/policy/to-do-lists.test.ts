/**
 * A contact in a list of things still to do is not made: a to-do or outstanding-items label, on its own line over a
 * list or before the items on its line, makes what follows it a plan for the second key, as "Next steps:" and "Tasks:"
 * already did ("To do:\n- TC w/ client re: FAFSA" counted in both packs). A contact told before the list still counts.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a contact still to do', () => {
  doesNotCount([
    'To do:\n- TC w/ client re: FAFSA\n- mail IEP copy',
    'Outstanding items: office visit w/ customer; signed release.',
    'To-do list:\n1. OV w/ cust to sign ITA\n2. TC w/ school',
    'Still to do: meet w/ client re: IEP.',
    'Outstanding:\n- TC w/ participant re: timesheets\n- verify enrollment',
  ]);
});

describe('still counts: the contact told before the list', () => {
  counts([
    ['TC w/ client 3/4: she passed her CNA exam and starts at Mercy 3/20.\nTo do:\n- mail IEP copy\n- TC 4/4', 'telephone'],
    ['Met w/ cust 3/4 at the WFC; she applied to 5 jobs, interview at Target 3/9. Outstanding items: signed release. F/u 4/4.', 'in-person'],
  ]);
});
