/**
 * Review near-misses, written before reading the reader's change: a text thread copied into the note, its labels
 * carrying the clock time ('me 9:12:' / 'Maria 9:40:'). The line under the other label is not the participant's answer
 * when it is the phone's delivery status, a stranger who now has her number, a relative writing, an organisation or a
 * second name, or when the 'thread' is a log of our tries ('CM 9:12 AM: Left VM.' / 'Client 9:40 AM: no answer.').
 * None may count in either pack.
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

const ASKED = 'me 9:12: are you still at Tyson?\n';

describe('the line under her name is not her answer', () => {
  doesNotCount([
    `${ASKED}Maria 9:40: Delivered`,
    `${ASKED}Maria 9:40: Message not delivered`,
    `${ASKED}Maria 9:40: New phone who dis`,
    `${ASKED}Maria 9:40: Maria doesn't have this number anymore`,
    `${ASKED}Maria 9:40: she moved, this is her old number`,
    `${ASKED}Maria 9:40: this is her daughter, she started Monday`,
  ]);
});

describe('someone else answers', () => {
  doesNotCount([`${ASKED}Goodwill 9:40: she started Monday`, `${ASKED}Bob 9:40: she started Monday`, `Client Deshawn.\n${ASKED}Jasmine 9:40: yes started Monday`]);
});

describe('a log of tries laid out like a thread', () => {
  doesNotCount(['CM 9:12 AM: Called client, no answer.\nClient 9:40 AM: Returned call, left VM.', 'CM 9:12 AM: Left VM.\nClient 9:40 AM: no answer.']);
});
