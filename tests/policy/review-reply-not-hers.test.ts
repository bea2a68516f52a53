/**
 * Review near-misses, written before reading the reader's change: what comes back under the participant's name is not
 * always her reply. A mail server's bounce, an out-of-office or driving auto-reply, a relative writing from her phone
 * ("this is her daughter"), or an unsigned letter from an office is no response from the customer (MO DWD 01-02
 * Change 1, letters or e-mails; MN Letter 110 takes the participant's contact only). None may count in either pack.
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe("a machine's answer quoted as the participant's reply", () => {
  doesNotCount([
    `Client's reply 4/3: "Automatic reply: I am out of the office until 4/10."`,
    `Client's reply 4/3: "Your message could not be delivered."`,
    `Client's reply 4/3: "This mailbox is not monitored."`,
    "Client's e-mail reply 3/3: Undeliverable: Job search update.",
    `Client's reply 4/3: "I'm driving with Do Not Disturb on."`,
  ]);
});

describe('someone else writing in her place', () => {
  doesNotCount([
    `Client's reply 4/3: "Hi this is her daughter, she passed the CNA test."`,
    "Client's letter reply 11/30: unsigned, from the shelter office: she left in October.",
  ]);
});
