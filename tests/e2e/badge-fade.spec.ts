/** The count badge in the note's corner lets the words under it be read: faded while the note fills the box, clear when pointed at. */
import { test, expect, SIDEBAR } from './fixtures';
import { toolboxEditor } from './toolbox-editor';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const LINE = 'Spoke with customer by phone: attending CNA classes daily, grade B, clinicals passed; continue ITA per IEP.';

test('the badge in the note corner is faded while the note fills the box, and clear when pointed at', async ({ page, demo }) => {
  await page.setViewportSize({ width: 830, height: 312 });
  await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
  const ed = toolboxEditor(page);
  await ed.choose('Telephone', '11/20/2026');
  const slot = page.locator(SIDEBAR).locator('.cnc-badge-slot');
  const badge = slot.locator('.cnc-badge');
  await ed.note.click();
  await page.keyboard.type(LINE);
  await expect(badge).not.toHaveAccessibleName(/start typing/);
  const [b, note] = await Promise.all([badge.boundingBox(), ed.note.boundingBox()]);
  expect(overlaps(b!, note!)).toBe(true);
  // One line: nothing under it yet, shown in full.
  await expect(slot).toHaveCSS('opacity', '1');
  await ed.note.fill(Array.from({ length: 30 }, (_, i) => `${i + 1}. ${LINE}`).join('\n'));
  await ed.note.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Next TC 12/20.');
  await expect(slot).toHaveCSS('opacity', '0.3');
  await badge.hover();
  await expect(slot).toHaveCSS('opacity', '1');
});
