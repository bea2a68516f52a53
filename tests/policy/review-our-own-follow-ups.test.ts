/**
 * Review near-misses: after our text or e-mail, a reply with no subject whose words are ours to her ('Replied 3/5 that
 * she needs to bring her pay stubs', 'Wrote back that she must sign', 'that she is welcome to come in', 'that she can
 * start Monday if she brings her ID') is the writer answering, not the participant: an instruction or an invitation
 * says what she should do, not what she told us. No reply from her is documented, in either pack.
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('a subject-less reply that tells her what to do', () => {
  doesNotCount([
    'Texted client 3/4 asking about class. Replied 3/5 that she needs to bring her pay stubs Friday.',
    'E-mailed client 3/4 about FAFSA. Wrote back 3/5 that she must sign the form by Friday.',
    'Texted client 3/4 asking about class. Replied 3/5 that she is welcome to come in Friday.',
    'Texted client 3/4 about her schedule. Replied 3/5 that she can start Monday if she brings her ID.',
  ]);
});
