/**
 * contact-type-missing asks only when the note really does not say how the contact happened (issue 16: its most
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

describe('talk with no channel of its own: the rule still asks', () => {
  unnamed(['Talked with client 5/4, she is doing well in class.', 'We talked on 5/4. She passed the GED math test.', 'Spoke w/ cust 5/4 re: job search. 4 apps this wk.']);
});
