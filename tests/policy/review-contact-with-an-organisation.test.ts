/**
 * A contact form's "Contact With:" line naming an organisation ('Job Corps', 'Goodwill', 'Ranken', 'Hy-Vee', 'Ameren',
 * 'Express Staffing') says the contact was not with her: it does not count, in either pack. ('Contact With: DVR',
 * 'Contact With: Employer' and 'Contact With: Mother' were refused already.) The form naming her, by a participant word
 * or by name, still counts.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe("'Contact With:' an organisation", () => {
  doesNotCount([
    'Contact Type: Telephone\nContact With: Job Corps\nNotes: client in week 3.',
    'Contact Type: Telephone\nContact With: Goodwill\nNotes: client attending.',
    'Contact Type: In Person\nContact With: Ranken\nNotes: client enrolled.',
    'Contact Type: Telephone\nContact With: Hy-Vee\nNotes: client hired.',
    'Contact Type: Telephone\nContact With: Ameren\nNotes: client bill paid.',
    'Contact Type: In Person\nContact With: Express Staffing\nNotes: client placed.',
  ]);
});

describe("still counts: 'Contact With:' the participant", () => {
  counts([
    ['Contact Type: Telephone\nContact With: Maria Lopez\nNotes: she passed her CNA exam and starts Monday.', 'telephone'],
    ['Contact Type: In Person\nContact With: Client\nNotes: she passed her CNA exam and starts Monday.', 'in-person'],
    ['Contact Type: Telephone\nContact With: Participant (Maria)\nResults: attending daily, 95%.', 'telephone'],
  ]);
});
