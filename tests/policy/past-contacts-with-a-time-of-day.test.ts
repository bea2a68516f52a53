/**
 * A contact told in the past tense with a time of today ('Met with client this afternoon at 3; …', 'Had a phone call
 * with client this evening at 6; …') has happened: the note is written after it. It counts, with its type, in both
 * packs. A contact named only by a noun with a time later today ('Home visit with client tonight at 6') stays a plan,
 * whatever follows it: the news after it may be older than the visit.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a past contact with a time of today', () => {
  counts([
    ['Met with client tonight at 6; she passed her CNA exam.', 'in-person'],
    ['Met with client this afternoon at 3; attending daily, 95%.', 'in-person'],
    ['Met w/ client this evening at 5; she starts Monday.', 'in-person'],
    ['Spoke with client by phone this afternoon at 2; attending daily.', 'telephone'],
    ['Had a phone call with client this evening at 6; attending daily.', 'telephone'],
  ]);
});

describe('a contact named by a noun, at a time later today, is still a plan', () => {
  doesNotCount([
    'Home visit with client tonight at 6; she asked to move it to Friday.',
    'Office visit w/ client this evening at 5; bring ID.',
    'Phone call with client this afternoon at 3 re: CNA.',
    'Home visit with client tonight at 6; she passed her exam.',
    'In-person meeting with client this evening at 5.',
  ]);
});
