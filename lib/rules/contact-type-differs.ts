import type { ContactType } from '../model';
import { fieldDiffers } from '../policy/verdict-reason';
import type { Channel, NoteAnalysis } from '../text/analyze';
import { CHANNEL_TAGS } from '../text/contact-words';
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
 * The note agrees with the field after all: it names the field's way of contact in the sentence the verdict rests on
 * ("Met with client by phone", "Met with client 3/4 via Zoom"), or another contact of the note that connected was made
 * that way ("Home visit: client not home. Spoke with client by phone later that day"). Which event the verdict rests on
 * is the reader's guess; a failed try made the field's way ("Called 3/2, no answer. 3/4 met with client") agrees with nothing.
 */
function noteAgrees(field: ContactType, a: NoteAnalysis, at: number | undefined): boolean {
  const agrees = (channel: Channel | null) => channel !== null && !fieldDiffers(field, channel);
  if (a.events.some((e) => e.outcome === 'connected' && agrees(e.channel))) return true;
  const clause = at === undefined ? undefined : a.tokens.find((t) => t.end > at)?.clause;
  // The words that name a way of contact ("by phone", "via Zoom", "texted", "in person") and the channel each names.
  return clause !== undefined && CHANNEL_TAGS.some(([tag, channel]) => agrees(channel) && a.byTag(tag).some((m) => m.clause === clause));
}

/**
 * The saved record's type of contact is the page's field, and the audit reads it; the note's own words can say
 * otherwise ("Met with client" with Telephone chosen). Said while the note is written, as contact-date-earlier does
 * for the day, so the record agrees with itself. The verdict is not changed: the field's type stands.
 */
export const contactTypeDiffers = defineRule({
  id: 'contact-type-differs',
  severity: 'warning',
  message: 'The note says the contact was made another way than the contact type field says. Correct whichever is wrong.',
  docs: "Fires when a note that counts as a contact says how it was made (in person, telephone, letter, e-mail; a video call is a telephone contact, a text an e-mail) and the page's contact-type field names another type. Only the contact the verdict rests on is compared (its reason's channel): a failed call before a meeting is not. Silent without a field, when the note gives the contact no channel of its own, when the note also names the field's way in the contact's own sentence ('Met with client by phone', 'via Zoom') or another contact of the note that connected was made that way, and on a note that does not count.",
  check(note, ctx) {
    const c = ctx.contact;
    const channel = c.reason.channel;
    if (!c.qualifies || !fieldDiffers(note.contactType, channel) || channel === null) return [];
    // No advice to change a field the note itself agrees with.
    if (noteAgrees(note.contactType, ctx.analysis, c.reason.start)) return [];
    return [
      ctx.flag({
        message: `The note says ${NOTE_SAYS[channel]}; the contact type field says ${FIELD_SAYS[note.contactType]}. Correct whichever is wrong.`,
        ...(c.reason.start !== undefined && c.reason.end !== undefined ? { start: c.reason.start, end: c.reason.end } : {}),
      }),
    ];
  },
});
