/**
 * How systems, agencies and case managers name the policies' four contact types ("state the contact type"
 * on notes that said how was the error users met most). Written from the policies' types (in person, telephone,
 * letter, e-mail; a text or app message is written, a video call real-time at a distance) and the ways case systems
 * stamp them and staff write them, before any corpus run: form and header lines in many systems' formats, places
 * where only being there is possible, devices and apps, written channels, abbreviations and misspellings, Spanish,
 * speech-to-text. A channel named for a contact that was refused still says how: the finding is then that the note
 * does not show the participant was reached. A plan, a contact detail or a document names no channel. A type never
 * makes a note count. Our own sentences, both packs.
 */
import { describe, expect, it } from 'vitest';
import { inEachPack, typed } from './both-packs';

describe("a system's form or header line", () => {
  typed([
    ['Contact Method: Telephone\nPlan reviewed.', 'telephone'],
    ['Service Type: Case Mgmt - Phone\nParticipant reports 32 hrs/wk at Walmart.', 'telephone'],
    ['Mode: F2F\nTimesheets reviewed.', 'in-person'],
    ['Activity: 600 - Case Management Contact (In Person)\nCustomer attending classes.', 'in-person'],
    ['Type of Contact – Office\nCustomer attending classes.', 'in-person'],
    ['Case Note Type: Contact - Telephone\nWIOA Adult follow-up.', 'telephone'],
    ['Note Type: Telephone Contact | Program: WIOA Adult\nFollow-up done.', 'telephone'],
    ['Subject: Case Management - Telephone Contact\nFollow-up done.', 'telephone'],
    ['Activity Type: Call | Status: Completed\nFollow-up done.', 'telephone'],
    ['Interaction Type: In-Person\nPlan updated.', 'in-person'],
    ['Communication Type: Phone Call\nPlan updated.', 'telephone'],
    ['Contact Type: Phone - Outgoing\nPlan updated.', 'telephone'],
    ['Delivery: Virtual (Zoom)\nPlan updated.', 'telephone'],
    ['Medium: Text\nPlan updated.', 'email'],
    ['Contact Type: Written Correspondence\nRecertification packet.', 'letter'],
    ['[Contact: E-mail] Training plan update.', 'email'],
    ['(Phone) 3/4 - plan reviewed.', 'telephone'],
    ['CMC 600 - TC - 3/4 - plan reviewed.', 'telephone'],
  ]);
});

describe('a place where only being there is possible', () => {
  typed([
    ['Caught client at the job fair 3/4; she has two interviews lined up.', 'in-person'],
    ['Client at the AJC 3/4, said he passed the WorkKeys.', 'in-person'],
    ["Visit at client's home 3/4: she is working 30 hrs.", 'in-person'],
    ['Worksite visit 3/4 at Tyson: participant on the line, supervisor says he is doing well.', 'in-person'],
    ['Ran into client at the gas pump 3/4, she said she passed.', 'in-person'],
    ['Home visit 3/4, nobody answered the door.', 'in-person'],
    ['Left my card in the storm door 3/4, nobody home.', 'in-person'],
    ['Knocked on the trailer door 3/4, dogs barking, nobody came out.', 'in-person'],
    ['Huddle w/ youth after practice 3/4: grades up, no missing work.', 'in-person'],
    ["Attended youth's IEP meeting 3/4; he is on track to graduate.", 'in-person'],
  ]);
});

describe('devices and apps', () => {
  typed([
    ['Reached client on his cell 3/4, he starts Monday.', 'telephone'],
    ['WhatsApp call w/ client 3/4: she is in week 5.', 'telephone'],
    ['Teams w/ client 3/4 - finished module 2.', 'telephone'],
    ['Google Voice to client 3/4, no answer.', 'telephone'],
    ['TTY w/ client 3/4 via relay: passed the exam.', 'telephone'],
    ['Voice call on Kakao w/ client 3/4: he started the OJT.', 'telephone'],
    ['Rang client 3/4, ringing ringing, no answer.', 'telephone'],
    ['Dialed client 3/4, straight to voicemail.', 'telephone'],
  ]);
});

describe('written channels', () => {
  typed([
    ['Portal msg from client 3/4: passed the test.', 'email'],
    ['DM’d client on Insta 3/4, no reply.', 'email'],
    ["PM'd client 3/4, seenzoned.", 'email'],
    ['Snapped client 3/4, opened, no reply.', 'email'],
    ['Remind msg to client 3/4, read, no reply.', 'email'],
    ['Sent client a Messenger msg 3/4. No reply.', 'email'],
    ['Faxed the release to client 3/4.', 'letter'],
    ['Postcard mailed 3/4 re: recert.', 'letter'],
    ['Certified letter sent 3/4 re: soft exit.', 'letter'],
  ]);
});

describe('abbreviations, misspellings, Spanish and speech-to-text', () => {
  typed([
    ['T/C w/ cust 3/4, attending.', 'telephone'],
    ['Phn call w/ cust 3/4, attending.', 'telephone'],
    ['Fone call w/ cust 3/4, attending.', 'telephone'],
    ['Emial to client 3/4 re: timesheet.', 'email'],
    ['Txted client 3/4 re: timesheet.', 'email'],
    ['FTF w/ cust 3/4, attending.', 'in-person'],
    ['Llamé a la clienta 3/4, no contestó.', 'telephone'],
    ['Reunión en persona con el cliente 3/4.', 'in-person'],
    ['Mandé un mensaje por WhatsApp al cliente 3/4.', 'email'],
    ['Visita a domicilio 3/4, no estaba.', 'in-person'],
    ['Client and I spoke on the tele phone 3/4 about class.', 'telephone'],
    ['Sent an e male to the client 3/4 about class.', 'email'],
  ]);
});

describe('more voices: a videophone, a kite, plain-English arrivals, an initial before a place, forwarded mail', () => {
  typed([
    ['VP with Marcus 3/4, 12 min. He passed the forklift test.', 'telephone'],
    ['Amir VP me back 3/4: started nights at the warehouse.', 'telephone'],
    ['Return kite from Devin 3/4: passed the welding module.', 'letter'],
    ['Kite sent to Jamal 3/4 re: monthly check-in. No return yet.', 'letter'],
    ['Luis come office with his wife 3/4, 15 min. Welding midterm 88.', 'in-person'],
    ['Spoke w/ Dana K. at the career fair table 3/4: passed the CDL permit.', 'in-person'],
    ['Brandon in the re-entry office 3/4, 20 min. Module 3 of 6 done.', 'in-person'],
    ['Client replied to email 3/4: passed the 608 exam.', 'email'],
    ['Good-cause form submitted via portal 3/4 by client.', 'email'],
    ['---------- Forwarded message ---------- From: training desk / Date: 3/4 / "schedule attached." CM: saved.', 'email'],
  ]);
});

describe('a plan told inside a contact is its topic, not the contact', () => {
  typed([
    ['Zalo reply from Minh 3/4: "ok, I will go" - he starts the forklift class Friday.', 'email'],
    ['Employment Plan review 3/4 with customer at our Joplin office; she is on track.', 'in-person'],
    ['Client joined our resume drop-in 3/4 and asked me how to upload his resume; showed him.', 'in-person'],
    ['Customer was unable to attend the scheduled in-person appointment on 3/4.', 'in-person'],
  ]);
});

describe('a channel named for a contact that was refused', () => {
  const refused = (rows: ReadonlyArray<readonly [string, string]>) =>
    it.each(rows)('%s', (text, type) =>
      inEachPack(text, (v, pack) => {
        expect(v.qualifies, pack).toBe(false);
        expect(v.contactType, pack).toBe(type);
        expect(
          v.findings.map((f) => f.rule),
          pack,
        ).not.toContain('contact-type-missing');
      }),
    );
  refused([
    ['Called client 3/4; he said he could not talk and hung up.', 'telephone'],
    ['Home visit 3/4 - client would not come to the door.', 'in-person'],
    ['Rang client 3/4, ringing ringing, no answer.', 'telephone'],
  ]);
});

describe('no channel: a plan, a contact detail, a document', () => {
  it.each([
    'Will call cust next week to check on progress.',
    'Phone: 573-555-0142. File reviewed.',
    'Job fair flyer added to file.',
    'Next home visit set for 3/12.',
    'JR to text client this week.',
    'An in-person meeting with the participant is scheduled for 6/3.',
    'Might have seen client at the career fair 3/4, not sure it was her.',
    'Follow-up phone call with client planned for 3/12.',
  ])('%s', (text) =>
    inEachPack(text, (v, pack) => {
      expect(v.contactType, pack).toBeNull();
      expect(v.qualifies, pack).toBe(false);
    }),
  );
});
