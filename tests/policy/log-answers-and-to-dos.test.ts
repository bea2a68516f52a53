/**
 * Beside the review tables for a log's own "No" (review-form-answers-no), a contact said not to be possible
 * (review-contacts-said-not-to-happen) and a to-do line (review-to-do-lines): more of the same shapes that record no
 * contact, and real contacts whose words look like them, in both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a log that answers no, a contact said not possible, a to-do', () => {
  doesNotCount([
    'HV 3/4 - unsuccessful.',
    'Client contacted? N. TC 3/4.',
    'Office visit 3/4: dropped.',
    'Contact with participant could not be made 3/4.',
    'To do: meet with client in person re: CNA.',
    'Meet with client 3/12 at the job center.',
    'Action item - TC w/ client re: FAFSA.',
    'Home visit with client on the calendar for 3/12.',
  ]);
});

describe('still counts: a "no" or a "negative" about something else, a meeting planned after a real one', () => {
  counts([
    ['Met with client in person 3/4: passed her CNA test. Emergency contact: N/A.', 'in-person'],
    ['TC w/ client 3/4: she is attending daily. Transportation barrier: no.', 'telephone'],
    ['Met with client in person 3/4; UA 3/4: negative. Attending daily, 95%.', 'in-person'],
    ['Met with client in person 3/4; contact with her employer was not possible, she will ask HR. Class 95%.', 'in-person'],
    ['Spoke with client by phone 3/4: she passed her CNA test. Meet with her again 3/12.', 'telephone'],
    ['Met with client in person 3/4; we put her interview on the calendar for 3/9. Class 95%.', 'in-person'],
    ['TC w/ client 3/4: she failed the written test but passed skills; retest 3/12.', 'telephone'],
    ['Met with client in person 3/4. Reached: yes. Attending daily, 95%.', 'in-person'],
  ]);
});
