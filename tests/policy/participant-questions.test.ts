/**
 * A participant's text or message that only asks something ("can u call me?", "what time is my appt?") with no
 * answer from us, or that carries no content, is not a two-way exchange: the due date must not move. When they
 * write with news, or we answer and they write back, it is. (A thread that only arranges the next call, where the
 * participant does answer, is a two-way exchange lacking progress: it is not listed here either way.)
 * Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a question from the participant, unanswered or empty', () => {
  doesNotCount([
    'Client texted 3/4: "can u call me?"',
    'Text from cust 3/4: what time is my appt?',
    'Cust texted asking if she can get a gas card.',
    'Participant sent a text 5/2 asking when the next workshop is. Will reply tomorrow.',
    'Received text from client: "did u get my timesheet?"',
    'Client messaged me on Facebook 4/2: "hey are u there?"',
    'Portal message from participant 6/3: "Who do I talk to about my bus pass?" Not answered yet.',
    'Cust left a VM 6/4 asking me to call her. Called back 6/5, NA, LM.',
    'Client texted a thumbs-up emoji 4/9.',
  ]);
});

describe('near-misses that count: news in their message, or our answer and their reply', () => {
  counts([
    ['Client texted 3/4: "passed my CNA skills test today!! state exam is 4/10". Texted back congrats and the exam fee voucher info; she replied "ty".', 'email'],
    ['Cust e-mailed 5/2 asking about the gas card and said she finished week 6 of welding with a B. Replied 5/2 with the form; she sent it back signed 5/3.', 'email'],
    ['Participant called 6/4 with a question about his bus pass; spoke w/ him, he started at Menards 6/1, 32 hrs/wk.', 'telephone'],
  ]);
});
