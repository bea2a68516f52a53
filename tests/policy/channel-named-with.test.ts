/**
 * A contact named by its channel and its counterpart: a channel word used as a noun ("Phone", "Zoom", "Teams
 * video", "Telephone", "Video"), its date, time or length next to it, then "with"/"w/" and the participant, is a
 * contact with the participant ("Phone 5/12 w/ client: …"), as "TC w/ client" and "Phone call with Renee" are, on
 * both keys. It is nothing when planned, asked, denied, taken back by an attempt, reported by someone else, or with
 * someone other than the participant. Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a channel with the participant: "Phone 5/12 w/ client"', () => {
  counts([
    ['Phone w/ client 5/12. She started at Target 5/4, 24 hrs/wk.', 'telephone'],
    ['Phone 5/12 w/ client: started at Target 5/4, 24 hrs/wk.', 'telephone'],
    ['Phone 4/6 with client: Google PM cert 4 of 6 courses done, PMP prep class starts 4/20.', 'telephone'],
    ['Phone check-in 5/12 with client. Patient access rep at Mayo, 40 hrs, day 6, training going well.', 'telephone'],
    ['Telephone 3/4 (25 min) with participant. Week 6 of welding, passed the 2G bend test.', 'telephone'],
    ['Zoom 4/21 w/ client. Laid off 3/13, filed UI, wants the CDL course.', 'telephone'],
    ['Video 3/17 w/ cust, 20 min. Passed the CNA skills test 3/14.', 'telephone'],
    ['Teams video w/ client 3/26. Second semester of Accounting, A in Tax I.', 'telephone'],
  ]);
});

describe('near-misses: planned, asked, denied, failed, reported, someone else', () => {
  doesNotCount([
    'Phone w/ client scheduled for 5/12.',
    'Next phone 6/2 w/ client.',
    'Phone 5/12 w/ client - no answer, LM.',
    'Zoom 4/21 w/ client - she never joined.',
    'Phone 5/12 with client dropped after the first ring.',
    'Phone w/ client 5/12?',
    'No phone contact with client since March.',
    'Instructor reports phone 5/12 w/ client went well.',
    "Phone w/ client's mother 5/12: she says he started at Target.",
    'Phone 5/12 with instructor about the lab schedule.',
    'Phone # updated 5/12 with the new cell number.',
    'Sent Zoom link 4/21 to client for Thursday.',
    'Phone 5/12 w/ client planned to go over her hours.',
  ]);
});
