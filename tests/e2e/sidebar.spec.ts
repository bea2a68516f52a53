import type { Locator, Page } from '@playwright/test';
import { test, expect, openPanel, SIDEBAR, toolboxMain } from './fixtures';
import { insertTemplate, untilRecorded } from './session';
import { toolboxEditor } from './toolbox-editor';

const ATTEMPT = 'Called customer at 10am, no answer. LM asking her to call back.';

async function fillBlanks(sidebar: Locator, typeText: (s: string) => Promise<void>) {
  // Like a case manager: press "Show in note" on the first blank, type over it, and see the panel count one blank
  // fewer before going on. The note is checked after the typing, so until then the panel still lists the blank just
  // filled: asking "is there a blank?" at once can pick that row, which then goes away under the click.
  const blanks = sidebar.locator('li[data-rule="template-blank"]');
  for (let left = await blanks.count(); left > 0; left--) {
    await blanks.first().getByRole('button', { name: /^Show '.+' in note$/ }).click();
    await typeText('attending CNA classes daily, grade B, clinicals passed; continue ITA');
    await expect(blanks).toHaveCount(left - 1);
  }
}

/** A note typed on a participant's Toolbox form and lost to a reload, once the panel offers it back. */
async function draftLostToReload(page: Page, demoUrl: string, participantId: string, text: string) {
  await page.goto(`${demoUrl}/toolbox/casenote/new?id=${participantId}`);
  const ed = toolboxEditor(page);
  await ed.note.click();
  await page.keyboard.type(text);
  await page.waitForTimeout(900); // the draft is kept after a short pause in typing
  await page.reload();
  const restore = ed.sidebar.getByRole('button', { name: 'Restore it' });
  await expect(restore).toBeVisible();
  return { ed, restore };
}

test.describe('Toolbox note editor with the sidebar', () => {
  test('an unsuccessful call is flagged as it is typed, with the phrase underlined', async ({ page, demo }) => {
    await page.goto(`${demo.url}/toolbox/`);
    const main = await toolboxMain(page);
    await main.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
    const ed = toolboxEditor(main);
    await ed.choose('Telephone', '11/20/2026');
    await ed.note.click();
    await page.keyboard.type(ATTEMPT);
    await openPanel(main);
    const finding = ed.sidebar.locator('li[data-rule="unsuccessful-attempt"]');
    await expect(finding).toContainText('Error:');
    await expect(ed.sidebar.getByRole('status')).not.toHaveText(/Ready to save/);
    const marks = ed.marks.locator('.cnc-mirror mark.cnc-error');
    await expect(marks.first()).toBeAttached();
    // Every attempt in the note is underlined, not only the first, and each sits over the note box.
    await expect.poll(() => marks.allTextContents()).toEqual(expect.arrayContaining(['no answer', 'LM']));
    const box = await ed.note.boundingBox();
    for (const mark of await marks.all()) {
      const m = await mark.boundingBox();
      expect(m && box && m.x >= box.x && m.y >= box.y && m.x + m.width <= box.x + box.width && m.y + m.height <= box.y + box.height).toBe(true);
    }
    // The host's field holds exactly what was typed: checking never changes the text.
    await expect(ed.note).toHaveValue(ATTEMPT);
    // Clicking the finding selects the phrase in the field.
    await finding.getByRole('button', { name: "Show 'no answer' in note" }).click();
    const selected = await ed.note.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toMatch(/no answer|LM/i);
    // With nothing left to underline, the layer leaves the page's layout, so the host's own typing never lays it out.
    const display = () => ed.marks.evaluate((el) => getComputedStyle(el).display);
    expect(await display()).toBe('block');
    await ed.note.fill('Spoke with customer by phone about CNA clinicals.');
    await expect.poll(display).toBe('none');
    await expect(marks.first()).toBeHidden();
  });

  test('a template inserted and completed clears the errors, and undo takes it back out', async ({ page, demo, context, extensionId }) => {
    // Visiting the customer's page first lets the template name their enrolled activity.
    await page.goto(`${demo.url}/toolbox/participant?id=100871`);
    await expect(page.locator('#activityGrid')).toBeVisible();
    // Staying on it until it is recorded: leaving within a moment of loading can beat the page read.
    const probe = await context.newPage();
    await probe.goto(`chrome-extension://${extensionId}/popup.html`);
    await untilRecorded(probe, (s) => JSON.stringify((s as { activities?: unknown } | null)?.activities ?? []).includes('CDL Class A'), '100871', 'toolbox');
    await probe.close();
    await page.bringToFront();
    await page.goto(`${demo.url}/toolbox/casenote/new?id=100871`);
    // The first page read on a fresh profile waits on the browser's first policy read: allow for it.
    await openPanel(page);
    await expect(page.locator(SIDEBAR).locator('.status')).toContainText('CDL Class A', { timeout: 20_000 });
    const ed = toolboxEditor(page);
    await insertTemplate(ed.sidebar, 'Telephone contact');
    await expect(ed.note).toHaveValue(/spoke with Marcus Oyelaran by phone on \d{2}\/\d{2}\/\d{4}\. Progress in Occupational Skills Training - CDL Class A:/);
    // The host's own contact-type and date fields are filled to match, since they were empty.
    await expect(page.locator('#contactType')).toHaveValue('Telephone');
    await expect(page.locator('#contactDate')).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
    // Focus lands on the first blank, selected, ready to type over.
    await expect(ed.note).toBeFocused();
    const selected = await ed.note.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toBe('[[attendance, grades or hours completed]]');
    await expect(ed.sidebar.getByRole('status')).toHaveText(/blank/);
    // The insertion went through the browser's editing: Ctrl+Z takes it back out.
    await page.keyboard.press('Control+z');
    await expect(ed.note).toHaveValue('');
    await page.keyboard.press('Control+Shift+z');
    await expect(ed.note).toHaveValue(/spoke with Marcus Oyelaran by phone/);
    // The note is checked in the background: wait for the check of the redone note (its three blanks) before filling them.
    await expect(ed.sidebar.getByRole('status')).toHaveText(/3 blanks\./);
    await fillBlanks(ed.sidebar, (s) => page.keyboard.type(s));
    await expect(ed.sidebar.getByRole('status')).toHaveText('Ready to save: no problems found.');
    await expect(ed.note).not.toHaveValue(/\[\[/);
    await ed.save.click();
    await expect(page.getByText('Case note saved.')).toBeVisible();
  });

  test('saving with errors shows the guard; "Save anyway" saves exactly the typed text', async ({ page, demo }) => {
    await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
    const ed = toolboxEditor(page);
    await ed.choose('Telephone', '11/20/2026');
    await ed.note.click();
    await page.keyboard.type(ATTEMPT);
    // The coach has read the note (a Save before it comes in is the host's own, unguarded, as it would be without us).
    await expect(ed.sidebar.locator('.cnc-badge [data-severity="error"]')).toBeVisible();
    await ed.save.click();
    const guard = ed.sidebar.getByRole('alertdialog');
    await expect(guard).toContainText('still has problems');
    expect(page.url()).toContain('/casenote/new');
    await guard.getByRole('button', { name: 'Save anyway' }).click();
    await expect(page.getByText('Case note saved.')).toBeVisible();
    const saved = demo.data.toolbox.find((p) => p.id === '100234')!.notes.at(-1)!;
    expect(saved.text).toBe(ATTEMPT);
  });

  test('a note with no errors saves straight through', async ({ page, demo }) => {
    await page.goto(`${demo.url}/toolbox/casenote/new?id=101552`);
    const ed = toolboxEditor(page);
    await ed.choose('In Person', '11/20/2026');
    const text =
      'Met with customer in person at the worksite. Supervisor reports 160 of 400 WEX hours completed with good attendance. ' +
      'Continue WEX per IEP because she is on track to finish. Next step: TC in 30 days.';
    await ed.note.fill(text);
    await openPanel(page);
    await expect(ed.sidebar.getByRole('status')).toHaveText(/Ready to save/);
    await ed.save.click();
    await expect(page.getByText('Case note saved.')).toBeVisible();
    expect(demo.data.toolbox.find((p) => p.id === '101552')!.notes.at(-1)!.text).toBe(text);
  });

  test('a blank contact date, one no calendar has, or one after today, is named in the panel; a real date clears it', async ({ page, demo }) => {
    await page.goto(`${demo.url}/toolbox/casenote/new?id=101552`);
    const ed = toolboxEditor(page);
    await ed.choose('In Person', '');
    await ed.note.fill(
      'Met with customer in person at the worksite. Supervisor reports 160 of 400 WEX hours completed with good attendance. ' +
        'Continue WEX per IEP because she is on track to finish. Next step: TC in 30 days.',
    );
    const panel = await openPanel(page);
    // Left blank, the note would be saved with no date of record: said before Save.
    await expect(panel).toContainText('The contact date is empty. Enter the date of the contact (MM/DD/YYYY) in the date field.');
    await expect(ed.sidebar.getByRole('status')).not.toHaveText(/Ready to save/);
    await ed.choose('In Person', '02/30/2026');
    await expect(panel).toContainText('The contact date "02/30/2026" is not a real date. Enter it as MM/DD/YYYY.');
    await expect(ed.sidebar.getByRole('status')).not.toHaveText(/Ready to save/);
    // The case manager fixes the date field after typing the note: the panel follows the field.
    await ed.choose('In Person', '12/25/2030');
    await expect(panel).toContainText(/The contact date 12\/25\/2030 is after today \(\d{1,2}\/\d{1,2}\/\d{4}\); check the year\./);
    await ed.choose('In Person', '11/20/2026');
    await expect(ed.sidebar.getByRole('status')).toHaveText(/Ready to save/);
    await expect(panel).not.toContainText('The contact date');
  });

  test('the sidebar says whether the note counts as a contact, and why', async ({ page, demo }) => {
    await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
    const ed = toolboxEditor(page);
    await ed.choose('Telephone', '11/20/2026');
    // The drop-down says how, not that anyone answered: on its own it is no contact, and the sidebar says so.
    await ed.note.click();
    await page.keyboard.type('Reviewed progress: attending daily, grades B+, on track.');
    const verdict = (await openPanel(page)).getByRole('group', { name: 'Contact' });
    await expect(verdict).toContainText('Does not count as a contact');
    await expect(verdict).toContainText('This note does not show that you reached the participant');
    await ed.note.fill(ATTEMPT);
    await expect(verdict).toContainText('Does not count as a contact');
    await expect(verdict).toContainText('"no answer" is an attempt');
    // The reason points at the words it rests on.
    await verdict.getByRole('button', { name: 'Show the words' }).click();
    const selected = await ed.note.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toBe('no answer');
    // A contact claimed with its results, but no sentence says the participant took part: a question, not a yes.
    await ed.note.fill('Monthly contact. Results: attending CNA class 4 days a week, 92% average. Continue ITA per IEP.');
    await expect(verdict).toContainText('Does not count as a contact');
    await expect(verdict).toContainText('This note does not say that you reached the participant');
    await ed.note.fill('Spoke with customer by phone: attending CNA classes daily, grade B, clinicals passed. Continue ITA; next TC 12/20.');
    await expect(verdict).toContainText('Counts as a contact');
    await expect(verdict).toContainText('Counts: a two-way telephone contact with the participant');
    // The participant gate: a message the participant sent to someone else is not a contact with us, and the reason
    // says who else the exchange may have been with.
    await ed.note.fill('Participant e-mailed her instructor 4/3 asking about the retake date for the skills test.');
    await expect(verdict).toContainText('Does not count as a contact');
    await expect(verdict).toContainText('This note does not show that you reached the participant: "instructor" is someone else');
  });

  test('a note typed and lost to a reload is offered back', async ({ page, demo }) => {
    const text = 'OV with customer, reviewed CDL range hours and';
    const { ed, restore } = await draftLostToReload(page, demo.url, '100871', text);
    await restore.click();
    await expect(ed.note).toHaveValue(text);
  });

  test('a panel that opened on its own (a note to bring back) is reached with the shortcut, not closed by it', async ({ page, demo }) => {
    const text = 'OV with customer, reviewed welding hours and';
    const { ed, restore } = await draftLostToReload(page, demo.url, '101552', text);
    // Keyboard only: in the note, the shortcut takes the case manager into the panel that is already open.
    await ed.note.focus();
    await page.keyboard.press('Alt+Shift+N');
    await expect(restore).toBeVisible();
    const close = ed.sidebar.locator('.cnc-panel button.close');
    await expect(close).toBeFocused();
    for (let i = 0; i < 10 && !(await restore.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(ed.note).toHaveValue(text);
    // From inside the panel, the shortcut goes back to the note and closes it.
    await close.focus();
    await page.keyboard.press('Alt+Shift+N');
    await expect(ed.note).toBeFocused();
    await expect(ed.sidebar.locator('.cnc-sidebar')).toBeHidden();
  });
});

test.describe('Workforce One progress note with the sidebar', () => {
  test('the drop-down counts as the contact type, and a left message is flagged', async ({ page, demo }) => {
    await page.goto(`${demo.url}/wf1/Participant/ProgressNotes.aspx?pid=MN-448120`);
    await page.getByRole('link', { name: 'Add Progress Note' }).click();
    const sidebar = await openPanel(page);
    const note = page.locator('#ctl00_ContentPlaceHolder1_txtNote');
    await note.fill('Left voicemail for Tomas about his GED test.');
    await expect(sidebar.locator('li[data-rule="unsuccessful-attempt"]')).toBeVisible();
    await note.fill('Reviewed attendance with Tomas, 92% this month, passed GED math. Continue ALC; next contact in December.');
    await expect(sidebar.locator('li[data-rule="contact-type-missing"]')).toBeVisible();
    await page.selectOption('#ctl00_ContentPlaceHolder1_ddlContactType', 'In Person');
    await expect(sidebar.locator('li[data-rule="contact-type-missing"]')).toHaveCount(0);
  });

  test('the sidebar says whether the note counts as a contact, and why', async ({ page, demo }) => {
    await page.goto(`${demo.url}/wf1/Participant/ProgressNotes.aspx?pid=MN-448120`);
    await page.getByRole('link', { name: 'Add Progress Note' }).click();
    const note = page.locator('#ctl00_ContentPlaceHolder1_txtNote');
    await note.click();
    await page.keyboard.type('Texted Tomas 11/18 about his GED test.');
    const verdict = (await openPanel(page)).getByRole('group', { name: 'Contact' });
    await expect(verdict).toContainText('Does not count as a contact');
    await expect(verdict).toContainText('This note does not show that you reached the participant: the text went out');
    await note.fill('Texted Tomas 11/18 about his GED test. Tomas texted back 11/19: 92% attendance this month, passed GED math. Reviewed ISS.');
    await expect(verdict).toContainText('Counts as a contact');
    await expect(verdict).toContainText('Counts: the participant replied to the text');
  });

  test('Save anyway posts the WebForms form with its Save button, and the note is saved', async ({ page, demo }) => {
    await page.goto(`${demo.url}/wf1/Participant/ProgressNotes.aspx?pid=MN-448377`);
    await page.getByRole('link', { name: 'Add Progress Note' }).click();
    await page.selectOption('#ctl00_ContentPlaceHolder1_ddlContactType', 'Telephone');
    await page.fill('#ctl00_ContentPlaceHolder1_txtContactDate', '11/20/2026');
    const text = 'No answer, LM.';
    await page.fill('#ctl00_ContentPlaceHolder1_txtNote', text);
    // The coach has read the note: under load it can come after a machine-speed fill, and a Save before it is unguarded.
    await expect(page.locator(SIDEBAR).locator('.cnc-badge [data-severity="error"]')).toBeVisible();
    await page.getByRole('button', { name: 'Save Note' }).click();
    const guard = page.locator(SIDEBAR).getByRole('alertdialog');
    await guard.getByRole('button', { name: 'Save anyway' }).click();
    await expect(page.locator('#ctl00_ContentPlaceHolder1_lblMessage')).toHaveText('Progress note saved.');
    expect(demo.data.wf1.find((p) => p.id === 'MN-448377')!.notes.at(-1)!.text).toBe(text);
  });
});
