/**
 * Review near-misses, written before reading the reader's change: a call with someone named, who then speaks of the
 * participant as someone else ("client passed …", "her grandson passed …", "she said Kofi …", "… per her
 * grandmother"). The one on the line is a relative or a stranger telling us news, not the participant: none may count
 * in either pack (Minnesota takes no third party; in Missouri nothing says this person is a provider or an alternate
 * contact with knowledge of the participant's progress, and an unclear note does not qualify).
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a named person who speaks of her relative', () => {
  doesNotCount([
    'TC w/ Nana Mensah 3/4: she said her grandson passed the CNA skills test.',
    'TC w/ Nana Mensah 3/4: her granddaughter passed the CNA skills test.',
    'TC w/ Nana Mensah 3/4: her nephew passed the CNA skills test.',
    'TC w/ Nana Mensah 3/4: she passed the CNA skills test per her grandmother.',
    'TC w/ Maria Lopez 3/4: her grandson passed the CNA skills test.',
    'TC w/ Maria Lopez 3/4: she said her daughter passed the CNA skills test.',
    'TC w/ Nana 3/4: her grandson passed the CNA skills test.',
    'TC w/ Nana Mensah 3/4: grandson passed the CNA skills test.',
  ]);
});

describe('a named person who speaks of the participant by another name', () => {
  doesNotCount([
    'TC w/ Nana Mensah 3/4: she said Kofi passed the CNA skills test.',
    'TC w/ Nana Mensah 3/4: client passed the CNA skills test.',
    'TC w/ Maria 3/4: she said client passed the CNA skills test.',
    'TC w/ Nana 3/4: she said client passed the CNA skills test.',
    'TC w/ Maria Lopez 3/4: she said the client passed the CNA skills test.',
    'TC w/ Maria Lopez 3/4: she reports the participant passed the CNA skills test.',
  ]);
});

describe('still counts: the one named is the one who passed', () => {
  counts([
    ['TC w/ Maria Lopez 3/4: she passed the CNA skills test.', 'telephone'],
    ['TC w/ Maria Lopez 3/4: she said she passed the CNA skills test and starts at Mercy 3/9.', 'telephone'],
  ]);
});
