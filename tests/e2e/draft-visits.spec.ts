/**
 * One draft per visit, in real Chromium with the built extension (lib/drafts/keeper.ts, lib/drafts/offer.ts): two tabs
 * of one participant's note form each keep their own unsaved note; both tabs are closed without saving; the next
 * visit offers both, newest first, with their time and first words; Restore puts the chosen one in through the
 * host's own input path and keeps what the field held, and the other stays on offer. axe-core finds nothing on the offer.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, draftRows, SIDEBAR } from './fixtures';
import { axe } from './axe';

/** The texts of the drafts kept on this computer, read from the extension's own database. */
async function draftTexts(context: BrowserContext): Promise<string[]> {
  return (await draftRows(context)).map((r) => r.text).sort();
}

const FIRST = 'TC with customer, reviewed CDL range hours and the permit test on 12/15.';
const SECOND = 'Met with customer in person at the center; she starts at the plant Monday.';

async function typeNote(page: Page, url: string, text: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator(SIDEBAR).locator('.cnc-badge')).toBeVisible();
  await page.locator('#noteText').click();
  await page.keyboard.type(text);
}

test('two visits’ unsaved notes are both offered after their tabs close; Restore keeps what the field held, and the other stays on offer', async ({ context, page, demo }) => {
  const url = `${demo.url}/toolbox/casenote/new?id=100871`;
  // A tab of the session stays open throughout, as in real use.
  const session = await context.newPage();
  await typeNote(page, url, FIRST);
  await expect.poll(() => draftTexts(context)).toEqual([FIRST]);
  // A second tab of the same participant: its note is its own draft, and does not write over the first.
  const second = await context.newPage();
  await typeNote(second, url, SECOND);
  await expect.poll(() => draftTexts(context)).toEqual([SECOND, FIRST].sort());
  await page.close();
  await second.close();

  const again = await session.context().newPage();
  await again.goto(url);
  const offer = again.locator(SIDEBAR).getByRole('group', { name: 'Unsaved notes' });
  await expect(offer).toBeVisible();
  const items = offer.locator('li');
  await expect(items).toHaveCount(2);
  // Newest first, each with when it was kept and its first words.
  await expect(items.nth(0)).toContainText(/An unsaved note from \d{1,2}\/\d{1,2}\/\d{4} at \d{1,2}:\d{2} [AP]M \(\d+ characters\): Met with customer in person/);
  await expect(items.nth(1)).toContainText(/An unsaved note from .* TC with customer, reviewed CDL/);
  expect(await axe(again, [SIDEBAR, '.cnc-panel'])).toEqual([]);

  // The case manager had started typing here, then restores the older note: the host's own input path sees it.
  const note = again.locator('#noteText');
  await note.click();
  await again.keyboard.type('Started over:');
  await note.evaluate((el: HTMLTextAreaElement) => el.addEventListener('input', () => (el.dataset.heard = el.value)));
  await items.nth(1).getByRole('button', { name: /^Restore it/ }).click();
  await expect(note).toHaveValue(FIRST);
  await expect(note).toHaveAttribute('data-heard', FIRST);
  // What the field held is kept and offered back, and the other visit's note is still on offer.
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Your text before restore (13 characters): Started over:');
  await expect(items.nth(1)).toContainText('Met with customer in person');
  await expect.poll(() => draftTexts(context)).toEqual([FIRST, SECOND, 'Started over:'].sort());
  expect(await axe(again, [SIDEBAR, '.cnc-panel'])).toEqual([]);

  // Closed again without saving: all three are offered next time.
  await again.close();
  const last = await session.context().newPage();
  await last.goto(url);
  await expect(last.locator(SIDEBAR).getByRole('group', { name: 'Unsaved notes' }).locator('li')).toHaveCount(3);
});
