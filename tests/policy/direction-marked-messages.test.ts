/**
 * A texting platform's export marks each message by its direction, not its writer's name: "OUT 3/4 9:15 AM: …" /
 * "IN 3/4 11:02 AM: …", "OUTBOUND" / "INBOUND", "▶" / "◀", with the platform's stamps in brackets ("[Delivered]",
 * "[Read 9:40 AM]", "[Translated from Somali]"). An incoming line after one of ours, sent by nobody named, is the
 * participant writing back: a written exchange, on both keys. Our lines alone, an incoming line someone named wrote,
 * an automatic reply, an opt-out or a failed delivery are not. Our own sentences, both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe('direction-marked exports: ours out, theirs in', () => {
  counts([
    ['OUT 3/4 9:15 AM: Hi Dana, how is the CNA class going? [Delivered]\nIN 3/4 11:02 AM: good! passed my skills check, state test 4/2', 'email'],
    ['3/9 2:10 PM OUTBOUND: Checking in - are you still at Cub Foods?\n3/9 4:45 PM INBOUND: yes still there, 32 hrs now and they want me on days', 'email'],
    ['▶ 5/2 8:30 AM: Hi Marcus, did you finish the forklift course?\n◀ 5/2 12:15 PM: yes finished friday, got my card, starting at Menards monday', 'email'],
    ['5/6 OUT: How did the GED math test go? [Read 5/6 9:40 AM]\n5/7 IN [Translated from Somali]: I passed the math test, science is next month.', 'email'],
  ]);
});

describe('near-misses: one way, someone else, a machine, a refusal', () => {
  doesNotCount([
    'OUT 3/4 9:15 AM: Hi Dana, how is the CNA class going? [Delivered]\nOUT 3/6 10:00 AM: Just checking in again! [Read 3/6 8:02 PM]',
    'OUT 3/19 9:00 AM: Hi Ms. Pruitt, how is Jalen doing in HVAC?\nIN 3/19 J. Pruitt: I will check my gradebook and get back to you.',
    'OUT 4/2 10:00 AM: Hi Luis, are you coming in Thursday? [Undelivered]\nOUT 4/3 10:00 AM: Luis, please call me. [Failed]',
    "OUT 4/2 10:00 AM: Hi Pa, your bus card is ready at the front desk.\nIN 4/2 10:01 AM: Auto-reply: I'm driving with Do Not Disturb on.",
    'OUT 5/1 9:00 AM: Reminder - skills lab Thursday 9 AM, bring your gait belt.\nIN 5/1 9:05 AM: STOP',
    "IN 3/4 9:00 AM (Maria's mom): she is sick today, she will text you\nOUT 3/4 9:30 AM: Thanks, please ask her to call me.",
    'In 3/4 the client was supposed to come in. OUT 3/5: are you ok?',
  ]);
});

describe('near-misses from a heading or a stranger: no exchange with the participant', () => {
  doesNotCount([
    'Outbound Campaign: 90-day contact | Attempt 1 of 3\nCall Result: NA\nDisposition: LVM - script read',
    '▶ 3/4 1:15 PM: Hi Jordan, can you text me your class schedule?\n◀ 3/4 1:40 PM: wrong number who is this\n▶ 3/4 1:42 PM: Sorry about that!',
    '▶ 3/18 10:20a R. Vance: Hi Tasha, can you text me your clinical schedule?\n◀ 3/18 10:21a STOP\nSystem: Contact has opted out of SMS.',
  ]);
});
