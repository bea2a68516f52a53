/**
 * Near-misses from review of "a titled name" ('TC w/ Bro. Kowalski 4/20 - passed …'), written before reading the
 * reader's change: a contact named with a person (titled or by first name) whose own sentence then says it failed,
 * dropped, was cancelled, moved or never happened. None shows a two-way contact, so none may count in either pack;
 * each was not counted before the titled-name change.
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('a titled name, then the call failed', () => {
  doesNotCount([
    'TC w/ Mr. Ortiz 4/20 - NA.',
    'TC w/ Mr. Ortiz - dropped after the first ring.',
    'TC w/ Ms. Lee 4/20 - dropped after the first ring.',
    'TC w/ Bro. Kowalski 4/20 - dropped after the first ring.',
    'TC w/ Mr. Ortiz 4/20 - phone off.',
  ]);
});

describe('a named contact cancelled, moved or never held', () => {
  doesNotCount([
    'TC w/ Mr. Ortiz 4/20 cancelled.',
    'TC w/ Mr. Ortiz 4/20 - never happened.',
    'TC w/ Jose 4/20 cancelled.',
    'TC w/ Jose 4/20 - never happened.',
    'TC w/ Jose 4/20 - postponed.',
  ]);
});

describe('the same right after the participant\'s word (once a false "qualifies")', () => {
  doesNotCount([
    'TC w/ client cancelled.',
    'TC 5/12 w/ client cancelled.',
    'TC w/ client never happened.',
    'TC w/ client – NS.',
    'TC w/ client – failed.',
    'TC w/ client (unsuccessful).',
    'Phone call w/ client cancelled.',
  ]);
});
