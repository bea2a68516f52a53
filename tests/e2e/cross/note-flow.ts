/**
 * One case manager's note, on either demo system, in either browser: the
 * coach checks while typing and underlines, a template goes in and Ctrl+Z
 * takes it out, Save with errors is guarded and "Save anyway" saves exactly
 * the text, and a note lost to a reload is offered back.
 */
import { expect } from '@playwright/test';
import type { DemoServer } from '../../demo/server';
import type { Doc, Driver, Tab } from '../driver/types';
import { click, countOf, explained, fill, insertTemplate, openCoachPanel, seeText, sendFromExtension, setExtensionStorage, textOf, textsOf, valueOf } from './steps';

export const ATTEMPT = 'Called customer at 10am, no answer. LM asking her to call back.';

/** Where a note form's fields are on one system. */
export interface NoteForm {
  system: 'toolbox' | 'workforce-one';
  participantId: string;
  note: string;
  contactType: string;
  date: string;
  /** The host's own Save control (a CSS selector). */
  save: string;
  /** Text the host shows once a note is saved. */
  saved: string;
  /** Opens a fresh note form for the participant; returns the document that holds it. */
  open(tab: Tab): Promise<Doc>;
  /** Loses the page the way a case manager does (reload, or the form's page opened again); returns the new form. */
  lose(tab: Tab, doc: Doc): Promise<Doc>;
}

export function toolboxForm(demo: DemoServer, participantId: string): NoteForm {
  return {
    system: 'toolbox',
    participantId,
    note: '#noteText',
    contactType: '#contactType',
    date: '#contactDate',
    save: 'input[type="submit"][value="Save"]',
    saved: 'Case note saved.',
    async open(tab) {
      // Inside the frameset, as a case manager reaches it.
      await tab.goto(`${demo.url}/toolbox/`);
      const main = await tab.frame('main');
      await main.goto(`${demo.url}/toolbox/casenote/new?id=${participantId}`);
      await openCoachPanel(main);
      return main;
    },
    async lose(_tab, doc) {
      // Reload the content frame (F5 in a frameset page reloads the frameset and loses the frame).
      await doc.evaluate(() => {
        (window as unknown as { __lost: boolean }).__lost = true;
        location.reload();
      }, null);
      await expect.poll(() => doc.evaluate(() => !('__lost' in window) && document.readyState === 'complete', null).catch(() => false)).toBe(true);
      return doc;
    },
  };
}

export function wf1Form(demo: DemoServer, participantId: string): NoteForm {
  const P = '#ctl00_ContentPlaceHolder1_';
  return {
    system: 'workforce-one',
    participantId,
    note: `${P}txtNote`,
    contactType: `${P}ddlContactType`,
    date: `${P}txtContactDate`,
    save: `${P}btnSave`,
    saved: 'Progress note saved.',
    async open(tab) {
      await tab.goto(`${demo.url}/wf1/Participant/ProgressNotes.aspx?pid=${participantId}`);
      await click(tab, 'a', 'Add Progress Note');
      await openCoachPanel(tab);
      return tab;
    },
    // The form appears after a WebForms post-back; reloading that would re-post, so the page is opened again.
    lose(tab) {
      return this.open(tab);
    },
  };
}

const today = () => {
  const d = new Date();
  return `${String(d.getMonth() + 1).padStart(2, '0')}/${String(d.getDate()).padStart(2, '0')}/${d.getFullYear()}`;
};

export async function checksWhileTyping(driver: Driver, form: NoteForm): Promise<void> {
  const tab = await driver.newTab();
  const doc = await form.open(tab);
  await openCoachPanel(doc);
  await fill(doc, form.contactType, 'Telephone');
  await fill(doc, form.date, today());
  await click(doc, form.note);
  await tab.type(ATTEMPT);
  await seeText(doc, 'li[data-rule="unsuccessful-attempt"]', 'Error:');
  await expect.poll(() => textOf(doc, '.count')).not.toMatch(/Ready to save/);
  // Both attempts are underlined in the layer over the note box.
  await expect.poll(async () => doc.evaluate(() => {
    const host = document.querySelector('case-note-coach');
    return Array.from(host?.shadowRoot?.querySelectorAll('.cnc-marks mark.cnc-error') ?? []).map((m) => m.textContent).sort();
  }, null)).toEqual(['LM', 'no answer']);
  // Checking never changed what was typed.
  expect(await valueOf(doc, form.note)).toBe(ATTEMPT);
}

export async function templateInsertedAndUndone(driver: Driver, form: NoteForm, expected: RegExp): Promise<void> {
  const tab = await driver.newTab();
  const doc = await form.open(tab);
  await insertTemplate(doc, 'Telephone contact');
  await expect.poll(() => valueOf(doc, form.note)).toMatch(expected);
  // Focus is on the note with the first blank selected.
  expect(await doc.evaluate((css) => {
    const el = document.querySelector(css) as HTMLTextAreaElement;
    return document.activeElement === el ? el.value.slice(el.selectionStart, el.selectionEnd) : null;
  }, form.note)).toMatch(/^\[\[.+\]\]$/);
  await seeText(doc, '.count', /blank/);
  // Inserted through the browser's own editing: Ctrl+Z takes it out, Ctrl+Shift+Z puts it back.
  await tab.press('Control+z');
  await expect.poll(() => valueOf(doc, form.note)).toBe('');
  await tab.press('Control+Shift+z');
  await expect.poll(() => valueOf(doc, form.note)).toMatch(expected);
}

/** Findings change as the run is typed ("no answer", then "LM"), yet one Ctrl+Z takes the whole run out, as without us. */
export async function typedRunUndoneWhole(driver: Driver, form: NoteForm): Promise<void> {
  const tab = await driver.newTab();
  const doc = await form.open(tab);
  // Closed, as while writing: the badge and underlines change as findings do.
  await click(doc, '.cnc-sidebar button.close');
  await expect.poll(() => countOf(doc, '.cnc-sidebar')).toBe(0);
  await click(doc, form.note);
  await tab.type(ATTEMPT);
  await expect.poll(() => textsOf(doc, '.cnc-marks mark.cnc-error')).toEqual(['no answer', 'LM']);
  await tab.press('Control+z');
  await expect.poll(() => valueOf(doc, form.note)).toBe('');
}

/** A note form with a telephone attempt typed in, once the coach has flagged it as an error. */
async function typedAttempt(driver: Driver, form: NoteForm) {
  const tab = await driver.newTab();
  const doc = await form.open(tab);
  await fill(doc, form.contactType, 'Telephone');
  await fill(doc, form.date, today());
  await click(doc, form.note);
  await tab.type(ATTEMPT);
  await seeText(doc, 'li[data-rule="unsuccessful-attempt"]', 'Error:');
  return { tab, doc };
}

/** The notes the demo server holds for the form's participant, as they are now. */
const savedNotes = (form: NoteForm, demo: DemoServer) =>
  (form.system === 'toolbox' ? demo.data.toolbox : demo.data.wf1).find((p) => p.id === form.participantId)!.notes;

export async function guardAndSaveAnyway(driver: Driver, form: NoteForm, demo: DemoServer): Promise<void> {
  const { doc } = await typedAttempt(driver, form);
  await click(doc, form.save);
  await explained(doc, driver.console, () => seeText(doc, '[role="alertdialog"]', 'still has problems'));
  expect(await countOf(doc, 'body', form.saved)).toBe(0);
  await click(doc, '[role="alertdialog"] button', 'Save anyway');
  await seeText(doc, 'body', form.saved);
  expect(savedNotes(form, demo).at(-1)!.text).toBe(ATTEMPT);
}

/**
 * The background stops answering checks (busy, asleep or restarting; the test build's hook in
 * entrypoints/background/test-hooks.ts): Save is held within seconds as not checked, never a Save that
 * does nothing, and "Save anyway" saves the note exactly once, exactly as typed.
 */
export async function guardWhenChecksAreLost(driver: Driver, form: NoteForm, demo: DemoServer): Promise<void> {
  const { tab, doc } = await typedAttempt(driver, form);
  const probe = await driver.openExtensionPage('popup.html');
  await setExtensionStorage(probe, { 'test:stallChecks': true });
  // One more round trip: the background has heard of the change before Save asks it anything.
  await sendFromExtension(probe, { kind: 'list-due' });
  await tab.front();
  const before = savedNotes(form, demo).length;
  await click(doc, form.save);
  await explained(doc, driver.console, () => seeText(doc, '[role="alertdialog"]', 'could not be checked'));
  expect(await countOf(doc, 'body', form.saved)).toBe(0);
  await click(doc, '[role="alertdialog"] button', 'Save anyway');
  await seeText(doc, 'body', form.saved);
  const notes = savedNotes(form, demo);
  expect(notes.length).toBe(before + 1);
  expect(notes.at(-1)!.text).toBe(ATTEMPT);
}

export async function draftBackAfterReload(driver: Driver, form: NoteForm): Promise<void> {
  const tab = await driver.newTab();
  const doc = await form.open(tab);
  const text = 'OV with customer, reviewed training hours and';
  await click(doc, form.note);
  await tab.type(text);
  // Kept on this computer after a pause in typing: asked of the background, not timed.
  const probe = await driver.openExtensionPage('popup.html');
  await expect
    .poll(async () => {
      const answer = (await sendFromExtension(probe, { kind: 'draft-load', participantKey: `${form.system}:${form.participantId}`, pageKind: 'note-editor' })) as {
        result?: { text?: string }[];
      };
      return answer.result?.[0]?.text ?? null;
    }, { timeout: 20_000, message: 'the draft was kept' })
    .toBe(text);
  await probe.close();
  await tab.front();
  const again = await form.lose(tab, doc);
  await click(again, 'button', 'Restore it');
  await expect.poll(() => valueOf(again, form.note)).toBe(text);
}
