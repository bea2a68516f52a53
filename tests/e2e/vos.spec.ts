/**
 * The whole flow on the Virtual OneStop stand-in (MoJobs): tabs that post
 * back and replace the page, the individual read from their tabs, a case
 * note checked as it is typed, a template, the save guard, a draft, and the
 * individual in the popup's due list.
 */
import type { Page } from '@playwright/test';
import { test, expect, openPanel, sendFromExtensionPage, SIDEBAR } from './fixtures';
import { insertTemplate, untilRecorded } from './session';

const ID = '4417730';
const P = '#ctl00_Main_content_';

function vos(page: Page) {
  return {
    sidebar: page.locator(SIDEBAR),
    note: page.locator(`${P}txtCaseNote`),
    method: page.locator(`${P}ddlContactMethod`),
    date: page.locator(`${P}txtContactDate`),
    subject: page.locator(`${P}txtSubject`),
    save: page.getByRole('button', { name: 'Save', exact: true }),
    async tab(name: 'Summary' | 'Activities' | 'Case Notes') {
      await page.locator(`${P}ucTabs`).getByRole('link', { name, exact: true }).click();
    },
    async addNote() {
      await page.getByRole('button', { name: 'Add Case Note' }).click();
      await expect(page.getByRole('heading', { name: 'Adding a Case Note' })).toBeVisible();
    },
  };
}

test.describe('Virtual OneStop (MoJobs stand-in)', () => {
  test('tabs that post back are read as they come; the individual shows up in the popup', async ({ page, demo, context, extensionId }) => {
    const probe = await context.newPage();
    await probe.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.bringToFront();
    await page.goto(`${demo.url}/vosnet/case/Individual.aspx?id=${ID}`);
    const v = vos(page);
    await expect(page.getByRole('heading', { name: 'Chronological Case History' })).toBeVisible();
    await v.tab('Activities');
    await expect(page.locator(`${P}gvActivities`)).toBeVisible();
    await untilRecorded(probe, (s) => JSON.stringify(s ?? {}).includes('Medical Coding'), ID, 'vos');
    // The same address, another tab: the Case Notes list replaces the page and is read on its own.
    await v.tab('Case Notes');
    await expect(page.locator(`${P}gvCaseNotes`)).toBeVisible();
    expect(page.url()).toBe(`${demo.url}/vosnet/case/Individual.aspx?id=${ID}`);
    // The last real contact was the phone call 84 days ago (the voicemail does not count): due in 6 days under Missouri's 90.
    await probe.reload();
    const row = probe.locator('button[data-row]', { hasText: 'Birchfield' });
    await expect(row).toContainText('due in 6 days', { timeout: 20_000 });
    const opened = context.waitForEvent('page');
    await row.click();
    const individual = await opened;
    await individual.waitForLoadState();
    expect(individual.url()).toBe(`${demo.url}/vosnet/case/Individual.aspx?id=${ID}`);
  });

  test("MoJobs' origin keeps Missouri's 90 days when Options names another pack for other sites", async ({ page, demo, context, extensionId }) => {
    // The test build's demo Virtual OneStop stands in for app-jobs.mo.gov (lib/sites.ts DEMO_SITES).
    const probe = await context.newPage();
    await probe.goto(`chrome-extension://${extensionId}/popup.html`);
    expect(await sendFromExtensionPage(probe, { kind: 'settings-set', patch: { pack: 'mn-wf1' } })).toEqual({ ok: true, result: { error: null } });
    await page.bringToFront();
    await page.goto(`${demo.url}/vosnet/case/Individual.aspx?id=${ID}`);
    await vos(page).tab('Case Notes');
    await expect(page.locator(`${P}gvCaseNotes`)).toBeVisible();
    await untilRecorded(probe, (s) => JSON.stringify(s ?? {}).includes('Birchfield') && (s as { lastQualifyingContact: unknown }).lastQualifyingContact !== null, ID, 'vos');
    await probe.reload();
    // Under Minnesota's monthly rule the phone call 84 days ago would be long overdue.
    await expect(probe.locator('button[data-row]', { hasText: 'Birchfield' })).toContainText('due in 6 days');
  });

  test('a case note is checked as it is typed, a template fills the form, and the guard catches Save', async ({ page, demo }) => {
    await page.goto(`${demo.url}/vosnet/case/Individual.aspx?id=${ID}`);
    const v = vos(page);
    await v.tab('Case Notes');
    await v.addNote();
    await openPanel(page);
    await expect(v.sidebar.getByRole('heading', { name: 'Case Note Coach' })).toBeVisible();
    await expect(v.sidebar).toContainText('Virtual OneStop');
    await v.note.click();
    await page.keyboard.type('Called customer, no answer. LM to call back.');
    await expect(v.sidebar.locator('li[data-rule="unsuccessful-attempt"]')).toContainText('Error:');
    await expect.poll(() => page.locator(SIDEBAR).locator('.cnc-marks .cnc-mirror mark.cnc-error').allTextContents()).toEqual(
      expect.arrayContaining(['no answer', 'LM']),
    );
    // A template replaces nothing the case manager typed: it goes on its own line, and fills the empty contact method.
    await insertTemplate(v.sidebar, 'Telephone contact');
    await expect(v.note).toHaveValue(/^Called customer, no answer\. LM to call back\.\nTelephone contact: spoke with Latoya Birchfield by phone on \d{2}\/\d{2}\/\d{4}\./);
    await expect(v.method).toHaveValue('Telephone');
    await expect(v.date).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
    await v.subject.fill('Training progress');
    // Save with blanks and an attempt left: the guard stops the postback; Save anyway posts it with the Save button.
    await v.save.click();
    const guard = v.sidebar.getByRole('alertdialog');
    await expect(guard).toContainText('still has problems');
    await expect(page.getByRole('heading', { name: 'Adding a Case Note' })).toBeVisible();
    const typed = await v.note.inputValue();
    await guard.getByRole('button', { name: 'Save anyway' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The case note has been saved.' })).toBeVisible();
    await expect(page.locator(`${P}gvCaseNotes`)).toContainText(typed.split('\n')[1]!.slice(0, 40));
  });

  test('a note lost to a tab postback is offered back when the form comes again', async ({ page, demo }) => {
    await page.goto(`${demo.url}/vosnet/case/Individual.aspx?id=${ID}`);
    const v = vos(page);
    await v.tab('Case Notes');
    await v.addNote();
    await v.note.click();
    const text = 'Office visit with Latoya, reviewed her coding lab hours and';
    await page.keyboard.type(text);
    await page.waitForTimeout(900); // the draft is kept after a short pause in typing
    // A tab link posts the form back by script (no submit event): the typed note is gone from the page.
    await v.tab('Case Notes');
    await expect(page.locator(`${P}gvCaseNotes`)).toBeVisible();
    await v.addNote();
    const restore = v.sidebar.getByRole('button', { name: 'Restore it' });
    await expect(restore).toBeVisible();
    await restore.click();
    await expect(v.note).toHaveValue(text);
  });
});
