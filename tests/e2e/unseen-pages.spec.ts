/**
 * The unseen dev pages (tests/unseen/dev) in real Chromium, where boxes have a drawn size and CSS
 * decides what is visible: on each page a case manager writes a note on, the coach checks what is
 * typed into the expected note box. Served from the demo host (the test build runs there), so the
 * address is not the page's own; what is read from it (the participant) is the unit test's to score.
 */
import { PAGES } from '../unseen/dev/index';
import { test, expect, openPanel } from './fixtures';

test.describe('pages of systems the coach has never seen, in Chromium', () => {
  for (const unseen of PAGES.filter((p) => p.expect.attach && p.expect.noteField)) {
    test(`${unseen.id}: the coach checks the note typed into the note box`, async ({ page, demo }) => {
      const url = `${demo.url}/unseen/${unseen.id}`;
      await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: unseen.html }));
      await page.goto(url);
      await page.locator(unseen.expect.noteField ?? '').fill('Called customer, no answer.');
      await expect((await openPanel(page)).locator('li[data-rule="unsuccessful-attempt"]')).toBeVisible();
    });
  }
});
