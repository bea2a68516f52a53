/**
 * Review near-misses: 'youth' and 'student' name the participant in youth and college programs, but not in a role,
 * an office or a group named with them ('the youth counselor', 'youth services', 'the youth group', 'the student body
 * president'), nor as 'a student' someone else. A talk with them is no contact with her, in either pack.
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe("a role, an office or a group named with the participant's word", () => {
  doesNotCount([
    'Spoke with the youth counselor by phone 3/4 re: the youth.',
    'Met with the youth group at the library 3/4.',
    'Spoke with youth services by phone 3/4.',
    'Met with the student body president 3/4.',
    'Spoke with a student at the college 3/4 about her.',
  ]);
});
