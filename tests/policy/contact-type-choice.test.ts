/**
 * The note's contact type is the contact's, not a word that only looks like a meeting (contact type
 * accuracy): beside a call or an e-mail the note binds to the participant, "IPC" (a soldering standard), "goal met"
 * or "the in-person evening class" bound to nobody do not make it an in-person contact. A meeting the note binds to
 * the participant still names the type.
 */
import { describe } from 'vitest';
import { counts } from './both-packs';

describe('a word that only looks like a meeting does not name the type', () => {
  counts([
    ['TC w/ client 5/6. Still at Polaris 40 hrs/wk, passed the IPC soldering certification.', 'telephone'],
    ['TC w/ cust 5/6: hired at Menards, $17/hr, 36 hrs/wk. Job search goal met; moving to follow-up per IEP.', 'telephone'],
    ['Client called 5/6: dropped the online welding theory class, wants the in-person evening section in fall. ISS updated.', 'telephone'],
  ]);
});

describe('a meeting bound to the participant still names it', () => {
  counts([
    ['Client came in 5/6 and we met for 30 min: she passed her CNA state test and starts at Mercy 5/20. Continue ITA per IEP.', 'in-person'],
    ['Met w/ cust at the job center 5/6 after his TC last week. Passed the forklift test, 3 applications out. Continue job search per IEP.', 'in-person'],
  ]);
});
