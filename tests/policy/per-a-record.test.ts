/**
 * "Per sign-in", "per the class roster", "per the attendance sheet": a record, not a person, tells that the participant
 * attended a group session; nobody talked with them, so no contact. "Per client" is still the participant telling.
 * Our sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('attendance told by a record', () => {
  doesNotCount([
    'Group session "Budget Basics" 4/9: participant attended and participated in the exercise (per sign-in and facilitator notes).',
    'Resume lab 5/6: customer attended, per the sign-in sheet.',
    'Job club 3/4 - youth present per roster, stayed the whole session.',
    'OSHA-10 class 2/20: ppt attended all day per attendance sheet.',
  ]);
});

describe('a person telling still counts', () => {
  counts([
    ['Group session 4/9, met with participant after: per client, she finished her budget and applied at Target and Kohl\'s.', 'in-person'],
  ]);
});
