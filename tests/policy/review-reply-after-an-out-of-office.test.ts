/**
 * An e-mail that first met an out-of-office or an auto-reply and was answered later by the participant is an e-mail
 * contact: her reply counts, and its type is e-mail, not telephone, in both packs.
 */
import { describe } from 'vitest';
import { counts } from './both-packs';

describe('a reply after an out-of-office', () => {
  counts([
    ['E-mailed client 3/4. Got her out-of-office; she replied 3/6: class going well, 95% attendance.', 'email'],
    ['E-mailed client 3/4; auto-reply said she was away until 3/6. She replied 3/7: passed her CNA skills test.', 'email'],
    ['E-mailed client 3/4, bounced back with an out-of-office. She wrote back 3/6 that she starts clinicals Monday.', 'email'],
  ]);
});
