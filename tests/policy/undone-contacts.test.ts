/**
 * The writer undoes the contact a note names: a later sentence says it was someone else on the line, the wrong
 * participant's file, an entry made in error, that nothing was exchanged, or closes with the verdict "No contact.".
 * None shows a two-way contact with the participant, so none counts in either pack. A correction that only fixes a
 * date, a "No contact." followed by a call back that connected, and the participant's own "wrong class" still count.
 * Our own sentences, written before the reader's change.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a later sentence undoes the contact', () => {
  doesNotCount([
    'Phone call with participant 5/5. It was actually her mother who called; client was at work.',
    'TC with client 4/14 -- never mind, wrong client, this was for another case.',
    'Met with cust 6/2 re: resume. Entered in error - wrong customer.',
    'TC w/ youth 3/30: call connected for a few seconds, no information was exchanged. Logged as an attempt.',
    'Spoke with client 4/4 about her FAFSA. Correction: this was her sister on the phone, not the client.',
    'Call w/ cust 8/8 logged by mistake; no contact.',
    'Phone contact w/ participant 1/12: she answered and said hi. Nothing was exchanged, she had to go.',
    'TC w/ client 3/3 re: job leads. No contact made.',
    'Video call w/ customer 2/2. Disregard this entry, it was meant for another customer.',
  ]);
});

describe('a correction that keeps the contact, a call back after "No contact."', () => {
  counts([
    ['Called cust 3/2, NA. No contact. Cust called back 3/3: reports 30 hrs at Menards, passed forklift cert. Continue; f/u 4/3.', 'telephone'],
    ['Correction to the 3/1 note: the date was 3/2. TC w/ client 3/2: she passed her GED science test and starts HiSET prep. Continue services. Next TC 4/2.', 'telephone'],
    ['TC w/ client 4/4: she said she was in the wrong class at first but switched to Welding II and passed the 2G test. Continue ITA; f/u 5/4.', 'telephone'],
  ]);
});
