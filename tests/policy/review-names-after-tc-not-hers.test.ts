/**
 * A word right after "TC", "OV" or "Call w/" that is no name of hers — an organisation ('Spire', 'Section 8'), a title
 * or a family word ('Coach', 'Prof', 'Sarge', 'the doc', 'Dr', 'Auntie', 'Hubby', 'Sis'), an agency ('OV DVR') — or a name
 * whose call is about someone else ('re: her son Marcus', "re: client's rent", 'client started at Hy-Vee'), or a
 * call the note says is still to be tried again or was told by her mother, is no two-way contact with her, in either
 * pack. The first block counted only since the name-after-TC reading (all refused on a6ca5ad); the second counted
 * before it too.
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('counted since the name-after-TC reading', () => {
  doesNotCount([
    'TC Jenna 3/4 re: her son Marcus.',
    "TC Jenna 3/4 re: client's rent.",
    'TC Jenna 3/4 about Marcus.',
    '11/16 TC Jenna. Will try again.',
    '11/16 TC Jenna. Classes fine per her mom.',
    'TC Spire 3/4.',
    'TC Section 8 3/4.',
    'TC Coach 3/4.',
    'TC Prof 3/4.',
    'TC Sarge 3/4.',
    'TC Auntie 3/4.',
    'TC Hubby 3/4.',
    '3/4 Call w/ Section 8 20 min.',
  ]);
});

describe('counted before it too', () => {
  doesNotCount([
    'TC Jenna 3/4: client started at Hy-Vee.',
    'TC Jenna 3/4: she says client is at work.',
    'TC the doc 3/4.',
    'TC Dr 3/4.',
    'TC Sis 3/4.',
    'TC Bro 3/4.',
    'OV DVR 3/4.',
    'OV Section 8 3/4.',
  ]);
});
