import { test, expect, toolboxMain, SIDEBAR } from './fixtures';

test.describe('the extension is active on the demo systems', () => {
  test('Toolbox: the sidebar appears beside the case-note box inside the content frame', async ({ page, demo }) => {
    await page.goto(`${demo.url}/toolbox/`);
    const main = await toolboxMain(page);
    await main.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
    const sidebar = main.locator(SIDEBAR);
    await expect(sidebar).toHaveCount(1);
    await expect(sidebar.getByRole('heading', { name: 'Case Note Coach' })).toBeVisible();
    // Only the frame with the note form gets a sidebar: not the banner or the menu.
    for (const name of ['banner', 'nav']) {
      await expect(page.frame({ name })!.locator(SIDEBAR)).toHaveCount(0);
    }
    await expect(page.locator(SIDEBAR)).toHaveCount(0);
  });

  test('Workforce One: the sidebar appears once the progress-note form is posted back', async ({ page, demo }) => {
    await page.goto(`${demo.url}/wf1/Participant/ProgressNotes.aspx?pid=MN-448120`);
    await expect(page.locator(SIDEBAR)).toHaveCount(0);
    await page.getByRole('link', { name: 'Add Progress Note' }).click();
    await expect(page.locator('#ctl00_ContentPlaceHolder1_txtNote')).toBeVisible();
    await expect(page.locator(SIDEBAR)).toHaveCount(1);
    await expect(page.locator(SIDEBAR).getByRole('heading', { name: 'Case Note Coach' })).toBeVisible();
  });

  test('the host form still saves with the extension on', async ({ page, demo }) => {
    await page.goto(`${demo.url}/toolbox/casenote/new?id=101552`);
    await expect(page.locator(SIDEBAR)).toHaveCount(1);
    await page.selectOption('#contactType', 'Telephone');
    await page.fill('#contactDate', '11/20/2026');
    await page.fill('#noteText', 'TC with customer, WEX going well.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Case note saved.')).toBeVisible();
    await expect(page.locator('#caseNoteGrid')).toContainText('TC with customer, WEX going well.');
  });

  test('the popup opens from the extension', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(page.getByRole('heading', { name: 'Case Note Coach' })).toBeVisible();
  });
});
