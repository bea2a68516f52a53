/**
 * Near-misses in voices and shapes the readers were not written from, refused today and to stay refused: a passive or
 * impersonal attempt, a negated or hoped-for meeting, someone else answering or named right after "TC", her own
 * contacts with other people, other people's contacts with her, a read receipt or a signed-for letter, a phone
 * system's log, a call through a relay or an interpreter she never joined, a contact form whose fields say it failed,
 * another of our staff's contact told second-hand. None shows a two-way contact of ours with her, in either pack.
 */
import { describe } from 'vitest';
import { doesNotCount } from './both-packs';

describe('passive, impersonal or negated', () => {
  doesNotCount([
    'Client was contacted by phone 3/4 regarding CNA class.',
    'An attempt was made to reach client by phone 3/4.',
    'Contact with client could not be made 3/4.',
    'Never spoke with client 3/4; phone rang out.',
    'Did not get to speak with client 3/4.',
    'Failed to meet with client 3/4.',
    'No face-to-face with client this month.',
    'Met with client? No - she cancelled.',
    'Phone contact with client did not happen 3/4.',
    'Home visit with client 3/4 fell through.',
    'Zoom with client 3/4 - she did not log on.',
    'Client and I did not meet 3/4 because of the snow.',
    'This writer was unable to speak with client 3/4.',
    'CM/client phone tag 3/4.',
  ]);
});

describe('hoped for, meant or tried', () => {
  doesNotCount([
    'Need to meet with client in person re: CNA progress.',
    'Hoping to meet with client next week re: CNA class.',
    'Would have met with client 3/4 but she was ill.',
    'Was supposed to meet with client 3/4; she did not come.',
    'Tried to meet with client at her home 3/4.',
    'Wanted to speak with client in person 3/4 but office closed.',
    'Goal for next month: face to face with client.',
  ]);
});

describe('someone else answered, or is named right after the call', () => {
  doesNotCount([
    'TC: daughter answered 3/4.',
    'TC 3/4 - roommate answered, client at work.',
    'TC 3/4: spoke to her boss.',
    'TC/Job Corps 3/4: she is in week 3.',
    "TC Jenna's mom 3/4: Jenna is at work.",
    'TC Jenna (sister) 3/4.',
    "TC Jenna at DVR 3/4 re: client's IPE.",
    'TC Jenna 3/4 - no answer.',
    'TC Jenna Smith, RN 3/4.',
    'TC Dr. Jenna Park 3/4.',
    'Participant: Maria Lopez. TC Jenna 3/4: Maria is at work.',
    'Call w/ Jenna tomorrow re: class.',
    'TC Jenna from Ranken 3/4: client attending.',
    'TC Jenna (Goodwill job coach) 3/4: client attending.',
    "TC Jenna 3/4: her husband answered, she's at work.",
    'TC Goodwill 3/4.',
    'TC Mom 3/4.',
  ]);
});

describe('her contacts with others, and theirs with her', () => {
  doesNotCount([
    'Client met with her Job Corps counselor 3/4.',
    'Client had an in-person meeting with her PO 3/4.',
    'Client reports she met with her advisor in person 3/4.',
    "Client's sister spoke with me by phone 3/4.",
    'Her PO returned my call 3/4.',
    'Job Corps returned my call 3/4: she is in week 3.',
    'Her instructor met with her 3/4: she is passing.',
    'Goodwill staff met with client in person 3/4.',
    'Client was met in person by her DVR counselor 3/4.',
    'Supervisor met with client 3/4 while I was out: attending daily.',
    'DVR case manager met with client 3/4.',
  ]);
});

describe('a machine, a receipt or a relay', () => {
  doesNotCount([
    'Texted client 3/4; message shows Read.',
    'Texted client 3/4; she reacted with a thumbs up.',
    'Client opened my e-mail 3/5.',
    'Certified letter 3/4 - client signed for it 3/6.',
    'Texted client 3/4. Client replied "who is this?"',
    'Texted client 3/4; her daughter texted back that she moved.',
    'Outgoing call 3/4 10:02 (duration 0:45).',
    'Phone log 3/4: outbound, 12 sec, voicemail.',
    'Spoke with her voicemail 3/4.',
    'TC 3/4 via relay service; relay operator said no one answered.',
    'Conference call 3/4 with interpreter; client never joined.',
  ]);
});

describe("a contact form's fields say it failed", () => {
  doesNotCount([
    'D: TC 3/4.\nA: No answer.\nP: Try again.',
    'Data: Phone call with client 3/4.\nAssessment: Unable to reach.\nPlan: Letter.',
    'Type: Office visit\nWith: Client\nResult: No show',
    'Type: Phone\nWith: Client\nConnected: No',
    'Contact Type: Telephone\nParticipant Contacted: N\nNotes: VM.',
    'Contact Type: Telephone\nOutcome: Unsuccessful',
    'TC 3/4. Result: no contact.',
    'TC 3/4 - Contact made: N',
  ]);
});
