/**
 * A note that says of itself that it is a test, a sample, a placeholder, a draft not to be counted, entered for data
 * only with no contact, or a non-contact note, records no contact, whatever contact words follow: no contact, in
 * either pack. ('TEST NOTE - please ignore.', 'Example note for new staff:', 'NOT A CONTACT -' and 'Template
 * example -' are refused today.)
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('a note that says it is no contact record', () => {
  doesNotCount([
    'Test - met with client 3/4.',
    'testing testing: spoke with client by phone 3/4',
    'This is a test entry. Met with client 3/4 in person: attending daily.',
    'Sample: Met with client in person 3/4: attending daily.',
    'Entered for data purposes only; no contact. Met with client 3/4.',
    'Placeholder - Met with client 3/4.',
    'Draft - do not count. Met with client 3/4.',
    'Non-contact note: Met with client in passing at Walmart 3/4.',
  ]);
});
