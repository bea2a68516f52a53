/** Where a template goes and what it fills (lib/coach/template-inserter.ts). */
import { describe, expect, it } from 'vitest';
import { insertTemplate, templateInsertion } from '../../lib/coach/template-inserter';
import type { NoteTemplate } from '../../lib/templates/templates';

describe('where a template goes', () => {
  it('fills an empty field', () => {
    expect(templateInsertion('  ', 1, 'T')).toEqual({ start: 0, end: 2, text: 'T' });
  });
  it('never replaces anything: a cursor or selection mid-sentence puts it after that line', () => {
    const value = 'Called, no answer. LM.\nNext line.';
    expect(templateInsertion(value, 17, 'T')).toEqual({ start: 22, end: 22, text: '\nT' });
    expect(templateInsertion('One line', 3, 'T')).toEqual({ start: 8, end: 8, text: '\nT' });
  });
  it('at the start of a line, goes after that line, not before it', () => {
    expect(templateInsertion('a\nb', 2, 'T')).toEqual({ start: 3, end: 3, text: '\nT' });
    expect(templateInsertion('a\n', 2, 'T')).toEqual({ start: 2, end: 2, text: 'T' });
  });
});

describe('inserting a template', () => {
  function page(value = '') {
    document.body.innerHTML = `
      <select id="type"><option value=""></option><option value="T">Telephone</option><option value="O">Office visit</option></select>
      <input id="date"> <textarea id="note"></textarea>`;
    const note = document.getElementById('note') as HTMLTextAreaElement;
    note.value = value;
    const contactType = document.getElementById('type') as HTMLSelectElement;
    const date = document.getElementById('date') as HTMLInputElement;
    const changes: string[] = [];
    contactType.addEventListener('change', () => changes.push(`type=${contactType.value}`));
    date.addEventListener('change', () => changes.push(`date=${date.value}`));
    const target = {
      note: {
        text: () => note.value,
        selectionEnd: () => note.selectionEnd,
        replaceRange: (start: number, end: number, text: string) => note.setRangeText(text, start, end, 'end'),
      },
      contactType,
      date,
      contactTypeOf: (text: string) => (text === 'Telephone' ? ('telephone' as const) : null),
    };
    return { note, contactType, date, target, changes };
  }
  const template: NoteTemplate = { id: 't', label: 'Phone', packs: [], contactType: 'telephone', party: 'participant', attemptOnly: false, body: 'Called {{participantName}} on {{date}} about [[topic]].' };

  it('fills what the page knows, sets the empty contact type and date the way a person would, and points at the first blank', () => {
    const t = page();
    const blank = insertTemplate(t.target, template, { participantName: 'Dana Whitfield', date: '11/25/2026' });
    expect(t.note.value).toBe('Called Dana Whitfield on 11/25/2026 about [[topic]].');
    expect(t.changes).toEqual(['type=T', 'date=11/25/2026']);
    expect(blank && t.note.value.slice(blank.start, blank.end)).toBe('[[topic]]');
  });

  it("never overrides the case manager's own contact type or date, and goes on a line after the cursor's", () => {
    const t = page('Met in office.');
    t.contactType.value = 'O';
    t.date.value = '11/20/2026';
    t.note.setSelectionRange(3, 3);
    insertTemplate(t.target, template, { participantName: null, date: '11/25/2026' });
    expect(t.contactType.value).toBe('O');
    expect(t.date.value).toBe('11/20/2026');
    expect(t.note.value).toBe('Met in office.\nCalled [[participant name]] on 11/25/2026 about [[topic]].');
  });
});
