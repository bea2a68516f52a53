/**
 * A try told in the passive or the past continuous is still a try: "Participant was called on cell phone, he was not
 * answering. Message was left." is no contact, in either pack, and neither are its neighbours ("she was not picking
 * up", "Voicemail was left", "A message was left for client"). The same voice with someone answering, or calling back,
 * still counts.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a try told in the passive or the past continuous', () => {
  doesNotCount([
    'Participant was called on cell phone, he was not answering. Message was left.',
    'Client was called 3/4, she was not answering.',
    "Client was called 3/4, she wasn't answering.",
    'Participant was called on cell phone, she was not picking up.',
    'Client was called 3/4. A message was left.',
    'A message was left for client 3/4.',
    'Participant was called on cell phone 3/4. Message was left.',
    'Client was phoned 3/4. Voicemail was left.',
    'Customer was called on 3/4 and 3/6; voicemail was left both times.',
    'Client was called 3/4, no answer.',
    'Client was called 3/4 and was not reached.',
    'Client was called 3/4 - phone was not answered.',
    'Participant was called at home 3/4, nobody picked up. Message was left with her mother.',
    'Client was texted 3/4, no reply yet.',
    'Client was emailed 3/4 re: timesheet. No response.',
    'Client was visited at home 3/4, no one was home.',
    'Cust was called 3/4, line was busy.',
    'He is not answering his phone; called 3/4 and 3/6. Messages were left.',
  ]);
});

describe('the same voice with an answer', () => {
  counts([
    ['Client was called 3/2; she was not answering. Client called back 3/4 and reported she is attending daily, 95%.', 'telephone'],
    ['Message was left 3/2. Client called back 3/4 and reported she started at Hy-Vee, 30 hrs.', 'telephone'],
    ['Voicemail was left 3/2; participant returned the call 3/3 and reported 40 hrs at Tyson.', 'telephone'],
    ['Participant was called 3/4; he answered and said he started at Hy-Vee, 30 hrs.', 'telephone'],
    ['Client was called 3/4 and reported she is attending daily, 95%.', 'telephone'],
    ['Client was contacted by phone 3/4 and stated she passed her CNA exam.', 'telephone'],
    ['Spoke with client by phone 3/4. She apologized for not answering last week; she is attending daily, 95%.', 'telephone'],
  ]);
});
