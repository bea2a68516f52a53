/**
 * "Did you reach the participant?": when the verdict refuses a contact because the note does
 * not show it was a two-way one with the participant, the case manager who did reach them
 * answers with one click and the coach writes ONE plain sentence stating the contact
 * ("Contact: spoke with the participant by phone on 12/01/2026."). Pure: what to ask, the
 * sentence and its date (built in the background, lib/gate: `page-stated-contact`), and whether
 * the page's own contact type says otherwise. The coach puts the sentence in
 * (template-inserter.ts) and never touches the page's contact-type field.
 */
import { formatUsDate } from '../dates';
import type { ContactType, IsoDate, NoteVerdict } from '../model';

/** The answers offered: how the participant was reached. */
export type StatedChannel = 'in-person' | 'phone' | 'video' | 'written';
/** The button each answer is, in order (distinct names: a screen reader lists them together). */
export const STATED_LABEL: Record<StatedChannel, string> = {
  'in-person': 'In person',
  phone: 'Phone',
  video: 'Video',
  written: 'They replied in writing',
};
export const STATED_CHANNELS = Object.keys(STATED_LABEL) as StatedChannel[];

/** How a written reply came. */
type WrittenChannel = 'email' | 'letter' | 'text';

/** A blank for a date the page gives but no calendar has: the sentence never states a guessed date. */
export const DATE_BLANK = '[[contact date (MM/DD/YYYY)]]';

/**
 * Ask only about a contact the rules found but would not count for want of something the case
 * manager can state (`reason.missing`, whatever its value, including ones added later). Never
 * on a note that records only attempts, nothing at all, or that already counts.
 */
export function shouldAsk(verdict: NoteVerdict | null): boolean {
  return verdict?.reason?.missing !== undefined && !verdict.qualifies;
}

/**
 * A name fit to write into the legal record: letters (any script), spaces, hyphens, apostrophes
 * and periods, as a person's name has. Anything else a page put there is not repeated.
 */
const NAME = /^\p{L}[\p{L}\p{M} .'\u2019-]{0,58}$/u;
export function safeName(name: string | null | undefined): string | null {
  const n = (name ?? '').replace(/\s+/g, ' ').trim();
  return NAME.test(n) ? n : null;
}

/**
 * The date the sentence states, as templates fill one: the page's contact-date field as the
 * page writes it (MM/DD/YYYY as typed; an ISO date-picker value rewritten so), today when the
 * field is empty or absent, or a visible blank when the field holds something no calendar has
 * (the sentence never states a guessed date).
 */
export function sentenceDate(field: string | null | undefined, today: IsoDate, parse: (text: string) => string | null): string {
  const text = (field ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return formatUsDate(today);
  const iso = parse(text);
  if (!iso) return DATE_BLANK;
  return /^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(text) ? text : formatUsDate(iso);
}

/**
 * How a written reply came: the page's drop-down when it names a written kind, else the channel
 * the note itself mentions, else e-mail (the common case).
 */
export function writtenChannel(field: ContactType | null, noteChannel: string | null | undefined): WrittenChannel {
  if (field === 'letter') return 'letter';
  if (noteChannel === 'text') return 'text';
  return noteChannel === 'letter' && field !== 'email' ? 'letter' : 'email';
}

const WRITTEN_WORDS: Record<WrittenChannel, string> = { email: 'e-mail', letter: 'letter', text: 'text message' };

interface StatedContact {
  channel: StatedChannel;
  /** The participant's name as a note names them ("Dana Whitfield"), or null: "the participant". */
  name?: string | null;
  /** From `sentenceDate`. */
  date: string;
  /** For a written reply: how it came (`writtenChannel`). */
  written?: WrittenChannel;
}

/**
 * The one sentence, in words the checker reads as a two-way contact with the participant
 * (a unit test runs each through the rules). Where a name is the subject of a reply it is
 * said to be the participant's too, so nobody could take it for someone else's reply.
 */
export function statedContactSentence(c: StatedContact): string {
  const name = safeName(c.name);
  const who = name ?? 'the participant';
  const what = {
    'in-person': `met with ${who} in person`,
    phone: `spoke with ${who} by phone`,
    video: `video call with ${who}`,
    written: `${name ? `${name} (the participant)` : who} replied by ${WRITTEN_WORDS[c.written ?? 'email']}`,
  }[c.channel];
  return `Contact: ${what} on ${c.date}.`;
}

/** The page's contact type each answer stands for (as the reader maps a drop-down: a video call is real-time, a text is written). */
const TYPE_OF: Record<StatedChannel, ContactType | null> = { 'in-person': 'in-person', phone: 'telephone', video: 'telephone', written: null };

/**
 * What to tell the case manager when the page's contact type (`fieldText`, as the drop-down
 * shows it; `field`, what it means) disagrees with their answer, or null when it agrees or says
 * nothing. The coach says so rather than change the page's field behind their back.
 */
export function disagreement(answer: StatedChannel, field: ContactType | null, fieldText: string): string | null {
  const type = TYPE_OF[answer];
  if (!field || (type ? type === field : field === 'letter' || field === 'email')) return null;
  return `The page's contact type says "${fieldText}", not "${STATED_LABEL[answer]}": change whichever is wrong.`;
}

/** What the coach asks the background for (lib/messages.ts `page-stated-contact`): the page's facts as read. */
export interface StatedContactRequest {
  channel: StatedChannel;
  /** The participant's name as the page or caseload gives it ("Dana Whitfield"), or null. */
  name: string | null;
  /** The page's contact-date field as typed; null when there is none (then: the case manager's today). */
  date: string | null;
  /** The page's contact-type drop-down as it shows (its option's text), or null without one. */
  contactType: string | null;
  /** The channel the note mentions: how a written reply came. */
  noteChannel: string | null;
}

/** The sentence to insert, and what to say when the page's contact type disagrees with the answer. */
export interface StatedContactAnswer {
  sentence: string;
  disagreement: string | null;
}

/**
 * The sentence for an answer, built where the rules run (the background), so the content
 * script carries none of its wording: it only asks and inserts. `typeOf` reads the drop-down's
 * text as the readers do (lib/text/contact-type.ts).
 */
export function sentenceFor(r: StatedContactRequest & { today: IsoDate }, parse: (text: string) => string | null, typeOf: (text: string) => ContactType | null): StatedContactAnswer {
  const field = r.contactType ? typeOf(r.contactType) : null;
  return {
    sentence: statedContactSentence({ channel: r.channel, name: r.name, date: sentenceDate(r.date, r.today, parse), written: writtenChannel(field, r.noteChannel) }),
    disagreement: disagreement(r.channel, field, r.contactType ?? ''),
  };
}

/** What the panel shows of the question for the note as it was last checked. */
export interface QuestionView {
  ask: boolean;
  /** The page's contact type disagreed with the answer: said while the sentence is in the note and the field unchanged. */
  disagreement: string | null;
}

/**
 * The question's state for one note: dismissed ("No", for this note only), or answered with
 * a sentence. While that sentence is still in the note the question is not asked again (a
 * second sentence would only repeat it); once it is taken out (Ctrl+Z) it may be.
 */
export class ContactQuestionState {
  private dismissed = false;
  private answer: { stem: string; disagreement: string | null; field: string | null } | null = null;

  dismiss(): void {
    this.dismissed = true;
  }

  /** `field`: the page's contact type as it showed when the answer was given. */
  answered({ sentence, disagreement }: StatedContactAnswer, field: string | null): void {
    // Up to the date: a blank date the case manager fills in leaves it the same sentence.
    this.answer = { stem: sentence.slice(0, sentence.lastIndexOf(' on ')), disagreement, field };
  }

  view(text: string, verdict: NoteVerdict | null, field: string | null): QuestionView {
    const a = this.answer;
    const stated = a !== null && text.includes(a.stem);
    return {
      ask: !this.dismissed && !stated && shouldAsk(verdict),
      disagreement: stated && a.field === field ? a.disagreement : null,
    };
  }
}
