/**
 * Real contacts told in the past continuous or the passive, or after a try told that way, still count with their type
 * in both packs: 'We were meeting in person 3/4 when she told me …', 'Client was met in person 3/4 at the office',
 * 'Client was seen in person 3/4', 'A message was left for me 3/3; client and I spoke by phone 3/4', 'Client was not
 * answering last week, but we spoke by phone 3/4'.
 */
import { describe } from 'vitest';
import { counts } from './both-packs';

describe('a contact beside a try, in the past continuous or the passive', () => {
  counts([
    ['We were meeting in person 3/4 when she told me she passed her CNA exam.', 'in-person'],
    ['Client was met in person 3/4 at the office: attending daily, 95%.', 'in-person'],
    ['Client was seen in person 3/4: attending daily, 95%.', 'in-person'],
    ['A message was left for me 3/3; client and I spoke by phone 3/4: attending daily, 95%.', 'telephone'],
    ['Client was not answering last week, but we spoke by phone 3/4: attending daily, 95%.', 'telephone'],
  ]);
});
