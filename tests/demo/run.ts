/**
 * `npm run demo`: starts the demo systems and opens Chromium with the built
 * extension on the demo Toolbox page. With `--headless` (or with no display)
 * it visits each demo page, saves screenshots and prints their paths.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'date-fns';
import { startDemoServer, DEFAULT_PORT } from './server';
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
  const shots: [string, string][] = [
    ['toolbox-caseload', '/toolbox/'],
    ['toolbox-participant-2', '/toolbox/participant?id=100871'],
    ['toolbox-participant', '/toolbox/participant?id=100234'],
    ['toolbox-new-note', '/toolbox/casenote/new?id=100234'],
    ['wf1-caseload', '/wf1/Caseload.aspx'],
    ['wf1-summary', '/wf1/Participant/Summary.aspx?pid=MN-448120'],
    ['wf1-progress-notes', '/wf1/Participant/ProgressNotes.aspx?pid=MN-448120'],
  ];
  for (const [name, path] of shots) {
    await page.goto(server.url + path);
    if (name === 'toolbox-new-note') {
      // Show the coach at work: an unsuccessful call typed as if it were a contact.
      await page.selectOption('#contactType', 'Telephone');
      await page.fill('#contactDate', format(new Date(), 'MM/dd/yyyy'));
      await page.click('#noteText');
      await page.keyboard.type('Called customer about her CNA clinicals, no answer. LM asking her to call back.');
    }
    if (name === 'wf1-progress-notes') {
      await page.click('#ctl00_ContentPlaceHolder1_lnkAddNote');
      await page.waitForSelector('#ctl00_ContentPlaceHolder1_txtNote');
      await page.click('#ctl00_ContentPlaceHolder1_txtNote');
      await page.keyboard.type('Left voicemail for Tomas about his GED test, no answer.');
    }
    if (name === 'toolbox-new-note' || name === 'wf1-progress-notes') {
      // The panel open from the badge at the note's corner, beside the note: the screenshot shows the coach, not just the page.
      const overlay = page.locator('case-note-coach');
      await overlay.locator('.cnc-badge [data-severity]:not([hidden])').first().waitFor();
      await overlay.locator('.cnc-badge').click();
      await overlay.locator('.cnc-panel .cnc-sidebar').waitFor();
      // The participant's status arrives from the local caseload once the page read is recorded.
      await overlay.getByRole('region', { name: 'Participant status' }).waitFor({ timeout: 15_000 }).catch(() => undefined);
    }
    await page.waitForTimeout(800);
    const file = join(outDir, `${name}.png`);
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
