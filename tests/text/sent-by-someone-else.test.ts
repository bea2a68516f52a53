/**
 * Wrong "qualifies" found in review (notes written for the review, not from any corpus split): a letter or e-mail "from"
 * a sender who is neither the participant nor anyone the reader knows ("results letter from testing vendor") was read as
 * the participant's reply because the participant is named later in the sentence. The sender is who follows "from".
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';
import type { ContactType } from '../../lib/model';

const verdict = (text: string, contactType?: ContactType, pack: keyof typeof PACKS = 'mo-dwd-toolbox') =>
  checkNote({ text, contactType }, { pack: PACKS[pack], today: '2026-11-25' });

describe('a letter or e-mail from someone else', () => {
  it.each([
    ['Received results letter from testing vendor: customer passed WorkKeys at Gold level.', 'letter'],
    ['Letter from licensing board 11/3: customer passed the state cosmetology exam.', 'letter'],
    ['E-mail from unemployment office: customer is approved for benefits through 2/1.', 'email'],
  ] as const)('%s (%s) does not count', (text, type) => {
    expect(verdict(text, type).qualifies).toBe(false);
  });
});

describe("the participant's own letter or e-mail still counts", () => {
  it.each([
    ['E-mail from client 11/3: she passed her CNA exam and starts at Mercy 12/1.', 'email'],
    ['Letter from customer received 11/4: he completed the welding program and is working at Cargill.', 'letter'],
    ['E-mail from Maria: passed my skills check, 92% attendance.', 'email'],
  ] as const)('%s (%s) counts', (text, type) => {
    expect(verdict(text, type).qualifies).toBe(true);
  });
});
