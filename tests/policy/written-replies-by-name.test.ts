/**
 * The participant's written reply to ours, with the participant named by first name as its sender (written
 * replies): "Jasmine texted back 11/30: …", "11/16 Tyler answered my 11/12 e-mail: …", "Sky replied 2/6 to my text:
 * …". On the participant's own record a first name opening the reply, in a note that names nobody else, is the
 * participant, as a pronoun with nobody else in view already is ("She replied 3/4: …"). Someone else's reply (a
 * relation, a titled or a role-named person, someone the note names beside them), a reply still awaited, denied,
 * planned or told by someone else, and our own message without an answer do not count. Both packs; our own sentences.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a first name opening a reply to ours', () => {
  counts([
    ['Jasmine texted back 11/30: "physical done, med card in hand, road test 12/4." Replied w/ good luck.', 'email'],
    ['Sky replied 2/6 to my text: "applied! interview Tues, got 85 on the calc quiz".', 'email'],
    ['3/4 Deshawn e-mailed back: passing everything, 15 hrs/wk at the shop.', 'email'],
    ['Marisol replied 4/2 to my e-mail: finished the SMAW module with a B, starts GMAW 4/9.', 'email'],
  ]);
});

describe('someone else\'s reply, or no reply', () => {
  doesNotCount([
    'Her mother texted back 3/4: "she passed the test".',
    'Nobody replied 3/4 to my e-mail. Roster shows 100% attendance, quiz avg 88.',
    'Noone replied to my text 3/4.',
    'Ameren replied 3/4 to my e-mail: account past due.',
    'Somebody texted back 3/4: wrong number.',
    'Finally replied 3/4 to the group e-mail about the job fair.',
    'Dana (her sister) texted back 3/4: she got the job.',
    'Ms. Ortiz replied 3/4 to my e-mail: cust attends daily.',
    'Coach Dee texted back 3/4: he is at practice.',
    'Jasmine texted back 3/4: "this is her roommate, she moved".',
    'Texted Jasmine 3/4 re: the road test. No reply yet.',
    'Jasmine will text back after her road test 12/4.',
    'Jasmine did not text back 3/4.',
    'Her instructor says Jasmine texted back 3/4: passed the pre-trip.',
    'Jasmine texted back 3/4 that her supervisor Tom wants to talk to me about her hours.',
  ]);
});
