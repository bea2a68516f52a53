/**
 * Wrong "qualifies" found in review (notes written for the review, not from any corpus split): a contact "arranged"
 * or "being arranged" for a later date is a plan, like one "scheduled" or "set for" that date.
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';
import type { ContactType } from '../../lib/model';

const verdict = (text: string, contactType?: ContactType, pack: keyof typeof PACKS = 'mn-wf1') =>
  checkNote({ text, contactType }, { pack: PACKS[pack], today: '2026-11-25' });

describe('a contact arranged for later', () => {
  it.each([
    ['An in-person meeting was arranged for 11/20.', undefined],
    ['Office visit arranged for 12/2 to review her ISS.', 'in-person'],
    ['Arranged a phone call with customer for Monday.', undefined],
  ] as const)('%s (%s) does not count', (text, type) => {
    expect(verdict(text, type).qualifies).toBe(false);
  });
});

describe('a contact that took place still counts', () => {
  it.each([
    ['Met with participant in office 11/4; she passed her CNA skills test. Arranged next meeting for 12/2.', undefined],
    ['Phone call with customer 11/3: she is working 30 hrs at Target. Arranged a follow-up call for 12/1.', undefined],
  ] as const)('%s (%s) counts', (text, type) => {
    expect(verdict(text, type).qualifies).toBe(true);
  });
});
