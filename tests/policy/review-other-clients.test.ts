/**
 * Review near-misses: 'a client', 'one of my other clients', 'a customer in the lobby', 'a former client' or 'the other
 * client' is someone on a caseload, not the participant whose note this is. A talk with them is no contact with her,
 * in either pack.
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('a talk with another client or customer', () => {
  doesNotCount([
    'Spoke with a client at the job fair 3/4 about CNA programs.',
    'Met with one of my other clients 3/4 who knows her; he says she moved.',
    'Spoke with a customer in the lobby 3/4 who asked for her.',
    'Spoke with a former client by phone 3/4 who works at Tyson with her.',
    'Met with the other client 3/4 (her roommate) in person.',
  ]);
});
