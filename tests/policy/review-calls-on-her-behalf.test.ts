/**
 * Review near-misses: a call the case manager made on the participant's behalf, to a utility, a hotline or an office,
 * where someone there took it ('a representative', 'an agent', 'a specialist', 'dispatch'), is a call with that
 * office, not with her, in either pack.
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('a call on her behalf, taken by someone at an office', () => {
  doesNotCount([
    'Called Spire 3/4 on her behalf; spoke with a representative.',
    'Called the unemployment line 3/4; spoke with an agent about her claim.',
    'Called on behalf of client to Ameren 3/4; spoke with a rep.',
    'Called 211 on her behalf 3/4 and spoke with a specialist about rent help.',
    'Called the bus company 3/4; spoke with dispatch about her route.',
  ]);
});
