/**
 * "State the contact type" only when the note really does not say how: a note that names its channel
 * (a form's "Contact Type:" or "Method:" line, a case system's activity line, the abbreviations case managers use,
 * Spanish words, a speech-to-text spelling, a video call) has a type, whether or not the reader counted the contact.
 * Where the contact is refused, the finding is that the note does not show the participant was reached, never
 * "say how the contact was made". The table was written from the policies' four types (in person, telephone, letter,
 * e-mail; a text or portal message is written, a video call real-time) and how the systems name them, before any
 * corpus run. A request, a plan, someone on a camera that was no call, or a phone number names no channel.
 * Our own sentences, both packs; a type never makes a note count.
 */
import { describe, expect, it } from 'vitest';
import { inEachPack, typed } from './both-packs';

const untyped = (rows: readonly string[]) =>
  it.each(rows)('%s', (text) =>
    inEachPack(text, (v, pack) => {
      expect(v.contactType, pack).toBeNull();
      expect(v.qualifies, pack).toBe(false);
    }),
  );

describe("a form's line names the channel", () => {
  typed([
    ['Contact Type: Phone\nDiscussed her schedule with her sister.', 'telephone'],
    ['Contact Method: Office Visit\nParticipant dropped off paystubs at the front desk; I was in a staffing.', 'in-person'],
    ['Method: OV\nPaperwork signed.', 'in-person'],
    ['Method of contact: E-mail\nSent the FAFSA checklist.', 'email'],
    ['Contact Mode: Face-to-Face\nCompleted the IEP update.', 'in-person'],
    ['Type of Contact: Letter\nBenchmark reminder sent.', 'letter'],
    ['Contact Type: Text Message\nSent the reminder.', 'email'],
    ['Contact Type: Telephonic\nDiscussed the ITA paperwork.', 'telephone'],
    ['Service Delivery Method: In Person\nIEP reviewed and signed.', 'in-person'],
    ['Contact Type: Video\nReviewed the training plan.', 'telephone'],
  ]);
});

describe('abbreviations, Spanish and speech-to-text spellings', () => {
  typed([
    ['HV 3/4 - reviewed the budget worksheet.', 'in-person'],
    ['F2F 3/4 at the Joplin Job Center.', 'in-person'],
    ['3/12 6:15 PM TC w/ Aaliyah (rescheduled from declined mtg) - picking up shifts at Amazon.', 'telephone'],
    ['LMOM 4/1 re monthly.', 'telephone'],
    ['EM to cust 3/3 re: timesheet.', 'email'],
    ['Llamada 3/4: la clienta está en la clase de CNA.', 'telephone'],
    ['Correo 3/4 a la clienta sobre el FAFSA.', 'email'],
    ['Spoke with customer by tell a phone 3/4 about the class.', 'telephone'],
    ['Left a voice male for the customer 3/4.', 'telephone'],
    ['Customer face time 3/4 from work about her hours.', 'telephone'],
  ]);
});

describe('a channel named where the contact is refused or someone else answered', () => {
  typed([
    ["Called 3/4. Client's mother answered and said she started at Walmart.", 'telephone'],
    ['Not sure if I wrote this up already: 4/16 cust called me, we talked, he is still at the plant.', 'telephone'],
    ['Outcome: Contacted — TPC. Spoke with the client’s mother; client moved last month.', 'telephone'],
    ['Invite e-mailed to cust 3/12 - no response to the invite.', 'email'],
    ['The 11/30 call dropped before the client could answer the first question.', 'telephone'],
    ['Client unable to attend the in-person appointment on 3/10.', 'in-person'],
  ]);
});

describe('seen, visited or waited for in person', () => {
  typed([
    ['Went up to see Deshawn on 6 Red 11/3 - asleep, did not wake him. Left my card with his RN.', 'in-person'],
    ["9/29 - arrived for Tou's appt during count; he had left for work release by then.", 'in-person'],
    ['Saw J. 5/13.', 'in-person'],
    ['Marcus had a 1:00 appt w/ me 11/17. He did not come.', 'in-person'],
  ]);
});

describe('devices and texting shorthand', () => {
  typed([
    ['11/9 ft w/ Kelsey, she is liking the new shift.', 'telephone'],
    ['Reached Maria on her work radio 11/9 (her supervisor handed it over).', 'telephone'],
    ['Kush posted in our cohort gc 10/27 that he passed the forklift cert.', 'email'],
    ['Group chat 10/27: Kush says he passed the forklift cert.', 'email'],
    // Messaging platforms, written like a text.
    ['Sent a Zalo message to Lan 11/3 about the state board date. Not seen yet.', 'email'],
    ['Snapchat msg to Josh 10/16, opened, no reply.', 'email'],
    ['Viber 3/2: Amir says the warehouse moved him to days.', 'email'],
    ['GroupMe post 4/4 from Dee: passed the CNA skills test.', 'email'],
    // A video check-in named by its platform.
    ['Luis missed the 1400 Teams check-in 11/10; waited 15 min in the meeting.', 'telephone'],
  ]);
});

describe('no channel named: the type stays unknown and the rule asks', () => {
  untyped([
    // A request, a plan, someone on a camera that was no call.
    'Asked client to FaceTime me on 3/11.',
    'Asked client to be on camera for the 3/6 Zoom.',
    'Client on camera in the news story about the plant closing 3/4.',
    'Client was on camera at the front desk when she dropped off her timesheet 3/4.',
    // A plan, a phone number, an address, an offer letter: no contact's channel.
    'Will call client next week about the class.',
    'Need to text Kenny re: 90 day check in before 3/30.',
    'Client phone number updated: 573-555-0142.',
    'E-mail address on file confirmed.',
    'Checked in with client.',
    'Saw the posting for the Hy-Vee job 3/4 and saved it for client.',
    "See Maria's note of 3/4.",
    'Hand-off from Lee: client last contact 5/14 (TC). Sarah to do the June contact.',
    'Contact Type: [Phone / In Person / Letter / Email]\nNotes: see previous entry',
    'Phone verified: 417-555-0199. File reviewed.',
    'You were mentioned in Teams: can you check on the WEX hours before Friday?',
    'Benefits counseling appointment set for 4/2 at 10:00 with WIPA.',
    'Client started FT at Menards 3/4, 40 hrs.',
    'Client has an appt w/ her probation officer 3/4.',
    'SNAP E&T hours verified for March.',
  ]);
  it('asks for the type where nothing says how', () =>
    inEachPack('Asked client to FaceTime me on 3/11.', (v, pack) => expect(v.findings.map((f) => f.rule), pack).toContain('contact-type-missing')));
});
