import { test, expect, openPanel, SIDEBAR } from './fixtures';

test.describe('note forms of systems the coach does not know', () => {
  test('a note dialog that was in the page all along, hidden, is coached once it opens', async ({ page, demo }) => {
    await page.goto(`${demo.url}/other/modal-note?id=7731904`);
    // Past the reader's own look-again rounds (the last at 5 s): only a change on the page can bring the coach now.
    await page.waitForTimeout(6_000);
    await expect(page.locator(SIDEBAR)).toHaveCount(0);
    await page.getByRole('button', { name: 'Add case note' }).click();
    await page.locator('#m-note').fill('Called customer, no answer.');
    await expect((await openPanel(page)).locator('li[data-rule="unsuccessful-attempt"]')).toBeVisible();
  });
});
