/**
 * WCAG 2.2 AA by axe-core, in the real browser: the sidebar (inside its
 * shadow root on a host page), the popup empty and with people in it, and the
 * options page with an import preview. axe is injected with evaluate, which
 * the extension pages' CSP does not apply to.
 */
import { format, subDays } from 'date-fns';
import { test, expect, openPanel, SIDEBAR } from './fixtures';
import { openExtensionPage, openTemplates, untilKnown } from './session';
import { axe } from './axe';


test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  test('the sidebar: findings, status, templates, and the save guard', async ({ context, page, demo, extensionId }) => {
    await page.goto(`${demo.url}/toolbox/participant?id=100234`);
    await untilKnown(context, extensionId, 'toolbox', '100234');
    await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
    const sidebar = await openPanel(page);
    await expect(sidebar.getByRole('region', { name: 'Participant status' })).toBeVisible();
    await page.selectOption('#contactType', 'Telephone');
    await page.fill('#noteText', 'Called customer, no answer. LM asking her to call back.');
    await expect(sidebar.locator('li[data-rule="unsuccessful-attempt"]')).toBeVisible();
    await expect((await openTemplates(sidebar)).getByRole('button', { name: 'Telephone contact' })).toBeVisible();
    expect(await axe(page, SIDEBAR)).toEqual([]);

    // The card on an underlined phrase.
    const mark = sidebar.locator('.cnc-marks mark').first();
    const box = (await mark.boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await expect(sidebar.locator('.cnc-card')).toBeVisible();
    expect(await axe(page, SIDEBAR)).toEqual([]);
    await page.mouse.move(1, 1);

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(sidebar.getByRole('alertdialog')).toBeVisible();
    expect(await axe(page, SIDEBAR)).toEqual([]);

    // Sanity: axe does look inside the shadow root — a nameless button planted there is caught.
    await page.evaluate((host) => {
      const b = document.createElement('button');
      b.id = 'planted';
      document.querySelector(host)?.shadowRoot?.querySelector('.cnc-sidebar')?.append(b);
    }, SIDEBAR);
    expect((await axe(page, SIDEBAR)).filter((v) => v.startsWith('button-name') && v.includes('planted'))).toHaveLength(1);
  });

  test("each fix button in the panel has a name of its own, saying what it inserts", async ({ page, demo }) => {
    await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
    await page.selectOption('#contactType', 'Telephone');
    // A real call that says nothing of progress or why services continue: two findings, both fixed by the telephone template.
    await page.fill('#noteText', 'Spoke with customer by phone today.');
    const sidebar = await openPanel(page);
    await expect(sidebar.locator('li[data-rule="progress-missing"]')).toBeVisible();
    await expect(sidebar.locator('li[data-rule="justification-missing"]')).toBeVisible();
    const names = await sidebar.locator('.findings li:not([hidden]) button:not([hidden])').evaluateAll((buttons) =>
      buttons.map((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim()),
    );
    const templates = names.filter((n) => n.startsWith('Use template'));
    expect(templates.length).toBeGreaterThanOrEqual(2);
    // No name told apart only by a number, and none repeated.
    expect(names.filter((n) => /\(\d+\)$/.test(n))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
    // Each names the blank it brings for its finding.
    const progress = sidebar.locator('li[data-rule="progress-missing"]').getByRole('button', { name: /^Use template/ });
    await expect(progress).toHaveAccessibleName('Use template: Telephone contact, with a blank for attendance, grades or hours completed');
    const justification = sidebar.locator('li[data-rule="justification-missing"]').getByRole('button', { name: /^Use template/ });
    await expect(justification).toHaveAccessibleName('Use template: Telephone contact, with a blank for why continuing services is justified');
  });

  test('the popup, empty and with participants', async ({ context, page, demo, extensionId }) => {
    const popup = await openExtensionPage(context, extensionId, 'popup.html');
    await expect(popup.getByText('Your caseload is empty.')).toBeVisible();
    expect(await axe(popup)).toEqual([]);

    await page.goto(`${demo.url}/toolbox/participant?id=100234`);
    await untilKnown(context, extensionId, 'toolbox', '100234');
    await page.goto(`${demo.url}/toolbox/participant?id=100871`);
    await untilKnown(context, extensionId, 'toolbox', '100871');
    await popup.reload();
    await expect(popup.locator('button[data-row]')).toHaveCount(2);
    expect(await axe(popup)).toEqual([]);
  });

  test('the options page, with a caseload import preview and its problems', async ({ context, extensionId }) => {
    const options = await openExtensionPage(context, extensionId, 'options.html');
    await expect(options.getByRole('heading', { name: 'Case Note Coach settings' })).toBeVisible();
    expect(await axe(options)).toEqual([]);

    const last = format(subDays(new Date(), 30), 'MM/dd/yyyy');
    await options.getByLabel('CSV file').setInputFiles({
      name: 'caseload.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`participant id,name,last contact date\n200001,"Doe, Jane",${last}\n,"No Id, Row",${last}\n200003,"Bad, Date",31/31/2026\n`),
    });
    await expect(options.locator('table.preview')).toBeVisible();
    expect(await axe(options)).toEqual([]);
  });

  test('every drop-down on the options page, the rule settings among them, is a target at least 24 px high (WCAG 2.5.8)', async ({ context, extensionId }) => {
    const options = await openExtensionPage(context, extensionId, 'options.html');
    await expect(options.locator('select[id^="rule-"]').first()).toBeVisible();
    const heights = await options.locator('select').evaluateAll((els) => els.map((el) => ({ id: el.id, height: el.getBoundingClientRect().height })));
    expect(heights.filter((h) => h.id.startsWith('rule-')).length).toBeGreaterThan(3);
    expect(heights.filter((h) => h.height < 24)).toEqual([]);
  });
});
