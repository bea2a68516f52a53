/**
 * An automatic out-of-office reply to our e-mail is the e-mail's failure, not a telephone attempt: the
 * e-mail answered after it is an e-mail contact, and the out-of-office alone leaves the e-mail one-way, still an
 * e-mail. Written from the policies' types before changing the reader. Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount, typed } from './both-packs';

describe('an out-of-office reply to our e-mail', () => {
  counts([["E-mailed client 3/4. Got her out-of-office; she replied 3/6: class going well, 95% attendance.", 'email']]);
  typed([
    ['E-mailed client 3/4. Got her out-of-office.', 'email'],
    ['E-mailed cust 3/4, out of office reply until 3/10.', 'email'],
  ]);
  doesNotCount(['E-mailed client 3/4. Got her out-of-office.', 'E-mailed cust 3/4, out of office reply until 3/10.']);
  // A call is still a call.
  typed([['Called cust 3/4; I was out of the office when she called back, no VM.', 'telephone']]);
});
