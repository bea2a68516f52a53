/**
 * Two ways a note can name a reply or a call that never became a contact: an
 * automatic answer ("auto-responded"), a call picked up on a line too bad to
 * talk. Both had counted.
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';

const verdict = (text: string, contactType: 'email' | 'telephone') => checkNote({ text, contactType }, { pack: PACKS['mo-dwd-toolbox'], today: '2026-11-25' });

describe('no reply, no line', () => {
  it.each([
    ["Customer's email auto-responded that she is on vacation.", 'email'],
    ['Emailed customer; got an automatic response that she is out until Monday.', 'email'],
    ['Customer picked up but the line was too bad to talk; will call back.', 'telephone'],
    ['Called customer, could not hear her. Will try again.', 'telephone'],
  ] as const)('does not count: %s', (text, type) => {
    expect(verdict(text, type).qualifies).toBe(false);
  });

  it('still counts a real reply or call', () => {
    expect(verdict('Customer replied to my 11/1 email: attending 4 days a week, 92%. Continue ITA; next e-mail 12/15.', 'email').qualifies).toBe(true);
    expect(verdict('Spoke with customer by phone despite a bad connection at first: attending 4 days a week, 92%. Continue ITA; next TC 12/15.', 'telephone').qualifies).toBe(true);
  });
});
