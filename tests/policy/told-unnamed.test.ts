/**
 * "Called client's job site and was informed she is on shift until 6": the writer was told by someone the note does
 * not name, so the call reached whoever answered, not the participant (an attempt, as when a roommate answers). The
 * participant telling, or the participant as the subject of "was told", is another matter. Both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('told by someone unnamed', () => {
  doesNotCount([
    "Called client's job site and was informed she is on shift until 6.",
    "Called cust's work number 3/4 and was told he is on the road until Friday.",
    'Phoned the number on file 5/5, was told client moved to Texas.',
    'Called participant 6/6 and I was told she is at clinicals all day.',
    "Called youth's school 4/4; was informed he has been attending and passed English.",
  ]);
});

describe('the participant telling, or told by us', () => {
  counts([
    ['Called client 3/4. She said she is on shift until 6 and passed her CNA exam 3/1.', 'telephone'],
    ['Met with client 3/4. Client was told about the job fair and said she applied at Mercy and Hy-Vee.', 'in-person'],
  ]);
});
