/**
 * A pasted thread whose labels carry the clock time of each line ("me 9:12: …" / "Maria 9:40: …", "CM 9:12 AM: …" /
 * "Client 9:40 AM: …"), as phones and chat apps copy them: the time belongs to the label, as a date or "(9:40)" already
 * did, so the participant's line after ours is their written reply (MO §2.3; MN Letter 110). Only our lines, a day or
 * a verb before the time, a refusal, someone else's line or a line that only asks does not count; and in any thread, a
 * participant's line that only asks or refuses ("can you call me?", "STOP") is no answer, on both keys. Both packs.
 */
import { describe } from 'vitest';
import { counts, doesNotCount } from './both-packs';

describe("a thread's labels with clock times", () => {
  counts([
    ['Text thread 3/3:\nme 9:12: how is class going?\nMaria 9:40: passed my skills check, state test 3/20', 'email'],
    ['Text thread 3/3:\nCM 9:12 AM: how is class going?\nClient 9:40 AM: passed my skills check, state test 3/20', 'email'],
    ['10/21 text thread w/ Dana:\nme 9:12: hi Dana, monthly check in - how is phlebotomy going?\nDana 9:40: good!! 78 sticks now, externship starts 11/2\nme 9:41: great', 'email'],
  ]);
});

describe('near-misses: our lines only, a day or a verb as the label, a refusal, someone else, a question', () => {
  doesNotCount([
    'Text thread 3/3:\nme 9:12: how is class going?\nme 4:30: following up, no reply yet',
    'Text log 3/3:\nme 9:12: how is class going?\nTuesday 9:30: texted again, no reply',
    'Text thread 3/3:\nme 9:12: how is class going?\nMaria 9:40: STOP',
    'Text thread 3/3:\nme 9:12: how is class going?\nHer mom 9:40: she is at work, will have her call you',
    'Call log 3/3:\nCM 9:12: called client, no answer\nCM 2:40 PM: called again, lvm',
    'Text thread 3/3:\nme 9:12: how is class going?\nMaria 9:40: can you call me?',
    'Text thread 3/3:\nme 9:12: how is class going?\nCalled 9:40: no answer',
    'Text thread 3/3:\nme 9:12: how is class going?\nAuto-reply 9:12: I am driving right now',
  ]);
});

describe("any thread: the participant's line that only asks or refuses is no answer (it counted before, labels with or without times)", () => {
  doesNotCount([
    'Text thread 3/3:\nme: how is class going?\nMaria: can you call me?',
    'Text thread 3/3:\nme (9:12): how is class going?\nMaria (9:40): STOP',
    'Text thread 3/3:\nCM: checking in on the CNA class\nClient: can we talk tomorrow?',
    'Teams chat 3/3:\nCM: how did the interview go?\nClient: call me back pls',
  ]);
});
