/**
 * The case manager's words are never lost: not to a template, not to a
 * draft, not to a closed tab.
 */
import { test, expect, draftRows, openPanel, SIDEBAR } from './fixtures';


const ATTEMPT = 'Called customer at 10am, no answer. LM asking her to call back.';

test('"Show in note" then "Use template" adds the template after the sentence and keeps every typed word', async ({ page, demo }) => {
  await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
  const note = page.locator('#noteText');
  const sidebar = page.locator(SIDEBAR);
  await page.locator('#contactType').selectOption('Telephone');
  await note.click();
  await page.keyboard.type(ATTEMPT);
  await openPanel(page);
  const finding = sidebar.locator('li[data-rule="unsuccessful-attempt"]');
  await finding.getByRole('button', { name: /^Show '.+' in note$/ }).click();
  const selected = await note.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toMatch(/no answer|LM/);
  await finding.getByRole('button', { name: /^Use template/ }).click();
  const value = await note.inputValue();
  // Every word typed is still there, in one piece, and the template follows on its own line.
  expect(value.startsWith(`${ATTEMPT}\n`)).toBe(true);
  expect(value.length).toBeGreaterThan(ATTEMPT.length + 20);
});

test('the last keystrokes before the tab is closed are kept as a draft', async ({ context, page, demo }) => {
  await page.goto(`${demo.url}/toolbox/casenote/new?id=100871`);
  const note = page.locator('#noteText');
  await expect((await openPanel(page)).getByRole('heading', { name: 'Case Note Coach' })).toBeVisible();
  await note.click();
  const text = 'OV with customer, reviewed CDL range hours and road test date';
  await page.keyboard.type(text);
  // Another tab stays open, as in a real session: headless Chromium with no tab left never
  // answers the first agency-policy read, and everything queued behind it would wait.
  await context.newPage();
  await page.close();
  // Drafts are the content script's own business (no extension page asks for them): read the database.
  await expect.poll(async () => (await draftRows(context)).find((d) => d.key.startsWith('toolbox:100871|note-editor|'))?.text).toBe(text);
});

for (const how of ['closed at once', 'closed at once, its beforeunload run'] as const) {
  test(`the last characters typed before the tab is ${how} are offered back when the participant is opened again`, async ({ context, page, demo }) => {
    await page.goto(`${demo.url}/toolbox/casenote/new?id=100871`);
    await expect(page.locator(SIDEBAR).locator('.cnc-badge')).toBeVisible();
    await page.locator('#contactType').selectOption('Telephone');
    await page.locator('#noteText').click();
    const first = 'TC with customer, reviewed CDL range hours;';
    await page.keyboard.type(first);
    // A draft is kept while typing goes on…
    await expect.poll(async () => (await draftRows(context)).map((d) => d.text)).toContain(first);
    // …and the last keys, typed within the keeper's 1 s save delay, go with the tab closing at once.
    const last = ' next contact 12/15/2026, call back Friday.';
    await page.keyboard.type(last);
    const text = first + last;
    // Another tab stays open, as in a real session (see above).
    const again = await context.newPage();
    await page.close(how === 'closed at once' ? {} : { runBeforeUnload: true });
    await again.goto(`${demo.url}/toolbox/casenote/new?id=100871`);
    const restore = again.locator(SIDEBAR).getByRole('button', { name: 'Restore it' });
    await restore.click();
    await expect(again.locator('#noteText')).toHaveValue(text);
    await expect(again.locator('#contactType')).toHaveValue('Telephone');
  });
}

test('a submitted note’s draft is deleted, also on a page with no participant id, and is not offered back', async ({ context, page, demo }) => {
  await page.goto(`${demo.url}/broken/toolbox-note`);
  await expect((await openPanel(page)).getByRole('heading', { name: 'Case Note Coach' })).toBeVisible();
  const text = 'Met with customer in person about his SSN card and housing.';
  await page.locator('#noteText').first().click();
  await page.keyboard.type(text);
  await expect.poll(async () => (await draftRows(context)).map((d) => d.text)).toContain(text);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const saved = page.locator('#saved');
  const anyway = page.locator(SIDEBAR).getByRole('button', { name: 'Save anyway' });
  await expect(saved.or(anyway)).toBeVisible();
  if (await anyway.isVisible()) await anyway.click();
  await expect(saved).toBeVisible();
  // The host's "saved" page shows no history to match the note against: the submit itself deleted the draft.
  await expect.poll(async () => (await draftRows(context)).map((d) => d.text)).toEqual([]);

  // Workforce One: saved, then "Add Progress Note" again at once.
  await page.goto(`${demo.url}/wf1/Participant/ProgressNotes.aspx?pid=MN-448377`);
  await page.getByRole('link', { name: 'Add Progress Note' }).click();
  await page.selectOption('#ctl00_ContentPlaceHolder1_ddlContactType', 'Telephone');
  await page.fill('#ctl00_ContentPlaceHolder1_txtContactDate', '11/20/2026');
  const note = page.locator('#ctl00_ContentPlaceHolder1_txtNote');
  await note.click();
  await page.keyboard.type('Spoke with Ana by phone; attending GED classes, 12 hours this week. Continue ALC; next contact in December.');
  await expect.poll(async () => (await draftRows(context)).length).toBe(1);
  await page.getByRole('button', { name: 'Save Note' }).click();
  const anyway2 = page.locator(SIDEBAR).getByRole('button', { name: 'Save anyway' });
  const done = page.locator('#ctl00_ContentPlaceHolder1_lblMessage');
  await expect(done.or(anyway2)).toBeVisible();
  if (await anyway2.isVisible()) await anyway2.click();
  await expect(done).toHaveText('Progress note saved.');
  await page.getByRole('link', { name: 'Add Progress Note' }).click();
  const sidebar = await openPanel(page);
  await expect(sidebar.getByRole('heading', { name: 'Case Note Coach' })).toBeVisible();
  await expect(sidebar.getByRole('region', { name: 'Participant status' })).toBeVisible();
  await expect(sidebar.getByRole('button', { name: 'Restore it' })).toHaveCount(0);
  expect(await draftRows(context)).toEqual([]);
});

test('a restored draft brings back the contact type and date with the text', async ({ context, page, demo }) => {
  await page.goto(`${demo.url}/toolbox/casenote/new?id=100871`);
  await expect((await openPanel(page)).getByRole('heading', { name: 'Case Note Coach' })).toBeVisible();
  await page.locator('#contactType').selectOption('Telephone');
  await page.locator('#contactDate').fill('11/20/2026');
  await page.locator('#noteText').click();
  const text = 'TC with customer, reviewed CDL range hours and';
  await page.keyboard.type(text);
  await expect.poll(async () => (await draftRows(context)).map((d) => d.text)).toContain(text);
  await page.reload();
  const restore = page.locator(SIDEBAR).getByRole('button', { name: 'Restore it' });
  await restore.click();
  await expect(page.locator('#noteText')).toHaveValue(text);
  await expect(page.locator('#contactType')).toHaveValue('Telephone');
  await expect(page.locator('#contactDate')).toHaveValue('11/20/2026');
});

test('one Ctrl+Z undoes a typed run whole, also where the findings change during it', async ({ page, demo }) => {
  // Chromium closes the typing undo step whenever a node is removed anywhere in the document (our overlay's
  // shadow root included): the underlines and the badge change only text and attributes while one types.
  await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
  await expect(page.locator(SIDEBAR).first()).toBeAttached();
  const note = page.locator('#noteText');
  await note.click();
  // "no answer" and "LM" each change the findings while the run is typed.
  await page.keyboard.type('Called customer, no answer. LM about the physical card.', { delay: 30 });
  await expect(note).toHaveValue('Called customer, no answer. LM about the physical card.');
  await page.keyboard.press('Control+z');
  await expect(note).toHaveValue('');
});

test('one Ctrl+Z undoes what was typed after a card opened on the caret, first key included', async ({ page, demo }) => {
  // The card's content going away as one types (a node removed) made the first key its own undo step.
  await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
  const note = page.locator('#noteText');
  await note.click();
  await page.keyboard.type('Called customer, no answer.');
  const host = page.locator(SIDEBAR);
  await expect(host.locator('mark.cnc-error')).toHaveText('no answer');
  // The caret into the underlined phrase opens its card.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await expect(host.locator('.cnc-card')).toBeVisible();
  await page.keyboard.type('xyz', { delay: 30 });
  await expect(note).toHaveValue('Called customer, no ansxyzwer.');
  await expect(host.locator('.cnc-card')).toBeHidden();
  await page.keyboard.press('Control+z');
  await expect(note).toHaveValue('Called customer, no answer.');
});

test('one Ctrl+Z undoes a typed run whole with the panel open, its list of findings changing as one types', async ({ page, demo }) => {
  await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
  const panel = await openPanel(page);
  const note = page.locator('#noteText');
  await note.click();
  const text = 'Called customer, no answer. LM about the physical card. Spoke with her at 3pm, she will bring it Friday.';
  await page.keyboard.type(text, { delay: 20 });
  await expect(note).toHaveValue(text);
  // The panel followed the typing (findings came and went), and is still open.
  await expect(panel.locator('.cnc-sidebar')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(note).toHaveValue('');
});
