/**
 * The channel of a try that reached nobody (contact-type-missing's false errors): "Sent msg on the jail
 * tablet 3/2, no reply" or "OUTBOUND 9:00 AM: Hi Mai …" names how the case manager tried, so telling them to "say how
 * the contact was made" is wrong. The type is the try's; the note still does not count. When nothing says how, the
 * type stays unknown and the rule still asks (it never invents one).
 */
import { describe, expect, it } from 'vitest';
import { inEachPack, refusedTyped, refusedUntyped } from './both-packs';

describe('a texting platform\'s export, our lines only or nobody answering for the participant', () => {
  refusedTyped([
    ['OUTBOUND 4/2 10:15 AM to (417) 555-0190: Hi Dana, time for your check-in, call or text me back. [Delivered]', 'email'],
    ['4/2 OUT: Hi Dana, are you still at the bakery?\n4/9 OUT: Hi Dana, checking again. [Read]', 'email'],
    ['▶ 4/2 1:05 PM: Hi Marco, how is the forklift class going?\n◀ 4/2 1:06 PM: Auto-reply: I am driving.', 'email'],
    ['OUT 5/3 to the college registrar: is Terrell still enrolled?\nIN 5/4 registrar: yes, 12 credits.', 'email'],
  ]);
});

describe('messages the reader has no channel word for', () => {
  refusedTyped([
    ['Tablet msg sent to cust at the county jail 4/8 re: his release plan. Pending facility approval.', 'email'],
    ['Sent msg on the facility tablet 4/8 asking how the HiSET class is going. No reply yet.', 'email'],
    ['Canvas inbox message sent to cust 4/8 about the missing quiz. No reply.', 'email'],
    ['Sent Jordan the scholarship link 4/8 + "let me know if you need help".', 'email'],
    ['Group message 4/8 to the spring welding cohort: "Shop closed Friday."', 'email'],
    ['Cust left me on read again 4/8 (asked about his timesheet).', 'email'],
    ['Her number says "this number cannot receive texts" 4/8.', 'email'],
  ]);
});

describe('a visit or a call that nobody answered, named in words the reader did not know', () => {
  refusedTyped([
    ['Participant did not present for the 4/8 appointment. Will outreach next week.', 'in-person'],
    ['Drove out to the customer\'s trailer 4/8 for the follow-up. Nobody at the house; left my card.', 'in-person'],
    ['Tried cust 4/8 - recording: "the customer you are calling is not available".', 'telephone'],
    ['Left a message on cust\'s answering machine 4/8 about the training deadline.', 'telephone'],
  ]);
});

describe('nothing says how anyone tried: the rule still asks', () => {
  refusedUntyped([
    'Will follow up with cust next week about classes.',
    'Cust needs to bring in her timesheet.',
    'Outreach needed before soft exit.',
    'Plan: link cust to the CNA program at Linn Tech.',
  ]);
});

describe('a contact that happened is not given a type by its tries', () => {
  it('"customer says" after an unanswered call stays for the note to say how they talked', () => {
    // The call failed; how she then told the news is not said. The type of the failed call is not the contact's.
    inEachPack('Called cust 4/1, no answer. Group message to the cohort 4/2. Cust says she passed the state test.', (v, pack) => {
      expect(v.qualifies, pack).toBe(false);
    });
  });
});

describe('a contact with no channel of its own, beside an event that names one, where the note does not count anyway', () => {
  // What happened has no channel word ("says", "said", "confirmed"), the event beside it has one: shown as the note's
  // type, because the note does not count for another reason (someone else did the talking).
  const rows = [
    ['Inbound call 5/6 - I was with another client. Front desk took the message: cust says she passed her CNA test.', 'telephone'],
    ["Drove to cust's place 5/6 - her brother at the house said she is at work at the mill.", 'in-person'],
    ['Conference call 5/6 w/ the OJT employer\'s HR. Cust not on the call. HR confirmed she is still employed.', 'telephone'],
  ] as const;
  it.each(rows)('%s', (text, type) => {
    inEachPack(text, (v, pack) => {
      expect(v.qualifies, pack).toBe(false);
      expect(v.contactType, pack).toBe(type);
      expect(v.findings.map((f) => f.rule), pack).not.toContain('contact-type-missing');
    });
  });
});

describe('the channel beside a contact never makes it count', () => {
  // Where that channel would be all the note lacks, the note does not count; it is told it does not show the
  // participant was reached, not asked for the type it names (tests/policy/type-named-refused.test.ts).
  // A contact that names its own channel keeps it and counts, with a try or a message by another channel beside it:
  // neither the hint nor a try's channel replaces the contact's, nor stops it counting (each row fails if the hint is
  // read for a contact that has a channel, or put before it).
  it.each([
    ['TC w/ cust 5/6. She passed the GED math test and starts the CNA class 6/1. Continue ITA per IEP.', 'telephone'],
    ['Emailed cust 5/5, no reply. Met w/ cust in the office 5/6: she passed the GED math test and starts the CNA class 6/1. Continue ITA per IEP.', 'in-person'],
    ['Home visit 5/5, nobody home. TC w/ cust 5/6: passed the GED math test, starts CNA 6/1. Continue ITA per IEP.', 'telephone'],
    ['TC w/ cust 5/6. She passed the GED math test and starts the CNA class 6/1. Emailed her the class schedule after. Continue ITA per IEP.', 'telephone'],
  ] as const)('counts a typed contact with its own type: %s', (text, type) => {
    inEachPack(text, (v, pack) => {
      expect(v.qualifies, pack).toBe(true);
      expect(v.contactType, pack).toBe(type);
    });
  });
});
