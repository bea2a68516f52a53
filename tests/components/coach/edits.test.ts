/** What the coach writes into the note: templates and the sentence stating a contact (components/coach/edits.ts). */
import { describe, expect, it } from 'vitest';
import { NoteEdits } from '../../../components/coach/edits';
import { chosenTypeText as contactTypeText } from '../../../lib/overlay/contact-type-field';
import type { NoteEditsOptions } from '../../../components/coach/edits';
import { textareaField } from '../../../lib/overlay/note-field';
import { ContactQuestionState } from '../../../lib/coach/stated-contact';
import type { StatedContactRequest } from '../../../lib/coach/stated-contact';
import type { NoteTemplate } from '../../../lib/templates/templates';

const phone: NoteTemplate = { id: 'phone', label: 'Phone', packs: [], contactType: 'telephone', party: 'participant', attemptOnly: false, body: 'Called {{participantName}} about [[topic]].' };

function setup(overrides: Partial<NoteEditsOptions> = {}) {
  document.body.innerHTML = '<select id="type"><option value=""></option><option value="T">Telephone</option></select><input id="date" value="11/25/2026"><textarea id="n"></textarea>';
  const el = document.querySelector<HTMLTextAreaElement>('#n')!;
  const contactType = document.querySelector('select')!;
  const requests: StatedContactRequest[] = [];
  const writes: string[] = [];
  const controller = new AbortController();
  const question = new ContactQuestionState();
  const edits = new NoteEdits({
    note: textareaField(el),
    contactType,
    date: document.querySelector<HTMLInputElement>('#date'),
    contactTypeOf: (text) => (text === 'Telephone' ? 'telephone' : null),
    templates: [phone],
    templateValues: () => ({ participantName: 'Dana Whitfield', activity: null, date: '11/25/2026' }),
    statedContact: async (request) => {
      requests.push(request);
      return { sentence: 'Contact: spoke with Dana Whitfield by phone on [[contact date (MM/DD/YYYY)]].', disagreement: null };
    },
    question,
    noteChannel: () => 'phone',
    signal: controller.signal,
    write: (change) => {
      const done = change();
      // The coach checks the note right after each change it makes.
      writes.push(el.value);
      return done;
    },
    ...overrides,
  });
  return { el, contactType, edits, requests, writes, controller, question };
}

describe('what the coach writes into the note', () => {
  it('puts a template in as one checked change, fills the empty contact type, and selects the first blank to fill', () => {
    const t = setup();
    t.edits.insertTemplate(t.edits.template('phone')!);
    expect(t.el.value).toBe('Called Dana Whitfield about [[topic]].');
    expect(t.writes).toEqual([t.el.value]);
    expect(t.contactType.value).toBe('T');
    expect(t.el.value.slice(t.el.selectionStart, t.el.selectionEnd)).toBe('[[topic]]');
    expect(t.edits.template('nope')).toBeUndefined();
  });

  it('"Yes, by phone" asks for the sentence with what the page says, puts it at the top and selects its blank', async () => {
    const t = setup();
    t.el.value = 'Talked about the job fair.';
    t.contactType.selectedIndex = 1;
    await t.edits.answerContact('phone');
    expect(t.requests).toEqual([{ channel: 'phone', name: 'Dana Whitfield', date: '11/25/2026', contactType: 'Telephone', noteChannel: 'phone' }]);
    expect(t.el.value.startsWith('Contact: spoke with Dana Whitfield by phone on')).toBe(true);
    expect(t.el.value).toContain('Talked about the job fair.');
    expect(t.writes).toHaveLength(1);
    expect(t.el.value.slice(t.el.selectionStart, t.el.selectionEnd)).toBe('[[contact date (MM/DD/YYYY)]]');
  });

  it('writes nothing when the coach was unbound while the sentence was on its way', async () => {
    const t = setup();
    t.el.value = 'Talked.';
    const answering = t.edits.answerContact('phone');
    t.controller.abort();
    await answering;
    expect(t.el.value).toBe('Talked.');
    expect(t.writes).toEqual([]);
  });

  it("reads the page's contact-type drop-down as it shows, and says there is none without one", () => {
    const t = setup();
    expect(contactTypeText(t.contactType)).toBe('');
    t.contactType.selectedIndex = 1;
    expect(contactTypeText(t.contactType)).toBe('Telephone');
    expect(contactTypeText(null)).toBeNull();
  });
});
