/** The demo Toolbox note form when the note and its Contact Type drop-down disagree on how the contact was made. */
import type { Locator } from '@playwright/test';
import { test, expect, openPanel } from './fixtures';
import { toolboxEditor } from './toolbox-editor';

const MET = 'Met with customer 11/20 at the center: attending CNA classes daily, grade B, clinicals passed. Continue ITA per IEP; next TC 12/20.';

const boxes = (...els: Locator[]) => Promise.all(els.map((el) => el.boundingBox()));

test('a meeting written with Telephone chosen: the panel says the note and the field disagree, and nothing of the page moves', async ({ page, demo }) => {
  await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
  const ed = toolboxEditor(page);
  await ed.choose('Telephone', '11/20/2026');
  const hostControls = [ed.note, page.locator('#contactType'), page.locator('#contactDate'), ed.save];
  const before = await boxes(...hostControls);
  await ed.note.click();
  await page.keyboard.type(MET);
  const panel = await openPanel(page);
  const differs = panel.locator('li[data-rule="contact-type-differs"]');
  await expect(differs).toContainText('The note says you met in person; the contact type field says Telephone. Correct whichever is wrong.');
  await expect(differs).toContainText('Policy:');
  // The verdict stands on the field's type and says both.
  const verdict = panel.getByRole('group', { name: 'Contact' });
  await expect(verdict).toContainText('Counts as a contact');
  await expect(verdict).toContainText('the note says in person, the contact type field says telephone');
  // The words the contact rests on are underlined, as a warning.
  await expect(panel.locator('.cnc-marks mark.cnc-warning', { hasText: 'Met with' })).toHaveCount(1);
  expect(await boxes(...hostControls)).toEqual(before);
  // The case manager corrects the field: the warning goes, the text is as typed.
  await page.locator('#contactType').selectOption('In Person');
  await expect(differs).toHaveCount(0);
  await expect(verdict).toContainText('Counts: a two-way in-person contact with the participant');
  await expect(ed.note).toHaveValue(MET);
  expect(await boxes(...hostControls)).toEqual(before);
});
