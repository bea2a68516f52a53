/**
 * The panel never moves under a click: a check that answers while the case manager presses a button in
 * the panel changes what the panel lists, and used to move the button from under the pointer (the panel's content
 * and its place are both redrawn), so the press and the release landed on different things and the click was lost.
 * The test build's hook (entrypoints/background/test-hooks.ts) holds the check's answer until the button is pressed.
 */
import type { Page } from '@playwright/test';
import { test, expect, openPanel } from './fixtures';
import { openExtensionPage, todayUs } from './session';

const ATTEMPT = 'Called customer at 10am, no answer. LM asking her to call back.';
const CONTACT = 'Spoke with customer by phone about her CNA classes: attending daily, grade B. Next step: call her on Friday about clinicals.';

/** Sets the test build's check hook from an extension page: 'hold' keeps every check's answer until it is set to false. */
async function checksHeld(probe: Page, how: 'hold' | false): Promise<void> {
  await probe.evaluate(async (value) => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } }; runtime: { sendMessage(m: unknown): Promise<unknown> } } })
      .chrome;
    await c.storage.local.set({ 'test:stallChecks': value });
    // One more round trip: the background has heard of the change before the note is checked again.
    await c.runtime.sendMessage({ kind: 'list-due' });
  }, how);
}

for (const [from, to, answered] of [
  [ATTEMPT, CONTACT, 'fewer findings above it'],
  [CONTACT, ATTEMPT, 'more findings above it'],
] as const) {
  test(`a check answering between pointer-down and release (${answered}): the click lands on the Templates it pressed`, async ({ context, page, demo, extensionId }) => {
    await page.goto(`${demo.url}/toolbox/casenote/new?id=100234`);
    await page.selectOption('#contactType', 'Telephone');
    await page.fill('#contactDate', todayUs());
    const note = page.locator('#noteText');
    await note.click();
    await page.keyboard.type(from);
    const sidebar = await openPanel(page);
    const attempt = sidebar.locator('li[data-rule="unsuccessful-attempt"]');
    await expect(attempt).toHaveCount(from === ATTEMPT ? 1 : 0);
    await expect(sidebar.locator('.cnc-sidebar [role="status"]')).toBeVisible();

    const probe = await openExtensionPage(context, extensionId, 'popup.html');
    await checksHeld(probe, 'hold');
    await page.bringToFront();
    // The note rewritten: its check is asked and held, and the panel still lists what the old note had.
    await note.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(to);
    await note.blur();
    await expect(note).toHaveValue(to);

    const templates = sidebar.locator('details.templates');
    const box = (await templates.locator('summary').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await checksHeld(probe, false);
    // The answer is shown (and the panel given a frame to be placed again) while the button is still pressed.
    await expect(attempt).toHaveCount(to === ATTEMPT ? 1 : 0);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.mouse.up();
    await expect(templates).toHaveJSProperty('open', true);
    await expect(templates.getByRole('button', { name: 'Telephone contact' })).toBeVisible();
  });
}
