import { describe, expect, it } from 'vitest';
import type { ContactType } from '../../lib/model';
import { PACKS } from '../../lib/packs';
import { checkNote } from '../../lib/rules';
import { ruleTester } from './rule-tester';

const typed = (contactType: ContactType) => ({ hasDateField: true, contactType });
const CNA = 'attending CNA class daily, 95% attendance; cont. ITA per IEP.';

for (const pack of ['mo-dwd-toolbox', 'mn-wf1'] as const) {
  ruleTester('contact-type-differs', {
    pack,
    valid: [
      // The note and the field say the same.
      { text: `Met with client 3/4: ${CNA}`, note: typed('in-person') },
      { text: `TC w/ client 3/4: ${CNA}`, note: typed('telephone') },
      // The note states no channel: the field is the contact's type (contact-type-missing asks only without either).
      { text: `Spoke with client 3/4: ${CNA}`, note: typed('telephone') },
      { text: `Client reports ${CNA}`, note: typed('in-person') },
      // A video call is a real-time contact the field records as Telephone; a text thread is a written one (E-mail).
      { text: `Video call with client 3/4 on Zoom: ${CNA}`, note: typed('telephone') },
      { text: `Texted with client 3/4, she says she is ${CNA}`, note: typed('email') },
      // An attempt by phone, then the meeting that counts: only the counted contact's channel is compared.
      { text: `Called client 3/2, no answer, LM. 3/4 met with client in office: ${CNA}`, note: typed('in-person') },
      // Nothing counts: no contact whose type the record could get wrong.
      { text: 'Called client 3/2, no answer, LM. Will try again Monday.', note: typed('in-person') },
      // No field: the note's own words are the type.
      { text: `Met with client 3/4: ${CNA}`, note: { hasDateField: true, contactType: null } },
    ],
    invalid: [
      {
        text: `Met with client 3/4: ${CNA}`,
        note: typed('telephone'),
        errors: [
          {
            severity: 'warning',
            message: 'The note says you met in person; the contact type field says Telephone. Correct whichever is wrong.',
            span: 'Met with',
            fix: null,
          },
        ],
      },
      {
        text: `Spoke with client by phone 3/4: ${CNA}`,
        note: typed('in-person'),
        errors: [{ message: 'The note says the contact was by telephone; the contact type field says In person. Correct whichever is wrong.', span: 'Spoke with', fix: null }],
      },
      // The attempt is by phone and the field says Telephone, but the contact that counts was a meeting.
      {
        text: `Called client 3/2, no answer, LM. 3/4 met with client in office: ${CNA}`,
        note: typed('telephone'),
        errors: [{ message: /^The note says you met in person; the contact type field says Telephone\./, span: 'met with', fix: null }],
      },
      {
        text: `Texted with client 3/4, she says she is ${CNA}`,
        note: typed('telephone'),
        errors: [{ message: 'The note says the contact was by text message; the contact type field says Telephone. Correct whichever is wrong.', span: 'says', fix: null }],
      },
      {
        text: `Client replied to my e-mail 3/4: ${CNA}`,
        note: typed('in-person'),
        errors: [{ message: /^The note says the contact was by e-mail; the contact type field says In person\./, span: 'replied', fix: null }],
      },
    ],
  });
}

describe('the reason of a contact whose note and field disagree names both', () => {
  const today = '2026-12-01';
  it.each(['mo-dwd-toolbox', 'mn-wf1'] as const)('%s', (pack) => {
    const v = checkNote({ text: 'Met with client 3/4; attending daily.', contactType: 'telephone', hasDateField: true }, { pack: PACKS[pack], today });
    // The verdict is the field's, as before: the finding asks, it never decides.
    expect(v.qualifies).toBe(true);
    expect(v.contactType).toBe('telephone');
    expect(v.reason?.message).toBe('Counts: a two-way contact with the participant ("Met with"); the note says in person, the contact type field says telephone.');
    const same = checkNote({ text: 'Met with client 3/4; attending daily.', contactType: 'in-person', hasDateField: true }, { pack: PACKS[pack], today });
    expect(same.reason?.message).toBe('Counts: a two-way in-person contact with the participant ("Met with").');
  });
});
