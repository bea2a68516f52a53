/**
 * Real contacts with her that name an agency, a program or an employer beside her — her DVR plan, what SSA or her PO
 * told her, the Job Corps center or the Hy-Vee store where we met, Goodwill staff in the room with her — still count
 * with their type, in both packs: the agency is where or what, not whom.
 */
import { describe } from 'vitest';
import { counts } from './both-packs';

describe('her contact, with an agency named beside her', () => {
  counts([
    ['Participant: Ana Ruiz. TC Ana 3/4: attending daily, 95%.', 'telephone'],
    ['TC w/ client 3/4 re: her DVR IPE: signed; attending daily, 95%.', 'telephone'],
    ['TC 3/4: client says DVR approved her IPE; attending daily.', 'telephone'],
    ['TC w/ cust 3/4: her PO says she is compliant; she is attending daily, 95%.', 'telephone'],
    ['TC 3/4 w/ client: she is at Job Corps, week 3, all modules on track.', 'telephone'],
    ['Met with client at Goodwill 3/4: attending daily, 95%.', 'in-person'],
    ['Met with client and Goodwill staff 3/4: she is attending daily.', 'in-person'],
    ['Met w/ Marcus at Goodwill 3/4 in person: he is attending daily.', 'in-person'],
    ['Met with Tina 3/4: attending daily, 95%.', 'in-person'],
    ['Met with client and her Job Corps advisor 3/4 in person: she is on track, week 3.', 'in-person'],
    ['Met with client at the Job Corps center 3/4: week 3, on track.', 'in-person'],
    ['Met with client at Section 8 office 3/4 for her housing interview: approved; attending daily.', 'in-person'],
    ['Met with client at Hy-Vee 3/4 on her break: 30 hrs/wk, likes the job.', 'in-person'],
  ]);
});
