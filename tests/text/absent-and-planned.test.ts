/**
 * Wrong "qualifies" found in review (notes written for the review, not from any corpus split): talk at a visit the
 * participant missed, a contact planned with "next wk", talk after a letter, and a "Monthly contact" form whose
 * results are only a plan. None shows a two-way exchange with the participant.
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';
import type { ContactType } from '../../lib/model';

const verdict = (text: string, contactType?: ContactType, pack: keyof typeof PACKS = 'mo-dwd-toolbox') =>
  checkNote({ text, contactType }, { pack: PACKS[pack], today: '2026-11-25' });

describe('no two-way exchange with the participant', () => {
  it.each([
    ['TC w/ cust next wk.', undefined],
    ['TC w/ cust next wk.', 'telephone'],
    ['Home visit 11/3: customer not home. Talked about her job search and the CNA class schedule; she has applied at 2 facilities.', undefined],
    ['Site visit at Acme 11/3, customer absent. Discussed attendance concerns with supervisor; 3 missed shifts.', undefined],
    ['Site visit at Acme 11/3, customer absent. Discussed attendance concerns; 3 missed shifts this month.', undefined],
    ['Letter sent 5/1 about re-enrollment. Talked about documents needed for the ITA.', 'letter'],
  ] as const)('%s (%s) does not count', (text, type) => {
    expect(verdict(text, type).qualifies).toBe(false);
  });
});

describe('real contacts still count', () => {
  it.each([
    ['Home visit 11/3 with customer. Talked about her job search; she applied at 2 facilities. Continue WEX; next OV 12/1.', undefined],
    ['Site visit at Acme 11/3 with customer and her supervisor. Customer has 120 of 240 WEX hours, no missed shifts. Continue WEX; next visit 12/1.', undefined],
    ['Home visit 11/3: customer was not home at 10. Returned at 1 and met with customer; she has applied at 2 facilities. Continue WEX; next OV 12/1.', undefined],
    ['Mailed letter 11/1 about re-enrollment; customer replied 11/6 that she is attending 4 days a week, 92%. Continue ITA; next letter 12/1.', 'letter'],
  ] as const)('%s (%s) counts', (text, type) => {
    expect(verdict(text, type).qualifies).toBe(true);
  });
});
