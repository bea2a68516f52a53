/**
 * A reply that names no channel ("Client replied 3/6: "passed lesson 5"", "You wrote back on 5/2: …", "She wrote on the
 * back of our form: …") is written by its form: the participant's own words quoted after it, or a verb of writing. It
 * takes the written type (a letter when the note says the paper came by mail, an e-mail otherwise: a text, a portal or
 * tablet message is written like one) instead of leaving the contact without a type. It counts on the same terms as a
 * reply whose channel is named: a reply that only asks, someone else's reply, a reply still awaited, denied, planned or
 * told in someone's speech does not. Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('a written reply that names no channel takes the written type', () => {
  counts([
    ['Client replied 3/6: "got in, thanks! finished lesson 5, quiz 9/10". ISS current.', 'email'],
    ['Participant replied 2/6: "applied at two places! interview Tues, got 85 on the calc quiz". Wrote back good luck.', 'email'],
    ['Cust wrote in the message box 4/6: "here is my transcript, passed all 5 classes, registered for summer too."', 'email'],
    ['Client replied 3/24 with the tracker filled in and wrote: "Class is going ok, I got 85 on the terminology test."', 'email'],
    ['Youth replied to my 3/2 msg on 3/9: "GED class good, passed reading, math test next month".', 'email'],
    ['She wrote back on 5/2: "Applied to both! Externship at 112 hours now, done by the 20th." Plan continues.', 'email'],
    ['Reply from client 4/3: "still at the welding program, passed the 3G plate test". Continue ITA.', 'email'],
    ['Rec\'d our review form back in the mail 4/2, signed by the customer. She wrote on the back: "I finished the forklift class and work 20 hrs now."', 'letter'],
  ]);
});

describe('near-misses: not a reply from the participant, or no news in it', () => {
  doesNotCount([
    'Client replied 3/6: "can you call me?"',
    'Client replied 3/6: "call me tmrw"',
    'Instructor replied 3/6: "she is attending and passed lesson 5".',
    'Her mother wrote back 4/2: "he started at Target, 30 hrs".',
    'Client has not replied yet: asked "how is class going?" on 3/4.',
    'Waiting for client to reply to: "how is the CNA class going?"',
    'Client said she replied to the school: "I passed lesson 5".',
    'Client replied to her instructor 3/6: "I passed lesson 5".',
    'If client replies, will note: "passed lesson 5".',
    'Client will write back by 3/10 with her grades.',
    'Client replied 3/6: "STOP".',
    'Client replied 3/6: "ok thx".',
    'Client wrote back 3/6 asking for the bus card form.',
    'Client replied 3/6: "sorry been busy, can we talk next week".',
  ]);
});
