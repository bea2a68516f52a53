import { test, expect, openPanel, toolboxMain, SIDEBAR } from './fixtures';

test.describe('the extension is active on the demo systems', () => {
  test('Toolbox: the sidebar appears beside the case-note box inside the content frame', async ({ page, demo }) => {
    await page.goto(`${demo.url}/toolbox/`);
    const main = await toolboxMain(page);
    await main.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
    const sidebar = main.locator(SIDEBAR);
    await expect(sidebar).toHaveCount(1);
    await openPanel(main);
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
    await expect((await openPanel(page)).getByRole('heading', { name: 'Case Note Coach' })).toBeVisible();
  });

  test('the host form still saves with the extension on', async ({ page, demo }) => {
    await page.goto(`${demo.url}/toolbox/casenote/new?id=101552`);
    await expect(page.locator(SIDEBAR)).toHaveCount(1);
    await page.selectOption('#contactType', 'Telephone');
    await page.fill('#contactDate', '11/20/2026');
    const note =
      'TC with customer. She reports 200 of 400 WEX hours completed, supervisor says attendance is good. ' +
      'Continue WEX per IEP; she needs the hours to reach her goal. Next step: OV in 30 days.';
    await page.fill('#noteText', note);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Case note saved.')).toBeVisible();
    await expect(page.locator('#caseNoteGrid')).toContainText(note);
  });

  test('the popup opens from the extension', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    // The product name stays in the popup's title.
    await expect(page).toHaveTitle('Case Note Coach');
    await expect(page.getByRole('heading', { name: 'Contacts due' })).toBeVisible();
  });
});

test.describe('systems the extension has never seen', () => {
  test('a Virtual OneStop-style page: the generic reader finds the note box and the participant', async ({ page, demo }) => {
    await page.goto(`${demo.url}/other/vos/CaseNotes.aspx?id=7731904`);
    const sidebar = page.locator(SIDEBAR);
    await expect(sidebar).toHaveCount(1);
    await openPanel(page);
    await expect(sidebar.locator('.page-info')).toHaveText('Read as: Other system · note editor · participant 7731904');
  });

  test('a note form inside an iframe gets its sidebar inside that iframe', async ({ page, demo }) => {
    await page.goto(`${demo.url}/other/iframe-note?id=7731904`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator(SIDEBAR)).toHaveCount(1);
    await expect((await openPanel(frame)).locator('.page-info')).toContainText('Other system · note editor');
    await expect(page.locator(SIDEBAR)).toHaveCount(0);
  });

  test('Toolbox and Workforce One editors say what they read', async ({ page, demo }) => {
    await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
    await expect((await openPanel(page)).locator('.page-info')).toHaveText('Read as: Toolbox · note editor · participant 100234');
    await page.goto(`${demo.url}/wf1/Participant/ProgressNotes.aspx?pid=MN-448120`);
    await page.getByRole('link', { name: 'Add Progress Note' }).click();
    await expect((await openPanel(page)).locator('.page-info')).toHaveText('Read as: Workforce One · note editor · participant MN-448120');
  });
});
