/**
 * Near-misses from review of "a channel named with whom" ("Phone 5/12 w/ client"), written before reading the
 * reader's change: the channel and the participant are named, and the words after them say the contact was
 * cancelled, moved, never happened, failed, was only a message left with someone else, or is only an appointment.
 * None shows a two-way contact, so none may count in either pack: a wrong "qualifies" resets a due date.
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('cancelled, moved or never held', () => {
  doesNotCount([
    'Phone 5/12 w/ client cancelled.',
    'Phone 5/12 w/ client was cancelled.',
    'Phone 5/12 w/ client canceled by client.',
    'Phone 5/12 w/ client (cancelled).',
    'Zoom 4/21 w/ client cancelled due to weather.',
    'Phone 5/12 w/ client called off.',
    'Phone 5/12 w/ client postponed.',
    'Phone 5/12 w/ client – deferred.',
    'Phone 5/12 w/ client – needs rescheduling.',
    'Phone 5/12 w/ client never happened.',
    "Phone 5/12 w/ client didn't happen.",
    'Phone 5/12 w/ client fell through.',
    'Phone 5/12 w/ client not completed.',
  ]);
});

describe('failed or missed', () => {
  doesNotCount([
    'Phone 5/12 w/ client – unsuccessful.',
    'Phone 5/12 w/ client (unsuccessful).',
    'Phone 5/12 w/ client – failed.',
    'Phone 5/12 w/ client – incomplete.',
    'Phone 5/12 w/ client: missed.',
    'Phone 5/12 w/ client – missed appt.',
    'Phone 5/12 w/ client – NS.',
    'Phone 5/12 w/ client – client forgot.',
    'Phone 5/12 w/ client: phone off.',
    'Phone 5/12 w/ client – we kept missing each other.',
    'Phone 5/12 w/ client – returned my call while I was out.',
  ]);
});

describe('a message left with, or talk with, someone else', () => {
  doesNotCount([
    'Phone 5/12 w/ client – msg left w/ roommate.',
    'Phone 5/12 w/ client – message left with his wife.',
    'Phone 5/12 w/ client – spoke w/ mother, client at work.',
  ]);
});

describe('only an appointment or a tentative one', () => {
  doesNotCount([
    'Phone appt 5/12 w/ client.',
    'Phone appointment 5/12 w/ client.',
    'Zoom appt 4/21 w/ client.',
    'Phone 5/12 w/ client – TBD.',
    'Phone 5/12 w/ client (tentative).',
  ]);
});

describe('an office or a person other than the participant after "w/"', () => {
  doesNotCount([
    'Phone 5/12 w/ Client Services at DHS re: his SNAP case.',
    'Phone 5/12 w/ participant services at the college.',
    'Phone 5/12 with client relations at Amazon.',
    'Phone 5/12 w/ customer care at Verizon.',
    'Phone 5/12 w/ client support line.',
    'Video 3/17 w/ customer support about the Zoom license.',
    'Zoom 4/21 w/ client intake team.',
    'Phone 5/12 w/ client`s mother: she says he moved.',
    "Phone 5/12 with client 's mother.",
    'Phone 5/12 w/ client (via his mother): he is at work.',
    'Phone 5/12 w/ client, actually his brother.',
    'Phone 5/12 w/ client and his mother: mother did the talking, client refused to get on the phone.',
  ]);
});
