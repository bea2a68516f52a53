/**
 * `npm run demo`: starts the demo systems and opens Chromium with the built
 * extension on the demo Toolbox page (the start page, /, links every system's demo). With `--headless` (or with no display)
 * it visits each demo page, saves screenshots and prints their paths.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'date-fns';
import { demoSystems, startDemoServer, DEFAULT_PORT } from './server';
import { launchWithExtension } from '../e2e/fixtures';

const wantsHeadless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const server = await startDemoServer({ port: Number(process.env.PORT ?? DEFAULT_PORT) }).catch(() => startDemoServer());
const profile = mkdtempSync(join(tmpdir(), 'cnc-demo-'));
const context = await launchWithExtension(profile, wantsHeadless);
const page = context.pages()[0] ?? (await context.newPage());

if (!wantsHeadless) {
  await page.goto(`${server.url}/toolbox/`);
  console.log(`Demo running at ${server.url}/ with Case Note Coach loaded. Close the browser window to stop.`);
  context.on('close', () => void server.close().then(() => process.exit(0)));
} else {
  if (!process.argv.includes('--headless')) console.log('No display found: taking screenshots instead (pass --headless to do this on purpose).');
  const outDir = fileURLToPath(new URL('../.screenshots/', import.meta.url));
  mkdirSync(outDir, { recursive: true });
  // Each system's demo names its own screenshots (tests/demo/systems/<id>.ts), in the registry's order.
  for (const shot of (await demoSystems()).flatMap((d) => d.screenshots ?? [])) {
    await page.goto(server.url + shot.path);
    const { note } = shot;
    if (note) {
      // Show the coach at work: a note typed the way it is often written.
      if (note.open) {
        await page.click(note.open);
        await page.waitForSelector(note.field);
      }
      if (note.type) await page.selectOption(note.type.select, note.type.value);
      if (note.date) await page.fill(note.date, format(new Date(), 'MM/dd/yyyy'));
      await page.click(note.field);
      await page.keyboard.type(note.text);
      // The panel open from the badge at the note's corner, beside the note: the screenshot shows the coach, not just the page.
      const overlay = page.locator('case-note-coach');
      await overlay.locator('.cnc-badge [data-severity]:not([hidden])').first().waitFor();
      await overlay.locator('.cnc-badge').click();
      await overlay.locator('.cnc-panel .cnc-sidebar').waitFor();
      // The participant's status arrives from the local caseload once the page read is recorded.
      await overlay.getByRole('region', { name: 'Participant status' }).waitFor({ timeout: 15_000 }).catch(() => undefined);
    }
    await page.waitForTimeout(800);
    const file = join(outDir, `${shot.name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 440, height: 600 });
  const id = new URL((context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))).url()).host;
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await popup.waitForSelector('.cnc-overdue', { timeout: 15_000 });
  const popupFile = join(outDir, 'popup.png');
  await popup.screenshot({ path: popupFile });
  console.log(popupFile);
  await context.close();
  await server.close();
}
