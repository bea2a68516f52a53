/**
 * The word sets and the per-tag profile the event reader (lib/text/events.ts) asks about each match:
 * which channel, attempt or party a phrase names, and the small lists of phrases it treats specially.
 */
import type { Party } from '../model';
import { tagBits, type AttemptKind, type Channel, type TagBits } from './event-types';
import type { Tag } from './vocabulary';
import { SPANISH_MESSAGE } from './vocabulary-es';
import { ATTEMPT_TAGS, CHANNEL_TAGS, PARTY_TAGS } from './contact-words';
/** Verbs of trying: in someone else's speech they open that person's own contact. */
export const TRYING = new Set(['tried calling', 'tried to call', 'tried to reach', 'tried to contact', 'attempted to call', 'attempted to reach', 'attempted to contact']);
/** Form labels naming how the contact was made ("Contact Type: Phone"). */
// ("Monthly contact - phone.", "Contact made: in person": a heading that claims a contact, followed by a channel, is the
// form's type label too: what it brought has to be told below it.)
export const TYPE_LABELS = new Set(['contact type', 'type of contact', 'contact method', 'method of contact', 'contact mode']);
// (Only the channel right after the heading: "Monthly Contact – Phone – 4/8: TC w/ client" tells its contact.)
export const CLAIM_LABELS = new Set(['monthly contact', 'contact made', 'contact completed', 'case management contact', 'cm contact']);
export const PAST_WINDOW = 8;
/** "he was absent from school today": a state that says they were not there answers nothing. */
export const AWAY_STATE = new Set(['absent', 'away', 'out', 'gone', 'sick', 'unavailable', 'not', 'no', 'asleep', 'missing']);
export const PASSIVE_BE = new Set(['was', 'were', 'been', 'being']);
export const BY = new Set(['by', 'via', 'over']);
export const ATTENDED = new Set(['attending', 'attended', 'attend', 'attends']);
/** Messages someone else took or left: their words are the message, not a conversation. */
export const MESSAGE = new Set(['took a message', 'took message', 'took msg', 'took a msg', 'take a message', 'left vm', 'left voicemail', 'left a voicemail', 'left message', 'left a message', 'vm', 'voicemail', 'lm', ...SPANISH_MESSAGE]);
/** "Text from", "e-mail from": a message that came in. */
export const FROM_THEM = new Set(['text from', 'text message from', 'texts from', 'txt from', 'email from', 'e mail from', 'em from', 'letter from', 'message from', 'secure message from', 'portal message from', 'facebook message from', 'fb message from', 'messenger message from']);
/** Written contacts two-way by their name ("chat w/ cust", "text exchange"): the participant's words after them are that exchange. */
export const EXCHANGE = new Set(['chat', 'teams chat', 'chat thread', 'portal chat', 'text exchange', 'text thread', 'text conversation', 'text convo', 'convo', 'email exchange', 'e mail exchange', 'exchanged emails', 'exchanged e mails', 'email conversation', 'exchanged texts', 'message exchange', 'messages exchanged', 'exchanged messages']);
export const RATE_TAGS: readonly Tag[] = ['progress:strong'];

/** Group sessions: in person, but attending one is not yet a contact with the writer. */
export const GROUP = new Set(['workshop', 'workshops', 'job club', 'group session', 'group workshop', 'group meeting', 'job club meeting']);

/** Trips: the writer's visit, or someone going somewhere else ("Cust went to the job fair"). */
export const AWAY = new Set(['went to', 'drove to', 'stopped at']);

export interface Profile {
  attemptKind: AttemptKind | undefined;
  channel: Channel | null;
  party: Party | undefined;
  isResponse: boolean;
  isSuccess: boolean;
  isReport: boolean;
  isState: boolean;
  made: boolean;
  negator: boolean;
  irrealis: boolean;
  noise: boolean;
  speaker: boolean;
  writer: boolean;
  past: boolean;
  /** The tags as bits, for TagIndex. */
  bits: TagBits;
}
const profiles = new WeakMap<readonly Tag[], Profile>();
export function profileOf(tags: readonly Tag[]): Profile {
  let p = profiles.get(tags);
  if (!p) {
    const isResponse = tags.includes('response');
    const party = PARTY_TAGS.find(([t]) => tags.includes(t))?.[1];
    p = {
      attemptKind: ATTEMPT_TAGS.find(([t]) => tags.includes(t))?.[1],
      channel: CHANNEL_TAGS.find(([t]) => tags.includes(t))?.[1] ?? null,
      party,
      isResponse,
      isSuccess: isResponse || tags.includes('success'),
      isReport: tags.includes('report'),
      isState: tags.includes('state'),
      made: tags.includes('made'),
      negator: tags.includes('negator'),
      irrealis: tags.includes('irrealis'),
      noise: tags.includes('noise'),
      speaker: party !== undefined || tags.includes('pronoun'),
      writer: tags.includes('writer'),
      past: tags.includes('past'),
      bits: tagBits(tags),
    };
    profiles.set(tags, p);
  }
  return p;
}
