/**
 * A contact named as a noun and then said not to have happened ('Phone contact with client was not possible',
 * '… could not be established', '… was not made') is no contact: the words after the noun take it back, in either
 * pack. ('Phone contact with client did not happen' and '… was unsuccessful' are refused today.)
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('a contact named and then said not to have happened', () => {
  doesNotCount([
    'Phone contact with client was not possible 3/4.',
    'Phone contact with client: not possible 3/4.',
    'In-person contact with client was not possible 3/4 (office closed).',
    'Telephone contact with client was impossible 3/4.',
    'Phone contact with client was not made 3/4.',
    'Face-to-face contact with client was not possible 3/4.',
    'Phone contact with client not possible 3/4.',
    'Phone contact with client not established 3/4.',
    'Phone contact with client could not be established 3/4.',
    'Phone contact with client was not achieved 3/4.',
    'In-person contact with client was not possible this month.',
  ]);
});
