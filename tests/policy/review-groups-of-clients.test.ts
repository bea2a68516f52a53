/**
 * A meeting with a group — "participants" or "clients" in the plural, "every client … but her", a group session of
 * twenty students — is no two-way contact with this participant unless the note says she was there and talked with
 * us; when it says she was not ("client was not among them", "but her"), certainly not. No contact, in either pack.
 * ('Met with clients at orientation 3/4 (group of 12).', 'Met with 12 clients at the job fair', 'Met with all my
 * clients 3/4 except this one.' and 'Met with the class 3/4 at Ranken; client absent.' are refused today.)
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('a group, not her', () => {
  doesNotCount([
    'Met with every client on my caseload this week but her.',
    'Met with clients 3/4; client was not among them.',
    'Met with youth at the high school 3/4 - group session, 20 students.',
    'Met with participants 3/4 at the workshop.',
    'Met with the participants in the welding class 3/4.',
  ]);
});
