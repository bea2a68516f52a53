/**
 * A note form a web component draws in its open shadow root (the demo's /other/shadow-note, as newer systems build
 * their forms), in Chromium: the coach finds the note box there, underlines and counts what is typed, and its guard
 * holds the form's Save (a submit inside a shadow root never reaches the window) until "Save anyway". Whether the
 * page moves is layout.spec.ts's, which takes this page among its systems.
 */
import { test, expect, openPanel, SIDEBAR } from './fixtures';
import { todayUs } from './session';

test('a web component’s note form: underlined and counted as typed, and its Save held by the guard until Save anyway', async ({ page, demo }) => {
  await page.goto(`${demo.url}/other/shadow-note?id=7731904`);
  // Playwright's CSS goes through open shadow roots, as a person's eyes do.
  const note = page.locator('case-note-form #body');
  await expect(note).toBeVisible();
  const overlay = page.locator(SIDEBAR);
  await expect(overlay.locator('.cnc-badge')).toBeVisible();
  await page.locator('case-note-form #how').selectOption('Phone');
  await page.locator('case-note-form #when').fill(todayUs());
  await note.click();
  await page.keyboard.type('Called customer, no answer. LM asking her to call back.');
  await expect(overlay.locator('.cnc-badge [data-severity="error"]')).toBeVisible();
  await expect(overlay.locator('.cnc-marks mark:not([hidden])')).toContainText(['no answer']);
  // Every underline sits over the note box.
  const box = (await note.boundingBox())!;
  for (const m of await overlay.locator('.cnc-marks mark:not([hidden])').all()) {
    const b = (await m.boundingBox())!;
    expect(b.x >= box.x && b.y >= box.y && b.x + b.width <= box.x + box.width && b.y + b.height <= box.y + box.height).toBe(true);
  }
  const panel = await openPanel(page);
  await expect(panel.locator('li[data-rule="unsuccessful-attempt"]')).toContainText('Error:');
  await expect(panel.locator('.cnc-sidebar')).toContainText('7731904');
  await panel.getByRole('button', { name: 'Close', exact: true }).click();

  await page.locator('case-note-form #save').click();
  const guard = overlay.getByRole('alertdialog');
  await expect(guard).toContainText('still has problems');
  // Held: nothing was posted (the page that says so never came), and the note is as typed.
  await expect(page.getByText('Note saved.')).toHaveCount(0);
  await expect(note).toHaveValue('Called customer, no answer. LM asking her to call back.');
  await guard.getByRole('button', { name: 'Save anyway' }).click();
  await expect(page.getByRole('status')).toHaveText('Note saved.');
});
