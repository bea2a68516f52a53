/**
 * The background does not answer (busy, asleep, restarting; the test build's hook in
 * entrypoints/background/test-hooks.ts) while the note plainly has a template blank: the coach sees
 * blanks itself, so Save is held for the blank ("still has problems", the blank listed), not as
 * "could not be checked", and "Save anyway" still saves the note exactly as typed.
 */
import { test, expect, SIDEBAR } from './fixtures';
import { openExtensionPage, todayUs } from './session';

const NOTE = 'Spoke with customer by phone about her classes. Next step: [[next step and when]].';

test('a note with a blank, its check unanswered: Save is held for the blank, and Save anyway saves it as typed', async ({ context, page, demo, extensionId }) => {
  await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
  const sidebar = page.locator(SIDEBAR);
  await expect(sidebar.locator('.cnc-badge')).toBeVisible();
  const probe = await openExtensionPage(context, extensionId, 'popup.html');
  await probe.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } }; runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
    await c.storage.local.set({ 'test:stallChecks': true });
    // One more round trip: the background has heard of the change before the note is checked.
    await c.runtime.sendMessage({ kind: 'list-due' });
  });
  await page.bringToFront();
  await page.selectOption('#contactType', 'Telephone');
  await page.fill('#contactDate', todayUs());
  await page.locator('#noteText').click();
  await page.keyboard.type(NOTE);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const guard = sidebar.getByRole('alertdialog');
  await expect(guard).toContainText('still has problems');
  await expect(guard).not.toContainText('could not be checked');
  await expect(sidebar.locator('.findings')).toContainText('Fill in the blank: next step and when.');
  await expect(sidebar.locator('.cnc-sidebar [role="status"]')).toContainText('1 blank to fill');
  await expect(sidebar.locator('.cnc-badge')).toContainText('1');
  const before = demo.data.toolbox.find((p) => p.id === '100234')!.notes.length;
  await guard.getByRole('button', { name: 'Save anyway' }).click();
  await expect(page.getByText('Case note saved.')).toBeVisible();
  const notes = demo.data.toolbox.find((p) => p.id === '100234')!.notes;
  expect(notes.length).toBe(before + 1);
  expect(notes.at(-1)!.text).toBe(NOTE);
});
