/**
 * The contact-type warning must not tell a case manager to change a right field: a meeting "by phone", "via Zoom" or
 * "on Teams" is a telephone contact, a call after a home visit nobody answered is the call, a reminder to meet is not
 * the contact. When the note itself names the field's way of contact in the contact's sentence, or another contact
 * of the note that connected was made that way, the warning stays silent. Both packs.
 */
import { describe, expect, it } from 'vitest';
import type { ContactType } from '../../lib/model';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';

const rows: ReadonlyArray<readonly [string, ContactType]> = [
  ['Met with client by phone 3/4: attending daily, 95%.', 'telephone'],
  ['Met with client over the phone 3/4: attending daily, 95%.', 'telephone'],
  ['Met w/ client via phone 3/4: attending daily.', 'telephone'],
  ['Met with client 3/4 via Zoom: attending daily, 95%.', 'telephone'],
  ['Met with client on Teams 3/4: attending daily, 95%.', 'telephone'],
  ['Home visit 3/4: client not home. Spoke with client by phone later that day: attending daily, 95%.', 'telephone'],
  ['Spoke with client by phone 3/4: attending daily. Reminder - meet with client 3/10.', 'telephone'],
];

describe('the contact type field is right: no warning that the note says otherwise', () => {
  it.each(rows)('%s (%s)', (text, contactType) => {
    for (const pack of ['mo-dwd-toolbox', 'mn-wf1'] as const) {
      const v = checkNote({ text, contactType, hasDateField: true }, { pack: PACKS[pack], today: '2026-12-01' });
      expect(v.qualifies, pack).toBe(true);
      expect(v.findings.map((f) => f.message).filter((m) => m.startsWith('The note says')), pack).toEqual([]);
    }
  });
});
