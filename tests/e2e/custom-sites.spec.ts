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
