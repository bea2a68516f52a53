/**
 * "As we discussed, …" presupposes a talk from before the note's contact: it states no contact of its own. A letter
 * or e-mail recapping an earlier talk ("As we discussed, I am sending the forms by mail today") is one-way until the
 * participant answers. Written before the fix; each refused row counted on the old code. Both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a recap of an earlier talk is no contact', () => {
  doesNotCount([
    'As we discussed, I am sending the forms by mail today 3/4. Please sign and return them.',
    'Dear Ms. Ortiz, as we talked about, I e-mailed the OJT forms 3/4. Please sign them.',
  ]);
});

describe('still counts: the contact the note tells', () => {
  counts([['Spoke with client by phone 3/4; as we discussed, she passed her CNA skills test.', 'telephone']]);
});
