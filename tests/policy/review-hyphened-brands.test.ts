/**
 * Review near-misses: a brand or a programme spelled with a hyphen ('Hy-Vee', 'Wal-Mart',
 * 'Coca-Cola', 'Follow-Up') is an organisation even where the note calls the participant 'he' or 'she': the call was
 * with the store, not with her. A double first name ('Jean-Robert', 'Marie-Ange') still names a person.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe("a hyphened brand in a note that says 'he' or 'she'", () => {
  doesNotCount([
    'TC w/ Hy-Vee 3/4 - discussed job search, she will apply at Hy-Vee.',
    'TC w/ Hy-Vee 3/4: she starts Monday, 32 hrs.',
    'TC w/ Wal-Mart 3/4: he starts Monday, 32 hrs.',
    '11/02/26 Phone with Hy-Vee 12 min. She starts Monday.',
    '11/02/26 Phone with Coca-Cola 12 min. He starts Monday.',
    '11/02/26 Phone with Follow-Up 12 min. She starts Monday.',
  ]);
});

describe('still counts: a double first name is the one who tells her own news', () => {
  counts([
    ['11/02/26 Phone with Jean-Robert 12 min. He is better, back at the plant Monday.', 'telephone'],
    ['TC w/ Rose-Marie 3/4: she passed the CNA skills test.', 'telephone'],
  ]);
});
