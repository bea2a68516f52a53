/**
 * A question asserts nothing, and a reply denied after it is named ("her reply has not arrived yet") is no reply.
 * Both read as a contact before: a wrong "qualifies" silently resets the participant's due date.
 */
import { describe, expect, it } from 'vitest';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';
import type { ContactType } from '../../lib/model';

const verdict = (text: string, contactType?: ContactType) =>
  checkNote({ text, contactType }, { pack: PACKS['mo-dwd-toolbox'], today: '2026-11-25' });

describe('a question is not a claim', () => {
  it.each([
    ['Spoke with customer? Number disconnected.', 'telephone'],
    ['Spoke with customer? Number disconnected.', undefined],
    ['Sent letter to customer about her training plan. Customer replied? Unknown.', 'letter'],
    ['Met with customer? Not sure, front desk has no sign-in for her.', 'in-person'],
  ] as const)('%s (%s) does not count', (text, type) => {
    expect(verdict(text, type).qualifies).toBe(false);
  });

  it('a question in the note does not undo a contact told plainly', () => {
    const v = verdict('Met with customer in person 11/20. Asked how class is going? She passed her CDL permit test and attends daily. Continue ITA; next OV 12/18.', 'in-person');
    expect(v.qualifies).toBe(true);
  });
});

describe('a reply denied after it is named', () => {
  it.each([
    ["Customer's reply to my 11/1 email has not arrived yet.", 'email'],
    ['Emailed customer 11/1 about her hours. Her reply has not arrived yet.', undefined],
    ['Mailed letter to customer about re-enrollment 11/2. Response still has not come.', 'letter'],
    ["Emailed customer 11/1 about her hours; reply hasn't come in.", 'email'],
  ] as const)('%s (%s) does not count', (text, type) => {
    const v = verdict(text, type);
    expect(v.qualifies).toBe(false);
    expect(v.findings.map((f) => f.rule)).toContain('response-pending');
  });

  it('a reply that says "not" still counts', () => {
    const v = verdict('Emailed customer 11/1 about her hours; she replied 11/3 that she is not working yet but attends class 4 days a week, 92%. Continue ITA; next e-mail 12/1.', 'email');
    expect(v.qualifies).toBe(true);
  });
});
