/**
 * A paper form's blanks left on the contact's own line ("Phone contact with participant on __/__ to discuss ________.")
 * leave the contact unfinished, as a template's bracketed blank does: it counted in both packs. A blank elsewhere
 * ("Signature: ________" under a filled-in contact) is no gap in the contact.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('the contact\'s line left blank', () => {
  doesNotCount([
    'Phone contact with participant on __/__ to discuss ________.',
    'Met with customer ______ in person on ___ re: ________.',
    'TC w/ client __/__ - client reports ________.',
  ]);
});

describe('still counts: a blank elsewhere', () => {
  counts([
    ['TC w/ client 3/4: she passed her CNA exam and starts at Mercy 3/20. F/u 4/4.\nSupervisor signature: ________', 'telephone'],
  ]);
});
