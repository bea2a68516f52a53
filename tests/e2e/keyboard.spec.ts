/**
 * Options by keyboard and at 150 % zoom of a 1024×768 window (the page lays out in 683×512 CSS pixels):
 * the import preview stays inside the page, and the erase confirmation takes and gives back focus.
 */
import { format, subDays } from 'date-fns';
import { test, expect } from './fixtures';

const ZOOMED = { width: 683, height: 512 };

test('at 150 % zoom an import preview with a long ID, name and activity fits the page, with no sideways scrolling', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.setViewportSize(ZOOMED);
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const last = format(subDays(new Date(), 30), 'MM/dd/yyyy');
  const csv = `participant id,name,last contact date,activity\n${'7'.repeat(60)},"Montgomery-Featherstonehaugh, Maximiliana Josefina",${last},Individual Training Account - Commercial Driver License Class A program\n200002,"Doe, Jane",31/31/2026\n`;
  await options.getByLabel('CSV file').setInputFiles({ name: 'caseload.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const cells = options.locator('table.preview tbody tr').first().locator('td');
  await expect(cells.nth(4)).toHaveText(/Class A program/);
  expect(await options.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(ZOOMED.width);
  for (const i of [1, 2, 3, 4]) {
    const box = (await cells.nth(i).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(ZOOMED.width);
  }
  const button = (await options.getByRole('button', { name: /^Import 1 participant/ }).boundingBox())!;
  expect(button.x + button.width).toBeLessThanOrEqual(ZOOMED.width);
});

test('by keyboard, "Forget all participant data" moves focus into its question, and Cancel or Escape gives it back', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.setViewportSize(ZOOMED);
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const forget = options.getByRole('button', { name: 'Forget all participant data…' });
  await forget.focus();
  await options.keyboard.press('Enter');
  const question = options.getByRole('alertdialog');
  // The safe answer has the focus, so a second Enter cannot erase anything.
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await options.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(forget).toBeFocused();

  await options.keyboard.press('Enter');
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await options.keyboard.press('Shift+Tab');
  await expect(question.getByRole('button', { name: 'Yes, forget everything' })).toBeFocused();
  await options.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(forget).toBeFocused();
});
