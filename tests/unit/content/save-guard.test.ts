/** Which submits of the note's form the save guard may hold back (entrypoints/content/save-guard.ts). */
import { describe, expect, it } from 'vitest';
import { savesTheNote } from '../../../entrypoints/content/save-guard';

function page(withSave: boolean) {
  document.body.innerHTML = `
    <form id="f">
      <input id="q" name="q"> <input type="submit" id="search" value="Search">
      <select id="type"><option>Telephone</option></select> <input id="date"> <textarea id="note"></textarea>
      <input type="submit" id="save" value="Save"> <input type="submit" id="cancel" value="Cancel"> <button id="back">Back to list</button>
    </form>`;
  const $ = (id: string) => document.getElementById(id) as HTMLElement;
  const form = $('f') as HTMLFormElement;
  const note = { form, save: withSave ? $('save') : null, fields: [$('note'), $('type'), $('date')] };
  const submit = (submitter: HTMLElement | null) => {
    const event = new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter });
    return savesTheNote(Object.defineProperty(event, 'target', { value: form }), note);
  };
  return { $, submit };
}

describe('the save guard only guards saving the note', () => {
  it("with the adapter's Save control known: Save and Enter in the note's fields, nothing else", () => {
    const { $, submit } = page(true);
    expect(submit($('save'))).toBe(true);
    expect(submit($('cancel'))).toBe(false);
    expect(submit($('search'))).toBe(false);
    expect(submit($('back'))).toBe(false);
    $('date').focus();
    expect(submit(null)).toBe(true);
    $('q').focus();
    expect(submit(null)).toBe(false);
  });

  it('without a known Save control: anything but controls that plainly do something else', () => {
    const { $, submit } = page(false);
    expect(submit($('save'))).toBe(true);
    expect(submit($('cancel'))).toBe(false);
    expect(submit($('search'))).toBe(false);
    expect(submit($('back'))).toBe(false);
    expect(submit(null)).toBe(true);
  });

  it('a submit of another form is never the note', () => {
    const { $ } = page(true);
    const other = document.createElement('form');
    const event = new SubmitEvent('submit', { submitter: null });
    Object.defineProperty(event, 'target', { value: other });
    expect(savesTheNote(event, { form: $('f') as HTMLFormElement, save: $('save'), fields: [] })).toBe(false);
  });
});
