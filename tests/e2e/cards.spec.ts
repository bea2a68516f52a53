/** Cards on the coach's underlined phrases (Toolbox's demo note form): opened by pointer, caret or shortcut, dismissed per note; quiet until typing. */
import { test, expect } from './fixtures';
import { toolboxEditor } from './toolbox-editor';

test.describe('cards on underlined phrases', () => {
  test('hovering an underlined phrase opens its card; the caret and the shortcut reach it by keyboard; dismiss clears it', async ({ page, demo }) => {
    await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
    const ed = toolboxEditor(page);
    await ed.choose('Telephone', '11/20/2026');
    await ed.note.click();
    await page.keyboard.type('Called customer, no answer.');
    const mark = ed.marks.locator('mark.cnc-error');
    await expect(mark).toHaveText('no answer');
    const card = ed.sidebar.locator('.cnc-card');
    await expect(card).toBeHidden();
    // Pointer: over the words, the card opens with the message, the policy and its actions.
    const box = (await mark.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(card).toBeVisible();
    await expect(card).toContainText('Error:');
    await expect(card.locator('.cite')).toContainText('Policy:');
    await expect(card.getByRole('button', { name: /^Use template: / })).toBeVisible();
    // Never over the note or the page's Save.
    const cardBox = (await card.boundingBox())!;
    for (const other of [await ed.note.boundingBox(), await ed.save.boundingBox()]) {
      const o = other!;
      const overlaps = cardBox.x < o.x + o.width && o.x < cardBox.x + cardBox.width && cardBox.y < o.y + o.height && o.y < cardBox.y + cardBox.height;
      expect(overlaps).toBe(false);
    }
    await page.mouse.move(5, 5);
    await expect(card).toBeHidden();

    // Keyboard: the caret moved into the phrase opens the card without taking focus; the shortcut moves into it.
    await ed.note.focus();
    await page.keyboard.press('End');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    await expect(card).toBeVisible();
    await expect(ed.note).toBeFocused();
    await page.keyboard.press('Alt+Shift+N');
    const dismiss = card.getByRole('button', { name: 'Dismiss for this note' });
    await expect(card.getByRole('button').first()).toBeFocused();
    // Esc goes back to the note, where the caret was.
    await page.keyboard.press('Escape');
    await expect(ed.note).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(card).toBeVisible();
    await page.keyboard.press('Alt+Shift+N');
    await page.keyboard.press('Tab');
    await expect(dismiss).toBeFocused();
    await page.keyboard.press('Enter');
    // Dismissed for this note: no underline, no count, and the text is as typed.
    await expect(mark).toBeHidden();
    await expect(ed.sidebar.locator('.cnc-badge')).toHaveAccessibleName(/No problems found/);
    await expect(card).toBeHidden();
    await expect(ed.note).toHaveValue('Called customer, no answer.');
    await expect(ed.note).toBeFocused();
  });

  test('an empty, untouched note flags nothing; the count appears once typing starts; Save still catches the empty note', async ({ page, demo }) => {
    await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
    const ed = toolboxEditor(page);
    const badge = ed.sidebar.locator('.cnc-badge');
    await expect(badge).toBeVisible();
    await expect(badge).toHaveAccessibleName(/start typing/);
    await expect(badge.locator('[data-severity]:not([hidden])')).toHaveCount(0);
    await expect(ed.marks.locator('mark:not([hidden])')).toHaveCount(0);
    await ed.note.click();
    await page.keyboard.type('LM');
    await expect(badge.locator('[data-severity="error"]')).toBeVisible();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    // Untouched or emptied, Save is held back: the panel opens with the guard.
    await ed.save.click();
    await expect(ed.sidebar.getByRole('alertdialog')).toBeVisible();
    expect(page.url()).toContain('/casenote/new');
  });
});
