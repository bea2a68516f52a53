/**
 * Near-misses written before reading the reader: a written reply told in the older wordings ("Reply from client 4/3:
 * …", "Client replied: …", "Response from customer", "wrote back", "responded by e-mail") whose words are a machine's
 * (an out-of-office, a bounce, a do-not-disturb answer) or someone else's on the participant's line ("this is her
 * daughter", a stranger with a new number). No reply from the participant (MO DWD 01-02 Change 1: a letter or e-mail
 * counts once the customer responds; MN Letter 110). None may count in either pack; her own reply still counts.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe("a machine's answer", () => {
  doesNotCount([
    'Reply from client 4/3: "Automatic reply: I am out of the office"',
    'Client replied 4/3: "Out of office until 4/10."',
    'Response from customer 5/2: "This is an automated message. I am away from my desk."',
    'Client texted back: "I\'m driving right now. Sent from my car." (auto-reply)',
    'E-mail reply from client 3/3: "Undeliverable: mailbox full"',
    'Customer responded by e-mail 4/4: auto-reply, out of office until 4/15.',
    'Reply from client 4/3: "I am on vacation, will reply when I return."',
  ]);
});

describe("someone else on the participant's line", () => {
  doesNotCount([
    'Client replied: "Hi this is her daughter, she lost her phone"',
    'Reply from participant 3/9: "this is his mom, he is at work"',
    'Client wrote back 2/2: "This is her sister. She moved to Texas."',
    'Text reply from client 5/5: "Who is this? Wrong number"',
    'Client replied 6/6: "this is not Maria, you have the wrong number"',
    'Reply from cust 1/3: "Hi, this is his girlfriend, he lost his phone"',
    'Client responded 3/3: "Hi this is her husband, she is in the hospital"',
  ]);
});

describe('her own reply still counts', () => {
  counts([
    ['Reply from client 4/3: "I passed the CNA exam and start at Mercy 4/10"', 'email'],
    ['Client replied 3/3: "Hi it\'s me, I got the job at Target, I start Monday"', 'email'],
    ['Client replied 4/5: "I am out of the hospital and back at class Monday"', 'email'],
    ['Client replied 4/5: "Sorry, my daughter had my phone. I finished the forklift course."', 'email'],
    ['Client Andre. Andre texted back 3/4: I start at Menards Monday.', 'email'],
    ['Client texted back 3/4: "got a new phone, this is my new number. I start at Menards Monday."', 'email'],
    ['Client replied 3/4: "this is her second week at daycare so I work full time now, 40 hrs at Target"', 'email'],
    ['Client replied 3/4: "I will bring the timesheet when I return from Texas, I worked 40 hrs this week"', 'email'],
  ]);
});
