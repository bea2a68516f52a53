/**
 * The participant's written reply named by its owner ("Client's reply 4/3: "…"", "Cust's e-mail reply 3/3: …",
 * "Participant's reply to my letter arrived 11/30: …"): the same as "Reply from client 4/3: …", a reply that came from
 * them to us, and so a documented reply (MO §2.3; MN Letter 110), on both keys. What it said follows a colon or a
 * quotation mark and is news, not a question. Someone else's reply ("Client's mother's reply"), a reply to someone
 * else ("… to her instructor:"), one awaited, denied, returned undeliverable or only asking does not count. Our own
 * sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe("the participant's reply named by its owner", () => {
  counts([
    ['Client\'s reply 4/3: "passed the CNA written test, skills test is 3/24."', 'email'],
    ['Cust\'s e-mail reply 3/3: "passed the CNA written test, skills test is 3/24."', 'email'],
    ["Participant's reply to my letter arrived 11/30: still at OTC welding, finished the SMAW module with a B.", 'letter'],
    ['Sent the 90-day letter 11/3. Customer\'s written response rec\'d 11/19: "externship 80 of 160 hrs, CMA exam booked 12/14".', 'letter'],
  ]);
});

describe("someone else's reply, a reply elsewhere, awaited, denied, undeliverable or asking", () => {
  doesNotCount([
    'Client\'s mother\'s reply 4/3: "she passed the CNA test and starts at Mercy."',
    'Client\'s reply 4/3 to her instructor: "I passed the CNA written test, skills test is 3/24."',
    "Client's reply has not arrived yet.",
    "Waiting on client's reply to the 4/1 letter.",
    "Client's reply card was returned undeliverable 4/3.",
    'Client\'s reply 4/3: "can you call me?"',
    'Client\'s reply 4/3: "ok thx"',
    "Client's reply to the 4/1 letter is due 4/15.",
    'Client\'s e-mail address updated 4/3: "new one is maria.g@example.com, phone same".',
    "Cust's reply 4/3: no answer at the number she gave.",
  ]);
});
