/**
 * Review near-misses: a reply the case manager names as automatic (an auto-reply, 'replied automatically (out of
 * office)', a carrier's auto-response) is a machine's, not the participant's response: the e-mail or text is still
 * unanswered, in either pack.
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('a reply named as automatic', () => {
  doesNotCount([
    'Sent e-mail. Client responded with an auto-reply.',
    'E-mailed client 3/4. Client replied automatically (out of office).',
    "Texted client 3/4; she responded with the carrier's auto-response.",
  ]);
});
