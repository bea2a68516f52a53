/**
 * The case manager's words are never lost: not to a template, not to a
 * draft, not to a closed tab.
 */
import { test, expect, SIDEBAR } from './fixtures';

const ATTEMPT = 'Called customer at 10am, no answer. LM asking her to call back.';

test('"Show in note" then "Use template" adds the template after the sentence and keeps every typed word', async ({ page, demo }) => {
  await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
  const note = page.locator('#noteText');
  const sidebar = page.locator(SIDEBAR);
  await page.locator('#contactType').selectOption('Telephone');
  await note.click();
  await page.keyboard.type(ATTEMPT);
  const finding = sidebar.locator('li[data-rule="unsuccessful-attempt"]');
  await finding.getByRole('button', { name: 'Show in note' }).click();
  const selected = await note.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toMatch(/no answer|LM/);
  await finding.getByRole('button', { name: 'Use template' }).click();
  const value = await note.inputValue();
  // Every word typed is still there, in one piece, and the template follows on its own line.
  expect(value.startsWith(`${ATTEMPT}\n`)).toBe(true);
  expect(value.length).toBeGreaterThan(ATTEMPT.length + 20);
});
