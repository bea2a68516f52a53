/**
 * Real contacts told beside the requirement they meet or the next one owed — 'Face-to-face (required monthly)
 * completed 3/4', 'Home visit 3/4 (was overdue)', 'next face-to-face required by 4/4', 'In-person contact still
 * required this month' after a call — still count, with the type of the contact made, in both packs.
 */
import { describe } from 'vitest';
import { counts } from './both-packs';

describe('a contact beside a requirement', () => {
  counts([
    ['Face-to-face (required monthly) completed 3/4 in the office: attending daily, 95%.', 'in-person'],
    ['Required monthly face-to-face held 3/4: attending daily, 95%.', 'in-person'],
    ['Met with client in person 3/4 for the required monthly contact: attending daily.', 'in-person'],
    ['Phone contact 3/4 - the overdue one: client attending daily, 95%.', 'telephone'],
    ['Home visit 3/4 (was overdue): client attending daily, 95%.', 'in-person'],
    ['Met with client in person 3/4; next face-to-face required by 4/4. Attending daily.', 'in-person'],
    ['Spoke with client by phone 3/4: attending daily. In-person contact still required this month.', 'telephone'],
  ]);
});
