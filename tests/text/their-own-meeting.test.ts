/**
 * Wrong "qualifies" found in review (notes written for the review, not from any corpus split): the participant as the
 * subject of a contact with someone else ("Client met with her instructor", "Customer called the financial aid office")
 * read as the participant coming to the writer. Their meeting with another person is not a contact with us.
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';
import type { ContactType } from '../../lib/model';

const verdict = (text: string, contactType?: ContactType, pack: keyof typeof PACKS = 'mn-wf1') =>
  checkNote({ text, contactType }, { pack: PACKS[pack], today: '2026-11-25' });

describe("the participant's contact with someone else", () => {
  it.each([
    ['Client met with her instructor on 11/4 to discuss her clinical schedule.', undefined],
    ['Participant met with the employer 11/5 and was offered the position at $17/hr.', 'in-person'],
    ['Customer called the financial aid office 11/3 about her Pell grant; it was approved.', 'telephone'],
    ['Youth spoke with his probation officer about his work schedule; he is working 20 hrs.', undefined],
  ] as const)('%s (%s) does not count', (text, type) => {
    expect(verdict(text, type).qualifies).toBe(false);
  });
});

describe('the participant coming to the writer still counts', () => {
  it.each([
    ['Client met with CM on 11/4 to discuss her clinical schedule; she passed her skills check.', undefined],
    ['Participant met with the employer and this writer at the worksite 11/5; he has 120 WEX hours, no missed shifts.', 'in-person'],
    ['Customer called CM 11/3; she reports her Pell grant was approved and she is attending full time.', 'telephone'],
    ['Client called 11/4 and said she started at Target, 30 hrs a week.', 'telephone'],
    ['Met with client and her instructor 11/4; client is passing all courses with Bs.', undefined],
  ] as const)('%s (%s) counts', (text, type) => {
    expect(verdict(text, type).qualifies).toBe(true);
  });
});
