/**
 * A note in a rich-text editor, in either browser: checked while typing and
 * underlined on the editor's own text, a template put in through the editor
 * (its model or hidden field carries it into the post), and Save with errors
 * guarded. The editable is reached from the top page (an iframe editor's body
 * through its same-origin document), so the steps are the same for each kind.
 */
import { expect } from '@playwright/test';
import type { DemoServer } from '../../demo/server';
import type { Doc, Driver } from '../driver/types';
import { ATTEMPT } from './note-flow';
import { click, explained, insertTemplate, openCoachPanel, seeText } from './steps';

/** The editable: an element of the page, or the body of an editor's iframe. */
export interface RichForm {
  name: 'contenteditable' | 'tinymce' | 'radlike';
  /** The page's editable element, or the editor's iframe. */
  css: string;
  iframe: boolean;
}

export const RICH_FORMS: RichForm[] = [
  { name: 'contenteditable', css: '#noteBody', iframe: false },
  { name: 'tinymce', css: 'iframe.tox-edit-area__iframe', iframe: true },
  // Telerik's shape: an iframe in design mode, its hidden field filled on submit.
  { name: 'radlike', css: '#ctl00_Main_reNote_contentIframe', iframe: true },
];

const ID = '7731904';
const WAIT = { timeout: 20_000 };

/** What the editor holds as text, or null until it is built. */
function editorText(doc: Doc, form: RichForm): Promise<string | null> {
  return doc
    .evaluate(([css, iframe]) => {
      const el = document.querySelector(css);
      const root = iframe ? (el as HTMLIFrameElement | null)?.contentDocument?.body : el;
      return root ? (root as HTMLElement).innerText.replace(/\u00a0/g, ' ').trim() : null;
    }, [form.css, form.iframe] as [string, boolean])
    .catch(() => null);
}

/** The phrases underlined as errors in the editor's own document (CSS highlights). */
function underlined(doc: Doc, form: RichForm): Promise<string[]> {
  return doc
    .evaluate(([css, iframe]) => {
      const el = document.querySelector(css);
      const win = iframe ? (el as HTMLIFrameElement | null)?.contentWindow : window;
      const registry = (win as unknown as { CSS?: { highlights?: Map<string, Iterable<Range>> } } | null)?.CSS?.highlights;
      const ranges = registry?.get('cnc-error');
      return ranges ? [...ranges].map((r) => r.toString()).sort() : [];
    }, [form.css, form.iframe] as [string, boolean])
    .catch(() => []);
}

/** Puts the caret at the end of the editor, as a click into it would. */
async function focusEditor(doc: Doc, form: RichForm): Promise<void> {
  await expect.poll(() => editorText(doc, form), { ...WAIT, message: `${form.name} is built` }).not.toBeNull();
  await doc.evaluate(([css, iframe]) => {
    const el = document.querySelector(css)!;
    const root = (iframe ? (el as HTMLIFrameElement).contentDocument!.body : el) as HTMLElement;
    const win = root.ownerDocument.defaultView!;
    if (iframe) (el as HTMLIFrameElement).focus();
    root.focus();
    const range = root.ownerDocument.createRange();
    range.selectNodeContents(root);
    range.collapse(false);
    const selection = win.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, [form.css, form.iframe] as [string, boolean]);
}

async function open(driver: Driver, demo: DemoServer, form: RichForm) {
  const tab = await driver.newTab();
  await tab.goto(`${demo.url}/rich/${form.name}?id=${ID}`);
  // The coach binds once the editor has built its editing area.
  await openCoachPanel(tab);
  return tab;
}

export async function richChecksWhileTyping(driver: Driver, demo: DemoServer, form: RichForm): Promise<void> {
  const tab = await open(driver, demo, form);
  await focusEditor(tab, form);
  await tab.type(ATTEMPT);
  await seeText(tab, 'li[data-rule="unsuccessful-attempt"]', 'Error:');
  await expect.poll(() => underlined(tab, form), { ...WAIT, message: 'both attempts underlined' }).toEqual(['LM', 'no answer']);
  // Underlining never wrote into the editor: its text is what was typed.
  expect(await editorText(tab, form)).toBe(ATTEMPT);
  expect(
    await tab.evaluate(([css, iframe]) => {
      const el = document.querySelector(css)!;
      const root = iframe ? (el as HTMLIFrameElement).contentDocument!.body : el;
      return root.querySelectorAll('mark, [class*="cnc"]').length;
    }, [form.css, form.iframe] as [string, boolean]),
  ).toBe(0);
}

export async function richTemplateAndGuard(driver: Driver, demo: DemoServer, form: RichForm): Promise<void> {
  const tab = await open(driver, demo, form);
  await focusEditor(tab, form);
  await tab.type('Called customer, no answer.');
  await seeText(tab, 'li[data-rule="unsuccessful-attempt"]', 'Error:');
  await insertTemplate(tab, 'Telephone contact');
  await expect.poll(() => editorText(tab, form), WAIT).toMatch(/spoke with Renee Castellanos by phone/);
  // The template says how the contact was made: the empty contact type follows it.
  await expect.poll(() => tab.evaluate(() => (document.querySelector('#contactType') as HTMLSelectElement).value, null)).toBe('Telephone');
  // Save with the attempt and the template's blanks left: held back, then saved anyway.
  await click(tab, 'button[name="save"]');
  await explained(tab, driver.console, () => seeText(tab, '[role="alertdialog"]', 'still has problems'));
  expect(await tab.evaluate(() => document.querySelector('#savedNote') === null, null)).toBe(true);
  await click(tab, '[role="alertdialog"] button', 'Save anyway');
  await seeText(tab, '#savedNote', 'no answer.');
  // What the server received came from the editor's model or hidden field: the typed words and the template.
  await seeText(tab, '#savedNote', /spoke with Renee Castellanos by phone/);
}
