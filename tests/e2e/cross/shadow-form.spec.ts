/**
 * A note form a web component draws in its open shadow root (the demo's /other/shadow-note, as newer systems build
 * their forms), in Chromium and in Firefox ESR: the coach finds the note box there, underlines and counts what is
 * typed, and its guard holds the form's Save (a submit inside a shadow root never reaches the window) until "Save
 * anyway". Whether the page moves is layout.spec.ts's, which takes this page among its systems.
 */
import { format } from 'date-fns';
import { test, expect } from './fixtures';
import { click, countOf, openPanel, seeText, textsOf, typeInto, valueOf } from './steps';
import type { Doc } from '../driver/types';

const NOTE = 'Called customer, no answer. LM asking her to call back.';
const WAIT = { timeout: 20_000 };

/** Sets a field of the web component's form the way a paste or a choice would: value, then input and change. */
async function fillInForm(doc: Doc, css: string, value: string): Promise<void> {
  await doc.evaluate(
    ([c, v]) => {
      const el = document.querySelector('case-note-form')!.shadowRoot!.querySelector(c) as HTMLInputElement | HTMLSelectElement;
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [css, value] as [string, string],
  );
}

/** Whether every underline shown sits over the note box (the form's own, in its shadow root). */
function underlinesOverNote(doc: Doc): Promise<boolean> {
  return doc.evaluate(() => {
    const note = document.querySelector('case-note-form')!.shadowRoot!.querySelector('#body')!.getBoundingClientRect();
    const marks = Array.from(document.querySelector('case-note-coach')!.shadowRoot!.querySelectorAll('.cnc-marks mark:not([hidden])'));
    return (
      marks.length > 0 &&
      marks.every((m) => {
        const b = m.getBoundingClientRect();
        return b.left >= note.left && b.top >= note.top && b.right <= note.right && b.bottom <= note.bottom;
      })
    );
  }, null);
}

test('a web component’s note form: underlined and counted as typed, and its Save held by the guard until Save anyway', async ({ driver, demo }) => {
  const tab = await driver.newTab();
  await tab.goto(`${demo.url}/other/shadow-note?id=7731904`);
  await expect.poll(() => countOf(tab, 'textarea#body'), { ...WAIT, message: "the web component's note box" }).toBe(1);
  await expect.poll(() => countOf(tab, '.cnc-badge'), { ...WAIT, message: "the coach's badge at the note" }).toBeGreaterThan(0);
  await fillInForm(tab, '#how', 'Phone');
  await fillInForm(tab, '#when', format(new Date(), 'MM/dd/yyyy'));
  await typeInto(tab, tab, 'textarea#body', NOTE);
  await expect.poll(() => countOf(tab, '.cnc-badge [data-severity="error"]'), { ...WAIT, message: 'the badge counts an error' }).toBeGreaterThan(0);
  await expect.poll(() => textsOf(tab, '.cnc-marks mark:not([hidden])'), { ...WAIT, message: 'the attempt is underlined' }).toContain('no answer');
  expect(await underlinesOverNote(tab)).toBe(true);

  await openPanel(tab);
  await seeText(tab, 'li[data-rule="unsuccessful-attempt"]', 'Error:');
  await seeText(tab, '.cnc-sidebar', '7731904');
  await click(tab, '.cnc-sidebar button.close', 'Close');

  await click(tab, 'button#save', 'Save note');
  await seeText(tab, '[role="alertdialog"]', 'still has problems');
  // Held: nothing was posted (the page that says so never came), and the note is as typed.
  expect(await countOf(tab, 'main > [role="status"]')).toBe(0);
  expect(await valueOf(tab, 'textarea#body')).toBe(NOTE);
  await click(tab, '[role="alertdialog"] button', 'Save anyway');
  await seeText(tab, 'main > [role="status"]', 'Note saved.');
});
