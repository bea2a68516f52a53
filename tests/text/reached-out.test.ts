/**
 * Wrong "qualifies" found in review (notes written for the review, not from any corpus split): "reached out to" is
 * outreach, a try; it was read as "reached" (someone got through), so "Reached out to customer by phone." counted.
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';
import type { ContactType } from '../../lib/model';

const verdict = (text: string, contactType?: ContactType, pack: keyof typeof PACKS = 'mn-wf1') =>
  checkNote({ text, contactType }, { pack: PACKS[pack], today: '2026-11-25' });

describe('outreach is not reaching', () => {
  it.each([
    ['Reached out to customer by phone.', undefined],
    ['Reached out to customer by phone.', 'telephone'],
    ['The participant was reached out to by phone.', 'telephone'],
    ['Reaching out to client by phone 11/3 regarding her training progress.', undefined],
  ] as const)('%s (%s) does not count', (text, type) => {
    expect(verdict(text, type).qualifies).toBe(false);
  });
});

describe('someone reached, or an answer to the outreach, still counts', () => {
  it.each([
    ['Reached customer by phone 11/3; she is working 30 hrs at Target.', undefined],
    ['Reached out to client 11/3 by phone, she said she passed her exam.', undefined],
    ['Reached out to participant by phone 11/3 and spoke with her about her clinicals; she has 64 of 75 hours.', undefined],
  ] as const)('%s (%s) counts', (text, type) => {
    expect(verdict(text, type).qualifies).toBe(true);
  });
});
