/**
 * A contact dated after today has not happened (near-misses written before reading the reader): a note saved ahead
 * with its full date ("Met with client 12/20/2026, reports …", checked on 12/01/2026) does not count in either pack, and
 * its reason says the date is after today, so the case manager can correct the date or save the note once it took place.
 * A contact dated today or earlier still counts.
 */
import { describe, expect, it } from 'vitest';
import { counts, doesNotCount, inEachPack } from './both-packs';

const LATER = [
  'Met with client 12/20/2026, reports she started at Target.',
  'TC w/ client 12/02/2026 - she passed her CNA exam.',
  '1/5/2027 Phone call with client: she is working 30 hrs at Menards.',
  'Client came in 12/15/2026 and reported she finished the forklift course.',
  'Spoke with participant by phone on 12/03/2026; she is attending class daily.',
];

describe('a contact dated after today', () => {
  doesNotCount(LATER);
  it.each(LATER)('says the date is after today: %s', (text) =>
    inEachPack(text, (v, pack) => expect(v.reason?.message, pack).toMatch(/after today/)),
  );
});

describe('a contact dated today or earlier still counts', () => {
  counts([
    ['Met with client 11/30/2026, reports she started at Target.', 'in-person'],
    ['TC w/ client 12/01/2026 - she passed her CNA exam.', 'telephone'],
    ['Spoke with participant by phone on 11/03/2026; she is attending class daily.', 'telephone'],
  ]);
});
