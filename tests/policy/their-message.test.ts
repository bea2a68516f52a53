/**
 * Someone else's message or call, told with its label ("Rosa (peer mentor) texted 4/2: …", "E-mail from SBDC advisor
 * (…) 4/2: …", "Tasha called 4/2: … w/ cust …"): the words after the colon are the sender's report of their own
 * contact with the participant, not the writer's. The sender is someone else when the label names a role, an
 * organisation's acronym or a bracketed title, or when a named sender writes of the participant in the third person.
 * Written before the fix; every refused row counted on the old code. Both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a sender who is not the participant reports their own contact', () => {
  doesNotCount([
    'Rosa (peer mentor) texted 4/2: met with participant at the library, she finished her resume.',
    'SCORE volunteer e-mailed 4/2: had a Zoom w/ client about her bakery prices.',
    'E-mail from SBDC advisor (K. Moss, Missouri State SBDC) 4/2: met with cust today about her business plan.',
    'Tasha called 4/2: she drove w/ cust to the Walmart interview, says it went well.',
    'Voicemail from the dispatcher 4/2: talked to participant on the boat, he is fine.',
    'Mentor (Mr. Ortiz, reentry mentor program) e-mailed his log 4/2: met participant twice for mock interviews.',
    'Dan (navigator) e-mailed 4/2: checked in w/ client at the food bank, he is doing fine.',
  ]);
});

describe('still counts: the participant\'s own message, or our own label', () => {
  counts([
    ['Client e-mailed 4/2: I passed my CNA skills test.', 'email'],
    ['E-mail from client 4/2: passed my CNA skills test.', 'email'],
    ['Called client 4/2: she reports she passed her CNA skills test.', 'telephone'],
    ['TC 4/2: client reports she passed her CNA skills test.', 'telephone'],
  ]);
});
