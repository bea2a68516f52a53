/**
 * A first name that is not the participant's, in a note that names her in full first
 * ('Participant: Ana Ruiz. TC w/ Maria …'), or a first name with the organisation the person speaks for ('Jan from
 * Ranken', 'Tom at Goodwill … : client attends daily'), is someone else. A talk with them is no contact with her, in
 * either pack.
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('a first name other than the one the note gives the participant', () => {
  doesNotCount([
    'Participant: Ana Ruiz. TC w/ Maria 3/4: CNA going well, 95% attendance.',
    'Client Ana Ruiz. Met with Maria in person 3/4; she is attending daily.',
    'Cust: Deshawn Miller. Spoke with Tyrone by phone 3/4: job search going well.',
  ]);
});

describe('a first name with the organisation they speak for', () => {
  doesNotCount(['Spoke with Jan from Ranken by phone 3/4; client passed her midterm.', 'Spoke with Tom at Goodwill by phone 3/4: client attends daily.']);
});
