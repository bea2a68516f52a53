/**
 * The whole flow on every rich-text editor, table-driven: the participant
 * read from the page and listed in the popup, a draft kept while typing and
 * brought back after a reload through the editor's own input path (so what
 * the form posts has it), Ctrl+Z taking back a template, and the card of an
 * underlined phrase opening on hover and on the caret, placed at the phrase
 * even when the editor draws inside an iframe.
 */
import type { Page } from '@playwright/test';
import { test, expect, openPanel, SIDEBAR } from './fixtures';
import { insertTemplate, untilRecorded } from './session';
import type { ExtensionGlobal } from './session';
import { editable, highlighted, phraseBox, RICH } from './rich';

const ID = '7731904';
/** As the extension keeps a participant of a system read by the generic reader: under the site's host. */
const keptId = (demoUrl: string) => `${new URL(demoUrl).host}/${ID}`;

/** The draft the background keeps for this page, read from an extension page. */
async function keptDraft(probe: Page, keptId: string): Promise<string | null> {
  return probe.evaluate(async (id) => {
    const send = (m: unknown) => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage(m) as Promise<{ result?: { text?: string }[] }>;
    const r = await send({ kind: 'draft-load', participantKey: `generic:${id}`, pageKind: 'note-editor' });
    return r.result?.[0]?.text ?? null;
  }, keptId);
}

for (const editor of RICH) {
  test.describe(`the whole flow in ${editor}`, () => {
    // TinyMCE and CKEditor build their editing area from their bundles: seconds on a busy machine.
    test.setTimeout(90_000);

    test('the participant is read and listed in the popup; a draft kept while typing comes back after a reload and is saved', async ({
      page,
      demo,
      context,
      extensionId,
    }) => {
      const probe = await context.newPage();
      await probe.goto(`chrome-extension://${extensionId}/popup.html`);
      await page.bringToFront();
      await page.goto(`${demo.url}/rich/${editor}?id=${ID}`);
      const area = await editable(page, editor);
      const sidebar = page.locator(SIDEBAR);
      await expect(sidebar.locator('.cnc-badge')).toBeAttached({ timeout: 15_000 });
      await untilRecorded(probe, (s) => s !== null, keptId(demo.url), 'generic');
      await probe.reload();
      // Her ID as kept: under the site's host, as any system an agency adds.
      await expect(probe.getByRole('button', { name: `Renee Castellanos (ID ${keptId(demo.url)}) — No contact on file` })).toBeVisible();

      await page.locator('#contactType').selectOption('Telephone');
      await area.box.click();
      const text = 'Called Renee, no answer. Left a message asking her to call back about the hiring event.';
      await page.keyboard.type(text);
      await expect.poll(() => keptDraft(probe, keptId(demo.url)), { timeout: 10_000 }).toBe(text);

      await page.bringToFront();
      await page.reload();
      const again = await editable(page, editor);
      const restore = sidebar.getByRole('button', { name: 'Restore it' });
      await expect(restore).toBeVisible({ timeout: 15_000 });
      await restore.click();
      await expect(again.box).toHaveText(text);
      await expect(page.locator('#contactType')).toHaveValue('Telephone');
      // Checked again once it is back.
      await expect.poll(() => highlighted(again.frame)).toEqual(expect.arrayContaining(['no answer']));

      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const guard = sidebar.getByRole('alertdialog');
      await expect(guard).toContainText('still has problems');
      await guard.getByRole('button', { name: 'Save anyway' }).click();
      // The post carries the restored note: it went in through the editor's own path, its model and hidden field have it.
      await expect(page.locator('#savedNote')).toHaveText(text);
      // Saved: the draft is gone, not offered again.
      await expect.poll(() => keptDraft(probe, keptId(demo.url))).toBeNull();
    });

    test('Ctrl+Z takes back a template in one step, leaving what was typed', async ({ page, demo }) => {
      // CKEditor 4 keeps its own undo history: it is told to close its typing step with a click in its editing area.
      await page.goto(`${demo.url}/rich/${editor}?id=${ID}`);
      const area = await editable(page, editor);
      const sidebar = page.locator(SIDEBAR);
      await expect(sidebar.locator('.cnc-badge')).toBeAttached({ timeout: 15_000 });
      await area.box.click();
      await page.keyboard.type('Called customer, no answer.');
      await expect.poll(() => highlighted(area.frame)).toEqual(['no answer']);
      await openPanel(page);
      await insertTemplate(sidebar, 'Telephone contact');
      await expect(area.box).toContainText('spoke with Renee Castellanos by phone');
      // The template selected its first blank in the editor: the editor has focus, Ctrl+Z is the editor's.
      await page.keyboard.press('Control+z');
      await expect(area.box).not.toContainText('spoke with');
      await expect(area.box).toHaveText('Called customer, no answer.');
      // The undo is an edit like any other: checked again, the attempt still underlined.
      await expect.poll(() => highlighted(area.frame)).toEqual(['no answer']);
    });

    test("an underlined phrase's card opens on hover and on the caret, beside the phrase", async ({ page, demo }) => {
      await page.goto(`${demo.url}/rich/${editor}?id=${ID}`);
      const area = await editable(page, editor);
      const sidebar = page.locator(SIDEBAR);
      await expect(sidebar.locator('.cnc-badge')).toBeAttached({ timeout: 15_000 });
      await page.locator('#contactType').selectOption('Telephone');
      await area.box.click();
      // Three lines, so the phrase is well below the editor's top edge.
      await page.keyboard.type('Tried to reach her about the hiring event.');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Second call this week.');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Called customer, no answer.');
      await expect.poll(() => highlighted(area.frame)).toEqual(['no answer']);
      const card = sidebar.locator('.cnc-card');
      await expect(card).toBeHidden();

      const phrase = await phraseBox(area, 'no answer');
      await page.mouse.move(phrase.x + phrase.width / 2, phrase.y + phrase.height / 2);
      await expect(card).toBeVisible();
      await expect(card).toHaveAttribute('data-rule', 'unsuccessful-attempt');
      // Beside the editor, lined up with the phrase's line (not the editor's top).
      const pop = sidebar.locator('.cnc-card-pop');
      await expect(pop).toHaveAttribute('data-side', /right|left/);
      const top = (await pop.boundingBox())!.y;
      expect(Math.abs(top - (phrase.y - 8))).toBeLessThanOrEqual(2);
      await page.mouse.move(5, 5);
      await expect(card).toBeHidden();

      // The caret moved into the phrase by keyboard opens it too, and the editor keeps focus.
      await area.box.click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+End');
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
      await expect(card).toBeVisible();
      await expect(card).toHaveAttribute('data-rule', 'unsuccessful-attempt');
      await expect(area.box).toBeFocused();
    });
  });
}
