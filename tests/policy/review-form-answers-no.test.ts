/**
 * A contact log's own answer that the call did not connect ('Contact made: No', 'Reached: No', 'Client reached? No',
 * 'Successful: N'), before or after the 'TC' it answers for, or a one-word outcome after it ('TC 3/4: failed',
 * 'incomplete', 'unreached', 'dropped'), says nobody was reached: no contact, in either pack. ('TC 3/4. Result: no
 * contact.', 'TC 3/4 - unsuccessful.' and 'Phone call 3/4. Contact made: No.' are refused today.)
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe("a log's answer that the call did not connect", () => {
  doesNotCount([
    'Reached client: no. TC 3/4.',
    'Contact: no. TC 3/4.',
    'Connected: N. TC 3/4.',
    'Client reached? No. TC 3/4.',
    'Spoke to client? No. TC 3/4.',
    'Contact made? N - TC 3/4.',
    'TC 3/4. Contact made: No.',
    'TC 3/4. Reached: No.',
    'TC 3/4. Spoke with client: No.',
    'TC 3/4. Client reached: N.',
    'TC 3/4. Connected: no.',
    'TC 3/4. Successful: N.',
  ]);
});

describe('a one-word outcome after the call that says it failed', () => {
  doesNotCount(['TC 3/4: incomplete.', 'TC 3/4: failed.', 'TC 3/4: negative.', 'TC 3/4 - unreached.', 'TC 3/4: dropped.']);
});
