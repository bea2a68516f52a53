import type { ContactType } from '../model';
import { fieldDiffers } from '../policy/verdict-reason';
import type { Channel } from '../text/analyze';
import { defineRule } from './define';

const NOTE_SAYS: Record<Channel, string> = {
  'in-person': 'you met in person',
  phone: 'the contact was by telephone',
  video: 'the contact was by video call',
  letter: 'the contact was by letter',
  email: 'the contact was by e-mail',
  text: 'the contact was by text message',
};
const FIELD_SAYS: Record<ContactType, string> = { 'in-person': 'In person', telephone: 'Telephone', letter: 'Letter', email: 'E-mail' };

/**
 * The saved record's type of contact is the page's field, and the audit reads it; the note's own words can say
 * otherwise ("Met with client" with Telephone chosen). Said while the note is written, as contact-date-earlier does
 * for the day, so the record agrees with itself. The verdict is not changed: the field's type stands.
 */
export const contactTypeDiffers = defineRule({
  id: 'contact-type-differs',
  severity: 'warning',
  message: 'The note says the contact was made another way than the contact type field says. Correct whichever is wrong.',
  docs: "Fires when a note that counts as a contact says how it was made (in person, telephone, letter, e-mail; a video call is a telephone contact, a text an e-mail) and the page's contact-type field names another type. Only the contact the verdict rests on is compared (its reason's channel): a failed call before a meeting is not. Silent without a field, when the note gives the contact no channel of its own, and on a note that does not count.",
  check(note, ctx) {
    const c = ctx.contact;
    const channel = c.reason.channel;
    if (!c.qualifies || !fieldDiffers(note.contactType, channel) || channel === null) return [];
    return [
      ctx.flag({
        message: `The note says ${NOTE_SAYS[channel]}; the contact type field says ${FIELD_SAYS[note.contactType]}. Correct whichever is wrong.`,
        ...(c.reason.start !== undefined && c.reason.end !== undefined ? { start: c.reason.start, end: c.reason.end } : {}),
      }),
    ];
  },
});
