/**
 * Wrong "qualifies" found in review (notes written for the review, not from any corpus split): polished passive prose
 * with only the page's contact type ("Progress was discussed." with Telephone chosen) names nobody who talked: the
 * drop-down says how a contact was made, never that one was made with the participant.
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';
import type { ContactType } from '../../lib/model';

const verdict = (text: string, contactType?: ContactType, pack: keyof typeof PACKS = 'mo-dwd-toolbox') =>
  checkNote({ text, contactType }, { pack: PACKS[pack], today: '2026-11-25' });

describe('passive talk with no one named and no contact told', () => {
  it.each([
    ['Progress was discussed.', 'telephone'],
    ['Training goals were discussed and next steps were identified.', 'in-person'],
  ] as const)('%s (%s) does not count', (text, type) => {
    expect(verdict(text, type).qualifies).toBe(false);
  });
});

describe('passive talk over a contact the note tells, or with the participant named, still counts', () => {
  it.each([
    ['Called customer 11/3. Progress was discussed; she has a 3.1 GPA and 95% attendance.', undefined],
    ['Progress was discussed with the customer; she has a 3.1 GPA and 95% attendance.', 'telephone'],
    ['Discussed progress with customer; she has a 3.1 GPA and 95% attendance.', 'telephone'],
  ] as const)('%s (%s) counts', (text, type) => {
    expect(verdict(text, type).qualifies).toBe(true);
  });
});
