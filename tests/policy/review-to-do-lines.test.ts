/**
 * A to-do written as a bare command or marked as still to come ('Meet with client in person 3/10 …', 'Reminder - meet
 * with client', 'TBD: face to face with client', 'Spoke with client by phone - to do', '(to be completed 3/10)', 'on
 * the calendar for Friday') records a contact yet to be made: no contact, in either pack. ('Action item: meet with
 * client', 'F/U: meet with client', 'Call client re: …', 'Pending: TC w/ client' and 'Meeting with client - TBD' are
 * refused today.)
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('a contact still to be made, written as a to-do', () => {
  doesNotCount([
    'Meet with client in person 3/10 to review CNA progress.',
    'Meet w/ client face to face re: IEP.',
    'Reminder - meet with client 3/10.',
    'TBD: face to face with client.',
    'Spoke with client by phone - to do.',
    'Spoke with client by phone (to be completed 3/10).',
    'Meeting w/ client on the calendar for Friday.',
  ]);
});
