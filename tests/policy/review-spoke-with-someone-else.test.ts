/**
 * Review near-misses: we called the participant and spoke with someone else who will pass a message on, or left a
 * message with a roommate. Nobody says the participant was on the line: a relative who takes a message is a message
 * left, not a contact. None may count in either pack.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('we called the participant and spoke with a relative, who will pass it on', () => {
  doesNotCount([
    'Called client 3/4, spoke with her mom about the job search; mom will have her call back.',
    'Called client 3/4, spoke with her husband about her hours; he will have her call me.',
    'Called client 3/4 and talked with her sister about the job search; sister will pass it on.',
    'Called client 3/4. Spoke with her mom about the job search.',
    "Called client 3/4, spoke with client's mom about the job search.",
    'Called customer 3/4 and talked to his grandmother about the interview.',
  ]);
});

describe('a talk that names nobody, then a message left with someone else', () => {
  doesNotCount(['TC 3/4 - discussed job search. Left message with her roommate.', 'TC 3/4, discussed the job fair. Left msg w/ his mother to have him call me.']);
});

describe('still counts: the participant named on the talk, or a call back after the message', () => {
  counts([
    ['TC w/ client 3/4 - discussed job search; she applies at Hy-Vee Monday. Left message with her roommate to bring the form.', 'telephone'],
    ['Called client 3/4, left message with her roommate. Client called back 3/5: she starts at Hy-Vee Monday, 32 hrs.', 'telephone'],
  ]);
});

describe('still counts: the participant came to the phone', () => {
  counts([
    ['Called client 3/4, her mom answered, then client got on the phone: she starts at Hy-Vee Monday, 32 hrs.', 'telephone'],
    ['Called client 3/4, spoke with her about the job search: she starts at Hy-Vee Monday, 32 hrs.', 'telephone'],
  ]);
});
