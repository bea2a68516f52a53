/**
 * Review near-misses: a walk-in is the participant at our door, not yet a talk with us. When the note says she only
 * used the lab, the copier or the resource room, came for a workshop, orientation or class, or waited and left before
 * anyone met her, nobody of ours spoke with her: no contact, in either pack. (None counted before walk-ins were read
 * as visits.)
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('a walk-in nobody of ours met', () => {
  doesNotCount([
    'Walk-in 3/4 - client used the computer lab; did not ask for staff.',
    'Walk-in. Resource room only.',
    'Walk-in 3/4 - used the copier and fax.',
    'Walk-in 3/4, client waited 20 min and left.',
    'Walk-in 3/4. Client had to leave before we could meet.',
  ]);
});

describe('a walk-in group session', () => {
  doesNotCount(['Walk-in orientation 3/4.', 'Walk-in workshop 3/4: resume basics, 12 attended.', 'Walk-in 3/4 for the resume class.']);
});
