/**
 * "The phone was answered by a child who said she was not home": someone
 * answered, but not the participant, and what they said is that she could not
 * be reached. That is a try, not a contact (it counted as a two-way call).
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';

const verdict = (text: string) => checkNote({ text, contactType: 'telephone' }, { pack: PACKS['mo-dwd-toolbox'], today: '2026-11-25' });

describe('a phone answered by someone else', () => {
  it.each([
    "Customer's phone was answered by a child who said she was not home.",
    'Called customer; the phone was answered by her roommate, who said she was not home.',
  ])('does not count: %s', (text) => {
    expect(verdict(text).qualifies).toBe(false);
  });

  it('counts when the participant came to the phone and talked', () => {
    expect(verdict('Called customer; her mother answered and put her on. We discussed her CNA class: attending 4 days a week, 92%. Continue ITA; next TC 12/15.').qualifies).toBe(true);
  });
});

describe('answered by the participant', () => {
  it('still counts on what was discussed', () => {
    expect(verdict('Call answered by customer; we discussed her CNA class: attending 4 days a week, 92%. Continue ITA; next TC 12/15.').qualifies).toBe(true);
  });
});

describe('a child named in a real contact', () => {
  it('leaves the contact counting', () => {
    expect(verdict('Spoke with customer by phone; her child was sick so she missed two classes, attendance 85%. Continue ITA; next TC 12/15.').qualifies).toBe(true);
  });
});
