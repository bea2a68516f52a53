/**
 * Both packs: a real call refused for words that are the participant's story, not ours.
 *
 * The failed-line words ("crashed", "froze up", "could not make out", "nothing was said") are about the call only
 * when the call is what failed. On a phone call a laptop that crashed or a participant who froze up in an interview
 * is her news; "could not make out what the HR lady wanted" is about the HR lady; "nothing was said about pay" is
 * about pay. A line that failed (the call, the connection, "could not make out what she was saying", "nothing
 * discussed") still stops the call from counting, and on a video call a frozen screen or a crashed laptop does too.
 *
 * "Nana" is a given name as well as a grandmother's title: read as a title only with a relation beside it ("her
 * Nana Pearl", "Nana Pearl (grandmother)", or the participant named apart from her). Our own sentences.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('the participant\'s story is no failed line', () => {
  counts([
    ['TC w/ client 3/4: her laptop crashed so she missed the online class Monday. She will make it up Thursday; f/u 3/11.', 'telephone'],
    ['TC w/ client 3/4: she froze up during the mock interview at Hy-Vee and wants another practice round. F/u 3/11.', 'telephone'],
    ['TC w/ client 3/4: she could not make out what the HR lady wanted at orientation; she will ask her supervisor Monday.', 'telephone'],
    ['TC w/ client 3/4: she had the interview at Boeing, nothing was said about pay yet. She will follow up Friday.', 'telephone'],
    ['Called client 3/4 and she answered: her computer froze during the online TABE, she retakes it 3/9. F/u 3/10.', 'telephone'],
  ]);
});

describe('a line that failed still fails', () => {
  doesNotCount([
    'TC w/ client 3/4: the call dropped and I could not make out what she was saying. Will try again tomorrow.',
    'TC w/ client 3/4 - could not hear her, nothing discussed.',
    'Zoom w/ client 3/4: her laptop crashed and we lost her.',
    'Teams w/ client 3/4: she froze up on screen and the call failed.',
    'TC w/ client 3/4: connection failed after hello; nothing was said.',
    'Video call w/ client 3/4: the picture froze and she could not hear me.',
  ]);
});

describe('Nana as a given name', () => {
  counts([
    ['TC w/ Nana Mensah 3/4: she passed the CNA skills test 3/2 and starts at Cedar Manor 3/15. Continue services; f/u 4/4.', 'telephone'],
    ['Met with Nana Owusu in the office 3/4: she finished week 6 of phlebotomy, 100% attendance. F/u 4/4.', 'in-person'],
  ]);
});

describe('Nana with a relation is still someone else', () => {
  doesNotCount([
    'Talked to her Nana Pearl on the phone 3/4; she says he is looking for work.',
    'TC w/ Nana Pearl (grandmother) 3/4: he is at work, will have him call.',
    "Spoke w/ cust's Nana by phone 3/4, she says he got the job.",
    'Nana Pearl picked up and talked with me 4/8; he is at work.',
    'Phone call with Grandma Lee 3/3: she says he got a job.',
  ]);
});
