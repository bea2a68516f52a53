/**
 * Notes typed into rich-text editors, each bundled from npm: a contenteditable
 * box, TinyMCE, CKEditor 4 and 5, and a RadEditor-like iframe. The coach
 * checks as the case manager types, underlines the editor's own text (CSS
 * highlights: the editor's DOM is untouched), inserts a template through the
 * editor's input path so the post carries it, and guards the form's Save.
 * The contenteditable box, TinyMCE and the RadEditor-like iframe go through exactly
 * this in cross/rich.spec.ts, in Chromium and Firefox alike; here only the editors
 * that spec does not take (CKEditor 4 and 5).
 */
import { test, expect, openPanel, SIDEBAR } from './fixtures';
import { editable, highlighted, RICH } from './rich';
import { insertTemplate } from './session';
import { RICH_FORMS } from './cross/rich-flow';
import { OPT_OUTS } from '../demo/rich';

const CROSS = new Set<string>(RICH_FORMS.map((f) => f.name));

for (const editor of RICH.filter((e) => !CROSS.has(e))) {
  test.describe(`a note in ${editor}`, () => {
    // The editors load from their own bundles (TinyMCE and CKEditor take a few seconds on a busy machine).
    test.setTimeout(90_000);
    test('is checked as typed and underlined on its own text; a template goes in through the editor and is saved', async ({ page, demo }) => {
      await page.goto(`${demo.url}/rich/${editor}?id=7731904`);
      const { box, frame } = await editable(page, editor);
      const sidebar = page.locator(SIDEBAR);
      // The coach binds once the editor has built its editing area (a few seconds for the bundled editors).
      await expect(sidebar.locator('.cnc-badge')).toBeAttached({ timeout: 15_000 });
      await openPanel(page);
      await expect(sidebar.getByRole('heading', { name: 'Case Note Coach' })).toBeVisible();
      await box.click();
      await page.keyboard.type('Called customer, no answer. LM to call back.');
      await expect(sidebar.locator('li[data-rule="unsuccessful-attempt"]')).toContainText('Error:');
      await expect.poll(() => highlighted(frame)).toEqual(expect.arrayContaining(['no answer', 'LM']));
      // The editor's own content holds just what was typed: no marks were written into it.
      expect(await box.evaluate((el) => el.querySelectorAll('mark, [class*="cnc"]').length)).toBe(0);

      await insertTemplate(sidebar, 'Telephone contact');
      await expect(box).toContainText('spoke with Renee Castellanos by phone');
      await expect(page.locator('#contactType')).toHaveValue('Telephone');

      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const guard = sidebar.getByRole('alertdialog');
      await expect(guard).toContainText('still has problems');
      await guard.getByRole('button', { name: 'Save anyway' }).click();
      await expect(page.getByRole('status')).toHaveText('Note saved.');
      // What the server received came from the editor's hidden field or model: both the typed words and the template.
      await expect(page.locator('#savedNote')).toContainText('no answer. LM to call back.');
      await expect(page.locator('#savedNote')).toContainText('spoke with Renee Castellanos by phone');
    });
  });
}

test.describe('a note box that opts out of writing help', () => {
  // spellcheck="false", a writing assistant's opt-out, read-only and disabled: on a contenteditable box, an iframe editor and a textarea.
  for (const variant of OPT_OUTS) {
    test(`(${variant}) gets no coach`, async ({ page, demo, context, extensionId }) => {
      const probe = await context.newPage();
      await probe.goto(`chrome-extension://${extensionId}/popup.html`);
      await page.bringToFront();
      await page.goto(`${demo.url}/rich/optout-${variant}?id=7731904`);
      // The page was read (its frame reported to the background, after binding or not): the coach has decided, and stayed away.
      await expect
        .poll(() =>
          probe.evaluate(async (origin) => {
            const session = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.session;
            const frames = ((await session.get('frames')).frames ?? {}) as Record<string, { origin: string }>;
            return Object.values(frames).some((f) => f.origin === origin);
          }, new URL(demo.url).origin),
        { message: "the content script reported this page's read" })
        .toBe(true);
      await expect(page.locator(SIDEBAR)).toHaveCount(0);
      // The same page without the mark gets its coach (the plain pages above); with the mark lifted, this one does too.
      await page.evaluate(() => {
        const box = document.querySelector('#noteBody, #note, iframe')!;
        for (const a of ['spellcheck', 'data-gramm', 'data-gramm_editor', 'aria-readonly', 'aria-disabled', 'readonly', 'disabled']) box.removeAttribute(a);
      });
      await expect(page.locator(SIDEBAR).locator('.cnc-badge')).toBeAttached();
    });
  }
});
