/**
 * contact-type-missing asks only when the note really does not say how the contact happened (once its most
 * common false error). A note that names a channel, a device, a place, a platform or a written form has said how,
 * whether or not the reader recognised the contact as one that counts. When such a note does not count, what the case
 * manager is told is that it does not show they reached the participant, never to state the type. The type named here
 * never makes a note count (each row is checked not to count), and where nothing says how, the rule still asks.
 */
import { describe, expect, it } from 'vitest';
import type { NoteVerdict } from '../../lib/model';
import { inEachPack } from './both-packs';

type Type = 'email' | 'telephone' | 'in-person' | 'letter';
const rules = (v: NoteVerdict) => v.findings.filter((f) => f.severity !== 'info').map((f) => f.rule);

/** Each row: a note that does not count, names how the contact happened, and is not asked for the type. */
const named = (rows: ReadonlyArray<readonly [string, Type]>) =>
  it.each(rows)('%s', (text, type) => {
    inEachPack(text, (v, pack) => {
      expect(v.qualifies, pack).toBe(false);
      expect(v.contactType, pack).toBe(type);
      expect(rules(v), pack).not.toContain('contact-type-missing');
      expect(v.reason?.message ?? '', pack).not.toMatch(/does not say how the contact was made/);
    });
  });

/** Each row: nothing says how the contact happened, so the type stays unknown and the rule asks. */
const unnamed = (rows: readonly string[]) =>
  it.each(rows)('%s', (text) => {
    inEachPack(text, (v, pack) => {
      expect(v.qualifies, pack).toBe(false);
      expect(v.contactType, pack).toBe(null);
      expect(rules(v), pack).toContain('contact-type-missing');
    });
  });

describe('a contact the note names a channel for, even where it does not count', () => {
  named([
    ['Calendar entry 5/4 "Monthly check-in w/ Dana (phone)" - marked done.', 'telephone'],
    ['Inbound call 5/6 - CM unavailable. Message taken by the contact center: customer says she passed the CNA exam and wants a call back.', 'telephone'],
    ['Tablet msg from cust 5/6: passed the GED math part, release still 6/1. Replied on the tablet 5/7.', 'email'],
  ]);
  it('says the note does not show the participant was reached, not that the type is missing', () => {
    inEachPack('Calendar entry 5/4 "Monthly check-in w/ Dana (phone)" - marked done.', (v, pack) => {
      expect(v.reason?.message ?? '', pack).toMatch(/^This note does not show that you reached the participant/);
    });
  });
});

describe("a contact the reader took for someone else's, in a stamp or a pasted draft: the type it names", () => {
  named([
    ['Completed: "Monthly TC - Dana L."\nClient on break from the college until 5/4, working 40 hrs meanwhile.', 'telephone'],
    ['Pasted from my phone notes: "5/4 TC w/ participant. Started at Menards 5/1, $17/hr."', 'telephone'],
  ]);
  // A contact the reader took for a plan names no contact made.
  unnamed(['Staffing set for 5/12 @ 2pm w/ cust and her DVR counselor to review her training plan.']);
});

describe('talk with no channel of its own: the rule still asks', () => {
  unnamed(['Talked with client 5/4, she is doing well in class.', 'We talked on 5/4. She passed the GED math test.', 'Spoke w/ cust 5/4 re: job search. 4 apps this wk.']);
});

describe('a place where we talked, the line or device it was on, a written form: the type they name', () => {
  named([
    ['Caught up with cust in the hallway after his hearing 5/4 - he starts the welding class 5/11.', 'in-person'],
    ['Drove cust to the Hormel interview 5/4; in the car she said it went fine. Second interview TBD.', 'in-person'],
    ['Client in the lobby 5/4 for his bus card; we talked - 6 apps, interview at Menards.', 'in-person'],
    ['Caller: participant | Reason: monthly update | Says he finished the forklift class.', 'telephone'],
    ['Language line 5/4: cust finished the forklift class, starts 5/18.', 'telephone'],
    ["Shop phone at the farm 5/4: cust's boss picked up and said cust is at the welding class, back at 5.", 'telephone'],
    ['Participant returned the monthly update form 5/4: working 36 hrs, finished the cert.', 'letter'],
    ['> On 5/2, Counselor wrote: how is class going?\nGoing good, passed the written test. - Amber', 'email'],
    ['Cust came to the job center 5/4 for the resume workshop and asked about forklift classes.', 'in-person'],
    ['Youth joined our Tuesday drop-in group 5/4 and showed me her new resume.', 'in-person'],
    ['The shift lead mentioned at staff mtg 5/4 that cust moved to days. Need to confirm with cust.', 'in-person'],
    ['Participant gave her sister a ride to the clinic 5/4 and said hi to me in the lobby.', 'in-person'],
    ['Cust stopped me at the store 5/4 - not a planned meeting, but we talked 5 min: still 30 hrs.', 'in-person'],
    ['Form came back 5/4 in her own handwriting: "still at the bakery, going to start the cake class in June."', 'letter'],
    ['Subject: RE: monthly check-in<br>From: cust &lt;dana@example.com&gt;<br>Still at the bakery, 30 hrs.', 'email'],    ['Toolbox message to Dana 5/4 with the class dates. Status shows "Viewed" 5/4 9 PM. No reply.', 'email'],
    ['5/4 talked w/ Mr. Reyes, the GED teacher, at the learning center office: cust passed math, retest in science 5/11.', 'in-person'],
    ['Cust seen in the day room 5/4; we went over her release plan, shelter bed set.', 'in-person'],
    ['Cust reached on cell 5/4 after her shift - still 32 hrs.', 'telephone'],
  ]);
});

describe('a place that is the topic or what was said, a phone number on file: the rule still asks', () => {
  unnamed([
    'Spoke w/ cust 5/4 about the forklift class at the shop.',
    'Talked with client 5/4 about the job fair at the library.',
    'Spoke w/ cust 5/4: she says the office at her plant is hiring.',
    'She said she takes the bus to the clinic every day. Talked 5/4.',
    'Talked with client 5/4. Phone number updated.',
  ]);
});
