/**
 * Near-misses and guards beside the review tables for agencies named by their capitals right after "TC"
 * (review-agency-right-after-tc), an organisation's people after "met with" (review-organisations-and-their-staff) and
 * groups of participants (review-groups-of-clients): more of the same shapes stay refused, and the real contacts
 * beside them still count, in both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('an agency, an organisation or its people, a group', () => {
  doesNotCount([
    'TC SSA 3/4 re: her card; client says she applied.',
    'OV DVR 3/4.',
    'Met with the Goodwill team 3/4 about her WEX.',
    'Met with Job Corps admissions staff 3/4.',
    'Met with Tyson HR management 3/4 about openings.',
    'Met w/ Ranken faculty 3/4 re: her clinicals.',
    'Met with the participants at orientation 3/4.',
    'Met with youth at the library 3/4 for a workshop, 14 youth attended.',
    'Met with 15 participants at the job club 3/4.',
    'Met with students 3/4 at the career fair, 40 students.',
  ]);
});

describe('still counts: the participant met, an agency or a group only mentioned', () => {
  counts([
    ['Met with Tina 3/4: attending daily, 95%.', 'in-person'],
    ['Met with client and Goodwill staff 3/4: she is attending daily.', 'in-person'],
    ['Met w/ Marcus at Goodwill 3/4 in person: he is attending daily.', 'in-person'],
    ['TC W/ CLIENT 3/4, SHE STARTED AT TARGET 30 HRS.', 'telephone'],
    ['TC Jenna 3/4: she started at Hy-Vee, 30 hrs.', 'telephone'],
    ['TC MARIA 3/4. SHE STARTED AT TARGET, 30 HRS.', 'telephone'],
    ['Met with youth 3/4 after the group session: he passed Algebra, attends daily.', 'in-person'],
    ['Met with youth 3/4 at the high school: he passed Algebra and attends daily.', 'in-person'],
    ['Met with the youth after the group session 3/4 (20 students): he passed Algebra.', 'in-person'],
    ['TC w/ client 3/4: she called DVR and SSA herself; she starts at Target Monday, 30 hrs.', 'telephone'],
    ['TC w/ youth 5/1. Youth said he passed Algebra and attends daily.', 'telephone'],
    ['home vst w yth 1/23, yth pasd GED math 152, wrkng @ cenex 15 hr/wk.', 'in-person'],
  ]);
});
