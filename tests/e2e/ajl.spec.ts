/**
 * The whole flow on the America's JobLink stand-in: the job seeker read from
 * the notes list, the Add Notes form checked as it is typed (here against the
 * WIOA baseline an agency without a state pack would choose), a template, the
 * save guard, a draft, and the job seeker in the popup.
 */
import type { Page } from '@playwright/test';
import { test, expect, openPanel, SIDEBAR, sendFromExtensionPage } from './fixtures';
import { insertTemplate } from './session';

const BASE = '/ajl/jobseekers/880412/programs/wioa-adult';

function ajl(page: Page) {
  return {
    sidebar: page.locator(SIDEBAR),
    note: page.getByLabel('Notes', { exact: true }),
    type: page.getByLabel('Contact Type'),
    date: page.getByLabel('Reference Date'),
    subject: page.getByLabel('Subject'),
    save: page.getByRole('button', { name: 'Save', exact: true }),
  };
}

test.describe("America's JobLink", () => {
  test('with the baseline pack and a 30-day local interval, the job seeker is due soon in the popup', async ({ page, demo, context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    expect(await sendFromExtensionPage(options, { kind: 'settings-set', patch: { pack: 'wioa-baseline', intervalDays: 30 } })).toEqual({ ok: true, result: { error: null } });
    await page.bringToFront();
    await page.goto(`${demo.url}${BASE}`);
    await page.getByRole('link', { name: 'View All' }).click();
    await expect(page.getByRole('heading', { name: 'Program Notes' })).toBeVisible();
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    // The phone call 20 days ago qualifies; 30 days from it is 10 days from now.
    await expect(popup.locator('button[data-row]', { hasText: 'Quintero' })).toContainText('due in 10 days', { timeout: 20_000 });
  });

  test('Add Notes is checked as typed; a template fills Contact Type and Reference Date; the guard catches Save', async ({ page, demo }) => {
    await page.goto(`${demo.url}${BASE}/notes/new`);
    const a = ajl(page);
    await openPanel(page);
    await expect(a.sidebar.getByRole('heading', { name: 'Case Note Coach' })).toBeVisible();
    await expect(a.sidebar).toContainText("America's JobLink");
    await a.note.click();
    await page.keyboard.type('Left voicemail for Marisol about the bend test.');
    await expect(a.sidebar.locator('li[data-rule="unsuccessful-attempt"]')).toContainText('Error:');
    await a.note.fill('');
    await insertTemplate(a.sidebar, 'In-person contact');
    await expect(a.note).toHaveValue(/Marisol Quintero/);
    await expect(a.type).toHaveValue('In Person');
    await expect(a.date).toHaveValue(/^\d{2}\/\d{2}\/\d{4}$/);
    // The Recontact Date is a follow-up, not the contact: it stays as the case manager left it.
    await expect(page.getByLabel('Recontact Date')).toHaveValue('');
    await a.subject.fill('Monthly check-in');
    await a.save.click();
    const guard = a.sidebar.getByRole('alertdialog');
    await expect(guard).toContainText('still has problems');
    await expect(page).toHaveURL(/\/notes\/new$/);
    await guard.getByRole('button', { name: 'Save anyway' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Note was successfully added.' })).toBeVisible();
    await expect(page.locator('table')).toContainText('Monthly check-in');
  });

  test('a note typed and lost to a reload is offered back', async ({ page, demo }) => {
    await page.goto(`${demo.url}${BASE}/notes/new`);
    const a = ajl(page);
    await a.note.click();
    const text = 'TC with Marisol, she passed the second bend test and';
    await page.keyboard.type(text);
    await page.waitForTimeout(900); // the draft is kept after a short pause in typing
    await page.reload();
    const restore = a.sidebar.getByRole('button', { name: 'Restore it' });
    await expect(restore).toBeVisible();
    await restore.click();
    await expect(a.note).toHaveValue(text);
  });
});
