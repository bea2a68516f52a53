import { test, expect, extensionWorker, openPanel, sendFromExtensionPage, SIDEBAR } from './fixtures';

test.describe('sites an agency adds', () => {
  test('a granted custom site gets the content script registered, once per frame, with its own selectors', async ({ context, page, demo, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    // 127.0.0.1 is already granted (the demo systems), so no permission prompt is needed here.
    const answer = await sendFromExtensionPage(options, {
      kind: 'settings-set',
      patch: { customSites: [{ pattern: 'http://127.0.0.1/*', label: 'Demo VOS', selectors: { note: '#ctl00_Main_content_txtNotes' } }] },
    });
    expect(answer).toEqual({ ok: true, result: { error: null } });
    const worker = await extensionWorker(context);
    await expect
      .poll(async () => JSON.stringify(await worker.evaluate('chrome.scripting.getRegisteredContentScripts()')))
      .toContain('"matches":["http://127.0.0.1/*"]');

    await page.goto(`${demo.url}/other/vos/CaseNotes.aspx?id=7731904`);
    // Both the manifest's script and the registered one run here: still exactly one sidebar.
    await expect(page.locator(SIDEBAR)).toHaveCount(1);
    await page.locator('#ctl00_Main_content_txtNotes').fill('Called customer, no answer.');
    await expect((await openPanel(page)).locator('li[data-rule="unsuccessful-attempt"]')).toBeVisible();
  });
});

test.describe('a case manager on a system the coach does not know', () => {
  test('turns it on from the popup: Settings opens at Other case-management sites, a pasted page address becomes its site, the agency\'s date selector wins', async ({ context, page, demo, extensionId }) => {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const [options] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'Turn the coach on for it' }).click()]);
    await expect(options).toHaveURL(/options\.html#sites$/);
    const form = options.getByRole('form', { name: 'Add a site' });
    // The page's own address, as copied from the address bar (127.0.0.1 is granted already: no prompt).
    await form.getByLabel(/Site address/).fill(`${demo.url}/other/vos/CaseNotes.aspx?id=7731904`);
    await form.getByText('Field selectors').click();
    // This agency wants the coach to check the Recontact Date box, not the Reference Date it would guess.
    await form.getByLabel('Contact date selector (optional)').fill('#ctl00_Main_content_txtRecontactDate');
    await form.getByRole('button', { name: 'Add site' }).click();
    await expect(options.getByText('http://127.0.0.1/*', { exact: true })).toBeVisible();
    const worker = await extensionWorker(context);
    await expect
      .poll(async () => JSON.stringify(await worker.evaluate('chrome.scripting.getRegisteredContentScripts()')))
      .toContain('"matches":["http://127.0.0.1/*"]');

    await page.goto(`${demo.url}/other/vos/CaseNotes.aspx?id=7731904`);
    await page.locator('#ctl00_Main_content_txtRecontactDate').fill('12/31/2099');
    await page.locator('#ctl00_Main_content_txtNotes').fill('Called customer, no answer.');
    const panel = await openPanel(page);
    await expect(panel.locator('li[data-rule="unsuccessful-attempt"]')).toBeVisible();
    // The date the agency named is the one checked: a contact date after today.
    await expect(panel.locator('li[data-rule="contact-date-invalid"]')).toBeVisible();
  });
});
