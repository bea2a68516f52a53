/**
 * A message named as received from someone ("Letter rec'd from client 6/3: …", "E-mail received from customer 4/2:
 * …", "Letter received 3/24 from cust: …") came from them, as "Letter from client: …" does: the participant's written
 * reply when it carries their news. It is not a letter of ours going out. A message that only asks, someone else's
 * message, one still awaited, denied or told in someone's speech does not count. Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a message received from the participant is their written reply', () => {
  counts([
    ["Letter rec'd from client 6/3: started at Sanford Health 5/26 in environmental services, 32 hrs/wk, $17.10/hr.", 'letter'],
    ['E-mail received from customer 4/2: passed the CNA skills test, state exam is 4/20.', 'email'],
    ['Text recvd from youth 7/8: got 18 hrs at the library this week and I can stay on all summer.', 'email'],
    ['Letter received 3/24 from cust, dated 3/21: he passed ServSafe 3/20 and wants help finding kitchen work.', 'letter'],
  ]);
});

describe('near-misses: someone else, a request, still awaited, or told by someone', () => {
  doesNotCount([
    "Letter rec'd from client's mother 6/3: he started at Sanford 5/26, 32 hrs/wk.",
    'E-mail received from the college registrar 4/2: customer is enrolled for fall, 12 credits.',
    'Text received from client 4/2: call me.',
    'Letter received from client 4/2 asking for a bus card.',
    'Letter mailed to client 4/1. No letter received from client yet.',
    'Client said a letter was received from the school: she passed.',
    'Waiting for a letter from client about her hours.',
    'E-mail received from client 4/2 was an automatic reply: out of the office until 4/9.',
    'Letter to be received from client by 4/15 with her hours log.',
  ]);
});
