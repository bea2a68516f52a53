/** "Did you reach the participant?": when to ask, the sentence it writes and its date (lib/coach/stated-contact.ts). */
import { describe, expect, it } from 'vitest';
import {
  ContactQuestionState,
  DATE_BLANK,
  disagreement,
  safeName,
  sentenceDate,
  sentenceFor,
  shouldAsk,
  STATED_CHANNELS,
  STATED_LABEL,
  statedContactSentence,
  writtenChannel,
} from '../../lib/coach/stated-contact';
import { insertAtTop, topInsertion } from '../../lib/coach/template-inserter';
import { readUsDate } from '../../lib/dates';
import { contactTypeOrNull } from '../../lib/text/contact-type';
import type { NoteVerdict } from '../../lib/model';
import { checkNote } from '../../lib/rules';
import { PACK_IDS, PACKS } from '../../lib/packs';

const TODAY = '2026-12-01';
const unclear = (missing: string | undefined, qualifies = false): NoteVerdict =>
  ({
    contactType: 'telephone',
    party: 'participant',
    qualifies,
    findings: [],
    reason: { message: 'm', outcome: missing ? 'unclear' : 'attempt', channel: 'phone', ...(missing ? { missing } : {}) },
  }) as NoteVerdict;

describe('the sentence', () => {
  it('says each channel with "the participant" when no name is known', () => {
    const s = (channel: (typeof STATED_CHANNELS)[number]) => statedContactSentence({ channel, date: '12/01/2026' });
    expect(s('phone')).toBe('Contact: spoke with the participant by phone on 12/01/2026.');
    expect(s('in-person')).toBe('Contact: met with the participant in person on 12/01/2026.');
    expect(s('video')).toBe('Contact: video call with the participant on 12/01/2026.');
    expect(s('written')).toBe('Contact: the participant replied by e-mail on 12/01/2026.');
  });

  it('names the participant when the page gives a name, still saying who replied', () => {
    const s = (channel: (typeof STATED_CHANNELS)[number]) => statedContactSentence({ channel, name: 'Dana Whitfield', date: '11/30/2026' });
    expect(s('phone')).toBe('Contact: spoke with Dana Whitfield by phone on 11/30/2026.');
    expect(s('in-person')).toBe('Contact: met with Dana Whitfield in person on 11/30/2026.');
    expect(s('video')).toBe('Contact: video call with Dana Whitfield on 11/30/2026.');
    expect(s('written')).toBe('Contact: Dana Whitfield (the participant) replied by e-mail on 11/30/2026.');
  });

  it('says how a written reply came', () => {
    expect(statedContactSentence({ channel: 'written', date: '12/01/2026', written: 'letter' })).toBe('Contact: the participant replied by letter on 12/01/2026.');
    expect(statedContactSentence({ channel: 'written', date: '12/01/2026', written: 'text' })).toBe('Contact: the participant replied by text message on 12/01/2026.');
    // The page's drop-down first, then what the note mentions, else e-mail.
    expect(writtenChannel('letter', 'text')).toBe('letter');
    expect(writtenChannel('email', 'text')).toBe('text');
    expect(writtenChannel('email', 'letter')).toBe('email');
    expect(writtenChannel(null, 'letter')).toBe('letter');
    expect(writtenChannel('telephone', 'phone')).toBe('email');
    expect(writtenChannel(null, null)).toBe('email');
  });

  it('repeats only a name that looks like one; anything else a page put there becomes "the participant"', () => {
    expect(safeName('  José   Núñez ')).toBe('José Núñez');
    expect(safeName("D'Angelo O'Brien-Ruiz Jr.")).toBe("D'Angelo O'Brien-Ruiz Jr.");
    for (const bad of ['', null, 'ID 100234', '<b>Dana</b>', 'Dana: no answer', 'x'.repeat(80), '[[participant name]]']) expect(safeName(bad)).toBeNull();
    expect(statedContactSentence({ channel: 'phone', name: 'Dana. Called, no answer', date: '12/01/2026' })).toBe(
      'Contact: spoke with the participant by phone on 12/01/2026.',
    );
  });
});

describe('its date', () => {
  it("is the page's contact date as the page writes it", () => {
    expect(sentenceDate('11/24/2026', TODAY, readUsDate)).toBe('11/24/2026');
    expect(sentenceDate(' 3/4/2026 ', TODAY, readUsDate)).toBe('3/4/2026');
    // A date picker's ISO value reads as the note's dates do.
    expect(sentenceDate('2026-11-24', TODAY, readUsDate)).toBe('11/24/2026');
  });
  it('is today when the page has no date (field empty or absent)', () => {
    expect(sentenceDate('', TODAY, readUsDate)).toBe('12/01/2026');
    expect(sentenceDate(null, '2027-01-09', readUsDate)).toBe('01/09/2027');
  });
  it('is a blank to fill when the field holds no calendar date, never a guess', () => {
    expect(sentenceDate('02/30/2026', TODAY, readUsDate)).toBe(DATE_BLANK);
    expect(sentenceDate('yesterday', TODAY, readUsDate)).toBe(DATE_BLANK);
  });
});

describe('when it asks', () => {
  it('asks when the verdict refuses for want of something the note does not show, whatever that is', () => {
    for (const m of ['two-way', 'participant', 'someone-else', 'sender', 'statement']) expect(shouldAsk(unclear(m))).toBe(true);
  });
  it('does not ask on attempts only, on a note that counts, or with no verdict', () => {
    expect(shouldAsk(unclear(undefined))).toBe(false);
    expect(shouldAsk(unclear('participant', true))).toBe(false);
    expect(shouldAsk(null)).toBe(false);
  });
  it('"No" stops asking for this note; an answer still in the note stops it too, and taken out (Ctrl+Z) it asks again', () => {
    const v = unclear('participant');
    const q = new ContactQuestionState();
    expect(q.view('TC, went over resume.', v, null).ask).toBe(true);
    q.answered({ sentence: 'Contact: spoke with the participant by phone on [[contact date (MM/DD/YYYY)]].', disagreement: null }, null);
    // The blank date filled in: still the same sentence.
    expect(q.view('Contact: spoke with the participant by phone on 12/01/2026.\nTC, went over resume.', v, null).ask).toBe(false);
    expect(q.view('TC, went over resume.', v, null).ask).toBe(true);
    q.dismiss();
    expect(q.view('TC, went over resume.', v, null).ask).toBe(false);
  });
});

describe("the page's contact type", () => {
  it('is never contradicted silently: the answer that disagrees with it is named', () => {
    expect(disagreement('phone', 'in-person', 'In Person')).toBe(`The page's contact type says "In Person", not "Phone": change whichever is wrong.`);
    expect(disagreement('written', 'telephone', 'Telephone')).toMatch(/says "Telephone", not "They replied in writing"/);
    expect(disagreement('in-person', 'telephone', 'Phone')).toMatch(/not "In person"/);
  });
  it('agrees, or says nothing', () => {
    expect(disagreement('phone', 'telephone', 'Telephone')).toBeNull();
    expect(disagreement('video', 'telephone', 'Virtual')).toBeNull();
    expect(disagreement('written', 'letter', 'Letter')).toBeNull();
    expect(disagreement('written', 'email', 'E-mail')).toBeNull();
    expect(disagreement('phone', null, '-- Select --')).toBeNull();
  });
  it('is shown while the answer is in the note and the field as it was', () => {
    const q = new ContactQuestionState();
    const answer = sentenceFor({ channel: 'phone', name: null, date: '', today: TODAY, contactType: 'In Person', noteChannel: null }, readUsDate, contactTypeOrNull);
    expect(answer.disagreement).toBe(`The page's contact type says "In Person", not "Phone": change whichever is wrong.`);
    q.answered(answer, 'In Person');
    expect(q.view(`${answer.sentence}\nTC.`, null, 'In Person').disagreement).toBe(answer.disagreement);
    // Taken out, or the field changed: nothing left to say.
    expect(q.view('TC.', null, 'In Person').disagreement).toBeNull();
    expect(q.view(`${answer.sentence}\nTC.`, null, 'Telephone').disagreement).toBeNull();
  });
  it('picks how a written reply came', () => {
    const written = (contactType: string | null, noteChannel: string | null) =>
      sentenceFor({ channel: 'written', name: null, date: '11/24/2026', today: TODAY, contactType, noteChannel }, readUsDate, contactTypeOrNull).sentence;
    expect(written('Letter', 'email')).toBe('Contact: the participant replied by letter on 11/24/2026.');
    expect(written(null, 'text')).toBe('Contact: the participant replied by text message on 11/24/2026.');
    expect(written('-- Select --', null)).toBe('Contact: the participant replied by e-mail on 11/24/2026.');
  });
});

describe('where it goes', () => {
  it('at the top of the note on a line of its own, the note after it untouched', () => {
    expect(topInsertion('TC, went over resume.\nNext appt 12/15.', 'S.')).toEqual({ start: 0, end: 0, text: 'S.\n' });
    expect(topInsertion('   ', 'S.')).toEqual({ start: 0, end: 3, text: 'S.' });
  });
  it('in one edit, and selects a blank date to fill', () => {
    let value = 'TC, went over resume.';
    const edits: string[] = [];
    const note = {
      text: () => value,
      selectionEnd: () => value.length,
      replaceRange: (s: number, e: number, t: string) => {
        edits.push(t);
        value = value.slice(0, s) + t + value.slice(e);
      },
    };
    const sentence = statedContactSentence({ channel: 'phone', date: DATE_BLANK });
    const blank = insertAtTop(note, sentence);
    expect(edits).toHaveLength(1);
    expect(value).toBe(`${sentence}\nTC, went over resume.`);
    expect(value.slice(blank!.start, blank!.end)).toBe(DATE_BLANK);
    // A blank the case manager's own text has further down is theirs: not selected.
    value = 'Next: [[next step]]';
    expect(insertAtTop(note, statedContactSentence({ channel: 'phone', date: '12/01/2026' }))).toBeNull();
  });
});

describe('the rules read the sentence as a stated contact', () => {
  // The point of the sentence: an unclear note the case manager confirms counts, under every pack.
  const UNCLEAR = ['Called 3/2, no answer. TC 3/4, went over resume.', 'Called client today re: resume and job search. Next appt 12/15/2026.', 'Called 11/28, no answer. Spoke by phone 12/1, discussed job search.'];
  for (const packId of PACK_IDS) {
    for (const name of [null, 'Dana Whitfield', 'José Núñez']) {
      it(`${packId}, ${name ?? 'no name'}`, () => {
        const ctx = { pack: PACKS[packId], today: TODAY };
        for (const text of UNCLEAR) {
          expect(shouldAsk(checkNote({ text }, ctx)), text).toBe(true);
          for (const channel of STATED_CHANNELS) {
            const sentence = statedContactSentence({ channel, name, date: '12/01/2026' });
            const v = checkNote({ text: `${sentence}\n${text}` }, ctx);
            expect(v.qualifies, `${sentence} | ${text}`).toBe(true);
            expect(shouldAsk(v)).toBe(false);
          }
        }
      });
    }
  }
  it('an attempt alone is not asked about', () => {
    for (const packId of PACK_IDS) expect(shouldAsk(checkNote({ text: 'Called cust, no answer, left VM.' }, { pack: PACKS[packId], today: TODAY }))).toBe(false);
  });
  it('the buttons have distinct names', () => {
    const names = [...STATED_CHANNELS.map((c) => STATED_LABEL[c]), 'No'];
    expect(new Set(names).size).toBe(names.length);
  });
});
