/**
 * Review near-misses, written before reading the reader's change: in a note written all in lower case, a word that is
 * not a name the participant could have (a shop, a college, an agency, a role, a machine) or a second first name beside
 * hers is not the participant. An unknown word is not a name, and two names in one note cannot both be her: none may
 * count in either pack.
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('a shop, a college, an agency or a role written in lower case', () => {
  doesNotCount([
    'hyvee called back',
    'walmart called back',
    'talked to goodwill on the phone',
    'talked to operator on the phone',
    'talked to union on the phone',
    'talked to daycare on the phone',
    'talked to dwd on the phone',
    'talked to machine on the phone',
  ]);
});

describe('a second lower-case first name beside the participant', () => {
  doesNotCount([
    'bob called back about tj',
    'talked to bob on the phone about kayla',
    'jenny called back, kayla is doing great',
    'called kayla. jenny called back',
    'talked to sam on the phone, she will tell kayla',
    'jenny (ranken) called back',
  ]);
});
