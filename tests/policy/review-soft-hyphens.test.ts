/**
 * A soft hyphen (U+00AD), which word processors and PDFs leave inside words and which a paste carries into the note
 * unseen, must not hide the word that says a call failed: 'did not an\u00adswer', 'wrong num\u00adber' are the same
 * words. No contact, in either pack. (Ten other rows with a soft hyphen inside the failure word are refused today.)
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('a soft hyphen inside the word that says the call failed', () => {
  doesNotCount(['Phone call with client 3/4: she did not an\u00adswer.', 'Phone call with client 3/4 - wrong num\u00adber.']);
});
