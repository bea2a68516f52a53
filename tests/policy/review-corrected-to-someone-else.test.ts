/**
 * A note that says, after the contact, that the person met or on the line was someone else ('actually it was her
 * mother', 'strike that, met with her sister', 'Later learned it was her twin sister', 'Turned out to be an
 * impostor', a caller who could not verify who they were) takes the contact back: no contact, in either pack.
 * ('Spoke with client 3/4 — correction, spoke with her mom.' and 'Spoke with someone claiming to be client …' are
 * refused today.)
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('a contact taken back: it was someone else', () => {
  doesNotCount([
    'Spoke with client by phone 3/4 - actually it was her mother.',
    'Met with client 3/4 - strike that, met with her sister.',
    'Met with client 3/4 in person. Disregard: client was not present; I met her sister.',
    'Spoke with client by phone 3/4. Later learned it was her twin sister, not client.',
    'Spoke with client by phone 3/4. Turned out to be an impostor, not client.',
    'Spoke with "client" by phone 3/4 - caller could not verify DOB.',
  ]);
});
