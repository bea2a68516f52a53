/**
 * A letter or e-mail counts only once the participant's reply is documented.
 * A note that says the writer is still waiting for that reply documents none:
 * "reply" there is what is hoped for, never a reply received (a wrong
 * "qualifies" silently resets the due date).
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';

const verdict = (text: string, contactType: 'email' | 'letter' = 'email') =>
  checkNote({ text, contactType }, { pack: PACKS['mo-dwd-toolbox'], today: '2026-11-25' });

describe('still waiting for the reply', () => {
  it.each([
    'Emailed customer asking about attendance. Waiting for her reply.',
    'Emailed customer asking about attendance. Waiting for a reply.',
    'Emailed customer asking about attendance; waiting for his response.',
    'Emailed customer about her hours; pending reply.',
    'Emailed customer. Hoping for a response this week.',
    'Emailed customer about the ITA and am waiting for her to reply.',
    'Emailed customer about the ITA, waiting for customer to respond.',
  ])('does not count an e-mail whose reply has not come: %s', (text) => {
    const v = verdict(text);
    expect(v.qualifies).toBe(false);
    expect(v.findings.map((f) => f.rule)).toContain('response-pending');
  });

  it('does not count a letter still waiting on its reply', () => {
    expect(verdict('Mailed letter to customer about her training plan, waiting on a reply.', 'letter').qualifies).toBe(false);
  });

  it('still counts the reply once it came', () => {
    expect(verdict('Emailed customer about attendance; she replied that she attends 4 days a week. Continue ITA, next e-mail 12/15.').qualifies).toBe(true);
    expect(verdict('Was waiting for her reply; she replied 11/20: attending 4 days a week, 92%. Continue ITA, next e-mail 12/15.').qualifies).toBe(true);
  });
});
