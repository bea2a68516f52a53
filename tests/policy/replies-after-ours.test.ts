/**
 * A written reply with no sender named, right after our own message to the participant (real contacts the reader
 * used to miss): "Texted her 3/4 asking about class. Replied she passed her CNA skills test.", "E-mailed re: FAFSA;
 * wrote back the same day that it's submitted". Our message went to her, so the one who replied is her, and what she
 * wrote is her news: a documented reply (MO §2.3; MN Letter 110). Written from the policies before changing the
 * reader. A sentence with no subject is otherwise the writer's own act, so it stays ours when the message before it
 * was theirs ("Client e-mailed … Replied: yes, it is on her IEP"), and it does not count when our message went to
 * someone else, when the reply goes to someone else, when it only asks, is awaited or denied, or when its words are
 * the writer's ("Replied that I would call Monday"). Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a reply with no sender named, after our message to her', () => {
  counts([
    ['Texted her 3/4 asking about class. Replied she passed her CNA skills test.', 'email'],
    ["E-mailed re: FAFSA; wrote back the same day that it's submitted and she starts at OTC 1/12.", 'email'],
    ['Texted client 5/2 re: timesheet. Responded 5/3 that she worked 32 hrs at Hy-Vee this week.', 'email'],
    ['E-mailed cust 3/4 about the welding class. Wrote back 3/5 he passed the 3G bend test.', 'email'],
  ]);
});

describe('ours, someone else’s, or no answer', () => {
  doesNotCount([
    // Our message went to someone else, or the reply did.
    'Texted her mom 3/4 asking about class. Replied she passed her CNA skills test.',
    'E-mailed her instructor 3/4. Replied she passed the CNA skills test.',
    'Texted her 3/4 asking about class. Replied to her instructor that she passed.',
    // The message before it was theirs: the reply is ours.
    'Client texted 3/4 asking about the bus pass. Replied she can pick it up Monday.',
    // Asks, awaited, denied, the writer's words.
    'Texted her 3/4 asking about class. Replied "can you call me?"',
    'Texted her 3/4 asking about class. Replied?',
    'Texted her 3/4 asking about class. Not replied yet.',
    'Texted her 3/4 asking about class. Replied that I would call Monday.',
    'Texted her 3/4 asking about class. No reply. Replied to the group chat about the job fair.',
    // Plans, and an old message.
    'Will text her 3/4 asking about class. Replied she passed.',
    'Texted her 3/4 asking about class.',
  ]);
});
